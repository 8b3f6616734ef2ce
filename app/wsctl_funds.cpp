// wsctl funds ...: the fund metrics library on NAV files, with the formulas of docs/metrics.md.

#include "WsctlCli.h"
#include "funds/FormulaCards.h"
#include "funds/Metrics.h"
#include "funds/NavSeries.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace ws::cli {

namespace {

using namespace ws::funds;

constexpr int kMaxReportedErrors = 20;

void warn(const QString& message)
{
    QTextStream err(stderr);
    err << "wsctl: warning: " << message << Qt::endl;
}

// Loads a NAV file: exit 1 when it cannot be read, 2 (every rejected line on stderr) when it is not a
// usable NAV series.
std::optional<NavSeries> loadOrReport(const QString& path, int* code)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        *code = fail(Failure, QStringLiteral("%1: cannot read: %2")
                                  .arg(path, QFileInfo::exists(path) ? file.errorString()
                                                                     : QStringLiteral("no such file")));
        return std::nullopt;
    }
    LoadResult r = parseNavCsv(file.readAll(), path);
    for (const QString& w : r.warnings)
        warn(w);
    if (!r.ok()) {
        for (qsizetype i = 0; i < r.errors.size() && i < kMaxReportedErrors; ++i)
            fail(BadInput, r.errors[i]);
        if (r.errors.size() > kMaxReportedErrors)
            fail(BadInput,
                 QStringLiteral("%1: %2 more error(s)").arg(path).arg(r.errors.size() - kMaxReportedErrors));
        *code = BadInput;
        return std::nullopt;
    }
    return std::move(r.series);
}

QJsonValue date(const std::optional<QDate>& d)
{
    return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString text(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 8) : QStringLiteral("undefined");
}

} // namespace

