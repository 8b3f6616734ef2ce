// Cache write throughput: the writer thread (one job per row, batched transactions) against a
// naive autocommit-per-row loop and a hand-written single transaction (the ceiling), plus audit
// appends (SHA-256 chain) through the writer. Usage: bench_writer [rows] [dir]
#include "audit/AuditTrail.h"
#include "store/Database.h"
#include "store/DbWriter.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

#include <chrono>
#include <cstdio>

using namespace ws;
using Clock = std::chrono::steady_clock;

namespace {

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray& line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown");
}

QString freshDb(const QString& dir, const char* name)
{
    const QString path = QDir(dir).filePath(QLatin1String(name));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    store::OpenResult r = store::Database::open(path, QStringLiteral("setup"));
    store::exec(
        r.db,
        QStringLiteral("CREATE TABLE md_bench (id INTEGER PRIMARY KEY, code TEXT, price REAL, qty INTEGER)"));
    r.db = QSqlDatabase();
    store::Database::close(QStringLiteral("setup"));
    return path;
}

void report(const char* what, int rows, Clock::duration d, double baseline)
{
    const double s = std::chrono::duration<double>(d).count();
    const double rate = rows / s;
    std::printf("%-42s %8d rows  %8.3f s  %10.0f rows/s  %6.2fx\n", what, rows, s, rate,
                baseline > 0 ? rate / baseline : 1.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 20000;
    const QString dir =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::temp().filePath(QStringLiteral("ws-bench"));
    QDir().mkpath(dir);
    std::printf("machine: %d cores (nproc), %s, %s\n", QThread::idealThreadCount(), qPrintable(cpuModel()),
                qPrintable(QSysInfo::prettyProductName()));
    std::printf("rows: %d, files in %s (WAL, synchronous=NORMAL)\n\n", rows, qPrintable(dir));

    // 1. Naive: one autocommitted INSERT per row, prepared once.
    double naiveRate = 0;
    {
        const QString path = freshDb(dir, "naive.sqlite");
        store::OpenResult r =
            store::Database::open(path, QStringLiteral("naive"), false, store::Database::Check::None);
        QSqlQuery q(r.db);
        q.prepare(QStringLiteral("INSERT INTO md_bench(id, code, price, qty) VALUES (?,?,?,?)"));
        const auto t0 = Clock::now();
        for (int i = 0; i < rows; ++i) {
            q.addBindValue(i);
            q.addBindValue(QStringLiteral("000001"));
            q.addBindValue(10.0 + i * 0.01);
            q.addBindValue(i * 100);
            q.exec();
        }
        const auto d = Clock::now() - t0;
        naiveRate = rows / std::chrono::duration<double>(d).count();
        report("naive autocommit per row (baseline)", rows, d, naiveRate);
        q = QSqlQuery();
        r.db = QSqlDatabase();
        store::Database::close(QStringLiteral("naive"));
    }
    // 2. The writer thread: one job per row, as panels and connectors submit them.
    {
        const QString path = freshDb(dir, "writer.sqlite");
        store::DbWriter writer(path);
        const auto t0 = Clock::now();
        quint64 last = 0;
        for (int i = 0; i < rows; ++i)
            last = writer.submit([i](QSqlDatabase& db) {
                store::exec(db, QStringLiteral("INSERT INTO md_bench(id, code, price, qty) VALUES (?,?,?,?)"),
                            {i, QStringLiteral("000001"), 10.0 + i * 0.01, i * 100});
            });
        writer.waitFor(last);
        const auto d = Clock::now() - t0;
        report("DbWriter, one job per row", rows, d, naiveRate);
        std::printf("%-42s %llu transactions, %.1f rows per transaction\n", "",
                    static_cast<unsigned long long>(writer.stats().batches),
                    rows / static_cast<double>(std::max<quint64>(1, writer.stats().batches)));
    }
    // 3. Ceiling: one transaction, one prepared statement, on the calling thread.
    {
        const QString path = freshDb(dir, "single.sqlite");
        store::OpenResult r =
            store::Database::open(path, QStringLiteral("single"), false, store::Database::Check::None);
        const auto t0 = Clock::now();
        r.db.transaction();
        QSqlQuery q(r.db);
        q.prepare(QStringLiteral("INSERT INTO md_bench(id, code, price, qty) VALUES (?,?,?,?)"));
        for (int i = 0; i < rows; ++i) {
            q.addBindValue(i);
            q.addBindValue(QStringLiteral("000001"));
            q.addBindValue(10.0 + i * 0.01);
            q.addBindValue(i * 100);
            q.exec();
        }
        r.db.commit();
        const auto d = Clock::now() - t0;
        report("single transaction, reused statement", rows, d, naiveRate);
        q = QSqlQuery();
        r.db = QSqlDatabase();
        store::Database::close(QStringLiteral("single"));
    }
    // 4. Audit appends through the writer (read the head, SHA-256, insert).
    {
        const QString path = freshDb(dir, "audit.sqlite");
        store::DbWriter writer(path);
        audit::AuditTrail trail(writer);
        const int n = std::max(1, rows / 4);
        const auto t0 = Clock::now();
        quint64 last = 0;
        for (int i = 0; i < n; ++i)
            last = trail.record(QStringLiteral("alert.acknowledge"), QStringLiteral("sys_alert/%1").arg(i));
        writer.waitFor(last);
        const auto d = Clock::now() - t0;
        report("audit record (hash chain) via DbWriter", n, d, naiveRate);
        const auto v0 = Clock::now();
        store::OpenResult r =
            store::Database::open(path, QStringLiteral("verify"), false, store::Database::Check::None);
        const audit::VerifyResult vr = audit::verify(r.db);
        const auto vd = Clock::now() - v0;
        report(vr.ok ? "audit verify (walk + SHA-256 per row)" : "audit verify FAILED",
               static_cast<int>(vr.rows), vd, naiveRate);
        r.db = QSqlDatabase();
        store::Database::close(QStringLiteral("verify"));
    }
    return 0;
}
