#include "md/HeatmapPanel.h"

#include "md/MdFormat.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace ws::widgets {

namespace {

constexpr std::int64_t kTick = 100; // 0.01 yuan in Price(4)
constexpr int kMaxRows = 240;
constexpr int kCells = 240; // columns of the map across the window

// The colour scale's axis: values are log10(1 + lots); ticks at 0, 1, 10, 100... lots.
class SizeTicker : public QCPAxisTicker
{
protected:
    QVector<double> createTickVector(double, const QCPRange& range) override
    {
        QVector<double> ticks{0};
        for (double lots = 1; std::log10(1 + lots) <= range.upper + 1e-9; lots *= 10)
            ticks << std::log10(1 + lots);
        return ticks;
    }
    QVector<double> createSubTickVector(int, const QVector<double>&) override { return {}; }
    QString getTickLabel(double tick, const QLocale&, QChar, int) override
    {
        return mdfmt::compact(std::round(std::pow(10.0, tick) - 1));
    }
};

} // namespace

HeatmapPanel::HeatmapPanel(core::AppCore& core, QWidget* parent)
    : MdPanel(core, parent), plot_(new QCustomPlot(this)), windowBox_(new QComboBox(this)),
      title_(new QLabel(this)), status_(new LiveLabel(this)),
      renderThrottle_(new Throttle(this, kRenderIntervalMs, [this] { render(); }))
{
    plot_->setObjectName(QStringLiteral("heatmap"));
    map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    map_->setInterpolate(false);
    map_->setTightBoundary(true);
    scale_ = new QCPColorScale(plot_);
    plot_->plotLayout()->addElement(0, 1, scale_);
    scale_->setType(QCPAxis::atRight);
    scale_->setBarWidth(10);
    scale_->axis()->setTicker(QSharedPointer<SizeTicker>::create());
    map_->setColorScale(scale_);
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(0x31, 0x36, 0x95));
    gradient.setColorStopAt(0.35, QColor(0x45, 0x95, 0xC8));
    gradient.setColorStopAt(0.6, QColor(0xFE, 0xE0, 0x8B));
    gradient.setColorStopAt(0.85, QColor(0xF4, 0x6D, 0x43));
    gradient.setColorStopAt(1.0, QColor(0xA5, 0x00, 0x26));
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    map_->setGradient(gradient);
    auto* margins = new QCPMarginGroup(plot_);
    plot_->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    lastLine_ = plot_->addGraph();
    lastLine_->setLineStyle(QCPGraph::lsStepLeft);
    plot_->xAxis->setTicker(QSharedPointer<mdfmt::TradingTimeTicker>::create(true));
    plot_->xAxis->ticker()->setTickCount(4);
    plot_->yAxis->setNumberFormat(QStringLiteral("f"));
    plot_->yAxis->setNumberPrecision(2);
    plot_->setMinimumHeight(160);
    plot_->setPlottingHint(QCP::phImmediateRefresh, false);

    for (int m : {5, 15, 30, 60})
        windowBox_->addItem(QString(), m);
    windowBox_->setCurrentIndex(1);
    connect(windowBox_, &QComboBox::currentIndexChanged, this,
            [this] { setWindowMinutes(windowBox_->currentData().toInt()); });
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(createLinkButton());
    top->addWidget(title_, 1);
    top->addWidget(windowBox_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(plot_, 1);
    layout->addWidget(status_);

    applyTheme();
    retranslate();
    refreshNow();
}

void HeatmapPanel::retranslate()
{
    for (int i = 0; i < windowBox_->count(); ++i)
        windowBox_->setItemText(i, tr("Last %n minute(s)", nullptr, windowBox_->itemData(i).toInt()));
    scale_->axis()->setLabel(tr("Resting size (lots)"));
    plot_->yAxis->setLabel(tr("Price"));
    setLabelText(title_, code().isEmpty() ? tr("Order-book heatmap") : securityTitle(code()));
    render();
}

void HeatmapPanel::setWindowMinutes(int minutes)
{
    windowMinutes_ = minutes;
    const int i = windowBox_->findData(minutes);
    if (i >= 0 && i != windowBox_->currentIndex())
        windowBox_->setCurrentIndex(i);
    render();
}

void HeatmapPanel::onCodeChanged()
{
    columns_.clear();
    security_ = 0;
    setLabelText(title_, securityTitle(code()));
    render();
}

void HeatmapPanel::onSnapshot(const md::MarketSnapshot& snapshot)
{
    const md::FocusView* f = focusOf(snapshot);
    if (!f)
        return;
    if (f->security != security_) {
        columns_.clear();
        security_ = f->security;
        if (code().isEmpty())
            setLabelText(title_, securityTitle(QString::fromStdString(md::securityCode(f->security))));
    }
    Column c;
    c.t = mdfmt::tradingSecond(f->quote.timeMs);
    c.last = f->quote.last;
    c.bids.assign(f->bids.begin(),
                  f->bids.begin() + static_cast<std::ptrdiff_t>(std::min(kLevelsKept, f->bids.size())));
    c.asks.assign(f->asks.begin(),
                  f->asks.begin() + static_cast<std::ptrdiff_t>(std::min(kLevelsKept, f->asks.size())));
    // One column per sample period: a later snapshot in the same period replaces the earlier.
    if (!columns_.empty() &&
        std::floor(columns_.back().t / kSampleSeconds) >= std::floor(c.t / kSampleSeconds))
        columns_.back() = std::move(c);
    else
        columns_.push_back(std::move(c));
    while (!columns_.empty() && columns_.front().t < columns_.back().t - kKeepSeconds)
        columns_.pop_front();
    if (isShown())
        renderThrottle_->request();
}

