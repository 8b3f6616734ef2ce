#include "md/szse/FrameStream.h"

#include <numeric>

namespace ws::md::szse {

std::string_view frameErrorName(FrameError e)
{
    switch (e) {
    case FrameError::BadChecksum:
        return "bad-checksum";
    case FrameError::BadLength:
        return "bad-length";
    case FrameError::BadBody:
        return "bad-body";
    case FrameError::UnknownType:
        return "unknown-type";
    case FrameError::Truncated:
        return "truncated";
    }
    return "?";
}

std::uint64_t FrameStats::totalErrors() const
{
    return std::accumulate(errors.begin(), errors.end(), std::uint64_t{0});
}

bool plausibleBodyLength(std::uint32_t type, std::uint32_t length)
{
    if (length > kMaxBodyLength)
        return false;
    constexpr std::uint32_t snapshotMinimum = SnapshotHeaderView::kSize + 4;
    switch (static_cast<MsgType>(type)) {
    case MsgType::Logon:
        return length == LogonView::kBodySize;
    case MsgType::Logout:
        return length == LogoutView::kBodySize;
    case MsgType::Heartbeat:
        return length == 0;
    case MsgType::ChannelHeartbeat:
        return length == ChannelHeartbeatView::kBodySize;
    case MsgType::Snapshot:
    case MsgType::IndexSnapshot:
        return length >= snapshotMinimum;
    case MsgType::Trade:
        return length == TradeView::kBodySize;
    case MsgType::Order:
        return length == OrderView::kBodySize;
    }
    return true;
}

FrameStream::FrameStream()
{
    pending_.reserve(kHeaderSize + kMaxBodyLength + kTrailerSize);
}

void FrameStream::reset()
{
    pending_.clear();
    need_ = kHeaderSize;
    resyncing_ = false;
}

} // namespace ws::md::szse
