#include "funds/PeerRanking.h"

#include "funds/FormulaCards.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace ws::funds {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::funds", text); // lupdate files free-function tr() here
}

FundData prepareFund(const Universe& u, std::size_t i)
{
    std::optional<JoinedSeries> joined;
    if (const NavSeries* b = u.benchmarkOf(i)) {
        JoinResult j = joinOnDate(u.navs[i], *b);
        if (j.ok())
            joined = std::move(j.joined);
    }
    return FundData::prepare(u.navs[i], std::move(joined));
}

// Every peer's metrics over one window, cached under each metric's key.
PeerCache::Values peerValues(const Universe& u, const QString& category, const Window& window, QDate asOf,
                             const PeerCache::Key& key, Metric metric, const Conventions& conventions,
                             PeerCache* cache)
{
    if (cache)
        if (auto hit = cache->find(key))
            return *hit;
    std::vector<PeerCache::Values> all(kMetricCount);
    Workspace workspace;
    for (std::size_t j = 0; j < u.funds.size(); ++j) {
        if (u.funds[j].category != category || u.navs[j].size() < 2)
            continue;
        // A peer must still publish NAVs at the window's end (not liquidated or merged); a few
        // days' gap is a holiday of its own market.
        if (u.navs[j].dates.back() < asOf.addDays(-kMaxPeerLagDays))
            continue;
        const WindowResult r = computeWindow(prepareFund(u, j), window, conventions, workspace, asOf);
        if (!r.available)
            continue;
        for (int m = 0; m < kMetricCount; ++m)
            if (const auto& v = r.values[static_cast<Metric>(m)])
                all[static_cast<std::size_t>(m)].emplace_back(u.funds[j].code, *v);
    }
    if (cache)
        for (int m = 0; m < kMetricCount; ++m)
            cache->store({std::get<0>(key), std::get<1>(key), std::get<2>(key), m},
                         all[static_cast<std::size_t>(m)]);
    return all[static_cast<std::size_t>(metric)];
}

void placeAmong(PeerRank& r, const PeerCache::Values& values, Metric metric)
{
    r.peers = static_cast<int>(values.size());
    if (r.peers < kMinimumPeers) {
        r.reason = tr("fewer than %1 funds of the category cover the window (%2): no ranking (CSRC rule)")
                       .arg(kMinimumPeers)
                       .arg(r.peers);
        return;
    }
    const auto own =
        std::find_if(values.begin(), values.end(), [&](const auto& p) { return p.first == r.fund; });
    if (own == values.end()) {
        r.reason = tr("the metric is undefined for this fund over the window");
        return;
    }
    r.value = own->second;
    const bool higher = higherIsBetter(metric);
    const auto better = std::count_if(values.begin(), values.end(), [&](const auto& p) {
        return higher ? p.second > own->second : p.second < own->second;
    });
    r.rank = static_cast<int>(better) + 1;
    r.percentile = static_cast<double>(better) / r.peers;
    r.quartile = std::min(4, 1 + static_cast<int>(std::floor(r.percentile * 4.0)));
    r.ranked = true;
}

bool tooYoung(const NavSeries& nav, QDate asOf)
{
    return nav.dates.front().addMonths(kMinimumAgeMonths) > asOf;
}

} // namespace

bool higherIsBetter(Metric m)
{
    switch (m) {
    case Metric::AnnualizedVolatility:
    case Metric::DownsideDeviation:
    case Metric::MaxDrawdown:
    case Metric::MaxDrawdownDuration:
    case Metric::MaxDrawdownRecoveryPeriods:
    case Metric::Var95:
    case Metric::Cvar95:
    case Metric::Kurtosis:
    case Metric::AverageDrawdown:
    case Metric::UlcerIndex:
    case Metric::TrackingError:
    case Metric::DownCapture:
        return false;
    default:
        return true;
    }
}

std::optional<PeerCache::Values> PeerCache::find(const Key& key) const
{
    std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    if (it == entries_.end())
        return std::nullopt;
    ++hits_;
    return it->second;
}

void PeerCache::store(const Key& key, Values values)
{
    std::lock_guard lock(mutex_);
    entries_[key] = std::move(values);
    new_.push_back(key);
}

std::vector<PeerCache::Key> PeerCache::takeNew()
{
    std::lock_guard lock(mutex_);
    return std::exchange(new_, {});
}

