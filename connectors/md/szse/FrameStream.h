#pragma once

// Splits a TCP byte stream from an MDGW into SZSE Binary frames.
//
// Zero-copy where the bytes allow: complete frames are handed to the handler as spans into the
// caller's receive buffer. Only a frame that straddles two reads is copied, and only its own
// bytes, into a buffer reserved once at the largest legal frame size; an untrusted BodyLength
// never sizes anything.
//
// Bad input is counted per kind and skipped. A checksum or length that cannot be right means
// the framing is lost: the stream then resynchronises by sliding one byte at a time until a
// known message type with a plausible length and a valid checksum starts, so one corrupt frame
// costs that frame and nothing after it.

#include "md/szse/SzseBinary.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ws::md::szse {

enum class FrameError : std::uint8_t {
    BadChecksum, // trailer does not match the sum of header and body
    BadLength,   // BodyLength beyond kMaxBodyLength or impossible for the message type
    BadBody,     // checksum fine, but the body does not have the message type's layout
    UnknownType, // checksum fine, a message type this decoder does not know (skipped whole)
    Truncated,   // the stream ended inside a frame
};
inline constexpr std::size_t kFrameErrorKinds = 5;
std::string_view frameErrorName(FrameError e);

struct FrameStats
{
    std::uint64_t frames = 0;       // frames handed to the handler
    std::uint64_t bytes = 0;        // bytes consumed from the stream
    std::uint64_t skippedBytes = 0; // bytes dropped while resynchronising
    std::array<std::uint64_t, kFrameErrorKinds> errors{};
    std::uint64_t error(FrameError e) const { return errors[static_cast<std::size_t>(e)]; }
    std::uint64_t totalErrors() const;
};

// True when `length` can be the BodyLength of a message of type `type` (any length up to the
// maximum for types this decoder does not know).
bool plausibleBodyLength(std::uint32_t type, std::uint32_t length);

class FrameStream
{
public:
    FrameStream();

    // Handler: void onFrame(const Frame&) for each valid frame, and
    //          void onError(FrameError, std::uint64_t streamOffset) for each bad one.
    // Frames passed to onFrame are valid only during the call.
    template <class Handler> void push(Bytes data, Handler& handler);

    // End of stream: reports an incomplete trailing frame as Truncated and recovers any whole
    // frames behind a corrupt header that was waiting for bytes that never came.
    template <class Handler> void finish(Handler& handler);

    // Forget any partial frame (after a reconnect: a new session starts on a frame boundary).
    void reset();

    const FrameStats& stats() const { return stats_; }
    std::size_t pendingBytes() const { return pending_.size(); }

private:
    template <class Handler> std::size_t scan(Bytes buf, Handler& handler);
    template <class Handler> void error(Handler& handler, FrameError e, std::uint64_t offset)
    {
        ++stats_.errors[static_cast<std::size_t>(e)];
        handler.onError(e, offset);
    }

    std::vector<std::byte> pending_;
    std::size_t need_ = kHeaderSize; // bytes needed from the start of pending_ to make progress
    bool resyncing_ = false;
    FrameStats stats_;
};

template <class Handler> std::size_t FrameStream::scan(Bytes buf, Handler& handler)
{
    const std::uint64_t base = stats_.bytes;
    std::size_t pos = 0;
    const std::size_t size = buf.size();
    while (size - pos >= kHeaderSize) {
        const std::byte* p = buf.data() + pos;
        const std::uint32_t type = loadBe<std::uint32_t>(p);
        const std::uint32_t length = loadBe<std::uint32_t>(p + 4);
        const bool known = isKnownMsgType(type);
        if (!plausibleBodyLength(type, length) || (resyncing_ && !known)) {
            if (!resyncing_)
                error(handler, FrameError::BadLength, base + pos);
            resyncing_ = true;
            ++stats_.skippedBytes;
            ++pos;
            continue;
        }
        const std::size_t total = kHeaderSize + length + kTrailerSize;
        if (size - pos < total) {
            need_ = total;
            return pos;
        }
        const Bytes headerAndBody(p, kHeaderSize + length);
        if (checksum(headerAndBody) != loadBe<std::uint32_t>(p + kHeaderSize + length)) {
            if (!resyncing_)
                error(handler, FrameError::BadChecksum, base + pos);
            resyncing_ = true;
            ++stats_.skippedBytes;
            ++pos;
            continue;
        }
        resyncing_ = false;
        const Frame frame{type, Bytes(p + kHeaderSize, length)};
        if (!known) {
            error(handler, FrameError::UnknownType, base + pos);
        } else if (!bodyIsValid(type, frame.body)) {
            error(handler, FrameError::BadBody, base + pos);
        } else {
            ++stats_.frames;
            handler.onFrame(frame);
        }
        pos += total;
    }
    need_ = kHeaderSize;
    return pos;
}

template <class Handler> void FrameStream::push(Bytes data, Handler& handler)
{
    // Finish a frame that straddles reads, copying only its missing bytes.
    while (!pending_.empty() && !data.empty()) {
        const std::size_t take = std::min(need_ - pending_.size(), data.size());
        pending_.insert(pending_.end(), data.begin(), data.begin() + static_cast<std::ptrdiff_t>(take));
        data = data.subspan(take);
        if (pending_.size() < need_)
            return;
        const std::size_t consumed = scan(Bytes(pending_), handler);
        stats_.bytes += consumed;
        pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(consumed));
    }
    if (data.empty())
        return;
    // The common case: frames straight from the caller's buffer.
    const std::size_t consumed = scan(data, handler);
    stats_.bytes += consumed;
    pending_.assign(data.begin() + static_cast<std::ptrdiff_t>(consumed), data.end());
}

template <class Handler> void FrameStream::finish(Handler& handler)
{
    // What is left is a frame the stream ended inside, or a corrupt header that promised more
    // bytes than came: report it, then look for whole frames behind it as when resynchronising.
    std::size_t pos = 0;
    if (!pending_.empty())
        error(handler, FrameError::Truncated, stats_.bytes);
    while (pos < pending_.size()) {
        resyncing_ = true;
        ++pos;
        ++stats_.bytes;
        ++stats_.skippedBytes;
        const std::size_t consumed = scan(Bytes(pending_).subspan(pos), handler);
        pos += consumed;
        stats_.bytes += consumed;
    }
    reset();
}

} // namespace ws::md::szse
