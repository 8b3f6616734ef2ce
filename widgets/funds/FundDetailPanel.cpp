#include "funds/FundDetailPanel.h"

#include "core/AppCore.h"
#include "funds/FormulaCards.h"
#include "funds/FundCharts.h"
#include "funds/IndicatorGrid.h"
#include "store/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QTextStream>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>

namespace ws::widgets {

using funds::Metric;

namespace {

constexpr int kRbsaWindow = 120; // returns per RBSA window (about half a year of trading days)
constexpr int kRbsaStep = 20;    // returns between consecutive windows (about a month)
constexpr int kMaxCompare = 4;

const char* const kStyleCellCodes[9] = {"STY_LV", "STY_LB", "STY_LG", "STY_MV", "STY_MB",
                                        "STY_MG", "STY_SV", "STY_SB", "STY_SG"};

// Display names of the demo's style indices (the cache's names are Chinese only).
QString styleName(const QString& code)
{
    static const std::map<QString, const char*> names{
        {QStringLiteral("STY_LV"), QT_TRANSLATE_NOOP("ws::widgets::FundDetailPanel", "Large value")},
        {QStringLiteral("STY_LB"), QT_TRANSLATE_NOOP("ws::widgets::FundDetailPanel", "Large blend")},
        {QStringLiteral("STY_LG"), QT_TRANSLATE_NOOP("ws::widgets::FundDetailPanel", "Large growth")},
        {QStringLiteral("STY_MV"), QT_TRANSLATE_NOOP("ws::widgets::FundDetailPanel", "Mid value")},
        {QStringLiteral("STY_MB"), QT_TRANSLATE_NOOP("ws::widgets::FundDetailPanel", "Mid blend")},
        {QStringLiteral("STY_MG"), QT_TRANSLATE_NOOP("ws::widgets::FundDetailPanel", "Mid growth")},
        {QStringLiteral("STY_SV"), QT_TRANSLATE_NOOP("ws::widgets::FundDetailPanel", "Small value")},
        {QStringLiteral("STY_SB"), QT_TRANSLATE_NOOP("ws::widgets::FundDetailPanel", "Small blend")},
        {QStringLiteral("STY_SG"), QT_TRANSLATE_NOOP("ws::widgets::FundDetailPanel", "Small growth")},
        {QStringLiteral("BOND"), QT_TRANSLATE_NOOP("ws::widgets::FundDetailPanel", "Bond index")},
        {QStringLiteral("CASH"), QT_TRANSLATE_NOOP("ws::widgets::FundDetailPanel", "Cash")}};
    const auto it = names.find(code);
    return it == names.end() ? QString()
                             : QCoreApplication::translate("ws::widgets::FundDetailPanel", it->second);
}

bool isChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString formatMetric(Metric m, std::optional<double> v)
{
    if (!v)
        return QStringLiteral("—");
    if (funds::metricUnit(m) == funds::MetricUnit::Periods)
        return QString::number(std::llround(*v));
    if (funds::metricUnit(m) == funds::MetricUnit::Fraction)
        return QString::number(*v * 100, 'f', 2) + QLatin1Char('%');
    if (m == Metric::TmGamma || m == Metric::HmGamma)
        return QString::number(*v, 'f', 3);
    return QString::number(*v, 'f', 2);
}

QString percent(double v, int decimals = 2)
{
    return QString::number(v * 100, 'f', decimals) + QLatin1Char('%');
}

// *** p < 1%, ** p < 5%, * p < 10% (two-sided, normal approximation).
QString significance(std::optional<double> t)
{
    if (!t)
        return {};
    const double a = std::abs(*t);
    return a >= 2.576   ? QStringLiteral("***")
           : a >= 1.960 ? QStringLiteral("**")
           : a >= 1.645 ? QStringLiteral("*")
                        : QString();
}

QString cardTooltip(Metric m)
{
    const funds::MetricCard& c = funds::card(m);
    return QStringLiteral(
               "<b>%1</b><br/><code>%2</code><br/>%3: %4<br/>%5: %6<br/>%7: %8<br/>%9: %10<br/>%11: %12%13")
        .arg(c.displayName().toHtmlEscaped(), c.formulaText().toHtmlEscaped(),
             FundDetailPanel::tr("Annualization"), c.annualizationText().toHtmlEscaped(),
             FundDetailPanel::tr("Risk-free"), c.riskFreeText().toHtmlEscaped(),
             FundDetailPanel::tr("Averaging"), c.averagingText().toHtmlEscaped(),
             FundDetailPanel::tr("Deviation"), c.deviationText().toHtmlEscaped(),
             FundDetailPanel::tr("Undefined when"), c.undefinedText().toHtmlEscaped(),
             c.notesText().isEmpty() ? QString()
                                     : QStringLiteral("<br/><i>%1</i>").arg(c.notesText().toHtmlEscaped()));
}

QTableWidget* makeTable(QWidget* parent, const QString& objectName)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

QTableWidgetItem* textCell(const QString& text)
{
    return cell(text, Qt::AlignLeft | Qt::AlignVCenter);
}

// Empties a table that is refilled row by row (clear() alone keeps the row count).
void resetTable(QTableWidget* t)
{
    t->clear();
    t->setRowCount(0);
}

void setHeaders(QTableWidget* t, const QStringList& headers)
{
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
}

// ---------------------------------------------------------------------------------------------------
// The worker's computation (no widgets; runs on its own read connection).

struct MarketStock
{
    double marketCap = 0;
    double valueScore = 0;
    QString industry;
};

struct LevelSeries
{
    std::unordered_map<qint64, double> byDay; // julian day → level
    funds::NavSeries series;
    // The level on the last date on or before `date`.
    std::optional<double> at(QDate date) const
    {
        auto it = std::upper_bound(series.dates.begin(), series.dates.end(), date);
        if (it == series.dates.begin())
            return std::nullopt;
        return series.navs[static_cast<std::size_t>(it - series.dates.begin()) - 1];
    }
};

struct WorkerInput
{
    std::shared_ptr<const funds::UniverseSnapshot> snapshot;
    std::size_t row = 0;
    QString dbPath;
    std::shared_ptr<funds::PeerCache> peerCache;
    std::shared_ptr<std::atomic<bool>> cancelled;
    bool chinese = false;
    QString bondsLabel;
};

std::vector<FundHoldingRow> loadHoldings(const QSqlDatabase& db, const QString& code, QDate report,
                                         bool chinese)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT h.security_code, h.security_name, h.asset_class, COALESCE(h.industry, ''), "
        "COALESCE(i.name_zh, ''), COALESCE(i.name_en, ''), h.weight, h.market_cap, h.value_score, "
        "h.duration, "
        "COALESCE(h.rating, '') FROM fnd_holding h LEFT JOIN stk_industry i ON i.code = h.industry "
        "WHERE h.fund_code = ? AND h.report_date = ? ORDER BY h.asset_class DESC, h.weight DESC"));
    q.addBindValue(code);
    q.addBindValue(report.toString(Qt::ISODate));
    std::vector<FundHoldingRow> rows;
    if (!q.exec())
        return rows;
    auto optionalDouble = [&](int c) {
        return q.value(c).isNull() ? std::nullopt : std::optional<double>(q.value(c).toDouble());
    };
    while (q.next()) {
        FundHoldingRow r;
        r.code = q.value(0).toString();
        r.name = q.value(1).toString();
        r.bond = q.value(2).toString() == QLatin1String("bond");
        r.industryCode = q.value(3).toString();
        r.industryName = chinese ? q.value(4).toString() : q.value(5).toString();
        if (r.industryName.isEmpty())
            r.industryName = r.industryCode;
        r.weight = q.value(6).toDouble();
        r.marketCap = optionalDouble(7);
        r.valueScore = optionalDouble(8);
        r.duration = optionalDouble(9);
        r.rating = q.value(10).toString();
        rows.push_back(std::move(r));
    }
    return rows;
}

// Every stock any fund reported on `report`: the market proxy for the size universe and for the
// attribution benchmark (the demo has no stock price history, see computeAttribution).
std::map<QString, MarketStock> loadMarket(const QSqlDatabase& db, QDate report)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT security_code, MAX(market_cap), MAX(COALESCE(value_score, 0)), "
                             "MAX(COALESCE(industry, '')) FROM fnd_holding WHERE report_date = ? AND "
                             "asset_class = 'stock' AND market_cap > 0 GROUP BY security_code"));
    q.addBindValue(report.toString(Qt::ISODate));
    std::map<QString, MarketStock> market;
    if (q.exec())
        while (q.next())
            market[q.value(0).toString()] = {q.value(1).toDouble(), q.value(2).toDouble(),
                                             q.value(3).toString()};
    return market;
}

std::optional<funds::SizeUniverse> sizeUniverseOf(const std::map<QString, MarketStock>& market)
{
    std::vector<funds::StockCap> caps;
    caps.reserve(market.size());
    for (const auto& [code, stock] : market)
        caps.push_back({code, stock.marketCap});
    return funds::SizeUniverse::build(caps);
}

std::vector<funds::Holding> stockHoldings(const std::vector<FundHoldingRow>& rows)
{
    std::vector<funds::Holding> out;
    for (const FundHoldingRow& r : rows)
        if (!r.bond)
            out.push_back({r.code, r.industryName, r.weight, r.marketCap, r.valueScore});
    return out;
}

void computePerformance(const funds::UniverseSnapshot& snap, std::size_t row, FundDetailData& d)
{
    const funds::NavSeries& nav = snap.universe.navs[row];
    if (nav.size() < 2)
        return;
    d.dates = nav.dates;
    d.rebased.resize(nav.size());
    d.drawdown.resize(nav.size());
    double peak = nav.navs[0];
    for (std::size_t i = 0; i < nav.size(); ++i) {
        d.rebased[i] = nav.navs[i] / nav.navs[0];
        peak = std::max(peak, nav.navs[i]);
        d.drawdown[i] = nav.navs[i] / peak - 1;
    }
    if (const funds::NavSeries* b = snap.universe.benchmarkOf(row)) {
        const auto first = std::lower_bound(b->dates.begin(), b->dates.end(), nav.dates.front());
        if (first != b->dates.end()) {
            const auto i0 = static_cast<std::size_t>(first - b->dates.begin());
            for (std::size_t i = i0; i < b->size() && b->dates[i] <= nav.dates.back(); ++i) {
                d.benchmarkDates.push_back(b->dates[i]);
                d.benchmarkRebased.push_back(b->navs[i] / b->navs[i0]);
            }
        }
    }
    // Rolling one-year Sharpe and volatility on running sums (sample deviation, ddof 1).
    const int periods = snap.conventions.periodsPerYear;
    const auto window = static_cast<std::size_t>(periods);
    const double rf = snap.conventions.periodRiskFree();
    std::vector<double> returns(nav.size() - 1);
    funds::simpleReturns(nav.navs, returns);
    double sum = 0, sumSquares = 0;
    for (std::size_t t = 0; t < returns.size(); ++t) {
        sum += returns[t];
        sumSquares += returns[t] * returns[t];
        if (t >= window) {
            sum -= returns[t - window];
            sumSquares -= returns[t - window] * returns[t - window];
        }
        if (t + 1 < window)
            continue;
        const double n = static_cast<double>(window);
        const double variance = std::max(0.0, (sumSquares - sum * sum / n) / (n - 1));
        const double sd = std::sqrt(variance);
        d.rollingDates.push_back(nav.dates[t + 1]);
        d.rollingVolatility.push_back(sd * std::sqrt(periods));
        d.rollingSharpe.push_back(sd > 0 ? (sum / n - rf) / sd * std::sqrt(periods)
                                         : std::numeric_limits<double>::quiet_NaN());
    }
    d.monthly = funds::monthlyReturns(nav);
}

