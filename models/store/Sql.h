#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <stdexcept>

namespace ws::store {

// Every failed statement becomes an exception carrying the driver's text and the statement, so a
// writer job can fail as one unit and callers never miss an unchecked bool.
class SqlError : public std::runtime_error
{
public:
    explicit SqlError(const QString& message) : std::runtime_error(message.toStdString()) {}
    QString text() const { return QString::fromStdString(what()); }
};

// Runs one statement without parameters.
QSqlQuery exec(const QSqlDatabase& db, const QString& sql);
// Prepares, binds positional values in order and runs one statement.
QSqlQuery exec(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values);
// First column of the first row, or an invalid QVariant when the statement returns no row.
QVariant scalar(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});

// Escapes LIKE wildcards (% _ \) so user text matches literally; use with ESCAPE '\'.
QString escapeLike(const QString& text);

// sys_setting: the cache's own key/value settings (retention, demo seed...); UI preferences live
// in QSettings instead.
void putSetting(const QSqlDatabase& db, const QString& key, const QString& value);
QVariant getSetting(const QSqlDatabase& db, const QString& key);

} // namespace ws::store
