#include "store/Database.h"

#include "store/Migrations.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

#include <atomic>

namespace ws::store {

QString OpenError::message() const
{
    switch (kind) {
    case Kind::Unreadable:
        return QCoreApplication::translate("ws::store", "The cache database %1 cannot be opened: %2")
            .arg(file, detail);
    case Kind::Corrupt:
        return QCoreApplication::translate("ws::store", "The cache database %1 is damaged: %2")
            .arg(file, detail);
    case Kind::NewerSchema:
        return QCoreApplication::translate("ws::store",
                                           "The cache database %1 was written by a newer version of the "
                                           "workstation (%2); it is left untouched.")
            .arg(file, detail);
    case Kind::MigrationFailed:
        return QCoreApplication::translate("ws::store", "The cache database %1 could not be upgraded: %2")
            .arg(file, detail);
    }
    return detail;
}

QString Database::defaultDataDir()
{
    const QString fromEnv = qEnvironmentVariable("WS_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Database::defaultPath()
{
    return QDir(defaultDataDir()).filePath(QStringLiteral("workstation.sqlite"));
}

QString Database::uniqueConnectionName(const QString& prefix)
{
    static std::atomic<unsigned> counter{0};
    return QStringLiteral("%1-%2").arg(prefix).arg(counter.fetch_add(1));
}

int Database::latestVersion()
{
    return migrations().back().version;
}

int Database::schemaVersion(const QSqlDatabase& db)
{
    return scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void Database::migrateTo(const QSqlDatabase& db, int target)
{
    const int current = schemaVersion(db);
    for (const Migration& m : migrations()) {
        if (m.version <= current || m.version > target)
            continue;
        exec(db, QStringLiteral("BEGIN IMMEDIATE"));
        try {
            for (const QString& statement : m.statements)
                exec(db, statement);
            exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version));
            exec(db, QStringLiteral("COMMIT"));
        } catch (const SqlError& e) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            throw SqlError(
                QStringLiteral("migration %1 (%2): %3").arg(m.version).arg(QLatin1String(m.title), e.text()));
        }
    }
}

namespace {

// SQLite's own 16-byte magic; checked before the driver opens the file so that a file that is not a
// database at all is reported as such instead of as a vague driver error later.
bool hasSqliteHeader(const QString& path, QString* detail)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *detail = f.errorString();
        return false;
    }
    const QByteArray head = f.read(16);
    if (head.size() == 0)
        return true; // an empty file is a new database
    if (head != QByteArray("SQLite format 3\0", 16)) {
        *detail = QCoreApplication::translate("ws::store", "not an SQLite database (bad header at offset 0)");
        return false;
    }
    return true;
}

} // namespace

OpenResult Database::open(const QString& path, const QString& connection, bool migrate, Check check)
{
    OpenResult result;
    auto failWith = [&](OpenError::Kind kind, const QString& detail) {
        result.error = OpenError{kind, path, detail};
        if (result.db.isOpen())
            result.db.close();
        return result;
    };

    const QFileInfo info(path);
    if (info.exists()) {
        QString detail;
        if (!info.isReadable())
            return failWith(OpenError::Kind::Unreadable,
                            QCoreApplication::translate("ws::store", "permission denied"));
        if (!hasSqliteHeader(path, &detail))
            return failWith(OpenError::Kind::Corrupt, detail);
    } else if (!QDir().mkpath(info.absolutePath())) {
        return failWith(
            OpenError::Kind::Unreadable,
            QCoreApplication::translate("ws::store", "cannot create folder %1").arg(info.absolutePath()));
    }

    result.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    result.db.setDatabaseName(path);
    if (!result.db.open())
        return failWith(OpenError::Kind::Unreadable, result.db.lastError().text());

    try {
        exec(result.db, QStringLiteral("PRAGMA busy_timeout = 10000"));
        exec(result.db, QStringLiteral("PRAGMA foreign_keys = ON"));
        const QString mode = scalar(result.db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return failWith(
                OpenError::Kind::Unreadable,
                QCoreApplication::translate("ws::store", "WAL journal mode refused (%1)").arg(mode));
        exec(result.db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        if (check == Check::QuickCheck) {
            const QString verdict = scalar(result.db, QStringLiteral("PRAGMA quick_check(1)")).toString();
            if (verdict != QLatin1String("ok"))
                return failWith(OpenError::Kind::Corrupt, verdict);
        }
        const int version = schemaVersion(result.db);
        if (version > latestVersion())
            return failWith(OpenError::Kind::NewerSchema,
                            QCoreApplication::translate("ws::store", "schema %1, this build knows up to %2")
                                .arg(version)
                                .arg(latestVersion()));
        if (migrate && version < latestVersion()) {
            try {
                migrateTo(result.db, latestVersion());
            } catch (const SqlError& e) {
                return failWith(OpenError::Kind::MigrationFailed, e.text());
            }
        }
    } catch (const SqlError& e) {
        // "file is not a database" and "database disk image is malformed" surface here.
        return failWith(OpenError::Kind::Corrupt, e.text());
    }
    return result;
}

void Database::close(const QString& connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QString Database::moveAside(const QString& path, QString* error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = QStringLiteral("%1.corrupt-%2").arg(path, stamp);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFile::exists(path + suffix))
            continue;
        if (!QFile::rename(path + suffix, target + suffix)) {
            if (error)
                *error = QCoreApplication::translate("ws::store", "cannot rename %1 to %2")
                             .arg(path + suffix, target + suffix);
            return {};
        }
    }
    return target;
}

} // namespace ws::store
