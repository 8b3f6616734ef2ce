#include "store/DbWriter.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlError>

#include <chrono>
#include <vector>

namespace ws::store {

DbWriter::DbWriter(const QString& path, int maxBatch, QObject* parent)
    : QObject(parent), path_(path), maxBatch_(maxBatch)
{
    thread_ = std::jthread([this](std::stop_token stop) { run(stop); });
}

DbWriter::~DbWriter()
{
    flush();
    thread_.request_stop();
    wake_.notify_all();
    thread_.join();
}

quint64 DbWriter::submit(Job job)
{
    quint64 ticket;
    {
        std::lock_guard lock(mutex_);
        ticket = nextTicket_++;
        queue_.emplace_back(ticket, std::move(job));
    }
    wake_.notify_one();
    return ticket;
}

bool DbWriter::waitFor(quint64 ticket, int timeoutMs)
{
    std::unique_lock lock(mutex_);
    auto isDone = [&] { return doneTicket_ >= ticket; };
    if (timeoutMs < 0) {
        done_.wait(lock, isDone);
        return true;
    }
    return done_.wait_for(lock, std::chrono::milliseconds(timeoutMs), isDone);
}

void DbWriter::flush()
{
    quint64 last;
    {
        std::lock_guard lock(mutex_);
        last = nextTicket_ - 1;
    }
    waitFor(last);
}

DbWriter::Stats DbWriter::stats() const
{
    std::lock_guard lock(mutex_);
    Stats s = stats_;
    s.queued = static_cast<qsizetype>(queue_.size());
    return s;
}

void DbWriter::run(std::stop_token stop)
{
    const QString connection = Database::uniqueConnectionName(QStringLiteral("ws-writer"));
    OpenResult opened = Database::open(path_, connection, false, Database::Check::None);
    if (!opened.ok())
        Q_EMIT writerUnavailable(opened.error->message());
    QSqlDatabase& db = opened.db;

    std::vector<std::pair<quint64, Job>> batch;
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, stop, [&] { return !queue_.empty(); });
            if (queue_.empty())
                break; // stop requested and nothing left
            const auto n = std::min<std::size_t>(queue_.size(), static_cast<std::size_t>(maxBatch_));
            batch.clear();
            for (std::size_t i = 0; i < n; ++i) {
                batch.push_back(std::move(queue_.front()));
                queue_.pop_front();
            }
        }

        int okJobs = 0;
        quint64 failedJobs = 0;
        bool committedBatch = false;
        if (opened.ok()) {
            try {
                exec(db, QStringLiteral("BEGIN IMMEDIATE"));
                for (auto& [ticket, job] : batch) {
                    exec(db, QStringLiteral("SAVEPOINT job"));
                    try {
                        job(db);
                        exec(db, QStringLiteral("RELEASE job"));
                        ++okJobs;
                    } catch (const std::exception& e) {
                        exec(db, QStringLiteral("ROLLBACK TO job"));
                        exec(db, QStringLiteral("RELEASE job"));
                        ++failedJobs;
                        Q_EMIT jobFailed(ticket, QString::fromStdString(e.what()));
                    }
                }
                exec(db, QStringLiteral("COMMIT"));
                committedBatch = true;
            } catch (const SqlError& e) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                for (auto& entry : batch)
                    Q_EMIT jobFailed(entry.first, e.text());
                failedJobs = batch.size();
                okJobs = 0;
            }
        } else {
            for (auto& entry : batch)
                Q_EMIT jobFailed(entry.first, opened.error->message());
            failedJobs = batch.size();
        }

        {
            std::lock_guard lock(mutex_);
            doneTicket_ = batch.back().first;
            stats_.jobs += static_cast<quint64>(okJobs);
            stats_.failed += failedJobs;
            if (committedBatch)
                ++stats_.batches;
        }
        done_.notify_all();
        if (committedBatch)
            Q_EMIT committed(batch.back().first, okJobs);
    }
    db = QSqlDatabase();
    Database::close(connection);
}

} // namespace ws::store
