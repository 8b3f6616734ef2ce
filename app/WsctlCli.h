#pragma once

// What every wsctl command shares: exit codes, output streams, the parsed global options.

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace ws::cli {

enum Exit { Ok = 0, Failure = 1, BadInput = 2 };

QTextStream& out();
// Prints "wsctl: message" on stderr and returns `code`.
int fail(int code, const QString& message);
void printJson(const QJsonValue& v);

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

// Market-data commands (wsctl_md.cpp).
int mdDecode(const Context& ctx);
int mdBook(const Context& ctx);
int mdRecord(const Context& ctx);
int mdReplay(const Context& ctx); // wsctl_mdreplay.cpp
int mdBench(const Context& ctx);

// Fund metrics (wsctl_funds.cpp).
int fundsMetrics(const Context& ctx);

} // namespace ws::cli
