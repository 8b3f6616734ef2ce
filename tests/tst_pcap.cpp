// pcap reading and writing, packet decoding and TCP reassembly: UDP and TCP round trips through
// real files, reassembly of shuffled / duplicated / overlapping / wrapping / lost segments,
// hand-built captures (classic microsecond and nanosecond, both byte orders, pcapng, Linux cooked,
// raw IP, BSD loopback, VLAN) with known answers, broken files, malformed packets, and tcpdump as
// an outside judge of what the writer produces.

#include "md/pcap/Packet.h"
#include "md/pcap/Pcap.h"
#include "md/szse/FrameStream.h"
#include "md/szse/SzseBinary.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace ws::md;
using namespace ws::md::pcap;

namespace {

using ByteVec = std::vector<std::byte>;

constexpr std::uint32_t ip(unsigned a, unsigned b, unsigned c, unsigned d)
{
    return (a << 24) | (b << 16) | (c << 8) | d;
}

const Endpoint kFeed{ip(10, 1, 2, 3), 41000};
const Endpoint kGroup{ip(233, 57, 1, 100), 30100};
const Endpoint kClient{ip(192, 168, 7, 20), 51234};
const Endpoint kServer{ip(10, 9, 8, 7), 9129};

std::string tmpPath(const char* name)
{
    QDir().mkpath(QStringLiteral(WS_TEST_TMP));
    return std::string(WS_TEST_TMP) + '/' + name;
}

ByteVec randomBytes(std::size_t n, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    ByteVec out(n);
    for (auto& b : out)
        b = static_cast<std::byte>(rng() & 0xffu);
    return out;
}

ByteVec readFile(const std::string& path)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    const auto* p = reinterpret_cast<const std::byte*>(all.constData());
    return ByteVec(p, p + all.size());
}

bool writeFile(const std::string& path, const ByteVec& bytes)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size())) ==
           static_cast<qint64>(bytes.size());
}

// Little-endian (or big-endian) appenders for hand-built files.
struct Out
{
    ByteVec bytes;
    bool bigEndian = false;
    void u8(unsigned v) { bytes.push_back(static_cast<std::byte>(v & 0xffu)); }
    void u16(std::uint16_t v)
    {
        std::byte b[2];
        bigEndian ? storeBe(b, v) : storeLe(b, v);
        bytes.insert(bytes.end(), b, b + 2);
    }
    void u32(std::uint32_t v)
    {
        std::byte b[4];
        bigEndian ? storeBe(b, v) : storeLe(b, v);
        bytes.insert(bytes.end(), b, b + 4);
    }
    void raw(Bytes b) { bytes.insert(bytes.end(), b.begin(), b.end()); }
};

struct HandRecord
{
    std::uint32_t sec;
    std::uint32_t frac; // microseconds or nanoseconds, as the magic says
    ByteVec data;
};

// A classic pcap file, built byte by byte as the format's description lays it out.
ByteVec classicPcap(std::uint32_t magic, bool bigEndian, std::uint32_t linkType,
                    const std::vector<HandRecord>& records)
{
    Out o;
    o.bigEndian = bigEndian;
    o.u32(magic);
    o.u16(2);
    o.u16(4);
    o.u32(0);     // thiszone
    o.u32(0);     // sigfigs
    o.u32(65535); // snaplen
    o.u32(linkType);
    for (const auto& r : records) {
        o.u32(r.sec);
        o.u32(r.frac);
        o.u32(static_cast<std::uint32_t>(r.data.size()));
        o.u32(static_cast<std::uint32_t>(r.data.size()));
        o.raw(r.data);
    }
    return o.bytes;
}

ByteVec ipPacketOf(const ByteVec& ethernetFrame)
{
    return ByteVec(ethernetFrame.begin() + kEthernetHeader, ethernetFrame.end());
}

ByteVec concat(std::initializer_list<ByteVec> parts)
{
    ByteVec out;
    for (const auto& p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

ByteVec slice(const ByteVec& v, std::size_t from, std::size_t n)
{
    return ByteVec(v.begin() + static_cast<std::ptrdiff_t>(from),
                   v.begin() + static_cast<std::ptrdiff_t>(from + n));
}

// Everything a TcpHandler is told, in order.
struct Collector final : TcpHandler
{
    ByteVec data;
    std::vector<TcpChunk> chunks; // spans not kept valid: only tsNs/offset/size are looked at
    std::vector<TcpGap> gaps;
    std::vector<TcpEnd> ends;
    std::vector<char> order; // 'd', 'g', 'e'
    bool contiguous = true;  // every chunk and gap starts where the last one stopped
    std::uint64_t expect = 0;

    void onData(const TcpChunk& c) override
    {
        contiguous = contiguous && c.offset == expect && !c.data.empty();
        expect = c.offset + c.data.size();
        data.insert(data.end(), c.data.begin(), c.data.end());
        chunks.push_back({c.tsNs, c.offset, {}});
        order.push_back('d');
    }
    void onGap(const TcpGap& g) override
    {
        contiguous = contiguous && g.offset == expect && g.bytes > 0;
        expect = g.offset + g.bytes;
        gaps.push_back(g);
        order.push_back('g');
    }
    void onEnd(std::int64_t, TcpEnd e) override
    {
        ends.push_back(e);
        order.push_back('e');
    }
};

// Feeds Ethernet frames through the decoder and a follower of the server's direction.
void reassemble(const std::vector<ByteVec>& frames, Collector& out, TcpSelect select = {kServer.port, {}},
                std::size_t maxBuffered = TcpReassembler::kDefaultMaxBuffered, TcpStats* stats = nullptr)
{
    PacketStats ps;
    TcpFollower follower(select, maxBuffered);
    std::int64_t ts = 1'000'000'000;
    for (const auto& f : frames) {
        if (auto p = parsePacket(LinkType::Ethernet, f, ts += 1000, ps))
            follower.push(*p, out);
    }
    follower.finish(ts, out);
    if (stats)
        *stats = follower.reassembler().stats();
}

bool writeFrames(const std::string& path, const std::vector<ByteVec>& frames,
                 std::int64_t ts0 = 1'700'000'000'000'000'000)
{
    Writer w;
    if (!w.open(path))
        return false;
    std::int64_t ts = ts0;
    for (const auto& f : frames) {
        if (!w.writeFrame(ts += 1000, f))
            return false;
    }
    return w.close();
}

// A server -> client stream cut into segments, the whole connection in order.
struct Conversation
{
    ByteVec stream;
    std::vector<ByteVec> open, data, close;
};

Conversation conversation(std::size_t size, std::size_t mss, std::uint32_t serverIsn, std::uint32_t seed)
{
    Conversation c;
    c.stream = randomBytes(size, seed);
    TcpSession s(kClient, kServer, 0x0badf00du, serverIsn);
    c.open = s.open();
    c.data = s.send(TcpSession::Side::Server, c.stream, mss);
    c.close = s.close();
    return c;
}

std::vector<ByteVec> inOrder(const Conversation& c)
{
    std::vector<ByteVec> all = c.open;
    all.insert(all.end(), c.data.begin(), c.data.end());
    all.insert(all.end(), c.close.begin(), c.close.end());
    return all;
}

// A server data segment carrying stream[from, from + n), at any sequence position.
ByteVec serverSegment(const ByteVec& stream, std::uint32_t serverIsn, std::size_t from, std::size_t n)
{
    TcpSegmentSpec spec;
    spec.src = kServer;
    spec.dst = kClient;
    spec.seq = serverIsn + 1 + static_cast<std::uint32_t>(from);
    spec.ack = 0x0badf00du + 1;
    spec.flags = tcpflag::kAck | tcpflag::kPsh;
    spec.payload = Bytes(stream).subspan(from, n);
    return tcpFrame(spec);
}

std::string tcpdumpPath()
{
    for (const char* p : {"/usr/sbin/tcpdump", "/usr/bin/tcpdump", "/sbin/tcpdump"}) {
        if (QFile::exists(QString::fromLatin1(p)))
            return p;
    }
    return QStandardPaths::findExecutable(QStringLiteral("tcpdump")).toStdString();
}

// tcpdump's exit code and output lines (stderr's "reading from file" line apart).
struct Dump
{
    int exitCode = -1;
    QStringList lines;
    QString err;
};

Dump tcpdump(const std::string& file, QStringList extra = {})
{
    Dump d;
    QProcess proc;
    QStringList args = {QStringLiteral("-nn"), QStringLiteral("-r"), QString::fromStdString(file)};
    args += extra;
    proc.start(QString::fromStdString(tcpdumpPath()), args);
    if (!proc.waitForFinished(30000))
        return d;
    d.exitCode = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
    d.err = QString::fromUtf8(proc.readAllStandardError());
    const QString out = QString::fromUtf8(proc.readAllStandardOutput());
    // -vv continues long packets on indented lines; count packets by their leading timestamp.
    for (const QString& l : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!l.startsWith(QLatin1Char(' ')) && !l.startsWith(QLatin1Char('\t')))
            d.lines << l;
        else if (!d.lines.isEmpty())
            d.lines.back() += l;
    }
    return d;
}

} // namespace

