#include "funds/FundStore.h"

#include "reference/Pinyin.h"
#include "store/NativeSqlite.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <string_view>

namespace ws::funds {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::funds", text); // lupdate files free-function tr() here
}

// "yyyy-MM-dd" as stored by this cache, without QDate::fromString's format parsing.
QDate isoDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return {};
    auto digits = [&](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            if (s[static_cast<std::size_t>(i)] < '0' || s[static_cast<std::size_t>(i)] > '9')
                return -1;
            v = v * 10 + (s[static_cast<std::size_t>(i)] - '0');
        }
        return v;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

// Dated values of one key; `positiveOnly` skips values a NAV or level cannot have.
std::optional<NavSeries> loadSeries(const QSqlDatabase& db, const char* sql, const QString& code,
                                    bool positiveOnly, QString* error)
{
    sqlite3* h = store::nativeHandle(db);
    if (!h) {
        if (error)
            *error = tr("the cache is not an SQLite database");
        return std::nullopt;
    }
    store::NativeStatement st(h, sql);
    st.bind(1, code.toStdString());
    NavSeries s;
    s.source = code;
    while (st.step()) {
        const QDate d = isoDate(st.text(0));
        const double v = st.real(1);
        // The tables' CHECKs keep bad values out; a hand-edited cache is skipped, not trusted.
        if (!d.isValid() || !std::isfinite(v) || (positiveOnly && !(v > 0)))
            continue;
        s.dates.push_back(d);
        s.navs.push_back(v);
    }
    if (s.size() < 2) {
        if (error)
            *error = tr("%1: fewer than two values in the cache").arg(code);
        return std::nullopt;
    }
    return s;
}

FundInfo fundFrom(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), QDate::fromString(q.value(5).toString(), Qt::ISODate)};
}

const char* kFundColumns = "SELECT code, name, category, company, COALESCE(benchmark, ''), inception_date "
                           "FROM fnd_fund";

// A CSV file read as header → rows, for the importers. Lines are 1-based as in an editor.
struct CsvTable
{
    QStringList header;                            // lower-cased
    std::vector<std::pair<int, QStringList>> rows; // line number, fields
};

std::optional<CsvTable> readCsv(const QString& path, ImportReport& report)
{
    report.file = path;
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        report.fatal = tr("%1: cannot read: %2")
                           .arg(path, QFileInfo::exists(path) ? file.errorString() : tr("no such file"));
        return std::nullopt;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    CsvTable t;
    QStringList fields;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const int lineNo = static_cast<int>(i) + 1;
        if (!splitCsvLine(line, &fields)) {
            report.rejected << tr("%1:%2: unterminated quote").arg(path).arg(lineNo);
            continue;
        }
        if (t.header.isEmpty()) {
            for (const QString& f : fields)
                t.header << f.trimmed().toLower();
            continue;
        }
        if (fields.size() != t.header.size()) {
            report.rejected << tr("%1:%2: %3 fields, the header has %4")
                                   .arg(path)
                                   .arg(lineNo)
                                   .arg(fields.size())
                                   .arg(t.header.size());
            continue;
        }
        t.rows.emplace_back(lineNo, fields);
    }
    if (t.header.isEmpty()) {
        report.fatal = tr("%1: empty file").arg(path);
        return std::nullopt;
    }
    return t;
}

// Column positions for `required` and `optional` names; a missing required or unknown column is
// fatal (every row would be misread).
std::optional<QHash<QString, int>> mapColumns(const CsvTable& t, const QStringList& required,
                                              const QStringList& optional, ImportReport& report)
{
    QHash<QString, int> at;
    for (int c = 0; c < t.header.size(); ++c) {
        const QString& name = t.header[c];
        if (!required.contains(name) && !optional.contains(name)) {
            report.fatal = tr("%1:1: unknown column '%2' (expected %3)")
                               .arg(report.file, name, (required + optional).join(QLatin1Char(',')));
            return std::nullopt;
        }
        if (at.contains(name)) {
            report.fatal = tr("%1:1: column '%2' appears twice").arg(report.file, name);
            return std::nullopt;
        }
        at.insert(name, c);
    }
    for (const QString& name : required)
        if (!at.contains(name)) {
            report.fatal = tr("%1:1: no '%2' column (expected %3)")
                               .arg(report.file, name, (required + optional).join(QLatin1Char(',')));
            return std::nullopt;
        }
    return at;
}

