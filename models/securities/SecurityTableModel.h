#pragma once

#include "securities/SecurityQuery.h"
#include "store/PagedQueryModel.h"

namespace ws::securities {

// The securities master as a paged table: filtering and sorting run in SQLite (indexed), rows
// arrive a page at a time as the view scrolls.
class SecurityTableModel : public store::PagedQueryModel
{
    Q_OBJECT
public:
    enum Roles { CodeRole = Qt::UserRole + 1, ExchangeRole, IndustryCodeRole, DemoRole };

    explicit SecurityTableModel(QObject* parent = nullptr);

    void setFilter(const Filter& filter);
    Filter filter() const { return filter_; }
    int sortColumn() const { return sortColumn_; }
    Qt::SortOrder sortOrder() const { return sortOrder_; }
    bool chineseNames() const { return chineseNames_; }
    void setChineseNames(bool chinese);
    // The row of (code, exchange), fetching pages until found; -1 if it does not match the filter.
    int rowOf(const QString& code, const QString& exchange = {});

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    static QString columnTitle(int column);

protected:
    QString selectSql() const override;
    QString fromSql() const override;
    QString whereSql(QVariantList* values) const override;
    QString orderSql() const override;

private:
    Filter filter_;
    int sortColumn_ = Code;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    bool chineseNames_ = true;
};

} // namespace ws::securities