class TestPcap : public QObject
{
    Q_OBJECT

private slots:
    void udpRoundTrip();
    void udpFilterAndLimits();
    void checksums();
    void tcpRoundTrip();
    void mdgwStreamIntoFrameStream();
    void reassemblyShuffled_data();
    void reassemblyShuffled();
    void reassemblyShuffledThroughFile();
    void droppedSegmentAtEnd();
    void droppedSegmentBounded();
    void midConnectionAndFirstFlow();
    void newConnectionOnSamePorts();
    void resetEndsStream();
    void finBoundsStream();
    void classicMicrosecondKnownAnswer();
    void classicNanosecondBigEndian();
    void pcapng();
    void linkTypes();
    void malformedPackets();
    void truncatedFile();
    void badFiles();
    void tcpdumpReadsUdp();
    void tcpdumpReadsTcp();
};

void TestPcap::udpRoundTrip()
{
    const std::string path = tmpPath("udp.pcap");
    const std::vector<std::size_t> sizes = {0, 1, 100, 1472, 1473, 9000, kMaxUdpPayload};
    const std::int64_t ts0 = 1'700'000'000'123'456'789; // ns precision survives the file
    Writer w;
    QVERIFY2(w.open(path), w.error().c_str());
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const ByteVec payload = randomBytes(sizes[i], static_cast<std::uint32_t>(i));
        const Endpoint dst =
            i % 2 ? kGroup : Endpoint{ip(10, 1, 2, 99), static_cast<std::uint16_t>(5000 + i)};
        QVERIFY2(w.writeUdp(ts0 + static_cast<std::int64_t>(i) * 7, kFeed, dst, payload), w.error().c_str());
    }
    QVERIFY2(w.close(), w.error().c_str());
    QCOMPARE(w.packets(), sizes.size());

    const ByteVec file = readFile(path);
    QVERIFY(file.size() > 24);
    QCOMPARE(loadLe<std::uint32_t>(file.data()), 0xa1b23c4du); // nanosecond magic (host order)
    QCOMPARE(loadLe<std::uint32_t>(file.data() + 20), 1u);     // LINKTYPE_ETHERNET

    Reader r;
    QVERIFY2(r.open(path), r.error().c_str());
    QCOMPARE(r.linkType(), LinkType::Ethernet);
    Packet p;
    std::size_t i = 0;
    while (r.next(p)) {
        QVERIFY(i < sizes.size());
        const ByteVec payload = randomBytes(sizes[i], static_cast<std::uint32_t>(i));
        QCOMPARE(p.tsNs, ts0 + static_cast<std::int64_t>(i) * 7);
        QCOMPARE(p.protocol, Protocol::Udp);
        QCOMPARE(p.srcIp, kFeed.ip);
        QCOMPARE(p.srcPort, kFeed.port);
        QCOMPARE(p.dstIp, i % 2 ? kGroup.ip : ip(10, 1, 2, 99));
        QCOMPARE(p.dstPort, i % 2 ? kGroup.port : static_cast<std::uint16_t>(5000 + i));
        QVERIFY(std::ranges::equal(p.payload, payload));
        ++i;
    }
    QVERIFY2(r.error().empty(), r.error().c_str());
    QCOMPARE(i, sizes.size());
    QCOMPARE(r.stats().udp, sizes.size());
    QCOMPARE(r.stats().totalErrors(), 0u);

    // The multicast datagrams carry the group's MAC: 01:00:5e + low 23 bits of 233.57.1.100.
    Reader raw;
    QVERIFY(raw.open(path));
    Record rec;
    QVERIFY(raw.nextRecord(rec) && raw.nextRecord(rec));
    const ByteVec groupMac = {std::byte{0x01}, std::byte{0x00}, std::byte{0x5e},
                              std::byte{57},   std::byte{1},    std::byte{100}};
    QVERIFY(std::ranges::equal(rec.data.first(6), groupMac));
    QCOMPARE(rec.originalLength, static_cast<std::uint32_t>(rec.data.size()));
}