std::optional<double> positive(const QString& text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v <= 0)
        return std::nullopt;
    return v;
}

// Runs a prepared statement with positional values; a failure throws (the writer job rolls back).
void run(QSqlQuery& q, std::initializer_list<QVariant> values)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw store::SqlError(q.lastError().text());
}

// Whether `exists` (a prepared SELECT 1 … WHERE key) finds the key.
bool present(QSqlQuery& exists, std::initializer_list<QVariant> key)
{
    run(exists, key);
    const bool found = exists.next();
    exists.finish();
    return found;
}

// The codes of every fund in the cache (imports may only attach data to known funds).
QSet<QString> fundCodes(const QSqlDatabase& db)
{
    QSet<QString> funds;
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT code FROM fnd_fund"));
    while (q.next())
        funds.insert(q.value(0).toString());
    return funds;
}

// The trimmed text of column `name`, or an empty string when the file has no such column.
QString field(const QStringList& fields, const QHash<QString, int>& at, const char* name)
{
    const auto it = at.constFind(QLatin1String(name));
    return it == at.constEnd() ? QString() : fields[*it].trimmed();
}

// An optional number: empty text is "absent" (NULL); anything else must be a finite number.
std::optional<QVariant> optionalNumber(const QString& text)
{
    if (text.isEmpty())
        return QVariant();
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return QVariant(v);
}

} // namespace

QString categoryName(const QString& key)
{
    static const std::map<QString, const char*> names{
        {QStringLiteral("equity"), QT_TRANSLATE_NOOP("ws::funds::Category", "Equity")},
        {QStringLiteral("mixed"), QT_TRANSLATE_NOOP("ws::funds::Category", "Mixed")},
        {QStringLiteral("bond"), QT_TRANSLATE_NOOP("ws::funds::Category", "Bond")},
        {QStringLiteral("index"), QT_TRANSLATE_NOOP("ws::funds::Category", "Index")},
        {QStringLiteral("qdii"), QT_TRANSLATE_NOOP("ws::funds::Category", "QDII")},
        {QStringLiteral("money"), QT_TRANSLATE_NOOP("ws::funds::Category", "Money market")},
    };
    const auto it = names.find(key);
    return it == names.end() ? key : QCoreApplication::translate("ws::funds::Category", it->second);
}

const NavSeries* Universe::benchmarkOf(std::size_t fund) const
{
    const qsizetype i = benchmarkCodes.indexOf(funds[fund].benchmark);
    return funds[fund].benchmark.isEmpty() || i < 0 ? nullptr : &benchmarks[static_cast<std::size_t>(i)];
}

std::vector<FundInfo> listFunds(const QSqlDatabase& db)
{
    QSqlQuery q = store::exec(db, QLatin1String(kFundColumns) + QStringLiteral(" ORDER BY code"));
    std::vector<FundInfo> out;
    while (q.next())
        out.push_back(fundFrom(q));
    return out;
}

std::optional<FundInfo> findFund(const QSqlDatabase& db, const QString& code)
{
    QSqlQuery q = store::exec(db, QLatin1String(kFundColumns) + QStringLiteral(" WHERE code = ?"), {code});
    if (!q.next())
        return std::nullopt;
    return fundFrom(q);
}

std::optional<NavSeries> loadFundNav(const QSqlDatabase& db, const QString& code, QString* error)
{
    return loadSeries(db, "SELECT trade_date, adj_nav FROM fnd_nav WHERE fund_code = ? ORDER BY trade_date",
                      code, true, error);
}

std::optional<NavSeries> loadIndexSeries(const QSqlDatabase& db, const QString& code, QString* error)
{
    // Factor returns and rates may be zero or negative: read as they are.
    return loadSeries(db, "SELECT trade_date, value FROM idx_value WHERE index_code = ? ORDER BY trade_date",
                      code, false, error);
}