const PeerCache::Values* PeerCache::peek(const Key& key) const
{
    std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    return it == entries_.end() ? nullptr : &it->second;
}

void PeerCache::load(const QSqlDatabase& db, QDate asOf)
{
    QSqlQuery q = store::exec(
        db,
        QStringLiteral("SELECT category, window_start, metric, fund_code, value FROM fnd_rank_cache "
                       "WHERE as_of = ? ORDER BY category, window_start, metric"),
        {asOf.toString(Qt::ISODate)});
    std::lock_guard lock(mutex_);
    while (q.next()) {
        const auto metric = metricFromKey(q.value(2).toString());
        if (!metric)
            continue; // a metric this version does not know
        Values& v = entries_[{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                              asOf, static_cast<int>(*metric)}];
        if (!q.value(4).isNull())
            v.emplace_back(q.value(3).toString(), q.value(4).toDouble());
    }
}

void PeerCache::save(const QSqlDatabase& db, const std::vector<Key>& keys) const
{
    QSqlQuery clear(db), insert(db);
    clear.prepare(
        QStringLiteral("DELETE FROM fnd_rank_cache WHERE category = ? AND window_start = ? AND as_of = ? "
                       "AND metric = ?"));
    insert.prepare(
        QStringLiteral("INSERT INTO fnd_rank_cache(category, window_start, as_of, metric, fund_code, value) "
                       "VALUES (?,?,?,?,?,?)"));
    std::lock_guard lock(mutex_);
    for (const Key& key : keys) {
        const auto& [category, start, asOf, metric] = key;
        if (!start.isValid())
            continue; // rolling windows are cheap to recompute and keyed by window id, not date
        const auto it = entries_.find(key);
        if (it == entries_.end())
            continue;
        const QString metricKey = QLatin1String(card(static_cast<Metric>(metric)).key);
        for (const QVariant& v : {QVariant(category), QVariant(start.toString(Qt::ISODate)),
                                  QVariant(asOf.toString(Qt::ISODate)), QVariant(metricKey)})
            clear.addBindValue(v);
        if (!clear.exec())
            throw store::SqlError(clear.lastError().text());
        for (const auto& [fund, value] : it->second) {
            for (const QVariant& v :
                 {QVariant(category), QVariant(start.toString(Qt::ISODate)),
                  QVariant(asOf.toString(Qt::ISODate)), QVariant(metricKey), QVariant(fund), QVariant(value)})
                insert.addBindValue(v);
            if (!insert.exec())
                throw store::SqlError(insert.lastError().text());
        }
    }
}

std::size_t PeerCache::size() const
{
    std::lock_guard lock(mutex_);
    return entries_.size();
}

PeerRank rankSinceInception(const Universe& u, std::size_t fund, Metric metric,
                            const Conventions& conventions, QDate asOf, PeerCache* cache)
{
    PeerRank r;
    r.fund = u.funds[fund].code;
    r.metric = metric;
    const NavSeries& nav = u.navs[fund];
    if (nav.size() < 2) {
        r.reason = tr("no NAV history");
        return r;
    }
    r.end = asOf.isValid() ? std::min(asOf, nav.dates.back()) : nav.dates.back();
    r.windowStart = nav.dates.front();
    if (tooYoung(nav, r.end)) {
        r.reason = tr("younger than %1 months: no ranking (CSRC rule)").arg(kMinimumAgeMonths);
        return r;
    }
    const Window window = Window::custom(r.windowStart, r.end);
    const PeerCache::Key key{u.funds[fund].category, r.windowStart, r.end, static_cast<int>(metric)};
    placeAmong(r, peerValues(u, u.funds[fund].category, window, r.end, key, metric, conventions, cache),
               metric);
    return r;
}

