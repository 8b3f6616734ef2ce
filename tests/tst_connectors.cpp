// The connector base: bounded back-off, and a real TCP link on loopback that connects, receives,
// notices the peer going away, backs off and reconnects when the endpoint returns.
#include "net/Backoff.h"
#include "net/IoRuntime.h"
#include "net/TcpLink.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>

#include <QtTest>

#include <atomic>
#include <mutex>
#include <vector>

using namespace ws::net;
namespace asio = boost::asio;
using asio::ip::tcp;

class TestConnectors : public QObject
{
    Q_OBJECT

    struct Recorder
    {
        std::mutex mutex;
        std::vector<LinkState> states;
        std::string bytes;
        std::vector<LinkState> snapshot()
        {
            std::lock_guard lock(mutex);
            return states;
        }
        std::string received()
        {
            std::lock_guard lock(mutex);
            return bytes;
        }
    };

private Q_SLOTS:
    void backoffDoublesUpToTheCap()
    {
        Backoff b(std::chrono::milliseconds(100), std::chrono::milliseconds(1000));
        std::vector<long> got;
        for (int i = 0; i < 6; ++i)
            got.push_back(static_cast<long>(b.next().count()));
        QCOMPARE(got, (std::vector<long>{100, 200, 400, 800, 1000, 1000}));
        b.reset();
        QCOMPARE(b.next().count(), 100);
        // The default cap keeps a moved endpoint (2-9 s VIP switch) found within the 10 s budget.
        Backoff d;
        long total = 0;
        for (int i = 0; i < 8; ++i)
            total += static_cast<long>(d.next().count());
        QVERIFY(d.peek().count() <= 2000);
        QVERIFY(total < 12000);
    }

    void linkConnectsReceivesAndReconnects()
    {
        asio::io_context serverIo;
        tcp::acceptor acceptor(serverIo, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
        const auto port = acceptor.local_endpoint().port();

        IoRuntime runtime(1);
        Recorder rec;
        auto link =
            TcpLink::create(runtime.context(), "127.0.0.1", port,
                            {[&](LinkState s, const std::string&) {
                                 std::lock_guard lock(rec.mutex);
                                 rec.states.push_back(s);
                             },
                             [&](std::span<const std::byte> data) {
                                 std::lock_guard lock(rec.mutex);
                                 rec.bytes.append(reinterpret_cast<const char*>(data.data()), data.size());
                             }},
                            Backoff(std::chrono::milliseconds(50), std::chrono::milliseconds(200)));
        link->start();

        {
            tcp::socket peer(serverIo);
            acceptor.accept(peer);
            asio::write(peer, asio::buffer(std::string_view("hello, appliance")));
            QTRY_COMPARE(rec.received(), std::string("hello, appliance"));
            QVERIFY(rec.snapshot().back() == LinkState::Connected);
            // Bytes the link sends arrive at the peer.
            const std::string ping = "ping";
            std::vector<std::byte> out(ping.size());
            std::memcpy(out.data(), ping.data(), ping.size());
            link->send(out);
            std::array<char, 4> in{};
            asio::read(peer, asio::buffer(in));
            QCOMPARE(std::string(in.data(), 4), ping);
        } // the peer closes: the link must notice and back off

        QTRY_VERIFY([&] {
            const auto states = rec.snapshot();
            return std::count(states.begin(), states.end(), LinkState::Backoff) >= 1;
        }());
        {
            tcp::socket peer(serverIo);
            acceptor.accept(peer); // the link reconnects by itself
            QTRY_COMPARE(link->connectCount(), std::uint64_t(2));
            QTRY_VERIFY(rec.snapshot().back() == LinkState::Connected);
        }
        link->stop();
        QTRY_VERIFY(rec.snapshot().back() == LinkState::Stopped);
        runtime.stop();
    }

    void refusedEndpointBacksOffWithoutBlocking()
    {
        // A port nobody listens on: take one from the OS, then close it.
        unsigned short port = 0;
        {
            asio::io_context io;
            tcp::acceptor a(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
            port = a.local_endpoint().port();
        }
        IoRuntime runtime(1);
        std::atomic<int> backoffs{0};
        auto link = TcpLink::create(runtime.context(), "127.0.0.1", port,
                                    {[&](LinkState s, const std::string&) {
                                         if (s == LinkState::Backoff)
                                             ++backoffs;
                                     },
                                     {}},
                                    Backoff(std::chrono::milliseconds(10), std::chrono::milliseconds(40)));
        link->start();
        QTRY_VERIFY(backoffs.load() >= 3);
        QCOMPARE(link->connectCount(), std::uint64_t(0));
        link->stop();
        runtime.stop();
    }
};

QTEST_GUILESS_MAIN(TestConnectors)
#include "tst_connectors.moc"
