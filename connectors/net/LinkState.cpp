#include "net/LinkState.h"

namespace ws::net {

std::string_view toString(LinkState state) noexcept
{
    switch (state) {
    case LinkState::Stopped:
        return "stopped";
    case LinkState::Connecting:
        return "connecting";
    case LinkState::Connected:
        return "connected";
    case LinkState::Backoff:
        return "backoff";
    }
    return "unknown";
}

} // namespace ws::net
