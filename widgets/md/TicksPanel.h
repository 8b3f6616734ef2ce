#pragma once

#include "md/MdPanel.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <deque>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTabBar;
class QTableView;
class QToolButton;

namespace ws::widgets {

// The focused security's tick-by-tick orders, trades and cancels, oldest first. Each snapshot
// carries the recent ticks and the running count of ticks so far (tickCount): the model appends
// only the ticks it has not seen, drops the oldest beyond kMaxRows, and is rebuilt only when the
// security changes. New ticks are kept aside until flush() hands them to the views in one go
// (the panel does so a few times a second while it can be seen: a tape scrolling 30 times a
// second cannot be read, and each time costs a re-layout and a repaint of the whole view).
class TickModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Kind, Side, Type, Price, Volume, Amount, Seq, Reference, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, SideRole, QtyRole, AmountRole, OrdTypeRole, SeqRole };
    static constexpr int kDefaultMaxRows = 50'000;

    explicit TickModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void update(const md::FocusView& focus);
    void clear();
    // Hands the ticks taken in since the last flush to the views.
    void flush();
    int pendingCount() const { return static_cast<int>(pending_.size()); }
    void setMaxRows(int rows) { maxRows_ = rows; }
    // Ticks that were never seen: more arrived between two snapshots than a snapshot carries.
    std::uint64_t missed() const { return missed_; }
    std::uint64_t seen() const { return seenCount_; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void append(std::deque<md::TickRow>& fresh);

    std::deque<md::TickRow> rows_;
    std::deque<md::TickRow> pending_; // taken in, not yet shown
    md::SecurityKey security_ = 0;
    std::uint64_t seenCount_ = 0;
    std::uint64_t missed_ = 0;
    int maxRows_ = kDefaultMaxRows;
};

// Which ticks to show: one kind (or all), one side, a minimum quantity (lots) or amount (yuan),
// and for orders the order type.
class TickFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    struct Criteria
    {
        char kind = 0;              // 'T', 'O', 'C', 0 = all
        int side = -1;              // md::Side, -1 = both
        std::int64_t minQty = 0;    // raw quantity
        std::int64_t minAmount = 0; // raw amount
        char ordType = 0;           // '1', '2', 'U', 0 = any (orders only)
    };
    explicit TickFilter(QObject* parent = nullptr) : QSortFilterProxyModel(parent) {}
    void setCriteria(const Criteria& c);
    const Criteria& criteria() const { return criteria_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Criteria criteria_;
};

class TicksPanel : public MdPanel
{
    Q_OBJECT
public:
    explicit TicksPanel(core::AppCore& core, QWidget* parent = nullptr);

    TickModel* model() const { return model_; }
    TickFilter* filter() const { return filter_; }
    QTableView* view() const { return view_; }
    QTabBar* tabs() const { return tabs_; }
    bool following() const { return follow_; }

protected:
    void retranslate() override;
    void onSnapshot(const md::MarketSnapshot& snapshot) override;
    bool updatesWhileHidden() const override { return true; }
    void onCodeChanged() override;
    void onShownAgain() override;
    static constexpr int kViewIntervalMs = 100;

private:
    void applyFilter();
    void sizeColumns();
    void setFollow(bool on);
    void updateSummary();
    void showPending();

    TickModel* model_;
    TickFilter* filter_;
    QTableView* view_;
    QTabBar* tabs_;
    QComboBox* sideBox_;
    QComboBox* typeBox_;
    QDoubleSpinBox* minLots_;
    QDoubleSpinBox* minAmount_;
    QToolButton* followButton_;
    QLabel* title_;
    LiveLabel* summary_;
    Throttle* showThrottle_;
    bool follow_ = true;
    bool scrolling_ = false;
};

} // namespace ws::widgets
