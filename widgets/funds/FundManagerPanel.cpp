#include "funds/FundManagerPanel.h"

#include "core/AppCore.h"
#include "funds/FormulaCards.h"
#include "funds/FundUniverse.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace ws::widgets {

namespace {

constexpr int kMaxCorrelationFunds = 40; // a larger matrix is summarised, not drawn

QString percent(const std::optional<double>& v)
{
    return v ? QLocale().toString(100.0 * *v, 'f', 2) + QLatin1Char('%') : QStringLiteral("—");
}

QString ratio(const std::optional<double>& v)
{
    return v ? QLocale().toString(*v, 'f', 2) : QStringLiteral("—");
}

// What the pool thread hands back.
struct Built
{
    QString title;
    std::vector<funds::ManagerSpell> spells;
    funds::ManagerIndex index;
    funds::AumHistory aum;
};

} // namespace

FundManagerPanel::FundManagerPanel(core::AppCore& core, QWidget* parent)
    : Panel(core, parent), modeBox_(new QComboBox(this)), searchEdit_(new QLineEdit(this)),
      countLabel_(new QLabel(this)), listModel_(new QStandardItemModel(this)),
      listProxy_(new QSortFilterProxyModel(this)), listView_(new QTableView(this)),
      titleLabel_(new QLabel(this)), metricsLabel_(new QLabel(this)), indexPlot_(new QCustomPlot(this)),
      fundsTable_(new QTableWidget(this)), correlationPlot_(new QCustomPlot(this)),
      correlationNote_(new QLabel(this)), statusLabel_(new QLabel(this))
{
    modeBox_->addItems({QString(), QString()});
    searchEdit_->setClearButtonEnabled(true);
    searchEdit_->setObjectName(QStringLiteral("managerSearch"));
    listProxy_->setSourceModel(listModel_);
    listProxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    listProxy_->setFilterKeyColumn(-1);
    listProxy_->setSortRole(Qt::UserRole + 1);
    listView_->setObjectName(QStringLiteral("managerList"));
    listView_->setModel(listProxy_);
    listView_->setSortingEnabled(true);
    listView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    listView_->setSelectionMode(QAbstractItemView::SingleSelection);
    listView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    listView_->verticalHeader()->hide();
    listView_->horizontalHeader()->setStretchLastSection(true);
    titleLabel_->setStyleSheet(QStringLiteral("QLabel { font-weight: 600; font-size: 110%; }"));
    titleLabel_->setObjectName(QStringLiteral("managerTitle"));
    metricsLabel_->setTextFormat(Qt::RichText);
    fundsTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fundsTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    fundsTable_->verticalHeader()->hide();
    fundsTable_->horizontalHeader()->setStretchLastSection(true);
    correlationNote_->setWordWrap(true);
    statusLabel_->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));

    // The index over time.
    auto* dates = new QCPAxisTickerDateTime;
    dates->setDateTimeFormat(QStringLiteral("yyyy-MM"));
    indexPlot_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(dates));
    indexPlot_->addGraph();
    indexPlot_->graph(0)->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.6));
    indexPlot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    indexPlot_->axisRect()->setRangeZoom(Qt::Horizontal);
    indexPlot_->axisRect()->setRangeDrag(Qt::Horizontal);
    indexPlot_->setMinimumHeight(180);

    // The correlation matrix: blue (−1) through white (0) to red (+1).
    correlationMap_ = new QCPColorMap(correlationPlot_->xAxis, correlationPlot_->yAxis);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0x2c, 0x7b, 0xb6));
    gradient.setColorStopAt(0.5, QColor(0xf7, 0xf7, 0xf7));
    gradient.setColorStopAt(1.0, QColor(0xd7, 0x19, 0x1c));
    auto* scale = new QCPColorScale(correlationPlot_);
    correlationPlot_->plotLayout()->addElement(0, 1, scale);
    correlationMap_->setColorScale(scale); // the scale's gradient and range rule the map
    scale->setGradient(gradient);
    scale->setDataRange(QCPRange(-1, 1));
    correlationPlot_->xAxis->setTicks(false);
    correlationPlot_->yAxis->setTicks(false);
    correlationPlot_->setMinimumHeight(160);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(createLinkButton());
    bar->addWidget(modeBox_);
    bar->addWidget(searchEdit_, 1);
    bar->addWidget(countLabel_);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(listView_);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(fundsTable_);
    auto* corr = new QWidget(this);
    auto* corrLayout = new QVBoxLayout(corr);
    corrLayout->setContentsMargins(0, 0, 0, 0);
    corrLayout->addWidget(correlationPlot_, 1);
    corrLayout->addWidget(correlationNote_);
    lower->addWidget(corr);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(titleLabel_);
    rightLayout->addWidget(metricsLabel_);
    rightLayout->addWidget(indexPlot_, 3);
    rightLayout->addWidget(lower, 2);
    rightLayout->addStretch();
    rightLayout->addWidget(statusLabel_);

    // Charts and tables appear with the first index; until then the title asks for a choice.
    for (QWidget* w : {static_cast<QWidget*>(metricsLabel_), static_cast<QWidget*>(indexPlot_),
                       static_cast<QWidget*>(lower)})
        w->hide();
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(modeBox_, &QComboBox::currentIndexChanged, this, [this] { fillList(); });
    connect(searchEdit_, &QLineEdit::textChanged, this, [this](const QString& text) {
        listProxy_->setFilterFixedString(text);
        countLabel_->setText(tr("%1 of %2").arg(listProxy_->rowCount()).arg(listModel_->rowCount()));
    });
    connect(listView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const QString key = listProxy_->index(current.row(), 0).data().toString();
                if (mode() == Mode::Managers)
                    showManager(key);
                else
                    showCompany(key);
            });
    connect(fundsTable_, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && fundsTable_->item(row, 0))
            this->core().selection().setFund(linkGroup(), fundsTable_->item(row, 0)->text());
    });
    funds::FundUniverse& universe = core.fundUniverse();
    connect(&universe, &funds::FundUniverse::ready, this, [this] { fillList(); });
    connect(&universe, &funds::FundUniverse::progress, this, [this](double f, const QString& stage) {
        statusLabel_->setText(tr("%1 … %2%").arg(stage).arg(std::lround(100 * f)));
    });
    connect(&universe, &funds::FundUniverse::failed, this, [this](const QString& message) {
        statusLabel_->setText(tr("Fund data unavailable: %1").arg(message));
    });
    connect(&core, &core::AppCore::demoDataReady, this, [this] { fillList(); });
    retranslate();
    fillList();
}

