#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ws::store {
class DbWriter;
}

namespace ws::audit {

// Log classes and minimum retention from the audit rules the source cites (src-000 §2.2, Table 2):
// operation 1 year, audit 6 months (reviewed quarterly), monitoring 1 year, system 15 years.
enum class LogClass { Operation, Audit, Monitoring, System };
inline constexpr LogClass kAllLogClasses[] = {LogClass::Operation, LogClass::Audit, LogClass::Monitoring,
                                              LogClass::System};
QString toString(LogClass c);
std::optional<LogClass> logClassFromString(const QString& s);

struct Retention
{
    int operationDays = 365;
    int auditDays = 183;
    int monitoringDays = 365;
    int systemDays = 15 * 365 + 4; // 15 years including leap days
    int days(LogClass c) const;
    void setDays(LogClass c, int d);
    // Stored in sys_setting; missing keys keep the defaults above.
    static Retention load(const QSqlDatabase& db);
    void save(const QSqlDatabase& db) const;
};

// One row of sys_audit. The fields the audit rules require: who, when, what action on which
// object, with which result; `detail` carries anything else.
struct Entry
{
    qint64 id = 0;
    QString tsUtc; // ISO 8601, UTC, milliseconds: sorts as text
    QString user;
    QString host;
    QString action;
    QString object;
    QString result;
    QString detail;
    LogClass logClass = LogClass::Operation;
    QString prevHash;
    QString hash;
};

inline const QString kGenesisHash = QString(64, QLatin1Char('0'));

// SHA-256 (hex) over the previous row's hash and every field of the row, id included.
QString computeHash(const Entry& e);
QString formatTimestamp(const QDateTime& utc);
QString currentUser();

// Appends inside the caller's transaction (a DbWriter job): fills id, time if empty, user and host
// if empty, prevHash and hash. Throws store::SqlError.
Entry append(const QSqlDatabase& db, Entry e);

struct VerifyResult
{
    bool ok = true;
    qint64 rows = 0;
    qint64 firstBadId = 0; // the first row that does not match, when !ok
    QString reason;
    QString headHash; // hash of the newest row: record it elsewhere to anchor the chain
};
// Walks the chain in id order; rows removed by a purge are accepted only where the newest purge
// checkpoint vouches for the exact gap and the hashes on both sides of it.
VerifyResult verify(const QSqlDatabase& db);

struct PurgeResult
{
    qint64 removed = 0;
    int gaps = 0;
    qint64 checkpointId = 0;
};
// Deletes rows past their class's retention (relative to `nowUtc`) and appends the checkpoint row
// (action "audit.purge", class system) that records every gap in the chain. Inside a transaction.
PurgeResult purge(const QSqlDatabase& db, const QDateTime& nowUtc, const Retention& retention,
                  const QString& user = {});

// The application's handle: records through the writer thread and never blocks the caller.
class AuditTrail
{
public:
    explicit AuditTrail(store::DbWriter& writer) : writer_(writer) {}
    quint64 record(const QString& action, const QString& object, const QString& result = QStringLiteral("ok"),
                   const QString& detail = {}, LogClass logClass = LogClass::Operation);
    store::DbWriter& writer() { return writer_; }

private:
    store::DbWriter& writer_;
};

} // namespace ws::audit

Q_DECLARE_METATYPE(ws::audit::VerifyResult)
