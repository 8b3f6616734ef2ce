#include "funds/FofBuilderPanel.h"

#include "audit/AuditTrail.h"
#include "core/AppCore.h"
#include "funds/FormulaCards.h"
#include "funds/FundScreenerPanel.h"
#include "selection/SelectionHub.h"
#include "store/Csv.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ws::widgets {

namespace {

using funds::Metric;
using funds::PortfolioModel;
using funds::RebalanceFrequency;

constexpr int kMaxPool = 30;

double dateKey(QDate date)
{
    return QCPAxisTickerDateTime::dateTimeToKey(date);
}

// Distinct, readable series colours (the FOF itself is drawn dark and thick).
QColor seriesColor(int i)
{
    static const QColor colors[] = {
        {0x1f, 0x77, 0xb4}, {0xff, 0x7f, 0x0e}, {0x2c, 0xa0, 0x2c}, {0xd6, 0x27, 0x28}, {0x94, 0x67, 0xbd},
        {0x8c, 0x56, 0x4b}, {0xe3, 0x77, 0xc2}, {0x7f, 0x7f, 0x7f}, {0xbc, 0xbd, 0x22}, {0x17, 0xbe, 0xcf}};
    QColor c = colors[i % 10];
    if (i >= 10)
        c = c.lighter(100 + 25 * (i / 10));
    return c;
}

QString percent(double value, int decimals = 2)
{
    return QLocale().toString(value * 100, 'f', decimals) + QLatin1Char('%');
}

// The NAV of `series` on or before `date` (carried forward), or 0 before its first NAV.
double navOn(const funds::NavSeries& series, QDate date)
{
    const auto it = std::upper_bound(series.dates.begin(), series.dates.end(), date);
    if (it == series.dates.begin())
        return 0;
    return series.navs[static_cast<std::size_t>(it - series.dates.begin()) - 1];
}

} // namespace

// What a run computed, handed from the pool thread to the GUI.
struct FofBuilderPanel::Outcome
{
    funds::BacktestOutcome fof;
    std::optional<funds::BacktestResult> equalWeight; // the reference when the model is not equal weight
    QStringList codes;
    QStringList labels;
    std::vector<funds::NavSeries> rebased;         // each fund over the back-test, 1 at the start
    std::vector<std::vector<double>> dailyWeights; // [fund][date of the FOF NAV]
    std::vector<funds::WindowResult> metrics;      // FOF, [equal weight], funds
    QStringList metricColumns;
    QString benchmark;
    bool equalWeightModel = true;
};

