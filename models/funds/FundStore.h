#pragma once

// The fund-evaluation data in the cache (fnd_*, idx_* tables; columns in docs/fund-data.md): the
// fund master, adjusted NAV series, benchmark/style/factor/rate series, and the CSV importers that
// fill them. Reads are plain functions on a read connection; imports run inside the caller's
// transaction (a DbWriter job) and report every rejected row by file and line.

#include "funds/Metrics.h"
#include "funds/NavSeries.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace ws::funds {

struct FundInfo
{
    QString code;
    QString name;
    QString category; // equity, mixed, bond, index, qdii, money (or an imported category)
    QString company;
    QString benchmark; // idx_index code, empty when none
    QDate inception;
};

// The display name of a category key ("equity" → 股票型 in Chinese), the key itself when unknown.
QString categoryName(const QString& key);

// Every fund, by code.
std::vector<FundInfo> listFunds(const QSqlDatabase& db);
std::optional<FundInfo> findFund(const QSqlDatabase& db, const QString& code);

// A fund's adjusted NAVs (distributions reinvested) as a NavSeries whose source is the code; empty
// with `error` set when the fund has fewer than two NAVs.
std::optional<NavSeries> loadFundNav(const QSqlDatabase& db, const QString& code, QString* error = nullptr);
// An index's values (levels for benchmark and style indices) as a series named by its code.
std::optional<NavSeries> loadIndexSeries(const QSqlDatabase& db, const QString& code,
                                         QString* error = nullptr);
// Codes of the indices of one kind ("benchmark", "style", "factor", "rate").
QStringList indexCodes(const QSqlDatabase& db, const QString& kind);

// The factor series `factors` (index codes of kind "factor", e.g. famaFrench5Factors()) as a
// FactorTable on the dates all of them have, with the per-period risk-free rate from `rateIndex`
// (annual, de-annualized by P, carried forward) when given. Factors missing from the cache are left
// out (the regression then names them).
FactorTable loadFactorTable(const QSqlDatabase& db, const QStringList& factors, const QString& rateIndex = {},
                            int periodsPerYear = 252);
// The mean annual rate of a "rate" index over [from, to], empty when it has no value there.
std::optional<double> averageRate(const QSqlDatabase& db, const QString& rateIndex, QDate from, QDate to);

// Every fund with its adjusted NAVs, in listFunds order, read in one pass. A fund with fewer than
// two NAVs gets an empty series. `progress` (0..1) and `cancelled` are polled per fund.
struct Universe
{
    std::vector<FundInfo> funds;
    std::vector<NavSeries> navs;
    std::vector<NavSeries> benchmarks; // distinct benchmark series, by code in benchmarkIndex order
    QStringList benchmarkCodes;
    // The benchmark series of fund i, nullptr when it has none (or the series is missing).
    const NavSeries* benchmarkOf(std::size_t fund) const;
};
Universe loadUniverse(const QSqlDatabase& db, const std::function<void(double)>& progress = {},
                      const std::atomic<bool>* cancelled = nullptr);

// What an import did. Rejected rows carry "file:line: reason"; accepted rows are written.
struct ImportReport
{
    QString file;
    int accepted = 0;
    int replaced = 0; // accepted rows that overwrote a row already in the cache
    QStringList rejected;
    QStringList warnings;
    QString fatal; // the file could not be used at all (unreadable, no usable header)
    bool ok() const { return fatal.isEmpty(); }
};

// Fund master rows: code,name,category,company,inception_date[,benchmark]. A code already present
// is updated.
ImportReport importFundsCsv(const QSqlDatabase& db, const QString& path);
// NAV rows: fund_code,date,unit_nav,acc_nav[,adj_nav]. Without adj_nav the adjusted NAV is derived
// from the distributions the two others imply (see docs/fund-data.md). Funds must exist.
ImportReport importNavCsv(const QSqlDatabase& db, const QString& path);
// Index rows: code,name,kind,date,value (kind benchmark, style, factor or rate).
ImportReport importIndexCsv(const QSqlDatabase& db, const QString& path);

// Holdings: fund_code,report_date,kind,asset_class,security_code,security_name,weight[,industry,
// market_cap,value_score,duration,rating] (kind top10|full, asset_class stock|bond, weight a
// fraction of NAV; the optional numbers may be left empty).
ImportReport importHoldingsCsv(const QSqlDatabase& db, const QString& path);
// AUM reports: fund_code,report_date,aum (yuan).
ImportReport importAumCsv(const QSqlDatabase& db, const QString& path);
// Managers and their spells: manager_id,name,company,fund_code,start_date[,end_date] (empty end:
// still in charge). A manager's name and company are updated from the file.
ImportReport importManagersCsv(const QSqlDatabase& db, const QString& path);

// Adjusted NAVs from unit and accumulated NAVs: a rise of acc − unit between two dates is a
// distribution of that amount per unit, reinvested at the ex-date unit NAV. adj starts at unit[0].
std::vector<double> adjustedNavs(std::span<const double> unit, std::span<const double> acc);

} // namespace ws::funds
