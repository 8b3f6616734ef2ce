// The Level-2 engine (book thread, queues, statistics) on simulated days: the SZSE Binary path
// and the appliance path give the same books; the rebuilt books agree with every exchange
// snapshot after 09:25; large-order flows, minute bars and the real-time index add up; gaps
// invalidate a channel. Then end to end: the simulator as a separate process publishing over
// loopback multicast with packets lost on both lines, recovered over TCP, books valid again.

#include "TestUtil.h"
#include "md/FeedAdapters.h"
#include "md/LatencyHistogram.h"
#include "md/Level2Engine.h"
#include "md/MarketDataHub.h"
#include "md/Replay.h"
#include "md/SzseEvents.h"
#include "md/appliance/Narrowing.h"
#include "md/pcap/Pcap.h"
#include "net/IoRuntime.h"
#include "simulators/DayGenerator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <random>
#include <thread>

using namespace ws::md;

namespace {

sim::DayConfig smallDay(std::uint64_t seed = 7)
{
    sim::DayConfig c;
    c.securities = 8;
    c.tickChannels = 2;
    c.seed = seed;
    c.ordersPerSecond = 40;
    return c;
}

IndexDefinition indexOf(const sim::DayGenerator& day)
{
    IndexDefinition def;
    def.security = securityKey(day.index().code);
    def.name = day.index().name;
    def.prevClose = day.index().prevClose;
    for (const auto& c : day.index().constituents)
        for (const auto& s : day.securities())
            if (s.code == c.code)
                def.constituents.push_back({securityKey(c.code), c.shares, s.prevClose});
    return def;
}

// The day as SZSE Binary frames through the framer and the frame adapter, until `endMs`.
// `drop` names ApplSeqNums of channel 2011 to leave out.
void feedSzse(Level2Engine& engine, const sim::DayConfig& config, int endMs,
              const std::vector<std::int64_t>& drop = {})
{
    sim::DayGenerator day(config);
    SzseFrameAdapter adapter(engine, FeedPath::Mdgw);
    struct Handler
    {
        SzseFrameAdapter& a;
        void onFrame(const szse::Frame& f) { a.onFrame(f, 1); }
        void onError(szse::FrameError, std::uint64_t) { QFAIL("frame error"); }
    } handler{adapter};
    szse::FrameStream stream;
    sim::Message m;
    std::vector<std::byte> bytes;
    while (day.next(m) && day.timeOfDayMs() <= endMs) {
        bool skip = false;
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, szse::Order> || std::is_same_v<T, szse::Trade>)
                    skip = v.channelNo == 2011 &&
                           std::find(drop.begin(), drop.end(), v.applSeqNum) != drop.end();
                if (!skip)
                    szse::encode(v, bytes);
            },
            m);
        if (bytes.size() > 65536) {
            stream.push(bytes, handler);
            bytes.clear();
        }
    }
    stream.push(bytes, handler);
}

// The same day narrowed into appliance packets, in the order the simulator sends them, each
// with the exchange time it was sent at (ns of the trading day).
template <class Fn> void forEachAppliancePacket(const sim::DayConfig& config, int endMs, Fn&& fn)
{
    sim::DayGenerator day(config);
    int lastMs = -1;
    std::map<std::uint16_t, std::pair<appliance::PacketBuilder, std::uint64_t>> out;
    auto flush = [&](std::uint16_t ch) {
        auto& [b, seq] = out.at(ch);
        if (b.count() == 0)
            return;
        const auto bytes = b.finish();
        std::vector<std::byte> copy(bytes.begin(), bytes.end());
        fn(copy, lastMs);
        b.begin(seq, 0);
    };
    auto add = [&](std::uint16_t ch, const auto& record, std::size_t size) {
        auto it = out.find(ch);
        if (it == out.end()) {
            it = out.emplace(ch, std::pair{appliance::PacketBuilder(ch, 20261130), std::uint64_t{1}}).first;
            it->second.first.begin(1, 0);
        }
        if (!it->second.first.fits(size))
            flush(ch);
        it->second.first.add(record);
        ++it->second.second;
    };
    sim::Message m;
    while (day.next(m) && day.timeOfDayMs() <= endMs) {
        if (day.timeOfDayMs() != lastMs) {
            // Ticks before snapshots, as the simulator sends them.
            for (auto& [ch, _] : out)
                if (ch >= 2000)
                    flush(ch);
            for (auto& [ch, _] : out)
                if (ch < 2000)
                    flush(ch);
            lastMs = day.timeOfDayMs();
        }
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, szse::Order>) {
                    add(v.channelNo, *appliance::narrow(v), appliance::kOrderSize);
                } else if constexpr (std::is_same_v<T, szse::Trade>) {
                    add(v.channelNo, *appliance::narrow(v), appliance::kTradeSize);
                } else if constexpr (std::is_same_v<T, szse::Snapshot>) {
                    const auto n = *appliance::narrow(v);
                    add(v.header.channelNo, n.snapshot, appliance::kSnapshotSize);
                    for (const auto& q : n.queues)
                        add(v.header.channelNo, q, appliance::encodedSize(q));
                } else {
                    add(v.header.channelNo, *appliance::narrow(v), appliance::kIndexSize);
                }
            },
            m);
    }
    for (auto& [ch, _] : out)
        flush(ch);
}