FofBuilderPanel::FofBuilderPanel(core::AppCore& core, QWidget* parent)
    : Panel(core, parent), title_(new QLabel(this)), addEdit_(new QLineEdit(this)),
      addButton_(new QPushButton(this)), removeButton_(new QPushButton(this)),
      clearButton_(new QPushButton(this)), poolTable_(new QTableWidget(this)),
      startEdit_(new QDateEdit(this)), endEdit_(new QDateEdit(this)), modelBox_(new QComboBox(this)),
      lambdaSpin_(new QDoubleSpinBox(this)), lambdaLabel_(new QLabel(this)),
      tauSpin_(new QDoubleSpinBox(this)), tauLabel_(new QLabel(this)), rebalanceBox_(new QComboBox(this)),
      lookbackSpin_(new QSpinBox(this)), costSpin_(new QDoubleSpinBox(this)),
      benchmarkBox_(new QComboBox(this)), viewsLabel_(new QLabel(this)), viewsTable_(new QTableWidget(this)),
      addViewButton_(new QPushButton(this)), removeViewButton_(new QPushButton(this)),
      runButton_(new QPushButton(this)), exportButton_(new QPushButton(this)),
      cancelButton_(new QPushButton(this)), progress_(new QProgressBar(this)), statusLabel_(new QLabel(this)),
      errorLabel_(new QLabel(this)), summaryLabel_(new QLabel(this)), tabs_(new QTabWidget(this)),
      navPlot_(new QCustomPlot(this)), weightsPlot_(new QCustomPlot(this)),
      rebalanceTable_(new QTableWidget(this)), metricsTable_(new QTableWidget(this)),
      startLabel_(new QLabel(this)), endLabel_(new QLabel(this)), modelLabel_(new QLabel(this)),
      rebalanceLabel_(new QLabel(this)), lookbackLabel_(new QLabel(this)), costLabel_(new QLabel(this)),
      benchmarkLabel_(new QLabel(this)), poolLabel_(new QLabel(this))
{
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    poolLabel_->setFont(bold);

    // Pool.
    addEdit_->setObjectName(QStringLiteral("addFund"));
    addEdit_->setClearButtonEnabled(true);
    auto* addCompleter = new QCompleter(new QStringListModel(this), this);
    addCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    addCompleter->setFilterMode(Qt::MatchContains);
    addCompleter->setMaxVisibleItems(12);
    addEdit_->setCompleter(addCompleter);
    const auto addTyped = [this] {
        const QString code = addEdit_->text().section(QLatin1Char(' '), 0, 0).trimmed();
        if (addFund(code))
            addEdit_->clear();
    };
    connect(addEdit_, &QLineEdit::returnPressed, this, addTyped);
    connect(addButton_, &QPushButton::clicked, this, addTyped);
    connect(removeButton_, &QPushButton::clicked, this, [this] {
        QStringList codes;
        for (const QModelIndex& index : poolTable_->selectionModel()->selectedRows())
            codes << pool_.value(index.row());
        for (const QString& code : codes)
            removeFund(code);
    });
    connect(clearButton_, &QPushButton::clicked, this, [this] { setPool({}); });
    poolTable_->setObjectName(QStringLiteral("poolTable"));
    poolTable_->setColumnCount(7);
    poolTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    poolTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    poolTable_->verticalHeader()->hide();
    poolTable_->verticalHeader()->setDefaultSectionSize(poolTable_->fontMetrics().height() + 10);
    // Numbers stay narrow so the name keeps the room.
    poolTable_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    poolTable_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    poolTable_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (int c = 3; c < 7; ++c) {
        poolTable_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Fixed);
        poolTable_->setColumnWidth(c, poolTable_->fontMetrics().horizontalAdvance(QStringLiteral("100.0%")) +
                                          18);
    }
    poolTable_->setAlternatingRowColors(true);
    connect(poolTable_, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < pool_.size() && this->core().selection().fund(linkGroup()) != pool_[row])
            this->core().selection().setFund(linkGroup(), pool_[row]);
    });
    // Follow the link group's fund when it is in the pool.
    connect(&core.selection(), &selection::SelectionHub::fundChanged, this,
            [this](int group, const QString& code) {
                const auto row = pool_.indexOf(code);
                if (group == static_cast<int>(linkGroup()) && linkGroup() != selection::LinkGroup::None &&
                    row >= 0 && poolTable_->currentRow() != row)
                    poolTable_->setCurrentCell(static_cast<int>(row), 0);
            });

    // Parameters.
    for (QDateEdit* d : {startEdit_, endEdit_}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    for (const PortfolioModel m : funds::portfolioModels())
        modelBox_->addItem(funds::modelName(m), static_cast<int>(m));
    modelBox_->setObjectName(QStringLiteral("model"));
    lambdaSpin_->setRange(0.1, 100);
    lambdaSpin_->setDecimals(1);
    lambdaSpin_->setSingleStep(0.5);
    lambdaSpin_->setValue(3.0);
    tauSpin_->setRange(0.001, 1);
    tauSpin_->setDecimals(3);
    tauSpin_->setSingleStep(0.01);
    tauSpin_->setValue(0.05);
    for (const RebalanceFrequency f :
         {RebalanceFrequency::None, RebalanceFrequency::Monthly, RebalanceFrequency::Quarterly,
          RebalanceFrequency::SemiAnnual, RebalanceFrequency::Annual})
        rebalanceBox_->addItem(QString(), static_cast<int>(f));
    rebalanceBox_->setCurrentIndex(2);
    lookbackSpin_->setRange(20, 2520);
    lookbackSpin_->setValue(252);
    costSpin_->setRange(0, 500);
    costSpin_->setDecimals(1);
    costSpin_->setValue(5);
    benchmarkBox_->setObjectName(QStringLiteral("benchmark"));
    connect(modelBox_, &QComboBox::currentIndexChanged, this, [this] {
        updateModelControls();
        fitDates();
    });
    connect(lookbackSpin_, &QSpinBox::valueChanged, this, [this] { fitDates(); });

    // Black–Litterman views.
    viewsTable_->setObjectName(QStringLiteral("views"));
    viewsTable_->setColumnCount(4);
    viewsTable_->verticalHeader()->hide();
    viewsTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    viewsTable_->setMaximumHeight(120);
    connect(addViewButton_, &QPushButton::clicked, this, &FofBuilderPanel::addView);
    connect(removeViewButton_, &QPushButton::clicked, this, [this] {
        if (viewsTable_->currentRow() >= 0)
            viewsTable_->removeRow(viewsTable_->currentRow());
    });

    runButton_->setObjectName(QStringLiteral("run"));
    runButton_->setDefault(true);
    connect(runButton_, &QPushButton::clicked, this, &FofBuilderPanel::run);
    exportButton_->setObjectName(QStringLiteral("exportCsv"));
    exportButton_->setEnabled(false);
    connect(exportButton_, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the FOF back-test"),
                                         QStringLiteral("fof-backtest.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(this, &FofBuilderPanel::exportFinished, this, [this](bool ok, qint64 rows, const QString& what) {
        if (!ok)
            QMessageBox::warning(this, tr("Export failed"), what);
        else
            statusLabel_->setText(tr("Exported %n row(s) to %1", nullptr, static_cast<int>(rows)).arg(what));
    });
    connect(cancelButton_, &QPushButton::clicked, this, &FofBuilderPanel::cancel);
    cancelButton_->hide();
    progress_->setRange(0, 0); // the back-test reports no steps: a busy bar
    progress_->setFixedWidth(120);
    progress_->hide();
    errorLabel_->setObjectName(QStringLiteral("error"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setStyleSheet(QStringLiteral(
        "QLabel { color: #a61b1b; background: #fde2e1; border-radius: 3px; padding: 3px 6px; }"));
    errorLabel_->hide();
    summaryLabel_->setObjectName(QStringLiteral("summary"));
    summaryLabel_->setWordWrap(true);
    summaryLabel_->setTextFormat(Qt::RichText);

    // Results.
    for (QCustomPlot* plot : {navPlot_, weightsPlot_}) {
        plot->setPlottingHint(QCP::phImmediateRefresh, false);
        auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
        ticker->setDateTimeFormat(QStringLiteral("yyyy-MM"));
        ticker->setTickCount(8);
        plot->xAxis->setTicker(ticker);
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        plot->axisRect()->setRangeDrag(Qt::Horizontal);
        plot->axisRect()->setRangeZoom(Qt::Horizontal);
        plot->setMinimumHeight(220);
    }
    navPlot_->setObjectName(QStringLiteral("navPlot"));
    navPlot_->legend->setVisible(true);
    QFont legendFont = font();
    legendFont.setPointSizeF(font().pointSizeF() * 0.85);
    navPlot_->legend->setFont(legendFont);
    navPlot_->legend->setBrush(QColor(255, 255, 255, 210));
    navPlot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    weightsPlot_->legend->setVisible(true);
    weightsPlot_->legend->setFont(legendFont);
    weightsPlot_->legend->setBrush(QColor(255, 255, 255, 210));
    weightsPlot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    auto percentTicker = QSharedPointer<QCPAxisTicker>::create();
    weightsPlot_->yAxis->setTicker(percentTicker);
    weightsPlot_->yAxis->setNumberFormat(QStringLiteral("f"));
    weightsPlot_->yAxis->setNumberPrecision(1);
    for (QTableWidget* t : {rebalanceTable_, metricsTable_}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->hide();
        t->setAlternatingRowColors(true);
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
        t->setWordWrap(false);
    }
    metricsTable_->setObjectName(QStringLiteral("metrics"));
    rebalanceTable_->setObjectName(QStringLiteral("rebalances"));
    auto* weightsPage = new QSplitter(Qt::Vertical, this);
    weightsPage->addWidget(weightsPlot_);
    weightsPage->addWidget(rebalanceTable_);
    weightsPage->setStretchFactor(0, 3);
    weightsPage->setStretchFactor(1, 2);
    tabs_->addTab(navPlot_, QString());
    tabs_->addTab(weightsPage, QString());
    tabs_->addTab(metricsTable_, QString());

    // Layout: the pool and parameters on the left, the results on the right.
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(addEdit_, 1);
    addRow->addWidget(addButton_);
    addRow->addWidget(removeButton_);
    addRow->addWidget(clearButton_);
    leftLayout->addWidget(poolLabel_);
    leftLayout->addLayout(addRow);
    leftLayout->addWidget(poolTable_, 1);
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(3);
    auto* dates = new QHBoxLayout;
    dates->addWidget(startEdit_, 1);
    dates->addWidget(endLabel_);
    dates->addWidget(endEdit_, 1);
    form->addRow(startLabel_, dates);
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(modelBox_, 1);
    modelRow->addWidget(lambdaLabel_);
    modelRow->addWidget(lambdaSpin_);
    modelRow->addWidget(tauLabel_);
    modelRow->addWidget(tauSpin_);
    form->addRow(modelLabel_, modelRow);
    auto* rebalanceRow = new QHBoxLayout;
    rebalanceRow->addWidget(rebalanceBox_, 1);
    rebalanceRow->addWidget(lookbackLabel_);
    rebalanceRow->addWidget(lookbackSpin_);
    rebalanceRow->addWidget(costLabel_);
    rebalanceRow->addWidget(costSpin_);
    form->addRow(rebalanceLabel_, rebalanceRow);
    form->addRow(benchmarkLabel_, benchmarkBox_);
    leftLayout->addLayout(form);
    auto* viewsHead = new QHBoxLayout;
    viewsHead->addWidget(viewsLabel_, 1);
    viewsHead->addWidget(addViewButton_);
    viewsHead->addWidget(removeViewButton_);
    leftLayout->addLayout(viewsHead);
    leftLayout->addWidget(viewsTable_);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(runButton_);
    runRow->addWidget(cancelButton_);
    runRow->addWidget(progress_);
    runRow->addWidget(statusLabel_, 1);
    leftLayout->addLayout(runRow);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(4);
    rightLayout->addWidget(errorLabel_);
    rightLayout->addWidget(summaryLabel_);
    rightLayout->addWidget(tabs_, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 840}); // scaled to the panel's width when first laid out
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(createLinkButton());
    top->addWidget(title_);
    top->addStretch();
    top->addWidget(exportButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    funds::FundUniverse& universe = core.fundUniverse();
    connect(&universe, &funds::FundUniverse::ready, this, &FofBuilderPanel::onUniverse);
    connect(&universe, &funds::FundUniverse::progress, this, [this](double fraction, const QString& stage) {
        statusLabel_->setText(tr("Universe: %1 %2%").arg(stage).arg(std::lround(fraction * 100)));
    });
    connect(&universe, &funds::FundUniverse::failed, this, [this](const QString& message) {
        showError(tr("The fund universe could not be evaluated: %1").arg(message));
    });

    tabs_->hide();
    retranslate();
    updateModelControls();
    rebuildPoolTable();
    connect(&core.selection(), &selection::SelectionHub::fundPoolChosen, this, &FofBuilderPanel::setPool);
    if (universe.snapshot())
        onUniverse();
}

void FofBuilderPanel::showEvent(QShowEvent* event)
{
    Panel::showEvent(event);
    core().fundUniverse().ensureEvaluated(core().databasePath());
}

FofBuilderPanel::~FofBuilderPanel() = default;

void FofBuilderPanel::retranslate()
{
    title_->setText(tr("FOF builder"));
    poolLabel_->setText(tr("Pool"));
    addEdit_->setPlaceholderText(tr("Add a fund by code or name"));
    addButton_->setText(tr("Add"));
    removeButton_->setText(tr("Remove"));
    removeButton_->setToolTip(tr("Remove the selected funds from the pool"));
    clearButton_->setText(tr("Clear"));
    poolTable_->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("First NAV"), tr("Min %"), tr("Max %"), tr("Target %"), tr("Final %")});
    poolTable_->horizontalHeaderItem(3)->setToolTip(
        tr("Lower weight bound of the fund (bounded models only)"));
    poolTable_->horizontalHeaderItem(4)->setToolTip(
        tr("Upper weight bound of the fund (bounded models only)"));
    poolTable_->horizontalHeaderItem(5)->setToolTip(tr("The model's weight at the last rebalance"));
    poolTable_->horizontalHeaderItem(6)->setToolTip(tr("The drifted weight on the last date"));
    startLabel_->setText(tr("From"));
    endLabel_->setText(tr("to"));
    modelLabel_->setText(tr("Model"));
    for (int i = 0; i < modelBox_->count(); ++i)
        modelBox_->setItemText(i,
                               funds::modelName(static_cast<PortfolioModel>(modelBox_->itemData(i).toInt())));
    lambdaLabel_->setText(tr("λ"));
    lambdaSpin_->setToolTip(
        tr("Risk aversion λ of mean-variance (δ of Black–Litterman): higher holds less risk"));
    tauLabel_->setText(tr("τ"));
    tauSpin_->setToolTip(tr("Black–Litterman τ: the uncertainty of the equilibrium prior, τΣ"));
    rebalanceLabel_->setText(tr("Rebalance"));
    static constexpr const char* frequencies[] = {QT_TR_NOOP("None (buy and hold)"), QT_TR_NOOP("Monthly"),
                                                  QT_TR_NOOP("Quarterly"), QT_TR_NOOP("Semi-annual"),
                                                  QT_TR_NOOP("Annual")};
    for (int i = 0; i < rebalanceBox_->count(); ++i)
        rebalanceBox_->setItemText(i, tr(frequencies[i]));
    lookbackLabel_->setText(tr("Look-back"));
    lookbackSpin_->setSuffix(tr(" returns"));
    lookbackSpin_->setToolTip(
        tr("Returns of the estimation window ending on each rebalance date (252 ≈ one year)"));
    costLabel_->setText(tr("Cost"));
    costSpin_->setSuffix(tr(" bp"));
    costSpin_->setToolTip(tr("Charged on the traded weight Σ|target − drifted| at each rebalance"));
    benchmarkLabel_->setText(tr("Benchmark"));
    benchmarkBox_->setToolTip(
        tr("The index the relative metrics (alpha, beta, capture, timing) compare with"));
    viewsLabel_->setText(tr("Black–Litterman views"));
    viewsTable_->setHorizontalHeaderLabels({tr("Fund"), tr("Versus"), tr("Return %/yr"), tr("Confidence %")});
    viewsTable_->setToolTip(tr(
        "Fund A outperforms fund B (or returns, when versus is empty) by the given annual return. Confidence "
        "100% is a certain view; 50% weighs it like the prior (Ω = τ·pᵀΣp·(1 − c)/c, Σ from the look-back "
        "before the start)."));
    addViewButton_->setText(tr("Add view"));
    removeViewButton_->setText(tr("Remove view"));
    runButton_->setText(tr("Run back-test"));
    cancelButton_->setText(tr("Cancel"));
    exportButton_->setText(tr("Export CSV…"));
    exportButton_->setToolTip(
        tr("Export the FOF's daily NAV, the equal-weight reference and the daily weights to a "
           "CSV file (recorded in the audit trail)"));
    cancelButton_->setToolTip(tr("Stop waiting for the back-test; its result is discarded"));
    tabs_->setTabText(0, tr("NAV"));
    tabs_->setTabText(1, tr("Weights"));
    tabs_->setTabText(2, tr("Metrics"));
    refreshViewCombos();
    if (shown_)
        showOutcome(*shown_);
    else
        summaryLabel_->setText(
            tr("Add funds to the pool (or send them from the fund screener), choose the dates and "
               "a model, and run the back-test."));
}