QStringList indexCodes(const QSqlDatabase& db, const QString& kind)
{
    QSqlQuery q =
        store::exec(db, QStringLiteral("SELECT code FROM idx_index WHERE kind = ? ORDER BY code"), {kind});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

FactorTable loadFactorTable(const QSqlDatabase& db, const QStringList& factors, const QString& rateIndex,
                            int periodsPerYear)
{
    FactorTable table;
    std::vector<NavSeries> series;
    for (const QString& code : factors)
        if (auto s = loadIndexSeries(db, code)) {
            table.names << code;
            series.push_back(std::move(*s));
        }
    if (series.empty())
        return table;
    std::optional<NavSeries> rate;
    if (!rateIndex.isEmpty())
        rate = loadIndexSeries(db, rateIndex);
    // Dates every factor has (and the rate, carried forward: rates are published less often).
    std::vector<std::size_t> at(series.size(), 0);
    table.columns.assign(series.size(), {});
    std::size_t r = 0;
    for (std::size_t i = 0; i < series[0].size(); ++i) {
        const QDate d = series[0].dates[i];
        bool all = true;
        for (std::size_t f = 1; f < series.size() && all; ++f) {
            auto& k = at[f];
            while (k < series[f].size() && series[f].dates[k] < d)
                ++k;
            all = k < series[f].size() && series[f].dates[k] == d;
        }
        if (!all)
            continue;
        table.dates.push_back(d);
        table.columns[0].push_back(series[0].navs[i]);
        for (std::size_t f = 1; f < series.size(); ++f)
            table.columns[f].push_back(series[f].navs[at[f]]);
        if (rate) {
            while (r + 1 < rate->size() && rate->dates[r + 1] <= d)
                ++r;
            const double annual = rate->dates[r] <= d ? rate->navs[r] : rate->navs.front();
            table.riskFree.push_back(std::pow(1.0 + annual, 1.0 / periodsPerYear) - 1.0);
        }
    }
    return table;
}

std::optional<double> averageRate(const QSqlDatabase& db, const QString& rateIndex, QDate from, QDate to)
{
    const QVariant v = store::scalar(
        db,
        QStringLiteral(
            "SELECT AVG(value) FROM idx_value WHERE index_code = ? AND trade_date BETWEEN ? AND ?"),
        {rateIndex, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.toDouble();
}

Universe loadUniverse(const QSqlDatabase& db, const std::function<void(double)>& progress,
                      const std::atomic<bool>* cancelled)
{
    Universe u;
    u.funds = listFunds(db);
    u.navs.resize(u.funds.size());
    sqlite3* h = store::nativeHandle(db);
    if (!h || u.funds.empty())
        return u;
    std::map<QString, std::size_t> position;
    for (std::size_t i = 0; i < u.funds.size(); ++i) {
        position.emplace(u.funds[i].code, i);
        u.navs[i].source = u.funds[i].code;
    }
    // One scan in key order: the table is clustered on (fund_code, trade_date).
    store::NativeStatement st(
        h, "SELECT fund_code, trade_date, adj_nav FROM fnd_nav ORDER BY fund_code, trade_date");
    std::string lastCode;
    bool started = false;
    NavSeries* current = nullptr; // null while the rows belong to a code missing from fnd_fund
    std::size_t seen = 0;
    while (st.step()) {
        const std::string_view code = st.text(0);
        if (!started || code != lastCode) {
            started = true;
            lastCode = code;
            const auto it = position.find(QString::fromStdString(lastCode));
            current = it == position.end() ? nullptr : &u.navs[it->second];
            if (progress && (++seen % 64) == 0)
                progress(static_cast<double>(seen) / static_cast<double>(u.funds.size()));
            if (cancelled && cancelled->load(std::memory_order_relaxed))
                return u;
        }
        if (!current)
            continue;
        const QDate d = isoDate(st.text(1));
        const double v = st.real(2);
        if (d.isValid() && v > 0 && std::isfinite(v)) {
            current->dates.push_back(d);
            current->navs.push_back(v);
        }
    }
    for (NavSeries& s : u.navs)
        if (s.size() < 2) {
            s.dates.clear();
            s.navs.clear();
        }
    for (const FundInfo& f : u.funds)
        if (!f.benchmark.isEmpty() && !u.benchmarkCodes.contains(f.benchmark))
            if (auto s = loadIndexSeries(db, f.benchmark)) {
                u.benchmarkCodes << f.benchmark;
                u.benchmarks.push_back(std::move(*s));
            }
    if (progress)
        progress(1.0);
    return u;
}

std::vector<double> adjustedNavs(std::span<const double> unit, std::span<const double> acc)
{
    std::vector<double> adj(unit.size());
    if (unit.empty())
        return adj;
    double factor = 1.0;
    adj[0] = unit[0];
    for (std::size_t t = 1; t < unit.size(); ++t) {
        const double distributed = (acc[t] - unit[t]) - (acc[t - 1] - unit[t - 1]);
        // Rounding of 4-decimal NAVs leaves ±0.0001 noise in acc − unit: not a distribution.
        if (distributed > 1.5e-4)
            factor *= 1.0 + distributed / unit[t];
        adj[t] = unit[t] * factor;
    }
    return adj;
}

ImportReport importFundsCsv(const QSqlDatabase& db, const QString& path)
{
    ImportReport report;
    const auto table = readCsv(path, report);
    if (!table)
        return report;
    const auto at = mapColumns(*table,
                               {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("category"),
                                QStringLiteral("company"), QStringLiteral("inception_date")},
                               {QStringLiteral("benchmark")}, report);
    if (!at)
        return report;
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM fnd_fund WHERE code = ?"));
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO fnd_fund(code, name, pinyin, category, company, inception_date, benchmark, is_demo) "
        "VALUES (?,?,?,?,?,?,?,0) ON CONFLICT(code) DO UPDATE SET name = excluded.name, pinyin = "
        "excluded.pinyin, "
        "category = excluded.category, company = excluded.company, inception_date = excluded.inception_date, "
        "benchmark = excluded.benchmark, is_demo = 0"));
    QSet<QString> seen;
    for (const auto& [line, f] : table->rows) {
        auto reject = [&, l = line](const QString& why) {
            report.rejected << QStringLiteral("%1:%2: %3").arg(path).arg(l).arg(why);
        };
        const QString code = f[at->value(QStringLiteral("code"))].trimmed();
        const QString name = f[at->value(QStringLiteral("name"))].trimmed();
        const QString category = f[at->value(QStringLiteral("category"))].trimmed().toLower();
        const QDate inception = parseCsvDate(f[at->value(QStringLiteral("inception_date"))]);
        if (code.isEmpty() || name.isEmpty() || category.isEmpty()) {
            reject(tr("code, name and category must not be empty"));
            continue;
        }
        if (!inception.isValid()) {
            reject(tr("cannot read the inception date '%1'")
                       .arg(f[at->value(QStringLiteral("inception_date"))]));
            continue;
        }
        if (seen.contains(code)) {
            reject(tr("fund %1 appears twice in the file").arg(code));
            continue;
        }
        seen.insert(code);
        const bool had = present(exists, {code});
        const QString benchmark = at->contains(QStringLiteral("benchmark"))
                                      ? f[at->value(QStringLiteral("benchmark"))].trimmed()
                                      : QString();
        run(upsert, {code, name, reference::pinyinInitials(name), category,
                     f[at->value(QStringLiteral("company"))].trimmed(), inception.toString(Qt::ISODate),
                     benchmark.isEmpty() ? QVariant() : QVariant(benchmark)});
        ++report.accepted;
        report.replaced += had ? 1 : 0;
    }
    return report;
}

ImportReport importNavCsv(const QSqlDatabase& db, const QString& path)
{
    ImportReport report;
    const auto table = readCsv(path, report);
    if (!table)
        return report;
    const auto at = mapColumns(*table,
                               {QStringLiteral("fund_code"), QStringLiteral("date"),
                                QStringLiteral("unit_nav"), QStringLiteral("acc_nav")},
                               {QStringLiteral("adj_nav")}, report);
    if (!at)
        return report;
    const bool hasAdj = at->contains(QStringLiteral("adj_nav"));
    const QSet<QString> funds = fundCodes(db);
    struct Row
    {
        int line;
        QDate date;
        double unit, acc, adj;
    };
    std::map<QString, std::vector<Row>> byFund;
    for (const auto& [line, f] : table->rows) {
        auto reject = [&, l = line](const QString& why) {
            report.rejected << QStringLiteral("%1:%2: %3").arg(path).arg(l).arg(why);
        };
        const QString code = f[at->value(QStringLiteral("fund_code"))].trimmed();
        if (!funds.contains(code)) {
            reject(tr("unknown fund '%1' (import the fund master first)").arg(code));
            continue;
        }
        const QDate date = parseCsvDate(f[at->value(QStringLiteral("date"))]);
        if (!date.isValid()) {
            reject(tr("cannot read the date '%1' (expected yyyy-MM-dd or yyyyMMdd)")
                       .arg(f[at->value(QStringLiteral("date"))]));
            continue;
        }
        const auto unit = positive(f[at->value(QStringLiteral("unit_nav"))]);
        const auto acc = positive(f[at->value(QStringLiteral("acc_nav"))]);
        const auto adj =
            hasAdj ? positive(f[at->value(QStringLiteral("adj_nav"))]) : std::optional<double>(1.0);
        if (!unit || !acc || !adj) {
            reject(tr("NAVs must be positive numbers"));
            continue;
        }
        byFund[code].push_back({line, date, *unit, *acc, *adj});
    }
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM fnd_nav WHERE fund_code = ? AND trade_date = ?"));
    QSqlQuery upsert(db);
    upsert.prepare(
        QStringLiteral("INSERT OR REPLACE INTO fnd_nav(fund_code, trade_date, unit_nav, acc_nav, adj_nav) "
                       "VALUES (?,?,?,?,?)"));
    for (auto& [code, rows] : byFund) {
        if (!std::is_sorted(rows.begin(), rows.end(),
                            [](const Row& a, const Row& b) { return a.date < b.date; })) {
            report.warnings << tr("%1: the NAVs of %2 are not in date order; sorted them").arg(path, code);
            std::stable_sort(rows.begin(), rows.end(),
                             [](const Row& a, const Row& b) { return a.date < b.date; });
        }
        std::vector<Row> kept;
        for (const Row& r : rows) {
            if (!kept.empty() && kept.back().date == r.date) {
                report.rejected << tr("%1:%2: duplicate date %3 for %4 (also on line %5)")
                                       .arg(path)
                                       .arg(r.line)
                                       .arg(r.date.toString(Qt::ISODate), code)
                                       .arg(kept.back().line);
                continue;
            }
            kept.push_back(r);
        }
        if (!hasAdj) {
            std::vector<double> unit, acc;
            for (const Row& r : kept) {
                unit.push_back(r.unit);
                acc.push_back(r.acc);
            }
            const auto adj = adjustedNavs(unit, acc);
            for (std::size_t i = 0; i < kept.size(); ++i)
                kept[i].adj = adj[i];
            if (!kept.empty())
                report.warnings << tr("%1: adjusted NAVs of %2 derived from unit and accumulated NAVs, "
                                      "based at %3 (rows already in the cache keep theirs)")
                                       .arg(path, code, kept.front().date.toString(Qt::ISODate));
        }
        for (const Row& r : kept) {
            const QString date = r.date.toString(Qt::ISODate);
            report.replaced += present(exists, {code, date}) ? 1 : 0;
            run(upsert, {code, date, r.unit, r.acc, r.adj});
            ++report.accepted;
        }
    }
    return report;
}

ImportReport importIndexCsv(const QSqlDatabase& db, const QString& path)
{
    ImportReport report;
    const auto table = readCsv(path, report);
    if (!table)
        return report;
    const auto at = mapColumns(*table,
                               {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
                                QStringLiteral("date"), QStringLiteral("value")},
                               {}, report);
    if (!at)
        return report;
    static const QStringList kinds{QStringLiteral("benchmark"), QStringLiteral("style"),
                                   QStringLiteral("factor"), QStringLiteral("rate")};
    QSqlQuery index(db);
    index.prepare(
        QStringLiteral("INSERT INTO idx_index(code, name, kind, is_demo) VALUES (?,?,?,0) "
                       "ON CONFLICT(code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
                       "is_demo = 0"));
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM idx_value WHERE index_code = ? AND trade_date = ?"));
    QSqlQuery upsert(db);
    upsert.prepare(
        QStringLiteral("INSERT OR REPLACE INTO idx_value(index_code, trade_date, value) VALUES (?,?,?)"));
    QHash<QString, int> seen; // code|date -> line
    QSet<QString> declared;
    for (const auto& [line, f] : table->rows) {
        auto reject = [&, l = line](const QString& why) {
            report.rejected << QStringLiteral("%1:%2: %3").arg(path).arg(l).arg(why);
        };
        const QString code = f[at->value(QStringLiteral("code"))].trimmed();
        const QString kind = f[at->value(QStringLiteral("kind"))].trimmed().toLower();
        if (code.isEmpty()) {
            reject(tr("empty index code"));
            continue;
        }
        if (!kinds.contains(kind)) {
            reject(tr("kind must be one of %1, got '%2'").arg(kinds.join(QStringLiteral(", ")), kind));
            continue;
        }
        const QDate date = parseCsvDate(f[at->value(QStringLiteral("date"))]);
        if (!date.isValid()) {
            reject(tr("cannot read the date '%1' (expected yyyy-MM-dd or yyyyMMdd)")
                       .arg(f[at->value(QStringLiteral("date"))]));
            continue;
        }
        bool ok = false;
        const double value = f[at->value(QStringLiteral("value"))].toDouble(&ok);
        // Levels must be positive; factor returns and rates may be zero or negative.
        const bool level = kind == QLatin1String("benchmark") || kind == QLatin1String("style");
        if (!ok || !std::isfinite(value) || (level && value <= 0)) {
            reject(level ? tr("an index level must be a positive number, got '%1'")
                               .arg(f[at->value(QStringLiteral("value"))])
                         : tr("cannot read the value '%1' as a number")
                               .arg(f[at->value(QStringLiteral("value"))]));
            continue;
        }
        const QString key = code + QLatin1Char('|') + date.toString(Qt::ISODate);
        if (seen.contains(key)) {
            reject(tr("duplicate date %1 for %2 (also on line %3)")
                       .arg(date.toString(Qt::ISODate), code)
                       .arg(seen.value(key)));
            continue;
        }
        seen.insert(key, line);
        if (!declared.contains(code)) {
            declared.insert(code);
            run(index, {code, f[at->value(QStringLiteral("name"))].trimmed(), kind});
        }
        report.replaced += present(exists, {code, date.toString(Qt::ISODate)}) ? 1 : 0;
        run(upsert, {code, date.toString(Qt::ISODate), value});
        ++report.accepted;
    }
    return report;
}

ImportReport importHoldingsCsv(const QSqlDatabase& db, const QString& path)
{
    ImportReport report;
    const auto table = readCsv(path, report);
    if (!table)
        return report;
    const auto at =
        mapColumns(*table,
                   {QStringLiteral("fund_code"), QStringLiteral("report_date"), QStringLiteral("kind"),
                    QStringLiteral("asset_class"), QStringLiteral("security_code"),
                    QStringLiteral("security_name"), QStringLiteral("weight")},
                   {QStringLiteral("industry"), QStringLiteral("market_cap"), QStringLiteral("value_score"),
                    QStringLiteral("duration"), QStringLiteral("rating")},
                   report);
    if (!at)
        return report;
    const QSet<QString> funds = fundCodes(db);
    QSqlQuery exists(db), upsert(db);
    exists.prepare(QStringLiteral(
        "SELECT 1 FROM fnd_holding WHERE fund_code = ? AND report_date = ? AND security_code = ?"));
    upsert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO fnd_holding(fund_code, report_date, kind, asset_class, security_code, "
        "security_name, industry, weight, market_cap, value_score, duration, rating) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?)"));
    QHash<QString, int> seen;
    for (const auto& [line, f] : table->rows) {
        auto reject = [&, l = line](const QString& why) {
            report.rejected << QStringLiteral("%1:%2: %3").arg(path).arg(l).arg(why);
        };
        const QString fund = field(f, *at, "fund_code");
        const QDate date = parseCsvDate(field(f, *at, "report_date"));
        const QString kind = field(f, *at, "kind").toLower();
        const QString assetClass = field(f, *at, "asset_class").toLower();
        const QString security = field(f, *at, "security_code");
        bool ok = false;
        const double weight = field(f, *at, "weight").toDouble(&ok);
        const auto cap = optionalNumber(field(f, *at, "market_cap"));
        const auto score = optionalNumber(field(f, *at, "value_score"));
        const auto duration = optionalNumber(field(f, *at, "duration"));
        if (!funds.contains(fund)) {
            reject(tr("unknown fund '%1' (import the fund master first)").arg(fund));
        } else if (!date.isValid()) {
            reject(tr("cannot read the report date '%1'").arg(field(f, *at, "report_date")));
        } else if (kind != QLatin1String("top10") && kind != QLatin1String("full")) {
            reject(tr("kind must be top10 or full, got '%1'").arg(kind));
        } else if (assetClass != QLatin1String("stock") && assetClass != QLatin1String("bond")) {
            reject(tr("asset_class must be stock or bond, got '%1'").arg(assetClass));
        } else if (security.isEmpty()) {
            reject(tr("empty security code"));
        } else if (!ok || !std::isfinite(weight) || weight < 0) {
            reject(
                tr("weight must be a fraction of NAV of 0 or more, got '%1'").arg(field(f, *at, "weight")));
        } else if (!cap || !score || !duration) {
            reject(tr("market_cap, value_score and duration must be numbers when given"));
        } else {
            const QString key =
                fund + QLatin1Char('|') + date.toString(Qt::ISODate) + QLatin1Char('|') + security;
            if (seen.contains(key)) {
                reject(tr("%1 appears twice in %2's report of %3 (also on line %4)")
                           .arg(security, fund, date.toString(Qt::ISODate))
                           .arg(seen.value(key)));
                continue;
            }
            seen.insert(key, line);
            const QString industry = field(f, *at, "industry");
            const QString rating = field(f, *at, "rating");
            report.replaced += present(exists, {fund, date.toString(Qt::ISODate), security}) ? 1 : 0;
            run(upsert, {fund, date.toString(Qt::ISODate), kind, assetClass, security,
                         field(f, *at, "security_name"), industry.isEmpty() ? QVariant() : QVariant(industry),
                         weight, *cap, *score, *duration, rating.isEmpty() ? QVariant() : QVariant(rating)});
            ++report.accepted;
        }
    }
    return report;
}

