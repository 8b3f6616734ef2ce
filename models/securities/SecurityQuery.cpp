#include "securities/SecurityQuery.h"

#include "store/Csv.h"
#include "store/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ws::securities {

QString Filter::whereClause(QVariantList* values) const
{
    QStringList terms;
    const QString t = text.trimmed();
    if (!t.isEmpty()) {
        terms << QStringLiteral(
            "(s.code LIKE ? ESCAPE '\\' OR s.pinyin LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\')");
        const QString escaped = store::escapeLike(t);
        *values << escaped + QLatin1Char('%') << escaped.toUpper() + QLatin1Char('%')
                << QLatin1Char('%') + escaped + QLatin1Char('%');
    }
    if (!industry.isEmpty()) {
        terms << QStringLiteral("s.industry = ?");
        *values << industry;
    }
    if (!exchange.isEmpty()) {
        terms << QStringLiteral("s.exchange = ?");
        *values << exchange;
    }
    if (!board.isEmpty()) {
        terms << QStringLiteral("s.board = ?");
        *values << board;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

QString orderByClause(int column, Qt::SortOrder order)
{
    static const char* const columns[ColumnCount] = {"s.code",      "s.name",         "s.pinyin",
                                                     "s.exchange",  "s.board",        "industry_name",
                                                     "s.list_date", "s.total_shares", "s.float_shares"};
    const char* col = (column >= 0 && column < ColumnCount) ? columns[column] : "s.code";
    const QLatin1String dir(order == Qt::AscendingOrder ? "ASC" : "DESC");
    return QStringLiteral(" ORDER BY %1 %2, s.code %2, s.exchange").arg(QLatin1String(col), dir);
}

QString selectColumns(bool chineseNames)
{
    return QStringLiteral(
               "SELECT s.code, s.name, s.pinyin, s.exchange, s.board, COALESCE(i.%1, '') AS industry_name, "
               "s.list_date, s.total_shares, s.float_shares, s.industry, s.is_demo "
               "FROM stk_security s LEFT JOIN stk_industry i ON i.code = s.industry")
        .arg(QLatin1String(chineseNames ? "name_zh" : "name_en"));
}

qint64 exportCsv(const QSqlDatabase& db, const Filter& filter, int sortColumn, Qt::SortOrder order,
                 const QStringList& headers, bool chineseNames, QIODevice& out, QString* error)
{
    QVariantList values;
    const QString sql =
        selectColumns(chineseNames) + filter.whereClause(&values) + orderByClause(sortColumn, order);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return -1;
    }
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    return store::writeCsv(q, ColumnCount, headers, out, error);
}

} // namespace ws::securities

namespace ws::securities {
QList<IndustryName> industries(const QSqlDatabase& db, bool chineseNames)
{
    QList<IndustryName> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT code, %1 FROM stk_industry ORDER BY code")
                    .arg(QLatin1String(chineseNames ? "name_zh" : "name_en"))))
        return out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}
} // namespace ws::securities
