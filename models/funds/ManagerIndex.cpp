#include "funds/ManagerIndex.h"

#include "store/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace ws::funds {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::funds", text); // lupdate files free-function tr() here
}

// The weight of a fund for a return ending on date t: its AUM reported on or before t−1's date.
double aumBefore(const std::vector<AumPoint>* history, QDate previous)
{
    if (!history || history->empty())
        return 1.0; // no report at all: equal weight with the others alike
    const auto it = std::upper_bound(history->begin(), history->end(), previous,
                                     [](QDate d, const AumPoint& p) { return d < p.date; });
    return it == history->begin() ? history->front().aum : std::prev(it)->aum;
}

} // namespace

std::vector<ManagerInfo> listManagers(const QSqlDatabase& db)
{
    QSqlQuery q = store::exec(
        db, QStringLiteral("SELECT manager_id, name, company FROM fnd_manager ORDER BY manager_id"));
    std::vector<ManagerInfo> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

std::vector<ManagerSpell> managerSpells(const QSqlDatabase& db, const QString& managerId)
{
    QSqlQuery q =
        store::exec(db,
                    QStringLiteral("SELECT fund_code, start_date, end_date FROM fnd_manager_tenure WHERE "
                                   "manager_id = ? ORDER BY start_date, fund_code"),
                    {managerId});
    std::vector<ManagerSpell> out;
    while (q.next())
        out.push_back(
            {q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
             q.value(2).isNull() ? QDate() : QDate::fromString(q.value(2).toString(), Qt::ISODate)});
    return out;
}

std::vector<ManagerSpell> companySpells(const Universe& u, const QString& company)
{
    std::vector<ManagerSpell> out;
    for (std::size_t i = 0; i < u.funds.size(); ++i)
        if (u.funds[i].company == company && u.navs[i].size() >= 2)
            out.push_back({u.funds[i].code, u.navs[i].dates.front(), QDate()});
    return out;
}

AumHistory loadAumHistory(const QSqlDatabase& db, const QStringList& funds)
{
    AumHistory out;
    for (const QString& f : funds) {
        QSqlQuery q = store::exec(
            db,
            QStringLiteral("SELECT report_date, aum FROM fnd_aum WHERE fund_code = ? ORDER BY report_date"),
            {f});
        auto& h = out[f];
        while (q.next())
            h.push_back({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toDouble()});
    }
    return out;
}

ManagerIndex buildManagerIndex(const Universe& u, const std::vector<ManagerSpell>& spells,
                               const AumHistory& aum)
{
    ManagerIndex m;
    // Each fund's returns inside its spells, by end date.
    std::map<QDate, std::pair<double, double>> sums; // date → (Σ w r, Σ w)
    std::map<QDate, int> counts;
    std::vector<std::map<QDate, double>> returnsByFund;
    for (const ManagerSpell& s : spells) {
        std::size_t i = 0;
        while (i < u.funds.size() && u.funds[i].code != s.fund)
            ++i;
        if (i == u.funds.size() || u.navs[i].size() < 2)
            continue;
        qsizetype at = m.funds.indexOf(s.fund);
        if (at < 0) {
            m.funds << s.fund;
            returnsByFund.emplace_back();
            at = m.funds.size() - 1;
        }
        const NavSeries& nav = u.navs[i];
        const auto history = aum.find(s.fund);
        for (std::size_t t = 1; t < nav.size(); ++t) {
            // The return from t−1 to t counts when the manager held the fund over it.
            if (nav.dates[t - 1] < s.start || (s.end.isValid() && nav.dates[t] > s.end))
                continue;
            const double r = nav.navs[t] / nav.navs[t - 1] - 1.0;
            const double w = aumBefore(history == aum.end() ? nullptr : &history->second, nav.dates[t - 1]);
            auto& [wr, ws] = sums[nav.dates[t]];
            wr += w * r;
            ws += w;
            ++counts[nav.dates[t]];
            returnsByFund[static_cast<std::size_t>(at)][nav.dates[t]] = r;
        }
    }
    if (sums.empty()) {
        m.error = tr("no NAV history inside the manager's spells");
        return m;
    }
    m.index.source = tr("manager index");
    // The base is the last date before the first return (one day earlier stands in for it).
    m.index.dates.push_back(sums.begin()->first.addDays(-1));
    m.index.navs.push_back(1.0);
    for (const auto& [date, s] : sums) {
        const double r = s.second > 0 ? s.first / s.second : 0.0;
        m.index.dates.push_back(date);
        m.index.navs.push_back(m.index.navs.back() * (1.0 + r));
        m.fundsOnDate.push_back(counts[date]);
    }
    // Correlations on common dates.
    const std::size_t n = returnsByFund.size();
    m.correlation.assign(n, std::vector<std::optional<double>>(n));
    for (std::size_t a = 0; a < n; ++a)
        for (std::size_t b = a; b < n; ++b) {
            std::vector<std::pair<double, double>> common;
            for (const auto& [d, r] : returnsByFund[a])
                if (const auto it = returnsByFund[b].find(d); it != returnsByFund[b].end())
                    common.emplace_back(r, it->second);
            if (static_cast<int>(common.size()) < kMinCommonReturns)
                continue;
            double ma = 0, mb = 0;
            for (const auto& [x, y] : common) {
                ma += x;
                mb += y;
            }
            ma /= static_cast<double>(common.size());
            mb /= static_cast<double>(common.size());
            double sab = 0, saa = 0, sbb = 0;
            for (const auto& [x, y] : common) {
                sab += (x - ma) * (y - mb);
                saa += (x - ma) * (x - ma);
                sbb += (y - mb) * (y - mb);
            }
            if (!(saa > 0) || !(sbb > 0))
                continue;
            const double c = std::clamp(sab / std::sqrt(saa * sbb), -1.0, 1.0);
            m.correlation[a][b] = m.correlation[b][a] = c;
        }
    return m;
}

} // namespace ws::funds
