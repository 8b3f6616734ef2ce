// wsctl md ...: decode market-data captures and rebuild order books from them, through the same
// decoders and book the workstation uses.

#include "WsctlCli.h"
#include "md/Json.h"
#include "md/OrderBook.h"
#include "md/SzseEvents.h"
#include "md/szse/FrameStream.h"

#include <QFile>

#include <array>
#include <cstdio>
#include <map>
#include <string>

namespace ws::cli {

namespace {

using namespace ws::md;

constexpr std::size_t kReadChunk = 1 << 20;

// Reports the first bad frame of each kind with its file and offset; counts the rest.
class FrameErrorReport
{
public:
    explicit FrameErrorReport(QString file) : file_(std::move(file)) {}
    void onError(szse::FrameError e, std::uint64_t offset)
    {
        if (seen_[static_cast<std::size_t>(e)]++ == 0)
            fail(BadInput, QStringLiteral("%1: %2 frame at byte %3 (skipped; further ones are counted)")
                               .arg(file_, QLatin1String(szse::frameErrorName(e).data()))
                               .arg(offset));
    }
    // The totals on stderr; BadInput when anything was skipped.
    int finish(const szse::FrameStats& stats) const
    {
        if (stats.totalErrors() == 0)
            return Ok;
        QString counts;
        for (std::size_t k = 0; k < szse::kFrameErrorKinds; ++k)
            if (stats.errors[k])
                counts +=
                    QStringLiteral(" %1=%2")
                        .arg(QLatin1String(szse::frameErrorName(static_cast<szse::FrameError>(k)).data()))
                        .arg(stats.errors[k]);
        return fail(BadInput, QStringLiteral("%1: %2 bad frame(s) skipped (%3 bytes):%4")
                                  .arg(file_)
                                  .arg(stats.totalErrors())
                                  .arg(stats.skippedBytes)
                                  .arg(counts));
    }

private:
    QString file_;
    std::array<std::uint64_t, szse::kFrameErrorKinds> seen_{};
};

struct InputOptions
{
    QString path;
};

// Common options of the md commands; false with *code set when the command should stop.
bool inputOptions(QCommandLineParser& p, const QCommandLineOption& input, const QCommandLineOption& format,
                  InputOptions* in, int* code)
{
    if (!p.isSet(input)) {
        *code = fail(BadInput, QStringLiteral("--input FILE is required"));
        return false;
    }
    if (p.isSet(format) && p.value(format) != QLatin1String("szse-binary")) {
        *code = fail(BadInput,
                     QStringLiteral("--format: this build reads szse-binary, not '%1'").arg(p.value(format)));
        return false;
    }
    in->path = p.value(input);
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

QCommandLineOption inputOption()
{
    return {QStringLiteral("input"), QStringLiteral("The capture to read."), QStringLiteral("FILE")};
}

QCommandLineOption formatOption()
{
    return {QStringLiteral("format"), QStringLiteral("szse-binary: an MDGW TCP byte stream (default)."),
            QStringLiteral("FORMAT")};
}

} // namespace

int mdDecode(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption input = inputOption();
    const QCommandLineOption format = formatOption();
    const QCommandLineOption jsonl(
        QStringLiteral("jsonl"),
        QStringLiteral("One JSON object per message, the specification's field names."));
    for (const auto* o : {&input, &format, &jsonl})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(
            p, ctx, QStringLiteral("md decode"),
            QStringLiteral("Decode a market-data capture; malformed frames are reported and skipped."),
            &code))
        return code;
    InputOptions in;
    if (!inputOptions(p, input, format, &in, &code))
        return code;

    struct Handler : FrameErrorReport
    {
        using FrameErrorReport::FrameErrorReport;
        bool lines = false;
        std::string buffer;
        std::map<std::uint32_t, std::uint64_t> perType;
        void onFrame(const szse::Frame& f)
        {
            ++perType[f.msgType];
            if (!lines)
                return;
            szse::appendJson(f, buffer);
            buffer.push_back('\n');
            if (buffer.size() > (1 << 16)) {
                std::fwrite(buffer.data(), 1, buffer.size(), stdout);
                buffer.clear();
            }
        }
    } handler(in.path);
    handler.lines = p.isSet(jsonl);
    szse::FrameStream stream;
    if (!streamFile(in.path, stream, handler, &code))
        return code;
    std::fwrite(handler.buffer.data(), 1, handler.buffer.size(), stdout);
    std::fflush(stdout);
    if (!handler.lines) {
        for (const auto& [type, n] : handler.perType)
            out() << QStringLiteral("%1 %2  %3\n")
                         .arg(type, 6)
                         .arg(QLatin1String(szse::msgTypeName(type).data()), -16)
                         .arg(n);
        out() << stream.stats().frames << " frames, " << stream.stats().bytes << " bytes\n";
        out().flush();
    }
    return handler.finish(stream.stats());
}

int mdBook(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption input = inputOption();
    const QCommandLineOption format = formatOption();
    const QCommandLineOption security(QStringLiteral("security"), QStringLiteral("SecurityID, e.g. 000001."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption levels(QStringLiteral("levels"),
                                    QStringLiteral("Levels per side (default 10; 0 for the full book)."),
                                    QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    for (const auto* o : {&input, &format, &security, &levels, &json})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("md book"),
                      QStringLiteral("Rebuild order books from tick-by-tick orders and trades; print one."),
                      &code))
        return code;
    InputOptions in;
    if (!inputOptions(p, input, format, &in, &code))
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
    if (!streamFile(in.path, stream, handler, &code))
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

} // namespace ws::cli
