#include "md/FeedHealthPanel.h"

#include "md/MarketDataHub.h"
#include "md/MdFormat.h"
#include "md/RowsModel.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace ws::widgets {

namespace {

using Cell = RowsModel::Cell;

QColor stateColor(md::ConnectorState s)
{
    switch (s) {
    case md::ConnectorState::Disconnected:
        return QColor(0x75, 0x75, 0x75);
    case md::ConnectorState::Connecting:
        return QColor(0xE0, 0x9B, 0x00);
    case md::ConnectorState::LoggedOn:
        return QColor(0x19, 0x76, 0xD2);
    case md::ConnectorState::Recovering:
        return QColor(0xEF, 0x6C, 0x00);
    case md::ConnectorState::Live:
        return QColor(0x2E, 0x7D, 0x32);
    case md::ConnectorState::Stale:
        return QColor(0xC6, 0x28, 0x28);
    }
    return {};
}

Cell stateCell(md::ConnectorState s)
{
    Cell c{md::connectorStateName(s), stateColor(s), {}, {}, Qt::AlignLeft | Qt::AlignVCenter, true};
    return c;
}

Cell count(std::uint64_t n, QColor color = {})
{
    return RowsModel::number(QLocale().toString(static_cast<qulonglong>(n)), color);
}

QString nanos(std::uint64_t ns)
{
    const double v = static_cast<double>(ns);
    if (v >= 1e9)
        return QStringLiteral("%1 s").arg(v / 1e9, 0, 'f', 2);
    if (v >= 1e6)
        return QStringLiteral("%1 ms").arg(v / 1e6, 0, 'f', 2);
    if (v >= 1e3)
        return QStringLiteral("%1 µs").arg(v / 1e3, 0, 'f', 1);
    return QStringLiteral("%1 ns").arg(ns);
}

// The y axis of the latency chart: log scale, labelled in ns / µs / ms.
class NanosTicker : public QCPAxisTickerLog
{
protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override
    {
        return nanos(static_cast<std::uint64_t>(std::llround(tick)));
    }
};

void widenColumns(QTableView* v)
{
    QHeaderView* h = v->horizontalHeader();
    for (int c = 0; c < v->model()->columnCount(); ++c) {
        const int wanted =
            std::max(static_cast<QAbstractItemView*>(v)->sizeHintForColumn(c), h->sectionSizeHint(c));
        if (wanted > v->columnWidth(c))
            v->setColumnWidth(c, wanted);
    }
}

} // namespace