void FofBuilderPanel::onUniverse()
{
    snapshot_ = core().fundUniverse().snapshot();
    if (!snapshot_)
        return;
    QStringList entries;
    entries.reserve(static_cast<qsizetype>(snapshot_->universe.funds.size()));
    for (const funds::FundInfo& f : snapshot_->universe.funds)
        entries << f.code + QLatin1Char(' ') + f.name;
    if (auto* list = qobject_cast<QStringListModel*>(addEdit_->completer()->model()))
        list->setStringList(entries);
    const QString benchmark = benchmarkBox_->currentData().toString();
    benchmarkBox_->clear();
    benchmarkBox_->addItem(tr("None"), QString());
    for (const QString& code : snapshot_->universe.benchmarkCodes)
        benchmarkBox_->addItem(code, code);
    benchmarkBox_->setCurrentIndex(std::max(0, benchmarkBox_->findData(benchmark)));
    statusLabel_->setText(
        tr("%n fund(s) in the universe", nullptr, static_cast<int>(snapshot_->universe.funds.size())));
    rebuildPoolTable();
    fitDates();
}

QString FofBuilderPanel::fundLabel(const QString& code) const
{
    if (snapshot_)
        if (const auto i = snapshot_->indexOf(code))
            return code + QLatin1Char(' ') + snapshot_->universe.funds[*i].name;
    return code;
}