ImportReport importAumCsv(const QSqlDatabase& db, const QString& path)
{
    ImportReport report;
    const auto table = readCsv(path, report);
    if (!table)
        return report;
    const auto at = mapColumns(
        *table, {QStringLiteral("fund_code"), QStringLiteral("report_date"), QStringLiteral("aum")}, {},
        report);
    if (!at)
        return report;
    const QSet<QString> funds = fundCodes(db);
    QSqlQuery exists(db), upsert(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM fnd_aum WHERE fund_code = ? AND report_date = ?"));
    upsert.prepare(
        QStringLiteral("INSERT OR REPLACE INTO fnd_aum(fund_code, report_date, aum) VALUES (?,?,?)"));
    QHash<QString, int> seen;
    for (const auto& [line, f] : table->rows) {
        auto reject = [&, l = line](const QString& why) {
            report.rejected << QStringLiteral("%1:%2: %3").arg(path).arg(l).arg(why);
        };
        const QString fund = field(f, *at, "fund_code");
        const QDate date = parseCsvDate(field(f, *at, "report_date"));
        bool ok = false;
        const double aum = field(f, *at, "aum").toDouble(&ok);
        if (!funds.contains(fund)) {
            reject(tr("unknown fund '%1' (import the fund master first)").arg(fund));
        } else if (!date.isValid()) {
            reject(tr("cannot read the report date '%1'").arg(field(f, *at, "report_date")));
        } else if (!ok || !std::isfinite(aum) || aum < 0) {
            reject(tr("AUM must be a number of yuan, 0 or more, got '%1'").arg(field(f, *at, "aum")));
        } else {
            const QString key = fund + QLatin1Char('|') + date.toString(Qt::ISODate);
            if (seen.contains(key)) {
                reject(tr("duplicate date %1 for %2 (also on line %3)")
                           .arg(date.toString(Qt::ISODate), fund)
                           .arg(seen.value(key)));
                continue;
            }
            seen.insert(key, line);
            report.replaced += present(exists, {fund, date.toString(Qt::ISODate)}) ? 1 : 0;
            run(upsert, {fund, date.toString(Qt::ISODate), aum});
            ++report.accepted;
        }
    }
    return report;
}

ImportReport importManagersCsv(const QSqlDatabase& db, const QString& path)
{
    ImportReport report;
    const auto table = readCsv(path, report);
    if (!table)
        return report;
    const auto at =
        mapColumns(*table,
                   {QStringLiteral("manager_id"), QStringLiteral("name"), QStringLiteral("company"),
                    QStringLiteral("fund_code"), QStringLiteral("start_date")},
                   {QStringLiteral("end_date")}, report);
    if (!at)
        return report;
    const QSet<QString> funds = fundCodes(db);
    QSqlQuery manager(db), exists(db), upsert(db);
    manager.prepare(
        QStringLiteral("INSERT INTO fnd_manager(manager_id, name, pinyin, company, is_demo) VALUES "
                       "(?,?,?,?,0) ON CONFLICT(manager_id) DO UPDATE SET name = excluded.name, "
                       "pinyin = excluded.pinyin, company = excluded.company, is_demo = 0"));
    exists.prepare(QStringLiteral(
        "SELECT 1 FROM fnd_manager_tenure WHERE fund_code = ? AND manager_id = ? AND start_date = ?"));
    upsert.prepare(
        QStringLiteral("INSERT OR REPLACE INTO fnd_manager_tenure(fund_code, manager_id, start_date, "
                       "end_date) VALUES (?,?,?,?)"));
    for (const auto& [line, f] : table->rows) {
        auto reject = [&, l = line](const QString& why) {
            report.rejected << QStringLiteral("%1:%2: %3").arg(path).arg(l).arg(why);
        };
        const QString id = field(f, *at, "manager_id");
        const QString name = field(f, *at, "name");
        const QString fund = field(f, *at, "fund_code");
        const QDate start = parseCsvDate(field(f, *at, "start_date"));
        const QString endText = field(f, *at, "end_date");
        const QDate end = endText.isEmpty() ? QDate() : parseCsvDate(endText);
        if (id.isEmpty() || name.isEmpty()) {
            reject(tr("manager_id and name must not be empty"));
        } else if (!funds.contains(fund)) {
            reject(tr("unknown fund '%1' (import the fund master first)").arg(fund));
        } else if (!start.isValid() || (!endText.isEmpty() && !end.isValid())) {
            reject(tr("cannot read the dates '%1' / '%2'").arg(field(f, *at, "start_date"), endText));
        } else if (end.isValid() && end < start) {
            reject(tr("the spell ends (%1) before it starts (%2)")
                       .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
        } else {
            run(manager, {id, name, reference::pinyinInitials(name), field(f, *at, "company")});
            report.replaced += present(exists, {fund, id, start.toString(Qt::ISODate)}) ? 1 : 0;
            run(upsert, {fund, id, start.toString(Qt::ISODate),
                         end.isValid() ? QVariant(end.toString(Qt::ISODate)) : QVariant()});
            ++report.accepted;
        }
    }
    return report;
}

} // namespace ws::funds
