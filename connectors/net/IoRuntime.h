#pragma once

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

#include <functional>
#include <thread>
#include <vector>

namespace ws::net {

// Owns an io_context and the threads that run it. All network I/O of the workstation happens on
// these threads; results leave through callbacks that must only hand data over (never block).
class IoRuntime
{
public:
    // busyPoll: the threads poll the context in a loop instead of sleeping in the reactor, so a
    // datagram is read the moment it lands, at the price of a core each (a trader's machine with
    // cores to spare; on a laptop it only burns battery).
    // betweenPolls (busy-poll only) runs on the polling thread after each poll: the consumer of
    // what the handlers produced, on the same core (Level2Engine::pump()).
    explicit IoRuntime(unsigned threads = 1, bool busyPoll = false, std::function<void()> betweenPolls = {});
    ~IoRuntime();
    IoRuntime(const IoRuntime&) = delete;
    IoRuntime& operator=(const IoRuntime&) = delete;

    boost::asio::io_context& context() noexcept { return context_; }
    // Stops the context and joins the threads; idempotent, also done by the destructor.
    void stop();

private:
    boost::asio::io_context context_;
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> guard_;
    std::vector<std::jthread> threads_;
};

} // namespace ws::net
