#include "audit/AuditTrail.h"

#include "store/DbWriter.h"
#include "store/Sql.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <map>

#include <pwd.h>
#include <unistd.h>

namespace ws::audit {

using store::exec;
using store::scalar;

namespace {
const QString kPurgeAction = QStringLiteral("audit.purge");

struct Gap
{
    qint64 from = 0;
    qint64 to = 0;
    QString before; // hash of row from-1 (or genesis)
    QString after;  // hash of row `to`, i.e. prev_hash of row to+1
};
} // namespace

QString toString(LogClass c)
{
    switch (c) {
    case LogClass::Operation:
        return QStringLiteral("operation");
    case LogClass::Audit:
        return QStringLiteral("audit");
    case LogClass::Monitoring:
        return QStringLiteral("monitoring");
    case LogClass::System:
        return QStringLiteral("system");
    }
    return {};
}

std::optional<LogClass> logClassFromString(const QString& s)
{
    for (LogClass c : kAllLogClasses)
        if (toString(c) == s)
            return c;
    return std::nullopt;
}

int Retention::days(LogClass c) const
{
    switch (c) {
    case LogClass::Operation:
        return operationDays;
    case LogClass::Audit:
        return auditDays;
    case LogClass::Monitoring:
        return monitoringDays;
    case LogClass::System:
        return systemDays;
    }
    return systemDays;
}

void Retention::setDays(LogClass c, int d)
{
    switch (c) {
    case LogClass::Operation:
        operationDays = d;
        break;
    case LogClass::Audit:
        auditDays = d;
        break;
    case LogClass::Monitoring:
        monitoringDays = d;
        break;
    case LogClass::System:
        systemDays = d;
        break;
    }
}

Retention Retention::load(const QSqlDatabase& db)
{
    Retention r;
    for (LogClass c : kAllLogClasses) {
        bool ok = false;
        const int d = store::getSetting(db, QStringLiteral("audit.retention_days.") + toString(c)).toInt(&ok);
        if (ok && d > 0)
            r.setDays(c, d);
    }
    return r;
}

void Retention::save(const QSqlDatabase& db) const
{
    for (LogClass c : kAllLogClasses)
        store::putSetting(db, QStringLiteral("audit.retention_days.") + toString(c),
                          QString::number(days(c)));
}

QString formatTimestamp(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString currentUser()
{
    for (const char* var : {"WS_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("uid-%1").arg(geteuid());
}

QString computeHash(const Entry& e)
{
    const QChar sep(0x1f); // unit separator: cannot be confused with field content boundaries
    const QString canonical =
        QStringList{e.prevHash, QString::number(e.id), e.tsUtc, e.user, e.host, e.action, e.object, e.result,
                    e.detail,   toString(e.logClass)}
            .join(sep);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

// Fills the chain fields of `e` as the row after (lastId, lastHash) and inserts it.
Entry insertChained(const QSqlDatabase& db, Entry e, qint64 lastId, const QString& lastHash)
{
    if (e.tsUtc.isEmpty())
        e.tsUtc = formatTimestamp(QDateTime::currentDateTimeUtc());
    if (e.user.isEmpty())
        e.user = currentUser();
    if (e.host.isEmpty())
        e.host = QSysInfo::machineHostName();
    e.id = lastId + 1;
    e.prevHash = lastHash;
    e.hash = computeHash(e);
    exec(db,
         QStringLiteral(
             "INSERT INTO sys_audit(id, ts_utc, user, host, action, object, result, detail, "
             "log_class, prev_hash, hash) VALUES (?,?,COALESCE(?,''),COALESCE(?,''),?,COALESCE(?,''),"
             "COALESCE(?,''),COALESCE(?,''),?,?,?)"),
         {e.id, e.tsUtc, e.user, e.host, e.action, e.object, e.result, e.detail, toString(e.logClass),
          e.prevHash, e.hash});
    return e;
}

} // namespace

Entry append(const QSqlDatabase& db, Entry e)
{
    // AUTOINCREMENT keeps ids of purged rows from being reused; the chain's head is the newest row,
    // which always exists because every purge ends by appending its checkpoint.
    const QVariant seq =
        scalar(db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'sys_audit'"));
    const qint64 lastId = seq.isValid() ? seq.toLongLong() : 0;
    const QVariant last = scalar(db, QStringLiteral("SELECT hash FROM sys_audit WHERE id = ?"), {lastId});
    return insertChained(db, std::move(e), lastId, last.isValid() ? last.toString() : kGenesisHash);
}

namespace {

std::map<qint64, Gap> gapsOfLatestCheckpoint(const QSqlDatabase& db)
{
    std::map<qint64, Gap> gaps; // keyed by `from`
    const QVariant detail =
        scalar(db, QStringLiteral("SELECT detail FROM sys_audit WHERE action = ? ORDER BY id DESC LIMIT 1"),
               {kPurgeAction});
    if (!detail.isValid())
        return gaps;
    const QJsonArray array =
        QJsonDocument::fromJson(detail.toString().toUtf8()).object().value(QStringLiteral("gaps")).toArray();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        Gap g{static_cast<qint64>(o.value(QStringLiteral("from")).toDouble()),
              static_cast<qint64>(o.value(QStringLiteral("to")).toDouble()),
              o.value(QStringLiteral("before")).toString(), o.value(QStringLiteral("after")).toString()};
        gaps[g.from] = g;
    }
    return gaps;
}

Entry readEntry(const QSqlQuery& q)
{
    Entry e;
    e.id = q.value(0).toLongLong();
    e.tsUtc = q.value(1).toString();
    e.user = q.value(2).toString();
    e.host = q.value(3).toString();
    e.action = q.value(4).toString();
    e.object = q.value(5).toString();
    e.result = q.value(6).toString();
    e.detail = q.value(7).toString();
    e.logClass = logClassFromString(q.value(8).toString()).value_or(LogClass::Operation);
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

const QString kSelectAll = QStringLiteral("SELECT id, ts_utc, user, host, action, object, result, detail, "
                                          "log_class, prev_hash, hash FROM sys_audit ORDER BY id");

} // namespace

VerifyResult verify(const QSqlDatabase& db)
{
    VerifyResult r;
    const std::map<qint64, Gap> gaps = gapsOfLatestCheckpoint(db);
    QSqlQuery q = exec(db, kSelectAll);
    qint64 prevId = 0;
    QString prevHash = kGenesisHash;
    auto bad = [&](qint64 id, const QString& why) {
        r.ok = false;
        r.firstBadId = id;
        r.reason = why;
        return r;
    };
    while (q.next()) {
        const Entry e = readEntry(q);
        if (!logClassFromString(q.value(8).toString()))
            return bad(e.id, QStringLiteral("unknown log class"));
        if (computeHash(e) != e.hash)
            return bad(e.id, QStringLiteral("row content does not match its hash"));
        if (e.id == prevId + 1) {
            if (e.prevHash != prevHash)
                return bad(e.id, QStringLiteral("does not link to row %1").arg(prevId));
        } else {
            const auto it = gaps.find(prevId + 1);
            if (it == gaps.end() || it->second.to != e.id - 1)
                return bad(e.id, QStringLiteral("rows %1..%2 are missing and no purge checkpoint covers them")
                                     .arg(prevId + 1)
                                     .arg(e.id - 1));
            if (it->second.before != prevHash || it->second.after != e.prevHash)
                return bad(e.id, QStringLiteral("the purge checkpoint's hashes for rows %1..%2 do not match")
                                     .arg(prevId + 1)
                                     .arg(e.id - 1));
        }
        prevId = e.id;
        prevHash = e.hash;
        ++r.rows;
    }
    r.headHash = prevHash;
    return r;
}

PurgeResult purge(const QSqlDatabase& db, const QDateTime& nowUtc, const Retention& retention,
                  const QString& user)
{
    std::map<LogClass, QString> cutoff;
    for (LogClass c : kAllLogClasses)
        cutoff[c] = formatTimestamp(nowUtc.addDays(-retention.days(c)));

    // One pass in id order decides which rows go and records every gap the chain will then have:
    // the gaps left by earlier purges (id jumps) merged with the rows removed now.
    QJsonArray gapsJson;
    std::vector<qint64> doomed;
    int gapCount = 0;
    qint64 prevRowId = 0;
    QString prevRowHash;
    QString lastKeptHash = kGenesisHash;
    qint64 gapStart = 0; // 0 = no open gap
    auto closeGap = [&](qint64 to, const QString& after) {
        gapsJson.append(QJsonObject{{QStringLiteral("from"), static_cast<double>(gapStart)},
                                    {QStringLiteral("to"), static_cast<double>(to)},
                                    {QStringLiteral("before"), lastKeptHash},
                                    {QStringLiteral("after"), after}});
        ++gapCount;
        gapStart = 0;
    };
    {
        QSqlQuery q = exec(
            db, QStringLiteral("SELECT id, ts_utc, log_class, prev_hash, hash FROM sys_audit ORDER BY id"));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const LogClass c = logClassFromString(q.value(2).toString()).value_or(LogClass::System);
            if (id != prevRowId + 1 && gapStart == 0)
                gapStart = prevRowId + 1; // rows removed by an earlier purge
            const bool expired = q.value(1).toString() < cutoff[c];
            if (expired) {
                doomed.push_back(id);
                if (gapStart == 0)
                    gapStart = id;
            } else {
                if (gapStart != 0)
                    closeGap(id - 1, q.value(3).toString());
                lastKeptHash = q.value(4).toString();
            }
            prevRowId = id;
            prevRowHash = q.value(4).toString();
        }
    }
    if (gapStart != 0)
        closeGap(prevRowId, prevRowHash); // the newest rows go too: the checkpoint links to the last one

    for (qint64 id : doomed)
        exec(db, QStringLiteral("DELETE FROM sys_audit WHERE id = ?"), {id});

    QJsonObject cut;
    for (const auto& [c, ts] : cutoff)
        cut.insert(toString(c), ts);
    Entry checkpoint;
    checkpoint.user = user;
    checkpoint.action = kPurgeAction;
    checkpoint.object = QStringLiteral("sys_audit");
    checkpoint.result = QStringLiteral("ok");
    checkpoint.logClass = LogClass::System;
    checkpoint.detail = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("as_of"), formatTimestamp(nowUtc)},
                                  {QStringLiteral("removed"), static_cast<double>(doomed.size())},
                                  {QStringLiteral("cutoff"), cut},
                                  {QStringLiteral("gaps"), gapsJson}})
            .toJson(QJsonDocument::Compact));
    // The newest row may just have been removed, so link to the hash read before the delete.
    checkpoint.tsUtc = formatTimestamp(QDateTime::currentDateTimeUtc()); // when it ran; `as_of` says for when
    const Entry written =
        insertChained(db, checkpoint, prevRowId, prevRowId == 0 ? kGenesisHash : prevRowHash);
    return PurgeResult{static_cast<qint64>(doomed.size()), gapCount, written.id};
}

quint64 AuditTrail::record(const QString& action, const QString& object, const QString& result,
                           const QString& detail, LogClass logClass)
{
    Entry e;
    e.tsUtc = formatTimestamp(QDateTime::currentDateTimeUtc());
    e.action = action;
    e.object = object;
    e.result = result;
    e.detail = detail;
    e.logClass = logClass;
    return writer_.submit([e](QSqlDatabase& db) { append(db, e); });
}

} // namespace ws::audit
