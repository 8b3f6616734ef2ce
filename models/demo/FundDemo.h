#pragma once

// Demo data for fund evaluation: about 2,000 funds in the usual Chinese categories with 1–15 years
// of daily NAVs, managers, AUM, holdings, and the benchmark, style, factor and rate series they are
// built from. Deterministic for a seed. What is planted (and so what the analytics should find) is
// documented in docs/fund-data.md: timing skill in a few equity and mixed funds, a recent style
// drift in a few equity funds, volatility clustering and fat tails everywhere.

#include <QDate>
#include <QSqlDatabase>

#include <cstdint>

namespace ws::demo {

// The last date of every demo series (a fixed "today", so the demo is the same on every machine).
inline const QDate kFundDemoEnd{2026, 11, 30};
// How many funds the demo master holds.
inline constexpr int kDemoFundCount = 2000;

// The fund master (fnd_fund, fnd_manager, fnd_manager_tenure), replacing earlier demo rows.
int populateFunds(const QSqlDatabase& db, std::uint64_t seed);
// NAVs, AUM, holdings and the index series (fnd_nav, fnd_aum, fnd_holding, idx_*), replacing
// earlier demo rows. Needs the securities, the calendar and the fund master of the same seed.
int populateFundHistory(const QSqlDatabase& db, std::uint64_t seed);

} // namespace ws::demo
