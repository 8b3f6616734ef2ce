// wsctl as a user runs it: every subcommand, --json output, exit codes (0 ok, 1 failure, 2 bad
// input) with messages on stderr, tamper detection, and the GUI binary's --version.
#include "TestUtil.h"

#include "md/appliance/ApplianceFeed.h"
#include "md/pcap/Pcap.h"
#include "md/szse/SzseBinary.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <map>

class TestCli : public QObject
{
    Q_OBJECT

    QString db_;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    Run ws(QStringList args) const
    {
        args.prepend(db_);
        args.prepend(QStringLiteral("--db"));
        return run(QStringLiteral(WS_WSCTL), args);
    }

    static QList<QJsonObject> jsonLines(const QString& text)
    {
        QList<QJsonObject> lines;
        for (const QString& l : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            lines.append(QJsonDocument::fromJson(l.toUtf8()).object());
        return lines;
    }

    static bool isTick(const QJsonObject& o)
    {
        const int type = o[QStringLiteral("MsgType")].toInt();
        return type == 300192 || type == 300191;
    }

    // What a tick order or trade says, in the fields the appliance and SZSE Binary share.
    static QString tickKey(const QJsonObject& o)
    {
        const bool order = o[QStringLiteral("MsgType")].toInt() == 300192;
        auto n = [&o](const char* key) { return QString::number(o[QLatin1String(key)].toInteger()); };
        return QStringList{n("ChannelNo"),
                           n("ApplSeqNum"),
                           o[QStringLiteral("SecurityID")].toString().trimmed(),
                           n(order ? "Price" : "LastPx"),
                           n(order ? "OrderQty" : "LastQty"),
                           n("TransactTime"),
                           o[order ? QStringLiteral("Side") : QStringLiteral("ExecType")].toString(),
                           order ? QString() : n("BidApplSeqNum") + QLatin1Char('/') + n("OfferApplSeqNum")}
            .join(QLatin1Char('|'));
    }

    // A TCP port nothing listens on right now.
    static quint16 freeTcpPort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        ::bind(fd, reinterpret_cast<const sockaddr*>(&a), sizeof a);
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
        ::close(fd);
        return ntohs(a.sin_port);
    }

    static void writeFile(const QString& path, const std::vector<std::byte>& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()));
    }

