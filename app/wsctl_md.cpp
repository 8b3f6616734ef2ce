// wsctl md ...: decode market-data captures, rebuild order books from them and record live feeds,
// through the same decoders, sequencer and book the workstation uses.

#include "WsctlCli.h"
#include "md/Json.h"
#include "md/OrderBook.h"
#include "md/SzseEvents.h"
#include "md/appliance/ApplianceFeed.h"
#include "md/appliance/Recorder.h"
#include "md/appliance/Sequencer.h"
#include "md/pcap/Pcap.h"
#include "md/szse/FrameStream.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ws::cli {

namespace {

using namespace ws::md;
namespace app = ws::md::appliance;

constexpr std::size_t kReadChunk = 1 << 20;
constexpr int kMaxGapReports = 10; // TCP gaps and lost ranges reported one by one; the rest counted

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Buffered stdout for JSON lines.
class LineOut
{
public:
    ~LineOut() { flush(); }
    std::string& buffer() { return buffer_; }
    void endLine()
    {
        buffer_.push_back('\n');
        if (buffer_.size() > (1 << 16))
            flush();
    }
    void flush()
    {
        std::fwrite(buffer_.data(), 1, buffer_.size(), stdout);
        std::fflush(stdout);
        buffer_.clear();
    }

private:
    std::string buffer_;
};

// Reports the first bad frame of each kind with its file and offset, and every TCP gap of a
// capture (up to kMaxGapReports); counts the rest.
class FrameErrorReport
{
public:
    explicit FrameErrorReport(QString file) : file_(std::move(file)) {}
    void onError(szse::FrameError e, std::uint64_t offset)
    {
        if (seen_[static_cast<std::size_t>(e)]++ == 0)
            fail(BadInput, QStringLiteral("%1: %2 frame at byte %3 (skipped; further ones are counted)")
                               .arg(file_, qs(szse::frameErrorName(e)))
                               .arg(offset));
    }
    void onTcpGap(const pcap::TcpGap& g)
    {
        ++gaps_;
        gapBytes_ += g.bytes;
        if (gaps_ <= kMaxGapReports)
            fail(BadInput,
                 QStringLiteral("%1: TCP gap at stream offset %2: %3 byte(s) missing from the capture")
                     .arg(file_)
                     .arg(g.offset)
                     .arg(g.bytes));
    }
    // The totals on stderr; BadInput when anything was skipped or missing.
    int finish(const szse::FrameStats& stats) const
    {
        int code = Ok;
        if (gaps_ > 0)
            code = fail(
                BadInput,
                QStringLiteral("%1: %2 TCP gap(s), %3 byte(s) missing").arg(file_).arg(gaps_).arg(gapBytes_));
        if (stats.totalErrors() == 0)
            return code;
        QString counts;
        for (std::size_t k = 0; k < szse::kFrameErrorKinds; ++k)
            if (stats.errors[k])
                counts += QStringLiteral(" %1=%2")
                              .arg(qs(szse::frameErrorName(static_cast<szse::FrameError>(k))))
                              .arg(stats.errors[k]);
        return fail(BadInput, QStringLiteral("%1: %2 bad frame(s) skipped (%3 bytes):%4")
                                  .arg(file_)
                                  .arg(stats.totalErrors())
                                  .arg(stats.skippedBytes)
                                  .arg(counts));
    }
    const QString& file() const { return file_; }

private:
    QString file_;
    std::array<std::uint64_t, szse::kFrameErrorKinds> seen_{};
    std::uint64_t gaps_ = 0;
    std::uint64_t gapBytes_ = 0;
};

enum class Format : std::uint8_t { SzseBinary, Appliance, Pcap };

struct InputOptions
{
    QString path;
    Format format = Format::SzseBinary;
    std::optional<std::uint16_t> serverPort; // pcap: the MDGW's port
};

// A port number 1..65535.
bool parsePort(const QString& text, std::uint16_t* port)
{
    bool ok = false;
    const uint v = text.toUInt(&ok);
    if (!ok || v == 0 || v > 65535)
        return false;
    *port = static_cast<std::uint16_t>(v);
    return true;
}

// Common options of the md commands; false with *code set when the command should stop.
bool inputOptions(QCommandLineParser& p, const QCommandLineOption& input, const QCommandLineOption& format,
                  const QCommandLineOption& serverPort, bool applianceAllowed, InputOptions* in, int* code)
{
    if (!p.isSet(input)) {
        *code = fail(BadInput, QStringLiteral("--input FILE is required"));
        return false;
    }
    const QString f = p.isSet(format) ? p.value(format) : QStringLiteral("szse-binary");
    if (f == QLatin1String("szse-binary")) {
        in->format = Format::SzseBinary;
    } else if (f == QLatin1String("pcap")) {
        in->format = Format::Pcap;
    } else if (f == QLatin1String("appliance") && applianceAllowed) {
        in->format = Format::Appliance;
    } else {
        *code = fail(BadInput, QStringLiteral("--format: expected %1, not '%2'")
                                   .arg(applianceAllowed ? QStringLiteral("szse-binary, appliance or pcap")
                                                         : QStringLiteral("szse-binary or pcap"),
                                        f));
        return false;
    }
    if (p.isSet(serverPort)) {
        std::uint16_t port = 0;
        if (in->format != Format::Pcap || !parsePort(p.value(serverPort), &port)) {
            *code = fail(BadInput, QStringLiteral("--server-port expects a port number, with --format pcap"));
            return false;
        }
        in->serverPort = port;
    }
    in->path = p.value(input);
    return true;
}

// The file must exist and be readable: a missing file is a failure (1), a file that is not what
// --format says is bad input (2).
bool checkReadable(const QString& path, int* code)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *code = fail(Failure, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

// Maps the file and pushes it through the framer in read-sized chunks, as a socket would.
template <class Handler>
bool streamFile(const QString& path, szse::FrameStream& stream, Handler& handler, int* code)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *code = fail(Failure, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const qint64 size = file.size();
    const uchar* data = size > 0 ? file.map(0, size) : nullptr;
    if (size > 0 && !data) {
        *code = fail(Failure, QStringLiteral("cannot map %1: %2").arg(path, file.errorString()));
        return false;
    }
    const szse::Bytes all(reinterpret_cast<const std::byte*>(data), static_cast<std::size_t>(size));
    for (std::size_t pos = 0; pos < all.size(); pos += kReadChunk)
        stream.push(all.subspan(pos, std::min(kReadChunk, all.size() - pos)), handler);
    stream.finish(handler);
    return true;
}

// Which side of the capture's TCP traffic is the gateway (pcap::findServer), as a message.
std::optional<pcap::TcpSelect> findServer(const QString& path, QString* error)
{
    std::string why;
    auto select = pcap::findServer(path.toStdString(), why);
    if (!select)
        *error = QString::fromStdString(why);
    return select;
}

// The reassembled gateway stream of a capture through the framer; gaps go to the handler's report.
template <class Handler>
bool streamCapture(const InputOptions& in, szse::FrameStream& stream, Handler& handler, int* code)
{
    pcap::TcpSelect select;
    if (in.serverPort) {
        select.serverPort = in.serverPort;
    } else {
        QString error;
        const auto found = findServer(in.path, &error);
        if (!found) {
            *code = fail(BadInput, error);
            return false;
        }
        select = *found;
    }
    struct Adapter final : pcap::TcpHandler
    {
        szse::FrameStream& stream;
        Handler& handler;
        Adapter(szse::FrameStream& s, Handler& h) : stream(s), handler(h) {}
        void onData(const pcap::TcpChunk& c) override { stream.push(c.data, handler); }
        void onGap(const pcap::TcpGap& g) override
        {
            handler.onTcpGap(g);
            stream.reset(); // what follows the hole starts mid-frame; the framer resynchronises
        }
        void onEnd(std::int64_t, pcap::TcpEnd) override { stream.finish(handler); }
    } adapter(stream, handler);
    const pcap::TcpSummary summary = pcap::readTcp(in.path.toStdString(), select, adapter);
    if (!summary.flow) {
        *code = fail(BadInput,
                     summary.error.empty()
                         ? QStringLiteral("%1: no TCP stream from the gateway in the capture").arg(in.path)
                         : QString::fromStdString(summary.error));
        return false;
    }
    if (!summary.error.empty()) {
        *code = fail(BadInput, QString::fromStdString(summary.error));
        return false;
    }
    return true;
}

// The input's SZSE Binary byte stream through the framer. False with *code set when the input
// cannot be read at all; problems inside it are the handler's to report.
template <class Handler>
bool streamInput(const InputOptions& in, szse::FrameStream& stream, Handler& handler, int* code)
{
    if (!checkReadable(in.path, code))
        return false;
    if (in.format == Format::Pcap)
        return streamCapture(in, stream, handler, code);
    return streamFile(in.path, stream, handler, code);
}

QCommandLineOption inputOption()
{
    return {QStringLiteral("input"), QStringLiteral("The capture to read."), QStringLiteral("FILE")};
}

QCommandLineOption formatOption(bool appliance)
{
    return {QStringLiteral("format"),
            appliance ? QStringLiteral("szse-binary: an MDGW TCP byte stream (default); appliance: a pcap of "
                                       "appliance UDP datagrams; pcap: a pcap of an MDGW TCP session.")
                      : QStringLiteral("szse-binary: an MDGW TCP byte stream (default); pcap: a pcap of an "
                                       "MDGW TCP session."),
            QStringLiteral("FORMAT")};
}

QCommandLineOption serverPortOption()
{
    return {QStringLiteral("server-port"),
            QStringLiteral("pcap: the gateway's TCP port (default: the port the capture's SYN went to, else "
                           "the endpoint that sent the most)."),
            QStringLiteral("N")};
}

// ---- appliance captures ----

struct ApplianceOptions
{
    pcap::UdpFilter filter;
    std::optional<std::uint32_t> groups[2]; // lines A and B by destination address
    int lines = 2;                          // 0 A, 1 B, 2 both
    bool raw = false;
    bool jsonl = false;
};

// Prints an appliance capture: each record once in sequence order (A/B arbitration through a
// ChannelSequencer per channel, by capture time), or every datagram as captured (raw).
class ApplianceDecoder
{
public:
    // Capture time a gap waits for the other line before it is given up on: generous, since the
    // two lines may be captured on different NICs; there is no recovery service in a file.
    static constexpr std::uint64_t kArbitrationNs = 100'000'000;

    ApplianceDecoder(QString file, const ApplianceOptions& o) : file_(std::move(file)), o_(o) {}

    void onDatagram(const pcap::Packet& p)
    {
        const int line = lineOf(p.dstIp, p.dstPort);
        if (line < 0)
            return;
        ++datagrams_;
        const auto now = static_cast<std::uint64_t>(std::max<std::int64_t>(p.tsNs, 0));
        ++destinations_[{p.dstIp, p.dstPort}];
        app::PacketHeader h;
        if (!check(p.payload, &h))
            return;
        const app::Bytes packet = p.payload.first(app::kHeaderSize + h.payloadLength);
        if (h.flags & app::kHeartbeat)
            ++heartbeats_;
        if (o_.raw) {
            if (h.count == 0)
                printHeader(h);
            else
                printRecords(h, packet, 0);
            return;
        }
        if (h.count == 0) {
            // A heartbeat comes on both lines: printed once.
            auto& last = lastHeartbeat_[h.channel];
            if (last != std::pair{h.firstSeq, h.hwTimestampNs}) {
                last = {h.firstSeq, h.hwTimestampNs};
                printHeader(h);
            }
        }
        auto s = sequencers_.find(h.channel);
        if (s == sequencers_.end()) {
            // The capture starts where it starts: a channel's first packet sets its start.
            app::SequencerConfig config;
            config.startSeq = h.firstSeq;
            config.arbitrationWindowNs = kArbitrationNs;
            config.recoveryTimeoutNs = 0;
            config.recoveryAttempts = 0;
            s = sequencers_.try_emplace(h.channel, h.channel, config).first;
        }
        Sink sink{*this, h.channel};
        s->second.onPacket(line == 0 ? 0 : 1, h, packet, now, sink);
        poll(s->second, now);
        if (now >= nextPollNs_) {
            for (auto& [_, seq] : sequencers_)
                poll(seq, now);
            nextPollNs_ = now + 1'000'000;
        }
    }

    // End of the capture: whatever is still missing is lost. Returns the exit code.
    int finish(const pcap::ReadSummary& summary)
    {
        for (auto& [_, seq] : sequencers_)
            poll(seq, std::numeric_limits<std::uint64_t>::max(), true);
        out_.flush();
        int code = Ok;
        for (std::size_t k = 0; k < pcap::kPacketErrorKinds; ++k)
            if (summary.packets.errors[k])
                code = fail(BadInput, QStringLiteral("%1: %2 %3 frame(s) skipped")
                                          .arg(file_)
                                          .arg(summary.packets.errors[k])
                                          .arg(qs(pcap::packetErrorName(static_cast<pcap::PacketError>(k)))));
        if (!summary.error.empty())
            code = fail(BadInput, QString::fromStdString(summary.error));
        std::uint64_t bad = 0;
        QString counts;
        for (std::size_t k = 0; k < app::kPacketErrorKinds; ++k) {
            bad += errors_[k];
            if (errors_[k])
                counts += QStringLiteral(" %1=%2")
                              .arg(qs(app::packetErrorName(static_cast<app::PacketError>(k))))
                              .arg(errors_[k]);
        }
        if (bad)
            code = fail(
                BadInput,
                QStringLiteral("%1: %2 malformed datagram(s) skipped:%3").arg(file_).arg(bad).arg(counts));
        if (lostRanges_)
            code = fail(BadInput,
                        QStringLiteral("%1: %2 record(s) in %3 range(s) on neither line of the capture")
                            .arg(file_)
                            .arg(lostRecords_)
                            .arg(lostRanges_));
        if (!o_.jsonl)
            summaryText();
        return code;
    }

private:
    struct Sink
    {
        ApplianceDecoder& d;
        std::uint16_t channel;
        void deliver(const app::PacketHeader& h, app::Bytes packet, std::uint16_t skip)
        {
            d.printRecords(h, packet, skip);
        }
        void lost(app::LostRange r) { d.onLost(channel, r); }
    };

    // 0 line A, 1 line B (or the second destination seen), -1 not wanted.
    int lineOf(std::uint32_t ip, std::uint16_t port)
    {
        if (o_.groups[0] || o_.groups[1]) {
            const int line = o_.groups[0] && ip == *o_.groups[0]   ? 0
                             : o_.groups[1] && ip == *o_.groups[1] ? 1
                                                                   : -1;
            return line < 0 || (o_.lines != 2 && o_.lines != line) ? -1 : line;
        }
        // Both lines wanted and not named: the first destination is "line 0" for the statistics.
        if (!firstDestination_)
            firstDestination_ = {ip, port};
        return *firstDestination_ == std::pair{ip, port} ? 0 : 1;
    }

    bool check(app::Bytes d, app::PacketHeader* h)
    {
        const auto parsed = app::parseHeader(d);
        if (!parsed)
            return malformed(app::PacketError::BadHeader);
        *h = *parsed;
        app::RecordCursor cursor(d.subspan(app::kHeaderSize, h->payloadLength));
        std::size_t n = 0;
        while (cursor.next())
            ++n;
        if (cursor.failed())
            return malformed(app::PacketError::BadRecord);
        if (n != h->count)
            return malformed(app::PacketError::CountMismatch);
        return true;
    }

    bool malformed(app::PacketError e)
    {
        if (errors_[static_cast<std::size_t>(e)]++ == 0)
            fail(BadInput,
                 QStringLiteral("%1: %2 datagram (number %3 of those read; skipped, further ones are "
                                "counted)")
                     .arg(file_, qs(app::packetErrorName(e)))
                     .arg(datagrams_));
        return false;
    }

    // No recovery service in a file: a request is given up on at the next poll (no attempts
    // allowed). At the end of the capture every hole left is given up on.
    void poll(app::ChannelSequencer& seq, std::uint64_t now, bool final = false)
    {
        Sink sink{*this, seq.channel()};
        while (seq.poll(now, sink)) {
            seq.poll(now, sink);
            if (!final)
                break;
        }
    }

    void onLost(std::uint16_t channel, app::LostRange r)
    {
        ++lostRanges_;
        lostRecords_ += r.to - r.from;
        if (lostRanges_ <= kMaxGapReports)
            fail(BadInput, QStringLiteral("%1: channel %2: records %3-%4 are on neither line of the capture")
                               .arg(file_)
                               .arg(channel)
                               .arg(r.from)
                               .arg(r.to - 1));
    }

    void printHeader(const app::PacketHeader& h)
    {
        if (!o_.jsonl)
            return;
        app::appendHeaderJson(h, out_.buffer());
        out_.endLine();
    }

    void printRecords(const app::PacketHeader& h, app::Bytes packet, std::uint16_t skip)
    {
        app::RecordCursor cursor(packet.subspan(app::kHeaderSize, h.payloadLength));
        std::uint64_t i = 0;
        for (auto r = cursor.next(); r; r = cursor.next(), ++i) {
            if (i < skip)
                continue;
            ++records_;
            ++perType_[static_cast<char>(r->type)];
            if (!o_.jsonl)
                continue;
            app::appendJson(h, h.firstSeq + i, *r, out_.buffer());
            out_.endLine();
        }
    }

    void summaryText()
    {
        static const std::map<char, std::pair<int, const char*>> names = {{'O', {300192, "Order"}},
                                                                          {'T', {300191, "Trade"}},
                                                                          {'S', {300111, "Snapshot"}},
                                                                          {'Q', {300111, "Queue"}},
                                                                          {'I', {309011, "IndexSnapshot"}}};
        for (const auto& [type, n] : perType_) {
            const auto it = names.find(type);
            out() << QStringLiteral("%1 %2  %3\n")
                         .arg(it == names.end() ? 0 : it->second.first, 6)
                         .arg(it == names.end() ? QStringLiteral("Unknown '%1'").arg(QLatin1Char(type))
                                                : QLatin1String(it->second.second),
                              -16)
                         .arg(n);
        }
        for (const auto& [dst, n] : destinations_)
            out() << qs(pcap::formatIpv4(dst.first)) << ":" << dst.second << "  " << n << " datagrams\n";
        std::uint64_t duplicates = 0;
        for (const auto& [_, seq] : sequencers_)
            duplicates += seq.stats().duplicateRecords;
        out() << datagrams_ << " datagrams, " << records_ << " records, " << heartbeats_ << " heartbeats";
        if (!o_.raw)
            out() << ", " << duplicates << " duplicate records dropped, " << lostRecords_ << " lost";
        out() << "\n";
        out().flush();
    }

    QString file_;
    ApplianceOptions o_;
    LineOut out_;
    std::optional<std::pair<std::uint32_t, std::uint16_t>> firstDestination_;
    std::map<std::pair<std::uint32_t, std::uint16_t>, std::uint64_t> destinations_;
    std::map<std::uint16_t, app::ChannelSequencer> sequencers_;
    std::map<std::uint16_t, std::pair<std::uint64_t, std::uint64_t>> lastHeartbeat_;
    std::map<char, std::uint64_t> perType_;
    std::array<std::uint64_t, app::kPacketErrorKinds> errors_{};
    std::uint64_t datagrams_ = 0;
    std::uint64_t records_ = 0;
    std::uint64_t heartbeats_ = 0;
    std::uint64_t lostRecords_ = 0;
    std::uint64_t lostRanges_ = 0;
    std::uint64_t nextPollNs_ = 0;
};

// The destination addresses of a capture's datagrams that pass the filter, ascending.
std::vector<std::uint32_t> destinations(const QString& path, const pcap::UdpFilter& filter)
{
    std::vector<std::uint32_t> found;
    pcap::readUdp(path.toStdString(), filter, [&](const pcap::Packet& p) {
        if (std::find(found.begin(), found.end(), p.dstIp) == found.end())
            found.push_back(p.dstIp);
    });
    std::sort(found.begin(), found.end());
    return found;
}

std::atomic<bool> g_stopRecording{false};
static_assert(std::atomic<bool>::is_always_lock_free);

} // namespace

int mdDecode(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption input = inputOption();
    const QCommandLineOption format = formatOption(true);
    const QCommandLineOption jsonl(
        QStringLiteral("jsonl"),
        QStringLiteral("One JSON object per message (record), the specification's field names."));
    const QCommandLineOption serverPort = serverPortOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("appliance: only datagrams to this UDP port."),
                                  QStringLiteral("N"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   QStringLiteral("appliance: only datagrams to this multicast group."),
                                   QStringLiteral("ADDR"));
    const QCommandLineOption groupA(QStringLiteral("group-a"), QStringLiteral("appliance: line A's group."),
                                    QStringLiteral("ADDR"));
    const QCommandLineOption groupB(QStringLiteral("group-b"), QStringLiteral("appliance: line B's group."),
                                    QStringLiteral("ADDR"));
    const QCommandLineOption lines(
        QStringLiteral("lines"),
        QStringLiteral("appliance: A, B or both (default). Without --group-a/--group-b the lower group "
                       "address is line A."),
        QStringLiteral("A|B|both"));
    const QCommandLineOption raw(
        QStringLiteral("raw"),
        QStringLiteral(
            "appliance: every datagram as captured, duplicates and all (default: each record once, "
            "in sequence order per channel)."));
    for (const auto* o :
         {&input, &format, &jsonl, &serverPort, &port, &group, &groupA, &groupB, &lines, &raw})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(
            p, ctx, QStringLiteral("md decode"),
            QStringLiteral("Decode a market-data capture; malformed frames or datagrams are reported "
                           "and skipped (exit code 2)."),
            &code))
        return code;
    InputOptions in;
    if (!inputOptions(p, input, format, serverPort, true, &in, &code))
        return code;

