#include "md/appliance/Sequencer.h"

#include <algorithm>

namespace ws::md::appliance {

const char* channelStateName(ChannelState s)
{
    switch (s) {
    case ChannelState::Waiting:
        return "waiting";
    case ChannelState::Live:
        return "live";
    case ChannelState::Recovering:
        return "recovering";
    case ChannelState::Lost:
        return "lost";
    }
    return "unknown";
}

ChannelSequencer::ChannelSequencer(std::uint16_t channel, SequencerConfig config)
    : channel_(channel), config_(config), expected_(config.startSeq), highest_(config.startSeq)
{}

std::uint64_t ChannelSequencer::gapEnd() const
{
    return held_.empty() ? highest_ : std::max(expected_, held_.begin()->first);
}

void ChannelSequencer::hold(int line, const PacketHeader& h, Bytes packet)
{
    auto& slot = held_[h.firstSeq];
    slot.line = line;
    heldBytes_ -= slot.bytes.size();
    slot.header = h;
    slot.bytes.assign(packet.begin(), packet.end());
    heldBytes_ += slot.bytes.size();
}

} // namespace ws::md::appliance
