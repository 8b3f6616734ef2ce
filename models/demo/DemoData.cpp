#include "demo/DemoData.h"

#include "demo/FundDemo.h"

#include "reference/Pinyin.h"
#include "store/Sql.h"

#include <QDate>
#include <QDateTime>
#include <QSet>

#include <array>
#include <cmath>

namespace ws::demo {

using store::exec;

std::uint64_t Random::next()
{
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::int64_t Random::uniform(std::int64_t lo, std::int64_t hi)
{
    const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
    return lo + static_cast<std::int64_t>(next() % span);
}

double Random::unit()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

namespace {

std::vector<Contributor>& registry()
{
    static std::vector<Contributor> all{
        {QStringLiteral("securities"), populateSecurities},
        {QStringLiteral("calendar"), populateCalendar},
        {QStringLiteral("funds"), populateFunds},
        {QStringLiteral("fund history"), populateFundHistory},
        {QStringLiteral("clients"), populateClients},
    };
    return all;
}

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// Board -> code prefixes, share of the universe and the first listing date of the board.
struct Board
{
    const char* exchange;
    const char* board;
    const char* prefix;
    int count;
    QDate firstListing;
};

} // namespace

void registerContributor(Contributor c)
{
    registry().push_back(std::move(c));
}
const std::vector<Contributor>& contributors()
{
    return registry();
}

int populateSecurities(const QSqlDatabase& db, std::uint64_t seed)
{
    Random rng(seed ^ 0x5EC5ULL);
    const std::array<Board, 11> boards{{
        {"SZSE", "main", "000", 70, QDate(1991, 1, 29)},
        {"SZSE", "main", "001", 20, QDate(2021, 2, 8)},
        {"SZSE", "sme", "002", 95, QDate(2004, 6, 25)},
        {"SZSE", "sme", "003", 15, QDate(2021, 1, 15)},
        {"SZSE", "chinext", "300", 85, QDate(2009, 10, 30)},
        {"SZSE", "chinext", "301", 20, QDate(2021, 3, 1)},
        {"SSE", "main", "600", 85, QDate(1990, 12, 19)},
        {"SSE", "main", "601", 35, QDate(2000, 7, 1)},
        {"SSE", "main", "603", 25, QDate(2011, 1, 10)},
        {"SSE", "main", "605", 10, QDate(2020, 1, 6)},
        {"SSE", "star", "688", 40, QDate(2019, 7, 22)},
    }};
    // Shenwan level-1 code -> name endings typical of that industry.
    const std::vector<std::pair<const char*, std::vector<const char*>>> industries{
        {"801010", {"农业", "牧业", "种业", "渔业"}},
        {"801020", {"矿业", "煤业", "能源"}},
        {"801030", {"化工", "化学", "新材"}},
        {"801040", {"钢铁", "特钢"}},
        {"801050", {"有色", "铝业", "铜业", "稀土"}},
        {"801080", {"电子", "光电", "微电", "精密"}},
        {"801110", {"电器", "家电"}},
        {"801120", {"食品", "酒业", "乳业", "饮品"}},
        {"801130", {"纺织", "服饰"}},
        {"801140", {"纸业", "家居", "包装"}},
        {"801150", {"医药", "药业", "生物", "制药"}},
        {"801160", {"电力", "水务", "燃气", "环保"}},
        {"801170", {"物流", "航运", "港口", "高速"}},
        {"801180", {"地产", "置业", "发展"}},
        {"801200", {"商贸", "百货", "商业"}},
        {"801210", {"旅游", "酒店"}},
        {"801230", {"实业", "控股"}},
        {"801710", {"建材", "水泥", "玻璃"}},
        {"801720", {"建设", "建工", "装饰"}},
        {"801730", {"电气", "电源", "储能"}},
        {"801740", {"航天", "防务", "军工"}},
        {"801750", {"科技", "软件", "信息", "数据"}},
        {"801760", {"传媒", "文化", "影视"}},
        {"801770", {"通信", "网络"}},
        {"801780", {"银行"}},
        {"801790", {"证券", "保险", "信托"}},
        {"801880", {"汽车", "汽配"}},
        {"801890", {"机械", "重工", "装备", "智能"}},
    };
    const std::vector<const char*> heads{
        "华兴", "东方", "海天", "天成", "金山", "国泰", "新安", "恒达", "兴业", "长江", "宏远", "永泰",
        "通宝", "大成", "光明", "北辰", "南洋", "西部", "安信", "富春", "德胜", "瑞丰", "博达", "康泰",
        "中环", "华鼎", "远东", "青山", "江南", "华阳", "龙源", "金桥", "申达", "浙东", "粤海", "川投",
        "鲁信", "湘江", "闽发", "皖通", "苏宁", "京能", "津滨", "沪东", "黄河", "泰山", "昆仑", "天山",
        "华夏", "神州", "汇川", "鼎盛", "鸿达", "明星", "银河", "星辰", "晨光", "朝阳", "东华", "中科",
    };
    exec(db, QStringLiteral("DELETE FROM stk_security WHERE is_demo = 1"));
    QSet<QString> names;
    QSet<QString> codes;
    int written = 0;
    const QDate lastListing(2025, 12, 31);
    for (const Board& b : boards) {
        for (int i = 0; i < b.count; ++i) {
            QString code;
            do {
                code = QLatin1String(b.prefix) +
                       QStringLiteral("%1").arg(rng.uniform(1, 999), 3, 10, QLatin1Char('0'));
            } while (codes.contains(code));
            codes.insert(code);
            const auto& industry = rng.pick(industries);
            QString name;
            do {
                name = u(rng.pick(heads)) + u(rng.pick(industry.second));
            } while (names.contains(name));
            names.insert(name);
            const qint64 span = b.firstListing.daysTo(lastListing);
            QDate listed = b.firstListing.addDays(rng.uniform(0, span));
            while (listed.dayOfWeek() > 5)
                listed = listed.addDays(1);
            // Log-uniform share count: 80 million to 30 billion, banks larger.
            const double lo = std::log(8e7),
                         hi = std::log(std::string_view(industry.first) == "801780" ? 2e11 : 3e10);
            const auto total = static_cast<qint64>(std::exp(lo + (hi - lo) * rng.unit()) / 1e4) * 10000;
            const auto floating =
                static_cast<qint64>(static_cast<double>(total) * (0.25 + 0.75 * rng.unit()) / 1e4) * 10000;
            exec(db,
                 QStringLiteral(
                     "INSERT INTO stk_security(code, exchange, name, pinyin, board, industry, list_date, "
                     "total_shares, float_shares, is_demo) VALUES (?,?,?,?,?,?,?,?,?,1)"),
                 {code, QLatin1String(b.exchange), name, reference::pinyinInitials(name),
                  QLatin1String(b.board), QLatin1String(industry.first), listed.toString(Qt::ISODate), total,
                  floating});
            ++written;
        }
    }
    return written;
}

int populateCalendar(const QSqlDatabase& db, std::uint64_t)
{
    // Weekends, New Year's Day, the Spring Festival week (eve to day 6), Qingming (5 Apr), Labour Day
    // (1-3 May) and the National Day week (1-7 Oct) are closed. Dragon Boat and Mid-Autumn are not
    // modelled: this is a demo calendar, flagged is_demo, to be replaced by the exchanges' own.
    const std::array<QDate, 13> springFestival{{
        {2015, 2, 19},
        {2016, 2, 8},
        {2017, 1, 28},
        {2018, 2, 16},
        {2019, 2, 5},
        {2020, 1, 25},
        {2021, 2, 12},
        {2022, 2, 1},
        {2023, 1, 22},
        {2024, 2, 10},
        {2025, 1, 29},
        {2026, 2, 17},
        {2027, 2, 6},
    }};
    auto closed = [&](const QDate& d) {
        if (d.dayOfWeek() > 5)
            return true;
        const int m = d.month(), day = d.day();
        if ((m == 1 && day == 1) || (m == 4 && day == 5) || (m == 5 && day <= 3) || (m == 10 && day <= 7))
            return true;
        for (const QDate& sf : springFestival)
            if (d >= sf.addDays(-1) && d <= sf.addDays(5))
                return true;
        return false;
    };
    exec(db, QStringLiteral("DELETE FROM stk_calendar WHERE is_demo = 1"));
    int written = 0;
    for (QDate d(2015, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1)) {
        const bool open = !closed(d);
        for (const char* exchange : {"SZSE", "SSE"}) {
            exec(db,
                 QStringLiteral(
                     "INSERT INTO stk_calendar(exchange, trade_date, is_open, is_demo) VALUES (?,?,?,1)"),
                 {QLatin1String(exchange), d.toString(Qt::ISODate), open ? 1 : 0});
            ++written;
        }
    }
    return written;
}

int populateClients(const QSqlDatabase& db, std::uint64_t seed)
{
    Random rng(seed ^ 0xC11EULL);
    const std::vector<const char*> surnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                            "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    const std::vector<const char*> given{"伟", "芳",   "娜",   "敏",   "静",   "丽",   "强",   "磊",
                                         "军", "洋",   "勇",   "艳",   "杰",   "娟",   "涛",   "明",
                                         "超", "秀英", "霞",   "平",   "刚",   "桂英", "建华", "文",
                                         "华", "红",   "玉兰", "志强", "海燕", "晓东"};
    const std::vector<const char*> branches{"上海浦东新区营业部", "上海徐汇营业部",   "北京金融街营业部",
                                            "深圳福田营业部",     "广州天河营业部",   "杭州西湖营业部",
                                            "成都高新营业部",     "南京新街口营业部", "武汉江汉营业部"};
    const std::vector<const char*> advisors{"周立", "钱敏", "孙浩", "李娜", "吴刚", "郑欣", "王磊", "冯佳"};
    const std::array<const char*, 5> risk{"C1", "C2", "C3", "C4", "C5"};
    exec(db, QStringLiteral("DELETE FROM cli_client WHERE is_demo = 1"));
    int written = 0;
    for (int i = 0; i < 300; ++i) {
        const QString name =
            u(rng.pick(surnames)) + u(rng.pick(given)) + (rng.unit() < 0.4 ? u(rng.pick(given)) : QString());
        const QString id = QStringLiteral("%1").arg(
            310000000 + i * 113 + static_cast<int>(rng.uniform(0, 100)), 10, 10, QLatin1Char('0'));
        // Risk tolerance skews to the middle, as retail books do.
        const double r = rng.unit();
        const char* level = risk[r < 0.1 ? 0 : r < 0.35 ? 1 : r < 0.75 ? 2 : r < 0.93 ? 3 : 4];
        exec(db,
             QStringLiteral(
                 "INSERT INTO cli_client(client_id, name, pinyin, branch, risk_level, advisor, is_demo) "
                 "VALUES (?,?,?,?,?,?,1)"),
             {id, name, reference::pinyinInitials(name), u(rng.pick(branches)), QLatin1String(level),
              u(rng.pick(advisors))});
        ++written;
    }
    return written;
}

Summary populateAll(const QSqlDatabase& db, std::uint64_t seed)
{
    Summary s;
    for (const Contributor& c : contributors()) {
        const int n = c.populate(db, seed);
        s.lines << QStringLiteral("%1: %2").arg(c.name).arg(n);
        s.rows += n;
    }
    store::putSetting(db, QStringLiteral("demo.seed"), QString::number(seed));
    store::putSetting(db, QStringLiteral("demo.generated_utc"),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return s;
}

bool hasDemoData(const QSqlDatabase& db)
{
    return store::getSetting(db, QStringLiteral("demo.seed")).isValid();
}

} // namespace ws::demo
