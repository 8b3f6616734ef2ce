// The main window under the offscreen platform: every role preset, custom layouts, quick search
// driving the link group, the alert centre, the status bar fed by a real loopback connector,
// language switching, the damaged-cache prompt, and a PNG of the window to look at.
#include "PanelTestUtil.h"

#include "alerts/AlertModel.h"
#include "alerts/AlertPanel.h"
#include "audit/AuditPanel.h"
#include "audit/AuditTrail.h"
#include "core/AppCore.h"
#include "md/MarketDataHub.h"
#include "md/szse/Mdgw.h"
#include "net/IoRuntime.h"
#include "net/TcpLink.h"
#include "securities/SecuritiesPanel.h"
#include "shell/AboutDialog.h"
#include "shell/Appearance.h"
#include "shell/MainWindow.h"
#include "shell/QuickSearchDialog.h"
#include "shell/SettingsDialog.h"
#include "shell/Startup.h"
#include "shell/StatusWidgets.h"
#include "status/ConnectorStatusModel.h"
#include "store/Database.h"
#include "store/DbWriter.h"
#include "store/Sql.h"

#include <boost/asio/ip/tcp.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace ws;
using widgets::MainWindow;
using widgets::Role;

class TestGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<core::AppCore> core_;
    widgets::PanelRegistry registry_;
    std::unique_ptr<MainWindow> window_;
    QString dir_;

    QStringList visibleDocks() const
    {
        QStringList ids;
        for (const auto& d : registry_.panels())
            if (window_->dock(d.id)->isVisible())
                ids << d.id;
        return ids;
    }
    QString shotPath(const QString& name) const
    {
        return QStringLiteral(WS_BUILD_DIR "/screenshots/") + name + QStringLiteral(".png");
    }
    void shoot(const QString& name)
    {
        QDir().mkpath(QStringLiteral(WS_BUILD_DIR "/screenshots"));
        QVERIFY(window_->grab().save(shotPath(name)));
        QVERIFY(QFileInfo(shotPath(name)).size() > 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(openPanelTestCore(QStringLiteral("gui"), core_, &dir_));
        QVERIFY(core_->hasDemoData());
        widgets::registerBuiltinPanels(registry_);
        window_ = std::make_unique<MainWindow>(*core_, registry_);
        window_->resize(1400, 860);
        window_->restoreSession();
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void cleanupTestCase()
    {
        window_.reset();
        core_.reset();
        widgets::appearance::applyLanguage(QStringLiteral("en"));
    }

    void everyPresetShowsItsPanels()
    {
        for (Role role : widgets::kAllRoles) {
            window_->applyPreset(role);
            QTest::qWait(50);
            QStringList expected;
            for (const auto& d : registry_.panels()) {
                if (d.presets.count(role)) {
                    expected << d.id;
                    QCOMPARE(window_->dockWidgetArea(window_->dock(d.id)), d.presets.at(role).area);
                    QVERIFY(!window_->dock(d.id)->isFloating());
                }
            }
            QCOMPARE(visibleDocks(), expected);
            QCOMPARE(window_->currentRole(), role);
            shoot(QStringLiteral("preset-") + widgets::roleId(role));
        }
        // Each preset is audited.
        core_->writer().flush();
        QVERIFY(store::scalar(core_->readDatabase(),
                              QStringLiteral("SELECT COUNT(*) FROM sys_audit WHERE action = 'layout.preset'"))
                    .toInt() >= 5);
    }

    void customLayoutSavesAndRestores()
    {
        window_->applyPreset(Role::Trader);
        QTest::qWait(50);
        // Make the arrangement the user's own: float the log, close the alert centre.
        window_->dock(QStringLiteral("panel.alerts"))->close();
        window_->dock(QStringLiteral("panel.log"))->setFloating(true);
        QTest::qWait(50);
        const QStringList mine = visibleDocks();
        window_->saveLayout(QStringLiteral("我的布局"));
        QVERIFY(MainWindow::layoutNames().contains(QStringLiteral("我的布局")));

        window_->applyPreset(Role::Compliance);
        QTest::qWait(50);
        QVERIFY(visibleDocks() != mine);
        QVERIFY(window_->restoreLayout(QStringLiteral("我的布局")));
        QTest::qWait(50);
        QCOMPARE(visibleDocks(), mine);
        QVERIFY(window_->dock(QStringLiteral("panel.log"))->isFloating());
        QVERIFY(!window_->dock(QStringLiteral("panel.alerts"))->isVisible());
        QCOMPARE(window_->currentRole(), Role::Trader);

        window_->deleteLayout(QStringLiteral("我的布局"));
        QVERIFY(!MainWindow::layoutNames().contains(QStringLiteral("我的布局")));
        QVERIFY(!window_->restoreLayout(QStringLiteral("我的布局")));

        // The session layout survives a new window (saved on close, restored on start).
        window_->applyPreset(Role::RiskOfficer);
        QTest::qWait(50);
        const QStringList risk = visibleDocks();
        window_->close();
        MainWindow second(*core_, registry_);
        second.restoreSession();
        second.show();
        QTest::qWait(50);
        QCOMPARE(second.currentRole(), Role::RiskOfficer);
        QStringList restored;
        for (const auto& d : registry_.panels())
            if (second.dock(d.id)->isVisible())
                restored << d.id;
        QCOMPARE(restored, risk);
        second.close();
        window_->show();
        window_->applyPreset(Role::Trader);
    }

    void quickSearchSelectsInTheLinkGroup()
    {
        const QString name = store::scalar(core_->readDatabase(),
                                           QStringLiteral("SELECT name FROM stk_security WHERE code = "
                                                          "'600000' OR code > '600' ORDER BY code LIMIT 1"))
                                 .toString();
        const QString code =
            store::scalar(core_->readDatabase(),
                          QStringLiteral("SELECT code FROM stk_security WHERE name = ?"), {name})
                .toString();
        auto* panel =
            qobject_cast<widgets::SecuritiesPanel*>(window_->panel(QStringLiteral("panel.securities")));
        QVERIFY(panel);
        QCOMPARE(panel->linkGroup(), selection::LinkGroup::Red);

        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        QTest::keyClick(window_.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(window_->quickSearch()->isVisible());
        QTest::keyClicks(window_->quickSearch()->edit(), code);
        QTRY_VERIFY(window_->quickSearch()->list()->count() > 0);
        QVERIFY(window_->quickSearch()->list()->item(0)->text().contains(name));
        window_->quickSearch()->edit()->setText(name); // by name as well: still the first hit
        QTRY_VERIFY(window_->quickSearch()->list()->count() > 0 &&
                    window_->quickSearch()->list()->item(0)->text().contains(name));
        QTest::keyClick(window_->quickSearch()->edit(), Qt::Key_Return);
        QTRY_VERIFY(!window_->quickSearch()->isVisible());
        QCOMPARE(core_->selection().security(selection::LinkGroup::Red).code, code);
        // The securities panel follows its group: the row of that security is current.
        QTRY_COMPARE(panel->view()->currentIndex().data(securities::SecurityTableModel::CodeRole).toString(),
                     code);

        // Selecting a row publishes to the group; moving the panel to Blue stops following Red.
        const QModelIndex other = panel->model()->index(3, 0);
        panel->view()->setCurrentIndex(other);
        QCOMPARE(core_->selection().security(selection::LinkGroup::Red).code,
                 other.data(securities::SecurityTableModel::CodeRole).toString());
        panel->setLinkGroup(selection::LinkGroup::Blue);
        core_->selection().setSecurity(selection::LinkGroup::Red, {code, QString()});
        QCOMPARE(panel->view()->currentIndex().row(), 3);
        panel->setLinkGroup(selection::LinkGroup::Red);

        // Commands run from the box too: "Show Log" by its words.
        window_->dock(QStringLiteral("panel.log"))->close();
        window_->showQuickSearch();
        QTest::keyClicks(window_->quickSearch()->edit(), QStringLiteral("Show Log"));
        QTRY_VERIFY(window_->quickSearch()->list()->count() > 0);
        QTest::keyClick(window_->quickSearch()->edit(), Qt::Key_Return);
        QTRY_VERIFY(window_->dock(QStringLiteral("panel.log"))->isVisible());
    }

    void securitiesFilterAndExport()
    {
        auto* panel =
            qobject_cast<widgets::SecuritiesPanel*>(window_->panel(QStringLiteral("panel.securities")));
        panel->filterEdit()->setText(QStringLiteral("银行"));
        const int banks =
            store::scalar(core_->readDatabase(),
                          QStringLiteral("SELECT COUNT(*) FROM stk_security WHERE name LIKE '%银行%'"))
                .toInt();
        QTRY_COMPARE(panel->model()->totalCount(), banks);
        const QString csv = dir_ + QStringLiteral("/banks.csv");
        QSignalSpy done(panel, &widgets::SecuritiesPanel::exportFinished);
        panel->exportCsv(csv);
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().at(0).toBool());
        QCOMPARE(done.first().at(1).toLongLong(), banks);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), banks + 1);
        core_->writer().flush();
        QCOMPARE(store::scalar(
                     core_->readDatabase(),
                     QStringLiteral(
                         "SELECT object FROM sys_audit WHERE action = 'export.csv' ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QFileInfo(csv).absoluteFilePath());
        panel->filterEdit()->clear();
        QTRY_COMPARE(panel->model()->totalCount(), 500);
    }

    void alertCentreShowsAndAcknowledges()
    {
        auto* panel = qobject_cast<widgets::AlertPanel*>(window_->panel(QStringLiteral("panel.alerts")));
        QVERIFY(panel);
        window_->dock(QStringLiteral("panel.alerts"))->show();
        core_->alerts().post(alerts::Severity::Critical, QStringLiteral("risk.margin"),
                             QStringLiteral("维持担保比例低于 130%：客户 310000001"));
        core_->alerts().post(alerts::Severity::Warning, QStringLiteral("md.szse"),
                             QStringLiteral("Channel 2011 gap: 12 records"));
        core_->alerts().post(alerts::Severity::Info, QStringLiteral("cache"),
                             QStringLiteral("Demo data loaded"));
        QTRY_COMPARE(panel->filter()->rowCount(), 3);
        panel->view()->selectRow(0);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("acknowledge")), Qt::LeftButton);
        QTRY_COMPARE(core_->alerts().unacknowledgedCount(), 2);
        QCOMPARE(core_->alerts().index(0, alerts::AlertModel::AckUser).data().toString(),
                 QStringLiteral("tester"));
        panel->filter()->setMinimumSeverity(alerts::Severity::Warning);
        QCOMPARE(panel->filter()->rowCount(), 2);
        panel->filter()->setMinimumSeverity(alerts::Severity::Info);
        shoot(QStringLiteral("alerts"));
    }

    void statusBarShowsARealConnector()
    {
        boost::asio::io_context serverIo;
        boost::asio::ip::tcp::acceptor acceptor(serverIo, {boost::asio::ip::make_address("127.0.0.1"), 0});
        auto link = net::TcpLink::create(core_->io().context(), "127.0.0.1", acceptor.local_endpoint().port(),
                                         {core_->connectors().reporter(QStringLiteral("mdgw.test")), {}});
        link->start();
        boost::asio::ip::tcp::socket peer(serverIo);
        acceptor.accept(peer);
        QTRY_VERIFY(window_->statusWidget()->texts().contains(QStringLiteral("mdgw.test: connected")));
        acceptor.close(); // the endpoint goes away: reconnects are refused, the link keeps backing off
        peer.close();
        QTRY_VERIFY(window_->statusWidget()->texts().contains(QStringLiteral("mdgw.test: reconnecting")));
        shoot(QStringLiteral("status-reconnecting"));
        link->stop();
        QTRY_VERIFY(window_->statusWidget()->texts().contains(QStringLiteral("mdgw.test: stopped")));
        core_->connectors().remove(QStringLiteral("mdgw.test"));
    }

    void switchesLanguageLive()
    {
        auto menuTitles = [&] {
            QStringList t;
            for (QAction* a : window_->menuBar()->actions())
                t << a->text();
            return t;
        };
        QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&File"), QStringLiteral("&View"),
                                            QStringLiteral("&Tools"), QStringLiteral("&Help")}));
        widgets::appearance::applyLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(menuTitles().value(0), QStringLiteral("文件(&F)"));
        QCOMPARE(menuTitles().value(1), QStringLiteral("视图(&V)"));
        QCOMPARE(window_->dock(QStringLiteral("panel.securities"))->windowTitle(),
                 QStringLiteral("证券主表"));
        auto* panel =
            qobject_cast<widgets::SecuritiesPanel*>(window_->panel(QStringLiteral("panel.securities")));
        QTRY_COMPARE(panel->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("代码"));
        window_->applyPreset(Role::Trader);
        QTest::qWait(100);
        shoot(QStringLiteral("zh_CN-trader"));
        widgets::appearance::applyLanguage(QStringLiteral("en"));
        QTRY_COMPARE(menuTitles().value(0), QStringLiteral("&File"));
        QCOMPARE(window_->dock(QStringLiteral("panel.securities"))->windowTitle(),
                 QStringLiteral("Securities master"));
    }

    void darkThemeRenders()
    {
        widgets::appearance::applyTheme(QStringLiteral("dark"));
        QTest::qWait(50);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        shoot(QStringLiteral("dark-trader"));
        widgets::appearance::applyTheme(QStringLiteral("light"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    }

    void settingsChangesAreDescribedForTheAudit()
    {
        widgets::SettingsDialog::Values a{QStringLiteral("/data"), QString(), QStringLiteral("light"), 0, {}};
        widgets::SettingsDialog::Values b = a;
        QVERIFY(widgets::SettingsDialog::describeChanges(a, b).isEmpty());
        b.language = QStringLiteral("zh_CN");
        b.fontSize = 12;
        QCOMPARE(widgets::SettingsDialog::describeChanges(a, b),
                 QStringLiteral("language: '' -> 'zh_CN'; font_size: '0' -> '12'"));
        widgets::SettingsDialog dialog(b);
        QCOMPARE(dialog.values(), b);
        widgets::SettingsDialog::save(b);
        QCOMPARE(widgets::SettingsDialog::load(QStringLiteral("/elsewhere")), b);
    }

    // Settings > Market data pointed at an MDGW listening on loopback (the connector's own server
    // side, in this process): invalid values keep OK disabled and say why; on OK the hub connects
    // and logs on, the settings are stored and the audit trail names the changed keys.
    void marketDataSettingsReconnectTheHub()
    {
        net::IoRuntime serverIo(1);
        md::szse::MdgwServer server(serverIo.context(), 0, "MDGW", 3);
        QVERIFY(server.port() != 0);
        md::MarketDataHub& hub = core_->marketData();
        hub.refresh();
        for (const md::ConnectorStatus& c : hub.feedStatus().connectors)
            QVERIFY(c.name != QStringLiteral("MDGW (SZSE Binary)"));

        bool filled = false;
        auto fill = [&](widgets::SettingsDialog* dialog) {
            QVERIFY(dialog);
            QPushButton* ok = dialog->buttonBox()->button(QDialogButtonBox::Ok);
            dialog->tabs()->setCurrentWidget(dialog->marketDataPage());
            QComboBox* source = dialog->sourceBox();
            // A unicast address as group A: refused, with the reason.
            source->setCurrentIndex(source->findData(static_cast<int>(md::MarketDataSource::Appliance)));
            dialog->groupAEdit()->setText(QStringLiteral("10.0.0.1"));
            QVERIFY(!ok->isEnabled());
            QVERIFY(dialog->problemsLabel()->text().contains(QStringLiteral("not an IPv4 multicast group")));
            QDir().mkpath(QStringLiteral(WS_BUILD_DIR "/screenshots"));
            QVERIFY(dialog->grab().save(shotPath(QStringLiteral("settings-market-data-invalid"))));
            dialog->groupAEdit()->setText(QStringLiteral("239.77.0.1"));
            dialog->recoveryEdit()->setText(QStringLiteral("127.0.0.1:"));
            QVERIFY(!ok->isEnabled());
            QVERIFY(dialog->problemsLabel()->text().contains(QStringLiteral("HOST:PORT")));
            dialog->recoveryEdit()->clear();
            QVERIFY(ok->isEnabled());
            // The MDGW: no port yet.
            source->setCurrentIndex(source->findData(static_cast<int>(md::MarketDataSource::Mdgw)));
            QVERIFY(!ok->isEnabled());
            QVERIFY(
                dialog->problemsLabel()->text().contains(QStringLiteral("The MDGW port 0 is out of range")));
            dialog->mdgwHostEdit()->setText(QStringLiteral("127.0.0.1"));
            dialog->mdgwPortBox()->setValue(server.port());
            dialog->senderCompIdEdit()->setText(QStringLiteral("WSTEST"));
            dialog->heartBtIntBox()->setValue(5);
            dialog->lowLatencyBox()->setChecked(true);
            QVERIFY(ok->isEnabled());
            QVERIFY(dialog->problemsLabel()->isHidden());
            QVERIFY(dialog->grab().save(shotPath(QStringLiteral("settings-market-data"))));
            ok->click();
            filled = true;
        };
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<widgets::SettingsDialog*>(QApplication::activeModalWidget());
            fill(dialog);
            if (dialog && dialog->isVisible())
                dialog->reject(); // a check failed: do not leave the modal dialog up
        });
        window_->openSettings();
        QVERIFY(filled);

        auto mdgwState = [&hub] {
            hub.refresh();
            for (const md::ConnectorStatus& c : hub.feedStatus().connectors)
                if (c.name == QStringLiteral("MDGW (SZSE Binary)"))
                    return c.state;
            return md::ConnectorState::Disconnected;
        };
        QTRY_VERIFY_WITH_TIMEOUT(server.logons() == 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(mdgwState(), md::ConnectorState::LoggedOn, 10000);
        const md::MarketDataSettings stored = md::MarketDataSettings::load();
        QCOMPARE(stored.source, md::MarketDataSource::Mdgw);
        QCOMPARE(stored.mdgwPort, static_cast<int>(server.port()));
        QCOMPARE(stored.senderCompId, QStringLiteral("WSTEST"));
        // Low latency: the MDGW client runs on the hub's own busy-polling thread, which also
        // applies the book; the logon above went through it.
        QVERIFY(stored.lowLatency);
        QVERIFY(hub.lowLatency());
        QVERIFY(hub.feedStatus().lowLatency);
        core_->writer().flush();
        const QString detail =
            store::scalar(core_->readDatabase(),
                          QStringLiteral("SELECT detail FROM sys_audit WHERE action = 'settings.change' "
                                         "ORDER BY id DESC LIMIT 1"))
                .toString();
        for (const QString& key : {QStringLiteral("marketData/source: 'demo' -> 'mdgw'"),
                                   QStringLiteral("marketData/mdgw/port: '0' -> '%1'").arg(server.port()),
                                   QStringLiteral("marketData/mdgw/senderCompId: 'WS' -> 'WSTEST'"),
                                   QStringLiteral("marketData/mdgw/heartBtInt: '3' -> '5'"),
                                   QStringLiteral("marketData/lowLatency: 'false' -> 'true'")})
            QVERIFY2(detail.contains(key), qPrintable(detail));
        QVERIFY2(!detail.contains(QStringLiteral("groupA")), qPrintable(detail));

        // Back to no source: the connector goes.
        md::MarketDataSettings none = stored;
        none.source = md::MarketDataSource::None;
        none.lowLatency = false;
        QVERIFY(hub.apply(none));
        QVERIFY(!hub.lowLatency());
        hub.refresh();
        QVERIFY(hub.feedStatus().connectors.empty());
    }

    void aboutListsEveryLibrary()
    {
        const QStringList lines = widgets::AboutDialog::versionLines();
        for (const char* lib : {"Qt 6.", "QCustomPlot 2.", "SQLite 3.", "Boost 1.", "Eigen 3.", "OpenCV 4."})
            QVERIFY2(std::any_of(lines.begin(), lines.end(),
                                 [&](const QString& l) { return l.startsWith(QLatin1String(lib)); }),
                     lib);
        widgets::AboutDialog dialog(core_->databasePath(), true);
        QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("libraryVersions"))->rowCount(), 6);
    }

    void damagedCacheIsMovedAsideOnlyWhenAsked()
    {
        const QString path = freshDir(QStringLiteral("gui-damaged")) + QStringLiteral("/workstation.sqlite");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, but it is somebody's file");
        f.close();
        QString error;
        QString asked;
        auto declined = widgets::openCacheInteractively(path, &error, [&](const store::OpenError& e) {
            asked = e.message();
            return false;
        });
        QVERIFY(!declined);
        QVERIFY(asked.contains(path));
        QVERIFY(error.contains(path));
        QVERIFY(QFile::exists(path)); // untouched

        auto accepted =
            widgets::openCacheInteractively(path, &error, [](const store::OpenError&) { return true; });
        QVERIFY(accepted);
        QVERIFY(error.isEmpty());
        const QStringList aside =
            QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("workstation.sqlite.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QFile moved(QFileInfo(path).absolutePath() + QLatin1Char('/') + aside.front());
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), QByteArray("this is not a database, but it is somebody's file"));
        accepted->writer().flush();
        QCOMPARE(store::scalar(accepted->readDatabase(),
                               QStringLiteral("SELECT action FROM sys_audit ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("cache.move_aside"));
    }

    void auditPanelFiltersVerifiesAndExports()
    {
        window_->applyPreset(Role::Compliance);
        auto* panel = qobject_cast<widgets::AuditPanel*>(window_->panel(QStringLiteral("panel.audit")));
        QVERIFY(panel && panel->isVisible());
        core_->writer().flush();
        panel->model()->reload();
        const int all =
            store::scalar(core_->readDatabase(), QStringLiteral("SELECT COUNT(*) FROM sys_audit")).toInt();
        QCOMPARE(panel->model()->totalCount(), all);
        // Newest first.
        QCOMPARE(panel->model()->index(0, audit::AuditTableModel::Id).data().toLongLong(),
                 store::scalar(core_->readDatabase(), QStringLiteral("SELECT MAX(id) FROM sys_audit"))
                     .toLongLong());
        panel->model()->setFilter({QStringLiteral("layout.preset"), QString(), QString(), QString()});
        QCOMPARE(
            panel->model()->totalCount(),
            store::scalar(core_->readDatabase(),
                          QStringLiteral("SELECT COUNT(*) FROM sys_audit WHERE action = 'layout.preset'"))
                .toInt());
        panel->model()->setFilter({QString(), QStringLiteral("audit"), QString(), QString()});
        QCOMPARE(panel->model()->totalCount(),
                 store::scalar(core_->readDatabase(),
                               QStringLiteral("SELECT COUNT(*) FROM sys_audit WHERE log_class = 'audit'"))
                     .toInt());
        panel->model()->setFilter({});

        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("verifyAudit")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->verdict()->text().contains(QStringLiteral("Chain intact")), 10000);
        shoot(QStringLiteral("preset-compliance-verified"));

        const QString csv = dir_ + QStringLiteral("/audit.csv");
        QSignalSpy done(panel, &widgets::AuditPanel::exportFinished);
        panel->exportCsv(csv);
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().at(0).toBool());
        QCOMPARE(done.first().at(1).toLongLong(), all);
        window_->applyPreset(Role::Trader);
    }

    void auditTrailStaysIntact()
    {
        core_->writer().flush();
        QSignalSpy verified(core_.get(), &core::AppCore::auditVerified);
        core_->verifyAuditInBackground();
        QVERIFY(verified.wait(10000));
        const auto result = verified.first().at(0).value<audit::VerifyResult>();
        QVERIFY(result.ok);
        QVERIFY(result.rows > 5);
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
