#pragma once

// What the appliance's hardware does to each SZSE Binary message: narrow its fields into the
// feed's fixed-width records (docs/appliance-feed.md, "Narrowing"). The simulator publishes
// with it, and the tests use it to compare the two paths. A value that does not fit its field
// is clamped and the record is flagged kNarrowingLost, never silently wrapped.

#include "md/appliance/ApplianceFeed.h"
#include "md/szse/SzseBinary.h"

#include <optional>

namespace ws::md::appliance {

// nullopt when the SecurityID is not a six-digit code (the appliance does not carry it).
std::optional<Order> narrow(const szse::Order& m);
std::optional<Trade> narrow(const szse::Trade& m);
// The snapshot record and the best-price queues (0-2 of them, only sides that have one).
struct NarrowedSnapshot
{
    Snapshot snapshot;
    std::vector<Queue> queues;
};
std::optional<NarrowedSnapshot> narrow(const szse::Snapshot& m);
std::optional<Index> narrow(const szse::IndexSnapshot& m);

} // namespace ws::md::appliance
