#pragma once

#include <QIODevice>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace ws::securities {

// What the securities master shows: a free-text term (code prefix, pinyin initials prefix or part
// of the name) plus exact industry, exchange and board filters. Empty means "any".
struct Filter
{
    QString text;
    QString industry; // Shenwan code, e.g. 801780
    QString exchange; // SZSE or SSE
    QString board;    // main, sme, chinext, star

    // The WHERE clause (starting with " WHERE", or empty) and its positional values.
    QString whereClause(QVariantList* values) const;
};

enum Column {
    Code,
    Name,
    Pinyin,
    Exchange,
    Board,
    Industry,
    ListDate,
    TotalShares,
    FloatShares,
    ColumnCount
};

// ORDER BY for a column; ties broken by code so paging is stable.
QString orderByClause(int column, Qt::SortOrder order);

// SELECT list shared by the table model and the CSV export; the industry name is in Chinese or
// English as the UI language asks.
QString selectColumns(bool chineseNames);

// RFC 4180 CSV (UTF-8 with BOM so spreadsheet programs read the Chinese names) of every matching
// row. Returns the number of data rows written, or -1 with `error` set.
qint64 exportCsv(const QSqlDatabase& db, const Filter& filter, int sortColumn, Qt::SortOrder order,
                 const QStringList& headers, bool chineseNames, QIODevice& out, QString* error);

} // namespace ws::securities

namespace ws::securities {
struct IndustryName
{
    QString code;
    QString name;
};
// The Shenwan level-1 industries in code order, named in Chinese or English.
QList<IndustryName> industries(const QSqlDatabase& db, bool chineseNames);
} // namespace ws::securities
