// wsctl funds import|grid|rank|ratings|bench: fund evaluation over the cache's fund universe.

#include "WsctlCli.h"
#include "audit/AuditTrail.h"
#include "funds/FormulaCards.h"
#include "funds/FundStore.h"
#include "funds/FundUniverse.h"
#include "funds/IndicatorGrid.h"
#include "funds/ManagerIndex.h"
#include "funds/PeerRanking.h"
#include "funds/Portfolio.h"
#include "funds/Screener.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace ws::cli {

namespace {

using namespace ws::funds;

constexpr int kMaxReportedRows = 20;

QJsonValue integer(const std::optional<int>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// --rf and --as-of, shared by the commands below.
struct CommonOptions
{
    QCommandLineOption rf{QStringLiteral("rf"),
                          QStringLiteral("Annual risk-free rate as a fraction (default 0)."),
                          QStringLiteral("ANNUAL_RATE"), QStringLiteral("0")};
    QCommandLineOption asOf{QStringLiteral("as-of"),
                            QStringLiteral("Evaluate as of DATE (yyyy-MM-dd; default: the latest NAV)."),
                            QStringLiteral("DATE")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("JSON output; undefined is null.")};
    void add(QCommandLineParser& p) const
    {
        p.addOption(rf);
        p.addOption(asOf);
        p.addOption(json);
    }
    // False with *code set when a value is unusable.
    bool read(const QCommandLineParser& p, Conventions* c, QDate* date, int* code) const
    {
        bool ok = false;
        c->annualRiskFree = p.value(rf).toDouble(&ok);
        if (!ok || !std::isfinite(c->annualRiskFree) || c->annualRiskFree <= -1) {
            *code =
                fail(BadInput,
                     QStringLiteral("--rf expects an annual rate such as 0.02, got '%1'").arg(p.value(rf)));
            return false;
        }
        if (p.isSet(asOf)) {
            *date = QDate::fromString(p.value(asOf), Qt::ISODate);
            if (!date->isValid()) {
                *code =
                    fail(BadInput, QStringLiteral("--as-of expects yyyy-MM-dd, got '%1'").arg(p.value(asOf)));
                return false;
            }
        }
        return true;
    }
};

std::optional<std::size_t> fundIndex(const Universe& u, const QString& code)
{
    for (std::size_t i = 0; i < u.funds.size(); ++i)
        if (u.funds[i].code == code)
            return i;
    return std::nullopt;
}

QJsonObject rankJson(const PeerRank& r)
{
    return {{QStringLiteral("fund"), r.fund},
            {QStringLiteral("metric"), QLatin1String(card(r.metric).key)},
            {QStringLiteral("window_start"),
             r.windowStart.isValid() ? QJsonValue(r.windowStart.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("end"), r.end.isValid() ? QJsonValue(r.end.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("value"), jsonNumber(r.value)},
            {QStringLiteral("ranked"), r.ranked},
            {QStringLiteral("rank"), r.ranked ? QJsonValue(r.rank) : QJsonValue()},
            {QStringLiteral("peers"), r.peers},
            {QStringLiteral("percentile"), r.ranked ? QJsonValue(r.percentile) : QJsonValue()},
            {QStringLiteral("quartile"), r.ranked ? QJsonValue(r.quartile) : QJsonValue()},
            {QStringLiteral("reason"), r.reason}};
}

QString rankText(const PeerRank& r)
{
    if (!r.ranked)
        return QStringLiteral("not ranked: %1").arg(r.reason);
    return QStringLiteral("%1 of %2 (quartile %3, value %4, window %5 .. %6)")
        .arg(r.rank)
        .arg(r.peers)
        .arg(r.quartile)
        .arg(QString::number(*r.value, 'g', 6), r.windowStart.toString(Qt::ISODate),
             r.end.toString(Qt::ISODate));
}

} // namespace

int fundsImport(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption funds(QStringLiteral("funds"),
                                   QStringLiteral("Fund master CSV: code,name,category,company,inception_date"
                                                  "[,benchmark]."),
                                   QStringLiteral("FILE.csv"));
    const QCommandLineOption navs(QStringLiteral("navs"),
                                  QStringLiteral("NAV CSV: fund_code,date,unit_nav,acc_nav[,adj_nav]."),
                                  QStringLiteral("FILE.csv"));
    const QCommandLineOption indices(
        QStringLiteral("indices"),
        QStringLiteral("Index CSV: code,name,kind,date,value (kind benchmark, style, "
                       "factor or rate)."),
        QStringLiteral("FILE.csv"));
    const QCommandLineOption holdings(
        QStringLiteral("holdings"),
        QStringLiteral("Holdings CSV: fund_code,report_date,kind,asset_class,"
                       "security_code,security_name,weight[,industry,market_cap,"
                       "value_score,duration,rating]."),
        QStringLiteral("FILE.csv"));
    const QCommandLineOption aum(QStringLiteral("aum"), QStringLiteral("AUM CSV: fund_code,report_date,aum."),
                                 QStringLiteral("FILE.csv"));
    const QCommandLineOption managers(
        QStringLiteral("managers"),
        QStringLiteral("Managers CSV: manager_id,name,company,fund_code,start_date"
                       "[,end_date]."),
        QStringLiteral("FILE.csv"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON report per file."));
    for (const auto* o : {&funds, &navs, &indices, &holdings, &aum, &managers, &json})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(
            p, ctx, QStringLiteral("funds import"),
            QStringLiteral("Import fund data into the cache (columns in docs/fund-data.md). Each file is "
                           "one transaction; rejected rows are listed with their line and the rest is "
                           "kept. Exit 2 when any row or file was rejected."),
            &code))
        return code;
    if (!p.isSet(funds) && !p.isSet(navs) && !p.isSet(indices) && !p.isSet(holdings) && !p.isSet(aum) &&
        !p.isSet(managers))
        return fail(
            BadInput,
            QStringLiteral("name at least one of --funds, --navs, --indices, --holdings, --aum, --managers"));
    const bool asJson = ctx.json || p.isSet(json);
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    store::DbWriter& writer = s.writer(ctx.dbPath);
    audit::AuditTrail audit(writer);
    QJsonArray reports;
    bool rejected = false;
    // The master first, so NAV files may name funds of the same run.
    const std::vector<
        std::pair<const QCommandLineOption*, ImportReport (*)(const QSqlDatabase&, const QString&)>>
        steps{{&funds, importFundsCsv},       {&indices, importIndexCsv}, {&navs, importNavCsv},
              {&managers, importManagersCsv}, {&aum, importAumCsv},       {&holdings, importHoldingsCsv}};
    for (const auto& [option, importer] : steps) {
        for (const QString& path : p.values(*option)) {
            ImportReport report;
            QString error;
            const auto run = importer;
            if (!runJob(
                    writer, [&, run](QSqlDatabase& db) { report = run(db, path); }, &error))
                return fail(Failure, QStringLiteral("%1: %2").arg(path, error));
            if (!report.ok()) {
                fail(BadInput, report.fatal);
                rejected = true;
                continue;
            }
            for (qsizetype i = 0; i < report.rejected.size() && i < kMaxReportedRows; ++i)
                fail(BadInput, report.rejected[i]);
            if (report.rejected.size() > kMaxReportedRows)
                fail(BadInput, QStringLiteral("%1: %2 more rejected row(s)")
                                   .arg(path)
                                   .arg(report.rejected.size() - kMaxReportedRows));
            for (const QString& w : report.warnings)
                fail(Ok, QStringLiteral("warning: %1").arg(w));
            rejected = rejected || !report.rejected.isEmpty();
            audit.record(QStringLiteral("funds.import"), path,
                         report.rejected.isEmpty() ? QStringLiteral("ok") : QStringLiteral("partial"),
                         QStringLiteral("%1 accepted, %2 replaced, %3 rejected")
                             .arg(report.accepted)
                             .arg(report.replaced)
                             .arg(report.rejected.size()),
                         audit::LogClass::Operation);
            reports.append(
                QJsonObject{{QStringLiteral("file"), path},
                            {QStringLiteral("accepted"), report.accepted},
                            {QStringLiteral("replaced"), report.replaced},
                            {QStringLiteral("rejected"), static_cast<int>(report.rejected.size())}});
            if (!asJson)
                out() << path << ": " << report.accepted << " accepted (" << report.replaced << " replaced), "
                      << report.rejected.size() << " rejected\n";
        }
    }
    writer.flush();
    if (asJson)
        printJson(reports);
    return rejected ? BadInput : Ok;
}

int fundsGrid(const Context& ctx)
{
    QCommandLineParser p;
    CommonOptions common;
    common.add(p);
    const QCommandLineOption codeOption(
        QStringLiteral("code"), QStringLiteral("Print one fund's indicators."), QStringLiteral("CODE"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Write the whole grid as CSV."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Worker threads (default: cores)."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    for (const auto* o : {&codeOption, &csv, &threads})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(
            p, ctx, QStringLiteral("funds grid"),
            QStringLiteral("Compute every metric over every window for every fund in the cache (the "
                           "indicator grid): one fund's as JSON, or all as CSV."),
            &code))
        return code;
    GridOptions options;
    if (!common.read(p, &options.conventions, &options.asOf, &code))
        return code;
    bool ok = false;
    options.threads = p.value(threads).toInt(&ok);
    if (!ok || options.threads < 0)
        return fail(BadInput, QStringLiteral("--threads expects a number, got '%1'").arg(p.value(threads)));
    const bool asJson = ctx.json || p.isSet(common.json);
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    QElapsedTimer timer;
    timer.start();
    Universe u = loadUniverse(s.db());
    const qint64 loadMs = timer.restart();
    if (u.funds.empty())
        return fail(BadInput,
                    QStringLiteral("%1: no funds in the cache (wsctl demo init, or wsctl funds import)")
                        .arg(ctx.dbPath));
    std::optional<std::size_t> only;
    if (p.isSet(codeOption)) {
        only = fundIndex(u, p.value(codeOption));
        if (!only)
            return fail(BadInput, QStringLiteral("no fund %1 in the cache").arg(p.value(codeOption)));
        // One fund: a universe of one (its benchmark kept).
        Universe one;
        one.funds = {u.funds[*only]};
        one.navs = {std::move(u.navs[*only])};
        one.benchmarks = std::move(u.benchmarks);
        one.benchmarkCodes = std::move(u.benchmarkCodes);
        u = std::move(one);
    }
    const IndicatorGrid grid = computeUniverseGrid(u, options);
    const qint64 computeMs = timer.elapsed();
    if (only) {
        QJsonObject o{{QStringLiteral("code"), u.funds[0].code},
                      {QStringLiteral("category"), u.funds[0].category},
                      {QStringLiteral("benchmark"), u.funds[0].benchmark}};
        for (std::size_t c = 0; c < grid.columns(); ++c)
            o.insert(grid.key(c), jsonNumber(grid.at(0, c)));
        printJson(o);
        return Ok;
    }
    if (p.isSet(csv)) {
        QSaveFile f(p.value(csv));
        if (!f.open(QIODevice::WriteOnly))
            return fail(Failure, QStringLiteral("%1: %2").arg(p.value(csv), f.errorString()));
        QTextStream t(&f);
        t << "code,category," << grid.keys().join(QLatin1Char(',')) << "\n";
        for (std::size_t r = 0; r < grid.rows; ++r) {
            t << u.funds[r].code << ',' << u.funds[r].category;
            for (std::size_t c = 0; c < grid.columns(); ++c) {
                t << ',';
                if (const auto v = grid.at(r, c))
                    t << QString::number(*v, 'g', 10);
            }
            t << "\n";
        }
        t.flush();
        if (!f.commit())
            return fail(Failure, QStringLiteral("%1: %2").arg(p.value(csv), f.errorString()));
    }
    const auto defined = std::count(grid.defined.begin(), grid.defined.end(), std::uint8_t{1});
    if (asJson)
        printJson(QJsonObject{{QStringLiteral("funds"), static_cast<double>(grid.rows)},
                              {QStringLiteral("indicators"), static_cast<double>(grid.columns())},
                              {QStringLiteral("defined"), static_cast<double>(defined)},
                              {QStringLiteral("load_ms"), static_cast<double>(loadMs)},
                              {QStringLiteral("compute_ms"), static_cast<double>(computeMs)}});
    else
        out() << grid.rows << " funds x " << grid.columns() << " indicators (" << defined
              << " defined): loaded in " << loadMs << " ms, computed in " << computeMs << " ms\n";
    return Ok;
}

int fundsRank(const Context& ctx)
{
    QCommandLineParser p;
    CommonOptions common;
    common.add(p);
    const QCommandLineOption codeOption(QStringLiteral("code"), QStringLiteral("The fund to rank."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption metric(QStringLiteral("metric"),
                                    QStringLiteral("Metric key (default sharpe; see docs/metrics.md)."),
                                    QStringLiteral("KEY"), QStringLiteral("sharpe"));
    const QCommandLineOption window(QStringLiteral("window"),
                                    QStringLiteral("since-inception (default: time-aligned, ranked against "
                                                   "peers over the same window) or 1m … 5y, ytd."),
                                    QStringLiteral("WINDOW"), QStringLiteral("since-inception"));
    const QCommandLineOption history(QStringLiteral("history"),
                                     QStringLiteral("Month-end ranks over a rolling window from DATE to the "
                                                    "as-of date (not with since-inception)."),
                                     QStringLiteral("DATE"));
    for (const auto* o : {&codeOption, &metric, &window, &history})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("funds rank"),
                      QStringLiteral("Rank a fund within its category: time-aligned since inception (peers "
                                     "measured over the fund's own window), or over a rolling window; CSRC "
                                     "rules apply (10 funds, 6 months)."),
                      &code))
        return code;
    Conventions conventions;
    QDate asOf;
    if (!common.read(p, &conventions, &asOf, &code))
        return code;
    if (!p.isSet(codeOption))
        return fail(BadInput, QStringLiteral("--code CODE is required"));
    const auto m = metricFromKey(p.value(metric));
    if (!m)
        return fail(
            BadInput,
            QStringLiteral("unknown metric '%1' (keys are listed in docs/metrics.md)").arg(p.value(metric)));
    const auto w = Window::fromId(p.value(window));
    if (!w)
        return fail(
            BadInput,
            QStringLiteral("--window expects since-inception, 1m, 3m, 6m, ytd, 1y, 2y, 3y or 5y, got '%1'")
                .arg(p.value(window)));
    QDate from;
    if (p.isSet(history)) {
        from = QDate::fromString(p.value(history), Qt::ISODate);
        if (!from.isValid())
            return fail(BadInput,
                        QStringLiteral("--history expects yyyy-MM-dd, got '%1'").arg(p.value(history)));
        if (w->kind == WindowKind::SinceInception)
            return fail(BadInput, QStringLiteral("--history needs a rolling --window such as 1y"));
    }
    const bool asJson = ctx.json || p.isSet(common.json);
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    const Universe u = loadUniverse(s.db());
    const auto i = fundIndex(u, p.value(codeOption));
    if (!i)
        return fail(BadInput, QStringLiteral("no fund %1 in the cache").arg(p.value(codeOption)));
    PeerCache cache;
    if (p.isSet(history)) {
        const QDate to = asOf.isValid() ? asOf : (u.navs[*i].size() ? u.navs[*i].dates.back() : QDate());
        const auto ranks = rankHistory(u, *i, *m, *w, conventions, from, to, &cache);
        QJsonArray a;
        for (const PeerRank& r : ranks) {
            if (asJson)
                a.append(rankJson(r));
            else
                out() << r.end.toString(Qt::ISODate) << "  " << rankText(r) << "\n";
        }
        if (asJson)
            printJson(a);
        return Ok;
    }
    // Time-aligned peer values persist in fnd_rank_cache (keyed by the window's end), for rf = 0
    // only: the key has no rate, so other rates are recomputed each time.
    const bool aligned = w->kind == WindowKind::SinceInception;
    if (aligned && conventions.annualRiskFree == 0.0 && u.navs[*i].size() >= 2)
        cache.load(s.db(),
                   asOf.isValid() ? std::min(asOf, u.navs[*i].dates.back()) : u.navs[*i].dates.back());
    const PeerRank r = aligned ? rankSinceInception(u, *i, *m, conventions, asOf, &cache)
                               : rankOverWindow(u, *i, *m, *w, conventions, asOf, &cache);
    if (const auto fresh = cache.takeNew(); aligned && !fresh.empty() && conventions.annualRiskFree == 0.0) {
        QString error;
        if (!runJob(
                s.writer(ctx.dbPath), [&](QSqlDatabase& db) { cache.save(db, fresh); }, &error))
            fail(Ok, QStringLiteral("warning: the rank cache was not saved: %1").arg(error));
    }
    if (asJson)
        printJson(rankJson(r));
    else
        out() << r.fund << " " << card(*m).key << " (" << u.funds[*i].category << "): " << rankText(r)
              << "\n";
    return Ok;
}

int fundsRatings(const Context& ctx)
{
    QCommandLineParser p;
    CommonOptions common;
    common.add(p);
    const QCommandLineOption codeOption(QStringLiteral("code"), QStringLiteral("Only this fund."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption category(QStringLiteral("category"), QStringLiteral("Only this category."),
                                      QStringLiteral("CATEGORY"));
    for (const auto* o : {&codeOption, &category})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(
            p, ctx, QStringLiteral("funds ratings"),
            QStringLiteral("Morningstar-style stars from MRAR(2) over 3, 5 and 10 years within each "
                           "category, under the CSRC rules (36 months, 10 funds); funds that may not be "
                           "rated say why."),
            &code))
        return code;
    Conventions conventions;
    QDate asOf;
    if (!common.read(p, &conventions, &asOf, &code))
        return code;
    const bool asJson = ctx.json || p.isSet(common.json);
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    const Universe u = loadUniverse(s.db());
    if (p.isSet(codeOption) && !fundIndex(u, p.value(codeOption)))
        return fail(BadInput, QStringLiteral("no fund %1 in the cache").arg(p.value(codeOption)));
    const auto ratings = rateUniverse(u, asOf, conventions.annualRiskFree);
    QJsonArray a;
    for (std::size_t i = 0; i < ratings.size(); ++i) {
        const Rating& r = ratings[i];
        if ((p.isSet(codeOption) && r.fund != p.value(codeOption)) ||
            (p.isSet(category) && u.funds[i].category != p.value(category)))
            continue;
        if (asJson) {
            a.append(QJsonObject{{QStringLiteral("fund"), r.fund},
                                 {QStringLiteral("category"), u.funds[i].category},
                                 {QStringLiteral("months"), r.months},
                                 {QStringLiteral("stars"), integer(r.overall)},
                                 {QStringLiteral("stars_3y"), integer(r.stars3)},
                                 {QStringLiteral("stars_5y"), integer(r.stars5)},
                                 {QStringLiteral("stars_10y"), integer(r.stars10)},
                                 {QStringLiteral("mrar_3y"), jsonNumber(r.mrar3)},
                                 {QStringLiteral("mrar_5y"), jsonNumber(r.mrar5)},
                                 {QStringLiteral("mrar_10y"), jsonNumber(r.mrar10)},
                                 {QStringLiteral("reason"), r.reason}});
        } else {
            out() << QStringLiteral("%1 %2 ").arg(r.fund, -8).arg(u.funds[i].category, -7)
                  << (r.overall ? QString(*r.overall, QChar(0x2605))
                                : QStringLiteral("not rated: ") + r.reason)
                  << "\n";
        }
    }
    if (asJson)
        printJson(a);
    return Ok;
}

int fundsBench(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption funds(QStringLiteral("funds"), QStringLiteral("Funds (default 10000)."),
                                   QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption years(QStringLiteral("years"),
                                   QStringLiteral("Years of daily NAVs (default 10)."), QStringLiteral("Y"),
                                   QStringLiteral("10"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object."));
    for (const auto* o : {&funds, &years, &json})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("funds bench"),
                      QStringLiteral("Time the whole indicator grid on a synthetic universe (in memory), on "
                                     "every core and on one. The naive baseline is tests/bench/bench_funds."),
                      &code))
        return code;
    bool ok1 = false, ok2 = false;
    const int n = p.value(funds).toInt(&ok1);
    const int y = p.value(years).toInt(&ok2);
    if (!ok1 || !ok2 || n < 1 || n > 100000 || y < 1 || y > 30)
        return fail(BadInput, QStringLiteral("--funds 1..100000 and --years 1..30 expected"));
    const Universe u = syntheticUniverse(n, y, 42);
    const std::size_t navsPerFund = u.navs.front().size();
    QJsonObject result{{QStringLiteral("funds"), n},
                       {QStringLiteral("years"), y},
                       {QStringLiteral("navs_per_fund"), static_cast<double>(navsPerFund)}};
    for (int threads : {0, 1}) {
        GridOptions options;
        options.threads = threads;
        QElapsedTimer t;
        t.start();
        const IndicatorGrid grid = computeUniverseGrid(u, options);
        const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
        const QString key = threads ? QStringLiteral("one_thread_s") : QStringLiteral("all_cores_s");
        result.insert(key, seconds);
        result.insert(QStringLiteral("indicators"), static_cast<double>(grid.columns()));
        if (!(ctx.json || p.isSet(json)))
            out() << (threads ? "grid, 1 thread      " : "grid, every core    ")
                  << QString::number(seconds, 'f', 2) << " s  (" << n << " funds x " << grid.columns()
                  << " indicators)\n";
    }
    if ((ctx.json || p.isSet(json)))
        printJson(result);
    return Ok;
}

int fundsScreen(const Context& ctx)
{
    QCommandLineParser p;
    CommonOptions common;
    common.add(p);
    const QCommandLineOption factor(
        QStringLiteral("factor"),
        QStringLiteral("A user-defined factor 'name = expression' (repeatable); it "
                       "becomes a column."),
        QStringLiteral("DEFINITION"));
    const QCommandLineOption sort(
        QStringLiteral("sort"),
        QStringLiteral("Sort key: a column or expression, '-' in front for descending "
                       "(repeatable; undefined values last)."),
        QStringLiteral("KEY"));
    const QCommandLineOption columns(
        QStringLiteral("columns"),
        QStringLiteral("Comma-separated columns to print (default code,name,category "
                       "and the sort keys)."),
        QStringLiteral("LIST"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N rows (default 50; 0 = all)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption codes(
        QStringLiteral("codes-only"),
        QStringLiteral("Print the codes only, comma-separated (for funds fof --codes)."));
    for (const auto* o : {&factor, &sort, &columns, &limit, &codes})
        p.addOption(*o);
    p.addPositionalArgument(
        QStringLiteral("filter"),
        QStringLiteral("Filter expression, e.g. 'sharpe_3y > 1 and category = \"equity\"' "
                       "(grammar in docs/fund-data.md); empty: every fund."));
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("funds screen"),
                      QStringLiteral("Screen the fund universe with a filter expression over any indicator, "
                                     "user-defined factors and sort keys."),
                      &code))
        return code;
    Conventions conventions;
    QDate asOf;
    if (!common.read(p, &conventions, &asOf, &code))
        return code;
    if (p.positionalArguments().size() > 1)
        return fail(BadInput, QStringLiteral("give the filter as one argument (quote it)"));
    bool ok = false;
    const int maxRows = p.value(limit).toInt(&ok);
    if (!ok || maxRows < 0)
        return fail(BadInput, QStringLiteral("--limit expects a number, got '%1'").arg(p.value(limit)));
    const bool asJson = ctx.json || p.isSet(common.json);
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    QString error;
    const auto snapshot = evaluateUniverse(s.db(), conventions, asOf, {}, nullptr, &error);
    if (!snapshot)
        return fail(Failure, error);
    Screener screener(snapshot->table);
    std::vector<FactorDefinition> factors;
    for (const QString& line : p.values(factor)) {
        const auto f = parseFactorDefinition(line);
        if (!f)
            return fail(BadInput, QStringLiteral("--factor expects 'name = expression', got '%1'").arg(line));
        factors.push_back(*f);
    }
    if (const auto e = screener.setFactors(factors))
        return fail(BadInput, e->toString());
    std::vector<SortKey> keys;
    for (QString k : p.values(sort)) {
        const bool descending = k.startsWith(QLatin1Char('-'));
        keys.push_back({descending ? k.mid(1) : k, descending});
    }
    const QString filterText = p.positionalArguments().value(0);
    const auto rows = screener.screen(filterText, keys);
    if (!rows.ok())
        return fail(BadInput, rows.error.toString());
    QStringList shown = p.isSet(columns) ? p.value(columns).split(QLatin1Char(','), Qt::SkipEmptyParts)
                                         : QStringList{QStringLiteral("code"), QStringLiteral("name"),
                                                       QStringLiteral("category")};
    if (!p.isSet(columns))
        for (const SortKey& k : keys)
            shown << k.expression;
    std::vector<ScreenExpression> compiled;
    std::vector<EvaluatedColumn> values;
    for (const QString& c : shown) {
        auto e = ScreenExpression::compile(c.trimmed(), screener.table());
        if (!e.ok())
            return fail(BadInput, QStringLiteral("column '%1': %2").arg(c, e.error.toString()));
        values.push_back(e.value->evaluate(screener.table()));
    }
    const std::size_t count =
        maxRows == 0 ? rows.value->size()
                     : std::min<std::size_t>(rows.value->size(), static_cast<std::size_t>(maxRows));
    auto cell = [&](std::size_t c, int row) -> QJsonValue {
        const EvaluatedColumn& v = values[c];
        const auto r = static_cast<std::size_t>(row);
        if (v.type == ValueType::Text)
            return v.texts[r];
        return v.defined[r] ? QJsonValue(v.numbers[r]) : QJsonValue(QJsonValue::Null);
    };
    if (p.isSet(codes)) {
        QStringList list;
        const int codeColumn = screener.table().columnIndex(u"code");
        for (std::size_t i = 0; i < count; ++i)
            list << screener.table().column(codeColumn).texts[static_cast<std::size_t>((*rows.value)[i])];
        out() << list.join(QLatin1Char(',')) << "\n";
        return Ok;
    }
    if (asJson) {
        QJsonArray a;
        for (std::size_t i = 0; i < count; ++i) {
            QJsonObject o;
            for (std::size_t c = 0; c < values.size(); ++c)
                o.insert(shown[static_cast<qsizetype>(c)].trimmed(), cell(c, (*rows.value)[i]));
            a.append(o);
        }
        printJson(QJsonObject{{QStringLiteral("matched"), static_cast<double>(rows.value->size())},
                              {QStringLiteral("funds"), static_cast<double>(snapshot->universe.funds.size())},
                              {QStringLiteral("rows"), a}});
        return Ok;
    }
    out() << rows.value->size() << " of " << snapshot->universe.funds.size() << " funds\n";
    out() << shown.join(QLatin1Char('\t')) << "\n";
    for (std::size_t i = 0; i < count; ++i) {
        QStringList line;
        for (std::size_t c = 0; c < values.size(); ++c) {
            const QJsonValue v = cell(c, (*rows.value)[i]);
            line << (v.isString() ? v.toString()
                     : v.isNull() ? QStringLiteral("undefined")
                                  : QString::number(v.toDouble(), 'g', 6));
        }
        out() << line.join(QLatin1Char('\t')) << "\n";
    }
    return Ok;
}

int fundsFof(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption codes(QStringLiteral("codes"),
                                   QStringLiteral("The pool: comma-separated fund codes."),
                                   QStringLiteral("LIST"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   QStringLiteral("ew, minvar, mv, rp or bl (default ew)."),
                                   QStringLiteral("MODEL"), QStringLiteral("ew"));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("First date (yyyy-MM-dd)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption end(QStringLiteral("end"),
                                 QStringLiteral("Last date (default: the pool's last NAV)."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption rebalance(
        QStringLiteral("rebalance"),
        QStringLiteral("none, monthly, quarterly (default), semiannual, annual."),
        QStringLiteral("FREQUENCY"), QStringLiteral("quarterly"));
    const QCommandLineOption lookback(
        QStringLiteral("lookback"),
        QStringLiteral("Returns before each rebalance used to estimate (default 252)."), QStringLiteral("N"),
        QStringLiteral("252"));
    const QCommandLineOption lambda(QStringLiteral("risk-aversion"),
                                    QStringLiteral("λ of mean-variance (default 3)."), QStringLiteral("L"),
                                    QStringLiteral("3"));
    const QCommandLineOption maxWeight(QStringLiteral("max-weight"),
                                       QStringLiteral("Upper bound of every fund's weight (default 1)."),
                                       QStringLiteral("W"), QStringLiteral("1"));
    const QCommandLineOption cost(QStringLiteral("cost-bps"), QStringLiteral("Cost on traded weight, bp."),
                                  QStringLiteral("BP"), QStringLiteral("0"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("Black–Litterman view 'A>B:0.02' (A beats B by 2%/yr) or "
                                                 "'A:0.08' (A returns 8%/yr); repeatable."),
                                  QStringLiteral("VIEW"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object."));
    for (const auto* o :
         {&codes, &model, &start, &end, &rebalance, &lookback, &lambda, &maxWeight, &cost, &view, &json})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("funds fof"),
                      QStringLiteral("Build a fund of funds from a pool and back-test it with periodic "
                                     "rebalancing; prints the weights and the metrics of the result."),
                      &code))
        return code;
    const bool asJson = ctx.json || p.isSet(json);
    const QStringList pool = p.value(codes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (pool.size() < 2)
        return fail(BadInput, QStringLiteral("--codes needs at least two funds"));
    BacktestSpec spec;
    const auto m = parseModel(p.value(model));
    if (!m)
        return fail(BadInput,
                    QStringLiteral("--model expects one of %1, got '%2'").arg(modelIdList(), p.value(model)));
    spec.model.model = *m;
    const auto r = parseRebalance(p.value(rebalance));
    if (!r)
        return fail(BadInput,
                    QStringLiteral("--rebalance expects none, monthly, quarterly, semiannual or annual"));
    spec.rebalance = *r;
    spec.start = QDate::fromString(p.value(start), Qt::ISODate);
    if (!spec.start.isValid())
        return fail(BadInput, QStringLiteral("--start yyyy-MM-dd is required"));
    if (p.isSet(end) && !(spec.end = QDate::fromString(p.value(end), Qt::ISODate)).isValid())
        return fail(BadInput, QStringLiteral("--end expects yyyy-MM-dd, got '%1'").arg(p.value(end)));
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    spec.lookbackReturns = p.value(lookback).toInt(&ok1);
    spec.model.riskAversion = p.value(lambda).toDouble(&ok2);
    const double upper = p.value(maxWeight).toDouble(&ok3);
    spec.costBps = p.value(cost).toDouble(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || spec.lookbackReturns < 2 || upper <= 0 || upper > 1 ||
        spec.costBps < 0)
        return fail(BadInput,
                    QStringLiteral("--lookback, --risk-aversion, --max-weight (0..1] and --cost-bps expect "
                                   "numbers"));
    const auto n = static_cast<Eigen::Index>(pool.size());
    spec.bounds.lower = Eigen::VectorXd::Zero(n);
    spec.bounds.upper = Eigen::VectorXd::Constant(n, upper);
    spec.model.blackLitterman.riskAversion = spec.model.riskAversion;
    for (const QString& v : p.values(view)) {
        const qsizetype colon = v.lastIndexOf(QLatin1Char(':'));
        bool okQ = false;
        const double q = colon > 0 ? v.mid(colon + 1).toDouble(&okQ) : 0.0;
        const QStringList sides = v.left(colon).split(QLatin1Char('>'));
        View bl;
        bl.pick = Eigen::VectorXd::Zero(n);
        bl.q = q;
        bool known = okQ && !sides.isEmpty() && sides.size() <= 2;
        for (qsizetype k = 0; known && k < sides.size(); ++k) {
            const qsizetype at = pool.indexOf(sides[k].trimmed());
            known = at >= 0;
            if (known)
                bl.pick(static_cast<Eigen::Index>(at)) = k == 0 ? 1.0 : -1.0;
        }
        if (!known)
            return fail(BadInput,
                        QStringLiteral("--view expects 'A>B:0.02' or 'A:0.08' with funds of the pool, got "
                                       "'%1'")
                            .arg(v));
        spec.model.blackLitterman.views.push_back(bl);
    }
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    std::vector<NavSeries> navs;
    for (const QString& c : pool) {
        QString error;
        auto nav = loadFundNav(s.db(), c.trimmed(), &error);
        if (!nav)
            return fail(BadInput, error.isEmpty() ? QStringLiteral("no fund %1 in the cache").arg(c) : error);
        navs.push_back(std::move(*nav));
    }
    if (!spec.end.isValid()) {
        spec.end = navs.front().dates.back();
        for (const NavSeries& nav : navs)
            spec.end = std::min(spec.end, nav.dates.back());
    }
    const BacktestOutcome outcome = runBacktest(navs, spec);
    if (!outcome.ok())
        return fail(BadInput, outcome.error);
    const BacktestResult& result = *outcome.result;
    for (const QString& w : result.warnings)
        fail(Ok, QStringLiteral("warning: %1").arg(w));
    Workspace workspace;
    const WindowResult metrics = computeWindow(
        FundData::prepare(result.nav), Window{WindowKind::SinceInception, {}, {}}, Conventions{}, workspace);
    QJsonObject weights, metricValues;
    for (qsizetype i = 0; i < pool.size(); ++i)
        weights.insert(pool[i], result.rebalances.back().weights(static_cast<Eigen::Index>(i)));
    for (const MetricCard& c : metricCards())
        if (!isRelative(c.metric))
            metricValues.insert(QLatin1String(c.key), jsonNumber(metrics.values[c.metric]));
    if (asJson) {
        QJsonArray history;
        for (const Rebalance& rb : result.rebalances) {
            QJsonArray w;
            for (Eigen::Index i = 0; i < rb.weights.size(); ++i)
                w.append(rb.weights(i));
            history.append(QJsonObject{{QStringLiteral("date"), rb.date.toString(Qt::ISODate)},
                                       {QStringLiteral("weights"), w},
                                       {QStringLiteral("turnover"), rb.turnover},
                                       {QStringLiteral("cost"), rb.cost}});
        }
        printJson(QJsonObject{{QStringLiteral("pool"), QJsonArray::fromStringList(pool)},
                              {QStringLiteral("model"), modelId(*m)},
                              {QStringLiteral("start"), result.nav.dates.front().toString(Qt::ISODate)},
                              {QStringLiteral("end"), result.nav.dates.back().toString(Qt::ISODate)},
                              {QStringLiteral("final_nav"), result.nav.navs.back()},
                              {QStringLiteral("last_weights"), weights},
                              {QStringLiteral("rebalances"), history},
                              {QStringLiteral("total_cost"), result.totalCost},
                              {QStringLiteral("metrics"), metricValues}});
        return Ok;
    }
    out() << "FOF of " << pool.size() << " funds, " << modelName(*m) << ", rebalanced "
          << rebalanceId(spec.rebalance) << ", " << result.nav.dates.front().toString(Qt::ISODate) << " .. "
          << result.nav.dates.back().toString(Qt::ISODate) << ": NAV "
          << QString::number(result.nav.navs.back(), 'f', 4) << ", " << result.rebalances.size()
          << " allocations\n";
    out() << "last weights:";
    for (qsizetype i = 0; i < pool.size(); ++i)
        out() << " " << pool[i] << " " << QString::number(100 * weights.value(pool[i]).toDouble(), 'f', 1)
              << "%";
    out() << "\n";
    for (const MetricCard& c : metricCards())
        if (!isRelative(c.metric))
            out() << QStringLiteral("%1 %2\n")
                         .arg(QLatin1String(c.key), -32)
                         .arg(metrics.values[c.metric] ? QString::number(*metrics.values[c.metric], 'g', 6)
                                                       : QStringLiteral("undefined"));
    return Ok;
}

int fundsManager(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("A manager id (e.g. M00001)."),
                                QStringLiteral("ID"));
    const QCommandLineOption company(QStringLiteral("company"), QStringLiteral("A fund company's name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object."));
    for (const auto* o : {&id, &company, &json})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(
            p, ctx, QStringLiteral("funds manager"),
            QStringLiteral("A manager's (or a company's) index: the AUM-weighted return of the funds "
                           "managed, while managed; its metrics and the correlation among the funds."),
            &code))
        return code;
    if (p.isSet(id) == p.isSet(company))
        return fail(BadInput, QStringLiteral("give one of --id or --company"));
    const bool asJson = ctx.json || p.isSet(json);
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    const Universe u = loadUniverse(s.db());
    std::vector<ManagerSpell> spells;
    QString title;
    if (p.isSet(id)) {
        const auto managers = listManagers(s.db());
        const auto it = std::find_if(managers.begin(), managers.end(),
                                     [&](const ManagerInfo& m) { return m.id == p.value(id); });
        if (it == managers.end())
            return fail(BadInput, QStringLiteral("no manager %1 in the cache").arg(p.value(id)));
        title = QStringLiteral("%1 %2 (%3)").arg(it->id, it->name, it->company);
        spells = managerSpells(s.db(), it->id);
    } else {
        title = p.value(company);
        spells = companySpells(u, p.value(company));
        if (spells.empty())
            return fail(BadInput, QStringLiteral("no fund of company %1 in the cache").arg(p.value(company)));
    }
    QStringList codes;
    for (const ManagerSpell& sp : spells)
        codes << sp.fund;
    const ManagerIndex m = buildManagerIndex(u, spells, loadAumHistory(s.db(), codes));
    if (!m.ok())
        return fail(BadInput, QStringLiteral("%1: %2").arg(title, m.error));
    Workspace workspace;
    const WindowResult r = computeWindow(
        FundData::prepare(m.index), Window{WindowKind::SinceInception, {}, {}}, Conventions{}, workspace);
    if (asJson) {
        QJsonArray spellArray, corr;
        for (const ManagerSpell& sp : spells)
            spellArray.append(
                QJsonObject{{QStringLiteral("fund"), sp.fund},
                            {QStringLiteral("start"), sp.start.toString(Qt::ISODate)},
                            {QStringLiteral("end"),
                             sp.end.isValid() ? QJsonValue(sp.end.toString(Qt::ISODate)) : QJsonValue()}});
        for (const auto& row : m.correlation) {
            QJsonArray a;
            for (const auto& c : row)
                a.append(jsonNumber(c));
            corr.append(a);
        }
        QJsonObject metrics;
        for (const MetricCard& c : metricCards())
            if (!isRelative(c.metric))
                metrics.insert(QLatin1String(c.key), jsonNumber(r.values[c.metric]));
        printJson(QJsonObject{{QStringLiteral("title"), title},
                              {QStringLiteral("spells"), spellArray},
                              {QStringLiteral("funds"), QJsonArray::fromStringList(m.funds)},
                              {QStringLiteral("start"), m.index.dates.front().toString(Qt::ISODate)},
                              {QStringLiteral("end"), m.index.dates.back().toString(Qt::ISODate)},
                              {QStringLiteral("index_last"), m.index.navs.back()},
                              {QStringLiteral("correlation"), corr},
                              {QStringLiteral("metrics"), metrics}});
        return Ok;
    }
    out() << title << ": " << m.funds.size() << " funds, index "
          << m.index.dates.front().toString(Qt::ISODate) << " .. "
          << m.index.dates.back().toString(Qt::ISODate) << " = "
          << QString::number(m.index.navs.back(), 'f', 4) << "\n";
    for (Metric metric :
         {Metric::AnnualizedReturn, Metric::AnnualizedVolatility, Metric::Sharpe, Metric::MaxDrawdown})
        out() << QStringLiteral("  %1 %2\n")
                     .arg(QLatin1String(card(metric).key), -24)
                     .arg(r.values[metric] ? QString::number(*r.values[metric], 'g', 6)
                                           : QStringLiteral("undefined"));
    if (m.funds.size() > 12) {
        double sum = 0;
        int pairs = 0;
        for (std::size_t a = 0; a < m.correlation.size(); ++a)
            for (std::size_t b = a + 1; b < m.correlation.size(); ++b)
                if (m.correlation[a][b]) {
                    sum += *m.correlation[a][b];
                    ++pairs;
                }
        out() << "average correlation of daily returns: "
              << (pairs ? QString::number(sum / pairs, 'f', 2) : QStringLiteral("undefined")) << " over "
              << pairs << " pairs (--json for the matrix)\n";
    } else if (m.funds.size() > 1) {
        out() << "correlation of daily returns:\n        ";
        for (const QString& f : m.funds)
            out() << QStringLiteral("%1").arg(f, 8);
        out() << "\n";
        for (qsizetype a = 0; a < m.funds.size(); ++a) {
            out() << QStringLiteral("%1").arg(m.funds[a], -8);
            for (const auto& c : m.correlation[static_cast<std::size_t>(a)])
                out() << QStringLiteral("%1").arg(c ? QString::number(*c, 'f', 2) : QStringLiteral("-"), 8);
            out() << "\n";
        }
    }
    return Ok;
}

} // namespace ws::cli
