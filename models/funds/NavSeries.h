#pragma once

// A fund's (or a benchmark's) NAV history as dated values, the CSV loader for it, and the inner
// join of a fund with its benchmark. Loading never yields a NaN: every rejected line is an error
// naming the file and line, every repair (sorting) is a warning.

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace ws::funds {

// Dates strictly ascending, NAVs finite and positive, at least two points.
struct NavSeries
{
    QString source; // file name, for messages
    std::vector<QDate> dates;
    std::vector<double> navs;

    std::size_t size() const { return dates.size(); }
};

struct LoadResult
{
    std::optional<NavSeries> series; // empty when errors is not empty
    QStringList errors;              // "file:line: what" (or "file: what" for the whole file)
    QStringList warnings;            // repairs made, e.g. unsorted dates sorted
    bool ok() const { return series.has_value(); }
};

// The CSV format (docs/metrics.md, "NAV files"): UTF-8, optional BOM, LF or CRLF line ends, a header
// line `date,nav` (case-insensitive, surrounding spaces ignored, fields may be double-quoted), then one
// row per date. Dates are yyyy-MM-dd or yyyyMMdd; NAVs are decimal numbers (C locale). Blank lines are
// skipped. Any other column, a row with the wrong number of fields, an unparsable date or number, a
// NAV that is not positive and finite, or a date given twice is an error; dates out of order are
// sorted with a warning; fewer than two rows is an error.
LoadResult parseNavCsv(const QByteArray& content, const QString& source);
// Reads `path` and parses it; a file that cannot be read is an error naming it.
LoadResult loadNavCsv(const QString& path);

// A fund and its benchmark on the dates both have (inner join on date).
struct JoinedSeries
{
    std::vector<QDate> dates;
    std::vector<double> fundNavs;
    std::vector<double> benchmarkNavs;
};

struct JoinResult
{
    std::optional<JoinedSeries> joined; // empty when fewer than two common dates
    QStringList errors;
    QStringList warnings; // dates of either series the other lacks, counted
    bool ok() const { return joined.has_value(); }
};

JoinResult joinOnDate(const NavSeries& fund, const NavSeries& benchmark);

// One CSV line into fields (surrounding spaces trimmed unless quoted; "" inside quotes is a quote).
// False on an unterminated quote.
bool splitCsvLine(const QString& line, QStringList* fields);
// yyyy-MM-dd or yyyyMMdd; invalid otherwise.
QDate parseCsvDate(const QString& text);

// r_t = nav_t / nav_{t-1} - 1 for t = 1..n-1; out.size() must be navs.size() - 1.
void simpleReturns(std::span<const double> navs, std::span<double> out);

} // namespace ws::funds
