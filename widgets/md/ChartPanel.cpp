#include "md/ChartPanel.h"

#include "md/MdFormat.h"

#include <qcustomplot.h>

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace ws::widgets {

namespace {

// Labels of candles by their index; steps stay whole candles.
class CandleTicker : public QCPAxisTicker
{
public:
    std::vector<QString> labels;

protected:
    double getTickStep(const QCPRange& range) override
    {
        return std::max(1.0, std::ceil(QCPAxisTicker::getTickStep(range)));
    }
    QString getTickLabel(double tick, const QLocale&, QChar, int) override
    {
        const long i = std::lround(tick);
        if (std::abs(tick - static_cast<double>(i)) > 1e-6 || i < 0 ||
            static_cast<std::size_t>(i) >= labels.size())
            return {};
        return labels[static_cast<std::size_t>(i)];
    }
};

// Volume axis labels in lots, compact.
class LotsTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override { return mdfmt::compact(tick); }
};

// The right axis of the intraday chart: change in % against the previous close.
class PercentTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override
    {
        return QString::number(tick, 'f', 2) + QLatin1Char('%');
    }
};

QCPItemStraightLine* straightLine(QCustomPlot* plot, QCPAxisRect* rect)
{
    auto* l = new QCPItemStraightLine(plot);
    l->setClipAxisRect(rect);
    l->point1->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    l->point2->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    l->setSelectable(false);
    return l;
}

} // namespace

int ChartPanel::minutesOf(Mode mode)
{
    switch (mode) {
    case Mode::Intraday:
    case Mode::K1:
        return 1;
    case Mode::K5:
        return 5;
    case Mode::K15:
        return 15;
    case Mode::K60:
        return 60;
    case Mode::Day:
        return 0;
    }
    return 1;
}

