#include "demo/FundDemo.h"

#include "demo/DemoData.h"
#include "funds/Style.h"
#include "reference/Pinyin.h"
#include "store/NativeSqlite.h"
#include "store/Sql.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

namespace ws::demo {

using store::exec;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

constexpr double kPi = 3.14159265358979323846;

double normal(Random& rng)
{
    // Box–Muller; 1 − unit() is in (0, 1], so the log is finite.
    return std::sqrt(-2.0 * std::log(1.0 - rng.unit())) * std::cos(2.0 * kPi * rng.unit());
}

// Student t with 5 degrees of freedom scaled to unit variance: the fat tails of daily returns.
double fatTail(Random& rng)
{
    double chi2 = 0;
    for (int i = 0; i < 5; ++i) {
        const double z = normal(rng);
        chi2 += z * z;
    }
    return normal(rng) / std::sqrt(chi2 / 5.0) * std::sqrt(3.0 / 5.0);
}

// GARCH(1,1) volatility clustering around a long-run daily volatility.
struct Garch
{
    double alpha = 0.08, beta = 0.90, omega = 0, variance = 0;
    explicit Garch(double dailyVol)
        : omega(dailyVol * dailyVol * (1.0 - 0.08 - 0.90)), variance(dailyVol * dailyVol)
    {}
    double next(double unitShock)
    {
        const double e = std::sqrt(variance) * unitShock;
        variance = omega + alpha * e * e + beta * variance;
        return e;
    }
};

const std::array<const char*, 14> kCompanies{"华泰柏瑞", "东海",   "嘉恒",   "瑞元",  "富国安",
                                             "长信达",   "博时远", "国联安", "汇添",  "景顺长",
                                             "中欧信",   "南方金", "银华盛", "广发达"};

struct CategoryDef
{
    const char* key;
    const char* suffix;
    std::vector<const char*> themes;
    double share; // of the demo funds
};

const std::vector<CategoryDef>& categoryDefs()
{
    static const std::vector<CategoryDef> defs{
        {"equity", "股票", {"成长", "价值", "消费", "医疗", "科技创新", "高端制造", "新能源", "红利"}, 0.22},
        {"mixed", "混合", {"优选", "稳健", "灵活配置", "均衡", "核心精选", "双动力", "价值发现"}, 0.30},
        {"bond", "债券", {"纯债", "信用", "增强收益", "短债", "可转债", "双债"}, 0.25},
        {"index", "指数", {"沪深300", "中证500", "中证800"}, 0.12},
        {"qdii", "QDII", {"全球精选", "标普500", "美国消费", "海外科技"}, 0.04},
        {"money", "货币", {"现金宝", "天天利", "货币", "添利"}, 0.07},
    };
    return defs;
}

// Style-box cells, row-major: size (large, mid, small) × value/blend/growth.
constexpr std::array<const char*, 9> kStyleCodes{"STY_LV", "STY_LB", "STY_LG", "STY_MV", "STY_MB",
                                                 "STY_MG", "STY_SV", "STY_SB", "STY_SG"};
constexpr std::array<const char*, 9> kStyleNames{"大盘价值", "大盘平衡", "大盘成长", "中盘价值", "中盘平衡",
                                                 "中盘成长", "小盘价值", "小盘平衡", "小盘成长"};

struct IndexDef
{
    const char* code;
    const char* name;
    const char* kind;
};

// The demo's indices; names say (演示) so nobody takes them for the real ones.
const std::vector<IndexDef>& indexDefs()
{
    static const std::vector<IndexDef> defs{
        {"H300", "沪深300（演示）", "benchmark"},  {"Z500", "中证500（演示）", "benchmark"},
        {"Z800", "中证800（演示）", "benchmark"},  {"CBA", "中债综合（演示）", "benchmark"},
        {"SPX", "标普500（演示）", "benchmark"},   {"B6040", "60%沪深300+40%中债（演示）", "benchmark"},
        {"BOND", "债券风格（演示）", "style"},     {"CASH", "现金风格（演示）", "style"},
        {"MKT", "市场超额收益（演示）", "factor"}, {"SMB", "规模因子（演示）", "factor"},
        {"HML", "价值因子（演示）", "factor"},     {"RMW", "盈利因子（演示）", "factor"},
        {"CMA", "投资因子（演示）", "factor"},     {"RF", "无风险利率（演示，年化）", "rate"},
    };
    return defs;
}

// The demo's trading days: the demo calendar's open SSE days where it has them, weekdays less the
// fixed holidays before it.
std::vector<QDate> tradingDays(const QSqlDatabase& db, QDate from)
{
    std::vector<QDate> days;
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT trade_date FROM stk_calendar WHERE exchange = 'SSE' AND "
                                      "is_open = 1 AND trade_date <= ? ORDER BY trade_date"),
                       {kFundDemoEnd.toString(Qt::ISODate)});
    std::vector<QDate> calendar;
    while (q.next())
        calendar.push_back(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    const QDate calendarStart = calendar.empty() ? kFundDemoEnd.addDays(1) : calendar.front();
    for (QDate d = from; d < calendarStart && d <= kFundDemoEnd; d = d.addDays(1)) {
        const int m = d.month(), day = d.day();
        const bool holiday = (m == 1 && day == 1) || (m == 2 && day >= 8 && day <= 14) ||
                             (m == 5 && day <= 3) || (m == 10 && day <= 7);
        if (d.dayOfWeek() <= 5 && !holiday)
            days.push_back(d);
    }
    for (const QDate& d : calendar)
        if (d >= from)
            days.push_back(d);
    return days;
}

