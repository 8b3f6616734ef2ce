#pragma once

#include <QIODevice>
#include <QSqlQuery>
#include <QStringList>

namespace ws::store {

// RFC 4180 field: quoted when it holds a comma, quote or line break.
QString csvField(const QString& value);

// Writes UTF-8 CSV with a BOM (so spreadsheet programs read Chinese), CRLF line ends: the header
// line, then the first `columns` values of every row of the executed query `q`. Returns the number
// of data rows, or -1 with `error` set.
qint64 writeCsv(QSqlQuery& q, int columns, const QStringList& headers, QIODevice& out, QString* error);

} // namespace ws::store
