#include "alerts/AlertPanel.h"

#include "audit/AuditTrail.h"
#include "core/AppCore.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <array>
#include <set>

namespace ws::widgets {

using alerts::AlertModel;
using alerts::Severity;

namespace {

QColor severityColor(int severity)
{
    switch (severity) {
    case 1:
        return QColor(0xE0, 0x9B, 0x00);
    case 2:
        return QColor(0xD3, 0x2F, 0x2F);
    case 3:
        return QColor(0xAD, 0x14, 0x57);
    default:
        return QColor(0x60, 0x7D, 0x8B);
    }
}

// Colours the severity cell and dims acknowledged rows.
class AlertDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int severity = index.data(AlertModel::SeverityRole).toInt();
        if (index.column() == AlertModel::SeverityColumn) {
            option->palette.setColor(QPalette::Text, severityColor(severity));
            option->font.setBold(severity >= 2);
        }
        if (index.data(AlertModel::AcknowledgedRole).toBool())
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
    }
};

} // namespace

AlertPanel::AlertPanel(core::AppCore& core, QWidget* parent)
    : Panel(core, parent), filter_(new alerts::AlertFilter(this)), view_(new QTableView(this)),
      severityBox_(new QComboBox(this)), sourceBox_(new QComboBox(this)), unackedOnly_(new QCheckBox(this)),
      textEdit_(new QLineEdit(this)), ackButton_(new QPushButton(this)), ackAllButton_(new QPushButton(this)),
      sound_(new QCheckBox(this)), flash_(new QCheckBox(this)), summary_(new QLabel(this)),
      trend_(new QCustomPlot(this)), trendTimer_(new QTimer(this))
{
    filter_->setSourceModel(&core.alerts());
    view_->setModel(filter_);
    view_->setItemDelegate(new AlertDelegate(view_));
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setStretchLastSection(false);
    view_->horizontalHeader()->setSectionResizeMode(AlertModel::Text, QHeaderView::Stretch);
    view_->setAlternatingRowColors(true);
    textEdit_->setClearButtonEnabled(true);
    textEdit_->setMinimumWidth(120);
    ackButton_->setObjectName(QStringLiteral("acknowledge"));

    QSettings settings;
    sound_->setChecked(settings.value(QStringLiteral("alerts/sound"), false).toBool());
    flash_->setChecked(settings.value(QStringLiteral("alerts/flash"), true).toBool());

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(severityBox_);
    bar->addWidget(sourceBox_);
    bar->addWidget(unackedOnly_);
    bar->addWidget(textEdit_, 1);
    bar->addWidget(ackButton_);
    bar->addWidget(ackAllButton_);
    auto* foot = new QHBoxLayout;
    foot->setContentsMargins(0, 0, 0, 0);
    foot->addWidget(summary_, 1);
    foot->addWidget(sound_);
    foot->addWidget(flash_);

    trend_->setMinimumHeight(120);
    trend_->setMaximumHeight(160);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(3);
    trend_->xAxis->setTicker(ticker);
    auto counts = QSharedPointer<QCPAxisTickerFixed>::create();
    counts->setTickStep(1);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    counts->setTickCount(3);
    trend_->yAxis->setTicker(counts);
    trend_->legend->setVisible(true);
    trend_->legend->setFont(QFont(font().family(), font().pointSize() - 1));
    // The legend sits in its own column to the right of the chart, never over the bars.
    trend_->plotLayout()->addElement(0, 1, trend_->legend);
    trend_->plotLayout()->setColumnStretchFactor(1, 0.001);
    trend_->legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
    trend_->legend->setRowSpacing(0);
    QCPBars* below = nullptr;
    for (int s = 0; s < 4; ++s) {
        auto* bars = new QCPBars(trend_->xAxis, trend_->yAxis);
        bars->setPen(Qt::NoPen);
        bars->setBrush(severityColor(s));
        bars->setWidth(0.8);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(view_);
    splitter->addWidget(trend_);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addLayout(foot);

    connect(severityBox_, &QComboBox::currentIndexChanged, this,
            [this](int i) { filter_->setMinimumSeverity(static_cast<Severity>(std::max(0, i))); });
    connect(sourceBox_, &QComboBox::currentIndexChanged, this,
            [this] { filter_->setSource(sourceBox_->currentData().toString()); });
    connect(unackedOnly_, &QCheckBox::toggled, filter_, &alerts::AlertFilter::setUnacknowledgedOnly);
    connect(textEdit_, &QLineEdit::textChanged, filter_, &alerts::AlertFilter::setText);
    connect(ackButton_, &QPushButton::clicked, this, &AlertPanel::acknowledgeSelected);
    connect(ackAllButton_, &QPushButton::clicked, this,
            [this] { this->core().alerts().acknowledgeAll(audit::currentUser()); });
    connect(sound_, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("alerts/sound"), on); });
    connect(flash_, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("alerts/flash"), on); });
    connect(&core.alerts(), &AlertModel::alertsArrived, this, &AlertPanel::onArrived);
    connect(&core.alerts(), &AlertModel::unacknowledgedCountChanged, this, &AlertPanel::updateSummary);
    connect(view_, &QTableView::doubleClicked, this, &AlertPanel::acknowledgeSelected);
    trendTimer_->setInterval(60'000);
    connect(trendTimer_, &QTimer::timeout, this, &AlertPanel::updateTrend);
    trendTimer_->start();

    retranslate();
    refreshSources();
    updateTrend();
}

