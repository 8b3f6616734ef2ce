#include "net/IoRuntime.h"

namespace ws::net {

IoRuntime::IoRuntime(unsigned threads) : guard_(boost::asio::make_work_guard(context_))
{
    threads_.reserve(threads);
    for (unsigned i = 0; i < threads; ++i)
        threads_.emplace_back([this] { context_.run(); });
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