void FofBuilderPanel::setPool(const QStringList& codes)
{
    pool_.clear();
    for (const QString& code : codes)
        if (!code.trimmed().isEmpty() && !pool_.contains(code.trimmed()) && pool_.size() < kMaxPool)
            pool_ << code.trimmed();
    // A fund's benchmark is the natural default when the pool shares one.
    if (snapshot_ && !pool_.isEmpty() && benchmarkBox_->currentIndex() <= 0)
        if (const auto i = snapshot_->indexOf(pool_.front()))
            benchmarkBox_->setCurrentIndex(
                std::max(0, benchmarkBox_->findData(snapshot_->universe.funds[*i].benchmark)));
    rebuildPoolTable();
    refreshViewCombos();
    fitDates();
}

bool FofBuilderPanel::addFund(const QString& code)
{
    if (code.isEmpty())
        return false;
    if (snapshot_ && !snapshot_->indexOf(code)) {
        showError(tr("No fund %1 in the universe.").arg(code));
        return false;
    }
    if (pool_.contains(code))
        return true;
    if (pool_.size() >= kMaxPool) {
        showError(tr("The pool holds at most %1 funds.").arg(kMaxPool));
        return false;
    }
    errorLabel_->hide();
    QStringList next = pool_;
    next << code;
    setPool(next);
    return true;
}

void FofBuilderPanel::removeFund(const QString& code)
{
    QStringList next = pool_;
    next.removeAll(code);
    setPool(next);
}

void FofBuilderPanel::rebuildPoolTable()
{
    poolTable_->setRowCount(static_cast<int>(pool_.size()));
    for (int r = 0; r < pool_.size(); ++r) {
        const QString& code = pool_[r];
        QString name;
        QString first;
        if (snapshot_)
            if (const auto i = snapshot_->indexOf(code)) {
                name = snapshot_->universe.funds[*i].name;
                const funds::NavSeries& nav = snapshot_->universe.navs[*i];
                if (!nav.dates.empty())
                    first = nav.dates.front().toString(Qt::ISODate);
            }
        poolTable_->setItem(r, 0, new QTableWidgetItem(code));
        poolTable_->setItem(r, 1, new QTableWidgetItem(name));
        poolTable_->setItem(r, 2, new QTableWidgetItem(first));
        const auto [lower, upper] = bounds_.value(code, {0.0, 1.0});
        for (int c : {3, 4}) {
            auto* spin = new QDoubleSpinBox(poolTable_);
            spin->setRange(0, 100);
            spin->setDecimals(1);
            spin->setSingleStep(5);
            spin->setFrame(false);
            spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
            spin->setAlignment(Qt::AlignRight);
            spin->setValue((c == 3 ? lower : upper) * 100);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, code, c](double value) {
                auto bounds = bounds_.value(code, {0.0, 1.0});
                (c == 3 ? bounds.first : bounds.second) = value / 100;
                bounds_.insert(code, bounds);
            });
            poolTable_->setCellWidget(r, c, spin);
        }
        for (int c : {5, 6}) {
            auto* item = new QTableWidgetItem();
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            poolTable_->setItem(r, c, item);
        }
    }
    runButton_->setEnabled(!pool_.isEmpty() && snapshot_ != nullptr);
}

void FofBuilderPanel::fitDates()
{
    if (!snapshot_ || pool_.isEmpty())
        return;
    QDate latestFirst;
    QDate earliestLast;
    QDate feasible; // the first start the model's look-back allows
    const bool estimates =
        static_cast<PortfolioModel>(modelBox_->currentData().toInt()) != PortfolioModel::EqualWeight;
    for (const QString& code : pool_) {
        const auto i = snapshot_->indexOf(code);
        if (!i || snapshot_->universe.navs[*i].dates.empty())
            continue;
        const funds::NavSeries& nav = snapshot_->universe.navs[*i];
        if (!latestFirst.isValid() || nav.dates.front() > latestFirst)
            latestFirst = nav.dates.front();
        if (!earliestLast.isValid() || nav.dates.back() < earliestLast)
            earliestLast = nav.dates.back();
        const auto need = static_cast<std::size_t>(estimates ? lookbackSpin_->value() : 0);
        const QDate start = need < nav.size() ? nav.dates[need] : nav.dates.back();
        if (!feasible.isValid() || start > feasible)
            feasible = start;
    }
    if (!latestFirst.isValid())
        return;
    startEdit_->setDate(feasible);
    endEdit_->setDate(earliestLast);
}

void FofBuilderPanel::setDates(QDate start, QDate end)
{
    startEdit_->setDate(start);
    endEdit_->setDate(end);
}

void FofBuilderPanel::setModel(PortfolioModel model)
{
    modelBox_->setCurrentIndex(modelBox_->findData(static_cast<int>(model)));
}

