#include "md/MarketDataHub.h"

#include "md/FeedAdapters.h"
#include "net/IoRuntime.h"
#include "simulators/DayGenerator.h"

#include <boost/asio/post.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>

#include <algorithm>
#include <chrono>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif

namespace ws::md {

namespace {

constexpr int kPollMs = 33; // 30 Hz
constexpr int kDemoStartTimeoutMs = 10'000;

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

// Dotted-quad IPv4 ("239.77.0.1"), the first octet returned; -1 when it is not one.
int ipv4FirstOctet(const QString& text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 4)
        return -1;
    int first = -1;
    for (const QString& part : parts) {
        bool ok = false;
        const int v = part.toInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 3 || v < 0 || v > 255)
            return -1;
        if (first < 0)
            first = v;
    }
    return first;
}

QString mdTr(const char* text)
{
    return QCoreApplication::translate("ws::md::MarketDataSettings", text);
}

} // namespace

QString marketDataSourceId(MarketDataSource s)
{
    switch (s) {
    case MarketDataSource::Demo:
        return QStringLiteral("demo");
    case MarketDataSource::Appliance:
        return QStringLiteral("appliance");
    case MarketDataSource::Mdgw:
        return QStringLiteral("mdgw");
    case MarketDataSource::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<MarketDataSource> marketDataSourceFromId(const QString& id)
{
    for (auto s : {MarketDataSource::Demo, MarketDataSource::Appliance, MarketDataSource::Mdgw,
                   MarketDataSource::None})
        if (marketDataSourceId(s) == id)
            return s;
    return std::nullopt;
}

std::vector<std::pair<QString, QString>> MarketDataSettings::entries() const
{
    return {
        {QStringLiteral("marketData/source"), marketDataSourceId(source)},
        {QStringLiteral("marketData/appliance/groupA"), groupA},
        {QStringLiteral("marketData/appliance/groupB"), groupB},
        {QStringLiteral("marketData/appliance/port"), QString::number(appliancePort)},
        {QStringLiteral("marketData/appliance/interface"), interfaceAddress},
        {QStringLiteral("marketData/appliance/recoveryHost"), recoveryHost},
        {QStringLiteral("marketData/appliance/recoveryPort"), QString::number(recoveryPort)},
        {QStringLiteral("marketData/mdgw/host"), mdgwHost},
        {QStringLiteral("marketData/mdgw/port"), QString::number(mdgwPort)},
        {QStringLiteral("marketData/mdgw/senderCompId"), senderCompId},
        {QStringLiteral("marketData/mdgw/targetCompId"), targetCompId},
        {QStringLiteral("marketData/mdgw/heartBtInt"), QString::number(heartBtInt)},
        {QStringLiteral("marketData/lowLatency"),
         lowLatency ? QStringLiteral("true") : QStringLiteral("false")},
    };
}

MarketDataSettings MarketDataSettings::load()
{
    const QSettings q;
    MarketDataSettings s;
    const QString source = q.value(QStringLiteral("marketData/source")).toString();
    if (const auto parsed = marketDataSourceFromId(source))
        s.source = *parsed;
    else if (!source.isEmpty())
        qWarning("settings marketData/source: '%s' is not demo, appliance, mdgw or none", qPrintable(source));
    auto text = [&q](const char* key, QString& out) { out = q.value(QLatin1String(key), out).toString(); };
    auto number = [&q](const char* key, int& out) {
        bool ok = false;
        const int v = q.value(QLatin1String(key), out).toInt(&ok);
        if (ok)
            out = v;
    };
    text("marketData/appliance/groupA", s.groupA);
    text("marketData/appliance/groupB", s.groupB);
    number("marketData/appliance/port", s.appliancePort);
    text("marketData/appliance/interface", s.interfaceAddress);
    text("marketData/appliance/recoveryHost", s.recoveryHost);
    number("marketData/appliance/recoveryPort", s.recoveryPort);
    text("marketData/mdgw/host", s.mdgwHost);
    number("marketData/mdgw/port", s.mdgwPort);
    text("marketData/mdgw/senderCompId", s.senderCompId);
    text("marketData/mdgw/targetCompId", s.targetCompId);
    number("marketData/mdgw/heartBtInt", s.heartBtInt);
    s.lowLatency = q.value(QStringLiteral("marketData/lowLatency"), false).toBool();
    return s;
}

void MarketDataSettings::save() const
{
    QSettings q;
    for (const auto& [key, value] : entries())
        q.setValue(key, value);
}

QStringList MarketDataSettings::validate() const
{
    QStringList problems;
    auto port = [&problems](int value, const char* what, bool zeroAllowed) {
        if (value < (zeroAllowed ? 0 : 1) || value > 65535)
            problems << QCoreApplication::translate("ws::md::MarketDataSettings",
                                                    "%1 %2 is out of range: a port is %3 to 65535.")
                            .arg(mdTr(what))
                            .arg(value)
                            .arg(zeroAllowed ? 0 : 1);
    };
    auto compId = [&problems](const QString& value, const char* what) {
        // CompID is char[20] in the Logon message, ASCII.
        bool ascii = true;
        for (QChar c : value)
            ascii = ascii && c.unicode() > 32 && c.unicode() < 127;
        if (value.isEmpty() || value.size() > 20 || !ascii)
            problems << QCoreApplication::translate(
                            "ws::md::MarketDataSettings",
                            "%1 '%2' must be 1 to 20 ASCII characters without spaces.")
                            .arg(mdTr(what), value);
    };
    switch (source) {
    case MarketDataSource::Appliance:
        for (const auto& [group, what] :
             {std::pair{groupA, QT_TRANSLATE_NOOP("ws::md::MarketDataSettings", "Group A")},
              std::pair{groupB, QT_TRANSLATE_NOOP("ws::md::MarketDataSettings", "Group B")}}) {
            const int first = ipv4FirstOctet(group);
            if (first < 224 || first > 239)
                problems << QCoreApplication::translate(
                                "ws::md::MarketDataSettings",
                                "%1 '%2' is not an IPv4 multicast group (224.0.0.0 to 239.255.255.255).")
                                .arg(mdTr(what), group);
        }
        port(appliancePort, QT_TRANSLATE_NOOP("ws::md::MarketDataSettings", "The feed port"), false);
        if (ipv4FirstOctet(interfaceAddress) < 0)
            problems << QCoreApplication::translate(
                            "ws::md::MarketDataSettings",
                            "The interface address '%1' is not an IPv4 address of this machine's interface.")
                            .arg(interfaceAddress);
        port(recoveryPort, QT_TRANSLATE_NOOP("ws::md::MarketDataSettings", "The recovery port"), true);
        if (recoveryPort != 0 && recoveryHost.trimmed().isEmpty())
            problems << QCoreApplication::translate("ws::md::MarketDataSettings",
                                                    "The recovery service needs a host.");
        break;
    case MarketDataSource::Mdgw:
        if (mdgwHost.trimmed().isEmpty() || mdgwHost.trimmed().contains(QLatin1Char(' ')))
            problems << QCoreApplication::translate("ws::md::MarketDataSettings",
                                                    "The MDGW host '%1' is not a host name or address.")
                            .arg(mdgwHost);
        port(mdgwPort, QT_TRANSLATE_NOOP("ws::md::MarketDataSettings", "The MDGW port"), false);
        compId(senderCompId, QT_TRANSLATE_NOOP("ws::md::MarketDataSettings", "SenderCompID"));
        compId(targetCompId, QT_TRANSLATE_NOOP("ws::md::MarketDataSettings", "TargetCompID"));
        if (heartBtInt < 1 || heartBtInt > 3600)
            problems << QCoreApplication::translate("ws::md::MarketDataSettings",
                                                    "HeartBtInt %1 is out of range: 1 to 3600 seconds.")
                            .arg(heartBtInt);
        break;
    case MarketDataSource::Demo:
    case MarketDataSource::None:
        break;
    }
    return problems;
}

QStringList MarketDataSettings::describeChanges(const MarketDataSettings& after) const
{
    QStringList changes;
    const auto a = entries();
    const auto b = after.entries();
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].second != b[i].second)
            changes << QStringLiteral("%1: '%2' -> '%3'").arg(a[i].first, a[i].second, b[i].second);
    return changes;
}

