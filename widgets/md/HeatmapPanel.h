#pragma once

#include "md/MdPanel.h"

#include <deque>
#include <vector>

class QComboBox;
class QCPColorMap;
class QCPColorScale;
class QCPGraph;
class QCustomPlot;
class QLabel;

namespace ws::widgets {

// The focused security's resting size by price and time: one column per two seconds of trading
// time from each snapshot's full-depth ladder, the last N minutes shown as a colour map
// (logarithmic size) with the last price over it. Sampled while hidden so the history is there
// when the panel is opened; drawn only while it can be seen, at most a few times a second (a
// column is two seconds of trading anyway).
class HeatmapPanel : public MdPanel
{
    Q_OBJECT
public:
    static constexpr double kSampleSeconds = 2;
    static constexpr double kKeepSeconds = 3600;
    static constexpr std::size_t kLevelsKept = 40; // per side and column
    static constexpr int kRenderIntervalMs = 250;

    explicit HeatmapPanel(core::AppCore& core, QWidget* parent = nullptr);

    int columnCount() const { return static_cast<int>(columns_.size()); }
    QCPColorMap* colorMap() const { return map_; }
    QCustomPlot* plot() const { return plot_; }
    void setWindowMinutes(int minutes);

protected:
    void retranslate() override;
    void onSnapshot(const md::MarketSnapshot& snapshot) override;
    bool updatesWhileHidden() const override { return true; }
    void onCodeChanged() override;
    void onShownAgain() override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Column
    {
        double t = 0; // trading seconds
        std::int64_t last = 0;
        std::vector<md::LadderLevel> bids, asks; // best first
    };
    void render();
    void applyTheme();

    QCustomPlot* plot_;
    QCPColorMap* map_;
    QCPColorScale* scale_;
    QCPGraph* lastLine_;
    QComboBox* windowBox_;
    QLabel* title_;
    LiveLabel* status_;
    Throttle* renderThrottle_;
    std::deque<Column> columns_;
    md::SecurityKey security_ = 0;
    int windowMinutes_ = 15;
};

} // namespace ws::widgets