void computeStyle(const QSqlDatabase& db, const funds::NavSeries& nav, FundDetailData& d,
                  const std::map<QString, LevelSeries>& styles)
{
    // Dates the fund and every style series share, and the returns between them.
    std::vector<QDate> common;
    std::vector<double> fundLevels;
    std::vector<std::vector<double>> styleLevels(static_cast<std::size_t>(d.styleCodes.size()));
    for (std::size_t i = 0; i < nav.size(); ++i) {
        const qint64 day = nav.dates[i].toJulianDay();
        bool all = true;
        for (const QString& code : d.styleCodes)
            if (!styles.at(code).byDay.contains(day)) {
                all = false;
                break;
            }
        if (!all)
            continue;
        common.push_back(nav.dates[i]);
        fundLevels.push_back(nav.navs[i]);
        for (qsizetype k = 0; k < d.styleCodes.size(); ++k)
            styleLevels[static_cast<std::size_t>(k)].push_back(styles.at(d.styleCodes[k]).byDay.at(day));
    }
    Q_UNUSED(db);
    if (common.size() < static_cast<std::size_t>(kRbsaWindow) + 1) {
        d.rolling.error =
            FundDetailPanel::tr("fewer than %1 returns shared with the style indices").arg(kRbsaWindow);
        return;
    }
    std::vector<double> fundReturns(common.size() - 1);
    funds::simpleReturns(fundLevels, fundReturns);
    std::vector<std::vector<double>> styleReturns(styleLevels.size(), std::vector<double>(common.size() - 1));
    std::vector<std::span<const double>> spans;
    for (std::size_t k = 0; k < styleLevels.size(); ++k) {
        funds::simpleReturns(styleLevels[k], styleReturns[k]);
        spans.emplace_back(styleReturns[k]);
    }
    const std::vector<QDate> returnDates(common.begin() + 1, common.end());
    d.rolling = funds::runRollingRbsa(returnDates, fundReturns, spans, kRbsaWindow, kRbsaStep);
    if (!d.styleBox || d.rolling.points.empty())
        return;
    std::vector<std::optional<int>> cells;
    for (const QString& code : d.styleCodes) {
        std::optional<int> c;
        for (int i = 0; i < 9; ++i)
            if (code == QLatin1String(kStyleCellCodes[i]))
                c = i;
        cells.push_back(c);
    }
    const funds::StyleDriftOutcome drift =
        funds::checkStyleDrift(*d.styleBox, d.rolling.points.back().result, cells, d.previousCell);
    d.drift = drift.check;
    d.driftError = drift.error;
}

// Holdings-based Brinson by industry between consecutive full reports. The demo cache has no stock
// price history, so a stock's period return is proxied by the return of the style index of its
// style-box cell (size by the cap universe of the report date, value/growth by its score); bonds
// earn the BOND index. The benchmark is the cap-weighted market of every stock reported by any fund
// on the start date (a documented proxy: no index constituents in the cache). Selection thus
// measures the style mix inside each industry, allocation the industry bets.
void computeAttribution(const QSqlDatabase& db, const FundDetailData& base, const std::vector<QDate>& reports,
                        QDate asOf, const std::map<QString, LevelSeries>& styles, const QString& bondsLabel,
                        bool chinese, FundDetailData& d)
{
    auto periodReturn = [&](const QString& index, QDate from, QDate to) -> std::optional<double> {
        const auto it = styles.find(index);
        if (it == styles.end())
            return std::nullopt;
        const auto a = it->second.at(from), b = it->second.at(to);
        if (!a || !b || *a <= 0)
            return std::nullopt;
        return *b / *a - 1;
    };
    QHash<QString, QString> industryNames;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT code, name_zh, name_en FROM stk_industry")))
            while (q.next())
                industryNames.insert(q.value(0).toString(),
                                     chinese ? q.value(1).toString() : q.value(2).toString());
    }
    std::vector<funds::BrinsonResult> bhb, bf;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const QDate start = reports[i];
        const QDate end = i + 1 < reports.size() ? reports[i + 1] : asOf;
        if (!(end > start))
            continue;
        const std::map<QString, MarketStock> market = loadMarket(db, start);
        const std::optional<funds::SizeUniverse> universe = sizeUniverseOf(market);
        if (!universe)
            continue;
        std::array<std::optional<double>, 9> cellReturn;
        for (int c = 0; c < 9; ++c)
            cellReturn[static_cast<std::size_t>(c)] =
                periodReturn(QLatin1String(kStyleCellCodes[c]), start, end);
        auto stockReturn = [&](std::optional<double> position, double score) -> std::optional<double> {
            if (!position)
                return std::nullopt;
            const funds::StyleCell c{funds::sizeBandOfScore(funds::sizeScoreOfPosition(*position)),
                                     funds::styleBandOfScore(score)};
            return cellReturn[static_cast<std::size_t>(c.index())];
        };
        std::vector<funds::PositionReturn> portfolio, benchmark;
        const std::vector<FundHoldingRow> rows =
            start == base.reportDate ? base.holdings : loadHoldings(db, base.code, start, chinese);
        const std::optional<double> bondReturn = periodReturn(QStringLiteral("BOND"), start, end);
        for (const FundHoldingRow& h : rows) {
            if (h.bond) {
                if (bondReturn)
                    portfolio.push_back({h.code, bondsLabel, h.weight, *bondReturn});
                continue;
            }
            std::optional<double> position = universe->position(h.code);
            if (!position && h.marketCap)
                position = universe->positionOfCap(*h.marketCap);
            if (const auto r = stockReturn(position, h.valueScore.value_or(0)))
                portfolio.push_back({h.code, h.industryName, h.weight, *r});
        }
        for (const auto& [code, stock] : market)
            if (const auto r = stockReturn(universe->position(code), stock.valueScore))
                benchmark.push_back({code, industryNames.value(stock.industry, stock.industry),
                                     stock.marketCap / universe->totalCap(), *r});
        if (portfolio.empty() || benchmark.empty())
            continue;
        funds::BrinsonOptions options;
        options.cashReturn = 0; // the uninvested rest of NAV (fees, cash) earns nothing here
        const funds::BrinsonOutcome a = funds::brinsonByIndustry(portfolio, benchmark, options);
        options.method = funds::BrinsonMethod::BrinsonFachler;
        const funds::BrinsonOutcome b = funds::brinsonByIndustry(portfolio, benchmark, options);
        if (!a.ok() || !b.ok()) {
            d.attributionError = a.ok() ? b.error : a.error;
            continue;
        }
        d.periods.push_back({start, end, *a.result, *b.result});
        bhb.push_back(*a.result);
        bf.push_back(*b.result);
    }
    if (bhb.size() >= 2) {
        const funds::LinkedOutcome la = funds::linkCarino(bhb);
        const funds::LinkedOutcome lb = funds::linkCarino(bf);
        d.linkedBhb = la.result;
        d.linkedBrinsonFachler = lb.result;
    }
    if (d.periods.empty() && d.attributionError.isEmpty())
        d.attributionError = FundDetailPanel::tr("no full holdings report to attribute");
}

std::shared_ptr<FundDetailData> computeDetails(const WorkerInput& in)
{
    auto d = std::make_shared<FundDetailData>();
    const funds::UniverseSnapshot& snap = *in.snapshot;
    const std::size_t row = in.row;
    const funds::NavSeries& nav = snap.universe.navs[row];
    d->code = snap.universe.funds[row].code;
    d->chinese = in.chinese;
    computePerformance(snap, row, *d);
    if (in.cancelled->load())
        return nullptr;
    const QDate asOf = snap.asOf.isValid() ? snap.asOf : (nav.size() ? nav.dates.back() : QDate());
    d->sharpeRank = funds::rankSinceInception(snap.universe, row, Metric::Sharpe, snap.conventions, snap.asOf,
                                              in.peerCache.get());
    d->returnRank = funds::rankSinceInception(snap.universe, row, Metric::AnnualizedReturn, snap.conventions,
                                              snap.asOf, in.peerCache.get());
    if (in.cancelled->load())
        return nullptr;
    const QDate lastNav = nav.size() ? nav.dates.back() : asOf;
    d->rankHistory =
        funds::rankHistory(snap.universe, row, Metric::Sharpe, funds::Window{funds::WindowKind::Y1, {}, {}},
                           snap.conventions, lastNav.addYears(-3), lastNav, in.peerCache.get());
    if (in.cancelled->load())
        return nullptr;

    const QString connection = store::Database::uniqueConnectionName(QStringLiteral("ws-funddetail"));
    {
        store::OpenResult opened =
            store::Database::open(in.dbPath, connection, false, store::Database::Check::None);
        if (opened.ok()) {
            const QSqlDatabase& db = opened.db;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT is_demo FROM fnd_fund WHERE code = ?"));
            q.addBindValue(d->code);
            if (q.exec() && q.next())
                d->isDemo = q.value(0).toInt() != 0;
            const funds::FactorTable factors = funds::loadFactorTable(
                db, funds::famaFrench5Factors(), QStringLiteral("RF"), snap.conventions.periodsPerYear);
            d->ff3 = funds::factorRegression(nav, factors, funds::famaFrench3Factors(), snap.conventions);
            d->ff5 = funds::factorRegression(nav, factors, funds::famaFrench5Factors(), snap.conventions);
            if (in.cancelled->load())
                return nullptr;

            std::vector<QDate> reports;
            q.prepare(
                QStringLiteral("SELECT DISTINCT report_date FROM fnd_holding WHERE fund_code = ? AND kind = "
                               "'full' ORDER BY report_date"));
            q.addBindValue(d->code);
            if (q.exec())
                while (q.next())
                    reports.push_back(QDate::fromString(q.value(0).toString(), Qt::ISODate));
            if (!reports.empty()) {
                d->reportDate = reports.back();
                d->holdings = loadHoldings(db, d->code, d->reportDate, in.chinese);
                const std::vector<funds::Holding> stocks = stockHoldings(d->holdings);
                if (!stocks.empty()) {
                    if (const auto universe = sizeUniverseOf(loadMarket(db, d->reportDate))) {
                        const funds::StyleBoxOutcome box = funds::computeStyleBox(stocks, *universe);
                        d->styleBox = box.box;
                        d->styleBoxError = box.error;
                    }
                    if (const auto summary = funds::summarizeHoldings(stocks); summary.ok())
                        d->summary = summary.summary;
                }
                if (reports.size() >= 2) {
                    d->previousReportDate = reports[reports.size() - 2];
                    const auto previous =
                        stockHoldings(loadHoldings(db, d->code, d->previousReportDate, in.chinese));
                    const auto universe = sizeUniverseOf(loadMarket(db, d->previousReportDate));
                    if (!previous.empty() && universe)
                        if (const auto box = funds::computeStyleBox(previous, *universe); box.ok())
                            d->previousCell = box.box->cell;
                }
                std::vector<funds::BondHolding> bonds;
                for (const FundHoldingRow& h : d->holdings)
                    if (h.bond)
                        bonds.push_back({h.code, h.weight, h.duration, h.rating});
                if (!bonds.empty())
                    if (const auto risk = funds::summarizeBondRisk(bonds); risk.ok())
                        d->bondRisk = risk.summary;
            }
            if (in.cancelled->load())
                return nullptr;

            // Style indices: the nine cells, then bonds and cash.
            std::map<QString, LevelSeries> styles;
            const QStringList available = funds::indexCodes(db, QStringLiteral("style"));
            QStringList wanted;
            for (const char* c : kStyleCellCodes)
                wanted << QLatin1String(c);
            wanted << QStringLiteral("BOND") << QStringLiteral("CASH");
            q.prepare(QStringLiteral("SELECT name FROM idx_index WHERE code = ?"));
            for (const QString& code : wanted) {
                if (!available.contains(code))
                    continue;
                if (auto series = funds::loadIndexSeries(db, code)) {
                    LevelSeries level;
                    for (std::size_t i = 0; i < series->size(); ++i)
                        level.byDay.emplace(series->dates[i].toJulianDay(), series->navs[i]);
                    level.series = std::move(*series);
                    styles.emplace(code, std::move(level));
                    d->styleCodes << code;
                    const QString known = styleName(code);
                    q.addBindValue(code);
                    d->styleNames << (!known.isEmpty()         ? known
                                      : (q.exec() && q.next()) ? q.value(0).toString()
                                                               : code);
                }
            }
            if (d->styleCodes.size() >= 2)
                computeStyle(db, nav, *d, styles);
            else
                d->rolling.error = FundDetailPanel::tr("the cache has no style indices");
            if (in.cancelled->load())
                return nullptr;
            std::vector<QDate> recent;
            for (const QDate& r : reports)
                if (r >= lastNav.addYears(-2))
                    recent.push_back(r);
            computeAttribution(db, *d, recent, lastNav, styles, in.bondsLabel, in.chinese, *d);
        } else {
            d->attributionError = opened.error ? opened.error->message() : QString();
        }
    }
    store::Database::close(connection);
    return d;
}

} // namespace

