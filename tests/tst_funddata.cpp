// Fund-evaluation data and universe analytics: the CSV importers (every rejected row named by file
// and line), adjusted NAVs from distributions, the demo generator's invariants, the universe grid
// against per-fund computation, time-aligned peer ranks against ranks computed on the common window
// by brute force, MRAR and star bands by hand, and the CSRC guardrails.

#include "demo/DemoData.h"
#include "demo/FundDemo.h"
#include "funds/FundStore.h"
#include "funds/IndicatorGrid.h"
#include "funds/ManagerIndex.h"
#include "funds/PeerRanking.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace ws;
using namespace ws::funds;

namespace {

QString writeFile(const QString& dir, const QString& name, const QByteArray& content)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

// A NAV series of weekdays from `first`, compounding `returns`.
NavSeries fromReturns(const QString& code, QDate first, const std::vector<double>& returns)
{
    NavSeries s;
    s.source = code;
    QDate d = first;
    double nav = 1.0;
    s.dates.push_back(d);
    s.navs.push_back(nav);
    for (double r : returns) {
        do
            d = d.addDays(1);
        while (d.dayOfWeek() > 5);
        nav *= 1.0 + r;
        s.dates.push_back(d);
        s.navs.push_back(nav);
    }
    return s;
}

// A universe of `count` funds of one category, incepted at staggered dates, with random returns.
Universe randomUniverse(int count, std::uint64_t seed, const QString& category = QStringLiteral("equity"),
                        QDate end = QDate(2026, 6, 30))
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0.0003, 0.012);
    Universe u;
    for (int i = 0; i < count; ++i) {
        const QDate inception = end.addDays(-200 - static_cast<int>(rng() % 2000));
        std::vector<double> r;
        for (QDate d = inception; d < end; d = d.addDays(1))
            if (d.dayOfWeek() <= 5)
                r.push_back(noise(rng));
        NavSeries s = fromReturns(QStringLiteral("F%1").arg(i, 4, 10, QLatin1Char('0')), inception, r);
        while (s.dates.back() > end) {
            s.dates.pop_back();
            s.navs.pop_back();
        }
        u.funds.push_back({s.source, s.source, category, QStringLiteral("c"), QString(), inception});
        u.navs.push_back(std::move(s));
    }
    return u;
}

} // namespace

class TestFundData : public QObject
{
    Q_OBJECT

    QString dir_;
    QSqlDatabase db_;

private slots:
    void initTestCase()
    {
        dir_ = QStringLiteral(WS_TEST_TMP);
        QVERIFY(dir_.endsWith(QLatin1String("tst_funddata")));
        QDir(dir_).removeRecursively();
        QVERIFY(QDir().mkpath(dir_));
        auto opened =
            store::Database::open(QDir(dir_).filePath(QStringLiteral("cache.sqlite")), QStringLiteral("t"));
        QVERIFY2(opened.ok(), qPrintable(opened.error ? opened.error->message() : QString()));
        db_ = opened.db;
        QVERIFY(db_.transaction());
        demo::populateAll(db_);
        QVERIFY(db_.commit());
    }

    void adjustedNavsByHand()
    {
        // A 0.10 distribution on day 3 (unit falls from 1.10 to 1.00, acc stays at 1.10), reinvested
        // at the ex-date NAV 1.00: 1.1 units, so day 4's 5% rise takes 1.10 to 1.155.
        const std::vector<double> unit{1.00, 1.10, 1.00, 1.05}, acc{1.00, 1.10, 1.10, 1.15};
        const auto adj = adjustedNavs(unit, acc);
        QCOMPARE(adj.size(), 4u);
        QVERIFY(std::abs(adj[0] - 1.00) < 1e-12);
        QVERIFY(std::abs(adj[1] - 1.10) < 1e-12);
        QVERIFY(std::abs(adj[2] - 1.10) < 1e-12);
        QVERIFY(std::abs(adj[3] - 1.155) < 1e-12);
        // Rounding noise of a 4-decimal acc − unit is not a distribution.
        const auto noisy = adjustedNavs(std::vector<double>{1.0, 1.0}, std::vector<double>{1.0, 1.0001});
        QCOMPARE(noisy[1], 1.0);
    }

