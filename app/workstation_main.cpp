// workstation: the GUI. Opens the local cache (offering to move a damaged one aside), fills it
// with the demo data on first start, and shows the main window in the last layout or a role preset.
#include "audit/AuditTrail.h"
#include "core/AppCore.h"
#include "core/BuildInfo.h"
#include "logging/LogModel.h"
#include "md/MarketDataHub.h"
#include "shell/AboutDialog.h"
#include "shell/Appearance.h"
#include "shell/MainWindow.h"
#include "shell/PanelRegistry.h"
#include "shell/Startup.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <optional>

#include <cstdio>
#include <cstring>

using namespace ws;

namespace {

// --version must work without a display (the .deb test runs it on a bare machine).
bool wantsVersion(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0)
            return true;
    return false;
}

} // namespace

namespace {

bool hostPort(const QString& text, QString* host, quint16* port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint p = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || p == 0 || p > 65535)
        return false;
    *host = text.left(colon);
    *port = static_cast<quint16>(p);
    return true;
}

// Connects the Level-2 model to its source. Bad arguments are reported and stop the start
// (false); a source that cannot be reached is reported in the log and the feed-health panel.
bool startMarketData(ws::core::AppCore& core, QString source, const QString& speed, const QString& appliance,
                     const QString& recovery, const QString& mdgw, const QString& replay)
{
    using namespace ws;
    QObject::connect(&core.marketData(), &md::MarketDataHub::demoFailed, &core.marketData(),
                     [](const QString& error) { qWarning("demo market data: %s", qPrintable(error)); });
    // The stored settings (Settings > Market data) unless the command line names a source.
    const md::MarketDataSettings stored = md::MarketDataSettings::load();
    if (source.isEmpty() && replay.isEmpty() && appliance.isEmpty() && mdgw.isEmpty() &&
        stored.source != md::MarketDataSource::Demo) {
        QString error;
        if (!core.marketData().apply(stored, &error))
            qWarning("market data (settings): %s", qPrintable(error));
        return true;
    }
    // The command line names the source; the receive mode is still the stored one.
    core.marketData().setLowLatency(stored.lowLatency);
    if (source.isEmpty())
        source = !replay.isEmpty()      ? QStringLiteral("replay")
                 : !appliance.isEmpty() ? QStringLiteral("appliance")
                 : !mdgw.isEmpty()      ? QStringLiteral("mdgw")
                                        : QStringLiteral("demo");
    QString error;
    if (source == QStringLiteral("none"))
        return true;
    bool ok = true;
    const double x = speed.isEmpty() ? 1.0 : speed == QStringLiteral("max") ? 0.0 : speed.toDouble(&ok);
    if (!ok || x < 0 || (x == 0 && source == QStringLiteral("demo"))) {
        std::fprintf(stderr, "workstation: --speed expects a positive number%s\n",
                     source == QStringLiteral("demo") ? "" : " or max");
        return false;
    }
    if (source == QStringLiteral("demo")) {
        if (!core.marketData().startDemo(x, &error))
            qWarning("demo market data: %s", qPrintable(error));
        return true;
    }
    if (source == QStringLiteral("replay")) {
        if (!core.marketData().openRecording(replay, x, &error)) {
            std::fprintf(stderr, "workstation: %s\n", qPrintable(error));
            return false;
        }
        return true;
    }
    if (source == QStringLiteral("appliance")) {
        // GROUP_A,GROUP_B:PORT@INTERFACE
        md::ApplianceSettings s;
        const QStringList at = appliance.split(QLatin1Char('@'));
        QString groups;
        quint16 port = 0;
        if (at.size() != 2 || !hostPort(at[0], &groups, &port) || groups.count(QLatin1Char(',')) != 1 ||
            (!recovery.isEmpty() && !hostPort(recovery, &s.recoveryHost, &s.recoveryPort))) {
            std::fprintf(stderr, "workstation: --appliance expects GROUP_A,GROUP_B:PORT@INTERFACE and "
                                 "--recovery HOST:PORT\n");
            return false;
        }
        s.groupA = groups.section(QLatin1Char(','), 0, 0);
        s.groupB = groups.section(QLatin1Char(','), 1, 1);
        s.port = port;
        s.interfaceAddress = at[1];
        if (!core.marketData().connectAppliance(s, &error))
            qWarning("appliance feed: %s", qPrintable(error));
        return true;
    }
    if (source == QStringLiteral("mdgw")) {
        md::MdgwSettings s = stored.mdgw(); // the session identity (CompIDs, HeartBtInt) as stored
        if (!hostPort(mdgw, &s.host, &s.port)) {
            std::fprintf(stderr, "workstation: --mdgw expects HOST:PORT\n");
            return false;
        }
        if (!core.marketData().connectMdgw(s, &error))
            qWarning("MDGW: %s", qPrintable(error));
        return true;
    }
    std::fprintf(stderr, "workstation: --market-data expects demo, appliance, mdgw, replay or none\n");
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    if (wantsVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        std::printf("workstation %s\n", qPrintable(core::applicationVersion()));
        for (const QString& line : widgets::AboutDialog::versionLines())
            std::printf("  %s\n", qPrintable(line));
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("workstation"));
    QApplication::setApplicationName(QStringLiteral("workstation"));
    QApplication::setApplicationVersion(core::applicationVersion());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/workstation.svg")));
    QApplication::setDesktopFileName(QStringLiteral("workstation"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Analyst & Trader Workstation"));
    parser.addHelpOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Data directory (default: $WS_DATA_DIR, the settings, or the user's data location)."),
        QStringLiteral("DIR"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        QStringLiteral("Start with this role preset: trader, risk, advisor, compliance, analyst."),
        QStringLiteral("ROLE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language for this run: zh_CN or en."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the window to FILE (PNG) once the demo data is loaded, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption marketData(
        QStringLiteral("market-data"),
        QStringLiteral("Level-2 source: demo (the simulator, default), appliance, mdgw, replay, or none."),
        QStringLiteral("SOURCE"));
    const QCommandLineOption demoSpeed(
        QStringList{QStringLiteral("speed"), QStringLiteral("demo-speed")},
        QStringLiteral(
            "Speed of the demo feed or a replay, 1 = exchange time (default 1); max for a replay."),
        QStringLiteral("X"));
    const QCommandLineOption replay(QStringLiteral("replay"),
                                    QStringLiteral("Replay a recorded feed (pcap) instead of a live source."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption appliance(
        QStringLiteral("appliance"),
        QStringLiteral("Appliance feed: GROUP_A,GROUP_B:PORT@INTERFACE (with --recovery HOST:PORT)."),
        QStringLiteral("SPEC"));
    const QCommandLineOption recovery(QStringLiteral("recovery"),
                                      QStringLiteral("The appliance's recovery service, HOST:PORT."),
                                      QStringLiteral("HOST:PORT"));
    const QCommandLineOption mdgw(QStringLiteral("mdgw"),
                                  QStringLiteral("An MDGW (SZSE Binary over TCP), HOST:PORT."),
                                  QStringLiteral("HOST:PORT"));
    parser.addOptions(
        {dataDir, role, lang, screenshot, marketData, demoSpeed, appliance, recovery, mdgw, replay});
    parser.process(app);

    QString dir = parser.value(dataDir);
    if (dir.isEmpty())
        dir = qEnvironmentVariable("WS_DATA_DIR");
    if (dir.isEmpty())
        dir = QSettings().value(QStringLiteral("data/dir")).toString();
    if (dir.isEmpty())
        dir = store::Database::defaultDataDir();
    const QString dbPath = QDir(dir).filePath(QStringLiteral("workstation.sqlite"));

    widgets::appearance::applyTheme(widgets::appearance::themeSetting());
    widgets::appearance::applyFontSize(widgets::appearance::fontSizeSetting());
    widgets::appearance::applyLanguage(parser.isSet(lang) ? parser.value(lang)
                                                          : widgets::appearance::languageSetting());

    QString error;
    std::unique_ptr<core::AppCore> core = widgets::openCacheInteractively(dbPath, &error);
    if (!core) {
        if (!error.isEmpty()) {
            std::fprintf(stderr, "workstation: %s\n", qPrintable(error));
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cache database"), error);
        }
        return 1;
    }
    core->log().installMessageHandler();
    qInfo("workstation %s, cache %s", qPrintable(core::applicationVersion()), qPrintable(dbPath));
    core->audit().record(QStringLiteral("session.logon"), QStringLiteral("workstation"), QStringLiteral("ok"),
                         QStringLiteral("version %1").arg(core::applicationVersion()),
                         audit::LogClass::Audit);
    core->ensureDemoData();
    core->verifyAuditInBackground();

    widgets::PanelRegistry registry;
    widgets::registerBuiltinPanels(registry);
    widgets::MainWindow window(*core, registry);
    std::optional<widgets::Role> forcedRole;
    if (parser.isSet(role)) {
        for (widgets::Role r : widgets::kAllRoles)
            if (widgets::roleId(r) == parser.value(role))
                forcedRole = r;
        if (!forcedRole) {
            std::fprintf(stderr, "workstation: unknown role '%s'\n", qPrintable(parser.value(role)));
            return 2;
        }
    }
    window.restoreSession(forcedRole);
    window.show();

    if (!startMarketData(*core, parser.value(marketData), parser.value(demoSpeed), parser.value(appliance),
                         parser.value(recovery), parser.value(mdgw), parser.value(replay)))
        return 2;

    QObject::connect(&app, &QCoreApplication::aboutToQuit, core.get(), [&core] {
        core->audit().record(QStringLiteral("session.logoff"), QStringLiteral("workstation"),
                             QStringLiteral("ok"), {}, audit::LogClass::Audit);
    });

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto shoot = [&window, file] {
            QTimer::singleShot(400, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "cannot write",
                             qPrintable(file));
                window.close();
                QCoreApplication::exit(ok ? 0 : 1);
            });
        };
        if (core->hasDemoData())
            shoot();
        else
            QObject::connect(core.get(), &core::AppCore::demoDataReady, &window, shoot);
    }
    return QApplication::exec();
}