struct Market
{
    std::vector<QDate> days;
    std::vector<double> rfAnnual, rf;            // annual rate, per-period rate
    std::vector<double> mkt, smb, hml, rmw, cma; // factor returns (mkt in excess of rf)
    std::array<std::vector<double>, 9> style;    // style index returns
    std::vector<double> bond, cash, h300, z500, z800, spx, b6040;
    std::vector<char> foreignOpen; // the SPX market trades that day (QDII NAVs skip its holidays)
    std::size_t indexOf(QDate d) const
    {
        return static_cast<std::size_t>(std::lower_bound(days.begin(), days.end(), d) - days.begin());
    }
};

Market simulateMarket(const QSqlDatabase& db, Random& rng)
{
    Market m;
    m.days = tradingDays(db, QDate(2010, 12, 1));
    const std::size_t n = m.days.size();
    auto sized = [n](std::vector<double>& v) { v.assign(n, 0.0); };
    for (auto* v : {&m.rfAnnual, &m.rf, &m.mkt, &m.smb, &m.hml, &m.rmw, &m.cma, &m.bond, &m.cash, &m.h300,
                    &m.z500, &m.z800, &m.spx, &m.b6040})
        sized(*v);
    for (auto& s : m.style)
        sized(s);
    m.foreignOpen.assign(n, 1);
    Garch market(0.014), foreign(0.011);
    for (std::size_t t = 0; t < n; ++t) {
        // Rates drift down from 3.5% (2011) to 1.4% (2026) with a slow wobble.
        const double years = static_cast<double>(QDate(2011, 1, 1).daysTo(m.days[t])) / 365.25;
        m.rfAnnual[t] = std::max(0.008, 0.035 - 0.0014 * years + 0.004 * std::sin(years * 0.9));
        m.rf[t] = std::pow(1.0 + m.rfAnnual[t], 1.0 / 252.0) - 1.0;
        const double vol = std::sqrt(market.variance) / 0.014; // the market's state scales the factors
        m.mkt[t] = 0.00025 + market.next(fatTail(rng));
        m.smb[t] = 0.00008 + 0.005 * vol * normal(rng) + 0.15 * m.mkt[t];
        m.hml[t] = 0.00002 + 0.004 * vol * normal(rng) - 0.10 * m.mkt[t];
        m.rmw[t] = 0.00006 + 0.0025 * normal(rng);
        m.cma[t] = 0.00001 + 0.0022 * normal(rng);
        static constexpr std::array<double, 3> sizeLoad{-0.30, 0.15, 0.60}, valueLoad{0.55, 0.0, -0.50};
        for (int c = 0; c < 9; ++c)
            m.style[static_cast<std::size_t>(c)][t] =
                m.rf[t] + m.mkt[t] + sizeLoad[static_cast<std::size_t>(c / 3)] * m.smb[t] +
                valueLoad[static_cast<std::size_t>(c % 3)] * m.hml[t] + 0.0018 * normal(rng);
        m.bond[t] = m.rf[t] + 0.00006 + 0.0007 * normal(rng) - 0.01 * m.mkt[t];
        m.cash[t] = m.rf[t];
        m.h300[t] = m.rf[t] + 0.98 * m.mkt[t] - 0.25 * m.smb[t] + 0.10 * m.hml[t] + 0.0012 * normal(rng);
        m.z500[t] = m.rf[t] + 1.05 * m.mkt[t] + 0.40 * m.smb[t] - 0.05 * m.hml[t] + 0.0016 * normal(rng);
        m.z800[t] = 0.7 * m.h300[t] + 0.3 * m.z500[t];
        m.b6040[t] = 0.6 * m.h300[t] + 0.4 * m.bond[t];
        // A foreign market with its own holidays (about nine a year).
        m.foreignOpen[t] = rng.unit() < 9.0 / 244.0 ? 0 : 1;
        m.spx[t] = m.foreignOpen[t] ? m.rf[t] + 0.0003 + foreign.next(fatTail(rng)) + 0.15 * m.mkt[t] : 0.0;
    }
    return m;
}