// ---------------------------------------------------------------------------------------------------

FundDetailPanel::FundDetailPanel(core::AppCore& core, QWidget* parent)
    : Panel(core, parent), peerCache_(std::make_shared<funds::PeerCache>())
{
    setObjectName(QStringLiteral("FundDetailPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    // Header: identity and facts on the left, rating and ranks on the right, actions on top.
    auto* top = new QHBoxLayout;
    top->addWidget(createLinkButton());
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("fundTitle"));
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    title_->setFont(big);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(title_, 1);
    progress_ = new QProgressBar(this);
    progress_->setMaximumWidth(180);
    progress_->setTextVisible(false);
    progress_->setVisible(false);
    top->addWidget(progress_);
    cancelButton_ = new QToolButton(this);
    cancelButton_->setObjectName(QStringLiteral("cancel"));
    cancelButton_->setVisible(false);
    connect(cancelButton_, &QToolButton::clicked, this, [this] {
        if (this->core().fundUniverse().busy())
            this->core().fundUniverse().cancel();
        if (cancelled_)
            cancelled_->store(true);
        ++generation_; // a result already on its way is dropped too
        setBusy(false);
        status_->setText(tr("Cancelled"));
    });
    top->addWidget(cancelButton_);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("status"));
    top->addWidget(status_);
    compareButton_ = new QPushButton(this);
    pdfButton_ = new QPushButton(this);
    csvButton_ = new QPushButton(this);
    for (QPushButton* b : {compareButton_, csvButton_, pdfButton_})
        top->addWidget(b);
    layout->addLayout(top);
    auto* facts = new QHBoxLayout;
    facts_ = new QLabel(this);
    facts_->setObjectName(QStringLiteral("facts"));
    facts_->setWordWrap(true);
    facts_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rating_ = new QLabel(this);
    rating_->setObjectName(QStringLiteral("rating"));
    rating_->setWordWrap(true);
    rating_->setAlignment(Qt::AlignRight | Qt::AlignTop);
    facts->addWidget(facts_, 3);
    facts->addWidget(rating_, 2);
    layout->addLayout(facts);

    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    tabs_->hide(); // until a fund's details arrive: empty charts would only show 1970 on their axes
    layout->addWidget(tabs_, 1);

    // 1. Performance
    {
        auto* page = new QWidget;
        auto* split = new QSplitter(Qt::Horizontal, page);
        auto* charts = new QWidget;
        auto* v = new QVBoxLayout(charts);
        v->setContentsMargins(0, 0, 0, 0);
        navChart_ = new TimeSeriesChart(charts);
        navChart_->setObjectName(QStringLiteral("navChart"));
        drawdownChart_ = new TimeSeriesChart(charts);
        drawdownChart_->setObjectName(QStringLiteral("drawdownChart"));
        drawdownChart_->setFormat(TimeSeriesChart::Format::Percent, 1);
        rollingChart_ = new TimeSeriesChart(charts);
        rollingChart_->setObjectName(QStringLiteral("rollingChart"));
        rollingChart_->yAxis2->setVisible(true);
        v->addWidget(navChart_, 5);
        v->addWidget(drawdownChart_, 3);
        v->addWidget(rollingChart_, 3);
        auto* right = new QWidget;
        auto* rv = new QVBoxLayout(right);
        rv->setContentsMargins(0, 0, 0, 0);
        monthly_ = new MonthlyReturnsTable(right);
        monthly_->setObjectName(QStringLiteral("monthlyReturns"));
        monthlyLegend_ = new QLabel(right);
        monthlyLegend_->setWordWrap(true);
        keyFigures_ = makeTable(right, QStringLiteral("keyFigures"));
        rv->addWidget(monthlyLegend_);
        rv->addWidget(monthly_, 3);
        rv->addWidget(keyFigures_, 2);
        split->addWidget(charts);
        split->addWidget(right);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        split->setSizes({880, 520});
        auto* l = new QVBoxLayout(page);
        l->setContentsMargins(0, 4, 0, 0);
        l->addWidget(split);
        tabs_->addTab(page, QString());
    }
    // 2. Indicators
    {
        auto* page = new QWidget;
        auto* l = new QHBoxLayout(page);
        l->setContentsMargins(0, 4, 0, 0);
        indicators_ = makeTable(page, QStringLiteral("indicators"));
        indicators_->verticalHeader()->setVisible(true);
        peerRanks_ = makeTable(page, QStringLiteral("peerRanks"));
        l->addWidget(indicators_, 5);
        l->addWidget(peerRanks_, 3);
        tabs_->addTab(page, QString());
    }
    // 3. Timing & factors
    {
        auto* page = new QWidget;
        auto* l = new QVBoxLayout(page);
        l->setContentsMargins(0, 4, 0, 0);
        timing_ = makeTable(page, QStringLiteral("timing"));
        factors_ = makeTable(page, QStringLiteral("factors"));
        factorNote_ = new QLabel(page);
        factorNote_->setWordWrap(true);
        l->addWidget(timing_, 3);
        l->addWidget(factors_, 3);
        l->addWidget(factorNote_);
        tabs_->addTab(page, QString());
    }
    // 4. Style
    {
        auto* page = new QWidget;
        auto* g = new QGridLayout(page);
        g->setContentsMargins(0, 4, 0, 0);
        driftBanner_ = new QLabel(page);
        driftBanner_->setObjectName(QStringLiteral("driftBanner"));
        driftBanner_->setWordWrap(true);
        driftBanner_->setMargin(6);
        holdingsBox_ = new StyleBoxWidget(page);
        rbsaBox_ = new StyleBoxWidget(page);
        rbsaChart_ = new StackedWeightsChart(page);
        rbsaChart_->setObjectName(QStringLiteral("rbsaChart"));
        concentration_ = new QLabel(page);
        concentration_->setWordWrap(true);
        concentration_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        industries_ = makeTable(page, QStringLiteral("industries"));
        auto* boxes = new QHBoxLayout;
        boxes->addWidget(holdingsBox_);
        boxes->addWidget(rbsaBox_);
        g->addWidget(driftBanner_, 0, 0, 1, 2);
        g->addLayout(boxes, 1, 0);
        g->addWidget(rbsaChart_, 1, 1, 2, 1);
        g->addWidget(concentration_, 2, 0);
        g->addWidget(industries_, 3, 0);
        g->setColumnStretch(0, 2);
        g->setColumnStretch(1, 3);
        g->setRowStretch(3, 1);
        g->addWidget(new QWidget(page), 3, 1);
        g->removeWidget(rbsaChart_);
        g->addWidget(rbsaChart_, 1, 1, 3, 1);
        tabs_->addTab(page, QString());
    }
    // 5. Holdings & attribution
    {
        auto* page = new QWidget;
        auto* l = new QHBoxLayout(page);
        l->setContentsMargins(0, 4, 0, 0);
        holdings_ = makeTable(page, QStringLiteral("holdings"));
        auto* right = new QWidget(page);
        auto* rv = new QVBoxLayout(right);
        rv->setContentsMargins(0, 0, 0, 0);
        auto* controls = new QHBoxLayout;
        brinsonMethod_ = new QComboBox(right);
        brinsonMethod_->setObjectName(QStringLiteral("brinsonMethod"));
        brinsonMethod_->addItems({QString(), QString()});
        brinsonPeriod_ = new QComboBox(right);
        brinsonPeriod_->setObjectName(QStringLiteral("brinsonPeriod"));
        controls->addWidget(brinsonMethod_);
        controls->addWidget(brinsonPeriod_, 1);
        brinson_ = makeTable(right, QStringLiteral("brinson"));
        attributionNote_ = new QLabel(right);
        attributionNote_->setWordWrap(true);
        rv->addLayout(controls);
        rv->addWidget(brinson_, 1);
        rv->addWidget(attributionNote_);
        l->addWidget(holdings_, 2);
        l->addWidget(right, 3);
        connect(brinsonMethod_, &QComboBox::currentIndexChanged, this, [this] { fillAttribution(); });
        connect(brinsonPeriod_, &QComboBox::currentIndexChanged, this, [this] { fillAttribution(); });
        tabs_->addTab(page, QString());
    }
    // 6. Ranking history
    {
        auto* page = new QWidget;
        auto* l = new QVBoxLayout(page);
        l->setContentsMargins(0, 4, 0, 0);
        rankChart_ = new QuartileChart(page);
        rankChart_->setObjectName(QStringLiteral("rankChart"));
        rankNote_ = new QLabel(page);
        rankNote_->setWordWrap(true);
        l->addWidget(rankChart_, 1);
        l->addWidget(rankNote_);
        tabs_->addTab(page, QString());
    }
    // 7. Compare
    {
        auto* page = new QWidget;
        auto* l = new QVBoxLayout(page);
        l->setContentsMargins(0, 4, 0, 0);
        compareTable_ = makeTable(page, QStringLiteral("compare"));
        compareNote_ = new QLabel(page);
        compareNote_->setWordWrap(true);
        l->addWidget(compareTable_, 1);
        l->addWidget(compareNote_);
        tabs_->addTab(page, QString());
    }

    connect(compareButton_, &QPushButton::clicked, this, &FundDetailPanel::chooseCompareFunds);
    connect(pdfButton_, &QPushButton::clicked, this, &FundDetailPanel::askExportPdf);
    connect(csvButton_, &QPushButton::clicked, this, &FundDetailPanel::askExportCsv);

    funds::FundUniverse& universe = core.fundUniverse();
    connect(&universe, &funds::FundUniverse::progress, this, [this](double fraction, const QString& stage) {
        setBusy(true);
        progress_->setRange(0, 1000);
        progress_->setValue(static_cast<int>(fraction * 1000));
        status_->setText(stage);
    });
    connect(&universe, &funds::FundUniverse::ready, this, &FundDetailPanel::onUniverseReady);
    connect(&universe, &funds::FundUniverse::failed, this, [this](const QString& message) {
        setBusy(false);
        status_->setText(tr("Evaluation failed: %1").arg(message));
    });
    connect(&core.selection(), &selection::SelectionHub::fundChanged, this,
            [this](int group, const QString& code) {
                if (group == static_cast<int>(linkGroup()) && linkGroup() != selection::LinkGroup::None &&
                    code != code_) {
                    code_ = code;
                    compare_.removeAll(code);
                    requestDetails();
                }
            });
    code_ = core.selection().fund(linkGroup());
    retranslate();
    snapshot_ = universe.snapshot();
    if (!snapshot_) {
        setBusy(true);
        progress_->setRange(0, 0);
        status_->setText(tr("Evaluating the fund universe…"));
    }
    requestDetails();
}