void FundManagerPanel::showEvent(QShowEvent* event)
{
    Panel::showEvent(event);
    ensureUniverse(); // the universe is evaluated when a fund panel is first seen, not at start-up
}

FundManagerPanel::Mode FundManagerPanel::mode() const
{
    return static_cast<Mode>(modeBox_->currentIndex());
}

void FundManagerPanel::setMode(Mode m)
{
    modeBox_->setCurrentIndex(static_cast<int>(m));
}

void FundManagerPanel::ensureUniverse()
{
    funds::FundUniverse& universe = core().fundUniverse();
    if (!universe.snapshot() && !universe.busy())
        universe.evaluate(core().databasePath());
}

void FundManagerPanel::fillList()
{
    listModel_->clear();
    const QSqlDatabase db = core().readDatabase();
    auto addRow = [&](const QStringList& texts, const QList<QVariant>& sortKeys) {
        QList<QStandardItem*> row;
        for (qsizetype c = 0; c < texts.size(); ++c) {
            auto* item = new QStandardItem(texts[c]);
            item->setData(sortKeys.value(c, texts[c]), Qt::UserRole + 1);
            if (c >= texts.size() - 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row << item;
        }
        listModel_->appendRow(row);
    };
    if (mode() == Mode::Managers) {
        listModel_->setHorizontalHeaderLabels(
            {tr("ID"), tr("Name"), tr("Company"), tr("Funds now"), tr("Funds ever")});
        QSqlQuery q =
            store::exec(db, QStringLiteral("SELECT m.manager_id, m.name, m.company, "
                                           "SUM(t.end_date IS NULL), COUNT(t.fund_code) FROM fnd_manager m "
                                           "LEFT JOIN fnd_manager_tenure t ON t.manager_id = m.manager_id "
                                           "GROUP BY m.manager_id ORDER BY m.manager_id"));
        while (q.next())
            addRow({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    QString::number(q.value(3).toInt()), QString::number(q.value(4).toInt())},
                   {q.value(0), q.value(1), q.value(2), q.value(3).toInt(), q.value(4).toInt()});
    } else {
        listModel_->setHorizontalHeaderLabels({tr("Company"), tr("Funds"), tr("AUM (100m yuan)")});
        QSqlQuery q = store::exec(
            db, QStringLiteral(
                    "SELECT f.company, COUNT(*), SUM(a.aum) FROM fnd_fund f LEFT JOIN (SELECT x.fund_code, "
                    "x.aum FROM fnd_aum x JOIN (SELECT fund_code, MAX(report_date) d FROM fnd_aum GROUP BY "
                    "fund_code) l ON l.fund_code = x.fund_code AND l.d = x.report_date) a ON a.fund_code = "
                    "f.code GROUP BY f.company ORDER BY f.company"));
        while (q.next())
            addRow({q.value(0).toString(), QString::number(q.value(1).toInt()),
                    QLocale().toString(q.value(2).toDouble() / 1e8, 'f', 1)},
                   {q.value(0), q.value(1).toInt(), q.value(2).toDouble()});
    }
    listView_->sortByColumn(0, Qt::AscendingOrder);
    listView_->resizeColumnsToContents();
    countLabel_->setText(tr("%1 of %2").arg(listProxy_->rowCount()).arg(listModel_->rowCount()));
}

void FundManagerPanel::showManager(const QString& managerId)
{
    const QSqlDatabase db = core().readDatabase();
    QSqlQuery q = store::exec(
        db, QStringLiteral("SELECT name, company FROM fnd_manager WHERE manager_id = ?"), {managerId});
    if (!q.next()) {
        statusLabel_->setText(tr("No manager %1 in the cache.").arg(managerId));
        return;
    }
    const QString title =
        QStringLiteral("%1 · %2 · %3").arg(q.value(0).toString(), managerId, q.value(1).toString());
    request(title, funds::managerSpells(db, managerId));
}

void FundManagerPanel::showCompany(const QString& company)
{
    const auto snapshot = core().fundUniverse().snapshot();
    if (!snapshot) {
        statusLabel_->setText(tr("The fund universe is still being evaluated."));
        ensureUniverse();
        return;
    }
    request(company, funds::companySpells(snapshot->universe, company));
}

void FundManagerPanel::request(const QString& title, std::vector<funds::ManagerSpell> spells)
{
    const auto snapshot = core().fundUniverse().snapshot();
    if (!snapshot) {
        statusLabel_->setText(tr("The fund universe is still being evaluated."));
        ensureUniverse();
        return;
    }
    titleLabel_->setText(title);
    statusLabel_->setText(tr("Building the index of %1 funds …").arg(spells.size()));
    const quint64 generation = ++generation_;
    const QString path = core().databasePath();
    QPointer<FundManagerPanel> self(this);
    QThreadPool::globalInstance()->start(
        [self, snapshot, path, title, spells = std::move(spells), generation] {
            auto built = std::make_shared<Built>();
            built->title = title;
            built->spells = spells;
            QStringList codes;
            for (const auto& s : spells)
                codes << s.fund;
            const QString connection = store::Database::uniqueConnectionName(QStringLiteral("ws-manager"));
            {
                store::OpenResult opened =
                    store::Database::open(path, connection, false, store::Database::Check::None);
                if (opened.ok())
                    built->aum = funds::loadAumHistory(opened.db, codes);
            }
            store::Database::close(connection);
            built->index = funds::buildManagerIndex(snapshot->universe, spells, built->aum);
            QMetaObject::invokeMethod(qApp, [self, built, generation] {
                if (self && generation == self->generation_)
                    self->present(built->title, built->spells, built->index, built->aum);
            });
        });
}

void FundManagerPanel::present(const QString& title, const std::vector<funds::ManagerSpell>& spells,
                               const funds::ManagerIndex& index, const funds::AumHistory& aum)
{
    shown_ = {};
    shown_.title = title;
    for (QWidget* w : {static_cast<QWidget*>(metricsLabel_), static_cast<QWidget*>(indexPlot_),
                       fundsTable_->parentWidget()})
        w->show();
    if (!index.ok()) {
        statusLabel_->setText(index.error);
        indexPlot_->graph(0)->data()->clear();
        indexPlot_->replot();
        fundsTable_->setRowCount(0);
        Q_EMIT indexReady();
        return;
    }
    shown_.funds = index.funds;
    shown_.indexPoints = static_cast<int>(index.index.size());
    funds::Workspace workspace;
    const funds::WindowResult r = funds::computeWindow(
        funds::FundData::prepare(index.index), funds::Window{funds::WindowKind::SinceInception, {}, {}},
        funds::Conventions{}, workspace);
    shown_.annualizedReturn = r.values[funds::Metric::AnnualizedReturn];
    shown_.volatility = r.values[funds::Metric::AnnualizedVolatility];
    shown_.sharpe = r.values[funds::Metric::Sharpe];
    shown_.maxDrawdown = r.values[funds::Metric::MaxDrawdown];
    metricsLabel_->setText(
        tr("%1 – %2 · annualized return <b>%3</b> · volatility %4 · Sharpe %5 · max drawdown %6")
            .arg(index.index.dates.front().toString(Qt::ISODate),
                 index.index.dates.back().toString(Qt::ISODate), percent(shown_.annualizedReturn),
                 percent(shown_.volatility), ratio(shown_.sharpe), percent(shown_.maxDrawdown)));
    metricsLabel_->setToolTip(funds::card(funds::Metric::Sharpe).formulaText());

    QVector<double> keys, values;
    for (std::size_t t = 0; t < index.index.size(); ++t) {
        // Years without a fund leave a gap in the line, not a straight bridge across them.
        if (t > 0 && index.index.dates[t - 1].daysTo(index.index.dates[t]) > 31) {
            keys << QCPAxisTickerDateTime::dateTimeToKey(index.index.dates[t - 1].addDays(1));
            values << std::numeric_limits<double>::quiet_NaN();
        }
        keys << QCPAxisTickerDateTime::dateTimeToKey(index.index.dates[t]);
        values << index.index.navs[t];
    }
    indexPlot_->graph(0)->setData(keys, values, true);
    indexPlot_->graph(0)->setName(tr("Index"));
    indexPlot_->rescaleAxes();
    indexPlot_->replot();

    // The funds behind the index, with their spells and latest AUM.
    const auto snapshot = core().fundUniverse().snapshot();
    fundsTable_->clear();
    fundsTable_->setColumnCount(5);
    fundsTable_->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Category"), tr("Managed"), tr("AUM (100m yuan)")});
    fundsTable_->setRowCount(static_cast<int>(index.funds.size()));
    for (qsizetype i = 0; i < index.funds.size(); ++i) {
        const QString& code = index.funds[i];
        const funds::FundInfo* info = nullptr;
        if (snapshot)
            if (const auto at = snapshot->indexOf(code))
                info = &snapshot->universe.funds[*at];
        QStringList periods; // a fund may have been run in more than one spell
        for (const funds::ManagerSpell& sp : spells)
            if (sp.fund == code)
                periods << QStringLiteral("%1 – %2").arg(sp.start.toString(Qt::ISODate),
                                                         sp.end.isValid() ? sp.end.toString(Qt::ISODate)
                                                                          : tr("now"));
        const auto history = aum.find(code);
        const QString aumText = history != aum.end() && !history->second.empty()
                                    ? QLocale().toString(history->second.back().aum / 1e8, 'f', 2)
                                    : QStringLiteral("—");
        const int r0 = static_cast<int>(i);
        fundsTable_->setItem(r0, 0, new QTableWidgetItem(code));
        fundsTable_->setItem(r0, 1, new QTableWidgetItem(info ? info->name : QString()));
        fundsTable_->setItem(r0, 2,
                             new QTableWidgetItem(info ? funds::categoryName(info->category) : QString()));
        fundsTable_->setItem(r0, 3, new QTableWidgetItem(periods.join(QStringLiteral("; "))));
        auto* aumItem = new QTableWidgetItem(aumText);
        aumItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        fundsTable_->setItem(r0, 4, aumItem);
    }
    fundsTable_->resizeColumnsToContents();

    // Correlation: drawn up to kMaxCorrelationFunds, summarised beyond.
    double sum = 0;
    int pairs = 0;
    const auto n = static_cast<int>(index.correlation.size());
    for (int a = 0; a < n; ++a)
        for (int b = a + 1; b < n; ++b)
            if (const auto& c = index.correlation[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)]) {
                sum += *c;
                ++pairs;
            }
    shown_.correlationPairs = pairs;
    shown_.averageCorrelation = pairs ? sum / pairs : 0.0;
    const bool draw = n >= 2 && n <= kMaxCorrelationFunds;
    correlationPlot_->setVisible(draw);
    if (draw) {
        correlationMap_->data()->setSize(n, n);
        correlationMap_->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
        for (int a = 0; a < n; ++a)
            for (int b = 0; b < n; ++b) {
                const auto& c = index.correlation[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
                correlationMap_->data()->setCell(a, n - 1 - b, c ? *c : 0.0);
            }
        correlationPlot_->rescaleAxes();
        correlationPlot_->replot();
    }
    correlationNote_->setText(pairs ? tr("Average correlation of daily returns %1 over %2 pairs of funds "
                                         "(shared dates, at least %3).")
                                          .arg(QLocale().toString(shown_.averageCorrelation, 'f', 2))
                                          .arg(pairs)
                                          .arg(funds::kMinCommonReturns)
                                    : tr("No two funds share enough dates for a correlation."));
    statusLabel_->setText(tr("%1 funds; index of %2 days, AUM-weighted while managed.")
                              .arg(index.funds.size())
                              .arg(index.index.size()));
    Q_EMIT indexReady();
}

void FundManagerPanel::retranslate()
{
    modeBox_->setItemText(0, tr("Managers"));
    modeBox_->setItemText(1, tr("Companies"));
    searchEdit_->setPlaceholderText(tr("Search by name, ID or company"));
    indexPlot_->yAxis->setLabel(tr("Index (start = 1)"));
    if (titleLabel_->text().isEmpty())
        titleLabel_->setText(tr("Pick a manager or a company"));
    if (listModel_->columnCount() > 0)
        fillList();
}

} // namespace ws::widgets
