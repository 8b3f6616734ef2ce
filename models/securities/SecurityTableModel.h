#pragma once

#include "securities/SecurityQuery.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

namespace ws::securities {

// The securities master as a paged table: filtering and sorting run in SQLite (indexed), and rows
// arrive a page at a time through fetchMore as the view scrolls, so a large master never loads
// whole into memory.
class SecurityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    enum Roles { CodeRole = Qt::UserRole + 1, ExchangeRole, IndustryCodeRole, DemoRole };

    explicit SecurityTableModel(QObject* parent = nullptr);

    // The read connection of the thread that owns the model (the GUI thread).
    void setDatabase(const QString& connectionName);
    void setFilter(const Filter& filter);
    Filter filter() const { return filter_; }
    int sortColumn() const { return sortColumn_; }
    Qt::SortOrder sortOrder() const { return sortOrder_; }
    int totalCount() const { return total_; }
    bool chineseNames() const { return chineseNames_; }
    void setChineseNames(bool chinese);
    // Re-reads from the cache, e.g. after the writer committed new rows.
    void reload();
    // The row of (code, exchange) if already fetched, else fetches pages until found; -1 if absent.
    int rowOf(const QString& code, const QString& exchange = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString columnTitle(int column);

Q_SIGNALS:
    void totalCountChanged(int total);
    void queryFailed(const QString& message);

private:
    struct Row {
        QString code, name, pinyin, exchange, board, industryName, listDate, industryCode;
        qint64 totalShares = 0, floatShares = 0;
        bool demo = false;
    };
    QSqlDatabase db() const;
    QVector<Row> readPage(); // the next page after the rows held
    void appendPage();       // inside a reset only

    QString connection_;
    Filter filter_;
    int sortColumn_ = Code;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    bool chineseNames_ = true;
    int total_ = 0;
    bool changing_ = false; // inside a reset or an insertion: no nested fetches
    QVector<Row> rows_;
};

} // namespace ws::securities
