#pragma once

#include "md/MdPanel.h"

#include <vector>

class QButtonGroup;
class QCPAxisRect;
class QCPBars;
class QCPFinancial;
class QCPGraph;
class QCPItemStraightLine;
class QCustomPlot;
class QLabel;
class QToolButton;

namespace ws::widgets {

// 分时 and K-line of the focused security from the day's one-minute bars. Intraday: the price
// and the average price per trading minute on 09:30-11:30 / 13:00-15:00 with the lunch break
// removed, the previous close as the reference line (and the change in % on the right), volume
// bars below. K-line: candlesticks of 1, 5, 15 or 60 minutes, or the day so far; the wheel
// zooms, dragging pans, a crosshair follows the mouse with a readout of the bar under it.
// Market data redraws it at most kRedrawIntervalMs apart (the bars are minutes); the user's
// actions at once.
class ChartPanel : public MdPanel
{
    Q_OBJECT
public:
    enum class Mode { Intraday, K1, K5, K15, K60, Day };
    static constexpr int kRedrawIntervalMs = 200;
    explicit ChartPanel(core::AppCore& core, QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return mode_; }
    // Bars drawn: minutes with data (intraday) or candles (K-line).
    int barCount() const { return static_cast<int>(shown_.size()); }
    QCustomPlot* plot() const { return plot_; }
    // What the crosshair readout would say at a key (tests).
    QString readoutAt(double key) const;
    // Minutes of a candle in a mode (0 = the whole day).
    static int minutesOf(Mode mode);

protected:
    void retranslate() override;
    void onSnapshot(const md::MarketSnapshot& snapshot) override;
    void onCodeChanged() override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // A bar on the chart: a trading minute (intraday) or a candle; key = x position.
    struct Shown
    {
        double key = 0;
        int firstMinute = 0, lastMinute = 0; // trading minutes covered
        std::int64_t open = 0, high = 0, low = 0, close = 0, volume = 0, turnover = 0;
        double average = 0; // running average price, intraday
    };
    void rebuild();
    void buildIntraday();
    void buildCandles();
    void fitPriceRange();
    void moveCrosshair(const QPoint& pos);
    void hideCrosshair();
    void showReadout(const Shown* s);
    void applyTheme();

    QCustomPlot* plot_;
    QCPAxisRect* priceRect_;
    QCPAxisRect* volumeRect_;
    QCPGraph* priceLine_;
    QCPGraph* averageLine_;
    QCPFinancial* candles_;
    QCPBars* volumeUp_;
    QCPBars* volumeDown_;
    QCPItemStraightLine* prevCloseLine_;
    QCPItemStraightLine* crossV_;
    QCPItemStraightLine* crossVolumeV_;
    QCPItemStraightLine* crossH_;
    QButtonGroup* modes_;
    QLabel* title_;
    LiveLabel* readout_;
    QLabel* note_;
    QToolButton* resetZoom_;
    Throttle* rebuildThrottle_;

    Mode mode_ = Mode::Intraday;
    std::vector<md::Bar> bars_;
    std::int64_t prevClose_ = 0;
    std::vector<Shown> shown_;
    bool userRange_ = false;
    bool fitting_ = false;
};

} // namespace ws::widgets
