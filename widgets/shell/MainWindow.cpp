#include "shell/MainWindow.h"

#include "audit/AuditTrail.h"
#include "core/AppCore.h"
#include "md/MarketDataHub.h"
#include "shell/AboutDialog.h"
#include "shell/Appearance.h"
#include "shell/Panel.h"
#include "shell/QuickSearchDialog.h"
#include "shell/SettingsDialog.h"
#include "shell/StatusWidgets.h"
#include "store/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <numeric>

namespace ws::widgets {

namespace {
QString layoutKey(const QString& name)
{
    return QStringLiteral("layouts/custom/%1").arg(name);
}
} // namespace

MainWindow::MainWindow(core::AppCore& core, const PanelRegistry& registry, QWidget* parent)
    : QMainWindow(parent), core_(core), registry_(registry)
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockNestingEnabled(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks |
                   QMainWindow::AllowTabbedDocks | QMainWindow::GroupedDragging);
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    resize(1400, 860);

    quickSearch_ = new QuickSearchDialog(core_.search(), this);
    connect(quickSearch_, &QuickSearchDialog::hitActivated, this, &MainWindow::activateHit);

    createDocks();
    createActions();
    registerCommands();

    status_ = new ConnectorStatusWidget(core_, this);
    selectionLabel_ = new QLabel(this);
    selectionLabel_->setObjectName(QStringLiteral("selectionLabel"));
    statusBar()->addWidget(selectionLabel_, 1);
    statusBar()->addPermanentWidget(status_);
    connect(&core_.selection(), &selection::SelectionHub::securityChanged, this,
            [this](int group, const QString& code, const QString& exchange) {
                selectionLabel_->setText(tr("%1: %2").arg(
                    selection::SelectionHub::groupName(static_cast<selection::LinkGroup>(group)),
                    exchange.isEmpty() ? code : code + QLatin1Char('.') + exchange));
            });
    connect(
        &core_.selection(), &selection::SelectionHub::fundChanged, this,
        [this](int group, const QString& code) {
            selectionLabel_->setText(
                tr("%1: fund %2")
                    .arg(selection::SelectionHub::groupName(static_cast<selection::LinkGroup>(group)), code));
        });
    connect(
        &core_.selection(), &selection::SelectionHub::clientChanged, this,
        [this](int group, const QString& id) {
            selectionLabel_->setText(
                tr("%1: client %2")
                    .arg(selection::SelectionHub::groupName(static_cast<selection::LinkGroup>(group)), id));
        });
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::onFocusChanged);

    retranslate();
    rebuildLayoutMenus();
}

MainWindow::~MainWindow()
{
    // The quick-search commands point at this window's actions: withdraw them with the window.
    core_.search().removeCommandsOf(this);
}

void MainWindow::createDocks()
{
    for (const PanelDescriptor& d : registry_.panels()) {
        auto* dock = new QDockWidget(this);
        dock->setObjectName(d.id);
        dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                          QDockWidget::DockWidgetFloatable);
        Panel* panel = d.create(core_);
        panel->setParent(dock);
        dock->setWidget(panel);
        addDockWidget(Qt::LeftDockWidgetArea, dock);
        docks_[d.id] = dock;
        panels_[d.id] = panel;
    }
}

QDockWidget* MainWindow::dock(const QString& panelId) const
{
    const auto it = docks_.find(panelId);
    return it == docks_.end() ? nullptr : it->second;
}

Panel* MainWindow::panel(const QString& panelId) const
{
    const auto it = panels_.find(panelId);
    return it == panels_.end() ? nullptr : it->second;
}

