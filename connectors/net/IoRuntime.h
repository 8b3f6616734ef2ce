#pragma once

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

#include <thread>
#include <vector>

namespace ws::net {

// Owns an io_context and the threads that run it. All network I/O of the workstation happens on
// these threads; results leave through callbacks that must only hand data over (never block).
class IoRuntime
{
public:
    explicit IoRuntime(unsigned threads = 1);
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
