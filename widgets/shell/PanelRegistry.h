#pragma once

#include <QKeySequence>
#include <QString>

#include <functional>
#include <map>
#include <vector>

class QWidget;

namespace ws::core {
class AppCore;
}

namespace ws::widgets {

class Panel;

// The role presets the workstation ships. Each names the panels a person in that role starts with.
enum class Role { Trader, RiskOfficer, Advisor, Compliance, OfflineAnalyst };
inline constexpr Role kAllRoles[] = {Role::Trader, Role::RiskOfficer, Role::Advisor, Role::Compliance,
                                     Role::OfflineAnalyst};
QString roleId(Role r);    // stable, for settings: "trader"...
QString roleTitle(Role r); // translated

// Where a panel sits in a role's preset: its dock area and its tab position in that area.
struct Placement
{
    Qt::DockWidgetArea area = Qt::LeftDockWidgetArea;
    int tabOrder = 0;
};

struct PanelDescriptor
{
    QString id;                     // the dock's objectName: stable, saved in layouts
    std::function<QString()> title; // translated
    std::function<Panel*(core::AppCore&)> create;
    std::map<Role, Placement> presets; // absent role = hidden in that preset
    QKeySequence shortcut;             // shows/raises the panel
};

// The one place panels are registered: registerBuiltinPanels() lists them, later issues add a
// line there; the main window builds its docks, View menu, presets and quick-search commands from it.
class PanelRegistry
{
public:
    void add(PanelDescriptor d) { panels_.push_back(std::move(d)); }
    const std::vector<PanelDescriptor>& panels() const { return panels_; }
    const PanelDescriptor* find(const QString& id) const;

private:
    std::vector<PanelDescriptor> panels_;
};

void registerBuiltinPanels(PanelRegistry& registry);

} // namespace ws::widgets
