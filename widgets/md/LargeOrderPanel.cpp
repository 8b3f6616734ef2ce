#include "md/LargeOrderPanel.h"

#include "md/MdFormat.h"
#include "md/RowsModel.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <array>

namespace ws::widgets {

namespace {

// Largest first, as the terminals list them.
constexpr std::array<md::OrderClass, 4> kOrder{md::OrderClass::SuperLarge, md::OrderClass::Large,
                                               md::OrderClass::Medium, md::OrderClass::Small};

// Amount in yuan of a raw amount, for the chart (in 万 or thousands is only a label matter).
double chartYuan(std::int64_t amount)
{
    return mdfmt::amountYuan(amount);
}

// The chart's value axis: compact yuan.
class YuanTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override { return mdfmt::compact(tick); }
};

} // namespace

LargeOrderPanel::LargeOrderPanel(core::AppCore& core, QWidget* parent)
    : MdPanel(core, parent), model_(new RowsModel(this)), view_(new QTableView(this)),
      chart_(new QCustomPlot(this)), title_(new QLabel(this)), mainForce_(new LiveLabel(this)),
      thresholds_(new QLabel(this)), replot_(replotThrottle(chart_, kRedrawIntervalMs))
{
    view_->setObjectName(QStringLiteral("largeOrders"));
    view_->setModel(model_);
    view_->setItemDelegate(new TextCellDelegate(view_));
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 6);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view_->setSelectionMode(QAbstractItemView::NoSelection);
    view_->setFocusPolicy(Qt::NoFocus);
    view_->setMaximumHeight(7 * (view_->fontMetrics().height() + 6) + 8);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    QFont big = mainForce_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.1);
    mainForce_->setFont(big);
    mainForce_->setObjectName(QStringLiteral("mainForce"));
    thresholds_->setWordWrap(true);

    chart_->setObjectName(QStringLiteral("largeOrderChart"));
    chart_->setMinimumHeight(110);
    buyBars_ = new QCPBars(chart_->xAxis, chart_->yAxis);
    sellBars_ = new QCPBars(chart_->xAxis, chart_->yAxis);
    netBars_ = new QCPBars(chart_->xAxis, chart_->yAxis);
    auto* group = new QCPBarsGroup(chart_);
    for (QCPBars* b : {buyBars_, sellBars_, netBars_}) {
        b->setWidth(0.25);
        b->setBarsGroup(group);
        b->setPen(Qt::NoPen);
    }
    chart_->yAxis->setTicker(QSharedPointer<YuanTicker>::create());
    chart_->xAxis->setRange(-0.6, 3.6);
    // The legend in one row above the bars, never over them.
    chart_->legend->setVisible(true);
    chart_->legend->setFillOrder(QCPLegend::foColumnsFirst);
    chart_->plotLayout()->insertRow(0);
    chart_->plotLayout()->addElement(0, 0, chart_->legend);
    chart_->plotLayout()->setRowStretchFactor(0, 0.001);
    chart_->legend->setMargins(QMargins(4, 2, 4, 2));

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(createLinkButton());
    top->addWidget(title_, 1);
    top->addWidget(mainForce_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(view_);
    layout->addWidget(chart_, 1);
    layout->addWidget(thresholds_);

    applyTheme();
    retranslate();
    refreshNow();
}

void LargeOrderPanel::retranslate()
{
    model_->setHeaders(
        {tr("Class"), tr("Buy amount"), tr("Sell amount"), tr("Net"), tr("Buy orders"), tr("Sell orders")});
    buyBars_->setName(tr("Buy"));
    sellBars_->setName(tr("Sell"));
    netBars_->setName(tr("Net"));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTick(0, tr("Super large"));
    ticker->addTick(1, tr("Large"));
    ticker->addTick(2, tr("Medium"));
    ticker->addTick(3, tr("Small"));
    chart_->xAxis->setTicker(ticker);
    chart_->yAxis->setLabel(tr("Amount (yuan)"));
    // The engine's default preset (EngineConfig::thresholds).
    const md::OrderClassThresholds t;
    const QLocale locale;
    auto rule = [&](std::size_t i) {
        return tr("≥ %1 shares or ≥ %2 yuan")
            .arg(locale.toString(static_cast<qlonglong>(t.shares[i])),
                 locale.toString(static_cast<qlonglong>(t.yuan[i])));
    };
    thresholds_->setText(
        tr("Classes by order size: super large %1; large %2; medium %3; small below. Main force = "
           "super large + large.")
            .arg(rule(2), rule(1), rule(0)));
    setLabelText(title_, code().isEmpty() ? tr("Large orders") : securityTitle(code()));
    showStats(hasStats_ ? &last_ : nullptr);
}

