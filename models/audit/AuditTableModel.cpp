#include "audit/AuditTableModel.h"

#include "store/Csv.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace ws::audit {

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, ts_utc, user, host, action, object, result, log_class, detail FROM sys_audit");
} // namespace

AuditTableModel::AuditTableModel(QObject* parent) : PagedQueryModel(parent) {}

QString AuditTableModel::selectSql() const
{
    return kSelect;
}

QString AuditTableModel::fromSql() const
{
    return QStringLiteral("FROM sys_audit");
}
QString AuditTableModel::orderSql() const
{
    return QStringLiteral(" ORDER BY id DESC");
}

QString AuditTableModel::whereSql(QVariantList* values) const
{
    return filter_.whereClause(values);
}

qint64 exportAuditCsv(const QSqlDatabase& db, const AuditFilter& filter, const QStringList& headers,
                      QIODevice& out, QString* error)
{
    QVariantList values;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(kSelect + filter.whereClause(&values) + QStringLiteral(" ORDER BY id DESC"))) {
        *error = q.lastError().text();
        return -1;
    }
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    return store::writeCsv(q, AuditTableModel::ColumnCount, headers, out, error);
}

QString AuditFilter::whereClause(QVariantList* values) const
{
    QStringList terms;
    if (!text.trimmed().isEmpty()) {
        const QString like = QLatin1Char('%') + store::escapeLike(text.trimmed()) + QLatin1Char('%');
        terms << QStringLiteral(
            "(user LIKE ? ESCAPE '\\' OR action LIKE ? ESCAPE '\\' OR object LIKE ? ESCAPE '\\' "
            "OR detail LIKE ? ESCAPE '\\' OR result LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 5; ++i)
            *values << like;
    }
    if (!logClass.isEmpty()) {
        terms << QStringLiteral("log_class = ?");
        *values << logClass;
    }
    if (!fromUtc.isEmpty()) {
        terms << QStringLiteral("ts_utc >= ?");
        *values << fromUtc;
    }
    if (!toUtc.isEmpty()) {
        terms << QStringLiteral("ts_utc < ?");
        *values << toUtc;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void AuditTableModel::setFilter(const Filter& filter)
{
    filter_ = filter;
    reload();
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::classTitle(const QString& logClass)
{
    if (logClass == QLatin1String("operation"))
        return tr("Operation");
    if (logClass == QLatin1String("audit"))
        return tr("Audit");
    if (logClass == QLatin1String("monitoring"))
        return tr("Monitoring");
    if (logClass == QLatin1String("system"))
        return tr("System");
    return logClass;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& r = rawRow(index.row());
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return r[Detail];
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QDateTime::fromString(r[Time].toString(), Qt::ISODateWithMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Class:
        return classTitle(r[Class].toString());
    default:
        return r[index.column()];
    }
}

QString AuditTableModel::columnTitle(int column)
{
    switch (column) {
    case Id:
        return tr("#");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Host:
        return tr("Host");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Result:
        return tr("Result");
    case Class:
        return tr("Class");
    case Detail:
        return tr("Detail");
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace ws::audit