void feedAppliance(Level2Engine& engine, const sim::DayConfig& config, int endMs)
{
    ApplianceAdapter adapter(engine);
    forEachAppliancePacket(config, endMs, [&](const std::vector<std::byte>& p, int) {
        adapter.onRecords(*appliance::parseHeader(p), p, 0, 1);
    });
}

// The same end state security by security: volume, best prices and sizes.
void compareQuotes(const MarketSnapshot& a, const MarketSnapshot& b)
{
    QCOMPARE(a.quotes.size(), b.quotes.size());
    for (std::size_t i = 0; i < a.quotes.size(); ++i) {
        QCOMPARE(a.quotes[i].security, b.quotes[i].security);
        QCOMPARE(a.quotes[i].volume, b.quotes[i].volume);
        QCOMPARE(a.quotes[i].bid1, b.quotes[i].bid1);
        QCOMPARE(a.quotes[i].bid1Qty, b.quotes[i].bid1Qty);
        QCOMPARE(a.quotes[i].ask1Qty, b.quotes[i].ask1Qty);
    }
}

const ChannelView* channelView(const MarketSnapshot& s, std::uint16_t ch)
{
    for (const auto& c : s.channels)
        if (c.channel == ch)
            return &c;
    return nullptr;
}

} // namespace

class TestLevel2 : public QObject
{
    Q_OBJECT

private slots:
    void histogramAgainstSortedValues()
    {
        std::mt19937_64 rng(3);
        std::lognormal_distribution<double> dist(8.0, 2.0); // ~3 us median, long tail
        LatencyHistogram h;
        std::vector<std::uint64_t> values;
        for (int i = 0; i < 200'000; ++i) {
            const auto v = static_cast<std::uint64_t>(dist(rng));
            values.push_back(v);
            h.record(v);
        }
        std::sort(values.begin(), values.end());
        for (double q : {0.5, 0.9, 0.99, 0.999, 1.0}) {
            const std::uint64_t exact = values[static_cast<std::size_t>(std::ceil(q * values.size())) - 1];
            const std::uint64_t got = h.percentile(q);
            QVERIFY2(got >= exact && got <= exact + exact / 64 + 1,
                     qPrintable(QStringLiteral("q=%1 exact %2 got %3").arg(q).arg(exact).arg(got)));
        }
        QCOMPARE(h.max(), values.back());
        QCOMPARE(h.count(), values.size());
        for (std::uint64_t v : {0ull, 1ull, 127ull, 128ull, 129ull, 1000ull, 123456789ull, 1ull << 46})
            QVERIFY(LatencyHistogram::upperEdge(LatencyHistogram::bucket(v)) >= v);
    }

