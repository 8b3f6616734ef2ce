// libFuzzer target for the SZSE Binary framer and message views. The first input byte sets the
// read size, so frames straddle reads in every way; every accepted frame is fully decoded
// (values and JSON). Invariant checked: every input byte is accounted for.

#include "md/szse/FrameStream.h"
#include "md/szse/SzseBinary.h"

#include <cstdint>
#include <string>

using namespace ws::md::szse;

namespace {
struct Sink
{
    std::string json;
    void onFrame(const Frame& f)
    {
        json.clear();
        appendJson(f, json);
        switch (static_cast<MsgType>(f.msgType)) {
        case MsgType::Snapshot:
            (void)toValue(*SnapshotView::parse(f.body));
            break;
        case MsgType::IndexSnapshot:
            (void)toValue(*IndexSnapshotView::parse(f.body));
            break;
        case MsgType::Order:
            (void)toValue(*OrderView::parse(f.body));
            break;
        case MsgType::Trade:
            (void)toValue(*TradeView::parse(f.body));
            break;
        default:
            break;
        }
    }
    void onError(FrameError, std::uint64_t) {}
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::size_t chunk = 1 + data[0] % 64;
    const Bytes input(reinterpret_cast<const std::byte*>(data + 1), size - 1);
    FrameStream stream;
    Sink sink;
    for (std::size_t pos = 0; pos < input.size(); pos += chunk)
        stream.push(input.subspan(pos, std::min(chunk, input.size() - pos)), sink);
    stream.finish(sink);
    if (stream.stats().bytes != input.size())
        __builtin_trap();
    return 0;
}
