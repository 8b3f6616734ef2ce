#include "md/MarketDataHub.h"

#include "md/FeedAdapters.h"
#include "net/IoRuntime.h"
#include "simulators/DayGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>

#include <chrono>

namespace ws::md {

namespace {

constexpr int kPollMs = 33; // 30 Hz

ConnectorState fromChannel(appliance::ChannelState s)
{
    switch (s) {
    case appliance::ChannelState::Waiting:
        return ConnectorState::Connecting;
    case appliance::ChannelState::Live:
        return ConnectorState::Live;
    case appliance::ChannelState::Recovering:
        return ConnectorState::Recovering;
    case appliance::ChannelState::Lost:
        return ConnectorState::Stale;
    }
    return ConnectorState::Disconnected;
}

// The demo day, as the simulator will generate it (same configuration, same seed), gives the
// real-time index its constituents without another channel to carry them.
const sim::DayConfig& demoDay()
{
    static const sim::DayConfig config = [] {
        sim::DayConfig c;
        c.securities = 30;
        c.tickChannels = 4;
        c.seed = 20261130;
        c.ordersPerSecond = 600;
        return c;
    }();
    return config;
}

IndexDefinition indexOf(const sim::DayGenerator& day)
{
    IndexDefinition def;
    def.security = securityKey(day.index().code);
    def.name = day.index().name;
    def.prevClose = day.index().prevClose;
    for (const auto& c : day.index().constituents) {
        std::int64_t prev = 0;
        for (const auto& s : day.securities())
            if (s.code == c.code)
                prev = s.prevClose;
        def.constituents.push_back({securityKey(c.code), c.shares, prev});
    }
    return def;
}

// Large-order classes from the settings (marketData/largeOrderShares and largeOrderYuan: three
// ascending numbers each, for medium, large and super-large), else the common preset.
OrderClassThresholds thresholdsFromSettings()
{
    OrderClassThresholds t;
    const QSettings settings;
    auto read = [&settings](const char* key, std::array<std::int64_t, 3>& out) {
        const QStringList parts = settings.value(QLatin1String(key)).toString().split(QLatin1Char(','));
        if (parts.size() != 3)
            return;
        std::array<std::int64_t, 3> v{};
        for (int i = 0; i < 3; ++i) {
            bool ok = false;
            v[static_cast<std::size_t>(i)] = parts[i].trimmed().toLongLong(&ok);
            if (!ok || v[static_cast<std::size_t>(i)] <= 0 ||
                (i > 0 && v[static_cast<std::size_t>(i)] < v[static_cast<std::size_t>(i - 1)])) {
                qWarning("settings %s: expected three ascending positive numbers", key);
                return;
            }
        }
        out = v;
    };
    read("marketData/largeOrderShares", t.shares);
    read("marketData/largeOrderYuan", t.yuan);
    return t;
}

} // namespace

QString connectorStateName(ConnectorState s)
{
    switch (s) {
    case ConnectorState::Disconnected:
        return QCoreApplication::translate("ws::md::ConnectorState", "Disconnected");
    case ConnectorState::Connecting:
        return QCoreApplication::translate("ws::md::ConnectorState", "Connecting");
    case ConnectorState::LoggedOn:
        return QCoreApplication::translate("ws::md::ConnectorState", "Logged on");
    case ConnectorState::Recovering:
        return QCoreApplication::translate("ws::md::ConnectorState", "Recovering");
    case ConnectorState::Live:
        return QCoreApplication::translate("ws::md::ConnectorState", "Live");
    case ConnectorState::Stale:
        return QCoreApplication::translate("ws::md::ConnectorState", "Stale");
    }
    return {};
}

struct MarketDataHub::Live
{
    explicit Live(Level2Engine& engine) : applianceSink(engine), mdgwSink(engine, FeedPath::Mdgw) {}
    ApplianceAdapter applianceSink;
    SzseFrameAdapter mdgwSink;
    std::shared_ptr<appliance::FeedReceiver> receiver;
    ApplianceSettings applianceSettings;
    std::shared_ptr<szse::MdgwClient> mdgw;
    MdgwSettings mdgwSettings;
    // For message rates.
    std::uint64_t lastApplianceRecords = 0, lastMdgwFrames = 0;
    std::chrono::steady_clock::time_point lastRateAt = std::chrono::steady_clock::now();
    double applianceRate = 0, mdgwRate = 0;
};

MarketDataHub::MarketDataHub(net::IoRuntime& io, QObject* parent) : QObject(parent), io_(io)
{
    EngineConfig config;
    config.thresholds = thresholdsFromSettings();
    config.indices.push_back(indexOf(sim::DayGenerator(demoDay())));
    engine_ = std::make_unique<Level2Engine>(std::move(config));
    live_ = std::make_unique<Live>(*engine_);
    snapshot_ = engine_->latest();
    timer_.setInterval(kPollMs);
    connect(&timer_, &QTimer::timeout, this, &MarketDataHub::refresh);
    timer_.start();
}

MarketDataHub::~MarketDataHub()
{
    replay_.reset();
    disconnectAll();
    if (simulator_) {
        simulator_->terminate();
        if (!simulator_->waitForFinished(2000))
            simulator_->kill();
    }
}

bool MarketDataHub::connectAppliance(const ApplianceSettings& s, QString* error)
{
    appliance::FeedEndpoint ep;
    ep.groupA = s.groupA.toStdString();
    ep.groupB = s.groupB.toStdString();
    ep.port = s.port;
    ep.interfaceAddress = s.interfaceAddress.toStdString();
    auto receiver = appliance::FeedReceiver::create(io_.context(), ep, s.recoveryHost.toStdString(),
                                                    s.recoveryPort, live_->applianceSink);
    try {
        receiver->start();
    } catch (const std::exception& e) {
        if (error)
            *error = tr("Cannot join %1 / %2 port %3 on %4: %5")
                         .arg(s.groupA, s.groupB)
                         .arg(s.port)
                         .arg(s.interfaceAddress, QString::fromLocal8Bit(e.what()));
        return false;
    }
    if (live_->receiver)
        live_->receiver->stop();
    live_->receiver = std::move(receiver);
    live_->applianceSettings = s;
    return true;
}

bool MarketDataHub::connectMdgw(const MdgwSettings& s, QString* error)
{
    if (s.port == 0) {
        if (error)
            *error = tr("No MDGW port given");
        return false;
    }
    szse::MdgwConfig c;
    c.host = s.host.toStdString();
    c.port = s.port;
    c.senderCompId = s.senderCompId.toStdString();
    c.targetCompId = s.targetCompId.toStdString();
    c.heartBtInt = s.heartBtInt;
    if (live_->mdgw)
        live_->mdgw->stop();
    live_->mdgw = szse::MdgwClient::create(io_.context(), c, live_->mdgwSink);
    live_->mdgw->start();
    live_->mdgwSettings = s;
    return true;
}

void MarketDataHub::disconnectAll()
{
    if (live_->receiver)
        live_->receiver->stop();
    if (live_->mdgw)
        live_->mdgw->stop();
    live_->receiver.reset();
    live_->mdgw.reset();
}

bool MarketDataHub::demoRunning() const
{
    return simulator_ && simulator_->state() != QProcess::NotRunning;
}

bool MarketDataHub::startDemo(double speed, QString* error)
{
    if (demoRunning())
        return true;
    const QString dir = QCoreApplication::applicationDirPath();
    QString program;
    for (const QString& candidate :
         {dir + QStringLiteral("/ws-mdsim"), dir + QStringLiteral("/../connectors/ws-mdsim")})
        if (QFileInfo(candidate).isExecutable())
            program = QFileInfo(candidate).canonicalFilePath();
    if (program.isEmpty()) {
        if (error)
            *error = tr("The simulator ws-mdsim was not found beside %1").arg(dir);
        return false;
    }
    // A port of its own per process, so two workstations on one machine do not hear each other.
    const auto port = static_cast<quint16>(31000 + QCoreApplication::applicationPid() % 2000);
    const auto& day = demoDay();
    QStringList args{QStringLiteral("--securities"), QString::number(day.securities),
                     QStringLiteral("--channels"),   QString::number(day.tickChannels),
                     QStringLiteral("--seed"),       QString::number(day.seed),
                     QStringLiteral("--rate"),       QString::number(day.ordersPerSecond),
                     QStringLiteral("--speed"),      QString::number(speed),
                     QStringLiteral("--start"),      QStringLiteral("09:29:30"),
                     QStringLiteral("--port"),       QString::number(port),
                     QStringLiteral("--linger"),     QStringLiteral("3600")};
    delete simulator_;
    simulator_ = new QProcess(this);
    simulator_->setProcessChannelMode(QProcess::SeparateChannels);
    simulator_->start(program, args);
    if (!simulator_->waitForStarted(5000) || !simulator_->waitForReadyRead(5000)) {
        if (error)
            *error = tr("The simulator did not start: %1").arg(simulator_->errorString());
        return false;
    }
    const auto line = simulator_->readLine();
    const auto json = QJsonDocument::fromJson(line).object();
    ApplianceSettings a;
    a.port = port;
    a.recoveryPort = static_cast<quint16>(json.value(QStringLiteral("recovery_port")).toInt());
    return connectAppliance(a, error);
}

bool MarketDataHub::openRecording(const QString& path, double speed, QString* error)
{
    if (!QFileInfo(path).isReadable()) {
        if (error)
            *error = tr("Cannot read %1").arg(path);
        return false;
    }
    // One producer at a time feeds the engine: the live sources go first.
    replay_.reset();
    disconnectAll();
    if (simulator_) {
        simulator_->terminate();
        simulator_->waitForFinished(2000);
    }
    engine_->reset();
    replayPath_ = path;
    replaySpeed_ = speed;
    replay_ = std::make_unique<Replay>(*engine_, ReplayOptions{path.toStdString(), speed});
    replay_->start();
    return true;
}

void MarketDataHub::stopReplay()
{
    if (replay_)
        replay_->cancel();
}

bool MarketDataHub::replaying() const
{
    return replay_ && !replay_->progress().finished;
}

void MarketDataHub::setFocus(const QString& code)
{
    focusCode_ = code;
    engine_->setFocus(code.isEmpty() ? 0 : securityKey(code.toStdString()));
}

void MarketDataHub::refresh()
{
    auto latest = engine_->latest();
    const bool changed = latest != snapshot_;
    snapshot_ = std::move(latest);

    FeedStatus status;
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - live_->lastRateAt).count();
    const bool rateDue = seconds >= 1.0;
    if (live_->receiver) {
        const auto& s = live_->applianceSettings;
        ConnectorStatus c;
        c.name = tr("Appliance feed");
        c.endpoint = QStringLiteral("%1 / %2 :%3 via %4, recovery %5:%6")
                         .arg(s.groupA, s.groupB)
                         .arg(s.port)
                         .arg(s.interfaceAddress, s.recoveryHost)
                         .arg(s.recoveryPort);
        const auto rs = live_->receiver->stats();
        c.messages = live_->applianceSink.records();
        for (auto e : rs.errors)
            c.errors += e;
        const auto channels = live_->receiver->channels();
        c.state = rs.datagrams[0] + rs.datagrams[1] == 0 ? ConnectorState::Connecting : ConnectorState::Live;
        for (const auto& ch : channels) {
            ChannelFeedStatus f;
            f.channel = ch.channel;
            f.state = fromChannel(ch.state);
            f.expected = ch.expected;
            f.highestSeen = ch.highestSeen;
            f.records = ch.stats.records;
            f.gaps = ch.stats.gaps;
            f.recoveredRecords = ch.stats.recoveredRecords;
            f.lostRecords = ch.stats.lostRecords;
            f.duplicates = ch.stats.duplicateRecords;
            f.lineFirst[0] = ch.stats.lineFirst[0];
            f.lineFirst[1] = ch.stats.lineFirst[1];
            QStringList ranges;
            for (const auto& r : ch.lost)
                ranges << QStringLiteral("%1-%2").arg(r.from).arg(r.to - 1);
            f.lostRanges = ranges.join(QStringLiteral(", "));
            if (f.state == ConnectorState::Recovering && c.state == ConnectorState::Live)
                c.state = ConnectorState::Recovering;
            status.channels.push_back(f);
        }
        if (rateDue) {
            live_->applianceRate = static_cast<double>(c.messages - live_->lastApplianceRecords) / seconds;
            live_->lastApplianceRecords = c.messages;
        }
        c.messagesPerSecond = live_->applianceRate;
        if (c.state == ConnectorState::Live && live_->applianceRate == 0 && c.messages > 0)
            c.state = ConnectorState::Stale;
        status.connectors.push_back(c);
    }
    if (live_->mdgw) {
        const auto st = live_->mdgw->status();
        ConnectorStatus c;
        c.name = tr("MDGW (SZSE Binary)");
        c.endpoint = QStringLiteral("%1:%2").arg(live_->mdgwSettings.host).arg(live_->mdgwSettings.port);
        switch (st.state) {
        case szse::SessionState::Disconnected:
            c.state = ConnectorState::Disconnected;
            break;
        case szse::SessionState::Connecting:
            c.state = ConnectorState::Connecting;
            break;
        case szse::SessionState::LoggedOn:
            c.state = live_->mdgwSink.frames() > 0 ? ConnectorState::Live : ConnectorState::LoggedOn;
            break;
        case szse::SessionState::Stale:
            c.state = ConnectorState::Stale;
            break;
        }
        c.messages = live_->mdgwSink.frames();
        c.errors = st.frames.totalErrors();
        c.detail = QString::fromStdString(st.lastLogoutText);
        if (rateDue) {
            live_->mdgwRate = static_cast<double>(c.messages - live_->lastMdgwFrames) / seconds;
            live_->lastMdgwFrames = c.messages;
        }
        c.messagesPerSecond = live_->mdgwRate;
        status.connectors.push_back(c);
    }
    if (replay_) {
        const auto p = replay_->progress();
        ConnectorStatus c;
        c.name = tr("Replay");
        c.endpoint = replayPath_;
        c.state = p.finished ? ConnectorState::Disconnected : ConnectorState::Live;
        c.messages = p.messages;
        c.errors = p.malformed + p.lostRecords;
        c.messagesPerSecond = p.wallSeconds > 0 ? static_cast<double>(p.messages) / p.wallSeconds : 0;
        c.detail = !p.error.empty() ? QString::fromStdString(p.error)
                   : p.finished     ? tr("finished: %1 s of capture at %2x, %3 record(s) lost")
                                      .arg(static_cast<double>(p.lastTsNs - p.firstTsNs) / 1e9, 0, 'f', 1)
                                      .arg(p.achievedSpeed(), 0, 'f', 1)
                                      .arg(p.lostRecords)
                                : tr("%1x asked, %2x reached")
                                      .arg(replaySpeed_ == 0 ? tr("max") : QString::number(replaySpeed_))
                                      .arg(p.achievedSpeed(), 0, 'f', 1);
        status.connectors.push_back(c);
    }
    if (rateDue)
        live_->lastRateAt = now;
    feedStatus_ = std::move(status);
    if (changed || !feedStatus_.connectors.empty())
        Q_EMIT updated();
}

} // namespace ws::md