    void classifyThresholds()
    {
        const OrderClassThresholds t; // the common preset
        // price Price(4), quantity Qty(2): 10 yuan = 100'000, 1 share = 100
        QCOMPARE(t.classify(100'000, 500'000 * 100), OrderClass::SuperLarge);  // 500k shares
        QCOMPARE(t.classify(1'000'000, 10'000 * 100), OrderClass::SuperLarge); // 100 yuan x 10k = 1m yuan
        QCOMPARE(t.classify(990'000, 10'000 * 100), OrderClass::Large);        // 990k yuan
        QCOMPARE(t.classify(50'000, 100'000 * 100), OrderClass::Large);        // 100k shares, 500k yuan
        QCOMPARE(t.classify(200'000, 2'000 * 100), OrderClass::Medium);        // 40k yuan
        QCOMPARE(t.classify(100'000, 100 * 100), OrderClass::Small);
        OrderClassThresholds strict;
        strict.shares = {1'000, 2'000, 3'000};
        strict.yuan = {1'000'000'000'000, 1'000'000'000'000, 1'000'000'000'000};
        QCOMPARE(strict.classify(100'000, 2'500 * 100), OrderClass::Large);
    }

    void booksAgreeWithSnapshots()
    {
        const auto config = smallDay();
        sim::DayGenerator ref(config);
        EngineConfig ec;
        ec.indices.push_back(indexOf(ref));
        Level2Engine engine(ec);
        engine.setFocus(securityKey(ref.securities().front().code));
        feedSzse(engine, config, hmsMs(10, 30));
        const auto s = engine.sync();
        QCOMPARE(static_cast<int>(s->quotes.size()), config.securities);
        QVERIFY(s->crossCheck.compared > 100);
        QVERIFY2(s->crossCheck.mismatched == 0,
                 qPrintable(QString::fromStdString(
                     s->crossCheck.examples.empty() ? std::string() : s->crossCheck.examples[0])));
        QCOMPARE(s->crossCheck.late, 0u);
        for (const auto& c : s->channels)
            QCOMPARE(c.health, ChannelHealth::Valid);
        // The index computed from tick trades matches the published one.
        QCOMPARE(s->indices.size(), 1u);
        QVERIFY(s->indices[0].published != 0);
        QVERIFY2(s->indices[0].maxDifferenceBp < 0.01,
                 qPrintable(QString::number(s->indices[0].maxDifferenceBp)));
        // Large-order flows: every trade's amount once on each side; bars add up to the volume.
        QCOMPARE(s->focused.size(), 1u);
        QVERIFY(s->primaryFocus());
        const auto& f = *s->primaryFocus();
        std::int64_t buy = 0, sell = 0, barVolume = 0, barTurnover = 0;
        for (const auto& c : f.large.classes) {
            buy += c.buyAmount;
            sell += c.sellAmount;
        }
        for (const auto& b : f.bars) {
            barVolume += b.volume;
            barTurnover += b.turnover;
            QVERIFY(b.low <= b.open && b.open <= b.high && b.low <= b.close && b.close <= b.high);
        }
        QCOMPARE(buy, f.quote.turnover);
        QCOMPARE(sell, f.quote.turnover);
        QCOMPARE(barVolume, f.quote.volume);
        QCOMPARE(barTurnover, f.quote.turnover);
        QVERIFY(f.bars.size() > 10);
        QCOMPARE(f.bars.front().minute, 570); // the opening uncross sits in the 09:30 bar
        QVERIFY(!f.bids.empty() && !f.asks.empty());
        QVERIFY(f.bids.front().price < f.asks.front().price);
        QCOMPARE(f.bidQueue.size(),
                 static_cast<std::size_t>(std::min<std::uint32_t>(f.bids.front().orders, 50)));
        QVERIFY(f.tickCount > 100);
        QVERIFY(f.ticks.back().timeMs <= hmsMs(10, 30));
    }

    // Several securities detailed at once (one per link group): each view is its own
    // security's, the list is capped at kMaxFocused, and a security dropped from it goes.
    // Low-latency mode: no book thread, pump() applies. A producer on another thread (a replay)
    // waits for the pumping thread when the queue is full; a producer that is the pumping thread
    // (the busy-polling receiver) makes room itself. Both end with the books of the threaded
    // engine, and neither deadlocks on a queue far smaller than the day.
    void pumpedEngineMatchesThreadedEngine()
    {
        const auto config = smallDay(9);
        Level2Engine reference;
        feedSzse(reference, config, hmsMs(9, 45));
        const auto r = reference.sync();
        QVERIFY(r->stats.events > 5'000);

        EngineConfig pumped;
        pumped.pumpedByProducer = true;
        pumped.queueCapacity = 64;
        {
            Level2Engine engine(pumped);
            std::atomic<bool> stop{false};
            std::thread pumper([&] {
                while (!stop.load())
                    engine.pump();
            });
            feedSzse(engine, config, hmsMs(9, 45));
            const auto s = engine.sync();
            stop = true;
            pumper.join();
            QCOMPARE(s->stats.events, r->stats.events);
            QVERIFY(s->stats.producerWaits > 0); // the queue did fill up
            compareQuotes(*s, *r);
        }
        {
            pumped.publishInterval = std::chrono::milliseconds(0);
            Level2Engine engine(pumped);
            engine.pump(); // this thread pumps from now on
            feedSzse(engine, config, hmsMs(9, 45));
            while (engine.pump()) {
            }
            const auto s = engine.latest();
            QCOMPARE(s->stats.events, r->stats.events);
            QVERIFY(s->stats.producerWaits > 0);
            compareQuotes(*s, *r);
        }
    }

    void severalSecuritiesFocused()
    {
        const auto config = smallDay(5);
        sim::DayGenerator ref(config);
        Level2Engine engine;
        std::vector<SecurityKey> keys;
        for (const auto& sec : ref.securities())
            keys.push_back(securityKey(sec.code));
        QVERIFY(keys.size() >= 3);
        const std::array<SecurityKey, 3> two{keys[0], 0, keys[1]}; // a zero key is skipped
        engine.setFocus(two);
        feedSzse(engine, config, hmsMs(10, 0));
        auto s = engine.sync();
        QCOMPARE(s->focused.size(), 2u);
        QCOMPARE(s->primaryFocus()->security, keys[0]);
        for (std::size_t i = 0; i < 2; ++i) {
            const FocusView* f = s->focusOf(keys[i]);
            QVERIFY(f);
            QCOMPARE(f->security, keys[i]);
            // Its own quote and book: the ones the snapshot lists for that security.
            const auto q = std::find_if(s->quotes.begin(), s->quotes.end(),
                                        [&](const Quote& x) { return x.security == keys[i]; });
            QVERIFY(q != s->quotes.end());
            QCOMPARE(f->quote.volume, q->volume);
            QVERIFY(!f->bids.empty());
            QCOMPARE(f->bids.front().price, q->bid1);
            QVERIFY(f->tickCount > 0);
            QCOMPARE(f->ticks.size(), std::min<std::size_t>(f->tickCount, kMaxFocusTicks));
        }
        QVERIFY(!s->focusOf(keys[2]));
        QVERIFY(s->focusOf(keys[0])->quote.volume != s->focusOf(keys[1])->quote.volume ||
                s->focusOf(keys[0])->bids.front().price != s->focusOf(keys[1])->bids.front().price);

        // More than the cap: the first kMaxFocused are kept (a security never seen has no view).
        std::vector<SecurityKey> many{securityKey("900999")};
        many.insert(many.end(), keys.begin(), keys.end());
        QVERIFY(many.size() > kMaxFocused);
        engine.setFocus(many);
        s = engine.sync(); // publishes again with the new list
        QCOMPARE(s->focused.size(), kMaxFocused - 1);
        for (std::size_t i = 0; i < s->focused.size(); ++i)
            QCOMPARE(s->focused[i].security, many[i + 1]);
        QVERIFY(!s->focusOf(many[kMaxFocused]));

        engine.setFocus(keys[2]);
        s = engine.sync();
        QCOMPARE(s->focused.size(), 1u);
        QCOMPARE(s->focused.front().security, keys[2]);
    }

    // The market-data settings: defaults, what validate() refuses, the round trip through
    // QSettings (keys under marketData/), a port out of range in the file, the audit's list.
    void marketDataSettingsLoadSaveValidate()
    {
        QVERIFY2(clearScratchConfig(),
                 "run through ctest: XDG_CONFIG_HOME must name this test's scratch folder");
        QCoreApplication::setOrganizationName(QStringLiteral("workstation-test"));
        QCoreApplication::setApplicationName(QStringLiteral("workstation-test"));
        const MarketDataSettings defaults = MarketDataSettings::load();
        QCOMPARE(defaults, MarketDataSettings{});
        QCOMPARE(defaults.source, MarketDataSource::Demo);
        QVERIFY(defaults.validate().isEmpty());

        MarketDataSettings m;
        m.source = MarketDataSource::Mdgw;
        QCOMPARE(m.validate().size(), 1); // no port yet
        QVERIFY(m.validate().front().contains(QStringLiteral("out of range")));
        m.mdgwHost = QStringLiteral("mdgw.example.internal");
        m.mdgwPort = 9129;
        m.senderCompId = QStringLiteral("WS01");
        m.targetCompId = QStringLiteral("SZSE-MDGW");
        m.heartBtInt = 10;
        QVERIFY(m.validate().isEmpty());
        m.senderCompId = QStringLiteral("MUCH TOO LONG FOR A COMPID");
        QCOMPARE(m.validate().size(), 1);
        QVERIFY(m.validate().front().contains(QStringLiteral("SenderCompID")));
        m.senderCompId = QStringLiteral("WS01");
        m.heartBtInt = 0;
        QVERIFY(m.validate().front().contains(QStringLiteral("HeartBtInt")));
        m.heartBtInt = 10;

        // The appliance's fields are only checked when it is the source.
        m.groupA = QStringLiteral("10.1.2.3");
        QVERIFY(m.validate().isEmpty());
        MarketDataSettings a = m;
        a.source = MarketDataSource::Appliance;
        QStringList problems = a.validate();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.front().contains(QStringLiteral("10.1.2.3")));
        QVERIFY(problems.front().contains(QStringLiteral("multicast")));
        for (const char* bad : {"239.1.2.300", "239.1.2", "240.0.0.1", "223.255.255.255", "239.1.2.x", ""}) {
            a.groupA = QString::fromLatin1(bad);
            QVERIFY2(a.validate().size() == 1, bad);
        }
        for (const char* good : {"224.0.0.1", "239.255.255.255", "239.77.0.9"}) {
            a.groupA = QString::fromLatin1(good);
            QVERIFY2(a.validate().isEmpty(), good);
        }
        a.interfaceAddress = QStringLiteral("eth0");
        a.appliancePort = 0;
        a.recoveryPort = 70000;
        problems = a.validate();
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("eth0")));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("70000")));

        // Round trip, and the keys the audit trail names.
        a.interfaceAddress = QStringLiteral("10.0.0.21");
        a.appliancePort = 30001;
        a.recoveryPort = 30100;
        a.recoveryHost = QStringLiteral("10.0.0.5");
        QVERIFY(a.validate().isEmpty());
        a.save();
        QCOMPARE(MarketDataSettings::load(), a);
        QCOMPARE(QSettings().value(QStringLiteral("marketData/mdgw/port")).toInt(), 9129);
        QCOMPARE(QSettings().value(QStringLiteral("marketData/source")).toString(),
                 QStringLiteral("appliance"));
        const QStringList changes = defaults.describeChanges(a);
        QVERIFY(changes.contains(QStringLiteral("marketData/source: 'demo' -> 'appliance'")));
        QVERIFY(changes.contains(QStringLiteral("marketData/mdgw/port: '0' -> '9129'")));
        QVERIFY(!changes.join(QLatin1Char(';')).contains(QStringLiteral("groupB")));
        QVERIFY(a.describeChanges(a).isEmpty());
        QCOMPARE(a.appliance().port, quint16{30001});
        QCOMPARE(a.appliance().recoveryHost, QStringLiteral("10.0.0.5"));
        QCOMPARE(a.mdgw().targetCompId, QStringLiteral("SZSE-MDGW"));

        // A hand-edited file: a port out of range is reported, not wrapped; an unknown source is
        // the default.
        QSettings().setValue(QStringLiteral("marketData/appliance/port"), 70001);
        QVERIFY(MarketDataSettings::load().validate().join(QString()).contains(QStringLiteral("70001")));
        QSettings().setValue(QStringLiteral("marketData/source"), QStringLiteral("carrier-pigeon"));
        QCOMPARE(MarketDataSettings::load().source, MarketDataSource::Demo);
        QSettings().remove(QStringLiteral("marketData"));
        QCOMPARE(MarketDataSettings::load(), MarketDataSettings{});
    }

    void appliancePathGivesTheSameBooks()
    {
        const auto config = smallDay(11);
        Level2Engine viaSzse, viaAppliance;
        feedSzse(viaSzse, config, hmsMs(10, 0));
        feedAppliance(viaAppliance, config, hmsMs(10, 0));
        const auto a = viaSzse.sync();
        const auto b = viaAppliance.sync();
        QCOMPARE(a->quotes.size(), b->quotes.size());
        for (std::size_t i = 0; i < a->quotes.size(); ++i) {
            const auto& x = a->quotes[i];
            const auto& y = b->quotes[i];
            QCOMPARE(x.security, y.security);
            QCOMPARE(x.last, y.last);
            QCOMPARE(x.volume, y.volume);
            QCOMPARE(x.turnover, y.turnover);
            QCOMPARE(x.bid1, y.bid1);
            QCOMPARE(x.ask1Qty, y.ask1Qty);
            QCOMPARE(x.prevClose, y.prevClose);
        }
        QCOMPARE(b->crossCheck.mismatched, 0u);
        QVERIFY(b->crossCheck.compared > 50);
    }

    void gapInvalidatesChannel()
    {
        const auto config = smallDay(5);
        Level2Engine engine;
        feedSzse(engine, config, hmsMs(9, 40), {500, 501});
        const auto s = engine.sync();
        const auto* bad = channelView(*s, 2011);
        const auto* good = channelView(*s, 2012);
        QVERIFY(bad && good);
        QCOMPARE(bad->health, ChannelHealth::Invalid);
        QCOMPARE(bad->gaps, 1u);
        QVERIFY(QString::fromStdString(bad->reason).contains(QStringLiteral("500-501")));
        QCOMPARE(good->health, ChannelHealth::Valid);
        for (const auto& q : s->quotes)
            QCOMPARE(q.valid, q.channel != 2011);
        QVERIFY(s->crossCheck.skipped > 0);
    }

    void duplicatesAreSkipped()
    {
        const auto config = smallDay(9);
        Level2Engine once, twice;
        feedSzse(once, config, hmsMs(9, 35));
        feedSzse(twice, config, hmsMs(9, 35));
        feedSzse(twice, config, hmsMs(9, 35)); // a reconnect that replays the day so far
        const auto a = once.sync();
        const auto b = twice.sync();
        for (std::size_t i = 0; i < a->quotes.size(); ++i) {
            QCOMPARE(a->quotes[i].volume, b->quotes[i].volume);
            QCOMPARE(a->quotes[i].bid1Qty, b->quotes[i].bid1Qty);
        }
        QVERIFY(channelView(*b, 2011)->duplicates > 0);
        QCOMPARE(channelView(*b, 2011)->health, ChannelHealth::Valid);
    }

    // A capture of both appliance lines (each losing different packets, one packet lost on
    // both) replayed through the same sequencer and adapter as live.
    void replayApplianceCapture()
    {
        const auto config = smallDay(13);
        const QString path = freshDir(QStringLiteral("replay-appliance")) + QStringLiteral("/lines.pcap");
        pcap::Writer w;
        QVERIFY(w.open(path.toStdString()));
        const pcap::Endpoint src{*pcap::parseIpv4("10.1.1.5"), 40000};
        const pcap::Endpoint lineA{*pcap::parseIpv4("239.77.0.1"), 30001},
            lineB{*pcap::parseIpv4("239.77.0.2"), 30001};
        constexpr std::int64_t dayStartNs = 1'795'968'000'000'000'000; // a midnight, as ns since the epoch
        int n = 0;
        std::uint64_t lostOnBoth = 0;
        std::uint16_t lostChannel = 0;
        forEachAppliancePacket(config, hmsMs(10, 0), [&](const std::vector<std::byte>& p, int ms) {
            ++n;
            const std::int64_t ts = dayStartNs + std::int64_t{ms} * 1'000'000 + n;
            const auto h = *appliance::parseHeader(p);
            const bool both = n == 2003 && h.count > 0;
            if (both) {
                lostOnBoth = h.count;
                lostChannel = h.channel;
            }
            if (n % 10 != 3)
                QVERIFY(w.writeUdp(ts, src, lineA, p));
            if (n % 10 != 7 && !both)
                QVERIFY(w.writeUdp(ts + 500, src, lineB, p));
        });
        QVERIFY(w.close());
        QVERIFY(lostOnBoth > 0);

        Level2Engine engine;
        Replay replay(engine, {path.toStdString(), 0});
        replay.start();
        replay.wait();
        const auto progress = replay.progress();
        QVERIFY2(progress.error.empty(), progress.error.c_str());
        QCOMPARE(progress.kind, CaptureKind::Appliance);
        QCOMPARE(progress.lostRecords, lostOnBoth);
        QVERIFY(progress.finished);
        QVERIFY(progress.achievedSpeed() > 10);
        const auto s = engine.sync();
        for (const auto& c : s->channels)
            QCOMPARE(c.health == ChannelHealth::Invalid, c.channel == lostChannel);
    }

    void replayMdgwCaptureAndPacing()
    {
        const auto config = smallDay(17);
        const QString path = freshDir(QStringLiteral("replay-mdgw")) + QStringLiteral("/session.pcap");
        {
            pcap::Writer w;
            QVERIFY(w.open(path.toStdString()));
            pcap::TcpWriter tcp(w, {*pcap::parseIpv4("10.1.1.9"), 50123},
                                {*pcap::parseIpv4("10.1.1.1"), 9129});
            constexpr std::int64_t dayStartNs = 1'795'968'000'000'000'000;
            QVERIFY(tcp.open(dayStartNs + std::int64_t{hmsMs(9, 14)} * 1'000'000));
            sim::DayGenerator day(config);
            sim::Message m;
            std::vector<std::byte> bytes;
            int lastMs = -1;
            while (day.next(m) && day.timeOfDayMs() <= hmsMs(9, 31)) {
                if (day.timeOfDayMs() != lastMs && !bytes.empty()) {
                    QVERIFY(tcp.send(dayStartNs + std::int64_t{lastMs} * 1'000'000, bytes));
                    bytes.clear();
                }
                lastMs = day.timeOfDayMs();
                std::visit([&](const auto& v) { szse::encode(v, bytes); }, m);
            }
            QVERIFY(tcp.send(dayStartNs + std::int64_t{lastMs} * 1'000'000, bytes));
            QVERIFY(tcp.close(dayStartNs + std::int64_t{lastMs} * 1'000'000 + 1));
            QVERIFY(w.close());
        }
        // As fast as possible: the same books as the frames fed directly.
        Level2Engine engine, reference;
        Replay replay(engine, {path.toStdString(), 0});
        replay.start();
        replay.wait();
        QVERIFY2(replay.progress().error.empty(), replay.progress().error.c_str());
        QCOMPARE(replay.progress().kind, CaptureKind::Mdgw);
        QCOMPARE(replay.progress().tcpGapBytes, 0u);
        QCOMPARE(replay.progress().malformed, 0u);
        feedSzse(reference, config, hmsMs(9, 31));
        const auto a = engine.sync();
        const auto b = reference.sync();
        compareQuotes(*a, *b);
        // Paced: 17 minutes of capture at 1000x take at least about a second.
        Level2Engine paced;
        Replay slow(paced, {path.toStdString(), 1000});
        slow.start();
        slow.wait();
        QVERIFY(slow.progress().wallSeconds > 0.9);
        QVERIFY(slow.progress().achievedSpeed() < 1100);
        // Cancelled at once.
        Level2Engine cancelled;
        Replay stopped(cancelled, {path.toStdString(), 1});
        stopped.start();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        stopped.cancel();
        stopped.wait();
        QVERIFY(stopped.progress().cancelled);
        QVERIFY(stopped.progress().wallSeconds < 5);
    }

    // The simulator republishing a capture over loopback multicast (ws-mdsim --replay), received
    // as live: the same books as the day fed directly.
    void simulatorRepublishesCapture()
    {
        const auto config = smallDay(19);
        const QString path = freshDir(QStringLiteral("mdsim-replay")) + QStringLiteral("/lineA.pcap");
        {
            pcap::Writer w;
            QVERIFY(w.open(path.toStdString()));
            const pcap::Endpoint src{*pcap::parseIpv4("10.1.1.5"), 40000},
                dst{*pcap::parseIpv4("239.77.0.1"), 30001};
            int n = 0;
            forEachAppliancePacket(config, hmsMs(9, 40), [&](const std::vector<std::byte>& p, int ms) {
                QVERIFY(
                    w.writeUdp(1'795'968'000'000'000'000 + std::int64_t{ms} * 1'000'000 + ++n, src, dst, p));
            });
            QVERIFY(w.close());
        }
        QProcess sim;
        sim.start(QStringLiteral(WS_BUILD_DIR "/connectors/ws-mdsim"),
                  {QStringLiteral("--replay"), path, QStringLiteral("--speed"), QStringLiteral("max"),
                   QStringLiteral("--no-mdgw"), QStringLiteral("--group-a"), QStringLiteral("239.77.6.1"),
                   QStringLiteral("--group-b"), QStringLiteral("239.77.6.2"), QStringLiteral("--port"),
                   QStringLiteral("31601"), QStringLiteral("--delay"), QStringLiteral("0.3"),
                   QStringLiteral("--linger"), QStringLiteral("20")});
        QVERIFY(sim.waitForStarted(5000));
        QVERIFY(sim.waitForReadyRead(5000));
        const auto hello = QJsonDocument::fromJson(sim.readLine()).object();
        ws::net::IoRuntime io(1);
        Level2Engine engine;
        ApplianceAdapter adapter(engine);
        appliance::FeedEndpoint ep{"239.77.6.1", "239.77.6.2", 31601, "127.0.0.1"};
        auto rx = appliance::FeedReceiver::create(
            io.context(), ep, "127.0.0.1",
            static_cast<std::uint16_t>(hello.value(QStringLiteral("recovery_port")).toInt()), adapter);
        rx->start();
        QVERIFY(sim.waitForReadyRead(60'000));
        const auto done = QJsonDocument::fromJson(sim.readLine()).object();
        const auto records = static_cast<std::uint64_t>(done.value(QStringLiteral("messages")).toDouble());
        QVERIFY(records > 1000);
        QTRY_VERIFY_WITH_TIMEOUT(adapter.records() == records, 20'000);
        rx->stop();
        sim.terminate();
        sim.waitForFinished(5000);
        Level2Engine reference;
        feedSzse(reference, config, hmsMs(9, 40));
        const auto a = engine.sync();
        const auto b = reference.sync();
        compareQuotes(*a, *b);
    }

    void replayReportsBadFiles()
    {
        const QString dir = freshDir(QStringLiteral("replay-bad"));
        QFile garbage(dir + QStringLiteral("/garbage.pcap"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(1000, 'x'));
        garbage.close();
        Level2Engine engine;
        Replay r(engine, {garbage.fileName().toStdString(), 0});
        r.start();
        r.wait();
        QVERIFY(QString::fromStdString(r.progress().error).contains(QStringLiteral("garbage.pcap")));
        Replay missing(engine, {(dir + QStringLiteral("/none.pcap")).toStdString(), 0});
        missing.start();
        missing.wait();
        QVERIFY(QString::fromStdString(missing.progress().error).contains(QStringLiteral("none.pcap")));
    }

    // The simulator as its own process; both multicast lines lose packets and every 40th
    // packet is lost on both, so the receiver has to arbitrate and recover over TCP.
    // Both ways of running the book: its own thread behind a sleeping Asio thread, and the low
    // latency mode, where one busy-polling thread receives and applies the book itself.
    void simulatorProcessGapRecoveryBookValid_data()
    {
        QTest::addColumn<bool>("lowLatency");
        QTest::addColumn<int>("port");
        QTest::newRow("book thread") << false << 31501;
        QTest::newRow("low latency") << true << 31502;
    }

    void simulatorProcessGapRecoveryBookValid()
    {
        QFETCH(bool, lowLatency);
        QFETCH(int, port);
        QProcess sim;
        sim.setProcessChannelMode(QProcess::SeparateChannels);
        const auto config = smallDay(21);
        sim.start(QStringLiteral(WS_BUILD_DIR "/connectors/ws-mdsim"),
                  {QStringLiteral("--securities"), QString::number(config.securities),
                   QStringLiteral("--channels"),   QString::number(config.tickChannels),
                   QStringLiteral("--seed"),       QString::number(config.seed),
                   QStringLiteral("--rate"),       QString::number(config.ordersPerSecond),
                   QStringLiteral("--speed"),      QStringLiteral("max"),
                   QStringLiteral("--end"),        QStringLiteral("10:00"),
                   QStringLiteral("--no-mdgw"),    QStringLiteral("--group-a"),
                   QStringLiteral("239.77.5.1"),   QStringLiteral("--group-b"),
                   QStringLiteral("239.77.5.2"),   QStringLiteral("--port"),
                   QString::number(port),          QStringLiteral("--drop-a"),
                   QStringLiteral("0.05"),         QStringLiteral("--drop-b"),
                   QStringLiteral("0.05"),         QStringLiteral("--gap-every"),
                   QStringLiteral("40"),           QStringLiteral("--linger"),
                   QStringLiteral("20"),           QStringLiteral("--start"),
                   QStringLiteral("09:14")});
        QVERIFY(sim.waitForStarted(5000));
        QVERIFY(sim.waitForReadyRead(5000));
        const auto hello = QJsonDocument::fromJson(sim.readLine()).object();
        const auto recoveryPort =
            static_cast<std::uint16_t>(hello.value(QStringLiteral("recovery_port")).toInt());
        QVERIFY(recoveryPort != 0);

        EngineConfig engineConfig;
        engineConfig.pumpedByProducer = lowLatency;
        Level2Engine engine(engineConfig);
        std::function<void()> pump;
        if (lowLatency)
            pump = [&engine] { engine.pump(); };
        ws::net::IoRuntime io(1, lowLatency, pump); // after the engine it pumps, stopped before it
        ApplianceAdapter adapter(engine);
        appliance::FeedEndpoint ep{"239.77.5.1", "239.77.5.2", static_cast<std::uint16_t>(port), "127.0.0.1"};
        auto rx = appliance::FeedReceiver::create(io.context(), ep, "127.0.0.1", recoveryPort, adapter);
        rx->start();

        // The day to 10:00 at full speed, the receiver listening from the start.
        QVERIFY(sim.waitForReadyRead(120'000)); // the "done" line
        const auto done = QJsonDocument::fromJson(sim.readLine()).object();
        const auto records = static_cast<std::uint64_t>(done.value(QStringLiteral("records")).toDouble());
        QVERIFY(records > 10'000);
        bool complete = false;
        for (int i = 0; i < 600 && !complete; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            std::uint64_t delivered = 0;
            bool live = true;
            for (const auto& c : rx->channels()) {
                delivered += c.expected - 1;
                live = live && c.state == appliance::ChannelState::Live;
            }
            complete = live && delivered == records;
        }
        rx->stop();
        sim.terminate();
        sim.waitForFinished(5000);
        QVERIFY(complete);
        std::uint64_t recovered = 0, lost = 0, gaps = 0;
        for (const auto& c : rx->channels()) {
            recovered += c.stats.recoveredRecords;
            lost += c.stats.lostRecords;
            gaps += c.stats.gaps;
        }
        QVERIFY(gaps > 0);
        QVERIFY(recovered > 0);
        QCOMPARE(lost, 0u);
        QCOMPARE(adapter.records(), records);

        const auto s = engine.sync();
        for (const auto& c : s->channels)
            QVERIFY2(c.health == ChannelHealth::Valid, c.reason.c_str());
        QVERIFY2(s->crossCheck.compared > 100,
                 qPrintable(QStringLiteral("compared %1 late %2 superseded %3 skipped %4")
                                .arg(s->crossCheck.compared)
                                .arg(s->crossCheck.late)
                                .arg(s->crossCheck.superseded)
                                .arg(s->crossCheck.skipped)));
        QCOMPARE(s->crossCheck.mismatched, 0u);
        // Same books as the day fed straight through the SZSE path.
        Level2Engine reference;
        feedSzse(reference, config, hmsMs(10, 0));
        const auto r = reference.sync();
        compareQuotes(*s, *r);
        bool measured = false;
        for (const auto& l : s->latency)
            measured = measured || (l.path == FeedPath::Appliance && l.count > 0);
        QVERIFY(measured);
    }
};

QTEST_GUILESS_MAIN(TestLevel2)
#include "tst_level2.moc"
