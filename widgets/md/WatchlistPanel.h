#pragma once

#include "md/MdPanel.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>

#include <array>

#include <unordered_map>
#include <vector>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ws::widgets {

// The quotes of every security the feed has seen, one row each. Updated from each snapshot by
// comparing with what it holds: the texts shown are formatted once per change and only the cells
// whose text changed are reported (a view repaints just those; a raw value that moved under an
// unchanged text is reported for SortRole only, for a sorting proxy), new securities are
// appended. A price that moves flashes its cell red (up) or green (down), fading out within half
// a second.
class WatchlistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Code,
        Name,
        Last,
        Change,
        ChangePct,
        Bid1,
        Ask1,
        Volume,
        Turnover,
        High,
        Low,
        Time,
        Status,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, CodeRole, ValidRole, FlashRole };
    static constexpr int kFlashMs = 500;

    explicit WatchlistModel(QObject* parent = nullptr);

    void update(const std::vector<md::Quote>& quotes);
    void setNames(const QHash<QString, QString>& names);
    int rowOf(const QString& code) const;
    void retranslate();
    // Rows whose price cell is flashing now (tests).
    int flashingRows() const;
    int invalidCount() const;
    // Changed-row notifications sent so far (tests: coalescing).
    quint64 rowsReported() const { return rowsReported_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        md::Quote quote;
        QString code;
        QString name;
        std::array<QString, ColumnCount> text; // as shown
        qint64 flashStart = -1;                // ms on clock_
        int flashDirection = 0;
    };
    void fade();
    QString display(const Row& r, int column) const;
    // The row's texts again; reports the cells that changed (all of them with `all`). Returns
    // whether any did.
    bool refreshTexts(int row, const md::Quote& previous, bool all);
    QVariant sortValue(const Row& r, int column) const;

    std::vector<Row> rows_;
    std::unordered_map<md::SecurityKey, int> index_;
    QHash<QString, QString> names_;
    QElapsedTimer clock_;
    QTimer* fadeTimer_;
    quint64 rowsReported_ = 0;
};

// Sorting on raw values and a filter on code prefix or part of the name.
class WatchlistFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit WatchlistFilter(QObject* parent = nullptr);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString text_;
};

class WatchlistPanel : public MdPanel
{
    Q_OBJECT
public:
    explicit WatchlistPanel(core::AppCore& core, QWidget* parent = nullptr);

    WatchlistModel* model() const { return model_; }
    WatchlistFilter* filter() const { return filter_; }
    QTableView* view() const { return view_; }

protected:
    void retranslate() override;
    void onSnapshot(const md::MarketSnapshot& snapshot) override;
    void onCodeChanged() override;

private:
    void publish(const QModelIndex& proxyIndex);
    void updateSummary();

    WatchlistModel* model_;
    WatchlistFilter* filter_;
    QTableView* view_;
    QLineEdit* filterEdit_;
    QLabel* summary_;
    QLabel* hint_;
    bool following_ = false;
};

} // namespace ws::widgets
