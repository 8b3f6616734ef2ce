#pragma once

// Fund-manager and fund-company views (src-004 §2.3 "other tools"): the manager's career index,
// the AUM-weighted return of the funds they managed while they managed them,
//     r_M,t = Σ_{i ∈ funds(t)} AUM_i,t−1 · r_i,t / Σ_{i ∈ funds(t)} AUM_i,t−1,   I_t = I_t−1 · (1 + r_M,t),
// and the correlation among their funds' returns (how concentrated their style is). AUM_i,t−1 is
// the latest AUM reported on or before t−1 (the earliest report before the first one; equal
// weights for a fund with no report at all). The same index over a company's funds is its
// company index.

#include "funds/FundStore.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace ws::funds {

// A manager in charge of a fund from `start` to `end` (invalid: still in charge).
struct ManagerSpell
{
    QString fund;
    QDate start;
    QDate end;
};

struct AumPoint
{
    QDate date;
    double aum = 0;
};
using AumHistory = std::map<QString, std::vector<AumPoint>>; // by fund code, dates ascending

struct ManagerInfo
{
    QString id;
    QString name;
    QString company;
};

std::vector<ManagerInfo> listManagers(const QSqlDatabase& db);
std::vector<ManagerSpell> managerSpells(const QSqlDatabase& db, const QString& managerId);
// Every fund of a company, as spells from each fund's first to its last NAV date.
std::vector<ManagerSpell> companySpells(const Universe& universe, const QString& company);
AumHistory loadAumHistory(const QSqlDatabase& db, const QStringList& funds);

struct ManagerIndex
{
    NavSeries index;              // from 1.0 on the first date a managed fund had a return
    QStringList funds;            // the funds in `spells` found in the universe, in spell order
    std::vector<int> fundsOnDate; // how many funds made up each return (index.size() − 1 entries)
    // Pearson correlation of daily returns between funds i and j on their common dates; empty
    // where they share fewer than kMinCommonReturns returns (or a fund's returns do not vary).
    std::vector<std::vector<std::optional<double>>> correlation;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

inline constexpr int kMinCommonReturns = 20;

ManagerIndex buildManagerIndex(const Universe& universe, const std::vector<ManagerSpell>& spells,
                               const AumHistory& aum);

} // namespace ws::funds