PeerRank rankOverWindow(const Universe& u, std::size_t fund, Metric metric, const Window& window,
                        const Conventions& conventions, QDate asOf, PeerCache* cache)
{
    PeerRank r;
    r.fund = u.funds[fund].code;
    r.metric = metric;
    const NavSeries& nav = u.navs[fund];
    if (nav.size() < 2) {
        r.reason = tr("no NAV history");
        return r;
    }
    r.end = asOf.isValid() ? asOf : nav.dates.back();
    if (nav.dates.back() < r.end) {
        r.reason = tr("no NAV at the as-of date");
        return r;
    }
    if (tooYoung(nav, r.end)) {
        r.reason = tr("younger than %1 months: no ranking (CSRC rule)").arg(kMinimumAgeMonths);
        return r;
    }
    const auto range = resolveWindow(nav.dates, window, r.end);
    if (!range) {
        r.reason = tr("the fund's history does not cover the window");
        return r;
    }
    r.windowStart = nav.dates[range->first];
    // Rolling windows end on the same date for every peer; the category and the window's id key it.
    const PeerCache::Key key{u.funds[fund].category + QLatin1Char('|') + window.id(), QDate(), r.end,
                             static_cast<int>(metric)};
    placeAmong(r, peerValues(u, u.funds[fund].category, window, r.end, key, metric, conventions, cache),
               metric);
    return r;
}

std::vector<PeerRank> rankHistory(const Universe& u, std::size_t fund, Metric metric, const Window& window,
                                  const Conventions& conventions, QDate from, QDate to, PeerCache* cache)
{
    std::vector<PeerRank> out;
    for (QDate d(from.year(), from.month(), 1); d <= to; d = d.addMonths(1)) {
        const QDate monthEnd(d.year(), d.month(), d.daysInMonth());
        // The last NAV date of the month, as the as-of date (month ends fall on weekends).
        const auto& dates = u.navs[fund].dates;
        const auto it = std::upper_bound(dates.begin(), dates.end(), std::min(monthEnd, to));
        if (it == dates.begin())
            continue;
        const QDate asOf = *(it - 1);
        if (asOf < d)
            continue; // no NAV in that month
        out.push_back(rankOverWindow(u, fund, metric, window, conventions, asOf, cache));
    }
    return out;
}

MonthlyReturns monthlyReturns(const NavSeries& nav, QDate asOf)
{
    MonthlyReturns out;
    std::optional<double> previous;
    for (std::size_t t = 0; t < nav.size(); ++t) {
        if (asOf.isValid() && nav.dates[t] > asOf)
            break;
        const bool lastOfMonth = t + 1 == nav.size() || nav.dates[t + 1].month() != nav.dates[t].month() ||
                                 nav.dates[t + 1].year() != nav.dates[t].year() ||
                                 (asOf.isValid() && nav.dates[t + 1] > asOf);
        if (!lastOfMonth)
            continue;
        if (previous) {
            out.monthEnds.push_back(nav.dates[t]);
            out.returns.push_back(nav.navs[t] / *previous - 1.0);
        }
        previous = nav.navs[t];
    }
    return out;
}