void FofBuilderPanel::setRebalance(RebalanceFrequency frequency)
{
    rebalanceBox_->setCurrentIndex(rebalanceBox_->findData(static_cast<int>(frequency)));
}

void FofBuilderPanel::updateModelControls()
{
    const auto model = static_cast<PortfolioModel>(modelBox_->currentData().toInt());
    const bool lambda = model == PortfolioModel::MeanVariance || model == PortfolioModel::BlackLitterman;
    const bool bl = model == PortfolioModel::BlackLitterman;
    lambdaLabel_->setVisible(lambda);
    lambdaSpin_->setVisible(lambda);
    tauLabel_->setVisible(bl);
    tauSpin_->setVisible(bl);
    viewsLabel_->setVisible(bl);
    viewsTable_->setVisible(bl);
    addViewButton_->setVisible(bl);
    removeViewButton_->setVisible(bl);
    lookbackSpin_->setEnabled(model != PortfolioModel::EqualWeight);
    const bool bounded = model == PortfolioModel::MinimumVariance || model == PortfolioModel::MeanVariance ||
                         model == PortfolioModel::BlackLitterman;
    poolTable_->setColumnHidden(3, !bounded);
    poolTable_->setColumnHidden(4, !bounded);
}

void FofBuilderPanel::addView()
{
    const int row = viewsTable_->rowCount();
    viewsTable_->insertRow(row);
    for (int c : {0, 1})
        viewsTable_->setCellWidget(row, c, new QComboBox(viewsTable_));
    auto* q = new QDoubleSpinBox(viewsTable_);
    q->setRange(-50, 50);
    q->setDecimals(1);
    q->setValue(2.0);
    q->setSuffix(QStringLiteral("%"));
    viewsTable_->setCellWidget(row, 2, q);
    auto* confidence = new QSpinBox(viewsTable_);
    confidence->setRange(1, 100);
    confidence->setValue(50);
    confidence->setSuffix(QStringLiteral("%"));
    viewsTable_->setCellWidget(row, 3, confidence);
    refreshViewCombos();
    if (auto* b = qobject_cast<QComboBox*>(viewsTable_->cellWidget(row, 1)); b && b->count() > 2)
        b->setCurrentIndex(2);
}

void FofBuilderPanel::refreshViewCombos()
{
    for (int r = 0; r < viewsTable_->rowCount(); ++r)
        for (int c : {0, 1}) {
            auto* box = qobject_cast<QComboBox*>(viewsTable_->cellWidget(r, c));
            if (!box)
                continue;
            const QString current = box->currentData().toString();
            const QSignalBlocker block(box);
            box->clear();
            if (c == 1)
                box->addItem(tr("— (absolute)"), QString());
            for (const QString& code : pool_)
                box->addItem(fundLabel(code), code);
            box->setCurrentIndex(std::max(0, box->findData(current)));
        }
}

funds::BacktestSpec FofBuilderPanel::backtestSpec() const
{
    funds::BacktestSpec spec;
    spec.start = startEdit_->date();
    spec.end = endEdit_->date();
    spec.model.model = static_cast<PortfolioModel>(modelBox_->currentData().toInt());
    spec.model.riskAversion = lambdaSpin_->value();
    spec.model.blackLitterman.riskAversion = lambdaSpin_->value();
    spec.model.blackLitterman.tau = tauSpin_->value();
    spec.rebalance = static_cast<RebalanceFrequency>(rebalanceBox_->currentData().toInt());
    spec.lookbackReturns = lookbackSpin_->value();
    spec.costBps = costSpin_->value();
    if (snapshot_)
        spec.periodsPerYear = snapshot_->conventions.periodsPerYear;
    const auto n = static_cast<Eigen::Index>(pool_.size());
    spec.bounds.lower = Eigen::VectorXd::Zero(n);
    spec.bounds.upper = Eigen::VectorXd::Ones(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto [lower, upper] = bounds_.value(pool_[static_cast<qsizetype>(i)], {0.0, 1.0});
        spec.bounds.lower(i) = lower;
        spec.bounds.upper(i) = upper;
    }
    if (spec.model.model == PortfolioModel::BlackLitterman)
        for (int r = 0; r < viewsTable_->rowCount(); ++r) {
            const auto* a = qobject_cast<QComboBox*>(viewsTable_->cellWidget(r, 0));
            const auto* b = qobject_cast<QComboBox*>(viewsTable_->cellWidget(r, 1));
            const auto* q = qobject_cast<QDoubleSpinBox*>(viewsTable_->cellWidget(r, 2));
            if (!a || !b || !q)
                continue;
            funds::View view;
            view.pick = Eigen::VectorXd::Zero(n);
            const auto ia = pool_.indexOf(a->currentData().toString());
            const auto ib = pool_.indexOf(b->currentData().toString());
            if (ia < 0 || ia == ib)
                continue;
            view.pick(static_cast<Eigen::Index>(ia)) = 1;
            if (ib >= 0)
                view.pick(static_cast<Eigen::Index>(ib)) = -1;
            view.q = q->value() / 100;
            spec.model.blackLitterman.views.push_back(view);
        }
    return spec;
}

