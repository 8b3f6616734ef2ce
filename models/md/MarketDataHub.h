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
#include <QTimer>

#include <memory>
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

class MarketDataHub : public QObject
{
    Q_OBJECT
public:
    explicit MarketDataHub(net::IoRuntime& io, QObject* parent = nullptr);
    ~MarketDataHub() override;

    Level2Engine& engine() { return *engine_; }

    // Live connectors. Errors (a group that cannot be joined, ...) come back as text.
    bool connectAppliance(const ApplianceSettings& s, QString* error = nullptr);
    bool connectMdgw(const MdgwSettings& s, QString* error = nullptr);
    void disconnectAll();

    // The demo: starts the simulator (ws-mdsim beside the executable) publishing a simulated
    // day and connects to it over loopback multicast. `speed` 1 = exchange time.
    bool startDemo(double speed = 1.0, QString* error = nullptr);
    bool demoRunning() const;

    // Replays a capture (appliance lines or an MDGW session, as `wsctl md record` writes them)
    // through the live decoder path: the live sources are disconnected and the model starts
    // afresh, and the panels behave as live. `speed` 0 = as fast as the book thread takes it.
    bool openRecording(const QString& path, double speed, QString* error = nullptr);
    void stopReplay();
    bool replaying() const;

    // The security the focused panels follow (depth, ticks, charts, large orders).
    void setFocus(const QString& code);
    QString focus() const { return focusCode_; }

    MarketSnapshotPtr snapshot() const { return snapshot_; }
    const FeedStatus& feedStatus() const { return feedStatus_; }

    // Pull now instead of at the next 30 Hz tick (tests and tools; emits updated()).
    void refresh();

Q_SIGNALS:
    // At most 30 times a second, and only when something changed.
    void updated();

private:
    struct Live;

    net::IoRuntime& io_;
    std::unique_ptr<Level2Engine> engine_;
    std::unique_ptr<Live> live_;
    std::unique_ptr<Replay> replay_;
    QString replayPath_;
    double replaySpeed_ = 1;
    QProcess* simulator_ = nullptr;
    QTimer timer_;
    QString focusCode_;
    MarketSnapshotPtr snapshot_;
    FeedStatus feedStatus_;
};

} // namespace ws::md
