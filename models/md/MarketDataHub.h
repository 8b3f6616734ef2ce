#pragma once

// The Level-2 model as the GUI sees it: owns the book thread (Level2Engine), the live
// connectors that feed it (the appliance feed receiver, the MDGW client) and the demo
// simulator process, and hands the panels a coalesced MarketSnapshot at most 30 times a second.
// Panels connect to updated() and read snapshot() / feedStatus(); nothing here is per message.

#include "md/Level2Engine.h"
#include "md/MarketSnapshot.h"
#include "md/Replay.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QProcess;

namespace ws::net {
class IoRuntime;
}

namespace ws::md {

// The life cycle of a market-data connector as the feed-health panel shows it.
enum class ConnectorState : std::uint8_t { Disconnected, Connecting, LoggedOn, Recovering, Live, Stale };
QString connectorStateName(ConnectorState s); // translated

struct ChannelFeedStatus
{
    std::uint16_t channel = 0;
    ConnectorState state = ConnectorState::Disconnected;
    std::uint64_t expected = 0; // next feed sequence number
    std::uint64_t highestSeen = 0;
    std::uint64_t records = 0;
    std::uint64_t gaps = 0;
    std::uint64_t recoveredRecords = 0;
    std::uint64_t lostRecords = 0;
    std::uint64_t duplicates = 0;
    std::uint64_t lineFirst[2] = {0, 0};
    QString lostRanges; // "201-220, 5000-5003"
};

struct ConnectorStatus
{
    QString name;     // "Appliance feed", "MDGW (SZSE Binary)", "Replay"
    QString endpoint; // groups and ports, host:port, file
    ConnectorState state = ConnectorState::Disconnected;
    QString detail;
    std::uint64_t messages = 0;
    double messagesPerSecond = 0;
    std::uint64_t errors = 0; // malformed input skipped
};

struct FeedStatus
{
    bool lowLatency = false; // receive and book on one busy-polling thread
    std::vector<ConnectorStatus> connectors;
    std::vector<ChannelFeedStatus> channels; // appliance channels
};

struct ApplianceSettings
{
    QString groupA = QStringLiteral("239.77.0.1");
    QString groupB = QStringLiteral("239.77.0.2");
    quint16 port = 30001;
    QString interfaceAddress = QStringLiteral("127.0.0.1");
    QString recoveryHost = QStringLiteral("127.0.0.1");
    quint16 recoveryPort = 0;
};

struct MdgwSettings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString senderCompId = QStringLiteral("WS");
    QString targetCompId = QStringLiteral("MDGW");
    int heartBtInt = 3;
};

// Where the workstation takes its Level-2 data from, as the settings dialog edits it and
// QSettings keeps it (keys under marketData/). The command line overrides it for one run.
enum class MarketDataSource : std::uint8_t { Demo, Appliance, Mdgw, None };
QString marketDataSourceId(MarketDataSource s); // "demo", "appliance", "mdgw", "none"
std::optional<MarketDataSource> marketDataSourceFromId(const QString& id);

struct MarketDataSettings
{
    MarketDataSource source = MarketDataSource::Demo;
    // Ports are ints, not quint16, so that a value out of range read from the settings file is
    // reported by validate() rather than wrapped.
    QString groupA = ApplianceSettings{}.groupA;
    QString groupB = ApplianceSettings{}.groupB;
    int appliancePort = ApplianceSettings{}.port;
    QString interfaceAddress = ApplianceSettings{}.interfaceAddress;
    QString recoveryHost = ApplianceSettings{}.recoveryHost;
    int recoveryPort = 0; // 0: no recovery service (gaps stay lost)
    QString mdgwHost = MdgwSettings{}.host;
    int mdgwPort = 0;
    QString senderCompId = MdgwSettings{}.senderCompId;
    QString targetCompId = MdgwSettings{}.targetCompId;
    int heartBtInt = MdgwSettings{}.heartBtInt;
    // One thread busy-polls the feed sockets and applies the book itself: the lowest latency
    // (no hand-over between threads, no wake-up), for the price of a core kept at 100 %.
    bool lowLatency = false;

    bool operator==(const MarketDataSettings&) const = default;

    static MarketDataSettings load(); // missing keys take the defaults above
    void save() const;
    // What is wrong with the settings of the chosen source, one translated sentence each;
    // empty when they can be applied. The other source's fields are not checked.
    QStringList validate() const;
    // "marketData/mdgw/port: '0' -> '9100'" for each key that differs, in a fixed order.
    QStringList describeChanges(const MarketDataSettings& after) const;

    ApplianceSettings appliance() const;
    MdgwSettings mdgw() const;

private:
    std::vector<std::pair<QString, QString>> entries() const; // key, value as text
};

