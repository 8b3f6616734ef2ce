#pragma once

// Replays a capture through the same decoder path as the live feed, into a Level2Engine: the
// appliance's UDP datagrams (both lines, arbitrated and sequenced as live; what is missing in
// the capture cannot be recovered and is reported lost) or the TCP stream of an MDGW session
// (reassembled and framed as SZSE Binary). Paced by the capture's timestamps at 1x, Nx, or as
// fast as the book thread takes it; runs on its own thread, reports progress, can be cancelled.

#include "md/Level2Engine.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace ws::md {

enum class CaptureKind : std::uint8_t { Auto, Appliance, Mdgw };

struct ReplayOptions
{
    std::string path;
    double speed = 1; // multiple of capture time; 0 = as fast as possible
    CaptureKind kind = CaptureKind::Auto;
    std::uint16_t port = 0;       // appliance: UDP destination port (0: any)
    std::uint16_t serverPort = 0; // MDGW: the gateway's TCP port (0: the first flow with data)
};

struct ReplayProgress
{
    CaptureKind kind = CaptureKind::Auto;
    std::uint64_t packets = 0;  // datagrams or TCP chunks replayed
    std::uint64_t messages = 0; // records or frames handed to the engine
    std::uint64_t bytes = 0;
    std::int64_t firstTsNs = 0, lastTsNs = 0; // of the capture's data so far
    double wallSeconds = 0;
    std::uint64_t lostRecords = 0; // appliance: sequence holes the capture cannot fill
    std::uint64_t malformed = 0;   // datagrams or frames skipped as malformed
    std::uint64_t tcpGapBytes = 0; // MDGW: bytes missing from the capture
    bool finished = false;
    bool cancelled = false;
    std::string error; // names the file
    // Capture time covered per wall second: the speed actually achieved.
    double achievedSpeed() const
    {
        return wallSeconds > 0 ? static_cast<double>(lastTsNs - firstTsNs) / 1e9 / wallSeconds : 0;
    }
};

class Replay
{
public:
    Replay(Level2Engine& engine, ReplayOptions options);
    ~Replay(); // cancels and joins
    void start();
    void cancel() { cancelled_ = true; }
    void wait();
    ReplayProgress progress() const;

private:
    void run();
    void runAppliance();
    void runMdgw();
    void pace(std::int64_t tsNs);
    void update(const ReplayProgress& p);

    Level2Engine& engine_;
    ReplayOptions options_;
    std::atomic<bool> cancelled_{false};
    mutable std::mutex mutex_;
    ReplayProgress progress_;
    ReplayProgress local_; // the replay thread's working copy
    std::chrono::steady_clock::time_point wallStart_;
    std::int64_t captureStart_ = 0;
    std::jthread thread_;
};

} // namespace ws::md