ChartPanel::ChartPanel(core::AppCore& core, QWidget* parent)
    : MdPanel(core, parent), plot_(new QCustomPlot(this)), modes_(new QButtonGroup(this)),
      title_(new QLabel(this)), readout_(new LiveLabel(this)), note_(new QLabel(this)),
      resetZoom_(new QToolButton(this)),
      rebuildThrottle_(new Throttle(this, kRedrawIntervalMs, [this] { rebuild(); }))
{
    plot_->setObjectName(QStringLiteral("chart"));
    plot_->setPlottingHint(QCP::phImmediateRefresh, false);
    plot_->plotLayout()->clear();
    priceRect_ = new QCPAxisRect(plot_);
    volumeRect_ = new QCPAxisRect(plot_);
    plot_->plotLayout()->addElement(0, 0, priceRect_);
    plot_->plotLayout()->addElement(1, 0, volumeRect_);
    plot_->plotLayout()->setRowStretchFactor(0, 3);
    plot_->plotLayout()->setRowStretchFactor(1, 1);
    plot_->plotLayout()->setRowSpacing(0);
    auto* margins = new QCPMarginGroup(plot_);
    priceRect_->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    volumeRect_->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    priceRect_->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msTop);
    priceRect_->setMargins(QMargins(0, 0, 0, 2));
    volumeRect_->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    volumeRect_->setMargins(QMargins(0, 2, 0, 0));
    for (QCPAxisRect* r : {priceRect_, volumeRect_}) {
        r->axis(QCPAxis::atRight)->setVisible(true);
        r->axis(QCPAxis::atTop)->setVisible(false);
        r->setRangeDrag(Qt::Horizontal);
        r->setRangeZoom(Qt::Horizontal);
    }
    priceRect_->axis(QCPAxis::atBottom)->setTickLabels(false);
    volumeRect_->axis(QCPAxis::atRight)->setTickLabels(false);
    volumeRect_->axis(QCPAxis::atLeft)->setTicker(QSharedPointer<LotsTicker>::create());
    volumeRect_->axis(QCPAxis::atLeft)->ticker()->setTickCount(2);
    priceRect_->axis(QCPAxis::atLeft)->setNumberFormat(QStringLiteral("f"));
    priceRect_->axis(QCPAxis::atLeft)->setNumberPrecision(2);
    // The left axes share one width so the two rects line up.
    priceRect_->axis(QCPAxis::atLeft)->setPadding(6);
    volumeRect_->axis(QCPAxis::atLeft)->setPadding(6);

    QCPAxis* px = priceRect_->axis(QCPAxis::atBottom);
    QCPAxis* py = priceRect_->axis(QCPAxis::atLeft);
    QCPAxis* vx = volumeRect_->axis(QCPAxis::atBottom);
    QCPAxis* vy = volumeRect_->axis(QCPAxis::atLeft);
    priceLine_ = plot_->addGraph(px, py);
    averageLine_ = plot_->addGraph(px, py);
    candles_ = new QCPFinancial(px, py);
    candles_->setChartStyle(QCPFinancial::csCandlestick);
    candles_->setTwoColored(true);
    candles_->setWidth(0.7);
    volumeUp_ = new QCPBars(vx, vy);
    volumeDown_ = new QCPBars(vx, vy);
    for (QCPBars* b : {volumeUp_, volumeDown_}) {
        b->setWidth(0.7);
        b->setPen(Qt::NoPen);
    }
    prevCloseLine_ = straightLine(plot_, priceRect_);
    crossV_ = straightLine(plot_, priceRect_);
    crossH_ = straightLine(plot_, priceRect_);
    crossVolumeV_ = straightLine(plot_, volumeRect_);
    hideCrosshair();

    // Both rects show the same keys; dragging or zooming in one moves the other.
    connect(px, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this, vx](const QCPRange& r) {
        vx->setRange(r);
        if (!fitting_)
            fitPriceRange();
    });
    connect(vx, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), px,
            qOverload<const QCPRange&>(&QCPAxis::setRange));
    connect(py, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this](const QCPRange& r) {
        // Intraday: the right axis reads the change against the previous close.
        if (mode_ == Mode::Intraday && prevClose_ > 0) {
            const double pc = mdfmt::yuan(prevClose_);
            priceRect_->axis(QCPAxis::atRight)
                ->setRange((r.lower - pc) / pc * 100, (r.upper - pc) / pc * 100);
        } else {
            priceRect_->axis(QCPAxis::atRight)->setRange(r);
        }
    });
    connect(plot_, &QCustomPlot::mouseWheel, this, [this] { userRange_ = true; });
    connect(plot_, &QCustomPlot::mousePress, this, [this] { userRange_ = true; });
    connect(plot_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) { moveCrosshair(e->pos()); });
    plot_->installEventFilter(this);
    plot_->setMouseTracking(true);

    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    readout_->setObjectName(QStringLiteral("readout"));
    note_->setWordWrap(true);
    note_->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(2);
    top->addWidget(createLinkButton());
    top->addWidget(title_);
    top->addStretch();
    for (Mode m : {Mode::Intraday, Mode::K1, Mode::K5, Mode::K15, Mode::K60, Mode::Day}) {
        auto* b = new QToolButton(this);
        b->setCheckable(true);
        b->setAutoRaise(true);
        modes_->addButton(b, static_cast<int>(m));
        top->addWidget(b);
    }
    modes_->button(static_cast<int>(Mode::Intraday))->setChecked(true);
    top->addSpacing(6);
    top->addWidget(resetZoom_);
    connect(modes_, &QButtonGroup::idClicked, this, [this](int id) { setMode(static_cast<Mode>(id)); });
    connect(resetZoom_, &QToolButton::clicked, this, [this] {
        userRange_ = false;
        rebuild();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(readout_);
    layout->addWidget(plot_, 1);
    layout->addWidget(note_);
    plot_->setMinimumHeight(160);

    applyTheme();
    retranslate();
    setMode(Mode::Intraday);
    refreshNow();
}

void ChartPanel::retranslate()
{
    static constexpr const char* names[] = {QT_TR_NOOP("Intraday"), QT_TR_NOOP("1 min"),  QT_TR_NOOP("5 min"),
                                            QT_TR_NOOP("15 min"),   QT_TR_NOOP("60 min"), QT_TR_NOOP("Day")};
    static constexpr const char* tips[] = {
        QT_TR_NOOP("Price and average price by trading minute, with volume"),
        QT_TR_NOOP("One-minute candles"),
        QT_TR_NOOP("Five-minute candles"),
        QT_TR_NOOP("Fifteen-minute candles"),
        QT_TR_NOOP("Sixty-minute candles"),
        QT_TR_NOOP("Today's candle so far (the feed carries no earlier days)")};
    for (int i = 0; i < 6; ++i) {
        modes_->button(i)->setText(tr(names[i]));
        modes_->button(i)->setToolTip(tr(tips[i]));
    }
    resetZoom_->setText(tr("Reset zoom"));
    resetZoom_->setToolTip(tr("Show the latest candles again after zooming or panning"));
    setLabelText(title_, code().isEmpty() ? tr("Chart") : securityTitle(code()));
    rebuild();
}

void ChartPanel::setMode(Mode mode)
{
    mode_ = mode;
    if (QAbstractButton* b = modes_->button(static_cast<int>(mode)))
        b->setChecked(true);
    userRange_ = false;
    const bool candles = mode != Mode::Intraday;
    plot_->setInteractions(candles ? QCP::iRangeDrag | QCP::iRangeZoom : QCP::Interactions());
    resetZoom_->setVisible(candles);
    rebuild();
}

void ChartPanel::onCodeChanged()
{
    bars_.clear();
    prevClose_ = 0;
    userRange_ = false;
    setLabelText(title_, securityTitle(code()));
    rebuild();
}

void ChartPanel::onSnapshot(const md::MarketSnapshot& snapshot)
{
    const md::FocusView* f = focusOf(snapshot);
    if (!f)
        return;
    const bool same =
        f->quote.prevClose == prevClose_ && f->bars.size() == bars_.size() &&
        (bars_.empty() ||
         (bars_.back().close == f->bars.back().close && bars_.back().volume == f->bars.back().volume &&
          bars_.back().high == f->bars.back().high && bars_.back().low == f->bars.back().low));
    if (same)
        return;
    if (code().isEmpty())
        setLabelText(title_, securityTitle(QString::fromStdString(md::securityCode(f->security))));
    bars_ = f->bars;
    prevClose_ = f->quote.prevClose;
    rebuildThrottle_->request();
}

void ChartPanel::rebuild()
{
    shown_.clear();
    if (mode_ == Mode::Intraday)
        buildIntraday();
    else
        buildCandles();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ChartPanel::buildIntraday()
{
    candles_->setVisible(false);
    priceLine_->setVisible(true);
    averageLine_->setVisible(true);
    prevCloseLine_->setVisible(prevClose_ > 0);
    setLabelText(note_, QString());
    note_->hide();
    // One point per trading minute: the auction's minute joins 09:30, the closing uncross 14:59.
    for (const md::Bar& b : bars_) {
        const int m = mdfmt::tradingMinute(b.minute);
        if (shown_.empty() || shown_.back().firstMinute != m) {
            Shown s;
            s.key = m;
            s.firstMinute = s.lastMinute = m;
            s.open = b.open;
            s.high = b.high;
            s.low = b.low;
            shown_.push_back(s);
        }
        Shown& s = shown_.back();
        s.high = std::max(s.high, b.high);
        s.low = std::min(s.low, b.low);
        s.close = b.close;
        s.volume += b.volume;
        s.turnover += b.turnover;
    }
    std::int64_t volume = 0, turnover = 0;
    QVector<double> keys, prices, averages, upKeys, upVolumes, downKeys, downVolumes;
    std::int64_t previous = prevClose_;
    for (Shown& s : shown_) {
        volume += s.volume;
        turnover += s.turnover;
        // Turnover is Price(4) x Qty(2), volume Qty(2): their ratio is a Price(4).
        s.average = volume > 0
                        ? static_cast<double>(turnover) / static_cast<double>(volume) / mdfmt::kPriceScale
                        : mdfmt::yuan(s.close);
        keys << s.key;
        prices << mdfmt::yuan(s.close);
        averages << s.average;
        (s.close >= previous ? upKeys : downKeys) << s.key;
        (s.close >= previous ? upVolumes : downVolumes) << mdfmt::lots(s.volume);
        previous = s.close;
    }
    priceLine_->setData(keys, prices, true);
    averageLine_->setData(keys, averages, true);
    candles_->data()->clear();
    volumeUp_->setData(upKeys, upVolumes, true);
    volumeDown_->setData(downKeys, downVolumes, true);

    auto ticker = QSharedPointer<mdfmt::TradingTimeTicker>::create(false);
    ticker->setTickCount(4);
    for (QCPAxisRect* r : {priceRect_, volumeRect_})
        r->axis(QCPAxis::atBottom)->setTicker(ticker);
    priceRect_->axis(QCPAxis::atRight)->setTicker(QSharedPointer<PercentTicker>::create());
    priceRect_->axis(QCPAxis::atRight)->setTickLabels(true);
    fitting_ = true;
    priceRect_->axis(QCPAxis::atBottom)->setRange(-1, mdfmt::kTradingMinutes + 1);
    fitting_ = false;
    fitPriceRange();
    showReadout(shown_.empty() ? nullptr : &shown_.back());
}

void ChartPanel::buildCandles()
{
    candles_->setVisible(true);
    priceLine_->setVisible(false);
    averageLine_->setVisible(false);
    prevCloseLine_->setVisible(false);
    const int span = minutesOf(mode_);
    for (const md::Bar& b : bars_) {
        const int m = mdfmt::tradingMinute(b.minute);
        const int bucket = span > 0 ? m / span : 0;
        if (shown_.empty() || static_cast<int>(shown_.back().key) != bucket) {
            Shown s;
            s.key = bucket;
            s.firstMinute = span > 0 ? bucket * span : 0;
            s.lastMinute =
                span > 0 ? std::min(mdfmt::kTradingMinutes, (bucket + 1) * span) : mdfmt::kTradingMinutes;
            s.open = b.open;
            s.high = b.high;
            s.low = b.low;
            shown_.push_back(s);
        }
        Shown& s = shown_.back();
        s.high = std::max(s.high, b.high);
        s.low = std::min(s.low, b.low);
        s.close = b.close;
        s.volume += b.volume;
        s.turnover += b.turnover;
    }
    // Candles sit at consecutive positions (no gaps for minutes without trades).
    auto ticker = QSharedPointer<CandleTicker>::create();
    ticker->setTickCount(5);
    QVector<double> keys, open, high, low, close, upKeys, upVolumes, downKeys, downVolumes;
    for (std::size_t i = 0; i < shown_.size(); ++i) {
        Shown& s = shown_[i];
        s.key = static_cast<double>(i);
        keys << s.key;
        open << mdfmt::yuan(s.open);
        high << mdfmt::yuan(s.high);
        low << mdfmt::yuan(s.low);
        close << mdfmt::yuan(s.close);
        (s.close >= s.open ? upKeys : downKeys) << s.key;
        (s.close >= s.open ? upVolumes : downVolumes) << mdfmt::lots(s.volume);
        ticker->labels.push_back(mode_ == Mode::Day ? tr("Today") : mdfmt::tradingClock(s.lastMinute));
    }
    candles_->setData(keys, open, high, low, close, true);
    candles_->setWidth(mode_ == Mode::Day ? 0.3 : 0.7);
    volumeUp_->setData(upKeys, upVolumes, true);
    volumeDown_->setData(downKeys, downVolumes, true);
    for (QCPAxisRect* r : {priceRect_, volumeRect_})
        r->axis(QCPAxis::atBottom)->setTicker(ticker);
    priceRect_->axis(QCPAxis::atRight)->setTicker(QSharedPointer<QCPAxisTicker>::create());
    priceRect_->axis(QCPAxis::atRight)->setTickLabels(false);

    if (mode_ == Mode::Day) {
        setLabelText(note_,
                     tr("Day: one candle for today so far, built from today's minute bars. The feed carries "
                        "no earlier days, so there is no daily history here."));
        note_->show();
    } else {
        note_->hide();
    }
    if (!userRange_) {
        // The latest 60 candles (all of them when fewer), the newest at the right edge.
        const double n = static_cast<double>(shown_.size());
        const double visible = mode_ == Mode::Day ? 5 : 60;
        fitting_ = true;
        if (mode_ == Mode::Day) {
            priceRect_->axis(QCPAxis::atBottom)->setRange(-2.5, 2.5);
        } else {
            const double lower = std::max(-0.5, n - visible - 0.5);
            priceRect_->axis(QCPAxis::atBottom)->setRange(lower, std::max(n + 0.5, lower + 12));
        }
        fitting_ = false;
    }
    fitPriceRange();
    showReadout(shown_.empty() ? nullptr : &shown_.back());
}

void ChartPanel::fitPriceRange()
{
    const QCPRange keys = priceRect_->axis(QCPAxis::atBottom)->range();
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest(), vol = 0;
    for (const Shown& s : shown_) {
        if (mode_ != Mode::Intraday && (s.key < keys.lower - 0.5 || s.key > keys.upper + 0.5))
            continue;
        lo = std::min(lo, mdfmt::yuan(mode_ == Mode::Intraday ? std::min(s.close, s.low) : s.low));
        hi = std::max(hi, mdfmt::yuan(mode_ == Mode::Intraday ? std::max(s.close, s.high) : s.high));
        if (mode_ == Mode::Intraday) {
            lo = std::min(lo, s.average);
            hi = std::max(hi, s.average);
        }
        vol = std::max(vol, mdfmt::lots(s.volume));
    }
    QCPAxis* py = priceRect_->axis(QCPAxis::atLeft);
    if (mode_ == Mode::Intraday && prevClose_ > 0) {
        // Symmetric about the previous close, as 分时 charts are, at least ±1%.
        const double pc = mdfmt::yuan(prevClose_);
        double dev = pc * 0.01;
        if (lo <= hi)
            dev = std::max({dev, std::abs(hi - pc), std::abs(pc - lo)}) * 1.08;
        py->setRange(pc - dev, pc + dev);
        prevCloseLine_->point1->setCoords(0, pc);
        prevCloseLine_->point2->setCoords(1, pc);
    } else if (lo <= hi) {
        const double pad = std::max((hi - lo) * 0.06, 0.01);
        py->setRange(lo - pad, hi + pad);
    } else {
        py->setRange(0, 1);
    }
    volumeRect_->axis(QCPAxis::atLeft)->setRange(0, vol > 0 ? vol * 1.1 : 1);
}

QString ChartPanel::readoutAt(double key) const
{
    const Shown* best = nullptr;
    for (const Shown& s : shown_)
        if (!best || std::abs(s.key - key) < std::abs(best->key - key))
            best = &s;
    if (!best || std::abs(best->key - key) > 0.5)
        return {};
    const Shown& s = *best;
    if (mode_ == Mode::Intraday) {
        return tr("%1  price %2 (%3)  average %4  volume %5 lots")
            .arg(mdfmt::tradingClock(s.firstMinute + 1), mdfmt::price(s.close),
                 mdfmt::changePercent(s.close, prevClose_), QString::number(s.average, 'f', 2),
                 mdfmt::lotsText(s.volume));
    }
    const QString when = mode_ == Mode::Day
                             ? tr("Today")
                             : QStringLiteral("%1–%2").arg(mdfmt::tradingClock(s.firstMinute, true),
                                                           mdfmt::tradingClock(s.lastMinute));
    return tr("%1  O %2  H %3  L %4  C %5 (%6)  volume %7 lots  amount %8")
        .arg(when, mdfmt::price(s.open), mdfmt::price(s.high), mdfmt::price(s.low), mdfmt::price(s.close),
             mdfmt::changePercent(s.close, s.open), mdfmt::lotsText(s.volume), mdfmt::amountText(s.turnover));
}

void ChartPanel::showReadout(const Shown* s)
{
    if (!s) {
        readout_->setText(code().isEmpty() ? tr("Select a security to chart it.")
                                           : tr("No bars yet for %1.").arg(code()));
        return;
    }
    readout_->setText(readoutAt(s->key));
}

void ChartPanel::moveCrosshair(const QPoint& pos)
{
    if (shown_.empty())
        return;
    const double key = priceRect_->axis(QCPAxis::atBottom)->pixelToCoord(pos.x());
    const Shown* best = nullptr;
    for (const Shown& s : shown_)
        if (!best || std::abs(s.key - key) < std::abs(best->key - key))
            best = &s;
    if (!best)
        return;
    for (QCPItemStraightLine* l : {crossV_, crossVolumeV_}) {
        l->point1->setCoords(best->key, 0);
        l->point2->setCoords(best->key, 1);
        l->setVisible(true);
    }
    if (priceRect_->rect().contains(pos)) {
        const double y = priceRect_->axis(QCPAxis::atLeft)->pixelToCoord(pos.y());
        crossH_->point1->setCoords(0, y);
        crossH_->point2->setCoords(1, y);
        crossH_->setVisible(true);
    } else {
        crossH_->setVisible(false);
    }
    readout_->setText(readoutAt(best->key));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ChartPanel::hideCrosshair()
{
    for (QCPItemStraightLine* l : {crossV_, crossVolumeV_, crossH_})
        l->setVisible(false);
}

bool ChartPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == plot_ && event->type() == QEvent::Leave) {
        hideCrosshair();
        showReadout(shown_.empty() ? nullptr : &shown_.back());
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
    return MdPanel::eventFilter(watched, event);
}

void ChartPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    MdPanel::changeEvent(event);
}

void ChartPanel::applyTheme()
{
    mdfmt::applyPlotTheme(plot_);
    const QColor text = QApplication::palette().color(QPalette::Text);
    priceLine_->setPen(QPen(mdfmt::darkPalette() ? QColor(0xE0, 0xE0, 0xE0) : QColor(0x15, 0x65, 0xC0), 1.4));
    averageLine_->setPen(QPen(QColor(0xF5, 0xA6, 0x23), 1.2));
    candles_->setPenPositive(QPen(mdfmt::upColor()));
    candles_->setBrushPositive(QApplication::palette().color(QPalette::Base)); // hollow red: up
    candles_->setPenNegative(QPen(mdfmt::downColor()));
    candles_->setBrushNegative(mdfmt::downColor());
    volumeUp_->setBrush(mdfmt::upColor());
    volumeDown_->setBrush(mdfmt::downColor());
    QColor reference = text;
    reference.setAlpha(140);
    prevCloseLine_->setPen(QPen(reference, 1, Qt::DashLine));
    QColor cross = text;
    cross.setAlpha(120);
    for (QCPItemStraightLine* l : {crossV_, crossVolumeV_, crossH_})
        l->setPen(QPen(cross, 1, Qt::DotLine));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ws::widgets