FundDetailPanel::~FundDetailPanel()
{
    if (cancelled_)
        cancelled_->store(true);
}

void FundDetailPanel::showEvent(QShowEvent* event)
{
    Panel::showEvent(event);
    core().fundUniverse().ensureEvaluated(core().databasePath());
}

void FundDetailPanel::onUniverseReady()
{
    snapshot_ = core().fundUniverse().snapshot();
    setBusy(false);
    status_->clear();
    data_.reset();
    requestDetails();
}

bool FundDetailPanel::isPopulated() const
{
    return data_ && data_->code == code_ && data_->chinese == isChinese();
}

void FundDetailPanel::setBusy(bool busy)
{
    progress_->setVisible(busy);
    cancelButton_->setVisible(busy);
}

std::optional<std::size_t> FundDetailPanel::row() const
{
    if (!snapshot_ || code_.isEmpty())
        return std::nullopt;
    return snapshot_->indexOf(code_);
}

void FundDetailPanel::setFund(const QString& code)
{
    if (linkGroup() != selection::LinkGroup::None)
        core().selection().setFund(linkGroup(), code); // fundChanged follows and requests the details
    if (code != code_) {
        code_ = code;
        compare_.removeAll(code);
        requestDetails();
    }
}

void FundDetailPanel::setCompareFunds(const QStringList& codes)
{
    compare_.clear();
    for (const QString& c : codes) {
        const QString code = c.trimmed();
        if (code.isEmpty() || code == code_ || compare_.contains(code) || compare_.size() >= kMaxCompare)
            continue;
        if (snapshot_ && !snapshot_->indexOf(code))
            continue;
        compare_ << code;
    }
    fillPerformance();
    fillCompare();
}

void FundDetailPanel::requestDetails()
{
    fillHeader();
    const auto r = row();
    if (!r)
        return;
    if (data_ && data_->code == code_)
        return;
    if (cancelled_)
        cancelled_->store(true);
    cancelled_ = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++generation_;
    setBusy(true);
    progress_->setRange(0, 0);
    status_->setText(tr("Computing %1…").arg(code_));
    WorkerInput input{snapshot_, *r, core().databasePath(), peerCache_, cancelled_, isChinese(), tr("Bonds")};
    QPointer<FundDetailPanel> self(this);
    // The previous worker sees its flag and returns at its next checkpoint; it owns copies of all it
    // reads. It is joined when the next result arrives (by then it has long stopped) or when the
    // panel goes, never detached: no thread outlives the panel.
    if (worker_.joinable())
        retired_.push_back(std::move(worker_));
    worker_ = std::jthread([input, self, generation] {
        std::shared_ptr<const FundDetailData> result = computeDetails(input);
        if (!result)
            return;
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, result] {
                if (self && generation == self->generation_)
                    self->showDetails(result);
            },
            Qt::QueuedConnection);
    });
}

void FundDetailPanel::showDetails(std::shared_ptr<const FundDetailData> details)
{
    retired_.clear(); // joins the replaced workers, cancelled before this one started
    data_ = std::move(details);
    tabs_->show();
    setBusy(false);
    status_->clear();
    fillHeader();
    fillPerformance();
    fillIndicators();
    fillTiming();
    fillStyle();
    fillHoldings();
    fillAttribution();
    fillRanking();
    fillCompare();
    Q_EMIT populated(data_->code);
}

void FundDetailPanel::retranslate()
{
    cancelButton_->setText(tr("Cancel"));
    cancelButton_->setToolTip(tr("Stop the evaluation running for this panel"));
    compareButton_->setText(tr("Compare…"));
    compareButton_->setToolTip(
        tr("Add up to %1 funds to the NAV chart and the comparison table").arg(kMaxCompare));
    pdfButton_->setText(tr("Export report (PDF)…"));
    csvButton_->setText(tr("Export indicators (CSV)…"));
    const QStringList tabNames{tr("Performance"),
                               tr("Indicators"),
                               tr("Timing && factors"),
                               tr("Style"),
                               tr("Holdings && attribution"),
                               tr("Ranking history"),
                               tr("Compare")};
    for (int i = 0; i < tabs_->count(); ++i)
        tabs_->setTabText(i, tabNames.value(i));
    monthlyLegend_->setText(
        tr("Monthly returns, %. Orange = gain, blue = loss (deeper = larger); last column "
           "compounds the year."));
    brinsonMethod_->setItemText(0, tr("BHB (Brinson–Hood–Beebower)"));
    brinsonMethod_->setItemText(1, tr("Brinson–Fachler"));
    fillHeader();
    if (data_ && data_->chinese != isChinese()) {
        // Industry and style names come from the cache in the UI language: read them again.
        data_.reset();
        requestDetails();
    }
    if (data_) {
        fillPerformance();
        fillIndicators();
        fillTiming();
        fillStyle();
        fillHoldings();
        fillAttribution();
        fillRanking();
        fillCompare();
    } else {
        title_->setText(code_.isEmpty() ? tr("No fund selected — pick one in the screener or type its code")
                                        : title_->text());
    }
}

// ---------------------------------------------------------------------------------------------------

namespace {

QString aumText(std::optional<double> aum)
{
    if (!aum)
        return QStringLiteral("—");
    if (isChinese())
        return FundDetailPanel::tr("%1 (100 million yuan)").arg(*aum / 1e8, 0, 'f', 2);
    return FundDetailPanel::tr("CNY %1 bn").arg(*aum / 1e9, 0, 'f', 2);
}

QString stars(std::optional<int> n)
{
    if (!n)
        return QStringLiteral("—");
    return QString(*n, QChar(0x2605)) + QString(5 - *n, QChar(0x2606));
}

QString rankText(const funds::PeerRank& r)
{
    if (!r.ranked)
        return FundDetailPanel::tr("not ranked (%1)").arg(r.reason);
    return FundDetailPanel::tr("%1 / %2 (Q%3) since %4")
        .arg(r.rank)
        .arg(r.peers)
        .arg(r.quartile)
        .arg(r.windowStart.toString(Qt::ISODate));
}

QString windowName(const funds::Window& w)
{
    switch (w.kind) {
    case funds::WindowKind::M1:
        return FundDetailPanel::tr("1M");
    case funds::WindowKind::M3:
        return FundDetailPanel::tr("3M");
    case funds::WindowKind::M6:
        return FundDetailPanel::tr("6M");
    case funds::WindowKind::Ytd:
        return FundDetailPanel::tr("YTD");
    case funds::WindowKind::Y1:
        return FundDetailPanel::tr("1Y");
    case funds::WindowKind::Y2:
        return FundDetailPanel::tr("2Y");
    case funds::WindowKind::Y3:
        return FundDetailPanel::tr("3Y");
    case funds::WindowKind::Y5:
        return FundDetailPanel::tr("5Y");
    case funds::WindowKind::SinceInception:
        return FundDetailPanel::tr("Since inception");
    case funds::WindowKind::Custom:
        break;
    }
    return w.id();
}

std::optional<std::size_t> windowIndex(const funds::IndicatorGrid& grid, funds::WindowKind kind)
{
    for (std::size_t i = 0; i < grid.windows.size(); ++i)
        if (grid.windows[i].kind == kind)
            return i;
    return std::nullopt;
}

const std::vector<QColor>& palette10()
{
    static const std::vector<QColor> colors{
        QColor(31, 119, 180), QColor(214, 39, 40),  QColor(44, 160, 44),   QColor(148, 103, 189),
        QColor(255, 127, 14), QColor(140, 86, 75),  QColor(227, 119, 194), QColor(127, 127, 127),
        QColor(188, 189, 34), QColor(23, 190, 207), QColor(90, 90, 160)};
    return colors;
}

} // namespace

void FundDetailPanel::fillHeader()
{
    const auto r = row();
    if (!r) {
        title_->setText(code_.isEmpty() ? tr("No fund selected — pick one in the screener or type its code")
                        : snapshot_     ? tr("%1: not in the fund universe").arg(code_)
                                        : code_);
        facts_->clear();
        rating_->clear();
        return;
    }
    const funds::FundInfo& f = snapshot_->universe.funds[*r];
    title_->setText(QStringLiteral("%1  %2").arg(f.code, f.name));
    const QString benchmark = f.benchmark.isEmpty() ? tr("none") : f.benchmark;
    facts_->setText(
        tr("<b>Category</b> %1 · <b>Company</b> %2 · <b>Managers</b> %3 · <b>AUM</b> %4 · "
           "<b>Inception</b> %5 · <b>Benchmark</b> %6 · <b>As of</b> %7%8")
            .arg(funds::categoryName(f.category), f.company.toHtmlEscaped(),
                 snapshot_->managers[*r].isEmpty() ? QStringLiteral("—")
                                                   : snapshot_->managers[*r].toHtmlEscaped(),
                 aumText(snapshot_->aum[*r]), f.inception.toString(Qt::ISODate), benchmark,
                 snapshot_->universe.navs[*r].size()
                     ? snapshot_->universe.navs[*r].dates.back().toString(Qt::ISODate)
                     : QStringLiteral("—"),
                 data_ && data_->code == code_ && data_->isDemo
                     ? QStringLiteral(" · <span style='color:#b06000'>%1</span>").arg(tr("demo data"))
                     : QString()));
    const funds::Rating& rating = snapshot_->ratings[*r];
    QString text;
    if (rating.overall)
        text = tr("<span style='font-size:14pt;color:#c08000'>%1</span> overall · 3Y %2 · 5Y %3 · 10Y %4")
                   .arg(stars(rating.overall), stars(rating.stars3), stars(rating.stars5),
                        stars(rating.stars10));
    else
        text = tr("Not rated: %1").arg(rating.reason.toHtmlEscaped());
    if (data_ && data_->code == code_)
        text += QStringLiteral("<br/>") +
                tr("Since-inception Sharpe rank: %1<br/>Since-inception annualized return "
                   "rank: %2 <i>(time-aligned)</i>")
                    .arg(rankText(data_->sharpeRank).toHtmlEscaped(),
                         rankText(data_->returnRank).toHtmlEscaped());
    rating_->setText(text);
}

void FundDetailPanel::fillPerformance()
{
    navChart_->clearSeries();
    drawdownChart_->clearSeries();
    rollingChart_->clearSeries();
    navChart_->setTitle(tr("NAV vs benchmark (adjusted, rebased to 1)"));
    drawdownChart_->setTitle(tr("Drawdown (underwater)"));
    rollingChart_->setTitle(tr("Rolling 1-year Sharpe (left) and volatility (right)"));
    if (!data_ || data_->code != code_ || !snapshot_) {
        monthly_->setReturns({}, {});
        for (TimeSeriesChart* c : {navChart_, drawdownChart_, rollingChart_})
            c->finish();
        return;
    }
    const FundDetailData& d = *data_;
    navChart_->addSeries({code_ + QLatin1Char(' ') + snapshot_->universe.funds[*row()].name, d.dates,
                          d.rebased, palette10()[0]});
    if (!d.benchmarkDates.empty())
        navChart_->addSeries({tr("Benchmark %1").arg(snapshot_->universe.funds[*row()].benchmark),
                              d.benchmarkDates, d.benchmarkRebased, QColor(120, 120, 120)});
    // Comparison funds rebased at the first date on or after the fund's first NAV.
    for (qsizetype k = 0; k < compare_.size(); ++k) {
        const auto other = snapshot_->indexOf(compare_[k]);
        if (!other || d.dates.empty())
            continue;
        const funds::NavSeries& nav = snapshot_->universe.navs[*other];
        const auto first = std::lower_bound(nav.dates.begin(), nav.dates.end(), d.dates.front());
        if (first == nav.dates.end())
            continue;
        const auto i0 = static_cast<std::size_t>(first - nav.dates.begin());
        DatedSeries s{compare_[k] + QLatin1Char(' ') + snapshot_->universe.funds[*other].name,
                      {},
                      {},
                      palette10()[static_cast<std::size_t>(k) + 2]};
        for (std::size_t i = i0; i < nav.size(); ++i) {
            s.dates.push_back(nav.dates[i]);
            s.values.push_back(
                nav.navs[i] / nav.navs[i0] *
                d.rebased[static_cast<std::size_t>(
                    std::lower_bound(d.dates.begin(), d.dates.end(), nav.dates[i0]) - d.dates.begin())]);
        }
        navChart_->addSeries(s);
    }
    navChart_->finish();
    drawdownChart_->addSeries({tr("Drawdown"), d.dates, d.drawdown, QColor(40, 100, 200)}, true);
    drawdownChart_->finish();
    rollingChart_->addSeries({tr("Sharpe"), d.rollingDates, d.rollingSharpe, palette10()[0]});
    rollingChart_->addSeries({tr("Volatility"), d.rollingDates, d.rollingVolatility, palette10()[4]}, false,
                             rollingChart_->yAxis2);
    rollingChart_->finish();
    {
        class PercentTicker : public QCPAxisTicker
        {
            QString getTickLabel(double tick, const QLocale&, QChar, int) override
            {
                return QString::number(tick * 100, 'f', 0) + QLatin1Char('%');
            }
        };
        rollingChart_->yAxis2->setTicker(QSharedPointer<PercentTicker>::create());
        rollingChart_->yAxis2->setVisible(true);
    }
    monthly_->setReturns(d.monthly.monthEnds, d.monthly.returns);
    fillKeyFigures();
}