std::uint64_t codeHash(const QString& code)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (const QChar c : code)
        h = (h ^ c.unicode()) * 1099511628211ULL;
    return h;
}

double round4(double v)
{
    return std::round(v * 1e4) / 1e4;
}

struct StockPick
{
    QString code, name, industry;
    double marketCap = 0;
    double valueScore = 0;
};

struct FundPlan
{
    QString code, category, benchmark;
    QDate inception;
    std::array<double, 9> style{};      // equity style weights (sum 1) before any drift
    std::array<double, 9> styleAfter{}; // after the planted drift
    std::size_t driftAt = 0;            // index of the drift day (0: none)
    double equityShare = 0.0;           // of NAV, the rest in bonds and cash
    double timingGamma = 0.0;           // planted Treynor–Mazuy γ (0: none)
    double duration = 0.0;              // bond part's modified duration
};

std::array<double, 9> randomStyle(Random& rng, int primary)
{
    std::array<double, 9> w{};
    const int secondary = (primary + 1 + static_cast<int>(rng.uniform(0, 7))) % 9;
    const double main = 0.6 + 0.25 * rng.unit();
    w[static_cast<std::size_t>(primary)] = main;
    w[static_cast<std::size_t>(secondary)] += 1.0 - main;
    return w;
}

} // namespace

