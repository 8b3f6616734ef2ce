#include "net/IoRuntime.h"

namespace ws::net {

IoRuntime::IoRuntime(unsigned threads, bool busyPoll, std::function<void()> betweenPolls)
    : guard_(boost::asio::make_work_guard(context_))
{
    threads_.reserve(threads);
    for (unsigned i = 0; i < threads; ++i) {
        if (busyPoll)
            threads_.emplace_back([this, betweenPolls] {
                while (!context_.stopped()) {
                    // One handler at a time, so that what it produced is consumed before the
                    // next datagram is read.
                    if (betweenPolls) {
                        context_.poll_one();
                        betweenPolls();
                    } else {
                        context_.poll();
                    }
                }
            });
        else
            threads_.emplace_back([this] { context_.run(); });
    }
}

IoRuntime::~IoRuntime()
{
    stop();
}

void IoRuntime::stop()
{
    guard_.reset();
    context_.stop();
    for (auto& t : threads_)
        if (t.joinable())
            t.join();
    threads_.clear();
}

} // namespace ws::net
