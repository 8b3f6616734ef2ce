#pragma once

// What every panel test does before its first panel, in one place: a scratch settings scope,
// the light theme in English, an AppCore on a fresh cache (with the demo data unless told
// otherwise), and screenshots into the build tree.

#include "TestUtil.h"
#include "core/AppCore.h"
#include "shell/Appearance.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSignalSpy>
#include <QWidget>

#include <memory>

enum class DemoData { Load, Skip };

// Fills `core` with an AppCore on WS_TEST_TMP/<name>/workstation.sqlite (the folder, emptied
// first, in *dir). False, with the reason logged, when a step fails:
//   QVERIFY(openPanelTestCore(QStringLiteral("gui"), core_, &dir_));
[[nodiscard]] inline bool openPanelTestCore(const QString& name, std::unique_ptr<ws::core::AppCore>& core,
                                            QString* dir = nullptr, DemoData demo = DemoData::Load)
{
    // The offscreen platform warns about window features it lacks; that is not the app's noise.
    static const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType t, const QMessageLogContext& c, const QString& m) {
            if (!m.startsWith(QLatin1String("This plugin does not support")))
                previous(t, c, m);
        });
    if (!clearScratchConfig()) {
        qWarning("run through ctest: XDG_CONFIG_HOME must name this test's scratch folder");
        return false;
    }
    QCoreApplication::setOrganizationName(QStringLiteral("workstation-test"));
    QCoreApplication::setApplicationName(QStringLiteral("workstation-test"));
    ws::widgets::appearance::applyTheme(QStringLiteral("light"));
    ws::widgets::appearance::applyLanguage(QStringLiteral("en"));
    const QString folder = freshDir(name);
    if (dir)
        *dir = folder;
    ws::store::OpenError error;
    core = ws::core::AppCore::open(folder + QStringLiteral("/workstation.sqlite"), &error);
    if (!core) {
        qWarning("cannot open the test cache: %s", qPrintable(error.message()));
        return false;
    }
    if (demo == DemoData::Load) {
        QSignalSpy ready(core.get(), &ws::core::AppCore::demoDataReady);
        core->ensureDemoData();
        if (ready.isEmpty() && !ready.wait(60000)) {
            qWarning("the demo data did not load within 60 s");
            return false;
        }
    }
    return true;
}

inline QString screenshotPath(const QString& name)
{
    return QStringLiteral(WS_BUILD_DIR "/screenshots/") + name + QStringLiteral(".png");
}

// Saves the widget to WS_BUILD_DIR/screenshots/<name>.png once the event loop has run (charts
// replot there); false when the file is missing or suspiciously small (a blank grab).
[[nodiscard]] inline bool shootWidget(QWidget* widget, const QString& name, qint64 minBytes = 5000)
{
    QDir().mkpath(QStringLiteral(WS_BUILD_DIR "/screenshots"));
    QCoreApplication::processEvents();
    const QString path = screenshotPath(name);
    return widget->grab().save(path) && QFileInfo(path).size() > minBytes;
}