void AlertPanel::retranslate()
{
    const QSignalBlocker block(severityBox_);
    const int sev = std::max(0, severityBox_->currentIndex());
    severityBox_->clear();
    severityBox_->addItem(tr("All severities"));
    severityBox_->addItem(tr("Warning and above"));
    severityBox_->addItem(tr("Error and above"));
    severityBox_->addItem(tr("Critical only"));
    severityBox_->setCurrentIndex(sev);
    sourceBox_->setItemText(0, tr("All sources"));
    unackedOnly_->setText(tr("Unacknowledged only"));
    textEdit_->setPlaceholderText(tr("Filter text"));
    ackButton_->setText(tr("Acknowledge"));
    ackButton_->setToolTip(tr("Acknowledge the selected alerts; your name and the time are recorded"));
    ackAllButton_->setText(tr("Acknowledge all"));
    sound_->setText(tr("Sound"));
    sound_->setToolTip(tr("Beep when a warning or worse arrives"));
    flash_->setText(tr("Flash"));
    flash_->setToolTip(tr("Flash the window when an error or worse arrives"));
    static const std::array<const char*, 4> names{QT_TR_NOOP("Info"), QT_TR_NOOP("Warning"),
                                                  QT_TR_NOOP("Error"), QT_TR_NOOP("Critical")};
    for (int s = 0; s < trend_->plottableCount(); ++s)
        trend_->plottable(s)->setName(tr(names[static_cast<std::size_t>(s)]));
    trend_->xAxis->setLabel(tr("hours ago"));
    trend_->yAxis->setLabel(tr("alerts"));
    trend_->replot();
    updateSummary();
}

void AlertPanel::refreshSources()
{
    std::set<QString> sources;
    for (int r = 0; r < core().alerts().rowCount(); ++r)
        sources.insert(core().alerts().index(r, 0).data(AlertModel::SourceRole).toString());
    const QString current = sourceBox_->currentData().toString();
    const QSignalBlocker block(sourceBox_);
    sourceBox_->clear();
    sourceBox_->addItem(tr("All sources"), QString());
    for (const QString& s : sources)
        sourceBox_->addItem(s, s);
    sourceBox_->setCurrentIndex(std::max(0, sourceBox_->findData(current)));
}

void AlertPanel::onArrived(int, Severity highest)
{
    refreshSources();
    updateTrend();
    if (sound_->isChecked() && highest >= Severity::Warning)
        QApplication::beep();
    if (flash_->isChecked() && highest >= Severity::Error)
        QApplication::alert(window(), 3000);
}

void AlertPanel::acknowledgeSelected()
{
    const QString user = audit::currentUser();
    for (const QModelIndex& proxyIndex : view_->selectionModel()->selectedRows())
        core().alerts().acknowledge(filter_->mapToSource(proxyIndex), user);
}

void AlertPanel::updateSummary()
{
    summary_->setText(tr("%1 alert(s), %2 unacknowledged")
                          .arg(core().alerts().rowCount())
                          .arg(core().alerts().unacknowledgedCount()));
}

void AlertPanel::updateTrend()
{
    // Alerts per hour over the last 24 hours, stacked by severity; x = hours ago (0 = this hour).
    std::array<QVector<double>, 4> counts;
    for (auto& c : counts)
        c.fill(0.0, 24);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const AlertModel& model = core().alerts();
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 hoursAgo = model.index(r, 0).data(AlertModel::TimeRole).toDateTime().secsTo(now) / 3600;
        if (hoursAgo < 0 || hoursAgo >= 24)
            continue;
        const int s = model.index(r, 0).data(AlertModel::SeverityRole).toInt();
        counts[static_cast<std::size_t>(s)][static_cast<int>(hoursAgo)] += 1;
    }
    QVector<double> keys(24);
    for (int h = 0; h < 24; ++h)
        keys[h] = h;
    double top = 1;
    QVector<double> stacked(24, 0.0);
    for (int s = 0; s < 4; ++s) {
        static_cast<QCPBars*>(trend_->plottable(s))->setData(keys, counts[static_cast<std::size_t>(s)], true);
        for (int h = 0; h < 24; ++h)
            stacked[h] += counts[static_cast<std::size_t>(s)][h];
    }
    for (double v : stacked)
        top = std::max(top, v);
    trend_->xAxis->setRange(-0.6, 23.6);
    trend_->xAxis->setRangeReversed(true);
    trend_->yAxis->setRange(0, top * 1.15);
    trend_->replot();
}

} // namespace ws::widgets
