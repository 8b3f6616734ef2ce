// The audit trail: append and verify, tampering with any byte of any row is found at that row,
// deletions are found, and purging by retention keeps the chain verifiable through checkpoints.
#include "TestUtil.h"

#include "audit/AuditTrail.h"
#include "store/Database.h"
#include "store/DbWriter.h"
#include "store/Sql.h"

#include <QCryptographicHash>

using namespace ws;
using audit::Entry;
using audit::LogClass;

class TestAudit : public QObject
{
    Q_OBJECT

    QSqlDatabase db_;
    QString path_;

    void openFresh(const QString& name)
    {
        closeDb();
        path_ = freshDir(name) + QStringLiteral("/c.sqlite");
        store::OpenResult r = store::Database::open(path_, QStringLiteral("audit"));
        QVERIFY(r.ok());
        db_ = r.db;
    }
    void closeDb()
    {
        db_ = QSqlDatabase();
        store::Database::close(QStringLiteral("audit"));
    }
    Entry add(const QString& action, const QString& ts = {}, LogClass c = LogClass::Operation)
    {
        Entry e;
        e.tsUtc = ts;
        e.action = action;
        e.object = QStringLiteral("obj");
        e.result = QStringLiteral("ok");
        e.detail = QStringLiteral("细节 detail");
        e.logClass = c;
        return audit::append(db_, e);
    }

private Q_SLOTS:
    void cleanupTestCase() { closeDb(); }