private Q_SLOTS:
    void initTestCase() { db_ = freshDir(QStringLiteral("cli")) + QStringLiteral("/ws.sqlite"); }

    void versionAndHelp()
    {
        Run r = run(QStringLiteral(WS_WSCTL), {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("wsctl 0.")));
        r = run(QStringLiteral(WS_WSCTL), {QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char* cmd : {"db info", "demo init", "audit verify", "securities list", "audit purge",
                                "md decode", "md record"})
            QVERIFY2(r.out.contains(QLatin1String(cmd)), cmd);
        r = ws({QStringLiteral("securities"), QStringLiteral("list"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--filter")));
        r = run(QStringLiteral(WS_WORKSTATION), {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("QCustomPlot")));
        QVERIFY(r.out.contains(QStringLiteral("OpenCV")));
    }

    // The demo simulator is the workstation's child: it ends with the workstation even when the
    // workstation is killed outright (no destructor runs), instead of publishing on for its
    // linger time.
    void demoSimulatorEndsWithAKilledWorkstation()
    {
        const QString dir = freshDir(QStringLiteral("cli-demo-kill"));
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("WS_DATA_DIR"), dir + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(WS_WORKSTATION), {QStringLiteral("--market-data"), QStringLiteral("demo")});
        QVERIFY(gui.waitForStarted(10000));
        auto simulatorOf = [](qint64 parent) -> qint64 {
            const QDir tasks(QStringLiteral("/proc/%1/task").arg(parent));
            for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QFile children(tasks.filePath(tid + QStringLiteral("/children")));
                if (!children.open(QIODevice::ReadOnly))
                    continue;
                for (const QByteArray& pid : children.readAll().split(' ')) {
                    QFile comm(QStringLiteral("/proc/%1/comm").arg(QString::fromLatin1(pid.trimmed())));
                    if (!pid.trimmed().isEmpty() && comm.open(QIODevice::ReadOnly) &&
                        comm.readAll().trimmed() == "ws-mdsim")
                        return pid.trimmed().toLongLong();
                }
            }
            return 0;
        };
        qint64 simulator = 0;
        QTRY_VERIFY_WITH_TIMEOUT((simulator = simulatorOf(gui.processId())) != 0, 30000);
        auto alive = [simulator] {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(simulator));
            if (!stat.open(QIODevice::ReadOnly))
                return false;
            const QByteArray s = stat.readAll();
            const qsizetype close = s.lastIndexOf(')');
            return close > 0 && s.size() > close + 2 && s.at(close + 2) != 'Z'; // a zombie has ended
        };
        QVERIFY(alive());
        ::kill(static_cast<pid_t>(gui.processId()), SIGKILL);
        QVERIFY(gui.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!alive(), 10000);
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("no command");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--nope")}
            << QStringLiteral("Unknown option");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("demo"), QStringLiteral("init"),
                                                 QStringLiteral("--seed"), QStringLiteral("x")}
                                  << QStringLiteral("--seed");
        QTest::newRow("bad exchange") << QStringList{QStringLiteral("securities"), QStringLiteral("list"),
                                                     QStringLiteral("--exchange"), QStringLiteral("NYSE")}
                                      << QStringLiteral("SZSE or SSE");
        QTest::newRow("bad board") << QStringList{QStringLiteral("securities"), QStringLiteral("list"),
                                                  QStringLiteral("--board"), QStringLiteral("gem")}
                                   << QStringLiteral("--board");
        QTest::newRow("bad limit") << QStringList{QStringLiteral("audit"), QStringLiteral("list"),
                                                  QStringLiteral("--limit"), QStringLiteral("-3")}
                                   << QStringLiteral("--limit");
        QTest::newRow("bad retention") << QStringList{QStringLiteral("audit"), QStringLiteral("retention"),
                                                      QStringLiteral("--set"), QStringLiteral("forever=1")}
                                       << QStringLiteral("CLASS=DAYS");
        QTest::newRow("bad time") << QStringList{QStringLiteral("audit"), QStringLiteral("purge"),
                                                 QStringLiteral("--now"), QStringLiteral("yesterday")}
                                  << QStringLiteral("ISO 8601");
        QTest::newRow("search without text")
            << QStringList{QStringLiteral("search")} << QStringLiteral("TEXT");
    }
    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = ws(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.startsWith(QStringLiteral("wsctl: ")));
    }

    void demoInitAndInfo()
    {
        Run r = ws({QStringLiteral("demo"), QStringLiteral("init")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("securities: 500")));
        r = ws({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("info")});
        QCOMPARE(r.code, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info[QStringLiteral("schema_version")].toInt(), ws::store::Database::latestVersion());
        QCOMPARE(info[QStringLiteral("journal_mode")].toString(), QStringLiteral("wal"));
        QVERIFY(info[QStringLiteral("demo_data")].toBool());
        int securities = 0;
        for (const QJsonValue& t : info[QStringLiteral("tables")].toArray())
            if (t[QStringLiteral("name")].toString() == QLatin1String("stk_security"))
                securities = t[QStringLiteral("rows")].toInt();
        QCOMPARE(securities, 500);
        r = ws({QStringLiteral("db"), QStringLiteral("info")});
        QVERIFY(r.out.contains(QStringLiteral("schema version:")));
        QCOMPARE(ws({QStringLiteral("db"), QStringLiteral("check")}).code, 0);
    }

    void securitiesListFiltersAndExports()
    {
        Run r = ws({QStringLiteral("--json"), QStringLiteral("securities"), QStringLiteral("list"),
                    QStringLiteral("--exchange"), QStringLiteral("sse"), QStringLiteral("--board"),
                    QStringLiteral("star")});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 40);
        for (const QJsonValue& v : rows)
            QVERIFY(v[QStringLiteral("code")].toString().startsWith(QStringLiteral("688")));
        r = ws({QStringLiteral("securities"), QStringLiteral("list"), QStringLiteral("--filter"),
                QStringLiteral("银行"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // three rows and the count
        QVERIFY(lines[0].contains(QStringLiteral("银行")) && lines[2].contains(QStringLiteral("银行")));
        QCOMPARE(lines[3], QStringLiteral("3 securities"));
        const QString csv = QFileInfo(db_).absolutePath() + QStringLiteral("/all.csv");
        r = ws({QStringLiteral("securities"), QStringLiteral("list"), QStringLiteral("--csv"), csv});
        QCOMPARE(r.code, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 501);
        r = ws({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                QStringLiteral("--action"), QStringLiteral("export.csv")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        r = ws({QStringLiteral("securities"), QStringLiteral("list"), QStringLiteral("--csv"),
                QStringLiteral("/nonexistent-dir/x.csv")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent-dir/x.csv")));
    }

    void searchFindsByPinyin()
    {
        const Run r = ws({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("000001")});
        QCOMPARE(r.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first()[QStringLiteral("key")].toString(), QStringLiteral("000001.SZSE"));
    }

    void auditVerifyRetentionPurgeAndTamper()
    {
        Run r = ws({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("ok, ")));
        r = ws({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("retention"),
                QStringLiteral("--set"), QStringLiteral("audit=200")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("audit")].toInt(), 200);
        r = ws({QStringLiteral("audit"), QStringLiteral("purge"), QStringLiteral("--now"),
                QStringLiteral("2026-01-01T00:00:00Z")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("removed 0 rows")));
        r = ws({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 0);
        const int rows = QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("rows")].toInt();
        QVERIFY(rows >= 4); // demo.init, export.csv, settings.retention, audit.purge

        // Tamper one byte of row 2 behind the workstation's back.
        {
            ws::store::OpenResult o = ws::store::Database::open(db_, QStringLiteral("tamper"));
            QVERIFY(o.ok());
            ws::store::exec(o.db, QStringLiteral("UPDATE sys_audit SET user = user || 'x' WHERE id = 2"));
            o.db = QSqlDatabase();
            ws::store::Database::close(QStringLiteral("tamper"));
        }
        r = ws({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("row 2")), qPrintable(r.err));
    }

    void damagedCacheFailsWithItsName()
    {
        const QString bad = freshDir(QStringLiteral("cli-bad")) + QStringLiteral("/ws.sqlite");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
        f.close();
        Run r = run(QStringLiteral(WS_WSCTL),
                    {QStringLiteral("--db"), bad, QStringLiteral("db"), QStringLiteral("info")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(bad));
        QCOMPARE(QFileInfo(bad).size(), 4096); // never deleted
        r = run(QStringLiteral(WS_WSCTL),
                {QStringLiteral("--db"), bad, QStringLiteral("db"), QStringLiteral("move-aside")});
        QCOMPARE(r.code, 0);
        QVERIFY(!QFile::exists(bad));
        r = run(QStringLiteral(WS_WSCTL),
                {QStringLiteral("--db"), bad, QStringLiteral("db"), QStringLiteral("info")});
        QCOMPARE(r.code, 0);
    }

    // A small MDGW stream written with the encoder: five orders, a trade, a corrupt frame, a
    // cancel. decode prints every good frame with the specification's names and reports the bad
    // one; book rebuilds the book from it.
    void mdDecodeAndBook()
    {
        using namespace ws::md::szse;
        std::vector<std::byte> bytes;
        encode(Logon{"WS", "MDGW", 20, "", "1.02"}, bytes);
        auto order = [&](std::int64_t seq, char side, std::int64_t price, std::int64_t qty) {
            Order o;
            o.channelNo = 2011;
            o.applSeqNum = seq;
            o.securityId = "000001";
            o.price = price;
            o.orderQty = qty;
            o.side = side;
            o.transactTime = 20240614093000000 + seq;
            encode(o, bytes);
        };
        order(1, '1', 100'000, 30'000);
        order(2, '1', 99'900, 20'000);
        order(3, '2', 100'100, 10'000);
        order(4, '2', 100'200, 50'000);
        order(5, '2', 100'000, 10'000);
        encode(Trade{2011, 6, "011", 1, 5, "000001", "102", 100'000, 10'000, 'F', 20240614093000006}, bytes);
        const std::size_t corruptAt = bytes.size();
        order(7, '1', 90'000, 10'000);
        bytes.back() ^= std::byte{0xFF}; // its checksum
        encode(Trade{2011, 8, "011", 0, 4, "000001", "102", 0, 50'000, '4', 20240614093000008}, bytes);
        const QString file = freshDir(QStringLiteral("cli-md")) + QStringLiteral("/mdgw.bin");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()));
        f.close();

        Run r = ws({QStringLiteral("md"), QStringLiteral("decode"), QStringLiteral("--input"), file,
                    QStringLiteral("--jsonl")});
        QCOMPARE(r.code, 2); // a bad frame was skipped
        QVERIFY2(r.err.contains(QStringLiteral("bad-checksum frame at byte %1").arg(corruptAt)),
                 qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        const QJsonObject logon = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(logon[QStringLiteral("MsgType")].toInt(), 1);
        QCOMPARE(logon[QStringLiteral("TargetCompID")].toString(), QStringLiteral("MDGW"));
        const QJsonObject first = QJsonDocument::fromJson(lines[1].toUtf8()).object();
        QCOMPARE(first[QStringLiteral("MsgType")].toInt(), 300192);
        QCOMPARE(first[QStringLiteral("SecurityID")].toString(), QStringLiteral("000001"));
        QCOMPARE(first[QStringLiteral("Price")].toInteger(), 100000);
        QCOMPARE(first[QStringLiteral("Side")].toString(), QStringLiteral("1"));
        const QJsonObject cancel = QJsonDocument::fromJson(lines[7].toUtf8()).object();
        QCOMPARE(cancel[QStringLiteral("ExecType")].toString(), QStringLiteral("4"));
        QCOMPARE(cancel[QStringLiteral("OfferApplSeqNum")].toInteger(), 4);

        r = ws({QStringLiteral("md"), QStringLiteral("book"), QStringLiteral("--input"), file,
                QStringLiteral("--security"), QStringLiteral("000001"), QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("{\"SecurityID\":\"000001\",\"bids\":[[100000,20000,1],[99900,20000,1]],"
                                "\"asks\":[[100100,10000,1]]}"));
        r = ws({QStringLiteral("md"), QStringLiteral("book"), QStringLiteral("--input"), file,
                QStringLiteral("--security"), QStringLiteral("600000")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no orders for security 600000")));
        r = ws({QStringLiteral("md"), QStringLiteral("decode"), QStringLiteral("--input"),
                file + QStringLiteral(".missing")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral(".missing")));
        r = ws({QStringLiteral("md"), QStringLiteral("decode")});
        QCOMPARE(r.code, 2);
        r = ws({QStringLiteral("md"), QStringLiteral("decode"), QStringLiteral("--input"), file,
                QStringLiteral("--format"), QStringLiteral("fast")});
        QCOMPARE(r.code, 2);
    }

    // An appliance capture written with the codec and the pcap writer: channel 2011 on both lines
    // with one packet lost on line A (line B fills it), a heartbeat on both, channel 2012 on line A
    // only with a packet lost, channel 2013 on another port, and malformed datagrams of every kind.
    void mdDecodeApplianceCapture()
    {
        namespace app = ws::md::appliance;
        namespace pcap = ws::md::pcap;
        constexpr std::uint32_t date = 20261130;
        auto order = [](std::uint32_t seq) {
            return app::Order{
                1, seq, 100'000 + static_cast<std::int32_t>(seq), 100 * seq, 34'200'000 + seq, '1', '2', 0};
        };
        auto packet = [&](std::uint16_t channel, std::uint64_t first, std::uint32_t count) {
            app::PacketBuilder b(channel, date);
            b.begin(first, 1'000 + first);
            for (std::uint32_t i = 0; i < count; ++i) {
                if (channel == 2011 && first + i == 3)
                    b.add(app::Trade{1, 3, 2, 1, 100'001, 100, 34'200'003, 'F', 0});
                else
                    b.add(order(static_cast<std::uint32_t>(first + i)));
            }
            const auto bytes = b.finish();
            return std::vector<std::byte>(bytes.begin(), bytes.end());
        };
        const auto p1 = packet(2011, 1, 2), p2 = packet(2011, 3, 1), p3 = packet(2011, 4, 2),
                   p4 = packet(2011, 6, 1);
        const auto hb = app::PacketBuilder::heartbeat(2011, date, 7, 5'000);
        const auto p5 = packet(2012, 1, 1), p7 = packet(2012, 3, 1), p9 = packet(2012, 5, 1),
                   p8 = packet(2013, 1, 1);
        auto badRecord = p2;
        badRecord[app::kHeaderSize + 2] = std::byte{30}; // a trade's length must be 36
        auto countMismatch = p2;
        countMismatch[6] = std::byte{2};
        const std::vector<std::byte> badHeader(40, std::byte{'X'});

        const QString dir = freshDir(QStringLiteral("cli-appliance"));
        const QString file = dir + QStringLiteral("/lines.pcap");
        {
            pcap::Writer w;
            QVERIFY(w.open(file.toStdString()));
            const pcap::Endpoint src{0x7f000001, 40000}, a{0xef010101, 30001}, b{0xef010102, 30001};
            std::int64_t ts = 1'790'000'000'000'000'000;
            auto put = [&](pcap::Endpoint dst, const std::vector<std::byte>& d) {
                ts += 10'000;
                QVERIFY(w.writeUdp(ts, src, dst, d));
            };
            put(a, p1), put(b, p1), put(a, p2), put(b, p2), put(a, p4), put(b, p3), put(b, p4);
            put(a, hb), put(b, hb), put(a, p5), put(a, p7), put(a, p9);
            put(a, badHeader), put(a, badHeader), put(a, badRecord), put(a, countMismatch);
            put({0xef010101, 30009}, p8);
            QVERIFY(w.close());
        }
        const QStringList decode{QStringLiteral("md"),       QStringLiteral("decode"),
                                 QStringLiteral("--input"),  file,
                                 QStringLiteral("--format"), QStringLiteral("appliance")};
        auto seqs = [](const QList<QJsonObject>& lines, int channel) {
            QList<qint64> s;
            for (const QJsonObject& o : lines)
                if (o[QStringLiteral("ChannelNo")].toInt() == channel &&
                    o.contains(QStringLiteral("FeedSeq")))
                    s.append(o[QStringLiteral("FeedSeq")].toInteger());
            return s;
        };

        // Arbitrated: every record once, in sequence order; what neither line has is reported.
        Run r = ws(decode + QStringList{QStringLiteral("--jsonl")});
        QCOMPARE(r.code, 2);
        QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(seqs(lines, 2011), (QList<qint64>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(seqs(lines, 2012), (QList<qint64>{1, 3, 5}));
        QCOMPARE(seqs(lines, 2013), (QList<qint64>{1}));
        QCOMPARE(lines.size(), 11); // ten records and the heartbeat once
        QCOMPARE(lines[0][QStringLiteral("MsgType")].toInt(), 300192);
        QCOMPARE(lines[0][QStringLiteral("SecurityID")].toString(), QStringLiteral("000001"));
        QCOMPARE(lines[0][QStringLiteral("OrderQty")].toInteger(), 10'000); // 100 shares, in Qty N15(2)
        QCOMPARE(lines[2][QStringLiteral("MsgType")].toInt(), 300191);
        QCOMPARE(lines[2][QStringLiteral("LastPx")].toInteger(), 100'001);
        int heartbeats = 0;
        for (const QJsonObject& o : lines)
            heartbeats += o[QStringLiteral("Record")].toString() == QLatin1String("Packet");
        QCOMPARE(heartbeats, 1);
        QCOMPARE(r.err.count(QStringLiteral("bad-header datagram")), 1); // reported once per kind
        QVERIFY2(r.err.contains(QStringLiteral("bad-record datagram")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("count-mismatch datagram")));
        QVERIFY(r.err.contains(QStringLiteral("bad-header=2 bad-record=1 count-mismatch=1")));
        QVERIFY(r.err.contains(QStringLiteral("channel 2012: records 2-2 are on neither line")));
        QVERIFY(r.err.contains(QStringLiteral("channel 2012: records 4-4 are on neither line")));
        QVERIFY(!r.err.contains(QStringLiteral("channel 2011")));

        r = ws(decode);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QStringLiteral("17 datagrams, 10 records, 2 heartbeats, 4 duplicate records "
                                               "dropped, 2 lost")),
                 qPrintable(r.out));

        r = ws(decode +
               QStringList{QStringLiteral("--jsonl"), QStringLiteral("--port"), QStringLiteral("30001")});
        QVERIFY(seqs(jsonLines(r.out), 2013).isEmpty());

        // Raw: every datagram as captured.
        r = ws(decode + QStringList{QStringLiteral("--jsonl"), QStringLiteral("--raw")});
        QCOMPARE(r.code, 2);
        lines = jsonLines(r.out);
        QCOMPARE(seqs(lines, 2011), (QList<qint64>{1, 2, 1, 2, 3, 3, 6, 4, 5, 6}));
        QCOMPARE(lines.size(), 16);

        // One line alone: B is complete and clean; A lost 4-5.
        r = ws(decode +
               QStringList{QStringLiteral("--jsonl"), QStringLiteral("--lines"), QStringLiteral("B")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(seqs(jsonLines(r.out), 2011), (QList<qint64>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(jsonLines(r.out).size(), 7);
        r = ws(decode +
               QStringList{QStringLiteral("--jsonl"), QStringLiteral("--lines"), QStringLiteral("A")});
        QCOMPARE(r.code, 2);
        QCOMPARE(seqs(jsonLines(r.out), 2011), (QList<qint64>{1, 2, 3, 6}));
        QVERIFY(r.err.contains(QStringLiteral("channel 2011: records 4-5 are on neither line")));
        r = ws(decode + QStringList{QStringLiteral("--lines"), QStringLiteral("C")});
        QCOMPARE(r.code, 2);
    }

    // An MDGW session synthesized into a capture decodes exactly as the raw byte stream does; a
    // segment missing from the capture is a gap, reported with its offset and size.
    void mdDecodeTcpCapture()
    {
        namespace pcap = ws::md::pcap;
        using namespace ws::md::szse;
        std::vector<std::byte> client, server;
        encode(Logon{"WS", "MDGW", 3, "", "1.02"}, client);
        encode(Logon{"MDGW", "WS", 3, "", "1.02"}, server);
        for (std::int64_t seq = 1; seq <= 200; ++seq)
            encode(Order{2011, seq, "011", "000001", "102", 100'000 + seq, 10'000, seq % 2 ? '1' : '2',
                         20261130093000000 + seq, '2'},
                   server);
        const QString dir = freshDir(QStringLiteral("cli-tcp"));
        writeFile(dir + QStringLiteral("/stream.bin"), server);
        pcap::TcpSession session({0x7f000001, 40000}, {0x7f000001, 9129}, 1000, 2000);
        std::vector<std::vector<std::byte>> frames = session.open();
        for (auto& f : session.send(pcap::TcpSession::Side::Client, client))
            frames.push_back(std::move(f));
        const std::size_t firstData = frames.size();
        for (auto& f : session.send(pcap::TcpSession::Side::Server, server))
            frames.push_back(std::move(f));
        for (auto& f : session.close())
            frames.push_back(std::move(f));
        for (const bool withGap : {false, true}) {
            pcap::Writer w;
            QVERIFY(w.open((dir + (withGap ? QStringLiteral("/gap.pcap") : QStringLiteral("/clean.pcap")))
                               .toStdString()));
            for (std::size_t i = 0; i < frames.size(); ++i)
                if (!(withGap && i == firstData + 3))
                    QVERIFY(
                        w.writeFrame(1'790'000'000'000'000'000 + static_cast<std::int64_t>(i), frames[i]));
            QVERIFY(w.close());
        }

        const Run raw = ws({QStringLiteral("md"), QStringLiteral("decode"), QStringLiteral("--input"),
                            dir + QStringLiteral("/stream.bin"), QStringLiteral("--jsonl")});
        QCOMPARE(raw.code, 0);
        QCOMPARE(jsonLines(raw.out).size(), 201);
        Run r = ws({QStringLiteral("md"), QStringLiteral("decode"), QStringLiteral("--input"),
                    dir + QStringLiteral("/clean.pcap"), QStringLiteral("--format"), QStringLiteral("pcap"),
                    QStringLiteral("--jsonl")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.out, raw.out); // the server's side, found by its SYN
        r = ws({QStringLiteral("md"), QStringLiteral("decode"), QStringLiteral("--input"),
                dir + QStringLiteral("/clean.pcap"), QStringLiteral("--format"), QStringLiteral("pcap"),
                QStringLiteral("--server-port"), QStringLiteral("9129"), QStringLiteral("--jsonl")});
        QCOMPARE(r.out, raw.out);
        r = ws({QStringLiteral("md"), QStringLiteral("book"), QStringLiteral("--input"),
                dir + QStringLiteral("/clean.pcap"), QStringLiteral("--format"), QStringLiteral("pcap"),
                QStringLiteral("--security"), QStringLiteral("000001"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("\"bids\":[[100199,10000,1]")));

        r = ws({QStringLiteral("md"), QStringLiteral("decode"), QStringLiteral("--input"),
                dir + QStringLiteral("/gap.pcap"), QStringLiteral("--format"), QStringLiteral("pcap"),
                QStringLiteral("--jsonl")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("TCP gap at stream offset 4380: 1460 byte(s) missing")),
                 qPrintable(r.err));
        const QList<QJsonObject> lines = jsonLines(r.out);
        QVERIFY(lines.size() > 150 && lines.size() < 201);
        QCOMPARE(lines.last()[QStringLiteral("ApplSeqNum")].toInt(), 200); // resynchronised after the hole
    }

    void mdCaptureBadInputs()
    {
        const QString dir = freshDir(QStringLiteral("cli-md-bad"));
        const QString garbage = dir + QStringLiteral("/garbage.pcap");
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3000, 'g'));
        f.close();
        for (const char* format : {"appliance", "pcap"}) {
            Run r = ws({QStringLiteral("md"), QStringLiteral("decode"), QStringLiteral("--input"), garbage,
                        QStringLiteral("--format"), QLatin1String(format)});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(garbage), qPrintable(r.err));
            r = ws({QStringLiteral("md"), QStringLiteral("decode"), QStringLiteral("--input"),
                    dir + QStringLiteral("/missing.pcap"), QStringLiteral("--format"),
                    QLatin1String(format)});
            QCOMPARE(r.code, 1);
            QVERIFY(r.err.contains(QStringLiteral("missing.pcap")));
        }
        Run r = ws({QStringLiteral("md"), QStringLiteral("record"), QStringLiteral("--duration"),
                    QStringLiteral("1")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--out")));
        r = ws({QStringLiteral("md"), QStringLiteral("record"), QStringLiteral("--out"),
                dir + QStringLiteral("/x.pcap"), QStringLiteral("--group-a"), QStringLiteral("10.1.2.3")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("multicast")));
        // An interface the host does not have (TEST-NET-1): the message names group and interface.
        r = ws({QStringLiteral("md"), QStringLiteral("record"), QStringLiteral("--out"),
                dir + QStringLiteral("/x.pcap"), QStringLiteral("--group-a"), QStringLiteral("239.77.9.91"),
                QStringLiteral("--group-b"), QStringLiteral("239.77.9.92"), QStringLiteral("--port"),
                QStringLiteral("31991"), QStringLiteral("--interface"), QStringLiteral("192.0.2.1"),
                QStringLiteral("--duration"), QStringLiteral("1")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("239.77.9.91")) && r.err.contains(QStringLiteral("192.0.2.1")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/x.pcap")));
    }

    // The real thing on loopback: ws-mdsim publishes a short day on both lines and serves it over
    // MDGW; wsctl md record captures both; the capture decodes to every record once and in
    // sequence, tcpdump reads it, and the MDGW session carries the same ticks as the appliance.
    void mdRecordSimulatorAndDecode()
    {
        const QString dir = freshDir(QStringLiteral("cli-record"));
        const QString capture = dir + QStringLiteral("/day.pcap");
        const QString mdgwPort = QString::number(freeTcpPort());
        const QStringList feed{QStringLiteral("--group-a"), QStringLiteral("239.77.9.1"),
                               QStringLiteral("--group-b"), QStringLiteral("239.77.9.2"),
                               QStringLiteral("--port"),    QStringLiteral("31901")};
        QProcess recorder;
        recorder.start(QStringLiteral(WS_WSCTL),
                       QStringList{QStringLiteral("md"), QStringLiteral("record"), QStringLiteral("--out"),
                                   capture, QStringLiteral("--mdgw"), QStringLiteral("127.0.0.1:") + mdgwPort,
                                   QStringLiteral("--duration"), QStringLiteral("120")} +
                           feed);
        QVERIFY(recorder.waitForStarted());
        QByteArray recorderErr;
        QTRY_VERIFY_WITH_TIMEOUT((recorderErr += recorder.readAllStandardError()).contains("recording lines"),
                                 10000);

        QProcess sim;
        sim.start(QStringLiteral(WS_BUILD_DIR "/connectors/ws-mdsim"),
                  QStringList{QStringLiteral("--securities"), QStringLiteral("4"), QStringLiteral("--rate"),
                              QStringLiteral("50"), QStringLiteral("--speed"), QStringLiteral("max"),
                              QStringLiteral("--end"), QStringLiteral("09:31"), QStringLiteral("--linger"),
                              QStringLiteral("1"), QStringLiteral("--mdgw-port"), mdgwPort,
                              // time for the recorder to log on before the day starts
                              QStringLiteral("--delay"), QStringLiteral("1")} +
                      feed);
        QVERIFY(sim.waitForFinished(120000));
        QCOMPARE(sim.exitCode(), 0);
        const QList<QJsonObject> simLines = jsonLines(QString::fromUtf8(sim.readAllStandardOutput()));
        QVERIFY(!simLines.isEmpty());
        const QJsonObject done = simLines.last();
        QCOMPARE(done[QStringLiteral("event")].toString(), QStringLiteral("done"));
        QCOMPARE(done[QStringLiteral("mdgw_logons")].toInt(), 1);
        const qint64 records = done[QStringLiteral("records")].toInteger();
        QVERIFY(records > 1000);

        recorder.terminate(); // SIGTERM: the recording ends cleanly
        QVERIFY(recorder.waitForFinished(10000));
        recorderErr += recorder.readAllStandardError();
        QCOMPARE(recorder.exitStatus(), QProcess::NormalExit);
        QVERIFY2(recorder.exitCode() == 0, recorderErr.constData());
        const QJsonObject summary = QJsonDocument::fromJson(recorder.readAllStandardOutput()).object();
        QVERIFY(summary[QStringLiteral("packets_a")].toInteger() > 0);
        QVERIFY(summary[QStringLiteral("packets_b")].toInteger() > 0);
        QVERIFY(summary[QStringLiteral("mdgw_bytes")].toInteger() > 0);
        QCOMPARE(summary[QStringLiteral("mdgw_session")].toString(), QStringLiteral("closed by the gateway"));

        // tcpdump opens it and sees every frame.
        const QString tcpdump = QStandardPaths::findExecutable(
            QStringLiteral("tcpdump"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
        if (tcpdump.isEmpty()) {
            qWarning("tcpdump not installed: not checked");
        } else {
            const Run t = run(tcpdump, {QStringLiteral("-n"), QStringLiteral("-r"), capture});
            QCOMPARE(t.code, 0);
            QCOMPARE(t.out.count(QLatin1Char('\n')), summary[QStringLiteral("capture_records")].toInteger());
            QVERIFY(t.out.contains(QStringLiteral("> 239.77.9.2.31901: UDP")));
        }

        // Every record once, each channel's feed sequence and each tick channel's ApplSeqNum
        // without a hole.
        Run r = ws({QStringLiteral("md"), QStringLiteral("decode"), QStringLiteral("--input"), capture,
                    QStringLiteral("--format"), QStringLiteral("appliance"), QStringLiteral("--jsonl")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        std::map<int, QStringList> applianceTicks;
        std::map<int, qint64> feedSeq, applSeq;
        qint64 decoded = 0;
        for (const QJsonObject& o : jsonLines(r.out)) {
            if (!o.contains(QStringLiteral("FeedSeq")))
                continue; // a heartbeat
            ++decoded;
            const int channel = o[QStringLiteral("ChannelNo")].toInt();
            QCOMPARE(o[QStringLiteral("FeedSeq")].toInteger(), ++feedSeq[channel]);
            if (isTick(o)) {
                QCOMPARE(o[QStringLiteral("ApplSeqNum")].toInteger(), ++applSeq[channel]);
                applianceTicks[channel].append(tickKey(o));
            }
        }
        QCOMPARE(decoded, records);
        QVERIFY(applianceTicks.size() >= 2);

        // The MDGW session: the same ticks per channel, the same values.
        r = ws({QStringLiteral("md"), QStringLiteral("decode"), QStringLiteral("--input"), capture,
                QStringLiteral("--format"), QStringLiteral("pcap"), QStringLiteral("--jsonl")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        std::map<int, QStringList> mdgwTicks;
        for (const QJsonObject& o : jsonLines(r.out))
            if (isTick(o))
                mdgwTicks[o[QStringLiteral("ChannelNo")].toInt()].append(tickKey(o));
        QCOMPARE(mdgwTicks.size(), applianceTicks.size());
        for (const auto& [channel, ticks] : applianceTicks) {
            QCOMPARE(mdgwTicks[channel].size(), ticks.size());
            QCOMPARE(mdgwTicks[channel], ticks);
        }

        // Replayed into the Level-2 model both ways: valid books that agree with every
        // snapshot compared, and the same state of a security at the end.
        QJsonObject replayed[2];
        const QString formats[2] = {QStringLiteral("appliance"), QStringLiteral("pcap")};
        for (int i = 0; i < 2; ++i) {
            r = ws({QStringLiteral("md"), QStringLiteral("replay"), QStringLiteral("--input"), capture,
                    QStringLiteral("--format"), formats[i], QStringLiteral("--speed"), QStringLiteral("max"),
                    QStringLiteral("--security"), QStringLiteral("000001"), QStringLiteral("--json")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            replayed[i] = QJsonDocument::fromJson(r.out.toUtf8()).object();
            const QJsonObject check = replayed[i][QStringLiteral("cross_check")].toObject();
            QVERIFY(check[QStringLiteral("compared")].toInt() > 0);
            QCOMPARE(check[QStringLiteral("mismatched")].toInt(), 0);
            for (const auto c : replayed[i][QStringLiteral("channels")].toArray())
                QVERIFY(c.toObject()[QStringLiteral("valid")].toBool());
        }
        QCOMPARE(replayed[0][QStringLiteral("messages")].toInteger(), records);
        QCOMPARE(replayed[0][QStringLiteral("security")].toObject(),
                 replayed[1][QStringLiteral("security")].toObject());
    }

    void mdReplayBadInputAndBench()
    {
        const QString dir = freshDir(QStringLiteral("cli-replay"));
        Run r = ws({QStringLiteral("md"), QStringLiteral("replay"), QStringLiteral("--input"),
                    dir + QStringLiteral("/missing.pcap")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("missing.pcap")));
        const QString garbage = dir + QStringLiteral("/garbage.pcap");
        writeFile(garbage, std::vector<std::byte>(500, std::byte{0x42}));
        r = ws({QStringLiteral("md"), QStringLiteral("replay"), QStringLiteral("--input"), garbage});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("garbage.pcap")));
        r = ws({QStringLiteral("md"), QStringLiteral("replay"), QStringLiteral("--input"), garbage,
                QStringLiteral("--speed"), QStringLiteral("fast")});
        QCOMPARE(r.code, 2);

        r = ws({QStringLiteral("md"), QStringLiteral("bench"), QStringLiteral("--minutes"),
                QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject b = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(b[QStringLiteral("messages")].toInteger() > 0);
        for (const char* key :
             {"memcpy_mb_per_s", "decode_mb_per_s", "book_events_per_s", "engine_messages_per_s"})
            QVERIFY2(b[QString::fromLatin1(key)].toDouble() > 0, key);
        QCOMPARE(ws({QStringLiteral("md"), QStringLiteral("bench"), QStringLiteral("--minutes"),
                     QStringLiteral("0")})
                     .code,
                 2);
    }

    static QString writeText(const QString& path, const QByteArray& text)
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        return path;
    }

    // Import, grid, time-aligned rank and ratings over the cache the demo test filled.
    void fundsOverTheCache()
    {
        const QString dir = freshDir(QStringLiteral("cli-funds-db"));
        const QString funds =
            writeText(dir + QStringLiteral("/funds.csv"), "code,name,category,company,inception_date\n"
                                                          "990001,导入测试股票,equity,测试,2020-01-06\n"
                                                          "990002,坏行,equity,测试,not-a-date\n");
        const QString navs = writeText(dir + QStringLiteral("/navs.csv"),
                                       "fund_code,date,unit_nav,acc_nav\n990001,2024-01-02,1.0,1.0\n"
                                       "990001,2024-01-03,1.01,1.01\n990001,2024-01-04,0,1\n");
        const QString aum = writeText(dir + QStringLiteral("/aum.csv"),
                                      "fund_code,report_date,aum\n990001,2024-03-31,2.5e8\n");
        Run r = ws({QStringLiteral("funds"), QStringLiteral("import"), QStringLiteral("--funds"), funds,
                    QStringLiteral("--navs"), navs, QStringLiteral("--aum"), aum});
        QCOMPARE(r.code, 2); // rows were rejected; the good ones are kept
        QVERIFY2(r.err.contains(funds + QStringLiteral(":3: ")), qPrintable(r.err));
        QVERIFY(r.err.contains(navs + QStringLiteral(":4: ")));
        QVERIFY(r.out.contains(QStringLiteral("1 accepted")));
        QVERIFY(r.out.contains(aum + QStringLiteral(": 1 accepted")));
        r = ws({QStringLiteral("funds"), QStringLiteral("grid"), QStringLiteral("--code"),
                QStringLiteral("990001")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(std::abs(o.value(QStringLiteral("cumulative_return_si")).toDouble() - 0.01) < 1e-12);
        QVERIFY(o.value(QStringLiteral("sharpe_si")).isNull()); // one return: undefined, not NaN

        // A rated demo equity fund is ranked among its peers over its own window; a young one is
        // not rated, and says why.
        r = ws({QStringLiteral("funds"), QStringLiteral("ratings"), QStringLiteral("--category"),
                QStringLiteral("equity"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray ratings = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QString rated, young;
        for (const QJsonValue& v : ratings) {
            const QJsonObject x = v.toObject();
            if (rated.isEmpty() && !x.value(QStringLiteral("stars")).isNull())
                rated = x.value(QStringLiteral("fund")).toString();
            if (young.isEmpty() && x.value(QStringLiteral("months")).toInt() < 36 &&
                x.value(QStringLiteral("months")).toInt() > 0) {
                young = x.value(QStringLiteral("fund")).toString();
                QVERIFY(x.value(QStringLiteral("reason")).toString().contains(QStringLiteral("36")));
            }
        }
        QVERIFY(!rated.isEmpty());
        QVERIFY(!young.isEmpty());
        r = ws({QStringLiteral("funds"), QStringLiteral("rank"), QStringLiteral("--code"), rated,
                QStringLiteral("--metric"), QStringLiteral("annualized_return"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(o.value(QStringLiteral("ranked")).toBool(), qPrintable(r.out));
        QVERIFY(o.value(QStringLiteral("peers")).toInt() >= 10);
        QVERIFY(o.value(QStringLiteral("rank")).toInt() >= 1);
        QVERIFY(o.value(QStringLiteral("rank")).toInt() <= o.value(QStringLiteral("peers")).toInt());

        // Screen → pool → FOF: risk parity and Black–Litterman with a view, weights summing to 1.
        r = ws({QStringLiteral("funds"), QStringLiteral("screen"),
                QStringLiteral("category in (\"equity\", \"mixed\") and age_years > 5"),
                QStringLiteral("--factor"),
                QStringLiteral("quality = 0.5 * rank(sharpe_3y) + 0.5 * rank(-max_drawdown_3y)"),
                QStringLiteral("--sort"), QStringLiteral("-quality"), QStringLiteral("--limit"),
                QStringLiteral("5"), QStringLiteral("--codes-only")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList pool = r.out.trimmed().split(QLatin1Char(','));
        QCOMPARE(pool.size(), 5);
        for (const QStringList& extra :
             {QStringList{QStringLiteral("--model"), QStringLiteral("rp")},
              QStringList{QStringLiteral("--model"), QStringLiteral("bl"), QStringLiteral("--view"),
                          pool[0] + QLatin1Char('>') + pool[1] + QStringLiteral(":0.03"),
                          QStringLiteral("--max-weight"), QStringLiteral("0.4")}}) {
            r = ws(QStringList{QStringLiteral("funds"), QStringLiteral("fof"), QStringLiteral("--codes"),
                               pool.join(QLatin1Char(',')), QStringLiteral("--start"),
                               QStringLiteral("2023-06-01"), QStringLiteral("--json")} +
                   extra);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            double sum = 0;
            for (const QJsonValue v : o.value(QStringLiteral("last_weights")).toObject())
                sum += v.toDouble();
            QVERIFY(std::abs(sum - 1.0) < 1e-9);
            QVERIFY(o.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("sharpe")).isDouble());
        }
        // A manager's index and the correlation among their funds.
        r = ws({QStringLiteral("funds"), QStringLiteral("manager"), QStringLiteral("--id"),
                QStringLiteral("M00002"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(!o.value(QStringLiteral("funds")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("index_last")).toDouble() > 0);
        QCOMPARE(o.value(QStringLiteral("correlation")).toArray().size(),
                 o.value(QStringLiteral("funds")).toArray().size());
        QCOMPARE(ws({QStringLiteral("funds"), QStringLiteral("manager"), QStringLiteral("--id"),
                     QStringLiteral("nobody")})
                     .code,
                 2);

        // A look-back longer than a fund's history names the fund.
        r = ws({QStringLiteral("funds"), QStringLiteral("fof"), QStringLiteral("--codes"),
                pool.join(QLatin1Char(',')), QStringLiteral("--start"), QStringLiteral("2022-01-04"),
                QStringLiteral("--model"), QStringLiteral("minvar"), QStringLiteral("--lookback"),
                QStringLiteral("2000")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("look-back")));

        // Bad input: exit 2 with a message.
        for (const QStringList& args :
             {QStringList{QStringLiteral("funds"), QStringLiteral("rank")},
              QStringList{QStringLiteral("funds"), QStringLiteral("rank"), QStringLiteral("--code"),
                          QStringLiteral("nope")},
              QStringList{QStringLiteral("funds"), QStringLiteral("rank"), QStringLiteral("--code"), rated,
                          QStringLiteral("--metric"), QStringLiteral("colour")},
              QStringList{QStringLiteral("funds"), QStringLiteral("import")},
              QStringList{QStringLiteral("funds"), QStringLiteral("screen"),
                          QStringLiteral("sharpe_3y > colour")},
              QStringList{QStringLiteral("funds"), QStringLiteral("fof"), QStringLiteral("--codes"),
                          rated}}) {
            r = ws(args);
            QCOMPARE(r.code, 2);
            QVERIFY(!r.err.isEmpty());
        }
    }

    void fundsMetricsJson()
    {
        const QString dir = freshDir(QStringLiteral("cli-funds"));
        // Returns +10%, −10%, +20%, +10%, −20%: max drawdown 20% from 01-05, not recovered.
        const QString fund = writeText(dir + QStringLiteral("/fund.csv"),
                                       "date,nav\n2024-01-01,1\n2024-01-02,1.1\n2024-01-03,0.99\n"
                                       "2024-01-04,1.188\n2024-01-05,1.3068\n2024-01-06,1.04544\n");
        const QString bench = writeText(dir + QStringLiteral("/bench.csv"),
                                        "date,nav\n2024-01-01,1\n2024-01-02,1.05\n2024-01-03,0.9975\n"
                                        "2024-01-04,1.047375\n2024-01-05,1.1521125\n2024-01-06,1.03690125\n");
        Run r = ws({QStringLiteral("funds"), QStringLiteral("metrics"), QStringLiteral("--nav"), fund,
                    QStringLiteral("--benchmark"), bench, QStringLiteral("--rf"), QStringLiteral("0.01"),
                    QStringLiteral("--periods-per-year"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char* key : {"cumulative_return",
                                "annualized_return",
                                "annualized_volatility",
                                "sharpe",
                                "downside_deviation",
                                "sortino",
                                "max_drawdown",
                                "calmar",
                                "win_ratio",
                                "var_95",
                                "cvar_95",
                                "skewness",
                                "kurtosis",
                                "alpha",
                                "beta",
                                "tracking_error",
                                "information_ratio",
                                "treynor",
                                "up_capture",
                                "down_capture",
                                "tm_alpha",
                                "tm_beta",
                                "tm_gamma",
                                "hm_alpha",
                                "hm_beta",
                                "hm_gamma",
                                "cl_beta_down",
                                "cl_beta_up",
                                "cl_timing"})
            QVERIFY2(o[QLatin1String(key)].isDouble(), key);
        // Five returns leave two residual degrees of freedom for TM/HM: their t-statistics exist.
        for (const char* key : {"tm_gamma_t", "hm_gamma_t", "cl_timing_t"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o[QStringLiteral("returns")].toInt(), 5);
        QCOMPARE(o[QStringLiteral("shared_returns")].toInt(), 5);
        QCOMPARE(o[QStringLiteral("start")].toString(), QStringLiteral("2024-01-01"));
        QVERIFY(qAbs(o[QStringLiteral("max_drawdown")].toDouble() - 0.2) < 1e-12);
        QVERIFY(qAbs(o[QStringLiteral("cumulative_return")].toDouble() - 0.04544) < 1e-12);
        QVERIFY(qAbs(o[QStringLiteral("win_ratio")].toDouble() - 0.6) < 1e-12);
        QCOMPARE(o[QStringLiteral("max_drawdown_peak")].toString(), QStringLiteral("2024-01-05"));
        QCOMPARE(o[QStringLiteral("max_drawdown_trough")].toString(), QStringLiteral("2024-01-06"));
        QVERIFY(o[QStringLiteral("max_drawdown_recovery")].isNull());
        QVERIFY(o[QStringLiteral("max_drawdown_recovery_periods")].isNull());

        // Without a benchmark: no relative keys. The table form names the metrics.
        r = ws({QStringLiteral("funds"), QStringLiteral("metrics"), QStringLiteral("--nav"), fund,
                QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o[QStringLiteral("sharpe")].isDouble());
        QVERIFY(!o.contains(QStringLiteral("alpha")));
        r = ws({QStringLiteral("funds"), QStringLiteral("metrics"), QStringLiteral("--nav"), fund});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Sharpe ratio")));
        QVERIFY(r.out.contains(QStringLiteral("max_drawdown_recovery_periods")));
        QVERIFY(r.out.contains(QStringLiteral("undefined")));
        // A window the history does not reach: every metric null, with a note on stderr.
        r = ws({QStringLiteral("funds"), QStringLiteral("metrics"), QStringLiteral("--nav"), fund,
                QStringLiteral("--window"), QStringLiteral("1y"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QStringLiteral("1y")));
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o[QStringLiteral("cumulative_return")].isNull());
        QVERIFY(o[QStringLiteral("start")].isNull());
        r = ws({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("funds metrics")));
    }

    void fundsMetricsUndefinedIsNull()
    {
        const QString dir = freshDir(QStringLiteral("cli-funds-flat"));
        const QString flat = writeText(dir + QStringLiteral("/flat.csv"),
                                       "date,nav\n2024-01-01,1\n2024-01-02,1\n2024-01-03,1\n2024-01-04,1\n");
        const Run r = ws({QStringLiteral("funds"), QStringLiteral("metrics"), QStringLiteral("--nav"), flat,
                          QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char* key : {"sharpe", "sortino", "calmar", "skewness", "max_drawdown_peak"}) {
            QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY2(o[QLatin1String(key)].isNull(), key);
        }
        QCOMPARE(o[QStringLiteral("annualized_volatility")].toDouble(), 0.0);
        QVERIFY(!r.out.contains(QStringLiteral("inf")) && !r.out.contains(QStringLiteral("nan")));
    }

    void fundsMetricsBadInput()
    {
        const QString dir = freshDir(QStringLiteral("cli-funds-bad"));
        const QString bad = writeText(dir + QStringLiteral("/bad.csv"),
                                      "date,nav\n2024-01-01,1\n2024-01-02,0\n2024-01-03,1.1\n");
        Run r = ws({QStringLiteral("funds"), QStringLiteral("metrics"), QStringLiteral("--nav"), bad,
                    QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bad.csv:3:")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const QString dup = writeText(dir + QStringLiteral("/dup.csv"),
                                      "date,nav\n2024-01-01,1\n2024-01-02,1.1\n2024-01-02,1.2\n");
        r = ws({QStringLiteral("funds"), QStringLiteral("metrics"), QStringLiteral("--nav"), dup});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("dup.csv:4:")), qPrintable(r.err));
        const QString columns =
            writeText(dir + QStringLiteral("/columns.csv"), "date,nav,aum\n2024-01-01,1,5\n");
        r = ws({QStringLiteral("funds"), QStringLiteral("metrics"), QStringLiteral("--nav"), columns});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("columns.csv:1:")) && r.err.contains(QStringLiteral("aum")),
                 qPrintable(r.err));
        // Unsorted dates are repaired with a warning, not refused.
        const QString unsorted = writeText(dir + QStringLiteral("/unsorted.csv"),
                                           "date,nav\n2024-01-02,1.1\n2024-01-01,1\n2024-01-03,1.2\n");
        r = ws({QStringLiteral("funds"), QStringLiteral("metrics"), QStringLiteral("--nav"), unsorted,
                QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("unsorted.csv:3:")) &&
                r.err.contains(QStringLiteral("sorted")));
        // A benchmark with no date in common.
        const QString other =
            writeText(dir + QStringLiteral("/other.csv"), "date,nav\n2025-01-01,1\n2025-01-02,1\n");
        r = ws({QStringLiteral("funds"), QStringLiteral("metrics"), QStringLiteral("--nav"), unsorted,
                QStringLiteral("--benchmark"), other});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("other.csv")));
        // A missing file is a failure (1); bad options are bad input (2).
        r = ws({QStringLiteral("funds"), QStringLiteral("metrics"), QStringLiteral("--nav"),
                dir + QStringLiteral("/missing.csv")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("missing.csv")));
        for (const QStringList& args :
             {QStringList{QStringLiteral("--window"), QStringLiteral("7y")},
              QStringList{QStringLiteral("--rf"), QStringLiteral("abc")},
              QStringList{QStringLiteral("--periods-per-year"), QStringLiteral("0")},
              QStringList{QStringLiteral("--start"), QStringLiteral("2024-02-30")}}) {
            r = ws(QStringList{QStringLiteral("funds"), QStringLiteral("metrics"), QStringLiteral("--nav"),
                               unsorted} +
                   args);
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' '))));
        }
        r = ws({QStringLiteral("funds"), QStringLiteral("metrics")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--nav")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
