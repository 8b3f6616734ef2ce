#pragma once

// What every wsctl command shares: exit codes, output streams, the parsed global options.

#include "store/Database.h"
#include "store/DbWriter.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace ws::cli {

enum Exit { Ok = 0, Failure = 1, BadInput = 2 };

QTextStream& out();
// Prints "wsctl: message" on stderr and returns `code`.
int fail(int code, const QString& message);
void printJson(const QJsonValue& v);
// A number, or null for an undefined value (never NaN).
QJsonValue jsonNumber(const std::optional<double>& v);

struct Context
{
    QString dbPath;
    bool json = false;
    QStringList args; // the command's own arguments (after the command words)
};

// Parses a command's options; on error prints to stderr and yields BadInput; --help prints the
// command's help and yields Ok. Returns false when the command should stop with *code.
bool parseOptions(QCommandLineParser& p, const Context& ctx, const QString& command,
                  const QString& description, int* code);

// Opens the cache for a command; reports an unopenable file with its name and leaves it alone.
class Session
{
public:
    explicit Session(const QString& path);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    bool ok() const { return !error_; }
    QString error() const { return error_ ? error_->message() : QString(); }
    const QSqlDatabase& db() const { return db_; }
    // Writes go through the same writer thread as in the GUI.
    store::DbWriter& writer(const QString& path);

private:
    QString connection_;
    QSqlDatabase db_;
    std::optional<store::OpenError> error_;
    std::unique_ptr<store::DbWriter> writer_;
};

// Runs a writer job and waits for it; the job's error, if any, comes back as text.
bool runJob(store::DbWriter& writer, store::DbWriter::Job job, QString* error);

// Market-data commands (wsctl_md.cpp).
int mdDecode(const Context& ctx);
int mdBook(const Context& ctx);
int mdRecord(const Context& ctx);
int mdReplay(const Context& ctx); // wsctl_mdreplay.cpp
int mdBench(const Context& ctx);

// Fund metrics (wsctl_funds.cpp).
int fundsMetrics(const Context& ctx);
int fundsImport(const Context& ctx);
int fundsGrid(const Context& ctx);
int fundsRank(const Context& ctx);
int fundsRatings(const Context& ctx);
int fundsBench(const Context& ctx);
int fundsScreen(const Context& ctx);
int fundsFof(const Context& ctx);
int fundsManager(const Context& ctx);

// Document comparison (wsctl_docs.cpp). These run under a QGuiApplication (offscreen): the PDF
// report is drawn with QtGui.
int docsDiff(const Context& ctx);
int docsBench(const Context& ctx);

} // namespace ws::cli