class MarketDataHub : public QObject
{
    Q_OBJECT
public:
    explicit MarketDataHub(net::IoRuntime& io, QObject* parent = nullptr);
    ~MarketDataHub() override;

    Level2Engine& engine() { return *engine_; }
    bool lowLatency() const { return ownIo_ != nullptr; }
    // The receive mode alone (apply() sets it with the source): a change stops the sources and
    // starts the model afresh on a new engine.
    void setLowLatency(bool on);

    // Live connectors. Errors (a group that cannot be joined, ...) come back as text.
    bool connectAppliance(const ApplianceSettings& s, QString* error = nullptr);
    bool connectMdgw(const MdgwSettings& s, QString* error = nullptr);
    void disconnectAll();
    // Switches to the source the settings name (invalid settings are refused with the reasons):
    // the other sources are stopped, the model starts afresh (a new engine when the receive
    // mode changes) and the new connector connects on its I/O thread, so this returns at once.
    bool apply(const MarketDataSettings& s, QString* error = nullptr);

    // The demo: starts the simulator (ws-mdsim beside the executable) publishing a simulated
    // day and connects to it over loopback multicast once it has said where it publishes.
    // `speed` 1 = exchange time. Returns at once: false (with the reason) only when there is
    // no simulator to start; a simulator that fails later is reported by demoFailed().
    bool startDemo(double speed = 1.0, QString* error = nullptr);
    // Another simulator executable than ws-mdsim beside the workstation (empty: that one).
    void setSimulatorProgram(const QString& path) { simulatorProgram_ = path; }
    bool demoRunning() const;  // the simulator process is starting or running
    bool demoStarting() const; // ... and has not yet said where it publishes

    // Replays a capture (appliance lines or an MDGW session, as `wsctl md record` writes them)
    // through the live decoder path: the live sources are disconnected and the model starts
    // afresh, and the panels behave as live. `speed` 0 = as fast as the book thread takes it.
    bool openRecording(const QString& path, double speed, QString* error = nullptr);
    void stopReplay();
    bool replaying() const;

    // The securities the panels follow (depth, ticks, charts, large orders): each panel holds
    // its security while it follows it, so panels of different link groups show different
    // securities at once. The engine details the kMaxFocused most recently held ones.
    void holdFocus(const QString& code);
    void releaseFocus(const QString& code);
    // Makes a held security the most recent (a panel shown again), so it is kept when more
    // securities are held than the engine details.
    void raiseFocus(const QString& code);
    // A focus of the hub's own (tools, benchmarks), replacing the one set before this way.
    void setFocus(const QString& code);
    // The most recently held security, and all of them, most recent first.
    QString focus() const { return focusHolds_.empty() ? QString() : focusHolds_.front().code; }
    QStringList focused() const;

    MarketSnapshotPtr snapshot() const { return snapshot_; }
    const FeedStatus& feedStatus() const { return feedStatus_; }

    // Pull now instead of at the next 30 Hz tick (tests and tools; emits updated()).
    void refresh();

Q_SIGNALS:
    // At most 30 times a second, and only when something changed.
    void updated();
    // The demo simulator could not be started or stopped answering before it said where it
    // publishes (translated reason).
    void demoFailed(const QString& error);

private:
    struct Live;

    net::IoRuntime& io_; // shared with the other connectors
    std::unique_ptr<Level2Engine> engine_;
    std::unique_ptr<Live> live_;
    std::unique_ptr<net::IoRuntime> ownIo_; // low latency: the busy-polling thread that also pumps the book
    net::IoRuntime& io() { return ownIo_ ? *ownIo_ : io_; }
    void rebuild(bool lowLatency); // a new engine for the receive mode, sources stopped
    std::unique_ptr<Replay> replay_;
    QString replayPath_;
    double replaySpeed_ = 1;
    QProcess* simulator_ = nullptr;
    QString simulatorProgram_;
    bool demoStarting_ = false;
    int demoStarts_ = 0;
    quint16 demoPort_ = 0; // where the simulator started last publishes
    QTimer demoStartTimeout_;
    void onSimulatorOutput();
    void failDemo(const QString& error);
    void stopSimulator(); // without waiting: the process is deleted once it has ended
    QTimer timer_;
    void pushFocus();
    struct FocusHold
    {
        QString code;
        int holders = 0;
    };
    std::vector<FocusHold> focusHolds_; // most recent first
    QString ownFocus_;
    ApplianceSettings demoAppliance_; // where the running simulator publishes
    MarketSnapshotPtr snapshot_;
    FeedStatus feedStatus_;
};

} // namespace ws::md