std::optional<double> mrar(std::span<const double> returns, std::span<const double> monthlyRiskFree,
                           double gamma)
{
    if (returns.empty() || gamma <= 0 ||
        (!monthlyRiskFree.empty() && monthlyRiskFree.size() != returns.size()))
        return std::nullopt;
    double sum = 0;
    for (std::size_t t = 0; t < returns.size(); ++t) {
        const double rf = monthlyRiskFree.empty() ? 0.0 : monthlyRiskFree[t];
        const double er = (1.0 + returns[t]) / (1.0 + rf) - 1.0;
        if (!(1.0 + er > 0))
            return std::nullopt; // a total loss in a month: the power is undefined
        sum += std::pow(1.0 + er, -gamma);
    }
    const double value = std::pow(sum / static_cast<double>(returns.size()), -12.0 / gamma) - 1.0;
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

int starsForPosition(double share)
{
    return share <= 0.10 ? 5 : share <= 0.325 ? 4 : share <= 0.675 ? 3 : share <= 0.90 ? 2 : 1;
}

std::vector<Rating> rateUniverse(const Universe& u, QDate asOf, double annualRiskFree)
{
    if (!asOf.isValid())
        for (const NavSeries& s : u.navs)
            if (s.size() >= 2 && (!asOf.isValid() || s.dates.back() > asOf))
                asOf = s.dates.back();
    std::vector<Rating> out(u.funds.size());
    if (!asOf.isValid())
        return out;
    // Ratings are as of a complete month.
    if (asOf.day() != asOf.daysInMonth()) {
        const QDate previous = asOf.addMonths(-1);
        asOf = QDate(previous.year(), previous.month(), previous.daysInMonth());
    }
    const double rfMonthly = std::pow(1.0 + annualRiskFree, 1.0 / 12.0) - 1.0;
    constexpr std::array<int, 3> periods{36, 60, 120};
    std::array<std::vector<std::optional<double>>, 3> values;
    for (auto& v : values)
        v.assign(u.funds.size(), std::nullopt);
    for (std::size_t i = 0; i < u.funds.size(); ++i) {
        Rating& r = out[i];
        r.fund = u.funds[i].code;
        if (u.funds[i].category == QLatin1String("money")) {
            r.reason = tr("money-market funds are evaluated on yield, not star-rated");
            continue;
        }
        if (u.navs[i].size() < 2) {
            r.reason = tr("no NAV history");
            continue;
        }
        const MonthlyReturns mr = monthlyReturns(u.navs[i], asOf);
        r.months = static_cast<int>(mr.returns.size());
        if (mr.monthEnds.empty() || mr.monthEnds.back().month() != asOf.month() ||
            mr.monthEnds.back().year() != asOf.year()) {
            r.reason = tr("no NAV in the rating month %1").arg(asOf.toString(QStringLiteral("yyyy-MM")));
            continue;
        }
        if (r.months < kMinimumRatingMonths) {
            r.reason = tr("%1 months of history; %2 are needed to be rated (CSRC rule)")
                           .arg(r.months)
                           .arg(kMinimumRatingMonths);
            continue;
        }
        for (std::size_t p = 0; p < periods.size(); ++p) {
            const auto months = static_cast<std::size_t>(periods[p]);
            if (mr.returns.size() < months)
                continue;
            const std::span<const double> last(mr.returns.data() + mr.returns.size() - months, months);
            const std::vector<double> rf(months, rfMonthly);
            values[p][i] = mrar(last, rf);
        }
        r.mrar3 = values[0][i];
        r.mrar5 = values[1][i];
        r.mrar10 = values[2][i];
    }
    // Stars per category and period.
    std::map<QString, std::vector<std::size_t>> byCategory;
    for (std::size_t i = 0; i < u.funds.size(); ++i)
        byCategory[u.funds[i].category].push_back(i);
    for (const auto& [category, members] : byCategory) {
        for (std::size_t p = 0; p < periods.size(); ++p) {
            std::vector<std::pair<double, std::size_t>> rated;
            for (std::size_t i : members)
                if (values[p][i])
                    rated.emplace_back(*values[p][i], i);
            if (rated.size() < static_cast<std::size_t>(kMinimumPeers)) {
                if (p == 0)
                    for (std::size_t i : members)
                        if (out[i].reason.isEmpty())
                            out[i].reason = tr("fewer than %1 funds of the category can be rated (%2): no "
                                               "rating (CSRC rule)")
                                                .arg(kMinimumPeers)
                                                .arg(rated.size());
                continue;
            }
            const double n = static_cast<double>(rated.size());
            for (const auto& [value, i] : rated) {
                std::size_t better = 0, ties = 0;
                for (const auto& other : rated) {
                    better += other.first > value ? 1 : 0;
                    ties += other.first == value ? 1 : 0;
                }
                const int stars =
                    starsForPosition((static_cast<double>(better) + 0.5 * static_cast<double>(ties)) / n);
                (p == 0 ? out[i].stars3 : p == 1 ? out[i].stars5 : out[i].stars10) = stars;
            }
        }
    }
    // Overall: 100% 3y (36–59 months), 60/40 5y/3y (60–119), 50/30/20 10y/5y/3y (120+); a period
    // without stars (too few peers over it) drops out and the others' weights are rescaled.
    for (Rating& r : out) {
        if (!r.reason.isEmpty() || !r.stars3)
            continue;
        std::array<double, 3> weight{1.0, 0.0, 0.0};
        if (r.months >= 120)
            weight = {0.2, 0.3, 0.5};
        else if (r.months >= 60)
            weight = {0.4, 0.6, 0.0};
        const std::array<std::optional<int>, 3> stars{r.stars3, r.stars5, r.stars10};
        double sum = 0, total = 0;
        for (std::size_t p = 0; p < 3; ++p)
            if (stars[p] && weight[p] > 0) {
                sum += weight[p] * *stars[p];
                total += weight[p];
            }
        r.overall = static_cast<int>(std::floor(sum / total + 0.5));
    }
    return out;
}

} // namespace ws::funds
