#pragma once

// The driver's sqlite3 handle and a prepared statement over it, for bulk reads and writes of
// millions of rows (NAV histories) where QSqlQuery's per-value QVariant dominates the time. Only
// models/ uses it, inside a connection the caller owns (same thread, same transaction).

#include "store/Sql.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

#include <sqlite3.h>

#include <string_view>

namespace ws::store {

// nullptr when the connection is not the QSQLITE driver's.
inline sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

class NativeStatement
{
public:
    NativeStatement(sqlite3* db, const char* sql) : db_(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK)
            throw SqlError(QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(" in ") +
                           QString::fromUtf8(sql));
    }
    ~NativeStatement() { sqlite3_finalize(stmt_); }
    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;

    // Binding (1-based); text is copied.
    void bind(int i, std::string_view text)
    {
        sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
    void bind(int i, long long v) { sqlite3_bind_int64(stmt_, i, v); }
    void bindNull(int i) { sqlite3_bind_null(stmt_, i); }

    // A row is ready (true) or the statement is done (false); errors throw.
    bool step()
    {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw SqlError(QString::fromUtf8(sqlite3_errmsg(db_)));
        return false;
    }
    // For writes: runs the statement, then resets it for the next bindings.
    void run()
    {
        step();
        sqlite3_reset(stmt_);
    }

    std::string_view text(int column) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
        return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
                 : std::string_view();
    }
    double real(int column) const { return sqlite3_column_double(stmt_, column); }

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

} // namespace ws::store
