#pragma once

#include <QAbstractTableModel>
#include <QVariantList>
#include <QVector>

namespace ws::store {

// A read-only table over one SQL query that pages: the count comes first, then rows arrive
// kPageSize at a time through fetchMore as the view scrolls. Filtering and ordering are SQL, so a
// large table never loads whole. Subclasses give the query parts and format the cells.
class PagedQueryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    explicit PagedQueryModel(QObject* parent = nullptr);

    // The read connection of the thread that owns the model (the GUI thread); reloads.
    void setDatabase(const QString& connectionName);
    // Re-runs the count and the first page, e.g. after a filter change or a writer commit.
    void reload();
    int totalCount() const { return total_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void totalCountChanged(int total);
    void queryFailed(const QString& message);

protected:
    // "SELECT <columns> FROM <tables>" and "FROM <tables>" (for the count), without WHERE/ORDER.
    virtual QString selectSql() const = 0;
    virtual QString fromSql() const = 0;
    // " WHERE ..." (or empty) with its positional values, and " ORDER BY ..." (stable: unique keys last).
    virtual QString whereSql(QVariantList* values) const = 0;
    virtual QString orderSql() const = 0;
    // The selected values of a fetched row, in SELECT order.
    const QVector<QVariant>& rawRow(int row) const { return rows_[row]; }
    int fetchedCount() const { return static_cast<int>(rows_.size()); }

private:
    QVector<QVector<QVariant>> readPage();

    QString connection_;
    int total_ = 0;
    bool changing_ = false; // inside a reset or an insertion: views asking for more get nothing yet
    QVector<QVector<QVariant>> rows_;
};

} // namespace ws::store
