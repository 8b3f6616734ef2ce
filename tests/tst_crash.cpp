// Crash safety: a child process writing through the writer thread is killed with SIGKILL in the
// middle of a write transaction; the reopened cache is consistent and holds every committed row.
#include "TestUtil.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QProcess>

#include <signal.h>

using namespace ws::store;

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidTransactionLosesNothingCommitted_data()
    {
        QTest::addColumn<int>("batches");
        QTest::newRow("1 batch") << 1;
        QTest::newRow("7 batches") << 7;
        QTest::newRow("25 batches") << 25;
    }

    void killedMidTransactionLosesNothingCommitted()
    {
        QFETCH(int, batches);
        const QString path = freshDir(QStringLiteral("crash-%1").arg(batches)) + QStringLiteral("/c.sqlite");
        QProcess child;
        child.start(QStringLiteral(WS_CRASH_CHILD), {path, QString::number(batches)});
        QVERIFY(child.waitForStarted());
        int lastCommitted = -1;
        bool inTransaction = false;
        QElapsedTimer timer;
        timer.start();
        while (!inTransaction && timer.elapsed() < 60000) {
            child.waitForReadyRead(1000);
            while (child.canReadLine()) {
                const QString line = QString::fromUtf8(child.readLine()).trimmed();
                if (line.startsWith(QLatin1String("committed ")))
                    lastCommitted = line.mid(10).toInt();
                else if (line == QLatin1String("in-transaction"))
                    inTransaction = true;
            }
            QVERIFY2(child.state() == QProcess::Running, "child exited early");
        }
        QVERIFY(inTransaction);
        QCOMPARE(lastCommitted, batches * 100);
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        OpenResult r = Database::open(path, QStringLiteral("reopen"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message() : QString()));
        QCOMPARE(scalar(r.db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(r.db, QStringLiteral("SELECT COUNT(*) FROM sys_crash_probe")).toInt(), lastCommitted);
        QCOMPARE(
            scalar(r.db, QStringLiteral("SELECT COUNT(*) FROM sys_crash_probe WHERE payload = 'uncommitted'"))
                .toInt(),
            0);
        QCOMPARE(scalar(r.db, QStringLiteral("SELECT MAX(id) FROM sys_crash_probe")).toInt(), lastCommitted);
        r.db = QSqlDatabase();
        Database::close(QStringLiteral("reopen"));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