void LargeOrderPanel::onCodeChanged()
{
    hasStats_ = false;
    setLabelText(title_, securityTitle(code()));
    showStats(nullptr);
}

void LargeOrderPanel::onSnapshot(const md::MarketSnapshot& snapshot)
{
    const md::FocusView* f = focusOf(snapshot);
    if (!f)
        return;
    if (code().isEmpty())
        setLabelText(title_, securityTitle(QString::fromStdString(md::securityCode(f->security))));
    last_ = f->large;
    hasStats_ = true;
    showStats(&last_);
}

void LargeOrderPanel::showStats(const md::LargeOrderStats* s)
{
    static constexpr std::array<const char*, 4> names{QT_TR_NOOP("Super large"), QT_TR_NOOP("Large"),
                                                      QT_TR_NOOP("Medium"), QT_TR_NOOP("Small")};
    const QPalette palette = this->palette();
    std::vector<RowsModel::Row> rows;
    QVector<double> keys, buy, sell, net;
    md::ClassFlow total;
    for (std::size_t i = 0; i < kOrder.size(); ++i) {
        const md::ClassFlow c = s ? s->classes[static_cast<std::size_t>(kOrder[i])] : md::ClassFlow{};
        total.buyAmount += c.buyAmount;
        total.sellAmount += c.sellAmount;
        total.buyOrders += c.buyOrders;
        total.sellOrders += c.sellOrders;
        rows.push_back({{tr(names[i])},
                        RowsModel::number(mdfmt::amountText(c.buyAmount), mdfmt::upColor()),
                        RowsModel::number(mdfmt::amountText(c.sellAmount), mdfmt::downColor()),
                        RowsModel::number(mdfmt::amountText(c.net()),
                                          mdfmt::directionColor(static_cast<double>(c.net()), palette)),
                        RowsModel::number(QLocale().toString(static_cast<qlonglong>(c.buyOrders))),
                        RowsModel::number(QLocale().toString(static_cast<qlonglong>(c.sellOrders)))});
        keys << static_cast<double>(i);
        buy << chartYuan(c.buyAmount);
        sell << chartYuan(c.sellAmount);
        net << chartYuan(c.net());
    }
    RowsModel::Row totalRow{
        {tr("Total")},
        RowsModel::number(mdfmt::amountText(total.buyAmount), mdfmt::upColor()),
        RowsModel::number(mdfmt::amountText(total.sellAmount), mdfmt::downColor()),
        RowsModel::number(mdfmt::amountText(total.net()),
                          mdfmt::directionColor(static_cast<double>(total.net()), palette)),
        RowsModel::number(QLocale().toString(static_cast<qlonglong>(total.buyOrders))),
        RowsModel::number(QLocale().toString(static_cast<qlonglong>(total.sellOrders)))};
    for (RowsModel::Cell& c : totalRow)
        c.bold = true;
    rows.push_back(std::move(totalRow));
    model_->setRows(std::move(rows));

    const std::int64_t main = s ? s->mainNetInflow() : 0;
    mainForce_->setText(s ? tr("Main-force net inflow: %1").arg(mdfmt::amountText(main)) : QString());
    mainForce_->setColor(mdfmt::directionColor(static_cast<double>(main), palette));

    buyBars_->setData(keys, buy, true);
    sellBars_->setData(keys, sell, true);
    netBars_->setData(keys, net, true);
    double lo = 0, hi = 0;
    for (int i = 0; i < keys.size(); ++i) {
        lo = std::min({lo, net[i]});
        hi = std::max({hi, buy[i], sell[i], net[i]});
    }
    if (hi - lo <= 0)
        hi = 1;
    chart_->yAxis->setRange(lo - (hi - lo) * 0.05, hi + (hi - lo) * 0.08);
    replot_->request();
}

void LargeOrderPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    MdPanel::changeEvent(event);
}

void LargeOrderPanel::applyTheme()
{
    mdfmt::applyPlotTheme(chart_);
    buyBars_->setBrush(mdfmt::upColor());
    sellBars_->setBrush(mdfmt::downColor());
    netBars_->setBrush(QColor(0x7E, 0x57, 0xC2));
    chart_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ws::widgets
