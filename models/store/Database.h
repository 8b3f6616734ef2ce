#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ws::store {

// Why a cache file could not be opened. The message always names the file; nothing is deleted.
struct OpenError
{
    enum class Kind { Unreadable, Corrupt, NewerSchema, MigrationFailed };
    Kind kind;
    QString file;
    QString detail;
    QString message() const;
    // A corrupt or unreadable file may be moved aside and replaced by a fresh cache.
    bool canMoveAside() const { return kind == Kind::Corrupt || kind == Kind::Unreadable; }
};

struct OpenResult
{
    QSqlDatabase db;
    std::optional<OpenError> error;
    bool ok() const { return !error.has_value(); }
};

// The local SQLite cache: one file, WAL, foreign keys on, schema versioned by PRAGMA user_version
// and migrated forward in order at start-up. Connections are per thread (a Qt SQL rule).
class Database
{
public:
    enum class Check { QuickCheck, None };

    // <data dir>/workstation.sqlite; the data dir is $WS_DATA_DIR, else the user's AppDataLocation.
    static QString defaultDataDir();
    static QString defaultPath();

    // Opens (creating if absent) `path` as connection `connection` of the calling thread, applies the
    // pragmas, checks integrity and migrates to the latest version. `migrate` false is for the
    // writer thread and readers, which open a cache already migrated by the application.
    static OpenResult open(const QString& path, const QString& connection, bool migrate = true,
                           Check check = Check::QuickCheck);
    static void close(const QString& connection);

    static int latestVersion();
    static int schemaVersion(const QSqlDatabase& db);
    // Applies migrations (current, target] each in its own transaction. Throws SqlError.
    static void migrateTo(const QSqlDatabase& db, int target);

    // Renames the file and its -wal/-shm companions to "<path>.corrupt-<UTC time>"; returns the new
    // name of the main file, or an empty string with `error` set.
    static QString moveAside(const QString& path, QString* error = nullptr);

    // A connection name unique to this process, for callers that open short-lived connections.
    static QString uniqueConnectionName(const QString& prefix);
};

} // namespace ws::store
