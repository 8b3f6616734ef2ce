// wsctl md replay and md bench: a capture through the live decoder path into the Level-2
// engine, and the market-data throughput figures on the machine at hand.

#include "WsctlCli.h"
#include "md/FeedAdapters.h"
#include "md/Level2Engine.h"
#include "md/Replay.h"
#include "md/SzseEvents.h"
#include "md/szse/FrameStream.h"
#include "simulators/DayGenerator.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstring>
#include <thread>

namespace ws::cli {

using namespace ws::md;

namespace {

std::atomic<bool> g_interrupted{false};

QJsonObject crossCheckJson(const CrossCheckStats& c)
{
    QJsonArray examples;
    for (const auto& e : c.examples)
        examples.append(QString::fromStdString(e));
    return {{QStringLiteral("compared"), static_cast<qint64>(c.compared)},
            {QStringLiteral("mismatched"), static_cast<qint64>(c.mismatched)},
            {QStringLiteral("late"), static_cast<qint64>(c.late)},
            {QStringLiteral("superseded"), static_cast<qint64>(c.superseded)},
            {QStringLiteral("skipped"), static_cast<qint64>(c.skipped)},
            {QStringLiteral("examples"), examples}};
}

QJsonArray channelsJson(const std::vector<ChannelView>& channels)
{
    QJsonArray a;
    for (const auto& c : channels)
        a.append(QJsonObject{{QStringLiteral("channel"), c.channel},
                             {QStringLiteral("valid"), c.health == ChannelHealth::Valid},
                             {QStringLiteral("last_seq"), static_cast<qint64>(c.lastSeq)},
                             {QStringLiteral("events"), static_cast<qint64>(c.events)},
                             {QStringLiteral("gaps"), static_cast<qint64>(c.gaps)},
                             {QStringLiteral("duplicates"), static_cast<qint64>(c.duplicates)},
                             {QStringLiteral("reason"), QString::fromStdString(c.reason)}});
    return a;
}

double seconds(std::chrono::steady_clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

} // namespace

int mdReplay(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption input(QStringLiteral("input"), QStringLiteral("Capture (pcap) to replay."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QStringLiteral("Multiple of capture time, or max (default 1)."),
                                   QStringLiteral("X|max"));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("auto, appliance or pcap (an MDGW session); default auto."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Appliance: UDP port."),
                                  QStringLiteral("N"));
    const QCommandLineOption serverPort(QStringLiteral("server-port"),
                                        QStringLiteral("MDGW: gateway TCP port."), QStringLiteral("N"));
    const QCommandLineOption security(QStringLiteral("security"),
                                      QStringLiteral("Also print this security's quote and 5 levels."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    for (const auto* o : {&input, &speed, &format, &port, &serverPort, &security, &json})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(
            p, ctx, QStringLiteral("md replay"),
            QStringLiteral("Replay a capture through the live decoder path into the Level-2 model."), &code))
        return code;
    ReplayOptions o;
    if (!p.isSet(input))
        return fail(BadInput, QStringLiteral("--input FILE is required"));
    o.path = p.value(input).toStdString();
    if (!QFileInfo(p.value(input)).isReadable())
        return fail(Failure, QStringLiteral("%1: cannot read the file").arg(p.value(input)));
    if (p.isSet(speed)) {
        bool ok = true;
        o.speed = p.value(speed) == QStringLiteral("max") ? 0 : p.value(speed).toDouble(&ok);
        if (!ok || o.speed < 0)
            return fail(BadInput, QStringLiteral("--speed expects a positive number or max"));
    }
    const QString f = p.value(format);
    if (f == QStringLiteral("appliance"))
        o.kind = CaptureKind::Appliance;
    else if (f == QStringLiteral("pcap"))
        o.kind = CaptureKind::Mdgw;
    else if (!f.isEmpty() && f != QStringLiteral("auto"))
        return fail(BadInput, QStringLiteral("--format expects auto, appliance or pcap"));
    for (auto [opt, dst] : {std::pair{&port, &o.port}, std::pair{&serverPort, &o.serverPort}}) {
        if (!p.isSet(*opt))
            continue;
        bool ok = false;
        const uint v = p.value(*opt).toUInt(&ok);
        if (!ok || v == 0 || v > 65535)
            return fail(BadInput, QStringLiteral("--%1 expects a port number").arg(opt->names().front()));
        *dst = static_cast<std::uint16_t>(v);
    }

    Level2Engine engine;
    if (p.isSet(security))
        engine.setFocus(securityKey(p.value(security).toStdString()));
    Replay replay(engine, o);
    g_interrupted = false;
    std::signal(SIGINT, [](int) { g_interrupted = true; });
    std::signal(SIGTERM, [](int) { g_interrupted = true; });
    replay.start();
    auto lastReport = std::chrono::steady_clock::now();
    for (;;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const auto pr = replay.progress();
        if (pr.finished)
            break;
        if (g_interrupted)
            replay.cancel();
        if (!p.isSet(json) && !ctx.json &&
            std::chrono::steady_clock::now() - lastReport > std::chrono::seconds(1)) {
            lastReport = std::chrono::steady_clock::now();
            QTextStream(stderr) << QStringLiteral("replay: %1 messages, %2 s of capture in %3 s\n")
                                       .arg(pr.messages)
                                       .arg(static_cast<double>(pr.lastTsNs - pr.firstTsNs) / 1e9, 0, 'f', 1)
                                       .arg(pr.wallSeconds, 0, 'f', 1);
        }
    }
    replay.wait();
    const auto pr = replay.progress();
    if (!pr.error.empty() && pr.messages == 0)
        return fail(BadInput, QString::fromStdString(pr.error));
    const auto snap = engine.sync();

    QJsonObject r{{QStringLiteral("file"), p.value(input)},
                  {QStringLiteral("kind"),
                   pr.kind == CaptureKind::Appliance ? QStringLiteral("appliance") : QStringLiteral("mdgw")},
                  {QStringLiteral("packets"), static_cast<qint64>(pr.packets)},
                  {QStringLiteral("messages"), static_cast<qint64>(pr.messages)},
                  {QStringLiteral("events_applied"), static_cast<qint64>(snap->stats.events)},
                  {QStringLiteral("capture_seconds"), static_cast<double>(pr.lastTsNs - pr.firstTsNs) / 1e9},
                  {QStringLiteral("wall_seconds"), pr.wallSeconds},
                  {QStringLiteral("achieved_speed"), pr.achievedSpeed()},
                  {QStringLiteral("lost_records"), static_cast<qint64>(pr.lostRecords)},
                  {QStringLiteral("malformed"), static_cast<qint64>(pr.malformed)},
                  {QStringLiteral("tcp_gap_bytes"), static_cast<qint64>(pr.tcpGapBytes)},
                  {QStringLiteral("cancelled"), pr.cancelled},
                  {QStringLiteral("securities"), static_cast<qint64>(snap->quotes.size())},
                  {QStringLiteral("cross_check"), crossCheckJson(snap->crossCheck)},
                  {QStringLiteral("channels"), channelsJson(snap->channels)}};
    if (!pr.error.empty())
        r.insert(QStringLiteral("error"), QString::fromStdString(pr.error));
    if (const FocusView* focus = snap->primaryFocus()) {
        const auto& fv = *focus;
        QJsonArray bids, asks;
        for (std::size_t i = 0; i < 5 && i < fv.bids.size(); ++i)
            bids.append(QJsonArray{static_cast<qint64>(fv.bids[i].price), static_cast<qint64>(fv.bids[i].qty),
                                   static_cast<qint64>(fv.bids[i].orders)});
        for (std::size_t i = 0; i < 5 && i < fv.asks.size(); ++i)
            asks.append(QJsonArray{static_cast<qint64>(fv.asks[i].price), static_cast<qint64>(fv.asks[i].qty),
                                   static_cast<qint64>(fv.asks[i].orders)});
        r.insert(
            QStringLiteral("security"),
            QJsonObject{{QStringLiteral("SecurityID"), QString::fromStdString(securityCode(fv.security))},
                        {QStringLiteral("last"), static_cast<qint64>(fv.quote.last)},
                        {QStringLiteral("volume"), static_cast<qint64>(fv.quote.volume)},
                        {QStringLiteral("turnover"), static_cast<qint64>(fv.quote.turnover)},
                        {QStringLiteral("bids"), bids},
                        {QStringLiteral("asks"), asks}});
    }
    printJson(r);
    if (pr.lostRecords || pr.malformed || pr.tcpGapBytes)
        return fail(BadInput, QStringLiteral("%1: %2 record(s) lost, %3 malformed, %4 TCP byte(s) missing")
                                  .arg(p.value(input))
                                  .arg(pr.lostRecords)
                                  .arg(pr.malformed)
                                  .arg(pr.tcpGapBytes));
    return Ok;
}

// Decode, book and engine throughput on a simulated busy morning, beside memcpy of the same
// bytes (the decode baseline) and a std::map order book (the book baseline is in bench_md).
int mdBench(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption minutes(QStringLiteral("minutes"),
                                     QStringLiteral("Minutes of the simulated day from 09:15 (default 45)."),
                                     QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    p.addOption(minutes);
    p.addOption(json);
    int code = Ok;
    if (!parseOptions(
            p, ctx, QStringLiteral("md bench"),
            QStringLiteral("Market-data throughput: SZSE Binary decode vs memcpy, book rebuild, engine."),
            &code))
        return code;
    int span = 45;
    if (p.isSet(minutes)) {
        bool ok = false;
        span = p.value(minutes).toInt(&ok);
        if (!ok || span < 1 || span > 345)
            return fail(BadInput, QStringLiteral("--minutes expects 1 to 345"));
    }
    // The stream: a busy simulated day (20 securities, 2000 orders/s) as SZSE Binary frames.
    sim::DayConfig config;
    config.seed = 20261130;
    sim::DayGenerator day(config);
    std::vector<std::byte> bytes;
    sim::Message m;
    const int endMs = hmsMs(9, 15) + span * 60'000;
    std::uint64_t messages = 0;
    while (day.next(m) && day.timeOfDayMs() < endMs) {
        std::visit([&](const auto& v) { szse::encode(v, bytes); }, m);
        ++messages;
    }
    using Clock = std::chrono::steady_clock;
    constexpr int kRounds = 5;
    // memcpy of the same bytes in 64 KiB reads: what any decoder has to beat by not copying.
    std::vector<std::byte> copy(bytes.size());
    double memcpyBest = 1e9;
    for (int r = 0; r < kRounds; ++r) {
        const auto t0 = Clock::now();
        for (std::size_t at = 0; at < bytes.size(); at += 65536)
            std::memcpy(copy.data() + at, bytes.data() + at, std::min<std::size_t>(65536, bytes.size() - at));
        memcpyBest = std::min(memcpyBest, seconds(Clock::now() - t0));
    }
    // Decode: framing, checksums and a view of every message, fed in 64 KiB reads.
    struct Count
    {
        std::uint64_t frames = 0, sum = 0;
        void onFrame(const szse::Frame& f)
        {
            ++frames;
            sum += f.body.size();
        }
        void onError(szse::FrameError, std::uint64_t) {}
    };
    double decodeBest = 1e9;
    std::uint64_t frames = 0;
    for (int r = 0; r < kRounds; ++r) {
        Count c;
        szse::FrameStream stream;
        const auto t0 = Clock::now();
        for (std::size_t at = 0; at < bytes.size(); at += 65536)
            stream.push(szse::Bytes(bytes).subspan(at, std::min<std::size_t>(65536, bytes.size() - at)), c);
        decodeBest = std::min(decodeBest, seconds(Clock::now() - t0));
        frames = c.frames;
    }
    // Book rebuild alone, from decoded events.
    std::vector<std::variant<TickOrder, TickTrade>> events;
    {
        struct Collect
        {
            std::vector<std::variant<TickOrder, TickTrade>>& out;
            void onFrame(const szse::Frame& f)
            {
                if (f.msgType == static_cast<std::uint32_t>(szse::MsgType::Order))
                    out.emplace_back(toEvent(*szse::OrderView::parse(f.body)));
                else if (f.msgType == static_cast<std::uint32_t>(szse::MsgType::Trade))
                    out.emplace_back(toEvent(*szse::TradeView::parse(f.body)));
            }
            void onError(szse::FrameError, std::uint64_t) {}
        } collect{events};
        szse::FrameStream stream;
        stream.push(bytes, collect);
    }
    double bookBest = 1e9;
    for (int r = 0; r < kRounds; ++r) {
        BookBuilder books;
        const auto t0 = Clock::now();
        for (const auto& e : events)
            std::visit([&](const auto& v) { books.apply(v); }, e);
        bookBest = std::min(bookBest, seconds(Clock::now() - t0));
    }
    // The engine: frames through the adapter, the queue and the book thread, to the last one.
    double engineSeconds = 0;
    {
        Level2Engine engine;
        SzseFrameAdapter adapter(engine, FeedPath::Replay);
        struct Feed
        {
            SzseFrameAdapter& a;
            void onFrame(const szse::Frame& f) { a.onFrame(f, 0); }
            void onError(szse::FrameError, std::uint64_t) {}
        } feed{adapter};
        szse::FrameStream stream;
        const auto t0 = Clock::now();
        for (std::size_t at = 0; at < bytes.size(); at += 65536)
            stream.push(szse::Bytes(bytes).subspan(at, std::min<std::size_t>(65536, bytes.size() - at)),
                        feed);
        engine.sync();
        engineSeconds = seconds(Clock::now() - t0);
    }
    const double mb = static_cast<double>(bytes.size()) / 1e6;
    const double exchangeSeconds = span * 60.0;
    QJsonObject r{{QStringLiteral("stream"),
                   QStringLiteral("simulated 09:15 + %1 min, 20 securities, 2000 orders/s").arg(span)},
                  {QStringLiteral("cpus"), QThread::idealThreadCount()},
                  {QStringLiteral("messages"), static_cast<qint64>(messages)},
                  {QStringLiteral("bytes"), static_cast<qint64>(bytes.size())},
                  {QStringLiteral("memcpy_mb_per_s"), mb / memcpyBest},
                  {QStringLiteral("decode_mb_per_s"), mb / decodeBest},
                  {QStringLiteral("decode_messages_per_s"), static_cast<double>(frames) / decodeBest},
                  {QStringLiteral("decode_vs_memcpy"), memcpyBest / decodeBest},
                  {QStringLiteral("book_events_per_s"), static_cast<double>(events.size()) / bookBest},
                  {QStringLiteral("engine_messages_per_s"), static_cast<double>(messages) / engineSeconds},
                  {QStringLiteral("engine_replay_multiple"), exchangeSeconds / engineSeconds}};
    if (p.isSet(json) || ctx.json) {
        printJson(r);
    } else {
        out() << QStringLiteral("stream          %1 messages, %2 MB (%3)\n")
                     .arg(messages)
                     .arg(mb, 0, 'f', 1)
                     .arg(r.value(QStringLiteral("stream")).toString());
        out() << QStringLiteral("memcpy          %1 MB/s\n").arg(mb / memcpyBest, 0, 'f', 0);
        out() << QStringLiteral("decode          %1 MB/s, %2 M messages/s, %3% of memcpy\n")
                     .arg(mb / decodeBest, 0, 'f', 0)
                     .arg(static_cast<double>(frames) / decodeBest / 1e6, 0, 'f', 1)
                     .arg(100 * memcpyBest / decodeBest, 0, 'f', 1);
        out() << QStringLiteral("book rebuild    %1 M events/s\n")
                     .arg(static_cast<double>(events.size()) / bookBest / 1e6, 0, 'f', 2);
        out() << QStringLiteral("engine          %1 M messages/s end to end (%2x exchange time)\n")
                     .arg(static_cast<double>(messages) / engineSeconds / 1e6, 0, 'f', 2)
                     .arg(exchangeSeconds / engineSeconds, 0, 'f', 0);
    }
    return Ok;
}

} // namespace ws::cli