    if (in.format == Format::Appliance) {
        ApplianceOptions o;
        o.jsonl = p.isSet(jsonl);
        o.raw = p.isSet(raw);
        if (p.isSet(port)) {
            std::uint16_t n = 0;
            if (!parsePort(p.value(port), &n))
                return fail(BadInput, QStringLiteral("--port expects a port number"));
            o.filter.dstPort = n;
        }
        const std::pair<const QCommandLineOption*, std::optional<std::uint32_t>*> addresses[] = {
            {&group, &o.filter.dstIp}, {&groupA, &o.groups[0]}, {&groupB, &o.groups[1]}};
        for (const auto& [option, target] : addresses) {
            if (!p.isSet(*option))
                continue;
            const auto ip = pcap::parseIpv4(p.value(*option).toStdString());
            if (!ip)
                return fail(BadInput, QStringLiteral("--%1 expects an IPv4 address, not '%2'")
                                          .arg(option->names().front(), p.value(*option)));
            *target = ip;
        }
        if (p.isSet(lines)) {
            const QString l = p.value(lines).toLower();
            o.lines = l == QLatin1String("a")      ? 0
                      : l == QLatin1String("b")    ? 1
                      : l == QLatin1String("both") ? 2
                                                   : -1;
            if (o.lines < 0)
                return fail(BadInput, QStringLiteral("--lines expects A, B or both"));
        }
        if (!checkReadable(in.path, &code))
            return code;
        if (o.lines != 2 && !o.groups[0] && !o.groups[1]) {
            const auto found = destinations(in.path, o.filter);
            if (found.size() > 2)
                return fail(BadInput, QStringLiteral("%1 holds datagrams to %2 groups: name the lines with "
                                                     "--group-a/--group-b, or pick one with --group")
                                          .arg(in.path)
                                          .arg(found.size()));
            if (!found.empty())
                o.groups[0] = found[0];
            if (found.size() > 1)
                o.groups[1] = found[1];
        }
        ApplianceDecoder decoder(in.path, o);
        const pcap::ReadSummary summary = pcap::readUdp(
            in.path.toStdString(), o.filter, [&](const pcap::Packet& d) { decoder.onDatagram(d); });
        if (summary.packets.records == 0 && !summary.error.empty())
            return fail(BadInput, QString::fromStdString(summary.error)); // not a capture at all
        return decoder.finish(summary);
    }

