// Child process of tst_crash: commits batches through the writer thread, reporting each commit on
// stdout, then starts a write transaction that never ends (it is killed with SIGKILL inside it).
#include "store/Database.h"
#include "store/DbWriter.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace ws::store;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int batches = std::atoi(argv[2]);
    OpenResult opened = Database::open(path, QStringLiteral("child"));
    if (!opened.ok())
        return 1;
    exec(opened.db,
         QStringLiteral(
             "CREATE TABLE IF NOT EXISTS sys_crash_probe (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)"));

    DbWriter writer(path);
    int id = 0;
    for (int b = 0; b < batches; ++b) {
        quint64 last = 0;
        for (int i = 0; i < 100; ++i) {
            const int rowId = ++id;
            last = writer.submit([rowId](QSqlDatabase& db) {
                exec(db, QStringLiteral("INSERT INTO sys_crash_probe(id, payload) VALUES (?, ?)"),
                     {rowId, QString(100, QLatin1Char('p'))});
            });
        }
        writer.waitFor(last);
        std::printf("committed %d\n", id);
        std::fflush(stdout);
    }
    // The doomed transaction: rows written, then the process dies before COMMIT.
    writer.submit([&id](QSqlDatabase& db) {
        for (int i = 0; i < 500; ++i)
            exec(db, QStringLiteral("INSERT INTO sys_crash_probe(id, payload) VALUES (?, 'uncommitted')"),
                 {++id});
        std::printf("in-transaction\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    });
    for (;;)
        QThread::sleep(1);
}
