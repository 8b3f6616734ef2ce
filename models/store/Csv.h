#pragma once

#include <QIODevice>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace ws::store {

// RFC 4180 field: quoted when it holds a comma, quote or line break.
QString csvField(const QString& value);

// Writes UTF-8 CSV with a BOM (so spreadsheet programs read Chinese), CRLF line ends: the header
// line, then the first `columns` values of every row of the executed query `q`. Returns the number
// of data rows, or -1 with `error` set.
qint64 writeCsv(QSqlQuery& q, int columns, const QStringList& headers, QIODevice& out, QString* error);

// What a background export did: rows written, or -1 and the reason.
struct ExportOutcome
{
    qint64 rows = -1;
    QString error;
    bool ok() const { return rows >= 0; }
};

// Writes the rows a query selects into `out`; returns the row count, or -1 with `error` set.
using ExportWriter = std::function<qint64(QSqlDatabase& db, QIODevice& out, QString* error)>;

// Runs `write` on the global thread pool with its own read connection to `dbPath` and the file
// `path` opened for writing, so the GUI thread touches neither disk nor database. `done` runs
// afterwards on the GUI thread, and only if `receiver` still exists.
void exportInBackground(const QString& dbPath, const QString& path, QObject* receiver, ExportWriter write,
                        std::function<void(const ExportOutcome&)> done);

} // namespace ws::store
