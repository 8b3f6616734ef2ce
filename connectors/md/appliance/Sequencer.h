#pragma once

// Puts one channel of the appliance feed back in sequence: A/B line arbitration, gap detection,
// recovery requests, and the decision that a gap is lost for good.
//
// Both lines carry the same packets. Whichever copy arrives first is delivered, the later one
// is a duplicate and dropped (per record, so a retransmission cut differently still works). A
// packet beyond the next expected sequence number opens a gap: it is held, and the other line
// gets `arbitrationWindowNs` to fill the hole before the recovery service is asked. Held
// packets are delivered the moment the hole closes. Nothing after a gap is delivered before
// the gap is filled or declared lost, so the book never sees records out of order.
//
// No clock and no I/O of its own: the caller passes the receive time and sends the requests
// poll() returns, which keeps the logic testable on its own and usable from a replay.

#include "md/appliance/ApplianceFeed.h"

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace ws::md::appliance {

enum class ChannelState : std::uint8_t {
    Waiting,    // nothing received yet
    Live,       // in sequence
    Recovering, // a gap is open; records after it are held
    Lost,       // records were lost for good: what was built from this channel is incomplete
};
const char* channelStateName(ChannelState s);

struct SequencerConfig
{
    std::uint64_t startSeq = 1; // the first sequence number of the day; earlier joiners recover
    std::uint64_t arbitrationWindowNs = 2'000'000;
    std::uint64_t recoveryTimeoutNs = 2'000'000'000;
    int recoveryAttempts = 3;
    std::size_t maxHeldBytes = 64u << 20; // held packets beyond this: ask for recovery at once
};

struct SequencerStats
{
    std::uint64_t packets = 0;          // accepted by onPacket (both lines)
    std::uint64_t records = 0;          // delivered
    std::uint64_t duplicateRecords = 0; // dropped: already delivered or already held
    std::uint64_t linePackets[2] = {0, 0};
    std::uint64_t lineFirst[2] = {0, 0}; // packets whose new records came first on that line
    std::uint64_t gaps = 0;              // holes opened
    std::uint64_t filledByOtherLine = 0; // holes the other line closed within the window
    std::uint64_t recoveryRequests = 0;
    std::uint64_t recoveredRecords = 0;
    std::uint64_t lostRecords = 0;
    std::uint64_t heartbeats = 0;
};

// A range the channel could not recover: [from, to).
struct LostRange
{
    std::uint64_t from = 0;
    std::uint64_t to = 0;
};

class ChannelSequencer
{
public:
    ChannelSequencer(std::uint16_t channel, SequencerConfig config = {});

    // One datagram (header already parsed) from line 0 (A) or 1 (B), or from the recovery
    // service (kRetransmission set; line is ignored). The sink gets, in sequence order:
    //   void deliver(const PacketHeader&, Bytes packet, std::uint16_t skipRecords)
    //       - records of `packet` from index skipRecords on are new, in order;
    //   void lost(LostRange) - a gap given up on; delivery continues after it.
    template <class Sink>
    void onPacket(int line, const PacketHeader& h, Bytes packet, std::uint64_t nowNs, Sink& sink);

    // The recovery service finished one answer: everything from firstNotSent on was not sent
    // (older than its history). Records still missing before the held packets are lost.
    template <class Sink> void onRecoveryEnd(std::uint64_t firstNotSent, std::uint64_t nowNs, Sink& sink);

    // Timers: the arbitration window and the recovery timeout. Returns a request to send.
    template <class Sink> std::optional<RecoveryRequest> poll(std::uint64_t nowNs, Sink& sink);

    std::uint16_t channel() const { return channel_; }
    ChannelState state() const { return state_; }
    std::uint64_t expected() const { return expected_; } // next sequence number to deliver
    std::uint64_t highestSeen() const { return highest_; }
    const SequencerStats& stats() const { return stats_; }
    const std::vector<LostRange>& lostRanges() const { return lost_; }
    std::size_t heldPackets() const { return held_.size(); }

private:
    struct Held
    {
        int line = -1; // -1: from the recovery service
        PacketHeader header;
        std::vector<std::byte> bytes;
    };
    std::uint64_t gapEnd() const; // first held sequence number (or highest_ + 1)
    template <class Sink> void drain(Sink& sink);
    template <class Sink> void giveUp(std::uint64_t upTo, Sink& sink);
    void hold(int line, const PacketHeader& h, Bytes packet);

    std::uint16_t channel_;
    SequencerConfig config_;
    ChannelState state_ = ChannelState::Waiting;
    std::uint64_t expected_;
    std::uint64_t highest_ = 0;          // one past the highest sequence number seen
    std::map<std::uint64_t, Held> held_; // by first sequence number
    std::size_t heldBytes_ = 0;
    bool gapOpen_ = false;
    std::uint64_t gapOpenedNs_ = 0;
    bool requestOut_ = false;
    bool recoveryUsed_ = false; // the open gap needed the recovery service
    std::uint64_t requestSentNs_ = 0;
    RecoveryRequest request_;
    int attempts_ = 0;
    std::vector<LostRange> lost_;
    SequencerStats stats_;
};

// ---- implementation ----

template <class Sink>
void ChannelSequencer::onPacket(int line, const PacketHeader& h, Bytes packet, std::uint64_t nowNs,
                                Sink& sink)
{
    const bool retransmission = (h.flags & kRetransmission) != 0;
    const int l = line == 1 ? 1 : 0;
    ++stats_.packets;
    if (!retransmission)
        ++stats_.linePackets[l];
    if (state_ == ChannelState::Waiting)
        state_ = ChannelState::Live;

    const std::uint64_t end = h.firstSeq + h.count; // one past the packet's last record
    if (h.flags & kHeartbeat) {
        ++stats_.heartbeats;
        // A heartbeat announces the next sequence number: anything before it that we have
        // not seen is a gap, even if no later data packet came to show it.
        if (h.firstSeq > highest_)
            highest_ = h.firstSeq;
    } else if (end > highest_) {
        highest_ = end;
    }

    if (h.count > 0 && end > expected_) {
        if (h.firstSeq <= expected_) {
            const auto skip = static_cast<std::uint16_t>(expected_ - h.firstSeq);
            stats_.duplicateRecords += skip;
            if (retransmission)
                stats_.recoveredRecords += h.count - skip;
            else
                ++stats_.lineFirst[l];
            stats_.records += h.count - skip;
            expected_ = end;
            sink.deliver(h, packet, skip);
            drain(sink);
        } else if (!held_.contains(h.firstSeq) || held_[h.firstSeq].header.count < h.count) {
            hold(retransmission ? -1 : l, h, packet);
        } else {
            stats_.duplicateRecords += h.count;
        }
    } else if (h.count > 0) {
        stats_.duplicateRecords += h.count;
    }

    const bool behind = expected_ < highest_;
    if (behind && !gapOpen_) {
        gapOpen_ = true;
        recoveryUsed_ = false;
        gapOpenedNs_ = nowNs;
        ++stats_.gaps;
    }
    if (heldBytes_ > config_.maxHeldBytes && !requestOut_)
        gapOpenedNs_ = 0; // poll() asks at once
}

template <class Sink> void ChannelSequencer::drain(Sink& sink)
{
    while (!held_.empty()) {
        auto it = held_.begin();
        const Held& p = it->second;
        const std::uint64_t end = p.header.firstSeq + p.header.count;
        if (p.header.firstSeq > expected_)
            break;
        if (end > expected_) {
            const auto skip = static_cast<std::uint16_t>(expected_ - p.header.firstSeq);
            stats_.duplicateRecords += skip;
            stats_.records += p.header.count - skip;
            if (p.line < 0)
                stats_.recoveredRecords += p.header.count - skip;
            else
                ++stats_.lineFirst[p.line];
            expected_ = end;
            sink.deliver(p.header, Bytes(p.bytes), skip);
        } else {
            stats_.duplicateRecords += p.header.count;
        }
        heldBytes_ -= p.bytes.size();
        held_.erase(it);
    }
    if (expected_ >= highest_ && gapOpen_) {
        gapOpen_ = false;
        if (!recoveryUsed_)
            ++stats_.filledByOtherLine;
        recoveryUsed_ = false;
        requestOut_ = false;
        attempts_ = 0;
        if (state_ == ChannelState::Recovering)
            state_ = lost_.empty() ? ChannelState::Live : ChannelState::Lost;
    }
}

template <class Sink> void ChannelSequencer::giveUp(std::uint64_t upTo, Sink& sink)
{
    if (upTo <= expected_)
        return;
    const LostRange r{expected_, upTo};
    lost_.push_back(r);
    stats_.lostRecords += upTo - expected_;
    expected_ = upTo;
    state_ = ChannelState::Lost;
    sink.lost(r);
    requestOut_ = false;
    attempts_ = 0;
    drain(sink);
    gapOpen_ = expected_ < highest_; // another hole behind the held packets
    gapOpenedNs_ = 0;
}

template <class Sink>
void ChannelSequencer::onRecoveryEnd(std::uint64_t firstNotSent, std::uint64_t nowNs, Sink& sink)
{
    (void)nowNs;
    if (!requestOut_)
        return;
    requestOut_ = false;
    // Whatever the service could not send before the hole's end is gone for good.
    const std::uint64_t requestedEnd = request_.fromSeq + request_.count;
    if (firstNotSent < requestedEnd && expected_ < requestedEnd)
        giveUp(std::min(requestedEnd, gapEnd()), sink);
    else if (expected_ < highest_)
        gapOpenedNs_ = 0; // more to fetch (the request was capped): ask again at once
}

template <class Sink> std::optional<RecoveryRequest> ChannelSequencer::poll(std::uint64_t nowNs, Sink& sink)
{
    if (!gapOpen_ || expected_ >= highest_)
        return std::nullopt;
    if (requestOut_) {
        if (nowNs - requestSentNs_ < config_.recoveryTimeoutNs)
            return std::nullopt;
        if (attempts_ >= config_.recoveryAttempts) {
            giveUp(gapEnd(), sink);
            return std::nullopt;
        }
    } else if (gapOpenedNs_ != 0 && nowNs - gapOpenedNs_ < config_.arbitrationWindowNs) {
        return std::nullopt;
    }
    const std::uint64_t to = gapEnd();
    const std::uint64_t count = std::min<std::uint64_t>(to - expected_, kMaxRequestCount);
    request_ = {channel_, expected_, static_cast<std::uint32_t>(count)};
    requestOut_ = true;
    recoveryUsed_ = true;
    requestSentNs_ = nowNs;
    ++attempts_;
    ++stats_.recoveryRequests;
    if (state_ != ChannelState::Lost)
        state_ = ChannelState::Recovering;
    return request_;
}

} // namespace ws::md::appliance
