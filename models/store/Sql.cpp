#include "store/Sql.h"

#include <QDateTime>
#include <QSqlError>

namespace ws::store {

namespace {
[[noreturn]] void fail(const QSqlQuery& q, const QString& sql)
{
    throw SqlError(QStringLiteral("%1 [in: %2]").arg(q.lastError().text(), sql.simplified()));
}
} // namespace

QSqlQuery exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        fail(q, sql);
    return q;
}

QSqlQuery exec(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        fail(q, sql);
    for (const auto& v : values)
        q.addBindValue(v);
    if (!q.exec())
        fail(q, sql);
    return q;
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery q = exec(db, sql, values);
    return q.next() ? q.value(0) : QVariant();
}

QString escapeLike(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

void putSetting(const QSqlDatabase& db, const QString& key, const QString& value)
{
    exec(db,
         QStringLiteral(
             "INSERT INTO sys_setting(key, value, updated_utc) VALUES (?, ?, ?) "
             "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_utc = excluded.updated_utc"),
         {key, value, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

QVariant getSetting(const QSqlDatabase& db, const QString& key)
{
    return scalar(db, QStringLiteral("SELECT value FROM sys_setting WHERE key = ?"), {key});
}

} // namespace ws::store
