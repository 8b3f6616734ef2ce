#include "alerts/AlertModel.h"

#include "audit/AuditTrail.h"
#include "store/DbWriter.h"
#include "store/Sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace ws::alerts {

AlertModel::AlertModel(store::DbWriter* writer, audit::AuditTrail* audit, QObject* parent)
    : QAbstractTableModel(parent), writer_(writer), audit_(audit)
{
    drainTimer_.setInterval(100); // <= 10 Hz: the GUI pulls, alerts never push per message
    connect(&drainTimer_, &QTimer::timeout, this, &AlertModel::drainInbox);
    drainTimer_.start();
}

QString AlertModel::severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return tr("Info");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Error:
        return tr("Error");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

void AlertModel::loadRecent(const QString& connectionName, int limit)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isOpen())
        return;
    nextId_ = std::max(
        nextId_,
        store::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM sys_alert")).toLongLong());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, ts_utc, severity, source, text, ack_user, ack_utc FROM sys_alert "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return;
    beginResetModel();
    rows_.clear();
    while (q.next()) {
        Alert a;
        a.id = q.value(0).toLongLong();
        a.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        a.severity = static_cast<Severity>(std::clamp(q.value(2).toInt(), 0, 3));
        a.source = q.value(3).toString();
        a.text = q.value(4).toString();
        a.ackUser = q.value(5).toString();
        a.ackTime = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        rows_.push_back(a);
    }
    endResetModel();
    Q_EMIT unacknowledgedCountChanged(unacknowledgedCount());
}

void AlertModel::post(Severity severity, const QString& source, const QString& text)
{
    Alert a;
    a.time = QDateTime::currentDateTimeUtc();
    a.severity = severity;
    a.source = source;
    a.text = text;
    std::lock_guard lock(inboxMutex_);
    inbox_.push_back(std::move(a));
}

void AlertModel::drainInbox()
{
    std::vector<Alert> arrived;
    {
        std::lock_guard lock(inboxMutex_);
        arrived.swap(inbox_);
    }
    if (arrived.empty())
        return;
    Severity highest = Severity::Info;
    for (Alert& a : arrived) {
        a.id = nextId_++;
        highest = std::max(highest, a.severity);
    }
    if (writer_) {
        writer_->submit([arrived](QSqlDatabase& db) {
            for (const Alert& a : arrived)
                store::exec(
                    db,
                    QStringLiteral(
                        "INSERT INTO sys_alert(id, ts_utc, severity, source, text) VALUES (?,?,?,?,?)"),
                    {a.id, a.time.toString(Qt::ISODateWithMs), static_cast<int>(a.severity), a.source,
                     a.text});
        });
    }
    // Newest first: the batch goes on top in one insertion.
    std::reverse(arrived.begin(), arrived.end());
    beginInsertRows({}, 0, static_cast<int>(arrived.size()) - 1);
    rows_.insert(rows_.begin(), arrived.begin(), arrived.end());
    endInsertRows();
    if (rows_.size() > static_cast<std::size_t>(kMaxRows)) {
        beginRemoveRows({}, kMaxRows, static_cast<int>(rows_.size()) - 1);
        rows_.resize(kMaxRows);
        endRemoveRows();
    }
    Q_EMIT alertsArrived(static_cast<int>(arrived.size()), highest);
    Q_EMIT unacknowledgedCountChanged(unacknowledgedCount());
}

void AlertModel::acknowledgeRow(int row, const QString& user, const QDateTime& when)
{
    Alert& a = rows_[static_cast<std::size_t>(row)];
    if (a.acknowledged())
        return;
    a.ackUser = user;
    a.ackTime = when;
    if (writer_)
        writer_->submit([id = a.id, user, ts = when.toString(Qt::ISODateWithMs)](QSqlDatabase& db) {
            store::exec(db, QStringLiteral("UPDATE sys_alert SET ack_user = ?, ack_utc = ? WHERE id = ?"),
                        {user, ts, id});
        });
    if (audit_)
        audit_->record(QStringLiteral("alert.acknowledge"), QStringLiteral("sys_alert/%1").arg(a.id),
                       QStringLiteral("ok"),
                       QStringLiteral("%1 %2: %3").arg(severityName(a.severity), a.source, a.text),
                       audit::LogClass::Audit);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AlertModel::acknowledge(const QModelIndex& idx, const QString& user)
{
    if (!idx.isValid() || idx.row() >= rowCount())
        return;
    acknowledgeRow(idx.row(), user, QDateTime::currentDateTimeUtc());
    Q_EMIT unacknowledgedCountChanged(unacknowledgedCount());
}

void AlertModel::acknowledgeAll(const QString& user)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int r = 0; r < rowCount(); ++r)
        acknowledgeRow(r, user, now);
    Q_EMIT unacknowledgedCountChanged(unacknowledgedCount());
}

int AlertModel::unacknowledgedCount() const
{
    return static_cast<int>(
        std::count_if(rows_.begin(), rows_.end(), [](const Alert& a) { return !a.acknowledged(); }));
}

int AlertModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int AlertModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Alert& a = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case SeverityRole:
        return static_cast<int>(a.severity);
    case AcknowledgedRole:
        return a.acknowledged();
    case SourceRole:
        return a.source;
    case IdRole:
        return a.id;
    case TimeRole:
        return a.time;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return a.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case SeverityColumn:
            return severityName(a.severity);
        case Source:
            return a.source;
        case Text:
            return a.text;
        case AckUser:
            return a.ackUser;
        case AckTime:
            return a.ackTime.isValid()
                       ? a.ackTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case Source:
        return tr("Source");
    case Text:
        return tr("Message");
    case AckUser:
        return tr("Acknowledged by");
    case AckTime:
        return tr("Acknowledged at");
    }
    return {};
}

void AlertFilter::setMinimumSeverity(Severity s)
{
    minimum_ = s;
    invalidateFilter();
}

void AlertFilter::setUnacknowledgedOnly(bool on)
{
    unackedOnly_ = on;
    invalidateFilter();
}

void AlertFilter::setSource(const QString& source)
{
    source_ = source;
    invalidateFilter();
}

void AlertFilter::setText(const QString& text)
{
    text_ = text;
    invalidateFilter();
}

bool AlertFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, AlertModel::Text, sourceParent);
    if (idx.data(AlertModel::SeverityRole).toInt() < static_cast<int>(minimum_))
        return false;
    if (unackedOnly_ && idx.data(AlertModel::AcknowledgedRole).toBool())
        return false;
    if (!source_.isEmpty() && idx.data(AlertModel::SourceRole).toString() != source_)
        return false;
    return text_.isEmpty() || idx.data().toString().contains(text_, Qt::CaseInsensitive) ||
           idx.data(AlertModel::SourceRole).toString().contains(text_, Qt::CaseInsensitive);
}

} // namespace ws::alerts
