// Domain models without a display: pinyin initials, the deterministic demo generator, the paged
// securities model, CSV export, quick search, alerts, link groups and connector states.
#include "TestUtil.h"

#include "alerts/AlertModel.h"
#include "audit/AuditTrail.h"
#include "demo/DemoData.h"
#include "reference/Pinyin.h"
#include "search/QuickSearch.h"
#include "securities/SecurityQuery.h"
#include "securities/SecurityTableModel.h"
#include "selection/SelectionHub.h"
#include "status/ConnectorStatusModel.h"
#include "store/Database.h"
#include "store/DbWriter.h"
#include "store/Sql.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>

#include <thread>

using namespace ws;

class TestModels : public QObject
{
    Q_OBJECT

    QString path_;
    QSqlDatabase db_;

    static QByteArray tableDigest(const QSqlDatabase& db, const QString& sql)
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        QSqlQuery q = store::exec(db, sql);
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                h.addData(q.value(c).toString().toUtf8() + '|');
        return h.result().toHex();
    }

private Q_SLOTS:
    void initTestCase()
    {
        path_ = freshDir(QStringLiteral("demo")) + QStringLiteral("/c.sqlite");
        store::OpenResult r = store::Database::open(path_, QStringLiteral("models"));
        QVERIFY(r.ok());
        db_ = r.db;
        store::exec(db_, QStringLiteral("BEGIN"));
        demo::populateAll(db_, demo::kDefaultSeed);
        store::exec(db_, QStringLiteral("COMMIT"));
    }
    void cleanupTestCase()
    {
        db_ = QSqlDatabase();
        store::Database::close(QStringLiteral("models"));
    }

    void pinyinInitialsKnownAnswers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::newRow("bank") << QStringLiteral("平安银行") << QStringLiteral("PAYH");
        QTest::newRow("moutai") << QStringLiteral("贵州茅台") << QStringLiteral("GZMT");
        QTest::newRow("chongqing") << QStringLiteral("重庆啤酒") << QStringLiteral("CQPJ");
        QTest::newRow("xiamen") << QStringLiteral("厦门国贸") << QStringLiteral("XMGM");
        QTest::newRow("changjiang") << QStringLiteral("长江电力") << QStringLiteral("CJDL");
        QTest::newRow("st prefix") << QStringLiteral("*ST海航") << QStringLiteral("STHH");
        QTest::newRow("latin and digits") << QStringLiteral("TCL科技") << QStringLiteral("TCLKJ");
        QTest::newRow("boundary A") << QStringLiteral("啊") << QStringLiteral("A"); // first level-1 character
        QTest::newRow("boundary Z") << QStringLiteral("座") << QStringLiteral("Z"); // last level-1 character
        QTest::newRow("boundary B/C") << QStringLiteral("簿擦") << QStringLiteral("BC"); // last B, first C
        QTest::newRow("level-2 override") << QStringLiteral("鑫晟") << QStringLiteral("XS");
    }
    void pinyinInitialsKnownAnswers()
    {
        QFETCH(QString, name);
        QFETCH(QString, initials);
        QCOMPARE(reference::pinyinInitials(name), initials);
    }
    void unknownCharactersAreVisible()
    {
        QCOMPARE(reference::pinyinInitials(QStringLiteral("龘")), QStringLiteral("?"));
    }

    void demoDataIsRealisticAndComplete()
    {
        QCOMPARE(store::scalar(db_, QStringLiteral("SELECT COUNT(*) FROM stk_security")).toInt(), 500);
        QCOMPARE(store::scalar(db_, QStringLiteral("SELECT COUNT(*) FROM fnd_fund")).toInt(), 2000);
        QCOMPARE(store::scalar(db_, QStringLiteral("SELECT COUNT(*) FROM cli_client")).toInt(), 300);
        // Codes follow the boards: 000/001/002/003/300/301 on SZSE, 600/601/603/605/688 on SSE.
        QCOMPARE(
            store::scalar(
                db_,
                QStringLiteral(
                    "SELECT COUNT(*) FROM stk_security WHERE exchange='SZSE' AND substr(code,1,3) NOT IN "
                    "('000','001','002','003','300','301')"))
                .toInt(),
            0);
        QCOMPARE(
            store::scalar(
                db_, QStringLiteral(
                         "SELECT COUNT(*) FROM stk_security WHERE exchange='SSE' AND substr(code,1,3) NOT IN "
                         "('600','601','603','605','688')"))
                .toInt(),
            0);
        QCOMPARE(
            store::scalar(db_, QStringLiteral("SELECT COUNT(*) FROM stk_security WHERE length(code) <> 6"))
                .toInt(),
            0);
        QCOMPARE(
            store::scalar(
                db_, QStringLiteral(
                         "SELECT COUNT(*) FROM stk_security WHERE board='star' AND list_date < '2019-07-22'"))
                .toInt(),
            0);
        QCOMPARE(
            store::scalar(
                db_, QStringLiteral("SELECT COUNT(*) FROM stk_security WHERE float_shares > total_shares"))
                .toInt(),
            0);
        QCOMPARE(
            store::scalar(db_, QStringLiteral("SELECT COUNT(DISTINCT industry) FROM stk_security")).toInt(),
            28);
        // Every generated name has complete pinyin initials matching the general function.
        for (const char* table : {"stk_security", "fnd_fund", "cli_client"}) {
            QSqlQuery q =
                store::exec(db_, QStringLiteral("SELECT name, pinyin FROM %1").arg(QLatin1String(table)));
            while (q.next()) {
                QVERIFY2(!q.value(1).toString().contains(QLatin1Char('?')),
                         qPrintable(q.value(0).toString()));
                QCOMPARE(q.value(1).toString(), reference::pinyinInitials(q.value(0).toString()));
            }
        }
        // The calendar closes weekends and the Spring Festival week, and opens ordinary weekdays.
        auto open = [&](const char* d) {
            return store::scalar(
                       db_,
                       QStringLiteral(
                           "SELECT is_open FROM stk_calendar WHERE exchange='SSE' AND trade_date=?"),
                       {QLatin1String(d)})
                .toInt();
        };
        QCOMPARE(open("2024-02-12"), 0); // Spring Festival 2024 (10 Feb)
        QCOMPARE(open("2024-02-19"), 1);
        QCOMPARE(open("2024-10-03"), 0);
        QCOMPARE(open("2024-11-23"), 0); // Saturday
        QCOMPARE(open("2024-11-22"), 1);
        QVERIFY(demo::hasDemoData(db_));
    }

    void demoDataIsDeterministic()
    {
        const QString other = freshDir(QStringLiteral("demo2")) + QStringLiteral("/c.sqlite");
        store::OpenResult r = store::Database::open(other, QStringLiteral("models2"));
        QVERIFY(r.ok());
        // populateAll runs inside the caller's transaction (millions of NAV rows otherwise commit one by
        // one).
        store::exec(r.db, QStringLiteral("BEGIN"));
        demo::populateAll(r.db, demo::kDefaultSeed);
        store::exec(r.db, QStringLiteral("COMMIT"));
        const QString sql = QStringLiteral("SELECT * FROM stk_security ORDER BY code, exchange");
        QCOMPARE(tableDigest(r.db, sql), tableDigest(db_, sql));
        QCOMPARE(tableDigest(r.db, QStringLiteral("SELECT * FROM cli_client ORDER BY client_id")),
                 tableDigest(db_, QStringLiteral("SELECT * FROM cli_client ORDER BY client_id")));
        const QString navs =
            QStringLiteral("SELECT fund_code, COUNT(*), MIN(trade_date), SUM(adj_nav), SUM(unit_nav) "
                           "FROM fnd_nav GROUP BY fund_code ORDER BY fund_code");
        QCOMPARE(tableDigest(r.db, navs), tableDigest(db_, navs));
        const QString holdings =
            QStringLiteral("SELECT * FROM fnd_holding ORDER BY fund_code, report_date, security_code");
        QCOMPARE(tableDigest(r.db, holdings), tableDigest(db_, holdings));
        store::exec(r.db, QStringLiteral("BEGIN"));
        demo::populateAll(r.db, 7); // another seed: other data, same shape, earlier demo rows replaced
        store::exec(r.db, QStringLiteral("COMMIT"));
        QVERIFY(tableDigest(r.db, sql) != tableDigest(db_, sql));
        QVERIFY(tableDigest(r.db, navs) != tableDigest(db_, navs));
        // No NAV row is left from the other seed's funds.
        QCOMPARE(store::scalar(r.db, QStringLiteral("SELECT COUNT(*) FROM fnd_nav WHERE fund_code NOT IN "
                                                    "(SELECT code FROM fnd_fund)"))
                     .toInt(),
                 0);
        QCOMPARE(store::scalar(r.db, QStringLiteral("SELECT COUNT(*) FROM stk_security")).toInt(), 500);
        r.db = QSqlDatabase();
        store::Database::close(QStringLiteral("models2"));
    }

    void securitiesModelPagesFiltersAndSorts()
    {
        securities::SecurityTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(QStringLiteral("models"));
        QCOMPARE(model.totalCount(), 500);
        QCOMPARE(model.rowCount(), securities::SecurityTableModel::kPageSize); // one page, not all
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 500);
        QVERIFY(!model.canFetchMore({}));
        // Sorted by code ascending, every code once.
        QString previous;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString key = model.index(r, securities::Code).data().toString() +
                                model.index(r, securities::Exchange).data().toString();
            QVERIFY(key > previous);
            previous = key;
        }
        model.sort(securities::TotalShares, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), securities::SecurityTableModel::kPageSize);
        const qint64 top =
            store::scalar(db_, QStringLiteral("SELECT MAX(total_shares) FROM stk_security")).toLongLong();
        QCOMPARE(model.index(0, securities::TotalShares).data().toString(), QLocale().toString(top));

        // Filters: exchange, board, industry, pinyin prefix, name substring, code prefix.
        auto countWhere = [&](const QString& where) {
            return store::scalar(db_, QStringLiteral("SELECT COUNT(*) FROM stk_security WHERE ") + where)
                .toInt();
        };
        model.setFilter({QString(), QString(), QStringLiteral("SSE"), QString()});
        QCOMPARE(model.totalCount(), countWhere(QStringLiteral("exchange='SSE'")));
        model.setFilter({QString(), QStringLiteral("801780"), QString(), QString()});
        QCOMPARE(model.totalCount(), countWhere(QStringLiteral("industry='801780'")));
        QVERIFY(model.totalCount() > 0);
        QCOMPARE(model.index(0, securities::Industry).data().toString(), QStringLiteral("银行"));
        model.setFilter({QStringLiteral("688"), QString(), QString(), QString()});
        QCOMPARE(model.totalCount(), countWhere(QStringLiteral("code LIKE '688%'")));
        model.setFilter({QStringLiteral("银行"), QString(), QString(), QStringLiteral("main")});
        QCOMPARE(model.totalCount(), countWhere(QStringLiteral("name LIKE '%银行%' AND board='main'")));
        const QString somePinyin =
            store::scalar(db_, QStringLiteral("SELECT pinyin FROM stk_security WHERE code='000001'"))
                .toString();
        model.setFilter({somePinyin.left(3).toLower(), QString(), QString(), QString()});
        QCOMPARE(model.totalCount(),
                 countWhere(QStringLiteral("pinyin LIKE '%1%' OR code LIKE '%2%' OR name LIKE '%%3%'")
                                .arg(somePinyin.left(3), somePinyin.left(3).toLower(),
                                     somePinyin.left(3).toLower())));
        // LIKE wildcards in the filter text are literal.
        model.setFilter({QStringLiteral("%"), QString(), QString(), QString()});
        QCOMPARE(model.totalCount(), 0);
        model.setFilter({});
        QVERIFY(model.rowOf(QStringLiteral("000001"), QStringLiteral("SZSE")) >= 0);
    }

    void csvExportQuotesAndCounts()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        const QStringList headers{QStringLiteral("代码"), QStringLiteral("Name, \"quoted\""),
                                  QStringLiteral("c"),    QStringLiteral("d"),
                                  QStringLiteral("e"),    QStringLiteral("f"),
                                  QStringLiteral("g"),    QStringLiteral("h"),
                                  QStringLiteral("i")};
        const qint64 n =
            securities::exportCsv(db_, {QString(), QStringLiteral("801780"), QString(), QString()},
                                  securities::Code, Qt::AscendingOrder, headers, true, buffer, &error);
        QCOMPARE(
            n, store::scalar(db_, QStringLiteral("SELECT COUNT(*) FROM stk_security WHERE industry='801780'"))
                   .toLongLong());
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), n + 1);
        QCOMPARE(lines.front(), QStringLiteral("代码,\"Name, \"\"quoted\"\"\",c,d,e,f,g,h,i"));
        QVERIFY(lines[1].contains(QStringLiteral("银行")));
        QCOMPARE(lines[1].count(QLatin1Char(',')), 8);
    }

    void quickSearchRanksAndFindsEveryKind()
    {
        QCOMPARE(search::QuickSearch::score(QStringLiteral("600000"), QStringLiteral("600000"),
                                            QStringLiteral("PFYH"), QStringLiteral("浦发银行")),
                 100);
        QCOMPARE(search::QuickSearch::score(QStringLiteral("600"), QStringLiteral("600000"),
                                            QStringLiteral("PFYH"), QStringLiteral("浦发银行")),
                 90);
        QCOMPARE(search::QuickSearch::score(QStringLiteral("pfyh"), QStringLiteral("600000"),
                                            QStringLiteral("PFYH"), QStringLiteral("浦发银行")),
                 85);
        QCOMPARE(search::QuickSearch::score(QStringLiteral("pf"), QStringLiteral("600000"),
                                            QStringLiteral("PFYH"), QStringLiteral("浦发银行")),
                 80);
        QCOMPARE(search::QuickSearch::score(QStringLiteral("浦发"), QStringLiteral("600000"),
                                            QStringLiteral("PFYH"), QStringLiteral("浦发银行")),
                 70);
        QCOMPARE(search::QuickSearch::score(QStringLiteral("银行"), QStringLiteral("600000"),
                                            QStringLiteral("PFYH"), QStringLiteral("浦发银行")),
                 60);
        QCOMPARE(search::QuickSearch::score(QStringLiteral("xyz"), QStringLiteral("600000"),
                                            QStringLiteral("PFYH"), QStringLiteral("浦发银行")),
                 0);

        search::QuickSearch finder(QStringLiteral("models"));
        finder.addCommand({QStringLiteral("cmd.layout.save"),
                           [] { return QStringLiteral("Save layout as…"); }, QStringLiteral("layout")});
        auto firstOf = [&](const QString& text) { return finder.find(text).value(0); };
        // A security by exact code, by pinyin initials and by name.
        QSqlQuery q = store::exec(
            db_, QStringLiteral("SELECT code, exchange, name, pinyin FROM stk_security WHERE code='000001'"));
        QVERIFY(q.next());
        QCOMPARE(firstOf(QStringLiteral("000001")).key, QStringLiteral("000001.SZSE"));
        QCOMPARE(firstOf(QStringLiteral("000001")).kind, search::Hit::Kind::Security);
        const auto byPinyin = finder.find(q.value(3).toString());
        QVERIFY(std::any_of(byPinyin.begin(), byPinyin.end(),
                            [&](const search::Hit& h) { return h.title == q.value(2).toString(); }));
        QCOMPARE(firstOf(q.value(2).toString()).title, q.value(2).toString());
        // A fund and a client by name.
        const QString fund =
            store::scalar(db_, QStringLiteral("SELECT name FROM fnd_fund ORDER BY code LIMIT 1")).toString();
        QCOMPARE(firstOf(fund).kind, search::Hit::Kind::Fund);
        const QString clientId =
            store::scalar(db_, QStringLiteral("SELECT client_id FROM cli_client ORDER BY client_id LIMIT 1"))
                .toString();
        QCOMPARE(firstOf(clientId).kind, search::Hit::Kind::Client);
        // A command by word initials ("Save layout as" -> SLA) and by a word.
        QCOMPARE(firstOf(QStringLiteral("sla")).key, QStringLiteral("cmd.layout.save"));
        QCOMPARE(firstOf(QStringLiteral("Save lay")).kind, search::Hit::Kind::Command);
        QVERIFY(finder.find(QStringLiteral("zzzzzz")).isEmpty());
        QVERIFY(finder.find(QStringLiteral("a"), 5).size() <= 5);
    }

    void alertsArriveFromAnyThreadPersistAndAcknowledge()
    {
        const QString path = freshDir(QStringLiteral("alerts")) + QStringLiteral("/c.sqlite");
        store::OpenResult r = store::Database::open(path, QStringLiteral("alerts-read"));
        QVERIFY(r.ok());
        {
            store::DbWriter writer(path);
            audit::AuditTrail trail(writer);
            alerts::AlertModel model(&writer, &trail);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy arrived(&model, &alerts::AlertModel::alertsArrived);
            std::thread producer([&] {
                for (int i = 0; i < 300; ++i)
                    model.post(i % 50 == 0 ? alerts::Severity::Critical : alerts::Severity::Warning,
                               QStringLiteral("test"), QStringLiteral("alert %1").arg(i));
            });
            producer.join();
            QTRY_COMPARE(model.rowCount(), 300);
            QVERIFY(arrived.count() >= 1 && arrived.count() <= 3); // coalesced, not one signal per alert
            QCOMPARE(model.unacknowledgedCount(), 300);
            QCOMPARE(model.index(0, alerts::AlertModel::Text).data().toString(),
                     QStringLiteral("alert 299")); // newest first

            alerts::AlertFilter filter;
            filter.setSourceModel(&model);
            filter.setMinimumSeverity(alerts::Severity::Critical);
            QCOMPARE(filter.rowCount(), 6);
            filter.setMinimumSeverity(alerts::Severity::Info);
            filter.setText(QStringLiteral("alert 29"));
            QCOMPARE(filter.rowCount(), 11); // 29, 290..299

            model.acknowledge(model.index(0, 0), QStringLiteral("alice"));
            QCOMPARE(model.index(0, alerts::AlertModel::AckUser).data().toString(), QStringLiteral("alice"));
            QVERIFY(!model.index(0, alerts::AlertModel::AckTime).data().toString().isEmpty());
            QCOMPARE(model.unacknowledgedCount(), 299);
            filter.setText({});
            filter.setUnacknowledgedOnly(true);
            QCOMPARE(filter.rowCount(), 299);
            writer.flush();
        }
        QCOMPARE(store::scalar(r.db, QStringLiteral("SELECT COUNT(*) FROM sys_alert")).toInt(), 300);
        QCOMPARE(
            store::scalar(r.db, QStringLiteral("SELECT ack_user FROM sys_alert WHERE text = 'alert 299'"))
                .toString(),
            QStringLiteral("alice"));
        QCOMPARE(store::scalar(r.db, QStringLiteral(
                                         "SELECT COUNT(*) FROM sys_audit WHERE action = 'alert.acknowledge'"))
                     .toInt(),
                 1);
        // A new model reloads them with their acknowledgement.
        alerts::AlertModel reloaded(nullptr, nullptr);
        reloaded.loadRecent(QStringLiteral("alerts-read"));
        QCOMPARE(reloaded.rowCount(), 300);
        QCOMPARE(reloaded.unacknowledgedCount(), 299);
        r.db = QSqlDatabase();
        store::Database::close(QStringLiteral("alerts-read"));
    }

    void linkGroupsIsolateSelections()
    {
        selection::SelectionHub hub;
        QSignalSpy spy(&hub, &selection::SelectionHub::securityChanged);
        hub.setSecurity(selection::LinkGroup::Red, {QStringLiteral("000001"), QStringLiteral("SZSE")});
        hub.setSecurity(selection::LinkGroup::Red,
                        {QStringLiteral("000001"), QStringLiteral("SZSE")}); // unchanged: silent
        hub.setSecurity(selection::LinkGroup::None,
                        {QStringLiteral("600000"), QStringLiteral("SSE")}); // unlinked: ignored
        hub.setSecurity(selection::LinkGroup::Blue, {QStringLiteral("600000"), QStringLiteral("SSE")});
        QCOMPARE(spy.count(), 2);
        QCOMPARE(hub.security(selection::LinkGroup::Red).code, QStringLiteral("000001"));
        QCOMPARE(hub.security(selection::LinkGroup::Blue).code, QStringLiteral("600000"));
        QVERIFY(hub.security(selection::LinkGroup::Green).code.isEmpty());
    }

    void connectorStatesAreCoalesced()
    {
        status::ConnectorStatusModel model;
        QSignalSpy changed(&model, &status::ConnectorStatusModel::changed);
        auto report = model.reporter(QStringLiteral("md.szse"));
        std::thread io([&] {
            for (int i = 0; i < 1000; ++i)
                report(i % 2 ? net::LinkState::Connecting : net::LinkState::Backoff, "x");
            report(net::LinkState::Connected, "up");
        });
        io.join();
        QTRY_COMPARE(model.entries().size(), std::size_t(1));
        QTRY_VERIFY(model.entries().front().state == net::LinkState::Connected);
        QVERIFY(changed.count() <= 2);
        QCOMPARE(model.entries().front().transitions, quint64(1001));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