    struct Handler : FrameErrorReport
    {
        using FrameErrorReport::FrameErrorReport;
        bool lines = false;
        LineOut out;
        std::map<std::uint32_t, std::uint64_t> perType;
        void onFrame(const szse::Frame& f)
        {
            ++perType[f.msgType];
            if (!lines)
                return;
            szse::appendJson(f, out.buffer());
            out.endLine();
        }
    } handler(in.path);
    handler.lines = p.isSet(jsonl);
    szse::FrameStream stream;
    if (!streamInput(in, stream, handler, &code))
        return code;
    handler.out.flush();
    if (!handler.lines) {
        for (const auto& [type, n] : handler.perType)
            out() << QStringLiteral("%1 %2  %3\n").arg(type, 6).arg(qs(szse::msgTypeName(type)), -16).arg(n);
        out() << stream.stats().frames << " frames, " << stream.stats().bytes << " bytes\n";
        out().flush();
    }
    return handler.finish(stream.stats());
}

int mdBook(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption input = inputOption();
    const QCommandLineOption format = formatOption(false);
    const QCommandLineOption serverPort = serverPortOption();
    const QCommandLineOption security(QStringLiteral("security"), QStringLiteral("SecurityID, e.g. 000001."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption levels(QStringLiteral("levels"),
                                    QStringLiteral("Levels per side (default 10; 0 for the full book)."),
                                    QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    for (const auto* o : {&input, &format, &serverPort, &security, &levels, &json})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("md book"),
                      QStringLiteral("Rebuild order books from tick-by-tick orders and trades; print one."),
                      &code))
        return code;
    InputOptions in;
    if (!inputOptions(p, input, format, serverPort, false, &in, &code))
        return code;
    if (!p.isSet(security))
        return fail(BadInput, QStringLiteral("--security CODE is required"));
    std::size_t maxLevels = 10;
    if (p.isSet(levels)) {
        bool ok = false;
        const int n = p.value(levels).toInt(&ok);
        if (!ok || n < 0)
            return fail(BadInput, QStringLiteral("--levels expects a number >= 0"));
        maxLevels = n == 0 ? SIZE_MAX : static_cast<std::size_t>(n);
    }

    struct Handler : FrameErrorReport
    {
        using FrameErrorReport::FrameErrorReport;
        BookBuilder books;
        void onFrame(const szse::Frame& f)
        {
            if (f.msgType == static_cast<std::uint32_t>(szse::MsgType::Order))
                books.apply(toEvent(*szse::OrderView::parse(f.body)));
            else if (f.msgType == static_cast<std::uint32_t>(szse::MsgType::Trade))
                books.apply(toEvent(*szse::TradeView::parse(f.body)));
        }
    } handler(in.path);
    szse::FrameStream stream;
    if (!streamInput(in, stream, handler, &code))
        return code;
    const int frameCode = handler.finish(stream.stats());
    const std::string code8 = p.value(security).toStdString();
    const OrderBook* book = handler.books.book(securityKey(code8));
    if (!book)
        return fail(BadInput,
                    QStringLiteral("%1: no orders for security %2").arg(in.path, p.value(security)));

    if (p.isSet(json) || ctx.json) {
        std::string s;
        {
            JsonObject o(s);
            o.str("SecurityID", securityCode(book->security()));
            for (Side side : {Side::Buy, Side::Sell}) {
                JsonArray a = o.array(side == Side::Buy ? "bids" : "asks");
                for (std::size_t i = 0; i < book->depth(side) && i < maxLevels; ++i) {
                    JsonArray l = a.array();
                    l.num(book->level(side, i).price);
                    l.num(book->level(side, i).qty);
                    l.num(book->level(side, i).orders);
                }
            }
        }
        out() << QString::fromStdString(s) << "\n";
    } else {
        out() << QString::fromStdString(securityCode(book->security())) << "  last " << book->lastPrice
              << "  volume " << book->volume << "  trades " << book->numTrades << "\n";
        for (Side side : {Side::Sell, Side::Buy}) {
            const std::size_t n = std::min(book->depth(side), maxLevels);
            for (std::size_t k = 0; k < n; ++k) {
                const std::size_t i = side == Side::Sell ? n - 1 - k : k;
                const PriceLevel& l = book->level(side, i);
                out() << QStringLiteral("%1%2  %3  %4  (%5)\n")
                             .arg(side == Side::Sell ? QStringLiteral("ask") : QStringLiteral("bid"))
                             .arg(i + 1, -3)
                             .arg(l.price, 12)
                             .arg(l.qty, 14)
                             .arg(l.orders);
            }
        }
    }
    const BookStats& st = handler.books.stats();
    if (st.unknownOrderRefs || st.overfills)
        fail(Ok, QStringLiteral("%1: %2 trade/cancel record(s) named orders not in the file, %3 overfill(s)")
                     .arg(in.path)
                     .arg(st.unknownOrderRefs)
                     .arg(st.overfills));
    out().flush();
    return frameCode;
}

int mdRecord(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     QStringLiteral("The capture to write (nanosecond pcap)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption groupA(QStringLiteral("group-a"),
                                    QStringLiteral("Line A's multicast group (239.77.0.1)."),
                                    QStringLiteral("ADDR"));
    const QCommandLineOption groupB(QStringLiteral("group-b"),
                                    QStringLiteral("Line B's multicast group (239.77.0.2)."),
                                    QStringLiteral("ADDR"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("The lines' UDP port (30001)."),
                                  QStringLiteral("N"));
    const QCommandLineOption itf(
        QStringLiteral("interface"),
        QStringLiteral("The interface address the groups are joined on (127.0.0.1)."),
        QStringLiteral("ADDR"));
    const QCommandLineOption mdgw(QStringLiteral("mdgw"),
                                  QStringLiteral("Also log on to this MDGW and record the session as TCP; a "
                                                 "refused connection is retried."),
                                  QStringLiteral("HOST:PORT"));
    const QCommandLineOption duration(
        QStringLiteral("duration"),
        QStringLiteral("Stop after this many seconds (default: at SIGINT/SIGTERM)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption maxPackets(
        QStringLiteral("max-packets"),
        QStringLiteral("Stop after this many packets (datagrams of both lines plus MDGW reads)."),
        QStringLiteral("N"));
    for (const auto* o : {&outFile, &groupA, &groupB, &port, &itf, &mdgw, &duration, &maxPackets})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("md record"),
                      QStringLiteral("Record the appliance lines A and B (and an MDGW session) into a pcap "
                                     "with nanosecond receive times; prints a JSON summary at the end."),
                      &code))
        return code;
    if (!p.isSet(outFile))
        return fail(BadInput, QStringLiteral("--out FILE is required"));
    app::RecorderConfig config;
    const std::pair<const QCommandLineOption*, std::string*> groups[] = {{&groupA, &config.groupA},
                                                                         {&groupB, &config.groupB}};
    for (const auto& [option, target] : groups) {
        if (!p.isSet(*option))
            continue;
        const auto ip = pcap::parseIpv4(p.value(*option).toStdString());
        if (!ip || !pcap::isMulticast(*ip))
            return fail(BadInput, QStringLiteral("--%1 expects an IPv4 multicast group, not '%2'")
                                      .arg(option->names().front(), p.value(*option)));
        *target = p.value(*option).toStdString();
    }
    if (p.isSet(port) && !parsePort(p.value(port), &config.port))
        return fail(BadInput, QStringLiteral("--port expects a port number"));
    if (p.isSet(itf)) {
        if (!pcap::parseIpv4(p.value(itf).toStdString()))
            return fail(BadInput,
                        QStringLiteral("--interface expects an IPv4 address, not '%1'").arg(p.value(itf)));
        config.interfaceAddress = p.value(itf).toStdString();
    }
    if (p.isSet(mdgw)) {
        const QString v = p.value(mdgw);
        const qsizetype colon = v.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || !parsePort(v.mid(colon + 1), &config.mdgwPort))
            return fail(BadInput, QStringLiteral("--mdgw expects HOST:PORT, not '%1'").arg(v));
        config.mdgwHost = v.left(colon).toStdString();
    }
    if (p.isSet(duration)) {
        bool ok = false;
        config.durationSeconds = p.value(duration).toDouble(&ok);
        if (!ok || config.durationSeconds <= 0)
            return fail(BadInput, QStringLiteral("--duration expects a number of seconds > 0"));
    }
    if (p.isSet(maxPackets)) {
        bool ok = false;
        config.maxPackets = p.value(maxPackets).toULongLong(&ok);
        if (!ok || config.maxPackets == 0)
            return fail(BadInput, QStringLiteral("--max-packets expects a number > 0"));
    }

    const QString path = p.value(outFile);
    app::Recorder recorder(config);
    recorder.onNote = [](const std::string& s) { fail(Ok, QString::fromStdString(s)); };
    if (!recorder.open(path.toStdString()))
        return fail(Failure, QString::fromStdString(recorder.error()));

    // The signal only sets the flag; poll() returns with EINTR (no SA_RESTART) and the loop ends.
    g_stopRecording = false;
    struct sigaction action
    {
    };
    action.sa_handler = [](int) { g_stopRecording.store(true); };
    sigemptyset(&action.sa_mask);
    struct sigaction oldInt
    {
    }, oldTerm{};
    sigaction(SIGINT, &action, &oldInt);
    sigaction(SIGTERM, &action, &oldTerm);
    fail(Ok, QStringLiteral("recording lines A %1 and B %2 port %3 on %4%5 to %6")
                 .arg(QString::fromStdString(config.groupA), QString::fromStdString(config.groupB))
                 .arg(config.port)
                 .arg(QString::fromStdString(config.interfaceAddress),
                      config.mdgwHost ? QStringLiteral(" and MDGW %1").arg(p.value(mdgw)) : QString(), path));
    const bool ok = recorder.run(g_stopRecording);
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);

    const app::RecorderStats& st = recorder.stats();
    QJsonObject summary{
        {QStringLiteral("file"), path},
        {QStringLiteral("duration_s"), static_cast<double>(st.durationNs / 1'000'000) / 1000.0},
        {QStringLiteral("packets_a"), static_cast<qint64>(st.packets[0])},
        {QStringLiteral("packets_b"), static_cast<qint64>(st.packets[1])},
        {QStringLiteral("bytes_a"), static_cast<qint64>(st.bytes[0])},
        {QStringLiteral("bytes_b"), static_cast<qint64>(st.bytes[1])},
        {QStringLiteral("capture_records"), static_cast<qint64>(st.captureRecords)},
    };
    if (config.mdgwHost) {
        summary.insert(QStringLiteral("mdgw_bytes"), static_cast<qint64>(st.mdgwBytes));
        summary.insert(QStringLiteral("mdgw_session"), !st.mdgwConnected ? QStringLiteral("never connected")
                                                       : st.mdgwClosedByPeer
                                                           ? QStringLiteral("closed by the gateway")
                                                           : QStringLiteral("logged out"));
    }
    if (st.truncated)
        summary.insert(QStringLiteral("truncated"), static_cast<qint64>(st.truncated));
    out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << "\n";
    out().flush();
    if (!ok)
        return fail(Failure, QString::fromStdString(recorder.error()));
    if (config.mdgwHost && !st.mdgwConnected)
        return fail(Failure,
                    QStringLiteral("MDGW %1: never connected; the capture holds the appliance lines only")
                        .arg(p.value(mdgw)));
    return Ok;
}

} // namespace ws::cli
