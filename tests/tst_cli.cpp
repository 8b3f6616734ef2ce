// wsctl as a user runs it: every subcommand, --json output, exit codes (0 ok, 1 failure, 2 bad
// input) with messages on stderr, tamper detection, and the GUI binary's --version.
#include "TestUtil.h"

#include "md/szse/SzseBinary.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

class TestCli : public QObject
{
    Q_OBJECT

    QString db_;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    Run ws(QStringList args) const
    {
        args.prepend(db_);
        args.prepend(QStringLiteral("--db"));
        return run(QStringLiteral(WS_WSCTL), args);
    }

private Q_SLOTS:
    void initTestCase() { db_ = freshDir(QStringLiteral("cli")) + QStringLiteral("/ws.sqlite"); }

    void versionAndHelp()
    {
        Run r = run(QStringLiteral(WS_WSCTL), {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("wsctl 0.")));
        r = run(QStringLiteral(WS_WSCTL), {QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char* cmd : {"db info", "demo init", "audit verify", "securities list", "audit purge"})
            QVERIFY2(r.out.contains(QLatin1String(cmd)), cmd);
        r = ws({QStringLiteral("securities"), QStringLiteral("list"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--filter")));
        r = run(QStringLiteral(WS_WORKSTATION), {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("QCustomPlot")));
        QVERIFY(r.out.contains(QStringLiteral("OpenCV")));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("no command");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--nope")}
            << QStringLiteral("Unknown option");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("demo"), QStringLiteral("init"),
                                                 QStringLiteral("--seed"), QStringLiteral("x")}
                                  << QStringLiteral("--seed");
        QTest::newRow("bad exchange") << QStringList{QStringLiteral("securities"), QStringLiteral("list"),
                                                     QStringLiteral("--exchange"), QStringLiteral("NYSE")}
                                      << QStringLiteral("SZSE or SSE");
        QTest::newRow("bad board") << QStringList{QStringLiteral("securities"), QStringLiteral("list"),
                                                  QStringLiteral("--board"), QStringLiteral("gem")}
                                   << QStringLiteral("--board");
        QTest::newRow("bad limit") << QStringList{QStringLiteral("audit"), QStringLiteral("list"),
                                                  QStringLiteral("--limit"), QStringLiteral("-3")}
                                   << QStringLiteral("--limit");
        QTest::newRow("bad retention") << QStringList{QStringLiteral("audit"), QStringLiteral("retention"),
                                                      QStringLiteral("--set"), QStringLiteral("forever=1")}
                                       << QStringLiteral("CLASS=DAYS");
        QTest::newRow("bad time") << QStringList{QStringLiteral("audit"), QStringLiteral("purge"),
                                                 QStringLiteral("--now"), QStringLiteral("yesterday")}
                                  << QStringLiteral("ISO 8601");
        QTest::newRow("search without text")
            << QStringList{QStringLiteral("search")} << QStringLiteral("TEXT");
    }
    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = ws(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.startsWith(QStringLiteral("wsctl: ")));
    }

    void demoInitAndInfo()
    {
        Run r = ws({QStringLiteral("demo"), QStringLiteral("init")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("securities: 500")));
        r = ws({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("info")});
        QCOMPARE(r.code, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info[QStringLiteral("schema_version")].toInt(), ws::store::Database::latestVersion());
        QCOMPARE(info[QStringLiteral("journal_mode")].toString(), QStringLiteral("wal"));
        QVERIFY(info[QStringLiteral("demo_data")].toBool());
        int securities = 0;
        for (const QJsonValue& t : info[QStringLiteral("tables")].toArray())
            if (t[QStringLiteral("name")].toString() == QLatin1String("stk_security"))
                securities = t[QStringLiteral("rows")].toInt();
        QCOMPARE(securities, 500);
        r = ws({QStringLiteral("db"), QStringLiteral("info")});
        QVERIFY(r.out.contains(QStringLiteral("schema version:")));
        QCOMPARE(ws({QStringLiteral("db"), QStringLiteral("check")}).code, 0);
    }

    void securitiesListFiltersAndExports()
    {
        Run r = ws({QStringLiteral("--json"), QStringLiteral("securities"), QStringLiteral("list"),
                    QStringLiteral("--exchange"), QStringLiteral("sse"), QStringLiteral("--board"),
                    QStringLiteral("star")});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 40);
        for (const QJsonValue& v : rows)
            QVERIFY(v[QStringLiteral("code")].toString().startsWith(QStringLiteral("688")));
        r = ws({QStringLiteral("securities"), QStringLiteral("list"), QStringLiteral("--filter"),
                QStringLiteral("银行"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // three rows and the count
        QVERIFY(lines[0].contains(QStringLiteral("银行")) && lines[2].contains(QStringLiteral("银行")));
        QCOMPARE(lines[3], QStringLiteral("3 securities"));
        const QString csv = QFileInfo(db_).absolutePath() + QStringLiteral("/all.csv");
        r = ws({QStringLiteral("securities"), QStringLiteral("list"), QStringLiteral("--csv"), csv});
        QCOMPARE(r.code, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 501);
        r = ws({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                QStringLiteral("--action"), QStringLiteral("export.csv")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        r = ws({QStringLiteral("securities"), QStringLiteral("list"), QStringLiteral("--csv"),
                QStringLiteral("/nonexistent-dir/x.csv")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent-dir/x.csv")));
    }

    void searchFindsByPinyin()
    {
        const Run r = ws({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("000001")});
        QCOMPARE(r.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first()[QStringLiteral("key")].toString(), QStringLiteral("000001.SZSE"));
    }

    void auditVerifyRetentionPurgeAndTamper()
    {
        Run r = ws({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("ok, ")));
        r = ws({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("retention"),
                QStringLiteral("--set"), QStringLiteral("audit=200")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("audit")].toInt(), 200);
        r = ws({QStringLiteral("audit"), QStringLiteral("purge"), QStringLiteral("--now"),
                QStringLiteral("2026-01-01T00:00:00Z")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("removed 0 rows")));
        r = ws({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 0);
        const int rows = QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("rows")].toInt();
        QVERIFY(rows >= 4); // demo.init, export.csv, settings.retention, audit.purge

        // Tamper one byte of row 2 behind the workstation's back.
        {
            ws::store::OpenResult o = ws::store::Database::open(db_, QStringLiteral("tamper"));
            QVERIFY(o.ok());
            ws::store::exec(o.db, QStringLiteral("UPDATE sys_audit SET user = user || 'x' WHERE id = 2"));
            o.db = QSqlDatabase();
            ws::store::Database::close(QStringLiteral("tamper"));
        }
        r = ws({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("row 2")), qPrintable(r.err));
    }

    void damagedCacheFailsWithItsName()
    {
        const QString bad = freshDir(QStringLiteral("cli-bad")) + QStringLiteral("/ws.sqlite");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
        f.close();
        Run r = run(QStringLiteral(WS_WSCTL),
                    {QStringLiteral("--db"), bad, QStringLiteral("db"), QStringLiteral("info")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(bad));
        QCOMPARE(QFileInfo(bad).size(), 4096); // never deleted
        r = run(QStringLiteral(WS_WSCTL),
                {QStringLiteral("--db"), bad, QStringLiteral("db"), QStringLiteral("move-aside")});
        QCOMPARE(r.code, 0);
        QVERIFY(!QFile::exists(bad));
        r = run(QStringLiteral(WS_WSCTL),
                {QStringLiteral("--db"), bad, QStringLiteral("db"), QStringLiteral("info")});
        QCOMPARE(r.code, 0);
    }

    // A small MDGW stream written with the encoder: five orders, a trade, a corrupt frame, a
    // cancel. decode prints every good frame with the specification's names and reports the bad
    // one; book rebuilds the book from it.
    void mdDecodeAndBook()
    {
        using namespace ws::md::szse;
        std::vector<std::byte> bytes;
        encode(Logon{"WS", "MDGW", 20, "", "1.02"}, bytes);
        auto order = [&](std::int64_t seq, char side, std::int64_t price, std::int64_t qty) {
            Order o;
            o.channelNo = 2011;
            o.applSeqNum = seq;
            o.securityId = "000001";
            o.price = price;
            o.orderQty = qty;
            o.side = side;
            o.transactTime = 20240614093000000 + seq;
            encode(o, bytes);
        };
        order(1, '1', 100'000, 30'000);
        order(2, '1', 99'900, 20'000);
        order(3, '2', 100'100, 10'000);
        order(4, '2', 100'200, 50'000);
        order(5, '2', 100'000, 10'000);
        encode(Trade{2011, 6, "011", 1, 5, "000001", "102", 100'000, 10'000, 'F', 20240614093000006}, bytes);
        const std::size_t corruptAt = bytes.size();
        order(7, '1', 90'000, 10'000);
        bytes.back() ^= std::byte{0xFF}; // its checksum
        encode(Trade{2011, 8, "011", 0, 4, "000001", "102", 0, 50'000, '4', 20240614093000008}, bytes);
        const QString file = freshDir(QStringLiteral("cli-md")) + QStringLiteral("/mdgw.bin");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()));
        f.close();

        Run r = ws({QStringLiteral("md"), QStringLiteral("decode"), QStringLiteral("--input"), file,
                    QStringLiteral("--jsonl")});
        QCOMPARE(r.code, 2); // a bad frame was skipped
        QVERIFY2(r.err.contains(QStringLiteral("bad-checksum frame at byte %1").arg(corruptAt)),
                 qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        const QJsonObject logon = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(logon[QStringLiteral("MsgType")].toInt(), 1);
        QCOMPARE(logon[QStringLiteral("TargetCompID")].toString(), QStringLiteral("MDGW"));
        const QJsonObject first = QJsonDocument::fromJson(lines[1].toUtf8()).object();
        QCOMPARE(first[QStringLiteral("MsgType")].toInt(), 300192);
        QCOMPARE(first[QStringLiteral("SecurityID")].toString(), QStringLiteral("000001"));
        QCOMPARE(first[QStringLiteral("Price")].toInteger(), 100000);
        QCOMPARE(first[QStringLiteral("Side")].toString(), QStringLiteral("1"));
        const QJsonObject cancel = QJsonDocument::fromJson(lines[7].toUtf8()).object();
        QCOMPARE(cancel[QStringLiteral("ExecType")].toString(), QStringLiteral("4"));
        QCOMPARE(cancel[QStringLiteral("OfferApplSeqNum")].toInteger(), 4);

        r = ws({QStringLiteral("md"), QStringLiteral("book"), QStringLiteral("--input"), file,
                QStringLiteral("--security"), QStringLiteral("000001"), QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("{\"SecurityID\":\"000001\",\"bids\":[[100000,20000,1],[99900,20000,1]],"
                                "\"asks\":[[100100,10000,1]]}"));
        r = ws({QStringLiteral("md"), QStringLiteral("book"), QStringLiteral("--input"), file,
                QStringLiteral("--security"), QStringLiteral("600000")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no orders for security 600000")));
        r = ws({QStringLiteral("md"), QStringLiteral("decode"), QStringLiteral("--input"),
                file + QStringLiteral(".missing")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral(".missing")));
        r = ws({QStringLiteral("md"), QStringLiteral("decode")});
        QCOMPARE(r.code, 2);
        r = ws({QStringLiteral("md"), QStringLiteral("decode"), QStringLiteral("--input"), file,
                QStringLiteral("--format"), QStringLiteral("fast")});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