void MainWindow::createActions()
{
    auto makeAction = [this](const QString& id, QMenu* menu, const QKeySequence& shortcut, auto&& slot) {
        auto* a = new QAction(this);
        a->setObjectName(id);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        if (menu)
            menu->addAction(a);
        addAction(a); // shortcuts work even while the menu bar is hidden
        actions_[id] = a;
        return a;
    };

    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->setObjectName(QStringLiteral("menu.file"));
    makeAction(QStringLiteral("cmd.md.replay"), fileMenu_, QKeySequence(), [this] { openRecording(); });
    makeAction(QStringLiteral("cmd.settings"), fileMenu_, QKeySequence::Preferences,
               [this] { openSettings(); });
    fileMenu_->addSeparator();
    makeAction(QStringLiteral("cmd.quit"), fileMenu_, QKeySequence::Quit, [this] { close(); });

    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->setObjectName(QStringLiteral("menu.view"));
    panelsMenu_ = viewMenu_->addMenu(QString());
    for (const PanelDescriptor& d : registry_.panels()) {
        QAction* toggle = docks_[d.id]->toggleViewAction();
        toggle->setShortcut(d.shortcut);
        panelsMenu_->addAction(toggle);
    }
    layoutMenu_ = viewMenu_->addMenu(QString());
    roleActions_ = new QActionGroup(this);
    for (Role r : kAllRoles) {
        QAction* a = makeAction(QStringLiteral("cmd.preset.") + roleId(r), layoutMenu_, QKeySequence(),
                                [this, r] { applyPreset(r); });
        a->setCheckable(true);
        roleActions_->addAction(a);
    }
    layoutMenu_->addSeparator();
    makeAction(QStringLiteral("cmd.layout.reset"), layoutMenu_, QKeySequence(),
               [this] { applyPreset(role_); });
    makeAction(QStringLiteral("cmd.layout.save"), layoutMenu_, QKeySequence(),
               [this] { promptSaveLayout(); });
    loadLayoutMenu_ = layoutMenu_->addMenu(QString());
    deleteLayoutMenu_ = layoutMenu_->addMenu(QString());

    toolsMenu_ = menuBar()->addMenu(QString());
    toolsMenu_->setObjectName(QStringLiteral("menu.tools"));
    makeAction(QStringLiteral("cmd.search"), toolsMenu_, QKeySequence(Qt::CTRL | Qt::Key_K),
               [this] { showQuickSearch(); });
    makeAction(QStringLiteral("cmd.audit.verify"), toolsMenu_, QKeySequence(),
               [this] { core_.verifyAuditInBackground(); });

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->setObjectName(QStringLiteral("menu.help"));
    makeAction(QStringLiteral("cmd.about"), helpMenu_, QKeySequence(), [this] { openAbout(); });
    makeAction(QStringLiteral("cmd.aboutQt"), helpMenu_, QKeySequence(), [] { QApplication::aboutQt(); });

    toolbar_ = addToolBar(QString());
    toolbar_->setObjectName(QStringLiteral("toolbar.main"));
    toolbar_->setMovable(false);
    roleLabel_ = new QLabel(this);
    roleBox_ = new QComboBox(this);
    roleBox_->setObjectName(QStringLiteral("roleBox"));
    for (Role r : kAllRoles)
        roleBox_->addItem(QString(), roleId(r));
    connect(roleBox_, &QComboBox::activated, this, [this](int i) { applyPreset(kAllRoles[i]); });
    toolbar_->addWidget(roleLabel_);
    toolbar_->addWidget(roleBox_);
    toolbar_->addAction(actions_[QStringLiteral("cmd.layout.reset")]);
    toolbar_->addAction(actions_[QStringLiteral("cmd.layout.save")]);
    toolbar_->addSeparator();
    toolbar_->addAction(actions_[QStringLiteral("cmd.search")]);

    connect(&core_, &core::AppCore::auditVerified, this, [this](const audit::VerifyResult& r) {
        statusBar()->showMessage(
            r.ok ? tr("Audit trail verified: %n row(s), chain intact", nullptr, static_cast<int>(r.rows))
                 : tr("Audit trail broken at row %1: %2").arg(r.firstBadId).arg(r.reason),
            10000);
    });
}