FeedHealthPanel::FeedHealthPanel(core::AppCore& core, QWidget* parent)
    : MdPanel(core, parent, false), connectors_(new RowsModel(this)), feedChannels_(new RowsModel(this)),
      bookChannels_(new RowsModel(this)), indices_(new RowsModel(this)), latency_(new RowsModel(this)),
      examples_(new QStringListModel(this)), tabs_(new QTabWidget(this)), engine_(new LiveLabel(this)),
      crossCheck_(new LiveLabel(this)), demoStatus_(new QLabel(this)), connectorsTitle_(new QLabel(this)),
      channelsTitle_(new QLabel(this)), booksTitle_(new QLabel(this)), examplesTitle_(new QLabel(this)),
      examplesView_(new QListView(this)), demoButton_(new QPushButton(this)),
      latencyChart_(new QCustomPlot(this)), latencyReplot_(replotThrottle(latencyChart_, 500))
{
    demoButton_->setObjectName(QStringLiteral("startDemo"));
    engine_->setObjectName(QStringLiteral("engineStats"));
    engine_->setWordWrap(true);
    crossCheck_->setObjectName(QStringLiteral("crossCheck"));
    crossCheck_->setWordWrap(true);
    demoStatus_->setWordWrap(true);
    demoStatus_->setObjectName(QStringLiteral("demoStatus"));
    examplesView_->setModel(examples_);
    examplesView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    examplesView_->setWordWrap(true);
    examplesView_->setMinimumHeight(2 * examplesView_->fontMetrics().height() + 8);
    for (QLabel* l : {connectorsTitle_, channelsTitle_, booksTitle_, examplesTitle_}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }

    // Connectors and the appliance's channels.
    auto* feedPage = new QWidget(tabs_);
    auto* feedLayout = new QVBoxLayout(feedPage);
    feedLayout->setContentsMargins(2, 2, 2, 2);
    feedLayout->addWidget(connectorsTitle_);
    feedLayout->addWidget(makeView(connectors_, QStringLiteral("connectors")), 1);
    feedLayout->addWidget(channelsTitle_);
    feedLayout->addWidget(makeView(feedChannels_, QStringLiteral("feedChannels")), 2);

    // Book channels and the cross-check.
    auto* booksPage = new QWidget(tabs_);
    auto* booksLayout = new QVBoxLayout(booksPage);
    booksLayout->setContentsMargins(2, 2, 2, 2);
    booksLayout->addWidget(booksTitle_);
    booksLayout->addWidget(makeView(bookChannels_, QStringLiteral("bookChannels")), 2);
    booksLayout->addWidget(crossCheck_);
    booksLayout->addWidget(examplesTitle_);
    booksLayout->addWidget(examplesView_, 1);

    // Latency: table and chart side by side.
    latencyChart_->setObjectName(QStringLiteral("latencyChart"));
    latencyChart_->setMinimumSize(220, 110);
    auto* group = new QCPBarsGroup(latencyChart_);
    for (std::size_t i = 0; i < latencyBars_.size(); ++i) {
        latencyBars_[i] = new QCPBars(latencyChart_->xAxis, latencyChart_->yAxis);
        latencyBars_[i]->setWidth(0.25);
        latencyBars_[i]->setBarsGroup(group);
        latencyBars_[i]->setPen(Qt::NoPen);
        latencyBars_[i]->setBaseValue(1);
    }
    latencyChart_->yAxis->setScaleType(QCPAxis::stLogarithmic);
    latencyChart_->yAxis->setTicker(QSharedPointer<NanosTicker>::create());
    // The legend in one row above the bars, never over them.
    latencyChart_->legend->setVisible(true);
    latencyChart_->legend->setFillOrder(QCPLegend::foColumnsFirst);
    latencyChart_->plotLayout()->insertRow(0);
    latencyChart_->plotLayout()->addElement(0, 0, latencyChart_->legend);
    latencyChart_->plotLayout()->setRowStretchFactor(0, 0.001);
    auto* latencySplit = new QSplitter(Qt::Horizontal, tabs_);
    latencySplit->addWidget(makeView(latency_, QStringLiteral("latency")));
    latencySplit->addWidget(latencyChart_);
    latencySplit->setStretchFactor(0, 3);
    latencySplit->setStretchFactor(1, 2);

    tabs_->addTab(feedPage, QString());
    tabs_->addTab(booksPage, QString());
    tabs_->addTab(makeView(indices_, QStringLiteral("indices")), QString());
    tabs_->addTab(latencySplit, QString());

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(engine_, 1);
    top->addWidget(demoButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(demoStatus_);
    layout->addWidget(tabs_, 1);

    connect(demoButton_, &QPushButton::clicked, this, &FeedHealthPanel::startDemo);
    connect(&hub(), &md::MarketDataHub::demoFailed, this, [this](const QString& error) {
        demoError_ = tr("Could not start the demo feed: %1").arg(error);
        updateFeed();
    });
    applyTheme();
    retranslate();
    refreshNow();
}

QTableView* FeedHealthPanel::makeView(RowsModel* model, const QString& name)
{
    auto* v = new QTableView(this);
    v->setObjectName(name);
    v->setModel(model);
    v->setItemDelegate(new TextCellDelegate(v));
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 6);
    v->horizontalHeader()->setStretchLastSection(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setWordWrap(false);
    v->setAlternatingRowColors(true);
    v->setMinimumHeight(3 * v->verticalHeader()->defaultSectionSize());
    // Columns widen as the numbers in them grow (never narrow, so they do not jump about): new
    // rows at once, changed numbers at most once a second (measuring every cell is not free).
    auto* widen = new Throttle(v, 1000, [v] { widenColumns(v); });
    connect(model, &QAbstractItemModel::dataChanged, widen, &Throttle::request);
    connect(model, &QAbstractItemModel::rowsInserted, v, [v] { widenColumns(v); });
    connect(model, &QAbstractItemModel::headerDataChanged, v, [v] { widenColumns(v); });
    widenColumns(v);
    return v;
}

void FeedHealthPanel::retranslate()
{
    tabs_->setTabText(0, tr("Feed"));
    tabs_->setTabText(1, tr("Books"));
    tabs_->setTabText(2, tr("Index"));
    tabs_->setTabText(3, tr("Latency"));
    connectorsTitle_->setText(tr("Connectors"));
    channelsTitle_->setText(tr("Appliance channels"));
    booksTitle_->setText(tr("Book channels (tick-by-tick ApplSeqNum)"));
    examplesTitle_->setText(tr("First mismatches"));
    demoButton_->setText(tr("Start demo feed"));
    demoButton_->setToolTip(tr("Start the market-data simulator and receive its simulated trading day over "
                               "loopback multicast"));
    connectors_->setHeaders(
        {tr("Name"), tr("Endpoint"), tr("State"), tr("Msgs/s"), tr("Messages"), tr("Errors"), tr("Detail")});
    feedChannels_->setHeaders({tr("Channel"), tr("State"), tr("Expected seq"), tr("Highest seen"),
                               tr("Records"), tr("Gaps"), tr("Recovered"), tr("Lost"), tr("Duplicates"),
                               tr("Line A first"), tr("Line B first"), tr("Lost ranges")});
    bookChannels_->setHeaders({tr("Channel"), tr("Book"), tr("ApplSeqNum"), tr("Events"), tr("Gaps"),
                               tr("Duplicates"), tr("Reason")});
    indices_->setHeaders({tr("Code"), tr("Name"), tr("Computed"), tr("Published"), tr("Published at"),
                          tr("Difference (bp)"), tr("Max difference (bp)")});
    latency_->setHeaders(
        {tr("Path"), tr("Stage"), tr("Count"), tr("p50"), tr("p99"), tr("p99.9"), tr("Max")});
    latencyBars_[0]->setName(tr("p50"));
    latencyBars_[1]->setName(tr("p99"));
    latencyBars_[2]->setName(tr("p99.9"));
    refreshNow();
}

void FeedHealthPanel::startDemo()
{
    QString error;
    demoError_ =
        hub().startDemo(1.0, &error) ? QString() : tr("Could not start the demo feed: %1").arg(error);
    updateFeed();
}

void FeedHealthPanel::updateFeed()
{
    const md::FeedStatus& fs = hub().feedStatus();
    std::vector<RowsModel::Row> rows;
    bool anyConnected = false;
    for (const md::ConnectorStatus& c : fs.connectors) {
        anyConnected = anyConnected || c.state != md::ConnectorState::Disconnected;
        rows.push_back({{c.name},
                        {c.endpoint},
                        stateCell(c.state),
                        RowsModel::number(QString::number(c.messagesPerSecond, 'f', 0)),
                        count(c.messages),
                        count(c.errors, c.errors ? QColor(0xC6, 0x28, 0x28) : QColor()),
                        {c.detail}});
    }
    connectors_->setRows(std::move(rows));
    const bool idle = !anyConnected && !hub().demoRunning();
    demoButton_->setVisible(idle);
    QString status = demoError_;
    if (status.isEmpty() && idle)
        status = tr("No feed is connected. Connect one, or start the demo feed (a simulated trading day).");
    else if (status.isEmpty() && hub().demoStarting())
        status = tr("Starting the demo feed (a simulated trading day)…");
    else if (status.isEmpty() && hub().demoRunning())
        status = tr("Demo feed: a simulated trading day, not real market data.");
    setLabelText(demoStatus_, status);
    demoStatus_->setVisible(!status.isEmpty());

    rows.clear();
    for (const md::ChannelFeedStatus& c : fs.channels) {
        rows.push_back({RowsModel::number(QString::number(c.channel)),
                        stateCell(c.state),
                        count(c.expected),
                        count(c.highestSeen),
                        count(c.records),
                        count(c.gaps, c.gaps ? QColor(0xE0, 0x7B, 0x00) : QColor()),
                        count(c.recoveredRecords),
                        count(c.lostRecords, c.lostRecords ? QColor(0xC6, 0x28, 0x28) : QColor()),
                        count(c.duplicates),
                        count(c.lineFirst[0]),
                        count(c.lineFirst[1]),
                        {c.lostRanges}});
    }
    feedChannels_->setRows(std::move(rows));
}

void FeedHealthPanel::onSnapshot(const md::MarketSnapshot& s)
{
    updateFeed();
    const QLocale locale;
    const md::EngineStats& e = s.stats;
    const QString mode = hub().feedStatus().lowLatency
                             ? tr("Low latency: receive and book on one busy-polling thread")
                             : tr("Book thread");
    engine_->setText(tr("%1: %2 events/s, %3 events applied · queue %4 (high water %5) · producer "
                        "waits %6 · %7 exchange snapshots · %8 publications")
                         .arg(mode, locale.toString(e.eventsPerSecond, 'f', 0),
                              locale.toString(static_cast<qulonglong>(e.events)),
                              locale.toString(static_cast<qulonglong>(e.queueDepth)),
                              locale.toString(static_cast<qulonglong>(e.queueHighWater)),
                              locale.toString(static_cast<qulonglong>(e.producerWaits)),
                              locale.toString(static_cast<qulonglong>(e.snapshots)),
                              locale.toString(static_cast<qulonglong>(e.publications))));

    std::vector<RowsModel::Row> rows;
    for (const md::ChannelView& c : s.channels) {
        const bool valid = c.health == md::ChannelHealth::Valid;
        Cell book{valid ? tr("Valid") : tr("Invalid"),
                  valid ? QColor(0x2E, 0x7D, 0x32) : QColor(0xC6, 0x28, 0x28),
                  {},
                  {},
                  Qt::AlignLeft | Qt::AlignVCenter,
                  true};
        rows.push_back({RowsModel::number(QString::number(c.channel)),
                        book,
                        RowsModel::number(QString::number(c.lastSeq)),
                        count(c.events),
                        count(c.gaps, c.gaps ? QColor(0xE0, 0x7B, 0x00) : QColor()),
                        count(c.duplicates),
                        {QString::fromStdString(c.reason)}});
    }
    bookChannels_->setRows(std::move(rows));

    const md::CrossCheckStats& x = s.crossCheck;
    const double share =
        x.compared ? 100.0 * static_cast<double>(x.mismatched) / static_cast<double>(x.compared) : 0;
    crossCheck_->setText(tr("Cross-check against the exchange's snapshots: %1 compared, %2 mismatched (%3%), "
                            "%4 late, %5 skipped (channel invalid or call auction)")
                             .arg(locale.toString(static_cast<qulonglong>(x.compared)),
                                  locale.toString(static_cast<qulonglong>(x.mismatched)),
                                  QString::number(share, 'f', 2),
                                  locale.toString(static_cast<qulonglong>(x.late)),
                                  locale.toString(static_cast<qulonglong>(x.skipped))));
    QStringList examples;
    for (const std::string& ex : x.examples)
        examples << QString::fromStdString(ex);
    if (examples != examples_->stringList())
        examples_->setStringList(examples);

    rows.clear();
    for (const md::IndexView& i : s.indices) {
        auto value = [](std::int64_t v) {
            return RowsModel::number(v ? QString::number(static_cast<double>(v) / 1e6, 'f', 3)
                                       : QStringLiteral("—"));
        };
        const QColor warn = std::abs(i.differenceBp) >= 1 ? QColor(0xE0, 0x7B, 0x00) : QColor();
        rows.push_back({{QString::fromStdString(i.code)},
                        {QString::fromStdString(i.name)},
                        value(i.computed),
                        value(i.published),
                        {i.publishedTimeMs ? mdfmt::clock(i.publishedTimeMs) : QString()},
                        RowsModel::number(QString::number(i.differenceBp, 'f', 2), warn),
                        RowsModel::number(QString::number(i.maxDifferenceBp, 'f', 2))});
    }
    indices_->setRows(std::move(rows));

    rows.clear();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    std::array<QVector<double>, 3> values;
    QVector<double> keys;
    double top = 10;
    for (std::size_t i = 0; i < s.latency.size(); ++i) {
        const md::LatencyView& l = s.latency[i];
        QString path;
        switch (l.path) {
        case md::FeedPath::Appliance:
            path = tr("Appliance");
            break;
        case md::FeedPath::Mdgw:
            path = tr("MDGW");
            break;
        case md::FeedPath::Replay:
            path = tr("Replay");
            break;
        }
        const QString stage = QString::fromStdString(l.stage);
        rows.push_back({{path},
                        {stage},
                        count(l.count),
                        RowsModel::number(nanos(l.p50)),
                        RowsModel::number(nanos(l.p99)),
                        RowsModel::number(nanos(l.p999)),
                        RowsModel::number(nanos(l.max))});
        keys << static_cast<double>(i);
        values[0] << std::max<double>(1, static_cast<double>(l.p50));
        values[1] << std::max<double>(1, static_cast<double>(l.p99));
        values[2] << std::max<double>(1, static_cast<double>(l.p999));
        top = std::max(top, static_cast<double>(l.p999));
        ticker->addTick(static_cast<double>(i), path + QLatin1Char('\n') + stage);
    }
    latency_->setRows(std::move(rows));
    for (std::size_t b = 0; b < latencyBars_.size(); ++b)
        latencyBars_[b]->setData(keys, values[b], true);
    latencyChart_->xAxis->setTicker(ticker);
    latencyChart_->xAxis->setRange(-0.6, std::max<double>(1, static_cast<double>(keys.size())) - 0.4);
    latencyChart_->yAxis->setRange(1, top * 3);
    latencyReplot_->request();
}

void FeedHealthPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    MdPanel::changeEvent(event);
}

void FeedHealthPanel::applyTheme()
{
    mdfmt::applyPlotTheme(latencyChart_);
    latencyBars_[0]->setBrush(QColor(0x42, 0xA5, 0xF5));
    latencyBars_[1]->setBrush(QColor(0xFF, 0xA7, 0x26));
    latencyBars_[2]->setBrush(QColor(0xE5, 0x39, 0x35));
    latencyChart_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ws::widgets
