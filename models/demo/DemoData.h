#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace ws::demo {

// Deterministic generator for the embedded demo data: the same seed gives the same rows on every
// machine (own PRNG and integer arithmetic only; std:: distributions differ between libraries).
class Random
{
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next();                                   // SplitMix64
    std::int64_t uniform(std::int64_t lo, std::int64_t hi); // inclusive
    double unit();                                          // [0, 1)
    template <typename Container> const auto& pick(const Container& c)
    {
        return c[static_cast<std::size_t>(uniform(0, static_cast<std::int64_t>(std::size(c)) - 1))];
    }

private:
    std::uint64_t state_;
};

// Each domain adds its demo rows through a contributor; later issues register theirs here, so
// `wsctl demo init` and the first start of the workstation fill every panel the same way.
// A contributor replaces its own demo rows (is_demo = 1) and returns how many it wrote.
struct Contributor
{
    QString name;
    std::function<int(const QSqlDatabase& db, std::uint64_t seed)> populate;
};

void registerContributor(Contributor c);
const std::vector<Contributor>& contributors();

struct Summary
{
    QStringList lines; // "securities: 500" ...
    int rows = 0;
};

constexpr std::uint64_t kDefaultSeed = 20261122;

// Runs every contributor inside the caller's transaction and records the seed in sys_setting.
Summary populateAll(const QSqlDatabase& db, std::uint64_t seed = kDefaultSeed);
// True once demo data has been generated into this cache.
bool hasDemoData(const QSqlDatabase& db);

// The contributors of the foundation, exposed for tests (the fund ones are in FundDemo.h).
int populateSecurities(const QSqlDatabase& db, std::uint64_t seed);
int populateCalendar(const QSqlDatabase& db, std::uint64_t seed);
int populateClients(const QSqlDatabase& db, std::uint64_t seed);

} // namespace ws::demo