void FofBuilderPanel::run()
{
    if (!snapshot_ || pool_.isEmpty())
        return;
    // The pool's series (copied: the worker outlives nothing it borrows), named "code name" so the
    // model's messages name the fund.
    std::vector<funds::NavSeries> navs;
    QStringList missing;
    for (const QString& code : pool_) {
        const auto i = snapshot_->indexOf(code);
        if (!i || snapshot_->universe.navs[*i].size() < 2) {
            missing << code;
            continue;
        }
        funds::NavSeries series = snapshot_->universe.navs[*i];
        series.source = fundLabel(code);
        navs.push_back(std::move(series));
    }
    if (!missing.isEmpty()) {
        showError(tr("No NAV history for %1.").arg(missing.join(QStringLiteral(", "))));
        return;
    }
    funds::BacktestSpec spec = backtestSpec();
    std::vector<double> confidences;
    if (spec.model.model == PortfolioModel::BlackLitterman)
        for (int r = 0; r < viewsTable_->rowCount(); ++r)
            if (const auto* c = qobject_cast<QSpinBox*>(viewsTable_->cellWidget(r, 3)))
                confidences.push_back(c->value() / 100.0);
    std::optional<funds::NavSeries> benchmark;
    const QString benchmarkCode = benchmarkBox_->currentData().toString();
    if (const auto b = snapshot_->universe.benchmarkCodes.indexOf(benchmarkCode);
        b >= 0 && static_cast<std::size_t>(b) < snapshot_->universe.benchmarks.size())
        benchmark = snapshot_->universe.benchmarks[static_cast<std::size_t>(b)];
    const funds::Conventions conventions = snapshot_->conventions;
    QStringList codes = pool_;
    QStringList labels;
    for (const QString& code : pool_)
        labels << fundLabel(code);

    running_ = true;
    error_.clear();
    errorLabel_->hide();
    runButton_->setEnabled(false);
    cancelButton_->show();
    progress_->show();
    statusLabel_->setText(tr("Back-testing %n fund(s)…", nullptr, static_cast<int>(pool_.size())));
    const quint64 generation = ++generation_;
    QPointer<FofBuilderPanel> self(this);
    QThreadPool::globalInstance()->start([self, generation, navs = std::move(navs), spec, confidences,
                                          benchmark, benchmarkCode, conventions, codes, labels]() mutable {
        auto outcome = std::make_shared<Outcome>();
        outcome->codes = codes;
        outcome->labels = labels;
        outcome->benchmark = benchmarkCode;
        outcome->equalWeightModel = spec.model.model == PortfolioModel::EqualWeight;
        const auto n = navs.size();

        // View confidence → Ω from the covariance of the look-back before the start.
        if (!spec.model.blackLitterman.views.empty()) {
            std::vector<QDate> calendar;
            for (const funds::NavSeries& s : navs)
                for (const QDate& d : s.dates)
                    if (d <= spec.start)
                        calendar.push_back(d);
            std::sort(calendar.begin(), calendar.end());
            calendar.erase(std::unique(calendar.begin(), calendar.end()), calendar.end());
            const auto lookback = static_cast<std::size_t>(spec.lookbackReturns);
            if (calendar.size() > lookback) {
                Eigen::MatrixXd returns(static_cast<Eigen::Index>(lookback), static_cast<Eigen::Index>(n));
                const std::size_t from = calendar.size() - lookback - 1;
                bool valid = true;
                for (std::size_t f = 0; f < n && valid; ++f)
                    for (std::size_t t = 0; t < lookback; ++t) {
                        const double before = navOn(navs[f], calendar[from + t]);
                        const double after = navOn(navs[f], calendar[from + t + 1]);
                        valid = valid && before > 0;
                        returns(static_cast<Eigen::Index>(t), static_cast<Eigen::Index>(f)) =
                            before > 0 ? after / before - 1 : 0;
                    }
                const funds::MomentsOutcome moments = funds::estimateMoments(returns, spec.periodsPerYear);
                if (valid && moments.ok())
                    for (std::size_t v = 0;
                         v < spec.model.blackLitterman.views.size() && v < confidences.size(); ++v) {
                        funds::View& view = spec.model.blackLitterman.views[v];
                        const double c = confidences[v];
                        view.variance = spec.model.blackLitterman.tau *
                                        view.pick.dot(moments.moments->covariance * view.pick) * (1 - c) / c;
                    }
            }
        }

        outcome->fof = funds::runBacktest(navs, spec);
        if (outcome->fof.ok()) {
            const funds::BacktestResult& r = *outcome->fof.result;
            if (!outcome->equalWeightModel) {
                funds::BacktestSpec reference = spec;
                reference.model = funds::ModelSpec{};
                auto ew = funds::runBacktest(navs, reference);
                if (ew.ok())
                    outcome->equalWeight = std::move(*ew.result);
            }
            // Each fund rebased to 1 on the first date, on the FOF's dates.
            for (const funds::NavSeries& s : navs) {
                funds::NavSeries rebased;
                rebased.source = s.source;
                const double base = navOn(s, r.nav.dates.front());
                for (const QDate& d : r.nav.dates) {
                    rebased.dates.push_back(d);
                    rebased.navs.push_back(base > 0 ? navOn(s, d) / base : 1.0);
                }
                outcome->rebased.push_back(std::move(rebased));
            }
            // Daily weights: each rebalance's targets drifting with the funds until the next one.
            outcome->dailyWeights.assign(n, std::vector<double>(r.nav.dates.size(), 0.0));
            std::size_t k = 0;
            for (std::size_t t = 0; t < r.nav.dates.size(); ++t) {
                while (k + 1 < r.rebalances.size() && r.rebalances[k + 1].date <= r.nav.dates[t])
                    ++k;
                const funds::Rebalance& reb = r.rebalances[k];
                double total = 0;
                std::vector<double> value(n);
                for (std::size_t f = 0; f < n; ++f) {
                    const double start = navOn(navs[f], reb.date);
                    value[f] = start > 0 ? reb.weights(static_cast<Eigen::Index>(f)) *
                                               navOn(navs[f], r.nav.dates[t]) / start
                                         : 0;
                    total += value[f];
                }
                for (std::size_t f = 0; f < n; ++f)
                    outcome->dailyWeights[f][t] = total > 0 ? value[f] / total : 0;
            }
            // The full metric set since the FOF's start, against the chosen benchmark.
            funds::Workspace workspace;
            const auto evaluate = [&](const funds::NavSeries& nav, const QString& column) {
                std::optional<funds::JoinedSeries> joined;
                if (benchmark)
                    joined = funds::joinOnDate(nav, *benchmark).joined;
                const funds::FundData fundData = funds::FundData::prepare(nav, joined);
                outcome->metrics.push_back(
                    funds::computeWindow(fundData, funds::Window{}, conventions, workspace));
                outcome->metricColumns << column;
            };
            evaluate(r.nav, QStringLiteral("FOF"));
            if (outcome->equalWeight)
                evaluate(outcome->equalWeight->nav, QStringLiteral("EW"));
            for (std::size_t f = 0; f < n; ++f)
                evaluate(outcome->rebased[f], codes[static_cast<qsizetype>(f)]);
        }
        QMetaObject::invokeMethod(
            self,
            [self, generation, outcome] {
                if (!self || generation != self->generation_)
                    return;
                self->running_ = false;
                self->shown_ = outcome;
                self->showOutcome(*outcome);
                Q_EMIT self->finished(outcome->fof.ok());
            },
            Qt::QueuedConnection);
    });
}

