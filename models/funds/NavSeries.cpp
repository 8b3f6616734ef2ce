#include "funds/NavSeries.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ws::funds {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::funds", text); // lupdate files free-function tr() here
}

} // namespace

bool splitCsvLine(const QString& line, QStringList* fields)
{
    fields->clear();
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == QLatin1Char(',')) {
            fields->append(wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    if (quoted)
        return false;
    fields->append(wasQuoted ? field : field.trimmed());
    return true;
}

QDate parseCsvDate(const QString& text)
{
    QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid() && text.size() == 8)
        d = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
    return d;
}

namespace {

struct Row
{
    QDate date;
    double nav;
    int line;
};

} // namespace

LoadResult parseNavCsv(const QByteArray& content, const QString& source)
{
    LoadResult result;
    auto error = [&](int line, const QString& what) {
        result.errors.append(QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(what));
    };

    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));

    int headerLine = 0;
    int dateColumn = -1;
    int navColumn = -1;
    int columnCount = 0;
    std::vector<Row> rows;
    QStringList fields;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i) + 1;
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (!splitCsvLine(line, &fields)) {
            error(lineNo, tr("unterminated quote"));
            continue;
        }
        if (headerLine == 0) {
            headerLine = lineNo;
            columnCount = static_cast<int>(fields.size());
            for (int c = 0; c < columnCount; ++c) {
                const QString name = fields[c].trimmed().toLower();
                int* slot = name == QLatin1String("date")  ? &dateColumn
                            : name == QLatin1String("nav") ? &navColumn
                                                           : nullptr;
                if (!slot)
                    error(lineNo, tr("unknown column '%1' (expected the header date,nav)").arg(fields[c]));
                else if (*slot >= 0)
                    error(lineNo, tr("column '%1' appears twice").arg(fields[c]));
                else
                    *slot = c;
            }
            if (dateColumn < 0)
                error(lineNo, tr("no 'date' column (expected the header date,nav)"));
            if (navColumn < 0)
                error(lineNo, tr("no 'nav' column (expected the header date,nav)"));
            if (!result.errors.isEmpty())
                return result; // the rows cannot be read without a usable header
            continue;
        }
        if (fields.size() != columnCount) {
            error(lineNo, tr("%1 fields, the header has %2").arg(fields.size()).arg(columnCount));
            continue;
        }
        const QDate date = parseCsvDate(fields[dateColumn]);
        if (!date.isValid()) {
            error(lineNo,
                  tr("cannot read the date '%1' (expected yyyy-MM-dd or yyyyMMdd)").arg(fields[dateColumn]));
            continue;
        }
        bool ok = false;
        const double nav = fields[navColumn].toDouble(&ok);
        if (!ok || !std::isfinite(nav)) {
            error(lineNo, tr("cannot read the NAV '%1' as a number").arg(fields[navColumn]));
            continue;
        }
        if (nav <= 0) {
            error(lineNo, tr("NAV must be positive, got %1").arg(fields[navColumn]));
            continue;
        }
        rows.push_back({date, nav, lineNo});
    }

    if (headerLine == 0) {
        result.errors.append(
            tr("%1: empty file (expected the header date,nav and at least two rows)").arg(source));
        return result;
    }

    const bool sorted =
        std::is_sorted(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.date < b.date; });
    if (!sorted) {
        const auto firstOut = std::adjacent_find(rows.begin(), rows.end(),
                                                 [](const Row& a, const Row& b) { return b.date < a.date; });
        result.warnings.append(
            tr("%1:%2: dates are not in ascending order (%3 after %4); sorted them")
                .arg(source)
                .arg((firstOut + 1)->line)
                .arg((firstOut + 1)->date.toString(Qt::ISODate), firstOut->date.toString(Qt::ISODate)));
        std::stable_sort(rows.begin(), rows.end(),
                         [](const Row& a, const Row& b) { return a.date < b.date; });
    }
    for (std::size_t k = 1; k < rows.size(); ++k)
        if (rows[k].date == rows[k - 1].date)
            error(rows[k].line, tr("duplicate date %1 (also on line %2)")
                                    .arg(rows[k].date.toString(Qt::ISODate))
                                    .arg(rows[k - 1].line));

    if (result.errors.isEmpty() && rows.size() < 2) {
        if (rows.empty())
            error(headerLine, tr("no data rows after the header (at least two are needed)"));
        else
            error(rows.front().line, tr("only one NAV row (at least two are needed for a return)"));
    }
    if (!result.errors.isEmpty())
        return result;

    NavSeries s;
    s.source = source;
    s.dates.reserve(rows.size());
    s.navs.reserve(rows.size());
    for (const Row& r : rows) {
        s.dates.push_back(r.date);
        s.navs.push_back(r.nav);
    }
    result.series = std::move(s);
    return result;
}

LoadResult loadNavCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult r;
        r.errors.append(tr("%1: cannot read: %2").arg(path, file.errorString()));
        return r;
    }
    return parseNavCsv(file.readAll(), path);
}

JoinResult joinOnDate(const NavSeries& fund, const NavSeries& benchmark)
{
    JoinResult result;
    JoinedSeries j;
    const std::size_t capacity = std::min(fund.size(), benchmark.size());
    j.dates.reserve(capacity);
    j.fundNavs.reserve(capacity);
    j.benchmarkNavs.reserve(capacity);
    std::size_t a = 0;
    std::size_t b = 0;
    while (a < fund.size() && b < benchmark.size()) {
        if (fund.dates[a] < benchmark.dates[b]) {
            ++a;
        } else if (benchmark.dates[b] < fund.dates[a]) {
            ++b;
        } else {
            j.dates.push_back(fund.dates[a]);
            j.fundNavs.push_back(fund.navs[a++]);
            j.benchmarkNavs.push_back(benchmark.navs[b++]);
        }
    }
    const std::size_t common = j.dates.size();
    if (common < 2) {
        result.errors.append(tr("%1 and %2 have %3 date(s) in common; at least two are needed (misaligned "
                                "benchmark?)")
                                 .arg(fund.source, benchmark.source)
                                 .arg(common));
        return result;
    }
    if (fund.size() > common)
        result.warnings.append(tr("%1: %2 of its %3 dates are not in %4 and are left out of the benchmark-"
                                  "relative metrics")
                                   .arg(fund.source)
                                   .arg(fund.size() - common)
                                   .arg(fund.size())
                                   .arg(benchmark.source));
    // A benchmark usually spans more history than the fund; only its dates inside the fund's range
    // that the fund lacks say something about the alignment.
    const auto inRange = std::count_if(benchmark.dates.begin(), benchmark.dates.end(), [&](const QDate& d) {
        return d >= fund.dates.front() && d <= fund.dates.back();
    });
    if (static_cast<std::size_t>(inRange) > common)
        result.warnings.append(
            tr("%1: %2 of its dates within the fund's range are not in %3 and are left out")
                .arg(benchmark.source)
                .arg(static_cast<std::size_t>(inRange) - common)
                .arg(fund.source));
    result.joined = std::move(j);
    return result;
}

void simpleReturns(std::span<const double> navs, std::span<double> out)
{
    for (std::size_t t = 1; t < navs.size(); ++t)
        out[t - 1] = navs[t] / navs[t - 1] - 1.0;
}

} // namespace ws::funds