void FundDetailPanel::fillKeyFigures()
{
    resetTable(keyFigures_);
    const auto r = row();
    if (!r || !snapshot_)
        return;
    const funds::IndicatorGrid& grid = snapshot_->grid;
    const funds::WindowKind kinds[] = {funds::WindowKind::Ytd, funds::WindowKind::Y1, funds::WindowKind::Y3,
                                       funds::WindowKind::Y5, funds::WindowKind::SinceInception};
    QStringList headers{tr("Key figures")};
    std::vector<std::size_t> windows;
    for (const auto kind : kinds)
        if (const auto w = windowIndex(grid, kind)) {
            windows.push_back(*w);
            headers << windowName(grid.windows[*w]);
        }
    setHeaders(keyFigures_, headers);
    const Metric metrics[] = {Metric::CumulativeReturn,
                              Metric::AnnualizedReturn,
                              Metric::AnnualizedVolatility,
                              Metric::Sharpe,
                              Metric::MaxDrawdown,
                              Metric::Calmar,
                              Metric::Alpha,
                              Metric::Beta,
                              Metric::WinRatio};
    for (const Metric m : metrics) {
        const int i = keyFigures_->rowCount();
        keyFigures_->insertRow(i);
        auto* name = textCell(funds::card(m).displayName());
        name->setToolTip(cardTooltip(m));
        keyFigures_->setItem(i, 0, name);
        for (std::size_t c = 0; c < windows.size(); ++c) {
            auto* item = cell(formatMetric(m, grid.at(*r, grid.column(m, windows[c]))));
            item->setToolTip(cardTooltip(m));
            keyFigures_->setItem(i, static_cast<int>(c) + 1, item);
        }
    }
    keyFigures_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    keyFigures_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

void FundDetailPanel::fillIndicators()
{
    indicators_->clear();
    resetTable(peerRanks_);
    const auto r = row();
    if (!r || !snapshot_)
        return;
    const funds::IndicatorGrid& grid = snapshot_->grid;
    QStringList headers;
    for (const funds::Window& w : grid.windows)
        headers << windowName(w);
    setHeaders(indicators_, headers);
    indicators_->setRowCount(static_cast<int>(grid.metrics.size()));
    QStringList rowNames;
    for (std::size_t m = 0; m < grid.metrics.size(); ++m) {
        const Metric metric = grid.metrics[m];
        rowNames << funds::card(metric).displayName();
        const QString tip = cardTooltip(metric);
        for (std::size_t w = 0; w < grid.windows.size(); ++w) {
            auto* item = cell(formatMetric(metric, grid.at(*r, grid.column(metric, w))));
            item->setToolTip(tip);
            item->setData(Qt::UserRole, grid.key(grid.column(metric, w)));
            indicators_->setItem(static_cast<int>(m), static_cast<int>(w), item);
        }
    }
    indicators_->setVerticalHeaderLabels(rowNames);
    for (int m = 0; m < indicators_->rowCount(); ++m)
        if (auto* header = indicators_->verticalHeaderItem(m))
            header->setToolTip(cardTooltip(grid.metrics[static_cast<std::size_t>(m)]));
    indicators_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    indicators_->horizontalHeader()->setSectionResizeMode(indicators_->columnCount() - 1,
                                                          QHeaderView::ResizeToContents);

    // Peer rank of key metrics among the category on the grid's standard windows (the same window
    // for every peer by construction); fewer than the CSRC minimum of peers ranks nothing.
    setHeaders(peerRanks_, {tr("Metric"), tr("Window"), tr("Value"), tr("Rank"), tr("Quartile")});
    const QString category = snapshot_->universe.funds[*r].category;
    struct Key
    {
        Metric metric;
        funds::WindowKind window;
    };
    const Key keys[] = {{Metric::AnnualizedReturn, funds::WindowKind::Y1},
                        {Metric::AnnualizedReturn, funds::WindowKind::Y3},
                        {Metric::Sharpe, funds::WindowKind::Y1},
                        {Metric::Sharpe, funds::WindowKind::Y3},
                        {Metric::MaxDrawdown, funds::WindowKind::Y3},
                        {Metric::AnnualizedVolatility, funds::WindowKind::Y3},
                        {Metric::Calmar, funds::WindowKind::Y3},
                        {Metric::InformationRatio, funds::WindowKind::Y3},
                        {Metric::Alpha, funds::WindowKind::Y3}};
    for (const Key& k : keys) {
        const auto w = windowIndex(grid, k.window);
        if (!w || std::find(grid.metrics.begin(), grid.metrics.end(), k.metric) == grid.metrics.end())
            continue;
        const std::size_t column = grid.column(k.metric, *w);
        const std::optional<double> mine = grid.at(*r, column);
        int better = 0, peers = 0;
        for (std::size_t i = 0; i < grid.rows; ++i) {
            if (snapshot_->universe.funds[i].category != category)
                continue;
            const auto v = grid.at(i, column);
            if (!v)
                continue;
            ++peers;
            if (mine && (funds::higherIsBetter(k.metric) ? *v > *mine : *v < *mine))
                ++better;
        }
        const int rowIndex = peerRanks_->rowCount();
        peerRanks_->insertRow(rowIndex);
        auto* name = textCell(funds::card(k.metric).displayName());
        name->setToolTip(cardTooltip(k.metric));
        peerRanks_->setItem(rowIndex, 0, name);
        peerRanks_->setItem(rowIndex, 1, textCell(windowName(funds::Window{k.window, {}, {}})));
        peerRanks_->setItem(rowIndex, 2, cell(formatMetric(k.metric, mine)));
        if (mine && peers >= funds::kMinimumPeers) {
            const double percentile = static_cast<double>(better) / peers;
            const int quartile = std::min(4, 1 + static_cast<int>(std::floor(percentile * 4.0)));
            peerRanks_->setItem(rowIndex, 3, cell(QStringLiteral("%1 / %2").arg(better + 1).arg(peers)));
            auto* q = cell(QStringLiteral("Q%1").arg(quartile), Qt::AlignCenter);
            const QColor colors[4] = {QColor(60, 140, 90, 110), QColor(60, 140, 90, 50),
                                      QColor(200, 150, 60, 60), QColor(200, 90, 60, 90)};
            q->setBackground(colors[quartile - 1]);
            peerRanks_->setItem(rowIndex, 4, q);
        } else {
            peerRanks_->setItem(rowIndex, 3, cell(mine ? tr("too few peers") : QStringLiteral("—")));
        }
    }
    peerRanks_->resizeColumnsToContents();
    peerRanks_->horizontalHeader()->setStretchLastSection(true);
}

void FundDetailPanel::fillTiming()
{
    timing_->clear();
    factors_->clear();
    const auto r = row();
    if (!r || !snapshot_)
        return;
    const funds::IndicatorGrid& grid = snapshot_->grid;
    const auto si = windowIndex(grid, funds::WindowKind::SinceInception);
    const auto y3 = windowIndex(grid, funds::WindowKind::Y3);
    setHeaders(timing_, {tr("Model"), tr("Coefficient"), tr("Since inception"), tr("t"), tr("3Y"), tr("t")});
    struct Line
    {
        const char* model;
        Metric value;
        std::optional<Metric> t;
    };
    const Line lines[] = {
        {"TM", Metric::TmAlpha, std::nullopt},     {"TM", Metric::TmBeta, std::nullopt},
        {"TM", Metric::TmGamma, Metric::TmGammaT}, {"HM", Metric::HmAlpha, std::nullopt},
        {"HM", Metric::HmBeta, std::nullopt},      {"HM", Metric::HmGamma, Metric::HmGammaT},
        {"CL", Metric::ClAlpha, std::nullopt},     {"CL", Metric::ClBetaDown, std::nullopt},
        {"CL", Metric::ClBetaUp, std::nullopt},    {"CL", Metric::ClTiming, Metric::ClTimingT}};
    timing_->setRowCount(static_cast<int>(std::size(lines)));
    int i = 0;
    for (const Line& line : lines) {
        timing_->setItem(i, 0, textCell(QLatin1String(line.model)));
        auto* name = textCell(funds::card(line.value).displayName());
        name->setToolTip(cardTooltip(line.value));
        timing_->setItem(i, 1, name);
        int col = 2;
        for (const auto& w : {si, y3}) {
            const auto v = w ? grid.at(*r, grid.column(line.value, *w)) : std::nullopt;
            const auto t = w && line.t ? grid.at(*r, grid.column(*line.t, *w)) : std::nullopt;
            auto* item =
                cell(formatMetric(line.value, v) + (line.t ? QLatin1Char(' ') + significance(t) : QString()));
            if (line.t && t && std::abs(*t) >= 1.96)
                item->setForeground(*t > 0 ? QColor(20, 110, 50) : QColor(170, 50, 30));
            item->setToolTip(cardTooltip(line.value));
            timing_->setItem(i, col, item);
            auto* tItem = cell(line.t ? formatMetric(*line.t, t) : QString());
            if (line.t)
                tItem->setToolTip(cardTooltip(*line.t));
            timing_->setItem(i, col + 1, tItem);
            col += 2;
        }
        ++i;
    }
    timing_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    timing_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    setHeaders(factors_, {tr("Term"), tr("FF3 coefficient"), tr("t"), tr("FF5 coefficient"), tr("t")});
    if (!data_ || data_->code != code_)
        return;
    const funds::FactorRegression* regs[2] = {&data_->ff3, &data_->ff5};
    QStringList terms{tr("α (annualized)")};
    for (const QString& f : funds::famaFrench5Factors())
        terms << f;
    terms << tr("R²") << tr("Observations");
    factors_->setRowCount(static_cast<int>(terms.size()));
    for (int t = 0; t < terms.size(); ++t)
        factors_->setItem(t, 0, textCell(terms[t]));
    const int periods = snapshot_->conventions.periodsPerYear;
    for (int k = 0; k < 2; ++k) {
        const funds::FactorRegression& reg = *regs[k];
        const int col = 1 + 2 * k;
        if (!reg.fit)
            continue;
        auto put = [&](int rowIndex, const QString& value, std::optional<double> t) {
            auto* item = cell(value + (t ? QLatin1Char(' ') + significance(t) : QString()));
            if (t && std::abs(*t) >= 1.96)
                item->setForeground(*t > 0 ? QColor(20, 110, 50) : QColor(170, 50, 30));
            factors_->setItem(rowIndex, col, item);
            factors_->setItem(rowIndex, col + 1, cell(t ? QString::number(*t, 'f', 2) : QString()));
        };
        const auto alpha = reg.annualizedAlpha(periods);
        put(0, alpha ? percent(*alpha) : QStringLiteral("—"), reg.fit->tStat(0));
        for (qsizetype f = 0; f < reg.factors.size(); ++f)
            put(1 + static_cast<int>(funds::famaFrench5Factors().indexOf(reg.factors[f])),
                QString::number(reg.fit->coefficient(static_cast<int>(f) + 1), 'f', 3),
                reg.fit->tStat(static_cast<int>(f) + 1));
        factors_->setItem(
            static_cast<int>(terms.size()) - 2, col,
            cell(reg.fit->rSquared ? QString::number(*reg.fit->rSquared, 'f', 3) : QStringLiteral("—")));
        factors_->setItem(static_cast<int>(terms.size()) - 1, col, cell(QString::number(reg.observations)));
    }
    factors_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QStringList notes{
        tr("Significance: *** |t| ≥ 2.58, ** ≥ 1.96, * ≥ 1.645 (two-sided 1%, 5%, 10%). Timing: γ > 0 "
           "(TM, HM) or β up − β down > 0 (CL) indicates market-timing skill. Fama–French on the "
           "fund's daily excess returns over RF, since inception.")};
    for (const funds::FactorRegression* reg : regs)
        if (!reg->error.isEmpty())
            notes << reg->error;
    factorNote_->setText(notes.join(QLatin1Char('\n')));
}

void FundDetailPanel::fillStyle()
{
    const bool have = data_ && data_->code == code_;
    const FundDetailData* d = have ? data_.get() : nullptr;
    holdingsBox_->setBox(
        d && d->reportDate.isValid() ? tr("Holdings style box, %1").arg(d->reportDate.toString(Qt::ISODate))
                                     : tr("Holdings style box"),
        d && d->styleBox ? std::optional(d->styleBox->cellShares) : std::nullopt,
        d && d->styleBox ? std::optional(d->styleBox->cell.index()) : std::nullopt, QColor(31, 119, 180));
    const bool rbsa = d && !d->rolling.points.empty();
    std::optional<funds::StyleGrid> rbsaShares;
    if (d && d->drift)
        rbsaShares = d->drift->rbsaShares;
    rbsaBox_->setBox(
        rbsa ? tr("Returns-based (RBSA), %1").arg(d->rolling.points.back().end.toString(Qt::ISODate))
             : tr("Returns-based (RBSA)"),
        rbsaShares, d && d->drift ? std::optional(d->drift->rbsaDominant.index()) : std::nullopt,
        QColor(214, 120, 40));
    if (!d) {
        driftBanner_->clear();
        concentration_->clear();
        industries_->clear();
        return;
    }
    if (d->drift) {
        const bool warn = d->drift->warning;
        driftBanner_->setStyleSheet(
            warn ? QStringLiteral("background:#fde2d0;color:#8a2a00;border:1px solid #e08050;")
                 : QStringLiteral("background:#e3f2e1;color:#1f5a25;border:1px solid #8cc084;"));
        driftBanner_->setText(
            (warn ? tr("<b>⚠ Style drift warning</b> — L1 distance %1 between holdings and RBSA styles")
                  : tr("<b>✓ No style drift</b> — L1 distance %1 between holdings and RBSA styles"))
                .arg(d->drift->l1Distance, 0, 'f', 2) +
            QStringLiteral("<br/>") +
            d->drift->reason.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    } else {
        driftBanner_->setStyleSheet(QStringLiteral("background:#eeeeee;color:#444;border:1px solid #ccc;"));
        const QString why = !d->driftError.isEmpty()      ? d->driftError
                            : !d->rolling.error.isEmpty() ? d->rolling.error
                            : !d->styleBoxError.isEmpty() ? d->styleBoxError
                                                          : tr("no equity holdings to compare");
        driftBanner_->setText(tr("<b>Style drift not assessed</b>: %1").arg(why.toHtmlEscaped()));
    }
    // Rolling RBSA weights stacked.
    std::vector<QDate> dates;
    std::vector<std::vector<double>> layers(static_cast<std::size_t>(d->styleCodes.size()));
    for (const funds::RollingRbsaPoint& p : d->rolling.points) {
        dates.push_back(p.end);
        for (std::size_t k = 0; k < layers.size() && k < p.result.weights.size(); ++k)
            layers[k].push_back(p.result.weights[k]);
    }
    rbsaChart_->setTitle(
        tr("Rolling RBSA weights (%1-return windows every %2 returns)").arg(kRbsaWindow).arg(kRbsaStep));
    rbsaChart_->setLayers(d->styleNames, dates, layers, palette10());

    QStringList lines;
    if (d->summary)
        lines << tr("<b>Concentration</b> (%1): %2 stocks, %3 of NAV in stocks; top 10 %4; HHI %5 "
                    "(normalized %6, "
                    "%7 effective positions)")
                     .arg(d->reportDate.toString(Qt::ISODate))
                     .arg(d->summary->positions)
                     .arg(percent(d->summary->totalWeight, 1), percent(d->summary->top10Weight, 1))
                     .arg(d->summary->hhi, 0, 'f', 4)
                     .arg(d->summary->normalizedHhi, 0, 'f', 3)
                     .arg(d->summary->effectivePositions, 0, 'f', 1);
    if (d->bondRisk)
        lines << tr("<b>Bonds</b>: %1 of NAV; average modified duration %2 years (coverage %3); average "
                    "rating %4 "
                    "(coverage %5)")
                     .arg(percent(d->bondRisk->bondWeight, 1),
                          d->bondRisk->averageDuration
                              ? QString::number(*d->bondRisk->averageDuration, 'f', 2)
                              : QStringLiteral("—"),
                          percent(d->bondRisk->durationCoverage, 0),
                          d->bondRisk->averageRating.isEmpty() ? QStringLiteral("—")
                                                               : d->bondRisk->averageRating,
                          percent(d->bondRisk->ratingCoverage, 0));
    if (d->styleBox)
        lines << tr("Holdings coordinates: size %1 (0 largest … 3 smallest), value–growth %2; %3 of the "
                    "stock weight "
                    "classified")
                     .arg(d->styleBox->sizeScore, 0, 'f', 2)
                     .arg(d->styleBox->styleScore, 0, 'f', 2)
                     .arg(percent(d->styleBox->holdingsWeight > 0
                                      ? d->styleBox->classifiedWeight / d->styleBox->holdingsWeight
                                      : 0,
                                  0));
    if (d->styleBox)
        lines << tr(
            "<i>Outlined: the holdings' cell of their weighted coordinates; the RBSA's dominant cell.</i>");
    if (!d->reportDate.isValid())
        lines << tr("No full holdings report in the cache.");
    concentration_->setText(lines.join(QStringLiteral("<br/>")));

    industries_->clear();
    setHeaders(industries_, {tr("Industry"), tr("Weight (NAV)"), tr("Share of stocks"), tr("Holdings")});
    if (d->summary) {
        industries_->setRowCount(static_cast<int>(d->summary->industries.size()));
        int i = 0;
        for (const funds::IndustryWeight& w : d->summary->industries) {
            industries_->setItem(i, 0, textCell(w.industry));
            industries_->setItem(i, 1, cell(percent(w.weight)));
            industries_->setItem(
                i, 2, cell(percent(d->summary->totalWeight > 0 ? w.weight / d->summary->totalWeight : 0, 1)));
            industries_->setItem(i, 3, cell(QString::number(w.holdings)));
            ++i;
        }
    }
    industries_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    industries_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

void FundDetailPanel::fillHoldings()
{
    holdings_->clear();
    setHeaders(holdings_, {tr("Code"), tr("Name"), tr("Class"), tr("Industry"), tr("Weight"),
                           tr("Market cap (bn)"), tr("Value–growth"), tr("Duration"), tr("Rating")});
    if (!data_ || data_->code != code_)
        return;
    holdings_->setRowCount(static_cast<int>(data_->holdings.size()));
    int i = 0;
    for (const FundHoldingRow& h : data_->holdings) {
        holdings_->setItem(i, 0, textCell(h.code));
        holdings_->setItem(i, 1, textCell(h.name));
        holdings_->setItem(i, 2, textCell(h.bond ? tr("Bond") : tr("Stock")));
        holdings_->setItem(i, 3, textCell(h.industryName));
        holdings_->setItem(i, 4, cell(percent(h.weight)));
        holdings_->setItem(i, 5, cell(h.marketCap ? QString::number(*h.marketCap / 1e9, 'f', 1) : QString()));
        holdings_->setItem(i, 6, cell(h.valueScore ? QString::number(*h.valueScore, 'f', 2) : QString()));
        holdings_->setItem(i, 7, cell(h.duration ? QString::number(*h.duration, 'f', 2) : QString()));
        holdings_->setItem(i, 8, cell(h.rating, Qt::AlignCenter));
        ++i;
    }
    holdings_->resizeColumnsToContents();
    holdings_->horizontalHeader()->setStretchLastSection(true);
    // Duration and rating only mean something for bonds; market cap and score only for stocks.
    const bool anyBond =
        std::any_of(data_->holdings.begin(), data_->holdings.end(), [](const auto& h) { return h.bond; });
    const bool anyStock =
        std::any_of(data_->holdings.begin(), data_->holdings.end(), [](const auto& h) { return !h.bond; });
    holdings_->setColumnHidden(3, !anyStock);
    holdings_->setColumnHidden(5, !anyStock);
    holdings_->setColumnHidden(6, !anyStock);
    holdings_->setColumnHidden(7, !anyBond);
    holdings_->setColumnHidden(8, !anyBond);
    const QSignalBlocker block(brinsonPeriod_);
    brinsonPeriod_->clear();
    for (const AttributionPeriod& p : data_->periods)
        brinsonPeriod_->addItem(
            tr("%1 → %2").arg(p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate)));
    if (data_->linkedBhb)
        brinsonPeriod_->addItem(tr("All %1 periods, Carino-linked").arg(data_->periods.size()));
    // Default: the last complete half-year (the one before the partial period to the as-of date).
    brinsonPeriod_->setCurrentIndex(data_->periods.size() >= 2 ? static_cast<int>(data_->periods.size()) - 2
                                                               : static_cast<int>(data_->periods.size()) - 1);
}

namespace {

// The segments the attribution model names itself, in the UI language.
QString segmentName(const QString& segment)
{
    if (segment == QLatin1String("Cash"))
        return FundDetailPanel::tr("Cash");
    if (segment == QLatin1String("Unclassified"))
        return FundDetailPanel::tr("Unclassified");
    return segment;
}

} // namespace

void FundDetailPanel::fillAttribution()
{
    resetTable(brinson_);
    setHeaders(brinson_, {tr("Industry"), tr("Fund w"), tr("Bench w"), tr("Fund r"), tr("Bench r"),
                          tr("Allocation"), tr("Selection"), tr("Interaction"), tr("Total")});
    const QStringList headerTips{QString(), tr("Fund weight at the start of the period (share of NAV)"),
                                 tr("Benchmark weight at the start of the period"),
                                 tr("Fund's buy-and-hold return of the segment"),
                                 tr("Benchmark return of the segment")};
    for (int c = 1; c < headerTips.size(); ++c)
        brinson_->horizontalHeaderItem(c)->setToolTip(headerTips[c]);
    if (!data_ || data_->code != code_) {
        attributionNote_->clear();
        return;
    }
    const bool bf = brinsonMethod_->currentIndex() == 1;
    const int period = brinsonPeriod_->currentIndex();
    auto effectColor = [](double v) { return divergingColor(v, 0.01); };
    auto addTotal = [&](const QString& label, double rp, double rb, double a, double s, double in) {
        const int i = brinson_->rowCount();
        brinson_->insertRow(i);
        QFont bold = brinson_->font();
        bold.setBold(true);
        const QStringList values{label,      QString(),  QString(),   percent(rp),        percent(rb),
                                 percent(a), percent(s), percent(in), percent(a + s + in)};
        for (int c = 0; c < values.size(); ++c) {
            auto* item = c == 0 ? textCell(values[c]) : cell(values[c]);
            item->setFont(bold);
            brinson_->setItem(i, c, item);
        }
    };
    if (period >= 0 && period < static_cast<int>(data_->periods.size())) {
        const funds::BrinsonResult& res = bf ? data_->periods[static_cast<std::size_t>(period)].brinsonFachler
                                             : data_->periods[static_cast<std::size_t>(period)].bhb;
        std::vector<std::size_t> order(res.segments.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return std::abs(res.effects[a].total()) > std::abs(res.effects[b].total());
        });
        for (std::size_t k : order) {
            const funds::SegmentReturns& s = res.segments[k];
            const funds::SegmentEffects& e = res.effects[k];
            const int i = brinson_->rowCount();
            brinson_->insertRow(i);
            brinson_->setItem(i, 0, textCell(segmentName(s.segment)));
            brinson_->setItem(i, 1, cell(percent(s.portfolioWeight, 1)));
            brinson_->setItem(i, 2, cell(percent(s.benchmarkWeight, 1)));
            brinson_->setItem(i, 3,
                              cell(s.portfolioReturn ? percent(*s.portfolioReturn) : QStringLiteral("—")));
            brinson_->setItem(i, 4,
                              cell(s.benchmarkReturn ? percent(*s.benchmarkReturn) : QStringLiteral("—")));
            const double effects[4] = {e.allocation, e.selection, e.interaction, e.total()};
            for (int c = 0; c < 4; ++c) {
                auto* item = cell(percent(effects[c]));
                item->setBackground(effectColor(effects[c]));
                brinson_->setItem(i, 5 + c, item);
            }
        }
        addTotal(tr("Total"), res.portfolioReturn, res.benchmarkReturn, res.allocation, res.selection,
                 res.interaction);
    } else if (const auto& linked = bf ? data_->linkedBrinsonFachler : data_->linkedBhb) {
        for (const funds::SegmentEffects& e : linked->effects) {
            const int i = brinson_->rowCount();
            brinson_->insertRow(i);
            brinson_->setItem(i, 0, textCell(segmentName(e.segment)));
            const double effects[4] = {e.allocation, e.selection, e.interaction, e.total()};
            for (int c = 0; c < 4; ++c) {
                auto* item = cell(percent(effects[c]));
                item->setBackground(effectColor(effects[c]));
                brinson_->setItem(i, 5 + c, item);
            }
        }
        addTotal(tr("Linked total"), linked->portfolioReturn, linked->benchmarkReturn, linked->allocation,
                 linked->selection, linked->interaction);
    }
    if (const auto& linked = bf ? data_->linkedBrinsonFachler : data_->linkedBhb;
        linked && period >= 0 && period < static_cast<int>(data_->periods.size()))
        addTotal(tr("Carino-linked, %1 periods").arg(data_->periods.size()), linked->portfolioReturn,
                 linked->benchmarkReturn, linked->allocation, linked->selection, linked->interaction);
    brinson_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    brinson_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    attributionNote_->setText(
        (data_->attributionError.isEmpty() ? QString() : data_->attributionError + QLatin1Char('\n')) +
        tr("Buy-and-hold of the start-of-period full holdings. Benchmark: cap-weighted market of every stock "
           "the "
           "funds reported on that date. The cache has no stock prices, so each stock earns its style-box "
           "index "
           "(bonds the bond index): selection shows the style mix inside industries. Unheld NAV is cash at "
           "0%."));
}

void FundDetailPanel::fillRanking()
{
    rankChart_->setTitle(tr("1-year Sharpe: percentile in the category at each month end (top = best)"));
    if (!data_ || data_->code != code_) {
        rankChart_->setHistory(QString(), {}, {});
        rankNote_->clear();
        return;
    }
    std::vector<QDate> dates;
    std::vector<double> percentile;
    QStringList unranked;
    for (const funds::PeerRank& r : data_->rankHistory) {
        if (r.ranked) {
            dates.push_back(r.end);
            percentile.push_back(r.percentile);
        } else if (unranked.size() < 3) {
            unranked << QStringLiteral("%1: %2").arg(r.end.toString(Qt::ISODate), r.reason);
        }
    }
    rankChart_->setHistory(tr("Percentile (share of peers ranked better)"), dates, percentile);
    QString note = tr("%1 month ends ranked of %2; bands are quartiles Q1 (top) to Q4.")
                       .arg(dates.size())
                       .arg(data_->rankHistory.size());
    if (!data_->rankHistory.empty() && data_->rankHistory.back().ranked)
        note += QLatin1Char(' ') + tr("Latest: %1 / %2 (Q%3).")
                                       .arg(data_->rankHistory.back().rank)
                                       .arg(data_->rankHistory.back().peers)
                                       .arg(data_->rankHistory.back().quartile);
    if (!unranked.isEmpty())
        note += QLatin1Char(' ') + tr("Not ranked: %1").arg(unranked.join(QStringLiteral("; ")));
    rankNote_->setText(note);
}

void FundDetailPanel::fillCompare()
{
    compareTable_->clear();
    compareTable_->setRowCount(0);
    const auto r = row();
    if (!r || !snapshot_)
        return;
    std::vector<std::size_t> rows{*r};
    for (const QString& c : compare_)
        if (const auto i = snapshot_->indexOf(c))
            rows.push_back(*i);
    QStringList headers{tr("Metric")};
    for (std::size_t i : rows)
        headers << snapshot_->universe.funds[i].code + QLatin1Char('\n') + snapshot_->universe.funds[i].name;
    setHeaders(compareTable_, headers);
    const funds::IndicatorGrid& grid = snapshot_->grid;
    struct Key
    {
        Metric metric;
        funds::WindowKind window;
    };
    const Key keys[] = {{Metric::CumulativeReturn, funds::WindowKind::Ytd},
                        {Metric::AnnualizedReturn, funds::WindowKind::Y1},
                        {Metric::AnnualizedReturn, funds::WindowKind::Y3},
                        {Metric::AnnualizedReturn, funds::WindowKind::SinceInception},
                        {Metric::AnnualizedVolatility, funds::WindowKind::Y3},
                        {Metric::MaxDrawdown, funds::WindowKind::Y3},
                        {Metric::Sharpe, funds::WindowKind::Y1},
                        {Metric::Sharpe, funds::WindowKind::Y3},
                        {Metric::Sortino, funds::WindowKind::Y3},
                        {Metric::Calmar, funds::WindowKind::Y3},
                        {Metric::Alpha, funds::WindowKind::Y3},
                        {Metric::Beta, funds::WindowKind::Y3},
                        {Metric::InformationRatio, funds::WindowKind::Y3},
                        {Metric::TmGammaT, funds::WindowKind::Y3}};
    for (const Key& k : keys) {
        const auto w = windowIndex(grid, k.window);
        if (!w)
            continue;
        const int i = compareTable_->rowCount();
        compareTable_->insertRow(i);
        auto* name = textCell(funds::card(k.metric).displayName() + QStringLiteral(" · ") +
                              windowName(grid.windows[*w]));
        name->setToolTip(cardTooltip(k.metric));
        compareTable_->setItem(i, 0, name);
        for (std::size_t c = 0; c < rows.size(); ++c)
            compareTable_->setItem(i, static_cast<int>(c) + 1,
                                   cell(formatMetric(k.metric, grid.at(rows[c], grid.column(k.metric, *w)))));
    }
    const int i = compareTable_->rowCount();
    compareTable_->insertRow(i);
    compareTable_->insertRow(i + 1);
    compareTable_->insertRow(i + 2);
    compareTable_->setItem(i, 0, textCell(tr("Stars (overall)")));
    compareTable_->setItem(i + 1, 0, textCell(tr("AUM")));
    compareTable_->setItem(i + 2, 0, textCell(tr("Category")));
    for (std::size_t c = 0; c < rows.size(); ++c) {
        compareTable_->setItem(i, static_cast<int>(c) + 1, cell(stars(snapshot_->ratings[rows[c]].overall)));
        compareTable_->setItem(i + 1, static_cast<int>(c) + 1, cell(aumText(snapshot_->aum[rows[c]])));
        compareTable_->setItem(i + 2, static_cast<int>(c) + 1,
                               cell(funds::categoryName(snapshot_->universe.funds[rows[c]].category)));
    }
    compareTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    compareTable_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    compareNote_->setText(compare_.isEmpty()
                              ? tr("Use “Compare…” to add up to %1 funds by code.").arg(kMaxCompare)
                              : tr("Comparing with %1. The NAV chart shows them rebased to this fund's "
                                   "NAV on their first common date.")
                                    .arg(compare_.join(QStringLiteral(", "))));
}

void FundDetailPanel::chooseCompareFunds()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Compare funds"),
        tr("Fund codes to compare (up to %1, separated by spaces or commas):").arg(kMaxCompare),
        QLineEdit::Normal, compare_.join(QLatin1Char(' ')), &ok);
    if (!ok)
        return;
    const QStringList codes =
        text.split(QRegularExpression(QStringLiteral("[\\s,;，；]+")), Qt::SkipEmptyParts);
    setCompareFunds(codes);
    QStringList dropped;
    for (const QString& c : codes)
        if (!compare_.contains(c) && c != code_)
            dropped << c;
    if (!dropped.isEmpty())
        status_->setText(tr("Not compared: %1").arg(dropped.join(QStringLiteral(", "))));
    tabs_->setCurrentIndex(0);
}