void HeatmapPanel::onShownAgain()
{
    renderThrottle_->now();
}

void HeatmapPanel::showEvent(QShowEvent* event)
{
    MdPanel::showEvent(event);
    renderThrottle_->now();
}

void HeatmapPanel::render()
{
    if (columns_.empty()) {
        map_->data()->clear();
        lastLine_->data()->clear();
        status_->setText(code().isEmpty() ? tr("Select a security to see its order book over time.")
                                          : tr("Waiting for the order book of %1…").arg(code()));
        plot_->xAxis->setRange(0, windowMinutes_ * 60.0);
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const double window = windowMinutes_ * 60.0;
    const double end = std::max(columns_.back().t + kSampleSeconds, window);
    const double start = end - window;
    // Prices shown: the ten best levels a side of every column in the window, and the last prices.
    std::int64_t lo = std::numeric_limits<std::int64_t>::max(), hi = 0;
    for (const Column& c : columns_) {
        if (c.t + kSampleSeconds < start)
            continue;
        auto extend = [&](const std::vector<md::LadderLevel>& side) {
            for (std::size_t i = 0; i < side.size() && i < 10; ++i) {
                lo = std::min(lo, side[i].price);
                hi = std::max(hi, side[i].price);
            }
        };
        extend(c.bids);
        extend(c.asks);
        if (c.last) {
            lo = std::min(lo, c.last);
            hi = std::max(hi, c.last);
        }
    }
    if (hi == 0 || lo > hi) {
        lo = hi = columns_.back().last;
    }
    lo -= 2 * kTick;
    hi += 2 * kTick;
    const std::int64_t ticksPerRow = std::max<std::int64_t>(1, ((hi - lo) / kTick + kMaxRows) / kMaxRows);
    const std::int64_t rowSize = ticksPerRow * kTick;
    const int rows = static_cast<int>((hi - lo) / rowSize) + 1;

    auto* cells =
        new QCPColorMapData(kCells, rows, QCPRange(start + window / kCells / 2, end - window / kCells / 2),
                            QCPRange(mdfmt::yuan(lo), mdfmt::yuan(lo + (rows - 1) * rowSize)));
    cells->fill(std::nan(""));
    double top = 0;
    std::size_t next = 0; // first column after the cell's time
    const Column* current = nullptr;
    for (int x = 0; x < kCells; ++x) {
        const double cellEnd = start + window * (x + 1) / kCells;
        while (next < columns_.size() && columns_[next].t < cellEnd)
            current = &columns_[next++];
        if (!current || current->t + kKeepSeconds < cellEnd)
            continue;
        if (next == columns_.size() && cellEnd > columns_.back().t + 2 * kSampleSeconds + window / kCells)
            break; // after the newest sample: nothing known yet
        std::vector<double> sums(static_cast<std::size_t>(rows), 0.0);
        auto add = [&](const std::vector<md::LadderLevel>& side) {
            for (const md::LadderLevel& l : side) {
                if (l.price < lo || l.price > hi)
                    continue;
                sums[static_cast<std::size_t>((l.price - lo) / rowSize)] += mdfmt::lots(l.qty);
            }
        };
        add(current->bids);
        add(current->asks);
        for (int y = 0; y < rows; ++y) {
            const double v = sums[static_cast<std::size_t>(y)];
            if (v > 0) {
                const double cell = std::log10(1 + v);
                cells->setCell(x, y, cell);
                top = std::max(top, cell);
            }
        }
    }
    map_->setData(cells);
    map_->setDataRange(QCPRange(0, std::max(1.0, top)));

    QVector<double> keys, values;
    for (const Column& c : columns_) {
        if (c.t + kSampleSeconds < start || !c.last)
            continue;
        keys << std::max(c.t, start);
        values << mdfmt::yuan(c.last);
    }
    if (!keys.isEmpty()) {
        keys << columns_.back().t + kSampleSeconds;
        values << values.back();
    }
    lastLine_->setData(keys, values, true);
    plot_->xAxis->setRange(start, end);
    plot_->yAxis->setRange(mdfmt::yuan(lo) - mdfmt::yuan(rowSize) / 2,
                           mdfmt::yuan(lo + (rows - 1) * rowSize) + mdfmt::yuan(rowSize) / 2);
    status_->setText(tr("%n sample(s), one per %1 s of trading time; last price %2", nullptr,
                        static_cast<int>(columns_.size()))
                         .arg(kSampleSeconds)
                         .arg(mdfmt::price(columns_.back().last)));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    MdPanel::changeEvent(event);
}

void HeatmapPanel::applyTheme()
{
    mdfmt::applyPlotTheme(plot_);
    const QColor text = QApplication::palette().color(QPalette::Text);
    scale_->axis()->setBasePen(QPen(text));
    scale_->axis()->setTickLabelColor(text);
    scale_->axis()->setLabelColor(text);
    scale_->axis()->setTickPen(QPen(text));
    scale_->axis()->setSubTickPen(QPen(text));
    lastLine_->setPen(QPen(text, 1.6));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ws::widgets