ApplianceSettings MarketDataSettings::appliance() const
{
    ApplianceSettings a;
    a.groupA = groupA.trimmed();
    a.groupB = groupB.trimmed();
    a.port = static_cast<quint16>(std::clamp(appliancePort, 0, 65535));
    a.interfaceAddress = interfaceAddress.trimmed();
    a.recoveryHost = recoveryHost.trimmed();
    a.recoveryPort = static_cast<quint16>(std::clamp(recoveryPort, 0, 65535));
    return a;
}

MdgwSettings MarketDataSettings::mdgw() const
{
    MdgwSettings m;
    m.host = mdgwHost.trimmed();
    m.port = static_cast<quint16>(std::clamp(mdgwPort, 0, 65535));
    m.senderCompId = senderCompId;
    m.targetCompId = targetCompId;
    m.heartBtInt = heartBtInt;
    return m;
}

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
    rebuild(false);
    timer_.setInterval(kPollMs);
    connect(&timer_, &QTimer::timeout, this, &MarketDataHub::refresh);
    timer_.start();
    demoStartTimeout_.setSingleShot(true);
    demoStartTimeout_.setInterval(kDemoStartTimeoutMs);
    connect(&demoStartTimeout_, &QTimer::timeout, this, [this] {
        if (demoStarting())
            failDemo(tr("The simulator did not say where it publishes within %1 s")
                         .arg(kDemoStartTimeoutMs / 1000));
    });
}