int populateFunds(const QSqlDatabase& db, std::uint64_t seed)
{
    Random rng(seed ^ 0xF0DDULL);
    // Children of the old demo funds first, so a new seed leaves no orphans.
    for (const char* table : {"fnd_nav", "fnd_aum", "fnd_holding", "fnd_manager_tenure"})
        exec(db,
             QStringLiteral("DELETE FROM %1 WHERE fund_code IN (SELECT code FROM fnd_fund WHERE is_demo = 1)")
                 .arg(QLatin1String(table)));
    exec(db, QStringLiteral("DELETE FROM fnd_rank_cache"));
    exec(db, QStringLiteral("DELETE FROM fnd_fund WHERE is_demo = 1"));
    exec(db, QStringLiteral("DELETE FROM fnd_manager WHERE is_demo = 1"));

    const std::vector<const char*> surnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐",
                                            "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "梁", "宋"};
    const std::vector<const char*> given{"伟", "芳", "敏", "静", "磊", "洋", "勇", "杰", "涛", "明", "超",
                                         "平", "刚", "文", "华", "鹏", "飞", "宇", "昊", "晨", "琳", "博"};
    // Managers: 45 per company.
    std::vector<std::vector<QString>> managersOf(kCompanies.size());
    int managerNo = 0;
    for (std::size_t c = 0; c < kCompanies.size(); ++c)
        for (int i = 0; i < 45; ++i) {
            const QString id = QStringLiteral("M%1").arg(++managerNo, 5, 10, QLatin1Char('0'));
            const QString name = u(rng.pick(surnames)) + u(rng.pick(given)) +
                                 (rng.unit() < 0.5 ? u(rng.pick(given)) : QString());
            exec(
                db,
                QStringLiteral(
                    "INSERT INTO fnd_manager(manager_id, name, pinyin, company, is_demo) VALUES (?,?,?,?,1)"),
                {id, name, reference::pinyinInitials(name), u(kCompanies[c])});
            managersOf[c].push_back(id);
        }

    QSet<QString> names, codes;
    int written = 0;
    for (int i = 0; i < kDemoFundCount; ++i) {
        // Category by its share of the market.
        double pickCategory = rng.unit();
        const CategoryDef* c = &categoryDefs().back();
        for (const CategoryDef& d : categoryDefs()) {
            if (pickCategory < d.share) {
                c = &d;
                break;
            }
            pickCategory -= d.share;
        }
        const std::size_t company = static_cast<std::size_t>(rng.uniform(0, kCompanies.size() - 1));
        QString name = u(kCompanies[company]) + u(rng.pick(c->themes)) + u(c->suffix);
        for (char suffix = 'A'; names.contains(name); ++suffix)
            name = u(kCompanies[company]) + u(rng.pick(c->themes)) + u(c->suffix) +
                   (suffix > 'C' ? QString::number(suffix - 'C') : QString(QLatin1Char(suffix)));
        names.insert(name);
        QString code;
        do
            code = QStringLiteral("%1").arg(rng.uniform(1, 999999), 6, 10, QLatin1Char('0'));
        while (codes.contains(code));
        codes.insert(code);
        // Ages skew young, as the market's do: 1 to 15 years.
        const double age = 1.0 + 14.0 * std::pow(rng.unit(), 2.0);
        QDate inception = kFundDemoEnd.addDays(-static_cast<qint64>(age * 365.25));
        while (inception.dayOfWeek() > 5)
            inception = inception.addDays(1);
        const QString key = QLatin1String(c->key);
        QString benchmark;
        if (key == QLatin1String("equity"))
            benchmark = rng.pick(std::array<QString, 3>{QStringLiteral("H300"), QStringLiteral("Z500"),
                                                        QStringLiteral("Z800")});
        else if (key == QLatin1String("mixed"))
            benchmark = QStringLiteral("B6040");
        else if (key == QLatin1String("bond"))
            benchmark = QStringLiteral("CBA");
        else if (key == QLatin1String("index"))
            benchmark = name.contains(u("中证500"))   ? QStringLiteral("Z500")
                        : name.contains(u("中证800")) ? QStringLiteral("Z800")
                                                      : QStringLiteral("H300");
        else if (key == QLatin1String("qdii"))
            benchmark = QStringLiteral("SPX");
        exec(db,
             QStringLiteral(
                 "INSERT INTO fnd_fund(code, name, pinyin, category, company, inception_date, benchmark, "
                 "is_demo) VALUES (?,?,?,?,?,?,?,1)"),
             {code, name, reference::pinyinInitials(name), key, u(kCompanies[company]),
              inception.toString(Qt::ISODate), benchmark.isEmpty() ? QVariant() : QVariant(benchmark)});
        // Managers: one from inception, often replaced once, sometimes with a co-manager.
        const auto& pool = managersOf[company];
        const QString first = rng.pick(pool);
        const qint64 life = inception.daysTo(kFundDemoEnd);
        QVariant firstEnd;
        if (life > 400 && rng.unit() < 0.55) {
            const QDate change = inception.addDays(rng.uniform(365, life - 30));
            firstEnd = change.toString(Qt::ISODate);
            QString second = rng.pick(pool);
            if (second == first)
                second = pool[(static_cast<std::size_t>(std::find(pool.begin(), pool.end(), first) -
                                                        pool.begin()) +
                               1) %
                              pool.size()];
            exec(db,
                 QStringLiteral("INSERT INTO fnd_manager_tenure(fund_code, manager_id, start_date, end_date) "
                                "VALUES (?,?,?,NULL)"),
                 {code, second, change.toString(Qt::ISODate)});
        }
        exec(db,
             QStringLiteral("INSERT INTO fnd_manager_tenure(fund_code, manager_id, start_date, end_date) "
                            "VALUES (?,?,?,?)"),
             {code, first, inception.toString(Qt::ISODate), firstEnd});
        ++written;
    }
    return written;
}