void TestPcap::udpFilterAndLimits()
{
    const std::string path = tmpPath("udp-filter.pcap");
    Writer w;
    QVERIFY(w.open(path));
    const Endpoint other{ip(233, 57, 1, 101), kGroup.port};
    const Endpoint otherPort{kGroup.ip, 30200};
    for (int i = 0; i < 10; ++i) {
        const ByteVec payload = randomBytes(20, static_cast<std::uint32_t>(i));
        QVERIFY(w.writeUdp(1'000'000'000 + i, kFeed, i % 3 == 0 ? kGroup : (i % 3 == 1 ? other : otherPort),
                           payload));
    }
    // Too big for one IPv4 datagram: refused, naming the file, nothing written.
    const ByteVec huge(kMaxUdpPayload + 1);
    QVERIFY(!w.writeUdp(2'000'000'000, kFeed, kGroup, huge));
    QVERIFY(w.error().find("65507") != std::string::npos);
    QVERIFY(w.error().find(path) != std::string::npos);
    QCOMPARE(w.packets(), 10u);
    QVERIFY(!w.writeFrame(-1, ByteVec(60)));
    w.close();

    auto count = [&](UdpFilter f) {
        std::size_t n = 0;
        const ReadSummary s = readUdp(path, f, [&](const Packet& p) {
            ++n;
            QVERIFY(f.matches(p));
        });
        if (!s.error.empty() || s.packets.udp != 10)
            return std::size_t{999};
        return n;
    };
    QCOMPARE(count({}), 10u);
    QCOMPARE(count({kGroup.port, {}}), 7u);        // i % 3 != 2
    QCOMPARE(count({{}, kGroup.ip}), 7u);          // i % 3 != 1
    QCOMPARE(count({kGroup.port, kGroup.ip}), 4u); // i % 3 == 0
    QCOMPARE(count({1, {}}), 0u);

    QCOMPARE(parseIpv4("233.57.1.100"), std::optional<std::uint32_t>(kGroup.ip));
    QCOMPARE(formatIpv4(kGroup.ip), std::string("233.57.1.100"));
    QVERIFY(!parseIpv4("233.57.1"));
    QVERIFY(!parseIpv4("233.57.1.256"));
    QVERIFY(!parseIpv4("1.2.3.4 "));
}

void TestPcap::checksums()
{
    // Known answer: the IPv4 header from RFC 1071-style examples (Wikipedia's), checksum b861.
    const ByteVec header = {std::byte{0x45}, std::byte{0x00}, std::byte{0x00}, std::byte{0x73},
                            std::byte{0x00}, std::byte{0x00}, std::byte{0x40}, std::byte{0x00},
                            std::byte{0x40}, std::byte{0x11}, std::byte{0x00}, std::byte{0x00},
                            std::byte{0xc0}, std::byte{0xa8}, std::byte{0x00}, std::byte{0x01},
                            std::byte{0xc0}, std::byte{0xa8}, std::byte{0x00}, std::byte{0xc7}};
    QCOMPARE(~onesComplementSum(header) & 0xffffu, 0xb861u);

    // Every synthesized frame verifies: header sums (with the checksum) to 0xffff, and so does the
    // L4 segment with its pseudo-header.
    const ByteVec payload = randomBytes(333, 7); // odd length: the pad byte matters
    TcpSegmentSpec spec{kServer, kClient, 0xfffffff0u, 12345, tcpflag::kAck, 1000, 9, payload};
    for (const ByteVec& frame : {udpFrame(kFeed, kGroup, payload, 3), tcpFrame(spec)}) {
        const Bytes ipHdr = Bytes(frame).subspan(kEthernetHeader, kIpv4Header);
        QCOMPARE(onesComplementSum(ipHdr), 0xffffu);
        const Bytes l4 = Bytes(frame).subspan(kEthernetHeader + kIpv4Header);
        std::uint32_t pseudo = onesComplementSum(ipHdr.subspan(12, 8));
        pseudo += std::to_integer<std::uint32_t>(ipHdr[9]) + static_cast<std::uint32_t>(l4.size());
        QCOMPARE(onesComplementSum(l4, pseudo), 0xffffu);
    }
}

void TestPcap::tcpRoundTrip()
{
    const std::string path = tmpPath("tcp.pcap");
    const ByteVec logon = randomBytes(101, 1);
    const ByteVec stream = randomBytes(200'003, 2);
    Writer w;
    QVERIFY(w.open(path));
    TcpWriter tw(w, kClient, kServer);
    const std::int64_t ts0 = 1'700'000'000'000'000'000;
    QVERIFY(tw.open(ts0));
    QVERIFY(tw.send(ts0 + 10, logon, TcpWriter::Side::Client));
    std::mt19937 rng(3);
    std::vector<std::int64_t> sendTs;
    for (std::size_t pos = 0, i = 0; pos < stream.size(); ++i) {
        const std::size_t n = std::min<std::size_t>(1 + rng() % 5000, stream.size() - pos);
        sendTs.push_back(ts0 + 1000 + static_cast<std::int64_t>(i) * 1000);
        QVERIFY(tw.send(sendTs.back(), Bytes(stream).subspan(pos, n)));
        pos += n;
    }
    QVERIFY(tw.close(ts0 + 999'999'999));
    QVERIFY2(w.close(), w.error().c_str());

    // No segment is longer than the MSS, so no frame exceeds 1514 bytes.
    Reader r;
    QVERIFY(r.open(path));
    Record rec;
    std::size_t records = 0;
    while (r.nextRecord(rec)) {
        ++records;
        QVERIFY(rec.data.size() <= 1514);
    }
    QVERIFY(records > stream.size() / kTcpMss + 6);

    Collector c;
    const TcpSummary s = readTcp(path, {kServer.port, {}}, c);
    QVERIFY2(s.error.empty(), s.error.c_str());
    QVERIFY(s.flow.has_value());
    QCOMPARE(*s.flow, (FlowKey{kServer.ip, kServer.port, kClient.ip, kClient.port}));
    QCOMPARE(formatFlow(*s.flow), std::string("10.9.8.7:9129 > 192.168.7.20:51234"));
    QCOMPARE(c.data.size(), stream.size());
    QVERIFY(c.data == stream);
    QVERIFY(c.contiguous);
    QVERIFY(c.gaps.empty());
    QCOMPARE(c.ends, std::vector<TcpEnd>{TcpEnd::Fin});
    QCOMPARE(s.tcp.bytes, stream.size());
    QCOMPARE(s.tcp.duplicateBytes, 0u);
    QCOMPARE(s.tcp.connections, 1u);
    // Chunk times are those of the segments that carried them.
    for (const auto& chunk : c.chunks)
        QVERIFY(std::ranges::find(sendTs, chunk.tsNs) != sendTs.end());
    QCOMPARE(c.chunks.front().tsNs, sendTs.front());
    QCOMPARE(c.chunks.back().tsNs, sendTs.back());

    // The client's direction by its port, and "first flow with payload" finds the logon.
    Collector client;
    QVERIFY(readTcp(path, {kClient.port, {}}, client).error.empty());
    QVERIFY(client.data == logon);
    Collector first;
    QVERIFY(readTcp(path, {}, first).error.empty());
    QVERIFY(first.data == logon);
    Collector byAddress;
    QVERIFY(readTcp(path, {{}, kServer.ip}, byAddress).error.empty());
    QVERIFY(byAddress.data == stream);
}

void TestPcap::mdgwStreamIntoFrameStream()
{
    // An MDGW byte stream recorded as a capture and decoded again, chunk by chunk.
    ByteVec stream;
    for (int i = 0; i < 3000; ++i) {
        szse::Order o;
        o.channelNo = 2011;
        o.applSeqNum = i + 1;
        o.securityId = "000001";
        o.price = 12'3400;
        o.orderQty = 100 * (i + 1);
        o.transactTime = 20240102093000000 + i;
        encode(o, stream);
    }
    const std::string path = tmpPath("mdgw.pcap");
    Writer w;
    QVERIFY(w.open(path));
    TcpWriter tw(w, kClient, kServer, 1, 0xfffff000u);
    QVERIFY(tw.open(1'000'000'000) && tw.send(2'000'000'000, stream) && tw.close(3'000'000'000));
    QVERIFY(w.close());

    struct Sink final : TcpHandler
    {
        szse::FrameStream frames;
        std::vector<std::int64_t> seqs;
        std::size_t errors = 0;
        void onFrame(const szse::Frame& f)
        {
            if (auto v = szse::OrderView::parse(f.body))
                seqs.push_back(v->applSeqNum());
        }
        void onError(szse::FrameError, std::uint64_t) { ++errors; }
        void onData(const TcpChunk& c) override { frames.push(c.data, *this); }
        void onEnd(std::int64_t, TcpEnd) override { frames.finish(*this); }
    } sink;
    QVERIFY(readTcp(path, {kServer.port, {}}, sink).error.empty());
    QCOMPARE(sink.errors, 0u);
    QCOMPARE(sink.seqs.size(), 3000u);
    for (std::size_t i = 0; i < sink.seqs.size(); ++i)
        QCOMPARE(sink.seqs[i], static_cast<std::int64_t>(i + 1));
}

void TestPcap::reassemblyShuffled_data()
{
    QTest::addColumn<std::uint32_t>("isn");
    QTest::addColumn<std::uint32_t>("seed");
    QTest::newRow("isn 0") << 0u << 1u;
    QTest::newRow("wraps 2^32") << 0xffffe000u << 2u;
    QTest::newRow("isn 2^32-1") << 0xffffffffu << 3u;
    QTest::newRow("isn 2^31-1") << 0x7fffffffu << 4u;
    QTest::newRow("wraps, other order") << 0xfffff9a0u << 5u;
}

void TestPcap::reassemblyShuffled()
{
    QFETCH(std::uint32_t, isn);
    QFETCH(std::uint32_t, seed);
    const Conversation c = conversation(60'000, 1000, isn, seed);
    std::mt19937 rng(seed);
    std::vector<ByteVec> middle = c.data;
    for (int i = 0; i < 20; ++i) // exact duplicates
        middle.push_back(c.data[rng() % c.data.size()]);
    for (int i = 0; i < 30; ++i) { // partial overlaps straddling segment boundaries
        const std::size_t from = rng() % c.stream.size();
        const std::size_t n = std::min<std::size_t>(1 + rng() % 2500, c.stream.size() - from);
        middle.push_back(serverSegment(c.stream, isn, from, n));
    }
    middle.push_back(c.close[0]); // the server's FIN, somewhere in the middle of the data
    std::shuffle(middle.begin(), middle.end(), rng);
    std::vector<ByteVec> frames = c.open;
    frames.insert(frames.end(), middle.begin(), middle.end());
    frames.insert(frames.end(), c.close.begin() + 1, c.close.end());

    Collector out;
    TcpStats stats;
    reassemble(frames, out, {kServer.port, {}}, TcpReassembler::kDefaultMaxBuffered, &stats);
    QCOMPARE(out.data.size(), c.stream.size());
    QVERIFY(out.data == c.stream);
    QVERIFY(out.contiguous);
    QVERIFY(out.gaps.empty());
    QCOMPARE(out.ends, std::vector<TcpEnd>{TcpEnd::Fin});
    QVERIFY(stats.duplicateBytes > 0);
    QVERIFY(stats.outOfOrderSegments > 0);
    QCOMPARE(stats.bytes, c.stream.size());
}

void TestPcap::reassemblyShuffledThroughFile()
{
    // The same through a written and re-read capture, segments in reverse order.
    const std::uint32_t isn = 0xfffffc00u;
    const Conversation c = conversation(30'000, 1460, isn, 9);
    std::vector<ByteVec> frames = c.open;
    frames.insert(frames.end(), c.data.rbegin(), c.data.rend());
    frames.push_back(c.data[3]);
    frames.insert(frames.end(), c.close.begin(), c.close.end());
    const std::string path = tmpPath("tcp-reversed.pcap");
    QVERIFY(writeFrames(path, frames));
    Collector out;
    const TcpSummary s = readTcp(path, {kServer.port, {}}, out);
    QVERIFY2(s.error.empty(), s.error.c_str());
    QVERIFY(out.data == c.stream);
    QCOMPARE(out.ends, std::vector<TcpEnd>{TcpEnd::Fin});
    QCOMPARE(s.tcp.duplicateBytes, 1460u);
    // Everything completed when the first segment (written last of the data) arrived.
    QCOMPARE(out.chunks.front().tsNs, out.chunks.back().tsNs);
}

void TestPcap::droppedSegmentAtEnd()
{
    const Conversation c = conversation(20'000, 1000, 0xfffff000u, 11);
    std::vector<ByteVec> frames = inOrder(c);
    frames.erase(frames.begin() + 3 + 7); // data segment 7: stream bytes [7000, 8000)
    Collector out;
    reassemble(frames, out);
    QCOMPARE(out.gaps.size(), 1u);
    QCOMPARE(out.gaps[0].offset, 7000u);
    QCOMPARE(out.gaps[0].bytes, 1000u);
    QVERIFY(out.contiguous);
    const ByteVec expected = concat({slice(c.stream, 0, 7000), slice(c.stream, 8000, 12'000)});
    QVERIFY(out.data == expected);
    // The hole is final once the FIN is reached: gap, the held bytes, then the end.
    QCOMPARE(out.ends, std::vector<TcpEnd>{TcpEnd::Fin});
    QCOMPARE(out.order.back(), 'e');

    // Without the close, the end of the capture settles it the same way.
    std::vector<ByteVec> noClose(frames.begin(), frames.end() - 3);
    Collector out2;
    reassemble(noClose, out2);
    QCOMPARE(out2.gaps.size(), 1u);
    QVERIFY(out2.data == expected);
    QCOMPARE(out2.ends, std::vector<TcpEnd>{TcpEnd::EndOfCapture});

    // A lost last segment before the FIN: the FIN says how much is missing.
    std::vector<ByteVec> lostTail = inOrder(c);
    lostTail.erase(lostTail.begin() + 3 + static_cast<std::ptrdiff_t>(c.data.size()) - 1);
    Collector out3;
    reassemble(lostTail, out3);
    QCOMPARE(out3.gaps.size(), 1u);
    QCOMPARE(out3.gaps[0].offset, 19'000u);
    QCOMPARE(out3.gaps[0].bytes, 1000u);
    QCOMPARE(out3.ends, std::vector<TcpEnd>{TcpEnd::Fin});
}

void TestPcap::droppedSegmentBounded()
{
    // With a small bound the stream does not wait for the end of the capture: the gap is reported
    // as soon as the held bytes pass the bound, and later bytes flow in order again.
    const Conversation c = conversation(50'000, 1000, 77, 12);
    std::vector<ByteVec> frames(c.open);
    for (std::size_t i = 0; i < c.data.size(); ++i) {
        if (i != 5)
            frames.push_back(c.data[i]);
    }
    Collector out;
    TcpStats stats;
    reassemble(frames, out, {kServer.port, {}}, 4000, &stats);
    QCOMPARE(out.gaps.size(), 1u);
    QCOMPARE(out.gaps[0].offset, 5000u);
    QCOMPARE(out.gaps[0].bytes, 1000u);
    QVERIFY(out.data == concat({slice(c.stream, 0, 5000), slice(c.stream, 6000, 44'000)}));
    QVERIFY(out.contiguous);
    // Reported mid-stream, long before the end: many chunks follow the gap.
    const auto gapAt = std::ranges::find(out.order, 'g') - out.order.begin();
    QVERIFY(std::count(out.order.begin() + gapAt, out.order.end(), 'd') > 30);
    QVERIFY(stats.peakBufferedBytes <= 5000);
    QCOMPARE(out.ends, std::vector<TcpEnd>{TcpEnd::EndOfCapture});
}

void TestPcap::midConnectionAndFirstFlow()
{
    // The capture starts with data segment 3: no SYN, the stream starts there.
    const Conversation c = conversation(10'000, 1000, 0xffffff00u, 13);
    std::vector<ByteVec> frames(c.data.begin() + 3, c.data.end());
    frames.push_back(c.data[1]); // a retransmission of what came before the capture: ignored
    frames.insert(frames.end(), c.close.begin(), c.close.end());
    Collector out;
    TcpStats stats;
    reassemble(frames, out, {}, TcpReassembler::kDefaultMaxBuffered, &stats);
    QVERIFY(out.data == slice(c.stream, 3000, 7000));
    QCOMPARE(out.chunks.front().offset, 0u);
    QCOMPARE(stats.duplicateBytes, 1000u);
    QCOMPARE(out.ends, std::vector<TcpEnd>{TcpEnd::Fin});

    // "First flow with payload" still starts at the SYN seen before the flow had payload, so a
    // lost first segment is a gap at offset 0, not a silently shorter stream.
    std::vector<ByteVec> lostFirst = inOrder(c);
    lostFirst.erase(lostFirst.begin() + 3);
    Collector out2;
    reassemble(lostFirst, out2, {});
    QCOMPARE(out2.gaps.size(), 1u);
    QCOMPARE(out2.gaps[0].offset, 0u);
    QVERIFY(out2.data == slice(c.stream, 1000, 9000));
}

void TestPcap::newConnectionOnSamePorts()
{
    const Conversation a = conversation(5000, 1000, 100, 14);
    const Conversation b = conversation(7000, 1000, 0xfffffff0u, 15);
    // Connection a without its close, then b on the same ports (the SYN-ACK shows a new ISN).
    std::vector<ByteVec> frames(a.open);
    frames.insert(frames.end(), a.data.begin(), a.data.end());
    frames.push_back(a.open[1]); // a retransmitted SYN-ACK is not a new connection
    const auto bAll = inOrder(b);
    frames.insert(frames.end(), bAll.begin(), bAll.end());
    Collector out;
    TcpStats stats;
    reassemble(frames, out, {kServer.port, {}}, TcpReassembler::kDefaultMaxBuffered, &stats);
    QCOMPARE(out.ends, (std::vector<TcpEnd>{TcpEnd::NewConnection, TcpEnd::Fin}));
    QVERIFY(out.data == concat({a.stream, b.stream}));
    QCOMPARE(stats.connections, 2u);
    QVERIFY(out.contiguous);
}

void TestPcap::resetEndsStream()
{
    const Conversation c = conversation(5000, 1000, 5, 16);
    std::vector<ByteVec> frames(c.open);
    frames.insert(frames.end(), c.data.begin(), c.data.begin() + 2);
    frames.push_back(c.data[3]); // held behind the hole of segment 2
    TcpSegmentSpec rst{kServer, kClient, 5 + 1 + 4000, 0, tcpflag::kRst, 0, 0, {}};
    frames.push_back(tcpFrame(rst));
    frames.push_back(c.data[4]); // after the reset: not the stream's
    Collector out;
    reassemble(frames, out);
    QCOMPARE(out.ends, std::vector<TcpEnd>{TcpEnd::Rst});
    QCOMPARE(out.gaps.size(), 1u);
    QCOMPARE(out.gaps[0].offset, 2000u);
    QVERIFY(out.data == concat({slice(c.stream, 0, 2000), slice(c.stream, 3000, 1000)}));
}

void TestPcap::finBoundsStream()
{
    // Segments straight into a reassembler: bytes held beyond where the FIN later says the stream
    // ends, and bytes sent after the FIN, are not delivered.
    const ByteVec stream = randomBytes(400, 17);
    auto seg = [&](std::uint32_t from, std::uint32_t n, std::uint8_t flags) {
        Packet p;
        p.protocol = Protocol::Tcp;
        p.tsNs = from;
        p.seq = 0xffffff00u + from;
        p.tcpFlags = flags;
        p.payload = Bytes(stream).subspan(from, n);
        return p;
    };
    TcpReassembler r;
    Collector out;
    r.push(seg(0, 100, tcpflag::kAck), out);
    r.push(seg(250, 150, tcpflag::kAck), out); // held, but past the FIN below
    r.push(seg(150, 50, tcpflag::kAck), out);  // held, straddles the FIN
    r.push(seg(200, 0, tcpflag::kFin), out);   // the stream is 180 bytes long... at 200
    QCOMPARE(r.bufferedBytes(), 50u);
    r.push(seg(100, 100, tcpflag::kAck), out);
    QCOMPARE(out.ends, std::vector<TcpEnd>{TcpEnd::Fin});
    QVERIFY(out.data == slice(stream, 0, 200));
    r.push(seg(200, 100, tcpflag::kAck), out);
    r.finish(1000, out);
    QVERIFY(out.data == slice(stream, 0, 200));
    QCOMPARE(out.ends.size(), 1u);
    QVERIFY(r.closed());
    QCOMPARE(r.stats().ignoredSegments, 1u);
}

void TestPcap::classicMicrosecondKnownAnswer()
{
    const ByteVec payload = randomBytes(50, 21);
    const ByteVec frame = udpFrame(kFeed, kGroup, payload);
    // ts 1.000001 s and 1700000000.999999 s, little-endian, microsecond magic.
    const ByteVec file = classicPcap(0xa1b2c3d4u, false, 1, {{1, 1, frame}, {1'700'000'000, 999'999, frame}});
    const std::string path = tmpPath("classic-us.pcap");
    QVERIFY(writeFile(path, file));
    Reader r;
    QVERIFY2(r.open(path), r.error().c_str());
    Packet p;
    QVERIFY(r.next(p));
    QCOMPARE(p.tsNs, std::int64_t{1'000'001'000});
    QVERIFY(std::ranges::equal(p.payload, payload));
    QCOMPARE(p.dstIp, kGroup.ip);
    QVERIFY(r.next(p));
    QCOMPARE(p.tsNs, std::int64_t{1'700'000'000'999'999'000});
    QVERIFY(!r.next(p));
    QVERIFY(r.error().empty());
}

void TestPcap::classicNanosecondBigEndian()
{
    const ByteVec payload = randomBytes(9, 22);
    const ByteVec frame = udpFrame(kFeed, kGroup, payload);
    const ByteVec file = classicPcap(0xa1b23c4du, true, 1, {{1, 1, frame}, {2, 999'999'999, frame}});
    QCOMPARE(std::to_integer<int>(file[0]), 0xa1); // really big-endian on disk
    const std::string path = tmpPath("classic-ns-be.pcap");
    QVERIFY(writeFile(path, file));
    Reader r;
    QVERIFY2(r.open(path), r.error().c_str());
    Packet p;
    QVERIFY(r.next(p));
    QCOMPARE(p.tsNs, std::int64_t{1'000'000'001});
    QVERIFY(r.next(p));
    QCOMPARE(p.tsNs, std::int64_t{2'999'999'999});
    QVERIFY(std::ranges::equal(p.payload, payload));
}

void TestPcap::pcapng()
{
    // Section header, interface description (Ethernet; optionally if_tsresol = 9 for ns), and one
    // enhanced packet block per resolution.
    const ByteVec payload = randomBytes(13, 23);
    const ByteVec frame = udpFrame(kFeed, kGroup, payload);
    for (const bool nano : {false, true}) {
        Out o;
        o.u32(0x0a0d0d0a);
        o.u32(28);
        o.u32(0x1a2b3c4d);
        o.u16(1);
        o.u16(0);
        o.u32(0xffffffff);
        o.u32(0xffffffff);
        o.u32(28);
        const std::uint32_t idbLength = nano ? 32 : 20;
        o.u32(1);
        o.u32(idbLength);
        o.u16(1); // LINKTYPE_ETHERNET
        o.u16(0);
        o.u32(0);
        if (nano) {
            o.u16(9); // if_tsresol
            o.u16(1);
            o.u8(9);
            o.u8(0);
            o.u8(0);
            o.u8(0);
            o.u16(0); // opt_endofopt
            o.u16(0);
        }
        o.u32(idbLength);
        const std::uint64_t ticks = nano ? 1'500'000'007ull : 1'500'003ull;
        const auto padded = (frame.size() + 3) / 4 * 4;
        const auto epbLength = static_cast<std::uint32_t>(32 + padded);
        o.u32(6);
        o.u32(epbLength);
        o.u32(0);
        o.u32(static_cast<std::uint32_t>(ticks >> 32));
        o.u32(static_cast<std::uint32_t>(ticks));
        o.u32(static_cast<std::uint32_t>(frame.size()));
        o.u32(static_cast<std::uint32_t>(frame.size()));
        o.raw(frame);
        o.bytes.resize(o.bytes.size() + padded - frame.size());
        o.u32(epbLength);
        const std::string path = tmpPath(nano ? "ng-ns.pcapng" : "ng-us.pcapng");
        QVERIFY(writeFile(path, o.bytes));
        Reader r;
        QVERIFY2(r.open(path), r.error().c_str());
        Packet p;
        QVERIFY2(r.next(p), r.error().c_str());
        QCOMPARE(p.tsNs, nano ? std::int64_t{1'500'000'007} : std::int64_t{1'500'003'000});
        QVERIFY(std::ranges::equal(p.payload, payload));
        QVERIFY(!r.next(p));
        QVERIFY(r.error().empty());
    }
}

void TestPcap::linkTypes()
{
    const ByteVec payload = randomBytes(77, 24);
    const ByteVec ipPacket = ipPacketOf(udpFrame(kFeed, kGroup, payload));
    auto b = [](std::initializer_list<unsigned> v) {
        ByteVec out;
        for (unsigned x : v)
            out.push_back(static_cast<std::byte>(x));
        return out;
    };
    // Linux cooked v1: packet type, ARPHRD_ETHER, address length, 8 address bytes, protocol.
    const ByteVec sll =
        concat({b({0, 0, 0, 1, 0, 6, 2, 0, 0, 0x11, 0x22, 0x33, 0, 0, 0x08, 0x00}), ipPacket});
    // Linux cooked v2: protocol, reserved, interface index, ARPHRD, packet type, address length,
    // 8 address bytes.
    const ByteVec sll2 =
        concat({b({0x08, 0x00, 0, 0, 0, 0, 0, 2, 0, 1, 0, 6, 2, 0, 0, 0x11, 0x22, 0x33, 0, 0}), ipPacket});
    const ByteVec null = concat({b({2, 0, 0, 0}), ipPacket});   // AF_INET, little-endian writer
    const ByteVec nullBe = concat({b({0, 0, 0, 2}), ipPacket}); // AF_INET, big-endian writer
    ByteVec vlan = udpFrame(kFeed, kGroup, payload);            // Ethernet with an 802.1Q tag
    const ByteVec tag = b({0x81, 0x00, 0x00, 0x64});
    vlan.insert(vlan.begin() + 12, tag.begin(), tag.end());
    const ByteVec padded = concat({udpFrame(kFeed, kGroup, {}), ByteVec(18)}); // 60-byte minimum frame

    struct Case
    {
        const char* name;
        std::uint32_t linkType;
        ByteVec frame;
        LinkType expected;
        std::size_t payloadSize;
    };
    const std::vector<Case> cases = {
        {"sll", 113, sll, LinkType::LinuxSll, 77}, {"sll2", 276, sll2, LinkType::LinuxSll2, 77},
        {"raw", 101, ipPacket, LinkType::Raw, 77}, {"ipv4", 228, ipPacket, LinkType::Raw, 77},
        {"null", 0, null, LinkType::Null, 77},     {"null-be", 0, nullBe, LinkType::Null, 77},
        {"vlan", 1, vlan, LinkType::Ethernet, 77}, {"padded", 1, padded, LinkType::Ethernet, 0},
        {"loop", 108, nullBe, LinkType::Loop, 77},
    };
    for (const auto& c : cases) {
        const std::string path = tmpPath((std::string("link-") + c.name + ".pcap").c_str());
        QVERIFY(writeFile(path, classicPcap(0xa1b2c3d4u, false, c.linkType, {{5, 6, c.frame}})));
        Reader r;
        QVERIFY2(r.open(path), r.error().c_str());
        QCOMPARE(r.linkType(), c.expected);
        Packet p;
        QVERIFY2(r.next(p), c.name);
        QCOMPARE(p.srcIp, kFeed.ip);
        QCOMPARE(p.srcPort, kFeed.port);
        QCOMPARE(p.dstIp, kGroup.ip);
        QCOMPARE(p.dstPort, kGroup.port);
        QCOMPARE(p.payload.size(), c.payloadSize);
        QVERIFY(std::ranges::equal(p.payload, Bytes(payload).first(c.payloadSize)));
        QCOMPARE(p.tsNs, std::int64_t{5'000'006'000});
        QCOMPARE(r.stats().totalErrors(), 0u);
    }

    // A link type this reader does not decode is refused at open, by name.
    const std::string path = tmpPath("link-unsupported.pcap");
    QVERIFY(writeFile(path, classicPcap(0xa1b2c3d4u, false, 105 /* IEEE 802.11 */, {{5, 6, ipPacket}})));
    Reader r;
    QVERIFY(!r.open(path));
    QVERIFY(r.error().find(path) != std::string::npos);
    QVERIFY(r.error().find("not supported") != std::string::npos);
}

void TestPcap::malformedPackets()
{
    const ByteVec good = udpFrame(kFeed, kGroup, randomBytes(40, 25));
    const ByteVec goodTcp = tcpFrame({kServer, kClient, 1, 2, tcpflag::kAck, 100, 0, Bytes(good).first(30)});
    auto with = [](ByteVec f, std::size_t at, unsigned v) {
        f[at] = static_cast<std::byte>(v);
        return f;
    };
    constexpr std::size_t ipAt = kEthernetHeader;
    constexpr std::size_t l4At = kEthernetHeader + kIpv4Header;
    struct Case
    {
        const char* name;
        ByteVec frame;
        std::optional<PacketError> error; // nullopt: "other", not an error
    };
    const std::vector<Case> cases = {
        {"short ethernet", ByteVec(good.begin(), good.begin() + 13), PacketError::TruncatedLink},
        {"short ip", ByteVec(good.begin(), good.begin() + ipAt + 19), PacketError::TruncatedIp},
        {"version 6", with(good, ipAt, 0x65), PacketError::BadIpHeader},
        {"ihl 4", with(good, ipAt, 0x44), PacketError::BadIpHeader},
        {"ihl 15", with(udpFrame(kFeed, kGroup, {}), ipAt, 0x4f), PacketError::TruncatedIp},
        {"total length 19", with(with(good, ipAt + 2, 0), ipAt + 3, 19), PacketError::BadIpHeader},
        {"total length past capture", with(good, ipAt + 2, 0x7f), PacketError::TruncatedIp},
        {"cut short", ByteVec(good.begin(), good.end() - 1), PacketError::TruncatedIp},
        {"later fragment", with(good, ipAt + 7, 0x08), PacketError::Fragment},
        {"first fragment of udp", with(good, ipAt + 6, 0x20), PacketError::Fragment},
        {"udp length 7", with(good, l4At + 5, 7), PacketError::BadUdpLength},
        {"udp length past ip", with(good, l4At + 5, 200), PacketError::BadUdpLength},
        {"tcp offset 4", with(goodTcp, l4At + 12, 0x40), PacketError::BadTcpHeader},
        {"tcp offset 15", with(goodTcp, l4At + 12, 0xf0), PacketError::TruncatedTcp},
        {"icmp", with(good, ipAt + 9, 1), std::nullopt},
        {"arp", with(good, 13, 0x06), std::nullopt},
        {"vlan cut", with(with(ByteVec(good.begin(), good.begin() + 16), 12, 0x81), 13, 0x00),
         PacketError::TruncatedLink},
    };
    for (const auto& c : cases) {
        PacketStats stats;
        QVERIFY2(!parsePacket(LinkType::Ethernet, c.frame, 0, stats), c.name);
        QCOMPARE(stats.records, 1u);
        if (c.error) {
            QVERIFY2(stats.error(*c.error) == 1 && stats.totalErrors() == 1, c.name);
        } else {
            QVERIFY2(stats.other == 1 && stats.totalErrors() == 0, c.name);
        }
    }
    // The unmodified frames decode, and every shorter prefix of them is refused without reading
    // past it (ASan/UBSan builds and the fuzzer check the "without reading past" part).
    for (const ByteVec& frame : {good, goodTcp}) {
        PacketStats stats;
        QVERIFY(parsePacket(LinkType::Ethernet, frame, 0, stats));
        for (std::size_t n = 0; n < frame.size(); ++n) {
            const ByteVec prefix(frame.begin(), frame.begin() + static_cast<std::ptrdiff_t>(n));
            QVERIFY(!parsePacket(LinkType::Ethernet, prefix, 0, stats));
        }
        QCOMPARE(stats.totalErrors(), frame.size());
    }
    std::vector<std::string_view> names;
    for (std::size_t k = 0; k < kPacketErrorKinds; ++k)
        names.push_back(packetErrorName(static_cast<PacketError>(k)));
    std::ranges::sort(names);
    QVERIFY(std::ranges::adjacent_find(names) == names.end() && !std::ranges::count(names, "?"));
    // A bare ACK padded to Ethernet's 60-byte minimum: the padding is not payload.
    {
        PacketStats padStats;
        ByteVec ack = tcpFrame({kServer, kClient, 1, 2, tcpflag::kAck, 100, 0, {}});
        ack.resize(60, std::byte{0xee});
        const auto bare = parsePacket(LinkType::Ethernet, ack, 0, padStats);
        QVERIFY(bare);
        QCOMPARE(bare->payload.size(), 0u);
    }
    // IPv4 options: the UDP header starts after them.
    {
        PacketStats optStats;
        ByteVec withIpOptions = good;
        const ByteVec options = {std::byte{0x94}, std::byte{0x04}, std::byte{0},
                                 std::byte{0}}; // router alert
        withIpOptions.insert(withIpOptions.begin() + l4At, options.begin(), options.end());
        withIpOptions[ipAt] = std::byte{0x46};
        storeBe<std::uint16_t>(withIpOptions.data() + ipAt + 2,
                               static_cast<std::uint16_t>(kIpv4Header + 4 + 48));
        const auto udp = parsePacket(LinkType::Ethernet, withIpOptions, 0, optStats);
        QVERIFY(udp);
        QCOMPARE(udp->srcPort, kFeed.port);
        QVERIFY(std::ranges::equal(udp->payload, Bytes(good).subspan(l4At + kUdpHeader)));
    }
    // Total length 0, as a capture on a sender with segmentation offload shows: the captured
    // length stands in.
    {
        PacketStats tsoStats;
        ByteVec tso = goodTcp;
        storeBe<std::uint16_t>(tso.data() + ipAt + 2, 0);
        const auto seg = parsePacket(LinkType::Ethernet, tso, 0, tsoStats);
        QVERIFY(seg);
        QCOMPARE(seg->payload.size(), 30u);
    }
    // A TCP header with options: the payload starts after them.
    ByteVec withOptions = goodTcp;
    withOptions[l4At + 12] = std::byte{0x60}; // 24-byte header: the first 4 payload bytes are options
    PacketStats stats;
    const auto p = parsePacket(LinkType::Ethernet, withOptions, 0, stats);
    QVERIFY(p);
    QCOMPARE(p->payload.size(), 26u);
    QCOMPARE(p->seq, 1u);
    QCOMPARE(p->ack, 2u);
}

void TestPcap::truncatedFile()
{
    const std::string path = tmpPath("truncated.pcap");
    Writer w;
    QVERIFY(w.open(path));
    for (int i = 0; i < 3; ++i)
        QVERIFY(w.writeUdp(1'000'000'000 + i, kFeed, kGroup, randomBytes(100, 30)));
    QVERIFY(w.close());
    const ByteVec full = readFile(path);
    // Cut inside the last record's data, then inside its header.
    for (const std::size_t cut : {std::size_t{5}, std::size_t{100 + 42 + 16 - 7}}) {
        const std::string cutPath = tmpPath("truncated-cut.pcap");
        QVERIFY(writeFile(cutPath, ByteVec(full.begin(), full.end() - static_cast<std::ptrdiff_t>(cut))));
        std::size_t n = 0;
        const ReadSummary s = readUdp(cutPath, {}, [&](const Packet&) { ++n; });
        QCOMPARE(n, 2u); // the packets before the damage are kept
        QVERIFY2(s.error.find(cutPath) != std::string::npos, s.error.c_str());
        QVERIFY2(s.error.find("truncated") != std::string::npos, s.error.c_str());
    }
}

void TestPcap::badFiles()
{
    const std::string garbage = tmpPath("garbage.pcap");
    QVERIFY(writeFile(garbage, randomBytes(4096, 31)));
    const std::string empty = tmpPath("empty.pcap");
    QVERIFY(writeFile(empty, {}));
    const std::string shortHeader = tmpPath("short-header.pcap");
    QVERIFY(writeFile(shortHeader, slice(classicPcap(0xa1b2c3d4u, false, 1, {}), 0, 10)));
    const std::string missing = tmpPath("does-not-exist.pcap");
    for (const std::string& path : {garbage, empty, shortHeader, missing}) {
        Reader r;
        QVERIFY(!r.open(path));
        QVERIFY2(r.error().find(path) != std::string::npos, r.error().c_str());
        QVERIFY(r.error().size() > path.size() + 20); // and libpcap's reason
        Packet p;
        QVERIFY(!r.next(p));
        QVERIFY(!readUdp(path, {}, [](const Packet&) {}).error.empty());
        Collector c;
        QVERIFY(!readTcp(path, {}, c).error.empty());
        QVERIFY(c.ends.empty());
    }
    // A file that cannot be created.
    Writer w;
    const std::string bad = tmpPath("no-such-dir/x.pcap");
    QVERIFY(!w.open(bad));
    QVERIFY(w.error().find(bad) != std::string::npos);
    QVERIFY(!w.writeUdp(1, kFeed, kGroup, {}));
}

void TestPcap::tcpdumpReadsUdp()
{
    if (tcpdumpPath().empty())
        QSKIP("tcpdump not installed");
    const std::string path = tmpPath("tcpdump-udp.pcap");
    const std::vector<std::size_t> sizes = {0, 10, 100, 1000, 1472, 3000};
    Writer w;
    QVERIFY(w.open(path));
    for (std::size_t i = 0; i < sizes.size(); ++i)
        QVERIFY(w.writeUdp(1'700'000'000'000'000'000 + static_cast<std::int64_t>(i), kFeed,
                           i % 2 ? kGroup : Endpoint{ip(10, 1, 2, 4), 31000}, randomBytes(sizes[i], 40)));
    QVERIFY(w.close());

    const Dump d = tcpdump(path);
    QVERIFY2(d.exitCode == 0, qPrintable(d.err));
    QCOMPARE(d.lines.size(), static_cast<qsizetype>(sizes.size()));
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const QString& l = d.lines[static_cast<qsizetype>(i)];
        QVERIFY2(l.endsWith(QStringLiteral("UDP, length %1").arg(sizes[i])), qPrintable(l));
        QVERIFY2(l.contains(i % 2 ? QStringLiteral("10.1.2.3.41000 > 233.57.1.100.30100")
                                  : QStringLiteral("10.1.2.3.41000 > 10.1.2.4.31000")),
                 qPrintable(l));
    }
    // Verbose: tcpdump checks the IP and UDP checksums itself.
    const Dump v = tcpdump(path, {QStringLiteral("-vv")});
    QCOMPARE(v.exitCode, 0);
    QCOMPARE(v.lines.size(), static_cast<qsizetype>(sizes.size()));
    for (const QString& l : v.lines) {
        QVERIFY2(l.contains(QStringLiteral("[udp sum ok]")), qPrintable(l));
        QVERIFY2(!l.contains(QStringLiteral("bad")), qPrintable(l));
    }
    // Nanosecond timestamps as written.
    const Dump nano = tcpdump(path, {QStringLiteral("--nano"), QStringLiteral("-tt")});
    QCOMPARE(nano.exitCode, 0);
    QVERIFY2(nano.lines.value(5).startsWith(QStringLiteral("1700000000.000000005 ")),
             qPrintable(nano.lines.value(5)));
}

void TestPcap::tcpdumpReadsTcp()
{
    if (tcpdumpPath().empty())
        QSKIP("tcpdump not installed");
    const std::string path = tmpPath("tcpdump-tcp.pcap");
    const ByteVec stream = randomBytes(5000, 41);
    Writer w;
    QVERIFY(w.open(path));
    TcpWriter tw(w, kClient, kServer, 0xfffffff0u, 0xffffff00u);
    QVERIFY(tw.open(1'000'000'000) && tw.send(2'000'000'000, stream) && tw.close(3'000'000'000));
    QVERIFY(w.close());
    const Dump d = tcpdump(path, {QStringLiteral("-vv"), QStringLiteral("-S")});
    QVERIFY2(d.exitCode == 0, qPrintable(d.err));
    QCOMPARE(d.lines.size(), static_cast<qsizetype>(3 + 4 + 3)); // handshake, 4 segments, close
    QVERIFY2(d.lines[0].contains(QStringLiteral("Flags [S]")), qPrintable(d.lines[0]));
    QVERIFY2(d.lines[1].contains(QStringLiteral("Flags [S.]")), qPrintable(d.lines[1]));
    QVERIFY2(d.lines[3].contains(QStringLiteral("seq 4294967041:1205, ack 4294967281")),
             qPrintable(d.lines[3]));
    QVERIFY2(d.lines[6].contains(QStringLiteral("Flags [P.]")) &&
                 d.lines[6].contains(QStringLiteral("length 620")),
             qPrintable(d.lines[6]));
    QVERIFY2(d.lines[7].contains(QStringLiteral("Flags [F.]")), qPrintable(d.lines[7]));
    for (const QString& l : d.lines) {
        QVERIFY2(l.contains(QStringLiteral("(correct)")), qPrintable(l)); // TCP checksum
        QVERIFY2(!l.contains(QStringLiteral("bad")) && !l.contains(QStringLiteral("incorrect")),
                 qPrintable(l));
    }
}

QTEST_GUILESS_MAIN(TestPcap)
#include "tst_pcap.moc"