void MarketDataHub::rebuild(bool lowLatency)
{
    EngineConfig config;
    config.thresholds = thresholdsFromSettings();
    config.indices.push_back(indexOf(sim::DayGenerator(demoDay())));
    config.pumpedByProducer = lowLatency;
    if (live_) {
        // The old receivers were stopped, but their last handlers may still run on their I/O
        // thread: a busy-polling one is joined here, and on the shared one the old sinks and
        // engine are released by a handler queued after the receivers' stops.
        std::shared_ptr<Live> oldLive(std::move(live_));
        std::shared_ptr<Level2Engine> oldEngine(std::move(engine_));
        if (ownIo_) {
            // Thread joined first, sockets closed next, their io_context last.
            ownIo_->stop();
            oldLive.reset();
            ownIo_.reset();
        } else {
            boost::asio::post(io_.context(), [oldLive, oldEngine] {});
        }
    }
    engine_ = std::make_unique<Level2Engine>(std::move(config));
    if (lowLatency) {
        Level2Engine* engine = engine_.get();
        ownIo_ = std::make_unique<net::IoRuntime>(1, true, [engine] { engine->pump(); });
    }
    live_ = std::make_unique<Live>(*engine_);
    snapshot_ = engine_->latest();
    pushFocus();
}

void MarketDataHub::setLowLatency(bool on)
{
    if (on == lowLatency())
        return;
    replay_.reset();
    disconnectAll();
    rebuild(on);
}

