#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <mutex>
#include <vector>

namespace ws::store {
class DbWriter;
}
namespace ws::audit {
class AuditTrail;
}

namespace ws::alerts {

enum class Severity { Info = 0, Warning = 1, Error = 2, Critical = 3 };

struct Alert
{
    qint64 id = 0;
    QDateTime time; // UTC
    Severity severity = Severity::Info;
    QString source; // "cache", "audit", "md.szse", "risk.margin" ...
    QString text;
    QString ackUser;
    QDateTime ackTime;
    bool acknowledged() const { return !ackUser.isEmpty(); }
};

// The alert centre's model, fed by every module. post() is safe from any thread (Asio, workers):
// alerts wait in an inbox that the GUI thread drains at most 10 times a second, so a storm of
// alerts costs one model update per tick, not one per alert. Alerts persist in sys_alert through
// the writer; acknowledgements are recorded with user and time, and audited.
class AlertModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, SeverityColumn, Source, Text, AckUser, AckTime, ColumnCount };
    enum Roles { SeverityRole = Qt::UserRole + 1, AcknowledgedRole, SourceRole, IdRole, TimeRole };
    static constexpr int kMaxRows = 10000;

    AlertModel(store::DbWriter* writer, audit::AuditTrail* audit, QObject* parent = nullptr);

    // Reads the newest `limit` alerts from the cache (GUI read connection) at start-up.
    void loadRecent(const QString& connectionName, int limit = 1000);
    void post(Severity severity, const QString& source, const QString& text);
    void acknowledge(const QModelIndex& index, const QString& user);
    void acknowledgeAll(const QString& user);
    int unacknowledgedCount() const;
    // Applies what is waiting in the inbox now (the timer does this on its own).
    void drainInbox();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityName(Severity s);

Q_SIGNALS:
    // Once per drain with the highest severity that arrived: drives sound and flash.
    void alertsArrived(int count, ws::alerts::Severity highest);
    void unacknowledgedCountChanged(int count);

private:
    void acknowledgeRow(int row, const QString& user, const QDateTime& when);

    store::DbWriter* writer_;
    audit::AuditTrail* audit_;
    std::vector<Alert> rows_; // newest first
    mutable std::mutex inboxMutex_;
    std::vector<Alert> inbox_;
    qint64 nextId_ = 1;
    QTimer drainTimer_;
};

// Filters by minimum severity, source, text and acknowledgement state.
class AlertFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMinimumSeverity(Severity s);
    void setUnacknowledgedOnly(bool on);
    void setSource(const QString& source); // empty = all
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Severity minimum_ = Severity::Info;
    bool unackedOnly_ = false;
    QString source_;
    QString text_;
};

} // namespace ws::alerts
