#include "shell/PanelRegistry.h"

#include "alerts/AlertPanel.h"
#include "audit/AuditPanel.h"
#include "documents/DocumentComparePanel.h"
#include "funds/FofBuilderPanel.h"
#include "funds/FundDetailPanel.h"
#include "funds/FundManagerPanel.h"
#include "funds/FundScreenerPanel.h"
#include "log/LogPanel.h"
#include "md/ChartPanel.h"
#include "md/DepthPanel.h"
#include "md/FeedHealthPanel.h"
#include "md/HeatmapPanel.h"
#include "md/LargeOrderPanel.h"
#include "md/TicksPanel.h"
#include "md/WatchlistPanel.h"
#include "securities/SecuritiesPanel.h"

#include <QCoreApplication>

namespace ws::widgets {

QString roleId(Role r)
{
    switch (r) {
    case Role::Trader:
        return QStringLiteral("trader");
    case Role::RiskOfficer:
        return QStringLiteral("risk");
    case Role::Advisor:
        return QStringLiteral("advisor");
    case Role::Compliance:
        return QStringLiteral("compliance");
    case Role::OfflineAnalyst:
        return QStringLiteral("analyst");
    }
    return {};
}

QString roleTitle(Role r)
{
    switch (r) {
    case Role::Trader:
        return QCoreApplication::translate("ws::widgets::Role", "Trader");
    case Role::RiskOfficer:
        return QCoreApplication::translate("ws::widgets::Role", "Risk officer");
    case Role::Advisor:
        return QCoreApplication::translate("ws::widgets::Role", "Advisor");
    case Role::Compliance:
        return QCoreApplication::translate("ws::widgets::Role", "Compliance reviewer");
    case Role::OfflineAnalyst:
        return QCoreApplication::translate("ws::widgets::Role", "Offline analyst");
    }
    return {};
}

const PanelDescriptor* PanelRegistry::find(const QString& id) const
{
    for (const PanelDescriptor& d : panels_)
        if (d.id == id)
            return &d;
    return nullptr;
}

void registerBuiltinPanels(PanelRegistry& registry)
{
    constexpr auto Left = Qt::LeftDockWidgetArea;
    constexpr auto Right = Qt::RightDockWidgetArea;
    constexpr auto Bottom = Qt::BottomDockWidgetArea;

    registry.add({QStringLiteral("panel.securities"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Securities master"); },
                  [](core::AppCore& core) -> Panel* { return new SecuritiesPanel(core); },
                  {{Role::Trader, {Left, 0}},
                   {Role::RiskOfficer, {Left, 0}},
                   {Role::Advisor, {Left, 0}},
                   {Role::OfflineAnalyst, {Left, 0}}},
                  QKeySequence(Qt::ALT | Qt::Key_1)});
    registry.add({QStringLiteral("panel.alerts"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Alert centre"); },
                  [](core::AppCore& core) -> Panel* { return new AlertPanel(core); },
                  {{Role::Trader, {Bottom, 0}},
                   {Role::RiskOfficer, {Right, 0}},
                   {Role::Advisor, {Bottom, 0}},
                   {Role::Compliance, {Left, 1}}},
                  QKeySequence(Qt::ALT | Qt::Key_2)});
    registry.add({QStringLiteral("panel.log"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Log"); },
                  [](core::AppCore& core) -> Panel* { return new LogPanel(core); },
                  {{Role::Trader, {Bottom, 1}},
                   {Role::RiskOfficer, {Bottom, 0}},
                   {Role::Compliance, {Bottom, 0}},
                   {Role::OfflineAnalyst, {Bottom, 0}}},
                  QKeySequence(Qt::ALT | Qt::Key_3)});
    registry.add({QStringLiteral("panel.audit"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Audit trail"); },
                  [](core::AppCore& core) -> Panel* { return new AuditPanel(core); },
                  {{Role::Compliance, {Left, 0}}, {Role::RiskOfficer, {Bottom, 1}}},
                  QKeySequence(Qt::ALT | Qt::Key_4)});

    // Level-2 market data. The trader watches quotes (left), depth and ticks (right) and the
    // chart (bottom); the offline analyst studies a replayed day on the chart, heatmap and ticks.
    // Negative tab orders put a panel in front of the ones already in that area.
    registry.add({QStringLiteral("panel.md.watchlist"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Watchlist"); },
                  [](core::AppCore& core) -> Panel* { return new WatchlistPanel(core); },
                  {{Role::Trader, {Left, -1}}, {Role::OfflineAnalyst, {Left, -1}}},
                  QKeySequence(Qt::ALT | Qt::Key_5)});
    registry.add({QStringLiteral("panel.md.depth"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Depth"); },
                  [](core::AppCore& core) -> Panel* { return new DepthPanel(core); },
                  {{Role::Trader, {Right, 0}}, {Role::OfflineAnalyst, {Right, 3}}},
                  QKeySequence(Qt::ALT | Qt::Key_6)});
    registry.add({QStringLiteral("panel.md.ticks"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Tick by tick"); },
                  [](core::AppCore& core) -> Panel* { return new TicksPanel(core); },
                  {{Role::Trader, {Right, 1}}, {Role::OfflineAnalyst, {Bottom, -2}}},
                  QKeySequence(Qt::ALT | Qt::Key_7)});
    registry.add({QStringLiteral("panel.md.chart"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Chart"); },
                  [](core::AppCore& core) -> Panel* { return new ChartPanel(core); },
                  {{Role::Trader, {Bottom, -3}}, {Role::OfflineAnalyst, {Right, 0}}},
                  QKeySequence(Qt::ALT | Qt::Key_8)});
    registry.add({QStringLiteral("panel.md.heatmap"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Order-book heatmap"); },
                  [](core::AppCore& core) -> Panel* { return new HeatmapPanel(core); },
                  {{Role::Trader, {Bottom, -2}}, {Role::OfflineAnalyst, {Right, 1}}},
                  QKeySequence()});
    registry.add({QStringLiteral("panel.md.large"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Large orders"); },
                  [](core::AppCore& core) -> Panel* { return new LargeOrderPanel(core); },
                  {{Role::Trader, {Right, 2}}, {Role::OfflineAnalyst, {Right, 2}}},
                  QKeySequence(Qt::ALT | Qt::Key_9)});
    registry.add({QStringLiteral("panel.md.feed"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Feed health"); },
                  [](core::AppCore& core) -> Panel* { return new FeedHealthPanel(core); },
                  {{Role::Trader, {Bottom, -1}}, {Role::OfflineAnalyst, {Bottom, -1}}},
                  QKeySequence(Qt::ALT | Qt::Key_0)});

    // Fund evaluation: the advisor's and the analyst's views of funds, managers and companies.
    registry.add({QStringLiteral("panel.funds.screener"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Fund screener"); },
                  [](core::AppCore& core) -> Panel* { return new FundScreenerPanel(core); },
                  {{Role::Advisor, {Left, -1}}, {Role::OfflineAnalyst, {Left, 2}}},
                  QKeySequence()});
    registry.add({QStringLiteral("panel.funds.detail"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Fund detail"); },
                  [](core::AppCore& core) -> Panel* { return new FundDetailPanel(core); },
                  {{Role::Advisor, {Right, 0}}, {Role::OfflineAnalyst, {Right, 4}}},
                  QKeySequence()});
    registry.add({QStringLiteral("panel.funds.fof"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "FOF builder"); },
                  [](core::AppCore& core) -> Panel* { return new FofBuilderPanel(core); },
                  {{Role::Advisor, {Right, 1}}},
                  QKeySequence()});
    registry.add({QStringLiteral("panel.funds.managers"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Managers and companies"); },
                  [](core::AppCore& core) -> Panel* { return new FundManagerPanel(core); },
                  {{Role::Advisor, {Bottom, -1}}, {Role::OfflineAnalyst, {Bottom, 3}}},
                  QKeySequence()});

    // Document comparison: the compliance reviewer's main work area; the analyst compares filings.
    // The compliance reviewer's main work: in front, across the whole width above the log, with the
    // audit trail and alerts one tab away.
    registry.add({QStringLiteral("panel.documents.compare"),
                  [] { return QCoreApplication::translate("ws::widgets::Panels", "Document comparison"); },
                  [](core::AppCore& core) -> Panel* { return new DocumentComparePanel(core); },
                  {{Role::Compliance, {Left, -1}}, {Role::OfflineAnalyst, {Right, 5}}},
                  QKeySequence()});
}

} // namespace ws::widgets
