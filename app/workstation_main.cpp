// workstation: the GUI. Opens the local cache (offering to move a damaged one aside), fills it
// with the demo data on first start, and shows the main window in the last layout or a role preset.
#include "audit/AuditTrail.h"
#include "core/AppCore.h"
#include "core/BuildInfo.h"
#include "logging/LogModel.h"
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
    parser.addOptions({dataDir, role, lang, screenshot});
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