int fundsMetrics(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption nav(QStringLiteral("nav"),
                                 QStringLiteral("The fund's NAV file (CSV, header date,nav)."),
                                 QStringLiteral("FILE.csv"));
    const QCommandLineOption benchmark(
        QStringLiteral("benchmark"),
        QStringLiteral("The benchmark's NAV or index level file (CSV, date,nav); "
                       "adds the benchmark-relative metrics on the shared dates."),
        QStringLiteral("FILE.csv"));
    const QCommandLineOption rf(
        QStringLiteral("rf"),
        QStringLiteral("Annual risk-free rate as a fraction, e.g. 0.02 (default 0); used "
                       "per period as (1 + rf)^(1/P) - 1."),
        QStringLiteral("ANNUAL_RATE"), QStringLiteral("0"));
    const QCommandLineOption periods(
        QStringLiteral("periods-per-year"),
        QStringLiteral("Periods per year P (default 252; 52 weekly, 12 monthly)."), QStringLiteral("P"),
        QStringLiteral("252"));
    const QCommandLineOption window(QStringLiteral("window"),
                                    QStringLiteral("1m, 3m, 6m, ytd, 1y, 2y, 3y, 5y or since-inception "
                                                   "(default); see docs/metrics.md for how a window starts."),
                                    QStringLiteral("WINDOW"), QStringLiteral("since-inception"));
    const QCommandLineOption start(QStringLiteral("start"),
                                   QStringLiteral("A custom window from the last NAV on or before DATE "
                                                  "(yyyy-MM-dd); with --end, to that date."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption end(QStringLiteral("end"),
                                 QStringLiteral("The window ends at the last NAV on or before DATE (default: "
                                                "the last NAV)."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("One JSON object; undefined is null."));
    for (const auto* o : {&nav, &benchmark, &rf, &periods, &window, &start, &end, &json})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(
            p, ctx, QStringLiteral("funds metrics"),
            QStringLiteral("Compute a fund's return, risk, risk-adjusted, benchmark-relative and timing "
                           "metrics from its NAV file. The formulas are in docs/metrics.md."),
            &code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return fail(BadInput, QStringLiteral("funds metrics takes no arguments"));
    if (!p.isSet(nav))
        return fail(BadInput, QStringLiteral("--nav FILE.csv is required"));

    Conventions conventions;
    bool ok = false;
    conventions.annualRiskFree = p.value(rf).toDouble(&ok);
    if (!ok || !std::isfinite(conventions.annualRiskFree) || conventions.annualRiskFree <= -1)
        return fail(
            BadInput,
            QStringLiteral("--rf expects an annual rate above -1, e.g. 0.02, got '%1'").arg(p.value(rf)));
    conventions.periodsPerYear = p.value(periods).toInt(&ok);
    if (!ok || conventions.periodsPerYear <= 0 || conventions.periodsPerYear > 100000)
        return fail(
            BadInput,
            QStringLiteral("--periods-per-year expects a positive integer, got '%1'").arg(p.value(periods)));

    auto parseDateOption = [&](const QCommandLineOption& o, QDate* d) {
        *d = QDate::fromString(p.value(o), Qt::ISODate);
        return d->isValid();
    };
    QDate asOf;
    if (p.isSet(end) && !parseDateOption(end, &asOf))
        return fail(BadInput, QStringLiteral("--end expects yyyy-MM-dd, got '%1'").arg(p.value(end)));
    Window w;
    if (p.isSet(start)) {
        QDate from;
        if (!parseDateOption(start, &from))
            return fail(BadInput, QStringLiteral("--start expects yyyy-MM-dd, got '%1'").arg(p.value(start)));
        if (p.isSet(window))
            return fail(BadInput, QStringLiteral("--start makes a custom window; leave out --window"));
        w = Window::custom(from, asOf.isValid() ? asOf : QDate(9999, 12, 31));
    } else if (const auto named = Window::fromId(p.value(window))) {
        w = *named;
    } else {
        return fail(BadInput, QStringLiteral("--window expects 1m, 3m, 6m, ytd, 1y, 2y, 3y, 5y or "
                                             "since-inception, got '%1'")
                                  .arg(p.value(window)));
    }

    std::optional<NavSeries> fund = loadOrReport(p.value(nav), &code);
    if (!fund)
        return code;
    std::optional<JoinedSeries> joined;
    if (p.isSet(benchmark)) {
        const std::optional<NavSeries> bench = loadOrReport(p.value(benchmark), &code);
        if (!bench)
            return code;
        JoinResult j = joinOnDate(*fund, *bench);
        for (const QString& message : j.warnings)
            warn(message);
        if (!j.ok())
            return fail(BadInput, j.errors.join(QStringLiteral("; ")));
        joined = std::move(j.joined);
    }

    const FundData data = FundData::prepare(std::move(*fund), std::move(joined));
    Workspace workspace;
    const WindowResult r = computeWindow(data, w, conventions, workspace, asOf);
    if (!r.available)
        warn(QStringLiteral(
                 "%1: the %2 window is not available (the NAV history does not reach back that far, "
                 "or fewer than two NAVs fall in it); every metric is undefined")
                 .arg(data.fund.source, w.id()));

    const bool withBenchmark = data.joined.has_value();
    if (p.isSet(json) || ctx.json) {
        QJsonObject o{
            {QStringLiteral("nav_file"), data.fund.source},
            {QStringLiteral("window"), w.id()},
            {QStringLiteral("start"), r.available ? QJsonValue(r.start.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("end"), r.available ? QJsonValue(r.end.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("returns"), r.returns},
            {QStringLiteral("periods_per_year"), conventions.periodsPerYear},
            {QStringLiteral("risk_free"), conventions.annualRiskFree},
            {QStringLiteral("max_drawdown_peak"), date(r.drawdown.peak)},
            {QStringLiteral("max_drawdown_trough"), date(r.drawdown.trough)},
            {QStringLiteral("max_drawdown_recovery"), date(r.drawdown.recovery)},
        };
        if (withBenchmark) {
            o.insert(QStringLiteral("benchmark_file"), p.value(benchmark));
            o.insert(QStringLiteral("shared_returns"), r.relativeReturns);
        }
        for (const MetricCard& c : metricCards())
            if (withBenchmark || !isRelative(c.metric))
                o.insert(QLatin1String(c.key), jsonNumber(r.values[c.metric]));
        printJson(o);
        return Ok;
    }

    out() << "fund         " << data.fund.source;
    if (r.available)
        out() << "  " << r.start.toString(Qt::ISODate) << " .. " << r.end.toString(Qt::ISODate) << ", "
              << r.returns << " returns";
    out() << "  (window " << w.id() << ")\n";
    if (withBenchmark)
        out() << "benchmark    " << p.value(benchmark) << "  " << r.relativeReturns << " shared returns\n";
    out() << "conventions  P = " << conventions.periodsPerYear << ", rf = " << conventions.annualRiskFree
          << " a year (" << QString::number(conventions.periodRiskFree(), 'g', 6) << " a period)\n\n";
    for (const MetricCard& c : metricCards()) {
        if (!withBenchmark && isRelative(c.metric))
            continue;
        out() << QStringLiteral("%1 %2 %3\n")
                     .arg(c.displayName(), -36)
                     .arg(QLatin1String(c.key), -30)
                     .arg(text(r.values[c.metric]));
    }
    auto dateText = [](const std::optional<QDate>& d) {
        return d ? d->toString(Qt::ISODate) : QStringLiteral("none");
    };
    out() << "\nmax drawdown peak " << dateText(r.drawdown.peak) << ", trough " << dateText(r.drawdown.trough)
          << ", recovery "
          << (r.drawdown.peak && !r.drawdown.recovery ? QStringLiteral("not yet")
                                                      : dateText(r.drawdown.recovery))
          << "\n";
    return Ok;
}

} // namespace ws::cli