MarketDataHub::~MarketDataHub()
{
    replay_.reset();
    disconnectAll();
    if (ownIo_) {
        // Its thread pumps the engine and its io_context owns the receivers' sockets: the thread
        // is joined first, the receivers closed next, the context last.
        ownIo_->stop();
        live_.reset();
        ownIo_.reset();
    }
    if (simulator_) {
        // Shutting down: wait (briefly) so that no simulator outlives the workstation.
        simulator_->disconnect(this);
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
    auto receiver = appliance::FeedReceiver::create(io().context(), ep, s.recoveryHost.toStdString(),
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
    live_->mdgw = szse::MdgwClient::create(io().context(), c, live_->mdgwSink);
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

bool MarketDataHub::demoStarting() const
{
    return demoRunning() && demoStarting_;
}

bool MarketDataHub::startDemo(double speed, QString* error)
{
    if (demoRunning())
        return true;
    const QString dir = QCoreApplication::applicationDirPath();
    QString program = simulatorProgram_;
    if (program.isEmpty()) {
        for (const QString& candidate :
             {dir + QStringLiteral("/ws-mdsim"), dir + QStringLiteral("/../connectors/ws-mdsim")})
            if (QFileInfo(candidate).isExecutable())
                program = QFileInfo(candidate).canonicalFilePath();
        if (program.isEmpty()) {
            if (error)
                *error = tr("The simulator ws-mdsim was not found beside %1").arg(dir);
            return false;
        }
    } else if (!QFileInfo(program).isExecutable()) {
        if (error)
            *error = tr("The simulator %1 is not an executable file").arg(program);
        return false;
    }
    // A port of its own per process, so two workstations on one machine do not hear each other,
    // and per start, so a simulator still ending does not publish into the next one's feed.
    const auto port =
        static_cast<quint16>(31000 + (QCoreApplication::applicationPid() % 500) * 4 + (demoStarts_++ % 4));
    const auto& day = demoDay();
    QStringList args{QStringLiteral("--securities"), QString::number(day.securities),
                     QStringLiteral("--channels"),   QString::number(day.tickChannels),
                     QStringLiteral("--seed"),       QString::number(day.seed),
                     QStringLiteral("--rate"),       QString::number(day.ordersPerSecond),
                     QStringLiteral("--speed"),      QString::number(speed),
                     QStringLiteral("--start"),      QStringLiteral("09:29:30"),
                     QStringLiteral("--port"),       QString::number(port),
                     QStringLiteral("--linger"),     QStringLiteral("3600")};
    stopSimulator();
    simulator_ = new QProcess(this);
    simulator_->setProcessChannelMode(QProcess::SeparateChannels);
    demoPort_ = port;
#ifdef Q_OS_LINUX
    // The simulator ends with the workstation, even one that crashed or was killed: it would
    // otherwise publish for its whole linger time into nobody's feed.
    simulator_->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    demoStarting_ = true;
    // The simulator's first line says where it publishes; nothing here waits for it.
    connect(simulator_, &QProcess::readyReadStandardOutput, this, &MarketDataHub::onSimulatorOutput);
    connect(simulator_, &QProcess::errorOccurred, this, [this, sim = simulator_](QProcess::ProcessError e) {
        if (sim == simulator_ && demoStarting_ && e == QProcess::FailedToStart)
            failDemo(tr("The simulator did not start: %1").arg(sim->errorString()));
    });
    connect(simulator_, &QProcess::finished, this, [this, sim = simulator_](int code) {
        if (sim != simulator_ || !demoStarting_)
            return;
        const QString said = QString::fromLocal8Bit(sim->readAllStandardError()).trimmed();
        failDemo(said.isEmpty()
                     ? tr("The simulator ended (exit code %1) before it published").arg(code)
                     : tr("The simulator ended (exit code %1) before it published: %2").arg(code).arg(said));
    });
    simulator_->start(program, args);
    demoStartTimeout_.start();
    refresh(); // the panels show the simulator starting now, not at the next tick
    return true;
}

void MarketDataHub::onSimulatorOutput()
{
    if (!demoStarting_ || !simulator_ || !simulator_->canReadLine())
        return;
    const auto json = QJsonDocument::fromJson(simulator_->readLine()).object();
    demoStarting_ = false;
    demoStartTimeout_.stop();
    disconnect(simulator_, &QProcess::readyReadStandardOutput, this, &MarketDataHub::onSimulatorOutput);
    ApplianceSettings a;
    a.port = demoPort_;
    a.recoveryPort = static_cast<quint16>(json.value(QStringLiteral("recovery_port")).toInt());
    demoAppliance_ = a;
    QString error;
    if (!connectAppliance(a, &error))
        failDemo(error);
}

void MarketDataHub::failDemo(const QString& error)
{
    demoStarting_ = false;
    demoStartTimeout_.stop();
    stopSimulator();
    refresh(); // the status the failure's handlers read no longer lists the simulator
    Q_EMIT demoFailed(error);
}

void MarketDataHub::stopSimulator()
{
    QProcess* old = std::exchange(simulator_, nullptr);
    demoStarting_ = false;
    if (!old)
        return;
    old->disconnect(this);
    if (old->state() == QProcess::NotRunning) {
        old->deleteLater();
        return;
    }
    connect(old, &QProcess::finished, old, &QObject::deleteLater);
    old->terminate();
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
    stopSimulator();
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

bool MarketDataHub::apply(const MarketDataSettings& s, QString* error)
{
    if (const QStringList problems = s.validate(); !problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    // One producer at a time feeds the engine, and the new source's sequence numbers have
    // nothing to do with the old one's: everything stops and the model starts afresh.
    replay_.reset();
    disconnectAll();
    if (s.source != MarketDataSource::Demo)
        stopSimulator();
    if (s.lowLatency != lowLatency())
        rebuild(s.lowLatency);
    else
        engine_->reset();
    switch (s.source) {
    case MarketDataSource::Demo:
        // A simulator still starting connects itself when it has said where it publishes.
        if (demoStarting())
            return true;
        return demoRunning() ? connectAppliance(demoAppliance_, error) : startDemo(1.0, error);
    case MarketDataSource::Appliance:
        return connectAppliance(s.appliance(), error);
    case MarketDataSource::Mdgw:
        return connectMdgw(s.mdgw(), error);
    case MarketDataSource::None:
        return true;
    }
    return true;
}

void MarketDataHub::holdFocus(const QString& code)
{
    if (code.isEmpty())
        return;
    auto it = std::find_if(focusHolds_.begin(), focusHolds_.end(),
                           [&code](const FocusHold& h) { return h.code == code; });
    FocusHold hold{code, 1};
    if (it != focusHolds_.end()) {
        hold.holders = it->holders + 1;
        focusHolds_.erase(it);
    }
    focusHolds_.insert(focusHolds_.begin(), hold);
    pushFocus();
}

void MarketDataHub::releaseFocus(const QString& code)
{
    auto it = std::find_if(focusHolds_.begin(), focusHolds_.end(),
                           [&code](const FocusHold& h) { return h.code == code; });
    if (it == focusHolds_.end())
        return;
    if (--it->holders == 0)
        focusHolds_.erase(it);
    pushFocus();
}

void MarketDataHub::raiseFocus(const QString& code)
{
    auto it = std::find_if(focusHolds_.begin(), focusHolds_.end(),
                           [&code](const FocusHold& h) { return h.code == code; });
    if (it == focusHolds_.end() || it == focusHolds_.begin())
        return;
    std::rotate(focusHolds_.begin(), it, it + 1);
    pushFocus();
}

void MarketDataHub::setFocus(const QString& code)
{
    const QString previous = std::exchange(ownFocus_, code);
    holdFocus(code);
    releaseFocus(previous);
}

QStringList MarketDataHub::focused() const
{
    QStringList codes;
    for (const FocusHold& h : focusHolds_)
        codes << h.code;
    return codes;
}

void MarketDataHub::pushFocus()
{
    std::array<SecurityKey, kMaxFocused> keys{};
    const std::size_t n = std::min(focusHolds_.size(), keys.size());
    for (std::size_t i = 0; i < n; ++i)
        keys[i] = securityKey(focusHolds_[i].code.toStdString());
    engine_->setFocus(std::span<const SecurityKey>(keys.data(), n));
}

void MarketDataHub::refresh()
{
    auto latest = engine_->latest();
    const bool changed = latest != snapshot_;
    snapshot_ = std::move(latest);

    FeedStatus status;
    status.lowLatency = lowLatency();
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - live_->lastRateAt).count();
    const bool rateDue = seconds >= 1.0;
    if (demoStarting()) {
        ConnectorStatus c;
        c.name = tr("Demo simulator");
        c.endpoint = simulator_->program();
        c.state = ConnectorState::Connecting;
        c.detail = tr("Starting the simulated trading day");
        status.connectors.push_back(c);
    }
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