void MainWindow::registerCommands()
{
    // Every action is a quick-search command; its title is read at search time, so it follows the language.
    for (const auto& [id, action] : actions_) {
        if (id == QLatin1String("cmd.search"))
            continue;
        QAction* a = action;
        core_.search().addCommand({id, [a] { return a->text().remove(QLatin1Char('&')); }, id, this});
    }
    for (const PanelDescriptor& d : registry_.panels()) {
        QAction* toggle = docks_[d.id]->toggleViewAction();
        actions_[QStringLiteral("cmd.show.") + d.id] = toggle;
        core_.search().addCommand({QStringLiteral("cmd.show.") + d.id,
                                   [title = d.title] { return tr("Show %1").arg(title()); }, d.id, this});
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(core_.hasDemoData() ? tr("Analyst & Trader Workstation — demo data")
                                       : tr("Analyst & Trader Workstation"));
    fileMenu_->setTitle(tr("&File"));
    viewMenu_->setTitle(tr("&View"));
    panelsMenu_->setTitle(tr("&Panels"));
    layoutMenu_->setTitle(tr("&Layout"));
    loadLayoutMenu_->setTitle(tr("Load layout"));
    deleteLayoutMenu_->setTitle(tr("Delete layout"));
    toolsMenu_->setTitle(tr("&Tools"));
    helpMenu_->setTitle(tr("&Help"));
    toolbar_->setWindowTitle(tr("Main toolbar"));
    roleLabel_->setText(tr(" Role: "));
    auto text = [this](const char* id, const QString& t, const QString& tip = {}) {
        actions_[QLatin1String(id)]->setText(t);
        actions_[QLatin1String(id)]->setToolTip(tip.isEmpty() ? QString(t).remove(QLatin1Char('&')) : tip);
    };
    text("cmd.md.replay", tr("Open market-data &recording…"),
         tr("Replay a recorded feed (pcap) into the Level-2 panels as if it were live"));
    text("cmd.settings", tr("&Settings…"));
    text("cmd.quit", tr("&Quit"));
    text("cmd.layout.reset", tr("Reset to preset"),
         tr("Put every panel back where the current role's preset has it"));
    text("cmd.layout.save", tr("Save layout as…"),
         tr("Save the current arrangement under a name of your own"));
    text("cmd.search", tr("Quick search"), tr("Find a security, fund, client or command (Ctrl+K)"));
    text("cmd.audit.verify", tr("Verify audit trail"));
    text("cmd.about", tr("&About"));
    text("cmd.aboutQt", tr("About &Qt"));
    for (std::size_t i = 0; i < std::size(kAllRoles); ++i) {
        const Role r = kAllRoles[i];
        text(qPrintable(QStringLiteral("cmd.preset.") + roleId(r)), tr("Preset: %1").arg(roleTitle(r)));
        roleBox_->setItemText(static_cast<int>(i), roleTitle(r));
    }
    for (const PanelDescriptor& d : registry_.panels())
        docks_[d.id]->setWindowTitle(d.title());
}

void MainWindow::openRecording()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open market-data recording"), QString(),
                                                      tr("Captures (*.pcap *.pcapng);;All files (*)"));
    if (path.isEmpty())
        return;
    const QStringList speeds{tr("1× (as recorded)"), tr("10×"), tr("100×"), tr("As fast as possible")};
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Replay speed"), tr("Replay %1 at:").arg(QFileInfo(path).fileName()), speeds, 0, false, &ok);
    if (!ok)
        return;
    const double speed = std::array{1.0, 10.0, 100.0, 0.0}[static_cast<std::size_t>(speeds.indexOf(choice))];
    QString error;
    if (!core_.marketData().openRecording(path, speed, &error))
        QMessageBox::warning(this, tr("Open market-data recording"), error);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyPreset(Role role)
{
    role_ = role;
    std::map<Qt::DockWidgetArea, std::vector<std::pair<int, QDockWidget*>>> byArea;
    for (const PanelDescriptor& d : registry_.panels()) {
        QDockWidget* dock = docks_[d.id];
        const auto placement = d.presets.find(role);
        if (placement == d.presets.end()) {
            dock->hide();
            continue;
        }
        dock->setFloating(false);
        removeDockWidget(dock);
        byArea[placement->second.area].emplace_back(placement->second.tabOrder, dock);
    }
    QList<QDockWidget*> horizontal, vertical;
    QList<int> widths, heights;
    for (auto& [area, docks] : byArea) {
        std::sort(docks.begin(), docks.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        QDockWidget* first = docks.front().second;
        addDockWidget(area, first);
        first->show();
        for (std::size_t i = 1; i < docks.size(); ++i) {
            tabifyDockWidget(first, docks[i].second);
            docks[i].second->show();
        }
        first->raise();
        // Side areas share the width 3:2 and take two thirds of the height; the bottom area the rest.
        const bool side = area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
        if (side) {
            horizontal << first;
            widths << (area == Qt::LeftDockWidgetArea ? 3 : 2);
        }
        // One dock per row is enough for the vertical split (side row, bottom row).
        if (vertical.isEmpty() || !side) {
            vertical << first;
            heights << (side ? 2 : 1);
        }
    }
    // Sizes apply once the docks have been laid out, i.e. after the event loop has run once.
    QTimer::singleShot(0, this, [this, horizontal, widths, vertical, heights] {
        auto scaled = [](QList<int> parts, int total) {
            const int sum = std::accumulate(parts.begin(), parts.end(), 0);
            for (int& p : parts)
                p = total * p / std::max(1, sum);
            return parts;
        };
        if (horizontal.size() > 1)
            resizeDocks(horizontal, scaled(widths, width()), Qt::Horizontal);
        if (vertical.size() > 1)
            resizeDocks(vertical, scaled(heights, height()), Qt::Vertical);
    });

    const int index =
        static_cast<int>(std::find(std::begin(kAllRoles), std::end(kAllRoles), role) - std::begin(kAllRoles));
    roleBox_->setCurrentIndex(index);
    actions_[QStringLiteral("cmd.preset.") + roleId(role)]->setChecked(true);
    QSettings().setValue(QStringLiteral("window/role"), roleId(role));
    core_.audit().record(QStringLiteral("layout.preset"), roleId(role));
}

void MainWindow::saveLayout(const QString& name)
{
    QSettings s;
    s.setValue(layoutKey(name) + QStringLiteral("/state"), saveState(kStateVersion));
    s.setValue(layoutKey(name) + QStringLiteral("/role"), roleId(role_));
    core_.audit().record(QStringLiteral("layout.save"), name);
    rebuildLayoutMenus();
}

bool MainWindow::restoreLayout(const QString& name)
{
    QSettings s;
    const QByteArray state = s.value(layoutKey(name) + QStringLiteral("/state")).toByteArray();
    const bool ok = !state.isEmpty() && restoreState(state, kStateVersion);
    if (ok) {
        const QString role = s.value(layoutKey(name) + QStringLiteral("/role")).toString();
        for (Role r : kAllRoles)
            if (roleId(r) == role)
                role_ = r;
        roleBox_->setCurrentIndex(static_cast<int>(
            std::find(std::begin(kAllRoles), std::end(kAllRoles), role_) - std::begin(kAllRoles)));
    }
    core_.audit().record(QStringLiteral("layout.restore"), name,
                         ok ? QStringLiteral("ok") : QStringLiteral("failed"));
    return ok;
}

void MainWindow::deleteLayout(const QString& name)
{
    QSettings().remove(layoutKey(name));
    core_.audit().record(QStringLiteral("layout.delete"), name);
    rebuildLayoutMenus();
}

QStringList MainWindow::layoutNames()
{
    QSettings s;
    s.beginGroup(QStringLiteral("layouts/custom"));
    return s.childGroups();
}

void MainWindow::rebuildLayoutMenus()
{
    loadLayoutMenu_->clear();
    deleteLayoutMenu_->clear();
    const QStringList names = layoutNames();
    for (const QString& name : names) {
        loadLayoutMenu_->addAction(name, this, [this, name] { restoreLayout(name); });
        deleteLayoutMenu_->addAction(name, this, [this, name] {
            if (QMessageBox::question(this, tr("Delete layout"), tr("Delete the layout \"%1\"?").arg(name)) ==
                QMessageBox::Yes)
                deleteLayout(name);
        });
    }
    loadLayoutMenu_->setEnabled(!names.isEmpty());
    deleteLayoutMenu_->setEnabled(!names.isEmpty());
}

void MainWindow::promptSaveLayout()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save layout"), tr("Name of the layout:"),
                                               QLineEdit::Normal, roleTitle(role_), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        QMessageBox::warning(this, tr("Save layout"), tr("A layout name cannot contain / or \\."));
        return;
    }
    if (layoutNames().contains(name) &&
        QMessageBox::question(this, tr("Save layout"), tr("Replace the layout \"%1\"?").arg(name)) !=
            QMessageBox::Yes)
        return;
    saveLayout(name);
    statusBar()->showMessage(tr("Layout \"%1\" saved").arg(name), 5000);
}