void FofBuilderPanel::exportCsv(const QString& path)
{
    if (!shown_ || !shown_->fof.ok())
        return;
    QStringList headers{tr("Date"), tr("FOF NAV")};
    if (shown_->equalWeight)
        headers << tr("Equal-weight FOF NAV");
    for (const QString& code : shown_->codes)
        headers << tr("Weight %1 (%)").arg(code);
    QPointer<FofBuilderPanel> self(this);
    QThreadPool::globalInstance()->start([self, path, headers, outcome = shown_] {
        const funds::BacktestResult& r = *outcome->fof.result;
        QSaveFile file(path);
        qint64 written = -1;
        QString error;
        if (file.open(QIODevice::WriteOnly)) {
            QByteArray out("\xEF\xBB\xBF");
            QStringList fields;
            for (const QString& h : headers)
                fields << store::csvField(h);
            out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
            for (std::size_t t = 0; t < r.nav.size(); ++t) {
                fields = {r.nav.dates[t].toString(Qt::ISODate), QString::number(r.nav.navs[t], 'g', 12)};
                if (outcome->equalWeight)
                    fields << QString::number(navOn(outcome->equalWeight->nav, r.nav.dates[t]), 'g', 12);
                for (const std::vector<double>& w : outcome->dailyWeights)
                    fields << QString::number(w[t] * 100, 'f', 4);
                out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
            }
            file.write(out);
            if (file.commit())
                written = static_cast<qint64>(r.nav.size());
            else
                error = file.errorString();
        } else {
            error = file.errorString();
        }
        QMetaObject::invokeMethod(
            self,
            [self, path, written, error] {
                if (!self)
                    return;
                self->core().audit().record(
                    QStringLiteral("export.csv"), QFileInfo(path).absoluteFilePath(),
                    written >= 0 ? QStringLiteral("ok") : QStringLiteral("failed"),
                    written >= 0 ? QStringLiteral("FOF back-test, %1 rows").arg(written) : error);
                Q_EMIT self->exportFinished(written >= 0, written, written >= 0 ? path : error);
            },
            Qt::QueuedConnection);
    });
}

void FofBuilderPanel::cancel()
{
    if (!running_)
        return;
    ++generation_; // the pool thread's result is dropped when it arrives
    running_ = false;
    runButton_->setEnabled(true);
    cancelButton_->hide();
    progress_->hide();
    statusLabel_->setText(tr("Back-test cancelled."));
}

void FofBuilderPanel::showError(const QString& message)
{
    error_ = message;
    errorLabel_->setText(message);
    errorLabel_->show();
}

void FofBuilderPanel::showOutcome(const Outcome& outcome)
{
    runButton_->setEnabled(!pool_.isEmpty());
    cancelButton_->hide();
    progress_->hide();
    if (!outcome.fof.ok()) {
        result_.reset();
        statusLabel_->setText(tr("The back-test failed."));
        showError(tr("Back-test failed: %1").arg(outcome.fof.error));
        summaryLabel_->clear();
        tabs_->hide();
        exportButton_->setEnabled(false);
        // Mark the fund the model names, so the pool shows where the problem is.
        for (int row = 0; row < poolTable_->rowCount(); ++row)
            for (int c : {0, 1, 2})
                if (QTableWidgetItem* item = poolTable_->item(row, c))
                    item->setBackground(
                        outcome.fof.error.contains(pool_.value(row)) ? QColor(0xfd, 0xe2, 0xe1) : QBrush());
        return;
    }
    error_.clear();
    errorLabel_->hide();
    tabs_->show();
    exportButton_->setEnabled(true);
    result_ = *outcome.fof.result;
    const funds::BacktestResult& r = *result_;
    statusLabel_->setText(
        tr("Done: %1 to %2")
            .arg(r.nav.dates.front().toString(Qt::ISODate), r.nav.dates.back().toString(Qt::ISODate)));

    double turnover = 0;
    for (const funds::Rebalance& reb : r.rebalances)
        turnover += reb.turnover;
    const funds::WindowResult& m = outcome.metrics.front();
    const auto value = [&](Metric metric) { return m.values[metric]; };
    QString summary =
        tr("<b>NAV %1</b> · return %2 · annualised %3 · volatility %4 · max drawdown %5 · Sharpe %6")
            .arg(QLocale().toString(r.nav.navs.back(), 'f', 4),
                 value(Metric::CumulativeReturn) ? percent(*value(Metric::CumulativeReturn))
                                                 : QStringLiteral("—"),
                 value(Metric::AnnualizedReturn) ? percent(*value(Metric::AnnualizedReturn))
                                                 : QStringLiteral("—"),
                 value(Metric::AnnualizedVolatility) ? percent(*value(Metric::AnnualizedVolatility))
                                                     : QStringLiteral("—"),
                 value(Metric::MaxDrawdown) ? percent(*value(Metric::MaxDrawdown)) : QStringLiteral("—"),
                 value(Metric::Sharpe) ? QLocale().toString(*value(Metric::Sharpe), 'f', 2)
                                       : QStringLiteral("—"));
    summary += QStringLiteral("<br>") +
               tr("%n rebalance(s) after the initial purchase · turnover %1 · cost %2 bp of the initial NAV",
                  nullptr, static_cast<int>(r.rebalances.size()) - 1)
                   .arg(percent(turnover, 1), QLocale().toString(r.totalCost * 1e4, 'f', 1));
    if (!r.warnings.isEmpty())
        summary += QStringLiteral("<br><span style='color:#8a6d00'>%1</span>")
                       .arg(r.warnings.join(QStringLiteral("; ")).toHtmlEscaped());
    summaryLabel_->setText(summary);

    // Weights in the pool table.
    for (int row = 0; row < poolTable_->rowCount() && row < outcome.codes.size(); ++row) {
        if (poolTable_->item(row, 0) == nullptr || poolTable_->item(row, 0)->text() != outcome.codes[row])
            continue;
        const auto i = static_cast<Eigen::Index>(row);
        poolTable_->item(row, 5)->setText(percent(r.rebalances.back().weights(i), 1));
        poolTable_->item(row, 6)->setText(percent(r.finalWeights(i), 1));
    }
    plotNav(outcome);
    plotWeights(outcome);
    fillRebalances(outcome);
    fillMetrics(outcome);
}

