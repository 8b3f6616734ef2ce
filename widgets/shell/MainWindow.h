#pragma once

#include "search/QuickSearch.h"
#include "selection/SelectionHub.h"
#include "shell/PanelRegistry.h"

#include <QMainWindow>
#include <optional>

#include <map>

class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;

namespace ws::core {
class AppCore;
}

namespace ws::widgets {

class ConnectorStatusWidget;
class Panel;
class QuickSearchDialog;

// The workstation's window: every panel is a dock (closable, floatable, tabbable, saved by
// object name), arranged by role presets or by the user's own named layouts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr int kStateVersion = 1;

    MainWindow(core::AppCore& core, const PanelRegistry& registry, QWidget* parent = nullptr);
    ~MainWindow() override;

    QDockWidget* dock(const QString& panelId) const;
    Panel* panel(const QString& panelId) const;
    Role currentRole() const { return role_; }
    void applyPreset(Role role);
    // The user's named layouts (QSettings "layouts/<name>").
    void saveLayout(const QString& name);
    bool restoreLayout(const QString& name);
    void deleteLayout(const QString& name);
    static QStringList layoutNames();
    // Restores geometry, docks and role from the last session; a forced role (command line) starts
    // from that role's preset instead of the saved arrangement.
    void restoreSession(std::optional<Role> forcedRole = std::nullopt);

    QuickSearchDialog* quickSearch() const { return quickSearch_; }
    void showQuickSearch();
    // The settings dialog (modal); accepted changes are stored, applied and audited.
    void openSettings();
    void activateHit(const search::Hit& hit);
    ConnectorStatusWidget* statusWidget() const { return status_; }
    // The link group that Ctrl+K and other global selections drive: the group of the panel that
    // last had focus.
    selection::LinkGroup activeGroup() const { return activeGroup_; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createDocks();
    void createActions();
    void registerCommands();
    void retranslate();
    void rebuildLayoutMenus();
    void openRecording();
    void openAbout();
    void promptSaveLayout();
    void onFocusChanged(QWidget* old, QWidget* now);

    core::AppCore& core_;
    const PanelRegistry& registry_;
    std::map<QString, QDockWidget*> docks_;
    std::map<QString, Panel*> panels_;
    Role role_ = Role::Trader;
    selection::LinkGroup activeGroup_ = selection::LinkGroup::Red;

    QMenu* fileMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* panelsMenu_ = nullptr;
    QMenu* layoutMenu_ = nullptr;
    QMenu* loadLayoutMenu_ = nullptr;
    QMenu* deleteLayoutMenu_ = nullptr;
    QMenu* toolsMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QToolBar* toolbar_ = nullptr;
    QComboBox* roleBox_ = nullptr;
    QLabel* roleLabel_ = nullptr;
    QActionGroup* roleActions_ = nullptr;
    std::map<QString, QAction*> actions_; // command id -> action, also for quick search
    QuickSearchDialog* quickSearch_ = nullptr;
    ConnectorStatusWidget* status_ = nullptr;
    QLabel* selectionLabel_ = nullptr;
};

} // namespace ws::widgets