void MainWindow::restoreSession(std::optional<Role> forcedRole)
{
    QSettings s;
    const QString role = s.value(QStringLiteral("window/role"), roleId(Role::Trader)).toString();
    for (Role r : kAllRoles)
        if (roleId(r) == role)
            role_ = r;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    const QByteArray state = s.value(QStringLiteral("window/state")).toByteArray();
    if (forcedRole)
        applyPreset(*forcedRole);
    else if (state.isEmpty() || !restoreState(state, kStateVersion))
        applyPreset(role_);
    roleBox_->setCurrentIndex(static_cast<int>(std::find(std::begin(kAllRoles), std::end(kAllRoles), role_) -
                                               std::begin(kAllRoles)));
    actions_[QStringLiteral("cmd.preset.") + roleId(role_)]->setChecked(true);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState(kStateVersion));
    QMainWindow::closeEvent(event);
}

void MainWindow::showQuickSearch()
{
    quickSearch_->open();
}

void MainWindow::activateHit(const search::Hit& hit)
{
    switch (hit.kind) {
    case search::Hit::Kind::Security: {
        const QStringList parts = hit.key.split(QLatin1Char('.'));
        if (QDockWidget* d = dock(QStringLiteral("panel.securities"))) {
            d->show();
            d->raise();
        }
        core_.selection().setSecurity(activeGroup_, {parts.value(0), parts.value(1)});
        break;
    }
    case search::Hit::Kind::Fund:
        core_.selection().setFund(activeGroup_, hit.key);
        break;
    case search::Hit::Kind::Client:
        core_.selection().setClient(activeGroup_, hit.key);
        break;
    case search::Hit::Kind::Command:
        if (const auto it = actions_.find(hit.key); it != actions_.end()) {
            if (it->second->isCheckable() && hit.key.startsWith(QLatin1String("cmd.show."))) {
                QDockWidget* d = dock(hit.key.mid(9));
                d->show();
                d->raise();
            } else {
                it->second->trigger();
            }
        }
        break;
    }
}

