#pragma once

#include <string_view>

namespace ws::net {

// The life cycle every connector reports; the status bar shows it per connector.
enum class LinkState {
    Stopped,    // not started, or stopped on purpose
    Connecting, // resolving or connecting
    Connected,  // session up
    Backoff,    // lost or refused; waiting before the next attempt
};

std::string_view toString(LinkState state) noexcept;

} // namespace ws::net