// ---------------------------------------------------------------------------------------------------
// Export

bool FundDetailPanel::exportIndicatorsCsv(const QString& path, QString* error) const
{
    const auto r = row();
    if (!r || !snapshot_) {
        if (error)
            *error = tr("No fund is shown");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const funds::IndicatorGrid& grid = snapshot_->grid;
    QTextStream out(&file);
    out << "\xEF\xBB\xBF"; // BOM, so spreadsheet software reads UTF-8 (Chinese names)
    out << "fund,metric_key,metric";
    for (const funds::Window& w : grid.windows)
        out << ',' << w.id();
    out << '\n';
    auto quote = [](QString s) {
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    for (std::size_t m = 0; m < grid.metrics.size(); ++m) {
        const funds::MetricCard& c = funds::card(grid.metrics[m]);
        out << code_ << ',' << c.key << ',' << quote(c.displayName());
        for (std::size_t w = 0; w < grid.windows.size(); ++w) {
            out << ',';
            if (const auto v = grid.at(*r, grid.column(grid.metrics[m], w)))
                out << QString::number(*v, 'g', 10);
        }
        out << '\n';
    }
    out.flush();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

namespace {

// A page-by-page writer for the report: a cursor down the page, a footer on every page.
class ReportWriter
{
public:
    ReportWriter(QPrinter& printer, QPainter& painter, QString footer)
        : printer_(printer), painter_(painter), footer_(std::move(footer))
    {
        page_ = printer.pageLayout().paintRectPixels(printer.resolution());
        page_.moveTo(0, 0);
        mm_ = printer.resolution() / 25.4;
        bottom_ = page_.height() - static_cast<int>(10 * mm_);
        drawFooter();
    }
    double mm() const { return mm_; }
    int width() const { return page_.width(); }
    void ensure(int height)
    {
        if (y_ + height > bottom_)
            newPage();
    }
    void newPage()
    {
        printer_.newPage();
        ++pageNumber_;
        y_ = 0;
        drawFooter();
    }
    void text(const QString& s, double points, bool bold = false, QColor color = Qt::black)
    {
        QFont f(QApplication::font().family());
        f.setPointSizeF(points);
        f.setBold(bold);
        painter_.setFont(f);
        painter_.setPen(color);
        const QRect bound = painter_.boundingRect(QRect(0, y_, width(), 100000), Qt::TextWordWrap, s);
        ensure(bound.height());
        painter_.drawText(QRect(0, y_, width(), bound.height()), Qt::TextWordWrap, s);
        y_ += bound.height() + static_cast<int>(1.5 * mm_);
    }
    void image(const QPixmap& pixmap, double heightMm)
    {
        const int h = static_cast<int>(heightMm * mm_);
        ensure(h);
        painter_.drawPixmap(QRect(0, y_, width(), h), pixmap);
        y_ += h + static_cast<int>(3 * mm_);
    }
    void pixmapAt(const QPixmap& pixmap, int x, int w, int h)
    {
        painter_.drawPixmap(QRect(x, y_, w, h), pixmap);
    }
    void skip(int h) { y_ += h; }
    // A table from a QTableWidget: header row, then the rows, small font, repeated header on new pages.
    void table(const QTableWidget* t, double points, const QStringList& rowHeaders = {})
    {
        QFont f(QApplication::font().family());
        f.setPointSizeF(points);
        painter_.setFont(f);
        const QFontMetrics fm(f, painter_.device());
        const int rowH = fm.height() + static_cast<int>(1.2 * mm_);
        const int columns = t->columnCount();
        if (columns == 0)
            return;
        QFont b = f;
        b.setBold(true);
        const QFontMetrics boldFm(b, painter_.device());
        // Column widths from their widest text, scaled to the page width (the row header column first).
        const double pad = 2.5 * mm_;
        double rowHeaderW = 0;
        for (const QString& h : rowHeaders)
            rowHeaderW = std::max<double>(rowHeaderW, fm.horizontalAdvance(h) + pad);
        std::vector<double> widths(static_cast<std::size_t>(columns), 0.0);
        std::vector<bool> leftAligned(static_cast<std::size_t>(columns), false);
        for (int c = 0; c < columns; ++c) {
            auto& w = widths[static_cast<std::size_t>(c)];
            if (const QTableWidgetItem* h = t->horizontalHeaderItem(c))
                w = boldFm.horizontalAdvance(
                        QString(h->text()).replace(QLatin1Char('\n'), QLatin1Char(' '))) +
                    pad;
            for (int r = 0; r < t->rowCount(); ++r)
                if (const QTableWidgetItem* item = t->item(r, c)) {
                    w = std::max<double>(w, fm.horizontalAdvance(item->text()) + pad);
                    if (item->textAlignment() & Qt::AlignLeft)
                        leftAligned[static_cast<std::size_t>(c)] = true;
                }
        }
        const double natural = rowHeaderW + std::accumulate(widths.begin(), widths.end(), 0.0);
        const double stretch = width() / std::max(natural, 1.0);
        rowHeaderW *= stretch;
        for (double& w : widths)
            w *= stretch;
        auto columnX = [&](int c) {
            return rowHeaderW + std::accumulate(widths.begin(), widths.begin() + c, 0.0);
        };
        auto header = [&] {
            ensure(2 * rowH);
            painter_.fillRect(QRect(0, y_, width(), rowH), QColor(225, 232, 242));
            painter_.setFont(b);
            painter_.setPen(Qt::black);
            for (int c = 0; c < columns; ++c) {
                const QString h = t->horizontalHeaderItem(c) ? t->horizontalHeaderItem(c)->text() : QString();
                const bool left = leftAligned[static_cast<std::size_t>(c)];
                painter_.drawText(QRectF(columnX(c) + (left ? mm_ : 0), y_,
                                         widths[static_cast<std::size_t>(c)] - mm_, rowH),
                                  (left ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                                  QString(h).replace(QLatin1Char('\n'), QLatin1Char(' ')));
            }
            painter_.setFont(f);
            y_ += rowH;
        };
        header();
        for (int r = 0; r < t->rowCount(); ++r) {
            if (y_ + rowH > bottom_) {
                newPage();
                header();
            }
            if (r % 2)
                painter_.fillRect(QRect(0, y_, width(), rowH), QColor(246, 246, 246));
            if (!rowHeaders.isEmpty())
                painter_.drawText(QRectF(0, y_, rowHeaderW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                                  rowHeaders.value(r));
            for (int c = 0; c < columns; ++c) {
                const QTableWidgetItem* item = t->item(r, c);
                if (!item)
                    continue;
                const QRectF cellRect(columnX(c), y_, widths[static_cast<std::size_t>(c)], rowH);
                if (item->background().style() != Qt::NoBrush)
                    painter_.fillRect(cellRect, item->background());
                painter_.setPen(item->foreground().style() != Qt::NoBrush ? item->foreground().color()
                                                                          : QColor(Qt::black));
                const bool left = (item->textAlignment() & Qt::AlignLeft) != 0;
                QFont itemFont = f;
                itemFont.setBold(item->font().bold());
                painter_.setFont(itemFont);
                painter_.drawText(cellRect.adjusted(mm_, 0, -mm_, 0),
                                  (left ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, item->text());
                painter_.setFont(f);
            }
            y_ += rowH;
        }
        painter_.setPen(Qt::black);
        y_ += static_cast<int>(3 * mm_);
    }
    int pages() const { return pageNumber_; }

private:
    void drawFooter()
    {
        QFont f(QApplication::font().family());
        f.setPointSizeF(7.5);
        painter_.setFont(f);
        painter_.setPen(QColor(110, 110, 110));
        const QRect area(0, page_.height() - static_cast<int>(7 * mm_), width(), static_cast<int>(7 * mm_));
        painter_.drawLine(area.topLeft(), area.topRight());
        painter_.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, footer_);
        painter_.drawText(area, Qt::AlignRight | Qt::AlignVCenter, QString::number(pageNumber_));
        painter_.setPen(Qt::black);
    }

    QPrinter& printer_;
    QPainter& painter_;
    QString footer_;
    QRect page_;
    double mm_ = 1;
    int y_ = 0;
    int bottom_ = 0;
    int pageNumber_ = 1;
};

} // namespace

bool FundDetailPanel::exportReportPdf(const QString& path, QString* error)
{
    const auto r = row();
    if (!r || !isPopulated()) {
        if (error)
            *error = tr("The fund's evaluation is not ready yet");
        return false;
    }
    const FundDetailData& d = *data_;
    const funds::FundInfo& f = snapshot_->universe.funds[*r];
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(14, 14, 14, 12), QPageLayout::Millimeter);
    printer.setDocName(tr("Fund evaluation report %1").arg(f.code));
    printer.setCreator(QStringLiteral("Workstation"));
    QPainter painter;
    if (!painter.begin(&printer)) {
        if (error)
            *error = tr("Cannot write %1").arg(path);
        return false;
    }
    QString footer =
        tr("Generated %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (d.isDemo)
        footer += QStringLiteral(" · ") + tr("DEMO DATA — synthetic fund, not real figures");
    ReportWriter w(printer, painter, footer);
    const double scale = 2.0;
    auto chart = [&](QCustomPlot* plot, int pxW, int pxH) { return plot->toPixmap(pxW, pxH, scale); };

    w.text(tr("Fund evaluation report"), 18, true, QColor(20, 50, 100));
    w.text(QStringLiteral("%1  %2").arg(f.code, f.name), 14, true);
    w.text(QTextDocumentFragment::fromHtml(facts_->text()).toPlainText(), 9);
    const funds::Rating& rating = snapshot_->ratings[*r];
    w.text(rating.overall
               ? tr("Rating: %1 overall (3Y %2, 5Y %3, 10Y %4), Morningstar-style MRAR within the category.")
                     .arg(stars(rating.overall), stars(rating.stars3), stars(rating.stars5),
                          stars(rating.stars10))
               : tr("Not rated: %1").arg(rating.reason),
           9.5);
    w.text(tr("Time-aligned since-inception ranks — Sharpe: %1; annualized return: %2.")
               .arg(rankText(d.sharpeRank), rankText(d.returnRank)),
           9);
    w.text(tr("For professional investors. Past performance does not predict future returns."), 8, false,
           QColor(90, 90, 90));
    w.image(chart(navChart_, 1000, 420), 76);
    w.image(chart(drawdownChart_, 1000, 260), 47);
    w.image(chart(rollingChart_, 1000, 260), 47);

    w.newPage();
    w.text(tr("Indicators (metric × window)"), 13, true, QColor(20, 50, 100));
    QStringList metricNames;
    for (const Metric m : snapshot_->grid.metrics)
        metricNames << funds::card(m).displayName();
    w.table(indicators_, 7.2, metricNames);

    w.newPage();
    w.text(tr("Timing models"), 13, true, QColor(20, 50, 100));
    w.table(timing_, 8);
    w.text(tr("Fama–French regressions"), 13, true, QColor(20, 50, 100));
    w.table(factors_, 8);
    w.text(factorNote_->text(), 7.5, false, QColor(80, 80, 80));
    w.newPage();
    w.text(tr("Style"), 13, true, QColor(20, 50, 100));
    w.text(QTextDocumentFragment::fromHtml(driftBanner_->text()).toPlainText(), 9.5, true,
           d.drift && d.drift->warning ? QColor(150, 40, 0) : QColor(30, 90, 40));
    {
        const int boxW = static_cast<int>(w.width() * 0.3);
        const int boxH = static_cast<int>(boxW * 300.0 / 340.0);
        w.ensure(boxH);
        holdingsBox_->resize(340, 300);
        rbsaBox_->resize(340, 300);
        w.pixmapAt(holdingsBox_->grab(), 0, boxW, boxH);
        w.pixmapAt(rbsaBox_->grab(), boxW + static_cast<int>(4 * w.mm()), boxW, boxH);
        w.skip(boxH + static_cast<int>(3 * w.mm()));
    }
    w.image(chart(rbsaChart_, 1000, 360), 62);
    w.text(QTextDocumentFragment::fromHtml(concentration_->text()).toPlainText(), 8.5);
    w.table(industries_, 7.5);

    w.newPage();
    w.text(tr("Monthly returns"), 13, true, QColor(20, 50, 100));
    QStringList years;
    for (int i = 0; i < monthly_->rowCount(); ++i)
        years << (monthly_->verticalHeaderItem(i) ? monthly_->verticalHeaderItem(i)->text() : QString());
    w.table(monthly_, 7.5, years);
    w.text(
        tr("Brinson attribution (%1, %2)").arg(brinsonMethod_->currentText(), brinsonPeriod_->currentText()),
        13, true, QColor(20, 50, 100));
    w.table(brinson_, 7);
    w.text(attributionNote_->text(), 7.5, false, QColor(80, 80, 80));
    w.ensure(static_cast<int>(70 * w.mm())); // the heading stays with its chart
    w.text(tr("Peer-rank history"), 13, true, QColor(20, 50, 100));
    w.image(chart(rankChart_, 1000, 320), 55);
    painter.end();
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = tr("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

void FundDetailPanel::askExportPdf()
{
    if (!isPopulated())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), code_ + QStringLiteral("-report.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportReportPdf(path, &error);
    QApplication::restoreOverrideCursor();
    if (ok)
        status_->setText(tr("Report written to %1").arg(path));
    else
        QMessageBox::warning(this, tr("Export report"), error);
}

void FundDetailPanel::askExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export indicators"), code_ + QStringLiteral("-indicators.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportIndicatorsCsv(path, &error))
        status_->setText(tr("Indicators written to %1").arg(path));
    else
        QMessageBox::warning(this, tr("Export indicators"), error);
}

} // namespace ws::widgets
