#pragma once

#include "md/MdPanel.h"

class QCPBars;
class QCustomPlot;
class QLabel;
class QTableView;

namespace ws::widgets {

class RowsModel;

// 大单统计: the focused security's traded amounts by order size class (super-large, large,
// medium, small), buy and sell and net, the orders placed per class, the main-force net inflow
// (super-large + large), the class thresholds, and a bar chart of the same (redrawn at most
// kRedrawIntervalMs apart).
class LargeOrderPanel : public MdPanel
{
    Q_OBJECT
public:
    static constexpr int kRedrawIntervalMs = 250;
    explicit LargeOrderPanel(core::AppCore& core, QWidget* parent = nullptr);

    RowsModel* model() const { return model_; }
    LiveLabel* mainForce() const { return mainForce_; }
    QCustomPlot* chart() const { return chart_; }

protected:
    void retranslate() override;
    void onSnapshot(const md::MarketSnapshot& snapshot) override;
    void onCodeChanged() override;
    void changeEvent(QEvent* event) override;

private:
    void showStats(const md::LargeOrderStats* stats);
    void applyTheme();

    RowsModel* model_;
    QTableView* view_;
    QCustomPlot* chart_;
    QCPBars* buyBars_;
    QCPBars* sellBars_;
    QCPBars* netBars_;
    QLabel* title_;
    LiveLabel* mainForce_;
    QLabel* thresholds_;
    Throttle* replot_;
    md::LargeOrderStats last_;
    bool hasStats_ = false;
};

} // namespace ws::widgets