    void hashIsSha256OverPreviousHashAndFields()
    {
        // Known answer computed independently of computeHash: SHA-256 of the fields joined by U+001F.
        Entry e;
        e.id = 1;
        e.tsUtc = QStringLiteral("2026-01-02T03:04:05.678Z");
        e.user = QStringLiteral("alice");
        e.host = QStringLiteral("desk1");
        e.action = QStringLiteral("export.csv");
        e.object = QStringLiteral("/tmp/a.csv");
        e.result = QStringLiteral("ok");
        e.detail = QStringLiteral("证券 500 rows");
        e.logClass = LogClass::Operation;
        e.prevHash = audit::kGenesisHash;
        const QByteArray canonical = QByteArray(64, '0') +
                                     "\x1f"
                                     "1\x1f"
                                     "2026-01-02T03:04:05.678Z\x1f"
                                     "alice\x1f"
                                     "desk1\x1f"
                                     "export.csv\x1f"
                                     "/tmp/a.csv\x1f"
                                     "ok\x1f" +
                                     QStringLiteral("证券 500 rows").toUtf8() +
                                     "\x1f"
                                     "operation";
        QCOMPARE(
            audit::computeHash(e),
            QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
    }

    void appendsChainAndVerify()
    {
        openFresh(QStringLiteral("chain"));
        Entry first = add(QStringLiteral("session.logon"));
        QCOMPARE(first.id, 1);
        QCOMPARE(first.prevHash, audit::kGenesisHash);
        QCOMPARE(first.user, QStringLiteral("tester")); // WS_USER from the test environment
        Entry second = add(QStringLiteral("layout.save"));
        QCOMPARE(second.prevHash, first.hash);
        for (int i = 0; i < 50; ++i)
            add(QStringLiteral("export.csv"));
        const audit::VerifyResult r = audit::verify(db_);
        QVERIFY(r.ok);
        QCOMPARE(r.rows, 52);
        QCOMPARE(r.headHash,
                 store::scalar(db_, QStringLiteral("SELECT hash FROM sys_audit ORDER BY id DESC LIMIT 1"))
                     .toString());
    }

    void tamperingAnyFieldNamesThatRow_data()
    {
        QTest::addColumn<QString>("column");
        for (const char* c :
             {"ts_utc", "user", "host", "action", "object", "result", "detail", "prev_hash", "hash"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void tamperingAnyFieldNamesThatRow()
    {
        QFETCH(QString, column);
        openFresh(QStringLiteral("tamper-") + column);
        for (int i = 0; i < 20; ++i)
            add(QStringLiteral("action%1").arg(i));
        // Change one byte (the first character) of the field in row 13.
        store::exec(db_, QStringLiteral("UPDATE sys_audit SET %1 = CASE WHEN substr(%1,1,1) = 'Z' THEN 'Y' "
                                        "ELSE 'Z' END || substr(%1, 2) WHERE id = 13")
                             .arg(column));
        const audit::VerifyResult r = audit::verify(db_);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadId, 13);
    }

    void tamperingTheClassIsFound()
    {
        openFresh(QStringLiteral("tamper-class"));
        for (int i = 0; i < 5; ++i)
            add(QStringLiteral("a"));
        store::exec(db_, QStringLiteral("UPDATE sys_audit SET log_class = 'system' WHERE id = 4"));
        const audit::VerifyResult r = audit::verify(db_);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadId, 4);
    }

    void deletingARowIsFound()
    {
        openFresh(QStringLiteral("delete"));
        for (int i = 0; i < 10; ++i)
            add(QStringLiteral("a"));
        store::exec(db_, QStringLiteral("DELETE FROM sys_audit WHERE id = 6"));
        const audit::VerifyResult r = audit::verify(db_);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadId, 7);
        QVERIFY(r.reason.contains(QStringLiteral("6..6")));
    }

    void purgeKeepsTheChainVerifiable()
    {
        openFresh(QStringLiteral("purge"));
        const QDateTime now = QDateTime::fromString(QStringLiteral("2027-06-30T00:00:00Z"), Qt::ISODate);
        auto at = [&](int daysAgo) { return audit::formatTimestamp(now.addDays(-daysAgo)); };
        // Interleaved classes and ages: operation 1 y, audit 183 d, monitoring 1 y, system 15 y.
        add(QStringLiteral("old-op"), at(400), LogClass::Operation);          // 1  purged
        add(QStringLiteral("old-audit"), at(200), LogClass::Audit);           // 2  purged
        add(QStringLiteral("recent-audit"), at(100), LogClass::Audit);        // 3  kept
        add(QStringLiteral("old-system"), at(3000), LogClass::System);        // 4  kept (15 y)
        add(QStringLiteral("old-monitoring"), at(366), LogClass::Monitoring); // 5  purged
        add(QStringLiteral("old-op2"), at(370), LogClass::Operation);         // 6  purged
        add(QStringLiteral("recent-op"), at(10), LogClass::Operation);        // 7  kept
        add(QStringLiteral("old-op3"), at(500), LogClass::Operation);         // 8  purged (the newest row)
        QVERIFY(audit::verify(db_).ok);

        audit::PurgeResult p = audit::purge(db_, now, audit::Retention{});
        QCOMPARE(p.removed, 5);
        QCOMPARE(p.gaps, 3); // 1..2, 5..6, 8..8
        QCOMPARE(p.checkpointId, 9);
        QCOMPARE(store::scalar(
                     db_, QStringLiteral(
                              "SELECT group_concat(id, ',') FROM (SELECT id FROM sys_audit ORDER BY id)"))
                     .toString(),
                 QStringLiteral("3,4,7,9"));
        audit::VerifyResult r = audit::verify(db_);
        QVERIFY2(r.ok, qPrintable(r.reason));
        QCOMPARE(r.rows, 4);

        // New rows after the purge chain on; a second purge later merges old and new gaps.
        add(QStringLiteral("after"), at(0), LogClass::Operation);
        QVERIFY(audit::verify(db_).ok);
        p = audit::purge(db_, now.addDays(150), audit::Retention{}); // now row 3 (audit, 250 d) goes too
        QCOMPARE(p.removed, 1);
        r = audit::verify(db_);
        QVERIFY2(r.ok, qPrintable(r.reason));
        QCOMPARE(store::scalar(
                     db_, QStringLiteral(
                              "SELECT group_concat(id, ',') FROM (SELECT id FROM sys_audit ORDER BY id)"))
                     .toString(),
                 QStringLiteral("4,7,9,10,11"));

        // A row removed outside a purge is still caught, and so is a forged checkpoint.
        store::exec(db_, QStringLiteral("DELETE FROM sys_audit WHERE id = 7"));
        r = audit::verify(db_);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadId, 9);
    }

