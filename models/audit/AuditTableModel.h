#pragma once

#include "store/PagedQueryModel.h"

#include <QIODevice>
#include <QSqlDatabase>

namespace ws::audit {

// sys_audit for the compliance reviewer: newest first, paged, filtered by free text (user, action,
// object, detail), log class and time range.
struct AuditFilter
{
    QString text;
    QString logClass; // operation, audit, monitoring, system; empty = all
    QString fromUtc;  // ISO 8601, inclusive; empty = open
    QString toUtc;    // ISO 8601, exclusive; empty = open
    QString whereClause(QVariantList* values) const;
};

// Every matching row, newest first, as CSV (see store::writeCsv). -1 with `error` on failure.
qint64 exportAuditCsv(const QSqlDatabase& db, const AuditFilter& filter, const QStringList& headers,
                      QIODevice& out, QString* error);

class AuditTableModel : public store::PagedQueryModel
{
    Q_OBJECT
public:
    enum Column { Id, Time, User, Host, Action, Object, Result, Class, Detail, ColumnCount };
    using Filter = AuditFilter;

    explicit AuditTableModel(QObject* parent = nullptr);
    void setFilter(const Filter& filter);
    Filter filter() const { return filter_; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString columnTitle(int column);
    static QString classTitle(const QString& logClass);

protected:
    QString selectSql() const override;
    QString fromSql() const override;
    QString whereSql(QVariantList* values) const override;
    QString orderSql() const override;

private:
    Filter filter_;
};

} // namespace ws::audit