int populateFundHistory(const QSqlDatabase& db, std::uint64_t seed)
{
    sqlite3* h = store::nativeHandle(db);
    if (!h)
        throw store::SqlError(QStringLiteral("the cache is not an SQLite database"));
    Random rng(seed ^ 0xF0F0ULL);
    const Market m = simulateMarket(db, rng);
    const std::size_t n = m.days.size();
    std::vector<std::string> dayText(n);
    for (std::size_t t = 0; t < n; ++t)
        dayText[t] = m.days[t].toString(Qt::ISODate).toStdString();
    int written = 0;

    // Index series: levels from 1000 (benchmark, style), returns (factor), annual rates (rate).
    exec(db, QStringLiteral(
                 "DELETE FROM idx_value WHERE index_code IN (SELECT code FROM idx_index WHERE is_demo = 1)"));
    exec(db, QStringLiteral("DELETE FROM idx_index WHERE is_demo = 1"));
    {
        store::NativeStatement value(
            h, "INSERT OR REPLACE INTO idx_value(index_code, trade_date, value) VALUES (?,?,?)");
        auto put = [&](const char* code, const char* name, const char* kind,
                       const std::vector<double>& series, bool level,
                       const std::vector<char>* open = nullptr) {
            exec(db, QStringLiteral("INSERT INTO idx_index(code, name, kind, is_demo) VALUES (?,?,?,1)"),
                 {QLatin1String(code), u(name), QLatin1String(kind)});
            double v = 1000.0;
            for (std::size_t t = 0; t < n; ++t) {
                if (open && !(*open)[t])
                    continue;
                if (level)
                    v *= 1.0 + series[t];
                value.bind(1, std::string_view(code));
                value.bind(2, dayText[t]);
                value.bind(3, level ? std::round(v * 1e4) / 1e4 : series[t]);
                value.run();
                ++written;
            }
        };
        const std::vector<const std::vector<double>*> seriesOf{&m.h300,  &m.z500, &m.z800, &m.bond,    &m.spx,
                                                               &m.b6040, &m.bond, &m.cash, &m.mkt,     &m.smb,
                                                               &m.hml,   &m.rmw,  &m.cma,  &m.rfAnnual};
        const auto& defs = indexDefs();
        for (std::size_t i = 0; i < defs.size(); ++i) {
            const std::string_view kind(defs[i].kind);
            put(defs[i].code, defs[i].name, defs[i].kind, *seriesOf[i],
                kind == "benchmark" || kind == "style",
                std::string_view(defs[i].code) == "SPX" ? &m.foreignOpen : nullptr);
        }
        for (std::size_t c = 0; c < 9; ++c) {
            const std::string name = std::string(kStyleNames[c]) + "（演示）";
            put(kStyleCodes[c], name.c_str(), "style", m.style[c], true);
        }
    }

    // The stock universe for holdings: demo securities with a price, so a market cap, and a
    // value–growth score; size rows by cumulative market cap (70% large, 20% mid, 10% small).
    std::vector<StockPick> stocks;
    {
        QSqlQuery q = exec(
            db, QStringLiteral("SELECT code, name, COALESCE(industry, ''), total_shares FROM stk_security "
                               "WHERE is_demo = 1 ORDER BY code"));
        while (q.next()) {
            const QString industry = q.value(2).toString();
            const double price = std::exp(std::log(4.0) + (std::log(180.0) - std::log(4.0)) * rng.unit());
            // Banks, utilities and real estate lean value; electronics, computers and pharma growth.
            // Scores are cross-sectional z-scores, as the style box reads them.
            double tilt = 0;
            if (industry == QLatin1String("801780") || industry == QLatin1String("801160") ||
                industry == QLatin1String("801180") || industry == QLatin1String("801040"))
                tilt = -0.75;
            else if (industry == QLatin1String("801080") || industry == QLatin1String("801750") ||
                     industry == QLatin1String("801150") || industry == QLatin1String("801730"))
                tilt = 0.75;
            stocks.push_back({q.value(0).toString(), q.value(1).toString(), industry,
                              q.value(3).toDouble() * price,
                              std::clamp(tilt + 0.9 * (2.0 * rng.unit() - 1.0), -1.5, 1.5)});
        }
    }
    // Cells by the style box's own rules (funds/Style.h), so holdings land where the box puts them.
    std::array<std::vector<std::size_t>, 9> stocksIn;
    {
        std::vector<funds::StockCap> caps;
        for (const auto& st : stocks)
            caps.push_back({st.code, st.marketCap});
        const auto universe = funds::SizeUniverse::build(caps);
        for (std::size_t i = 0; universe && i < stocks.size(); ++i) {
            const double position = universe->position(stocks[i].code).value_or(1.0);
            const funds::StyleCell cell{funds::sizeBandOfScore(funds::sizeScoreOfPosition(position)),
                                        funds::styleBandOfScore(stocks[i].valueScore)};
            stocksIn[static_cast<std::size_t>(cell.index())].push_back(i);
        }
    }

    store::NativeStatement nav(
        h, "INSERT INTO fnd_nav(fund_code, trade_date, unit_nav, acc_nav, adj_nav) VALUES (?,?,?,?,?)");
    store::NativeStatement aum(h, "INSERT INTO fnd_aum(fund_code, report_date, aum) VALUES (?,?,?)");
    store::NativeStatement holding(
        h, "INSERT OR REPLACE INTO fnd_holding(fund_code, report_date, kind, asset_class, security_code, "
           "security_name, "
           "industry, weight, market_cap, value_score, duration, rating) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");

    QSqlQuery funds =
        exec(db, QStringLiteral("SELECT code, category, inception_date, COALESCE(benchmark, '') "
                                "FROM fnd_fund WHERE is_demo = 1 ORDER BY code"));
    std::vector<double> adj(n), unit(n), acc(n);
    while (funds.next()) {
        FundPlan p;
        p.code = funds.value(0).toString();
        p.category = funds.value(1).toString();
        p.inception = QDate::fromString(funds.value(2).toString(), Qt::ISODate);
        p.benchmark = funds.value(3).toString();
        Random fr(seed ^ codeHash(p.code));
        const std::string code = p.code.toStdString();
        const std::size_t first = m.indexOf(p.inception);
        if (first + 2 >= n)
            continue;
        const bool equity = p.category == QLatin1String("equity");
        const bool mixed = p.category == QLatin1String("mixed");
        const bool bond = p.category == QLatin1String("bond");
        const bool index = p.category == QLatin1String("index");
        const bool qdii = p.category == QLatin1String("qdii");
        const bool money = p.category == QLatin1String("money");
        p.style = randomStyle(fr, static_cast<int>(fr.uniform(0, 8)));
        p.styleAfter = p.style;
        p.equityShare = equity  ? 0.88 + 0.07 * fr.unit()
                        : mixed ? 0.40 + 0.45 * fr.unit()
                        : bond  ? (fr.unit() < 0.4 ? 0.05 + 0.12 * fr.unit() : 0.0)
                                : 0.0;
        p.duration = bond ? 0.8 + 5.0 * fr.unit() : 2.5 + 2.0 * fr.unit();
        // Planted skill (docs/fund-data.md): market timing in about 4% of equity and mixed funds,
        // a style drift in the last months in about 5% of equity funds.
        if ((equity || mixed) && fr.unit() < 0.04)
            p.timingGamma = 1.0 + 1.5 * fr.unit();
        if (equity && fr.unit() < 0.05 && n - first > 400) {
            p.driftAt = n - 1 - static_cast<std::size_t>(fr.uniform(40, 100));
            const int oldPrimary =
                static_cast<int>(std::max_element(p.style.begin(), p.style.end()) - p.style.begin());
            p.styleAfter = randomStyle(fr, 8 - oldPrimary); // the opposite corner of the box
        }
        const double alpha = (fr.unit() - 0.45) * 0.05 / 252.0;
        const double idioVol = equity  ? 0.03 + 0.06 * fr.unit()
                               : mixed ? 0.03 + 0.05 * fr.unit()
                               : bond  ? 0.004 + 0.01 * fr.unit()
                               : index ? 0.008 + 0.012 * fr.unit()
                               : qdii  ? 0.02 + 0.03 * fr.unit()
                                       : 0.0003;
        Garch idio(idioVol / std::sqrt(252.0));
        const std::vector<double>& tracked = p.benchmark == QLatin1String("Z500")   ? m.z500
                                             : p.benchmark == QLatin1String("Z800") ? m.z800
                                                                                    : m.h300;
        // Daily returns → adjusted NAV; unit NAV falls by each distribution, acc adds them back.
        double adjNav = 1.0, unitNav = 1.0, distributed = 0.0, factor = 1.0;
        const bool distributes = !money && !index && fr.unit() < 0.4;
        int lastDistributionYear = p.inception.year();
        std::size_t rows = 0;
        for (std::size_t t = first; t < n; ++t) {
            if (qdii && !m.foreignOpen[t])
                continue; // no NAV on the foreign market's holidays
            if (t > first) {
                const std::array<double, 9>& w = (p.driftAt && t >= p.driftAt) ? p.styleAfter : p.style;
                double styleReturn = 0;
                for (std::size_t c = 0; c < 9; ++c)
                    styleReturn += w[c] * m.style[c][t];
                double r;
                if (money)
                    r = m.rf[t] + 0.004 / 252.0 + std::abs(idio.next(normal(fr)));
                else if (index)
                    r = 0.97 * tracked[t] + 0.03 * m.rf[t] - 0.006 / 252.0 + idio.next(fatTail(fr));
                else if (qdii)
                    r = m.rf[t] + 0.9 * (m.spx[t] - m.rf[t]) - 0.012 / 252.0 + idio.next(fatTail(fr));
                else {
                    const double equityPart = p.equityShare * (styleReturn - m.rf[t]);
                    const double bondPart = (1.0 - p.equityShare) * (m.bond[t] - m.rf[t]) * p.duration / 3.5;
                    // Treynor–Mazuy: exposure rises with the market's move; the mean of γ·m² is
                    // taken out of alpha so skill shows as convexity, not as a better average.
                    const double timing = p.timingGamma * (m.mkt[t] * m.mkt[t] - 0.014 * 0.014);
                    r = m.rf[t] + alpha + equityPart + bondPart + timing + idio.next(fatTail(fr));
                }
                r = std::max(r, -0.2);
                adjNav *= 1.0 + r;
                unitNav = adjNav / factor;
                // A December distribution of part of the gain above par.
                if (distributes && m.days[t].month() == 12 && m.days[t].day() >= 15 &&
                    m.days[t].year() != lastDistributionYear && unitNav > 1.08) {
                    lastDistributionYear = m.days[t].year();
                    const double d = round4((unitNav - 1.0) * (0.3 + 0.4 * fr.unit()));
                    distributed += d;
                    factor *= unitNav / (unitNav - d);
                    unitNav -= d;
                }
            }
            const double unitOut = money ? 1.0 : round4(unitNav);
            nav.bind(1, code);
            nav.bind(2, dayText[t]);
            nav.bind(3, unitOut);
            nav.bind(4, money ? 1.0 : round4(unitNav + distributed));
            nav.bind(5, std::round(adjNav * 1e6) / 1e6);
            nav.run();
            ++rows;
        }
        written += static_cast<int>(rows);

        // AUM at quarter ends: a lognormal size that follows returns and flows.
        double size = std::exp(std::log(money ? 8e9 : 1.2e9) + 1.1 * normal(fr));
        QDate q(p.inception.year(), ((p.inception.month() - 1) / 3 + 1) * 3, 1);
        q = QDate(q.year(), q.month(), q.daysInMonth());
        std::vector<QDate> reports;
        for (; q <= kFundDemoEnd; q = q.addMonths(3), q = QDate(q.year(), q.month(), q.daysInMonth())) {
            size *= std::exp(0.02 + 0.18 * normal(fr));
            aum.bind(1, code);
            aum.bind(2, q.toString(Qt::ISODate).toStdString());
            aum.bind(3, std::round(size));
            aum.run();
            ++written;
            reports.push_back(q);
        }

        // Holdings of the last two years: the top ten each quarter, everything at half-years.
        for (const QDate& r : reports) {
            if (r < kFundDemoEnd.addYears(-2) || r < p.inception.addDays(90) || money)
                continue;
            const bool full = r.month() == 6 || r.month() == 12;
            const std::string date = r.toString(Qt::ISODate).toStdString();
            const std::size_t rt = std::min(m.indexOf(r), n - 1);
            const std::array<double, 9>& w = (p.driftAt && rt >= p.driftAt) ? p.styleAfter : p.style;
            const double stockShare = index ? 0.95 : qdii ? 0.0 : p.equityShare;
            if (stockShare > 0) {
                const int count = full ? static_cast<int>(fr.uniform(30, 60)) : 10;
                std::vector<std::pair<std::size_t, double>> picks;
                QSet<std::size_t> used;
                for (int k = 0; k < count; ++k) {
                    // A cell by the fund's style weights, then a stock of that cell.
                    double x = fr.unit();
                    std::size_t cell = 0;
                    while (cell < 8 && x >= w[cell]) {
                        x -= w[cell];
                        ++cell;
                    }
                    if (stocksIn[cell].empty())
                        continue;
                    const std::size_t s = fr.pick(stocksIn[cell]);
                    if (used.contains(s))
                        continue;
                    used.insert(s);
                    picks.emplace_back(s, -std::log(1.0 - fr.unit()) * (k < 10 ? 3.0 : 1.0));
                }
                double total = 0;
                for (const auto& pk : picks)
                    total += pk.second;
                const double scale = (full ? stockShare : stockShare * (0.45 + 0.2 * fr.unit())) / total;
                for (const auto& [s, weight] : picks) {
                    const StockPick& st = stocks[s];
                    holding.bind(1, code);
                    holding.bind(2, date);
                    holding.bind(3, std::string_view(full ? "full" : "top10"));
                    holding.bind(4, std::string_view("stock"));
                    holding.bind(5, st.code.toStdString());
                    holding.bind(6, st.name.toStdString());
                    holding.bind(7, st.industry.toStdString());
                    holding.bind(8, std::round(weight * scale * 1e6) / 1e6);
                    holding.bind(9, std::round(st.marketCap));
                    holding.bind(10, std::round(st.valueScore * 1e4) / 1e4);
                    holding.bindNull(11);
                    holding.bindNull(12);
                    holding.run();
                    ++written;
                }
            }
            if ((bond || mixed) && full) {
                const double bondShare =
                    bond ? (1.0 - p.equityShare) * (1.05 + 0.15 * fr.unit()) : 1.0 - p.equityShare - 0.05;
                const int count = static_cast<int>(fr.uniform(8, 20));
                std::vector<double> weights(static_cast<std::size_t>(count));
                double total = 0;
                for (double& x : weights)
                    total += (x = -std::log(1.0 - fr.unit()));
                for (int k = 0; k < count; ++k) {
                    const double roll = fr.unit();
                    const char* rating = roll < 0.55 ? "AAA" : roll < 0.85 ? "AA+" : "AA";
                    const bool government = roll < 0.3;
                    const int year = 19 + static_cast<int>(fr.uniform(0, 6));
                    const QString bondCode =
                        QStringLiteral("%1%2%3")
                            .arg(government ? QStringLiteral("019") : QStringLiteral("1"))
                            .arg(year)
                            .arg(fr.uniform(100, 9999), 4, 10, QLatin1Char('0'));
                    const QString bondName =
                        government ? QStringLiteral("%1国债%2").arg(year).arg(k + 1, 2, 10, QLatin1Char('0'))
                                   : QStringLiteral("%1%2MTN%3")
                                         .arg(year)
                                         .arg(u(kCompanies[static_cast<std::size_t>(k) % kCompanies.size()]))
                                         .arg(k + 1, 3, 10, QLatin1Char('0'));
                    holding.bind(1, code);
                    holding.bind(2, date);
                    holding.bind(3, std::string_view("full"));
                    holding.bind(4, std::string_view("bond"));
                    holding.bind(5, bondCode.toStdString());
                    holding.bind(6, bondName.toStdString());
                    holding.bindNull(7);
                    holding.bind(
                        8, std::round(bondShare * weights[static_cast<std::size_t>(k)] / total * 1e6) / 1e6);
                    holding.bindNull(9);
                    holding.bindNull(10);
                    holding.bind(11,
                                 std::round(std::max(0.1, p.duration * (0.4 + 1.2 * fr.unit())) * 100) / 100);
                    holding.bind(12, std::string_view(government ? "AAA" : rating));
                    holding.run();
                    ++written;
                }
            }
        }
    }
    return written;
}

} // namespace ws::demo
