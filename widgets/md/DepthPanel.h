#pragma once

#include "md/MdPanel.h"

#include <QAbstractTableModel>

#include <array>
#include <vector>

class QLabel;
class QTableView;

namespace ws::widgets {

// The ten-level ladder: rows 0-9 are 卖十 … 卖一 (asks, worst first), rows 10-19 买一 … 买十.
// Reports only the cells whose text, colour or size bar changed (a view repaints just those).
class DepthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Level, Price, Volume, Orders, ColumnCount };
    enum Role { BarRole = Qt::UserRole + 1, SideRole, RawPriceRole, RawQtyRole };
    static constexpr int kLevels = 10;

    using QAbstractTableModel::QAbstractTableModel;

    void update(const std::vector<md::LadderLevel>& bids, const std::vector<md::LadderLevel>& asks,
                std::int64_t prevClose);
    void clear();
    void retranslate();
    // The level shown in a row (price 0: none).
    md::LadderLevel levelAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::array<md::LadderLevel, kLevels> bids_{}, asks_{};
    std::int64_t prevClose_ = 0;
    std::int64_t maxQty_ = 0;
};

// The order quantities queued at one side's best price, in time priority (first 50), five to a
// row; reports only the cells that changed (all of them when the largest, the bars' scale, did).
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kColumns = 5;
    explicit QueueModel(md::Side side, QObject* parent = nullptr) : QAbstractTableModel(parent), side_(side)
    {}

    void update(const std::vector<std::int64_t>& queue);
    int size() const { return static_cast<int>(queue_.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    md::Side side_;
    std::vector<std::int64_t> queue_;
    std::int64_t maxQty_ = 0;
    int rows_ = 0;
};

// 盘口: the focused security's ten levels a side with order counts and size bars, the order queue
// at the best bid and ask, the call auction's indicative match, and a banner while the
// security's channel is invalid.
class DepthPanel : public MdPanel
{
    Q_OBJECT
public:
    explicit DepthPanel(core::AppCore& core, QWidget* parent = nullptr);

    DepthModel* model() const { return model_; }
    QueueModel* bidQueue() const { return bidQueue_; }
    QueueModel* askQueue() const { return askQueue_; }
    QLabel* banner() const { return banner_; }
    LiveLabel* auctionLabel() const { return auction_; }

protected:
    void retranslate() override;
    void onSnapshot(const md::MarketSnapshot& snapshot) override;
    void onCodeChanged() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showFocus(const md::FocusView* focus, const md::MarketSnapshot* snapshot);
    QTableView* makeQueueView(QueueModel* model);
    void fitLadder();
    enum Stat { Open, High, Low, PrevClose, Volume, Turnover, LimitUp, LimitDown, OrderRatio, StatCount };
    void setStat(Stat stat, const QString& text, double direction = 0);

    DepthModel* model_;
    QueueModel* bidQueue_;
    QueueModel* askQueue_;
    QTableView* view_;
    QTableView* bidQueueView_;
    QTableView* askQueueView_;
    QLabel* title_;
    LiveLabel* lastLabel_;
    QWidget* stats_;
    std::array<QLabel*, StatCount> statNames_{};
    std::array<LiveLabel*, StatCount> statValues_{};
    QLabel* banner_;
    LiveLabel* auction_;
    LiveLabel* bidQueueTitle_;
    LiveLabel* askQueueTitle_;
    QLabel* placeholder_;
};

} // namespace ws::widgets