    void importFundsReportsRows()
    {
        const QString path = writeFile(dir_, QStringLiteral("funds.csv"),
                                       "code,name,category,company,inception_date,benchmark\n"
                                       "900001,测试成长股票,equity,测试基金,2020-01-06,H300\n"
                                       "900002,,equity,测试基金,2020-01-06,\n"
                                       "900003,测试债券,bond,测试基金,2020-13-01,CBA\n"
                                       "900001,重复,equity,测试基金,2020-01-06,H300\n"
                                       "900004,测试混合,Mixed,测试基金,20210104,B6040\n");
        QVERIFY(db_.transaction());
        const ImportReport r = importFundsCsv(db_, path);
        QVERIFY(db_.commit());
        QVERIFY(r.ok());
        QCOMPARE(r.accepted, 2);
        QCOMPARE(r.rejected.size(), 3);
        QVERIFY2(r.rejected[0].startsWith(path + QStringLiteral(":3: ")), qPrintable(r.rejected[0]));
        QVERIFY(r.rejected[1].startsWith(path + QStringLiteral(":4: ")));
        QVERIFY(r.rejected[1].contains(QStringLiteral("2020-13-01")));
        QVERIFY(r.rejected[2].contains(QStringLiteral("twice")));
        const auto f = findFund(db_, QStringLiteral("900004"));
        QVERIFY(f);
        QCOMPARE(f->category, QStringLiteral("mixed"));
        QCOMPARE(f->inception, QDate(2021, 1, 4));
        QCOMPARE(f->benchmark, QStringLiteral("B6040"));

        const QString bad = writeFile(dir_, QStringLiteral("funds-bad.csv"), "code,name,colour\n1,2,3\n");
        const ImportReport b = importFundsCsv(db_, bad);
        QVERIFY(!b.ok());
        QVERIFY(b.fatal.contains(QStringLiteral("colour")));
        const ImportReport missing = importFundsCsv(db_, QDir(dir_).filePath(QStringLiteral("none.csv")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.fatal.contains(QStringLiteral("none.csv")));
    }

    void importNavsDerivesAdjusted()
    {
        const QString path = writeFile(dir_, QStringLiteral("navs.csv"),
                                       "fund_code,date,unit_nav,acc_nav\n"
                                       "900001,2024-01-02,1.0000,1.0000\n"
                                       "900001,2024-01-04,1.0000,1.1000\n" // out of order: sorted
                                       "900001,2024-01-03,1.1000,1.1000\n"
                                       "900001,2024-01-05,1.0500,1.1500\n"
                                       "900001,2024-01-05,1.0600,1.1600\n" // duplicate date
                                       "999999,2024-01-05,1.0,1.0\n"       // unknown fund
                                       "900001,2024-01-08,-1,1.0\n"        // not positive
                                       "900001,2024-02-30,1.0,1.0\n");     // no such date
        QVERIFY(db_.transaction());
        const ImportReport r = importNavCsv(db_, path);
        QVERIFY(db_.commit());
        QVERIFY(r.ok());
        QCOMPARE(r.accepted, 4);
        QCOMPARE(r.rejected.size(), 4);
        QVERIFY(r.rejected.filter(QStringLiteral(":6: ")).first().contains(QStringLiteral("duplicate")));
        QVERIFY(r.rejected.filter(QStringLiteral(":7: ")).first().contains(QStringLiteral("999999")));
        QVERIFY(!r.rejected.filter(QStringLiteral(":8: ")).isEmpty());
        QVERIFY(!r.rejected.filter(QStringLiteral(":9: ")).isEmpty());
        QVERIFY(!r.warnings.filter(QStringLiteral("sorted")).isEmpty());
        const auto nav = loadFundNav(db_, QStringLiteral("900001"));
        QVERIFY(nav);
        QCOMPARE(nav->size(), 4u);
        QVERIFY(std::abs(nav->navs[3] - 1.155) < 1e-9);

        // Importing again replaces, and says so.
        QVERIFY(db_.transaction());
        const ImportReport again = importNavCsv(db_, path);
        QVERIFY(db_.commit());
        QCOMPARE(again.replaced, 4);
    }

    void importIndexKinds()
    {
        const QString path = writeFile(dir_, QStringLiteral("index.csv"),
                                       "code,name,kind,date,value\n"
                                       "TST,测试指数,benchmark,2024-01-02,1000\n"
                                       "TST,测试指数,benchmark,2024-01-03,1010\n"
                                       "TST,测试指数,benchmark,2024-01-04,0\n" // level must be > 0
                                       "TF,测试因子,factor,2024-01-02,-0.01\n" // returns may be negative
                                       "TF,测试因子,factor,2024-01-03,0.02\n"
                                       "TX,x,colour,2024-01-03,1\n"); // bad kind
        QVERIFY(db_.transaction());
        const ImportReport r = importIndexCsv(db_, path);
        QVERIFY(db_.commit());
        QCOMPARE(r.accepted, 4);
        QCOMPARE(r.rejected.size(), 2);
        QVERIFY(r.rejected[0].startsWith(path + QStringLiteral(":4: ")));
        QVERIFY(r.rejected[1].startsWith(path + QStringLiteral(":7: ")));
        const auto f = loadIndexSeries(db_, QStringLiteral("TF"));
        QVERIFY(f);
        QCOMPARE(f->navs[0], -0.01);
    }

    void importHoldingsAumManagers()
    {
        const QString holdings = writeFile(
            dir_, QStringLiteral("holdings.csv"),
            "fund_code,report_date,kind,asset_class,security_code,security_name,weight,industry,market_cap,"
            "value_score,duration,rating\n"
            "900001,2024-06-30,full,stock,600000,浦发银行,0.08,801780,2.5e11,-0.9,,\n"
            "900001,2024-06-30,full,bond,019547,24国债01,0.10,,,,3.2,AAA\n"
            "900001,2024-06-30,full,stock,600000,浦发银行,0.02,801780,,,,\n" // twice in one report
            "900001,2024-06-30,half,stock,000001,平安银行,0.05,,,,,\n"       // bad kind
            "900001,2024-06-30,full,stock,000002,万科A,-0.01,,,,,\n"         // negative weight
            "900001,2024-06-30,full,stock,000003,x,0.01,,big,,,\n"           // market cap not a number
            "999999,2024-06-30,full,stock,000004,y,0.01,,,,,\n");            // unknown fund
        const QString aum =
            writeFile(dir_, QStringLiteral("aum.csv"),
                      "fund_code,report_date,aum\n900001,2024-03-31,1.5e9\n900001,2024-06-30,1.7e9\n"
                      "900001,2024-06-30,1.8e9\n900001,2024-09-30,-5\n");
        const QString managers =
            writeFile(dir_, QStringLiteral("managers.csv"),
                      "manager_id,name,company,fund_code,start_date,end_date\n"
                      "X001,张三,测试基金,900001,2020-01-06,2023-05-31\n"
                      "X002,李四,测试基金,900001,2023-06-01,\n"
                      "X003,王五,测试基金,900001,2023-06-01,2022-01-01\n" // ends before it starts
                      "X004,,测试基金,900001,2023-06-01,\n");             // no name
        QVERIFY(db_.transaction());
        const ImportReport h = importHoldingsCsv(db_, holdings);
        const ImportReport a = importAumCsv(db_, aum);
        const ImportReport m = importManagersCsv(db_, managers);
        QVERIFY(db_.commit());
        QCOMPARE(h.accepted, 2);
        QCOMPARE(h.rejected.size(), 5);
        for (int line : {4, 5, 6, 7, 8})
            QVERIFY2(!h.rejected.filter(QStringLiteral(":%1: ").arg(line)).isEmpty(),
                     qPrintable(h.rejected.join('\n')));
        QCOMPARE(a.accepted, 2);
        QCOMPARE(a.rejected.size(), 2); // the duplicate date and the negative AUM
        QCOMPARE(m.accepted, 2);
        QCOMPARE(m.rejected.size(), 2);
        QVERIFY(!m.rejected.filter(QStringLiteral(":4: ")).isEmpty());
        // What was accepted is there, NULLs where the file left a value out.
        QCOMPARE(
            store::scalar(db_, QStringLiteral("SELECT COUNT(*) FROM fnd_holding WHERE fund_code = '900001' "
                                              "AND duration IS NOT NULL AND rating = 'AAA'"))
                .toInt(),
            1);
        QCOMPARE(store::scalar(db_, QStringLiteral("SELECT aum FROM fnd_aum WHERE fund_code = '900001' AND "
                                                   "report_date = '2024-06-30'"))
                     .toDouble(),
                 1.7e9);
        const auto spells = managerSpells(db_, QStringLiteral("X002"));
        QCOMPARE(spells.size(), 1u);
        QVERIFY(!spells.front().end.isValid()); // still in charge
    }

    void demoInvariants()
    {
        const auto funds = listFunds(db_);
        int demo = 0;
        QSet<QString> categories;
        for (const FundInfo& f : funds) {
            categories.insert(f.category);
            demo += f.code.startsWith(QLatin1String("9000")) ? 0 : 1;
        }
        QCOMPARE(demo, demo::kDemoFundCount);
        for (const char* c : {"equity", "mixed", "bond", "index", "qdii", "money"})
            QVERIFY2(categories.contains(QLatin1String(c)), c);

        int checked = 0;
        for (const FundInfo& f : funds) {
            if (f.code.startsWith(QLatin1String("9000")) || (checked++ % 25) != 0)
                continue;
            QSqlQuery q =
                store::exec(db_,
                            QStringLiteral("SELECT trade_date, unit_nav, acc_nav, adj_nav FROM fnd_nav WHERE "
                                           "fund_code = ? ORDER BY trade_date"),
                            {f.code});
            std::vector<double> unit, acc, adj;
            QDate first, last;
            while (q.next()) {
                const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
                first = first.isValid() ? first : d;
                last = d;
                unit.push_back(q.value(1).toDouble());
                acc.push_back(q.value(2).toDouble());
                adj.push_back(q.value(3).toDouble());
            }
            // 1 to 15 years of daily NAVs up to the demo's end.
            QCOMPARE(last, demo::kFundDemoEnd.addDays(-(
                               demo::kFundDemoEnd.dayOfWeek() > 5 ? demo::kFundDemoEnd.dayOfWeek() - 5 : 0)));
            const double years = static_cast<double>(first.daysTo(last)) / 365.25;
            QVERIFY2(years > 0.95 && years < 15.05, qPrintable(f.code));
            QVERIFY2(unit.size() > years * 200 && unit.size() < years * 262 + 2, qPrintable(f.code));
            if (f.category == QLatin1String("money")) {
                QVERIFY(std::all_of(unit.begin(), unit.end(), [](double v) { return v == 1.0; }));
                QVERIFY(adj.back() > adj.front());
                continue;
            }
            // The stored adjusted NAV agrees with the one derived from unit and accumulated NAVs
            // (two independent computations; 4-decimal rounding of unit NAVs bounds the gap).
            const auto derived = adjustedNavs(unit, acc);
            const double scale = adj.front() / derived.front();
            for (std::size_t t = 0; t < adj.size(); ++t)
                QVERIFY2(std::abs(derived[t] * scale / adj[t] - 1.0) < 2e-3,
                         qPrintable(QStringLiteral("%1 day %2: %3 vs %4")
                                        .arg(f.code)
                                        .arg(t)
                                        .arg(derived[t] * scale)
                                        .arg(adj[t])));
        }
        // QDII funds skip the foreign market's holidays: fewer NAV days than an index fund's.
        const QVariant qdiiGap = store::scalar(
            db_, QStringLiteral("SELECT COUNT(*) FROM fnd_nav n JOIN fnd_fund f ON f.code = n.fund_code "
                                "WHERE f.category = 'qdii' AND n.trade_date >= '2026-01-01'"));
        const QVariant qdiiFunds = store::scalar(
            db_,
            QStringLiteral(
                "SELECT COUNT(*) FROM fnd_fund WHERE category = 'qdii' AND inception_date < '2025-12-01'"));
        const QVariant open = store::scalar(
            db_,
            QStringLiteral("SELECT COUNT(*) FROM stk_calendar WHERE exchange = 'SSE' AND is_open = 1 AND "
                           "trade_date BETWEEN '2026-01-01' AND ?"),
            {demo::kFundDemoEnd.toString(Qt::ISODate)});
        QVERIFY(qdiiFunds.toInt() > 0);
        QVERIFY(qdiiGap.toDouble() / qdiiFunds.toDouble() < open.toDouble() - 3);
        // Holdings: a full report's stock weights stay within the fund's NAV (bond funds lever a
        // little), and every stock holding carries its market cap and value–growth score.
        const double maxTotal =
            store::scalar(db_, QStringLiteral("SELECT MAX(s) FROM (SELECT SUM(weight) s FROM fnd_holding "
                                              "GROUP BY fund_code, report_date)"))
                .toDouble();
        QVERIFY2(maxTotal > 0.5 && maxTotal < 1.35, qPrintable(QString::number(maxTotal)));
        QCOMPARE(store::scalar(
                     db_, QStringLiteral("SELECT COUNT(*) FROM fnd_holding WHERE asset_class = 'stock' AND "
                                         "(market_cap IS NULL OR value_score IS NULL)"))
                     .toInt(),
                 0);
        // Factor table: five factors on shared dates with a per-period risk-free rate.
        const FactorTable factors = loadFactorTable(db_, famaFrench5Factors(), QStringLiteral("RF"));
        QCOMPARE(factors.names, famaFrench5Factors());
        QVERIFY(factors.dates.size() > 3000);
        QCOMPARE(factors.riskFree.size(), factors.dates.size());
    }

    void universeMatchesSingleLoads()
    {
        std::atomic<bool> cancel{false};
        double lastProgress = 0;
        const Universe u = loadUniverse(
            db_, [&](double p) { lastProgress = p; }, &cancel);
        QCOMPARE(lastProgress, 1.0);
        QCOMPARE(u.funds.size(), listFunds(db_).size());
        for (std::size_t i = 0; i < u.funds.size(); i += 97) {
            const auto one = loadFundNav(db_, u.funds[i].code);
            QVERIFY(one);
            QVERIFY(one->dates == u.navs[i].dates);
            QVERIFY(one->navs == u.navs[i].navs);
            if (!u.funds[i].benchmark.isEmpty())
                QVERIFY2(u.benchmarkOf(i), qPrintable(u.funds[i].benchmark));
        }
    }

    void gridMatchesPerFundComputation()
    {
        const Universe u = randomUniverse(60, 11);
        GridOptions options;
        options.threads = 2;
        const IndicatorGrid grid = computeUniverseGrid(u, options);
        QCOMPARE(grid.rows, 60u);
        QCOMPARE(grid.columns(), static_cast<std::size_t>(kMetricCount) * 9);
        QCOMPARE(grid.key(grid.column(Metric::Sharpe, 6)), QStringLiteral("sharpe_3y"));
        QCOMPARE(*grid.columnOf(QStringLiteral("max_drawdown_si")), grid.column(Metric::MaxDrawdown, 8));
        Workspace ws;
        for (std::size_t i = 0; i < u.funds.size(); ++i) {
            const auto results =
                computeGrid(FundData::prepare(u.navs[i]), grid.windows, options.conventions, ws);
            for (std::size_t w = 0; w < results.size(); ++w)
                for (int m = 0; m < kMetricCount; ++m) {
                    const auto expected = results[w].available ? results[w].values[static_cast<Metric>(m)]
                                                               : std::optional<double>();
                    const auto got = grid.at(i, grid.column(static_cast<Metric>(m), w));
                    QCOMPARE(got.has_value(), expected.has_value());
                    if (got)
                        QCOMPARE(*got, *expected); // the same code on the same data: bit-equal
                }
        }
        std::atomic<bool> cancelled{true};
        const IndicatorGrid none = computeUniverseGrid(u, options, {}, &cancelled);
        QVERIFY(std::none_of(none.defined.begin(), none.defined.end(), [](auto d) { return d != 0; }));
    }

    // The time-aligned rank equals the rank of the fund among peers whose NAVs were cut to the
    // fund's window and measured since their (new) inception.
    void timeAlignedRankEqualsCommonWindowRank()
    {
        const Universe u = randomUniverse(40, 5);
        const Conventions c;
        PeerCache cache;
        for (std::size_t f = 0; f < u.funds.size(); f += 7) {
            for (Metric m : {Metric::AnnualizedReturn, Metric::Sharpe, Metric::MaxDrawdown}) {
                const PeerRank r = rankSinceInception(u, f, m, c, {}, &cache);
                const QDate start = u.navs[f].dates.front(), end = u.navs[f].dates.back();
                std::vector<double> values;
                std::optional<double> own;
                Workspace ws;
                for (std::size_t j = 0; j < u.funds.size(); ++j) {
                    const NavSeries& s = u.navs[j];
                    if (s.dates.front() > start)
                        continue;
                    NavSeries cut;
                    cut.source = s.source;
                    // From the last NAV on or before the fund's start.
                    const auto from =
                        std::upper_bound(s.dates.begin(), s.dates.end(), start) - s.dates.begin() - 1;
                    for (auto t = static_cast<std::size_t>(from); t < s.size() && s.dates[t] <= end; ++t) {
                        cut.dates.push_back(s.dates[t]);
                        cut.navs.push_back(s.navs[t]);
                    }
                    const Window si{WindowKind::SinceInception, {}, {}};
                    const auto v = computeWindow(FundData::prepare(cut), si, c, ws).values[m];
                    if (!v)
                        continue;
                    values.push_back(*v);
                    if (j == f)
                        own = v;
                }
                if (values.size() < 10) {
                    QVERIFY(!r.ranked);
                    QVERIFY(r.reason.contains(QStringLiteral("10")));
                    continue;
                }
                QVERIFY2(r.ranked, qPrintable(r.reason));
                QVERIFY(own);
                QCOMPARE(r.peers, static_cast<int>(values.size()));
                QVERIFY(std::abs(*r.value - *own) < 1e-12);
                const bool higher = higherIsBetter(m);
                const auto better = std::count_if(values.begin(), values.end(), [&](double v) {
                    return higher ? v > *own + 1e-12 : v < *own - 1e-12;
                });
                QCOMPARE(r.rank, static_cast<int>(better) + 1);
                QCOMPARE(r.quartile,
                         std::min(4, 1 + static_cast<int>(std::floor(4.0 * better / values.size()))));
            }
        }
        QVERIFY(cache.hits() > 0);
    }

    // Peer values saved to fnd_rank_cache come back in a new cache and give the same rank.
    void rankCachePersists()
    {
        const Universe u = loadUniverse(db_);
        std::size_t fund = 0;
        while (fund < u.funds.size() &&
               (u.funds[fund].category != QLatin1String("equity") || u.navs[fund].size() < 800))
            ++fund;
        QVERIFY(fund < u.funds.size());
        PeerCache first;
        const PeerRank a = rankSinceInception(u, fund, Metric::Sharpe, Conventions{}, {}, &first);
        QVERIFY2(a.ranked, qPrintable(a.reason));
        const auto fresh = first.takeNew();
        QCOMPARE(fresh.size(), static_cast<std::size_t>(kMetricCount));
        QVERIFY(db_.transaction());
        first.save(db_, fresh);
        QVERIFY(db_.commit());
        QVERIFY(store::scalar(db_, QStringLiteral("SELECT COUNT(*) FROM fnd_rank_cache")).toInt() >= a.peers);
        PeerCache second;
        second.load(db_, a.end);
        const PeerRank b = rankSinceInception(u, fund, Metric::Sharpe, Conventions{}, {}, &second);
        QCOMPARE(second.hits(), 1u);
        QVERIFY(second.takeNew().empty()); // nothing recomputed
        QCOMPARE(b.rank, a.rank);
        QCOMPARE(b.peers, a.peers);
        QCOMPARE(*b.value, *a.value);
        const PeerRank dd = rankSinceInception(u, fund, Metric::MaxDrawdown, Conventions{}, {}, &second);
        QCOMPARE(second.hits(), 2u); // every metric was saved with the first
        QVERIFY(dd.ranked);
    }

    void csrcGuardrails()
    {
        // Nine funds in the category: no ranking and no rating, with the reason.
        Universe small = randomUniverse(9, 3);
        const PeerRank r = rankSinceInception(small, 0, Metric::Sharpe, Conventions{});
        QVERIFY(!r.ranked);
        QVERIFY(r.reason.contains(QStringLiteral("fewer than 10")));
        // A fund younger than six months is never ranked.
        Universe u = randomUniverse(30, 4);
        std::vector<double> returns(100, 0.001);
        u.navs[0] = fromReturns(u.funds[0].code, QDate(2026, 2, 2), returns);
        const PeerRank young = rankSinceInception(u, 0, Metric::Sharpe, Conventions{});
        QVERIFY(!young.ranked);
        QVERIFY(young.reason.contains(QStringLiteral("6 months")));
        // Ratings: fewer than 36 months of history → not rated, with the count.
        const auto ratings = rateUniverse(u, QDate(2026, 6, 30));
        QVERIFY(!ratings[0].overall);
        QVERIFY(ratings[0].reason.contains(QStringLiteral("36")));
        const auto smallRatings = rateUniverse(small, QDate(2026, 6, 30));
        for (const Rating& s : smallRatings)
            QVERIFY(!s.overall && !s.reason.isEmpty());
        // Money-market funds are not star-rated.
        Universe money = randomUniverse(12, 9, QStringLiteral("money"));
        for (const Rating& s : rateUniverse(money, QDate(2026, 6, 30)))
            QVERIFY(s.reason.contains(QStringLiteral("money-market")));
    }

    void mrarByHand()
    {
        const std::vector<double> twoMonths{0.10, -0.10};
        QVERIFY(std::abs(*mrar(twoMonths, {}) - (-0.16498535499840927)) < 1e-12);
        const std::vector<double> flat(36, 0.01), rf(36, 0.005);
        QVERIFY(std::abs(*mrar(flat, {}) - 0.12682503013196977) < 1e-12);
        QVERIFY(std::abs(*mrar(flat, rf) - 0.06136251275051219) < 1e-12);
        QVERIFY(!mrar(std::vector<double>{-1.0}, {}));
        QVERIFY(!mrar({}, {}));
    }

    void starBands()
    {
        // 40 funds with distinct MRAR: 4 / 9 / 14 / 9 / 4 get 5 … 1 stars (10/22.5/35/22.5/10 %).
        std::array<int, 6> count{};
        for (int i = 0; i < 40; ++i)
            ++count[static_cast<std::size_t>(starsForPosition((i + 0.5) / 40.0))];
        QCOMPARE(count[5], 4);
        QCOMPARE(count[4], 9);
        QCOMPARE(count[3], 14);
        QCOMPARE(count[2], 9);
        QCOMPARE(count[1], 4);

        // A rated universe: 5-year-old funds get 3- and 5-year stars; the overall rating is the
        // 60/40 blend, rounded half up; the best MRAR gets 5 stars.
        Universe u = randomUniverse(40, 21);
        for (std::size_t i = 0; i < u.navs.size(); ++i) {
            std::vector<double> r(1400, 0.0002 + 0.00001 * static_cast<double>(i));
            u.navs[i] = fromReturns(u.funds[i].code, QDate(2021, 2, 1), r);
        }
        const auto ratings = rateUniverse(u, {});
        for (const Rating& r : ratings) {
            QVERIFY2(r.reason.isEmpty(), qPrintable(r.reason));
            QVERIFY(r.stars3 && r.stars5 && !r.stars10 && r.overall);
            QVERIFY(r.months >= 60);
            QCOMPARE(*r.overall, static_cast<int>(std::floor(0.6 * *r.stars5 + 0.4 * *r.stars3 + 0.5)));
        }
        QCOMPARE(*ratings.back().stars3, 5); // the highest constant return
        QCOMPARE(*ratings.front().stars3, 1);
    }

    void managerIndexByHand()
    {
        // A: +10% then 0% then +5%; B: +20% then −10%, managed for the first return only.
        // AUM A 100, B 300 → first return (100·0.1 + 300·0.2)/400 = 0.175, then A alone: 0, 0.05.
        Universe u;
        const QDate d0(2024, 1, 1);
        u.funds = {
            {QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("equity"), QStringLiteral("c"), {}, d0},
            {QStringLiteral("B"),
             QStringLiteral("B"),
             QStringLiteral("equity"),
             QStringLiteral("c"),
             {},
             d0}};
        u.navs = {fromReturns(QStringLiteral("A"), d0, {0.10, 0.0, 0.05}),
                  fromReturns(QStringLiteral("B"), d0, {0.20, -0.10, 0.0})};
        const std::vector<ManagerSpell> spells{{QStringLiteral("A"), d0, QDate()},
                                               {QStringLiteral("B"), d0, u.navs[1].dates[1]}};
        AumHistory aum;
        aum[QStringLiteral("A")] = {{QDate(2023, 12, 31), 100.0}};
        aum[QStringLiteral("B")] = {{QDate(2023, 12, 31), 300.0}};
        const ManagerIndex m = buildManagerIndex(u, spells, aum);
        QVERIFY2(m.ok(), qPrintable(m.error));
        QCOMPARE(m.index.size(), 4u);
        QVERIFY(std::abs(m.index.navs[1] - 1.175) < 1e-12);
        QVERIFY(std::abs(m.index.navs[2] - 1.175) < 1e-12);
        QVERIFY(std::abs(m.index.navs[3] - 1.175 * 1.05) < 1e-12);
        QCOMPARE(m.fundsOnDate, (std::vector<int>{2, 1, 1}));
        // Too few common returns: no correlation; a fund with itself: 1.
        QVERIFY(!m.correlation[0][1]);

        // Correlation: two funds driven by one series (+1), one against it (−1).
        std::mt19937_64 rng(3);
        std::normal_distribution<double> z(0, 0.01);
        std::vector<double> base(60);
        for (double& x : base)
            x = z(rng);
        std::vector<double> twice(base), opposite(base);
        for (std::size_t t = 0; t < base.size(); ++t) {
            twice[t] = 2 * base[t];
            opposite[t] = -base[t];
        }
        Universe v;
        for (const auto& [code, r] :
             {std::pair{QStringLiteral("X"), base}, std::pair{QStringLiteral("Y"), twice},
              std::pair{QStringLiteral("Z"), opposite}}) {
            v.funds.push_back({code, code, QStringLiteral("equity"), QStringLiteral("c"), {}, d0});
            v.navs.push_back(fromReturns(code, d0, r));
        }
        const ManagerIndex c = buildManagerIndex(
            v, {{QStringLiteral("X"), d0, {}}, {QStringLiteral("Y"), d0, {}}, {QStringLiteral("Z"), d0, {}}},
            {});
        QVERIFY(std::abs(*c.correlation[0][1] - 1.0) < 1e-12);
        QVERIFY(std::abs(*c.correlation[0][2] + 1.0) < 1e-12);
        QVERIFY(std::abs(*c.correlation[1][1] - 1.0) < 1e-12);
        // No AUM reports: equal weights, (r + 2r − r)/3 = 2r/3 each day.
        QVERIFY(std::abs(c.index.navs[1] - (1.0 + 2.0 * base[0] / 3.0)) < 1e-12);

        // The demo: a manager with funds has an index and a company index covers its funds.
        const auto managers = listManagers(db_);
        QCOMPARE(
            store::scalar(db_, QStringLiteral("SELECT COUNT(*) FROM fnd_manager WHERE is_demo = 1")).toInt(),
            630);
        QCOMPARE(static_cast<int>(managers.size()),
                 store::scalar(db_, QStringLiteral("SELECT COUNT(*) FROM fnd_manager")).toInt());
        const Universe all = loadUniverse(db_);
        int withIndex = 0;
        for (std::size_t k = 0; k < managers.size() && withIndex < 3; ++k) {
            const auto s = managerSpells(db_, managers[k].id);
            if (s.empty())
                continue;
            QStringList codes;
            for (const auto& spell : s)
                codes << spell.fund;
            const ManagerIndex mi = buildManagerIndex(all, s, loadAumHistory(db_, codes));
            QVERIFY2(mi.ok(), qPrintable(mi.error));
            QVERIFY(mi.index.size() > 20);
            ++withIndex;
        }
        QCOMPARE(withIndex, 3);
        QVERIFY(companySpells(all, managers.front().company).size() > 20);
    }

    void monthlyReturnsUseMonthEnds()
    {
        // NAV 1.00 on 2024-01-31, 1.10 on 2024-02-29, 0.99 on 2024-03-29: two monthly returns.
        NavSeries s;
        s.source = QStringLiteral("x");
        s.dates = {QDate(2024, 1, 30), QDate(2024, 1, 31), QDate(2024, 2, 1), QDate(2024, 2, 29),
                   QDate(2024, 3, 29)};
        s.navs = {0.5, 1.00, 2.0, 1.10, 0.99};
        const MonthlyReturns m = monthlyReturns(s);
        QCOMPARE(m.returns.size(), 2u);
        QVERIFY(std::abs(m.returns[0] - 0.10) < 1e-12);
        QVERIFY(std::abs(m.returns[1] - (-0.10)) < 1e-12);
        QCOMPARE(m.monthEnds[1], QDate(2024, 3, 29));
    }
};

QTEST_MAIN(TestFundData)
#include "tst_funddata.moc"