void FofBuilderPanel::plotNav(const Outcome& outcome)
{
    navPlot_->clearGraphs();
    const funds::BacktestResult& r = *outcome.fof.result;
    const auto addLine = [&](const funds::NavSeries& nav, const QString& name, const QPen& pen) {
        QCPGraph* g = navPlot_->addGraph();
        QVector<double> keys;
        QVector<double> values;
        keys.reserve(static_cast<qsizetype>(nav.size()));
        values.reserve(static_cast<qsizetype>(nav.size()));
        for (std::size_t t = 0; t < nav.size(); ++t) {
            keys << dateKey(nav.dates[t]);
            values << nav.navs[t];
        }
        g->setData(keys, values, true);
        g->setName(name);
        g->setPen(pen);
        return g;
    };
    for (std::size_t f = 0; f < outcome.rebased.size(); ++f) {
        QColor c = seriesColor(static_cast<int>(f));
        c.setAlpha(150);
        addLine(outcome.rebased[f], outcome.labels.value(static_cast<qsizetype>(f)), QPen(c, 1.0));
    }
    if (outcome.equalWeight)
        addLine(outcome.equalWeight->nav, tr("Equal-weight FOF"),
                QPen(QColor(0x55, 0x55, 0x55), 1.6, Qt::DashLine));
    addLine(r.nav, tr("FOF (%1)").arg(modelBox_->currentText()), QPen(QColor(0x10, 0x2a, 0x6b), 2.6));
    navPlot_->rescaleAxes();
    QCPRange y = navPlot_->yAxis->range();
    navPlot_->yAxis->setRange(y.lower - 0.03 * y.size(), y.upper + 0.03 * y.size());
    navPlot_->yAxis->setLabel(tr("NAV (1 at the start)"));
    // Many funds: keep the legend to the FOF lines.
    for (int i = 0; i < navPlot_->graphCount(); ++i)
        if (outcome.rebased.size() > 8 && i < static_cast<int>(outcome.rebased.size()))
            navPlot_->graph(i)->removeFromLegend();
    navPlot_->replot();
}

void FofBuilderPanel::plotWeights(const Outcome& outcome)
{
    weightsPlot_->clearGraphs();
    const funds::BacktestResult& r = *outcome.fof.result;
    QVector<double> keys;
    for (const QDate& d : r.nav.dates)
        keys << dateKey(d);
    QVector<double> cumulative(keys.size(), 0.0);
    QCPGraph* below = nullptr;
    for (std::size_t f = 0; f < outcome.dailyWeights.size(); ++f) {
        for (qsizetype t = 0; t < keys.size(); ++t)
            cumulative[t] += outcome.dailyWeights[f][static_cast<std::size_t>(t)] * 100;
        QCPGraph* g = weightsPlot_->addGraph();
        g->setData(keys, cumulative, true);
        QColor c = seriesColor(static_cast<int>(f));
        g->setPen(QPen(c.darker(115), 0.8));
        c.setAlpha(170);
        g->setBrush(c);
        if (below)
            g->setChannelFillGraph(below);
        g->setName(outcome.labels.value(static_cast<qsizetype>(f)));
        below = g;
    }
    weightsPlot_->xAxis->setRange(keys.front(), keys.back());
    weightsPlot_->yAxis->setRange(0, 100);
    weightsPlot_->yAxis->setLabel(tr("Weight (%)"));
    weightsPlot_->legend->setVisible(outcome.dailyWeights.size() <= 8);
    weightsPlot_->replot();
}

void FofBuilderPanel::fillRebalances(const Outcome& outcome)
{
    const funds::BacktestResult& r = *outcome.fof.result;
    const int funds = static_cast<int>(outcome.codes.size());
    rebalanceTable_->clear();
    rebalanceTable_->setColumnCount(3 + funds);
    QStringList headers{tr("Date"), tr("Turnover"), tr("Cost (bp)")};
    for (const QString& code : outcome.codes)
        headers << code;
    rebalanceTable_->setHorizontalHeaderLabels(headers);
    for (int f = 0; f < funds; ++f)
        rebalanceTable_->horizontalHeaderItem(3 + f)->setToolTip(outcome.labels.value(f));
    rebalanceTable_->setRowCount(static_cast<int>(r.rebalances.size()));
    for (int row = 0; row < static_cast<int>(r.rebalances.size()); ++row) {
        const funds::Rebalance& reb = r.rebalances[static_cast<std::size_t>(row)];
        const auto cell = [&](int column, const QString& text, const QString& tip = {}) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment((column == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
            item->setToolTip(tip);
            rebalanceTable_->setItem(row, column, item);
        };
        const double navBefore = [&] {
            const auto it = std::lower_bound(r.nav.dates.begin(), r.nav.dates.end(), reb.date);
            return it == r.nav.dates.end() ? 1.0
                                           : r.nav.navs[static_cast<std::size_t>(it - r.nav.dates.begin())];
        }();
        cell(0, reb.date.toString(Qt::ISODate), row == 0 ? tr("Initial purchase") : QString());
        cell(1, percent(reb.turnover, 1));
        cell(2, QLocale().toString(navBefore > 0 ? reb.cost / navBefore * 1e4 : 0.0, 'f', 2));
        for (int f = 0; f < funds; ++f)
            cell(3 + f, percent(reb.weights(f), 1),
                 row == 0 ? QString() : tr("Drifted to %1 before the trade").arg(percent(reb.drifted(f), 1)));
    }
    rebalanceTable_->resizeColumnsToContents();
}

void FofBuilderPanel::fillMetrics(const Outcome& outcome)
{
    metricsTable_->clear();
    metricsTable_->setColumnCount(1 + static_cast<int>(outcome.metrics.size()));
    QStringList headers{tr("Metric")};
    for (const QString& column : outcome.metricColumns)
        headers << (column == QLatin1String("FOF")  ? tr("FOF")
                    : column == QLatin1String("EW") ? tr("Equal weight")
                                                    : column);
    metricsTable_->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < outcome.metricColumns.size(); ++c) {
        const QString& column = outcome.metricColumns[c];
        const qsizetype f = outcome.codes.indexOf(column);
        if (f >= 0)
            metricsTable_->horizontalHeaderItem(1 + c)->setToolTip(outcome.labels.value(f));
    }
    metricsTable_->setRowCount(funds::kMetricCount);
    for (int i = 0; i < funds::kMetricCount; ++i) {
        const auto metric = static_cast<Metric>(i);
        const QString key = QString::fromLatin1(funds::card(metric).key) + QStringLiteral("_si");
        const QString tip = ScreenerTableModel::toolTipOf(key, false, {});
        auto* name = new QTableWidgetItem(funds::card(metric).displayName());
        name->setToolTip(tip);
        if (funds::isRelative(metric) && !outcome.benchmark.isEmpty())
            name->setText(funds::card(metric).displayName() + QStringLiteral(" · ") + outcome.benchmark);
        metricsTable_->setItem(i, 0, name);
        const ScreenColumnKind kind = ScreenerTableModel::kindOf(key, false);
        for (int c = 0; c < static_cast<int>(outcome.metrics.size()); ++c) {
            const std::optional<double>& v = outcome.metrics[static_cast<std::size_t>(c)].values[metric];
            auto* item = new QTableWidgetItem(v ? ScreenerTableModel::format(kind, *v) : QStringLiteral("—"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(tip);
            if (c == 0) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            metricsTable_->setItem(i, 1 + c, item);
        }
    }
    metricsTable_->resizeColumnsToContents();
}

} // namespace ws::widgets