    void forgedCheckpointIsFound()
    {
        openFresh(QStringLiteral("forged"));
        const QDateTime now = QDateTime::fromString(QStringLiteral("2027-06-30T00:00:00Z"), Qt::ISODate);
        for (int i = 0; i < 4; ++i)
            add(QStringLiteral("old"), audit::formatTimestamp(now.addDays(-400)));
        add(QStringLiteral("new"), audit::formatTimestamp(now));
        audit::purge(db_, now, audit::Retention{});
        QVERIFY(audit::verify(db_).ok);
        // Widen the recorded gap to hide a further deletion: the checkpoint row's own hash breaks.
        store::exec(db_, QStringLiteral("UPDATE sys_audit SET detail = replace(detail, '\"to\":4', "
                                        "'\"to\":5') WHERE action = 'audit.purge'"));
        store::exec(db_, QStringLiteral("DELETE FROM sys_audit WHERE id = 5"));
        QVERIFY(!audit::verify(db_).ok);
    }

    void purgeOfEverythingOldStillVerifies()
    {
        openFresh(QStringLiteral("purge-all"));
        const QDateTime now = QDateTime::fromString(QStringLiteral("2030-01-01T00:00:00Z"), Qt::ISODate);
        for (int i = 0; i < 30; ++i)
            add(QStringLiteral("a"), audit::formatTimestamp(now.addDays(-1000)));
        const audit::PurgeResult p = audit::purge(db_, now, audit::Retention{});
        QCOMPARE(p.removed, 30);
        QCOMPARE(p.gaps, 1);
        const audit::VerifyResult r = audit::verify(db_);
        QVERIFY2(r.ok, qPrintable(r.reason));
        QCOMPARE(r.rows, 1);
        // Purging again with nothing to remove is harmless and still audited.
        QCOMPARE(audit::purge(db_, now, audit::Retention{}).removed, 0);
        QVERIFY(audit::verify(db_).ok);
    }

    void retentionIsConfigurable()
    {
        openFresh(QStringLiteral("retention"));
        audit::Retention r = audit::Retention::load(db_);
        QCOMPARE(r.operationDays, 365);
        QCOMPARE(r.auditDays, 183);
        QCOMPARE(r.monitoringDays, 365);
        QCOMPARE(r.systemDays, 15 * 365 + 4);
        r.setDays(LogClass::Audit, 30);
        r.save(db_);
        QCOMPARE(audit::Retention::load(db_).auditDays, 30);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        add(QStringLiteral("audit-40d"), audit::formatTimestamp(now.addDays(-40)), LogClass::Audit);
        add(QStringLiteral("audit-20d"), audit::formatTimestamp(now.addDays(-20)), LogClass::Audit);
        QCOMPARE(audit::purge(db_, now, audit::Retention::load(db_)).removed, 1);
        QVERIFY(audit::verify(db_).ok);
    }

    void trailRecordsThroughTheWriter()
    {
        openFresh(QStringLiteral("writer"));
        {
            store::DbWriter writer(path_);
            audit::AuditTrail trail(writer);
            quint64 last = 0;
            for (int i = 0; i < 200; ++i)
                last =
                    trail.record(QStringLiteral("alert.acknowledge"), QStringLiteral("sys_alert/%1").arg(i));
            QVERIFY(writer.waitFor(last, 10000));
        }
        const audit::VerifyResult r = audit::verify(db_);
        QVERIFY(r.ok);
        QCOMPARE(r.rows, 200);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
