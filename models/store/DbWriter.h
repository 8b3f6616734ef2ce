#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ws::store {

// The single writer of the cache. Jobs queue from any thread; the writer thread drains the queue
// into batched transactions (one SAVEPOINT per job, so a failing job is rolled back alone) and the
// GUI thread never waits on disk. Tickets increase monotonically; waitFor() exists for the CLI,
// tests and shutdown, never for the GUI thread.
class DbWriter : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<void(QSqlDatabase&)>; // throw SqlError (or std::exception) to fail

    struct Stats
    {
        quint64 jobs = 0;     // committed jobs
        quint64 failed = 0;   // jobs rolled back
        quint64 batches = 0;  // transactions committed
        qsizetype queued = 0; // waiting now
    };

    // The cache at `path` must already be migrated (Database::open on the owning thread).
    explicit DbWriter(const QString& path, int maxBatch = 4096, QObject* parent = nullptr);
    ~DbWriter() override; // drains what is queued, then stops

    quint64 submit(Job job);
    // Blocks until `ticket` is done (committed or failed); false on timeout.
    bool waitFor(quint64 ticket, int timeoutMs = -1);
    // Blocks until everything submitted so far is done.
    void flush();
    Stats stats() const;
    QString path() const { return path_; }

Q_SIGNALS:
    // Emitted from the writer thread; connect with a queued connection.
    void committed(quint64 lastTicket, int jobs);
    void jobFailed(quint64 ticket, const QString& message);
    void writerUnavailable(const QString& message);

private:
    void run(std::stop_token stop);

    QString path_;
    int maxBatch_;
    mutable std::mutex mutex_;
    std::condition_variable_any wake_;
    std::condition_variable done_;
    std::deque<std::pair<quint64, Job>> queue_;
    quint64 nextTicket_ = 1;
    quint64 doneTicket_ = 0;
    Stats stats_;
    std::jthread thread_;
};

} // namespace ws::store
