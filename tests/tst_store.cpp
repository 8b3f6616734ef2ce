// The cache: migrations from every older version, pragmas, writer-thread batching and failure
// isolation, damaged and newer files reported by name and never deleted.
#include "TestUtil.h"

#include "store/Database.h"
#include "store/DbWriter.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>

using namespace ws::store;

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseIsAtLatestVersionWithPragmas()
    {
        const QString path = freshDir(QStringLiteral("new")) + QStringLiteral("/c.sqlite");
        OpenResult r = Database::open(path, QStringLiteral("t-new"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message() : QString()));
        QCOMPARE(Database::schemaVersion(r.db), Database::latestVersion());
        QCOMPARE(scalar(r.db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(r.db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        // Every table carries a domain prefix.
        QSqlQuery q = exec(
            r.db,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"));
        const QRegularExpression prefix(QStringLiteral("^(stk|fnd|idx|cli|kg|doc|md|rsk|sys)_"));
        int tables = 0;
        while (q.next()) {
            QVERIFY2(prefix.match(q.value(0).toString()).hasMatch(), qPrintable(q.value(0).toString()));
            ++tables;
        }
        QVERIFY(tables >= 8);
        // Foreign keys are enforced: an unknown industry is refused.
        QVERIFY_THROWS_EXCEPTION(
            SqlError,
            exec(r.db, QStringLiteral("INSERT INTO stk_security(code, exchange, name, pinyin, board, "
                                      "industry, list_date, total_shares, float_shares) VALUES "
                                      "('000001','SZSE','x','X','main','999999','2020-01-01',1,1)")));
        r.db = QSqlDatabase();
        Database::close(QStringLiteral("t-new"));
    }

    void migratesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Database::latestVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    void migratesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        const QString path = freshDir(QStringLiteral("migrate-%1").arg(from)) + QStringLiteral("/c.sqlite");
        {
            // Build a cache exactly as version `from` left it, with a row in its newest table.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            Database::migrateTo(db, from);
            QCOMPARE(Database::schemaVersion(db), from);
            if (from >= 1)
                exec(db, QStringLiteral(
                             "INSERT INTO sys_setting(key, value, updated_utc) VALUES ('k', 'v', 'now')"));
            if (from >= 2)
                exec(db,
                     QStringLiteral(
                         "INSERT INTO stk_security(code, exchange, name, pinyin, board, industry, list_date, "
                         "total_shares, float_shares) VALUES "
                         "('600000','SSE','浦发','PF','main','801780','1999-11-10',1,1)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        OpenResult r = Database::open(path, QStringLiteral("t-mig"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message() : QString()));
        QCOMPARE(Database::schemaVersion(r.db), Database::latestVersion());
        QCOMPARE(scalar(r.db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        if (from >= 1)
            QCOMPARE(scalar(r.db, QStringLiteral("SELECT value FROM sys_setting WHERE key='k'")).toString(),
                     QStringLiteral("v"));
        if (from >= 2)
            QCOMPARE(
                scalar(r.db, QStringLiteral("SELECT name FROM stk_security WHERE code='600000'")).toString(),
                QStringLiteral("浦发"));
        // Every migration's tables exist afterwards.
        for (const char* table :
             {"sys_audit", "stk_industry", "stk_calendar", "sys_alert", "fnd_fund", "cli_client"})
            QVERIFY2(scalar(r.db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = ?"),
                            {QLatin1String(table)})
                             .toInt() == 1,
                     table);
        QCOMPARE(scalar(r.db, QStringLiteral("SELECT COUNT(*) FROM stk_industry")).toInt(), 28);
        r.db = QSqlDatabase();
        Database::close(QStringLiteral("t-mig"));
    }

    void writerBatchesJobsIntoFewTransactions()
    {
        const QString path = freshDir(QStringLiteral("batch")) + QStringLiteral("/c.sqlite");
        OpenResult r = Database::open(path, QStringLiteral("t-batch"));
        QVERIFY(r.ok());
        {
            DbWriter writer(path);
            QSignalSpy committed(&writer, &DbWriter::committed);
            constexpr int kJobs = 5000;
            quint64 last = 0;
            for (int i = 0; i < kJobs; ++i)
                last = writer.submit([i](QSqlDatabase& db) {
                    exec(db,
                         QStringLiteral(
                             "INSERT INTO sys_setting(key, value, updated_utc) VALUES (?, ?, 'now')"),
                         {QStringLiteral("k%1").arg(i), i});
                });
            QVERIFY(writer.waitFor(last, 30000));
            const DbWriter::Stats s = writer.stats();
            QCOMPARE(s.jobs, quint64(kJobs));
            QCOMPARE(s.failed, quint64(0));
            // Jobs queued faster than the disk commits share transactions.
            QVERIFY2(s.batches < quint64(kJobs) / 4, qPrintable(QStringLiteral("%1 batches").arg(s.batches)));
            QCOMPARE(scalar(r.db, QStringLiteral("SELECT COUNT(*) FROM sys_setting")).toInt(), kJobs);
        }
        r.db = QSqlDatabase();
        Database::close(QStringLiteral("t-batch"));
    }

    void failingJobIsRolledBackAlone()
    {
        const QString path = freshDir(QStringLiteral("isolation")) + QStringLiteral("/c.sqlite");
        OpenResult r = Database::open(path, QStringLiteral("t-iso"));
        QVERIFY(r.ok());
        {
            DbWriter writer(path);
            QSignalSpy failed(&writer, &DbWriter::jobFailed);
            // Hold the queue until all three jobs are in, so they share one transaction.
            std::atomic<bool> go{false};
            writer.submit([&](QSqlDatabase&) {
                while (!go)
                    QThread::msleep(1);
            });
            writer.submit([](QSqlDatabase& db) {
                exec(db, QStringLiteral("INSERT INTO sys_setting VALUES ('a', '1', 'now')"));
            });
            const quint64 bad = writer.submit([](QSqlDatabase& db) {
                exec(db, QStringLiteral("INSERT INTO sys_setting VALUES ('b', '2', 'now')"));
                exec(db, QStringLiteral("INSERT INTO no_such_table VALUES (1)")); // fails after a write
            });
            const quint64 last = writer.submit([](QSqlDatabase& db) {
                exec(db, QStringLiteral("INSERT INTO sys_setting VALUES ('c', '3', 'now')"));
            });
            go = true;
            QVERIFY(writer.waitFor(last, 10000));
            QCOMPARE(failed.count(), 1);
            QCOMPARE(failed.first().at(0).toULongLong(), bad);
            QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("no_such_table")));
        }
        QCOMPARE(
            scalar(r.db, QStringLiteral(
                             "SELECT group_concat(key, ',') FROM (SELECT key FROM sys_setting ORDER BY key)"))
                .toString(),
            QStringLiteral("a,c"));
        r.db = QSqlDatabase();
        Database::close(QStringLiteral("t-iso"));
    }

    void garbageFileIsReportedByNameAndKept()
    {
        const QString path = freshDir(QStringLiteral("garbage")) + QStringLiteral("/c.sqlite");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        OpenResult r = Database::open(path, QStringLiteral("t-garbage"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, OpenError::Kind::Corrupt);
        QVERIFY(r.error->message().contains(path));
        QVERIFY(r.error->canMoveAside());
        Database::close(QStringLiteral("t-garbage"));
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFileInfo(path).size(), 8192);
    }

    void damagedPagesAreDetected()
    {
        const QString path = freshDir(QStringLiteral("damaged")) + QStringLiteral("/c.sqlite");
        {
            OpenResult r = Database::open(path, QStringLiteral("t-dmg"));
            QVERIFY(r.ok());
            for (int i = 0; i < 2000; ++i)
                exec(r.db, QStringLiteral("INSERT INTO sys_setting VALUES (?, ?, 'now')"),
                     {QStringLiteral("key-%1").arg(i), QString(200, QLatin1Char('v'))});
            exec(r.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            r.db = QSqlDatabase();
            Database::close(QStringLiteral("t-dmg"));
        }
        // Overwrite the middle of the file (header intact) with noise.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 64 * 1024);
        f.seek(f.size() / 2);
        f.write(QByteArray(16 * 1024, '\xA5'));
        f.close();
        OpenResult r = Database::open(path, QStringLiteral("t-dmg2"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, OpenError::Kind::Corrupt);
        QVERIFY(r.error->message().contains(path));
        Database::close(QStringLiteral("t-dmg2"));

        const QString moved = Database::moveAside(path);
        QVERIFY(!moved.isEmpty());
        QVERIFY(moved.startsWith(path + QStringLiteral(".corrupt-")));
        QVERIFY(QFile::exists(moved));
        QVERIFY(!QFile::exists(path));
        OpenResult fresh = Database::open(path, QStringLiteral("t-dmg3"));
        QVERIFY(fresh.ok());
        fresh.db = QSqlDatabase();
        Database::close(QStringLiteral("t-dmg3"));
    }

    void newerSchemaIsRefusedUntouched()
    {
        const QString path = freshDir(QStringLiteral("newer")) + QStringLiteral("/c.sqlite");
        {
            OpenResult r = Database::open(path, QStringLiteral("t-newer"));
            QVERIFY(r.ok());
            exec(r.db, QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1));
            r.db = QSqlDatabase();
            Database::close(QStringLiteral("t-newer"));
        }
        OpenResult r = Database::open(path, QStringLiteral("t-newer2"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, OpenError::Kind::NewerSchema);
        QVERIFY(!r.error->canMoveAside());
        Database::close(QStringLiteral("t-newer2"));
    }

    void migrationsAreNumberedInOrder()
    {
        int expected = 1;
        for (const Migration& m : migrations())
            QCOMPARE(m.version, expected++);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
