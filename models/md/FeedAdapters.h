#pragma once

// Glue from the connectors' decoded messages to the Level-2 engine's events: the appliance
// feed's records and the SZSE Binary frames of an MDGW session (or a capture) become the same
// TickOrder / TickTrade / ExchangeSnapshot / IndexTick values, so both paths feed one model.
// Called on the receiving thread; nothing here allocates per tick.

#include "md/Level2Engine.h"
#include "md/appliance/FeedNet.h"
#include "md/szse/Mdgw.h"

namespace ws::md {

// "000001" as a SecurityKey straight from the appliance's numeric code.
SecurityKey securityKeyFromCode(std::uint32_t code);

ExchangeSnapshot toExchangeSnapshot(const szse::SnapshotView& v);
IndexTick toIndexTick(const szse::IndexSnapshotView& v);

// SZSE Binary frames (from a live MDGW session or read back from a capture) into the engine.
class SzseFrameAdapter : public szse::MdgwSink
{
public:
    SzseFrameAdapter(Level2Engine& engine, FeedPath path) : engine_(engine), path_(path) {}
    void onFrame(const szse::Frame& frame, std::uint64_t recvNs) override;
    std::uint64_t frames() const { return frames_; }

private:
    Level2Engine& engine_;
    FeedPath path_;
    std::uint64_t frames_ = 0;
};

// The appliance feed's sequenced records into the engine. A snapshot record is held until the
// queue records that follow it have arrived (they come right after it in the same channel).
class ApplianceAdapter : public appliance::FeedSink
{
public:
    ApplianceAdapter(Level2Engine& engine, FeedPath path = FeedPath::Appliance) : engine_(engine), path_(path)
    {}
    void onRecords(const appliance::PacketHeader& h, appliance::Bytes packet, std::uint16_t skip,
                   std::uint64_t recvNs) override;
    void onLost(std::uint16_t channel, appliance::LostRange range) override;
    std::uint64_t records() const { return records_; }
    std::uint64_t narrowingLost() const { return narrowingLost_; }

private:
    void flushSnapshot(std::uint16_t channel);
    Level2Engine& engine_;
    FeedPath path_;
    std::uint64_t records_ = 0;
    std::uint64_t narrowingLost_ = 0;
    std::map<std::uint16_t, ExchangeSnapshot> pendingSnapshot_;
};

} // namespace ws::md