void MainWindow::onFocusChanged(QWidget*, QWidget* now)
{
    for (QWidget* w = now; w; w = w->parentWidget())
        if (auto* p = qobject_cast<Panel*>(w)) {
            if (p->linkGroup() != selection::LinkGroup::None)
                activeGroup_ = p->linkGroup();
            return;
        }
}

void MainWindow::openSettings()
{
    const QString effectiveDir = QFileInfo(core_.databasePath()).absolutePath();
    const SettingsDialog::Values before = SettingsDialog::load(effectiveDir);
    SettingsDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SettingsDialog::Values after = dialog.values();
    const QString changes = SettingsDialog::describeChanges(before, after);
    if (changes.isEmpty())
        return;
    SettingsDialog::save(after);
    if (after.theme != before.theme)
        appearance::applyTheme(after.theme);
    if (after.fontSize != before.fontSize)
        appearance::applyFontSize(after.fontSize);
    if (after.language != before.language)
        appearance::applyLanguage(after.language);
    core_.audit().record(QStringLiteral("settings.change"), QStringLiteral("ui"), QStringLiteral("ok"),
                         changes);
    if (after.marketData != before.marketData) {
        // The connectors connect on their I/O threads: this returns at once.
        QString error;
        if (!core_.marketData().apply(after.marketData, &error)) {
            qWarning("market data: %s", qPrintable(error));
            QMessageBox::warning(this, tr("Market data"), error);
        }
    }
    if (after.dataDir != before.dataDir)
        QMessageBox::information(this, tr("Settings"),
                                 tr("The new data directory is used from the next start."));
}

void MainWindow::openAbout()
{
    AboutDialog dialog(core_.databasePath(), core_.hasDemoData(), this);
    dialog.exec();
}

} // namespace ws::widgets
