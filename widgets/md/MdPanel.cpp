#include "md/MdPanel.h"

#include "core/AppCore.h"
#include "md/MarketDataHub.h"
#include "md/MdFormat.h"

namespace ws::widgets {

MdPanel::MdPanel(core::AppCore& core, QWidget* parent, bool followsSelection)
    : Panel(core, parent), followsSelection_(followsSelection),
      names_(mdfmt::securityNames(core.readDatabase()))
{
    connect(&hub(), &md::MarketDataHub::updated, this, &MdPanel::onUpdated);
    connect(&core, &core::AppCore::demoDataReady, this,
            [this] { names_ = mdfmt::securityNames(this->core().readDatabase()); });
    if (!followsSelection_)
        return;
    connect(&core.selection(), &selection::SelectionHub::securityChanged, this,
            [this](int group, const QString& code) { follow(group, code); });
    connect(this, &Panel::linkGroupChanged, this, [this](int group) {
        follow(group, this->core().selection().security(static_cast<selection::LinkGroup>(group)).code);
    });
    code_ = core.selection().security(linkGroup()).code;
    if (!code_.isEmpty())
        hub().setFocus(code_);
}

md::MarketDataHub& MdPanel::hub() const
{
    return core().marketData();
}

void MdPanel::follow(int group, const QString& code)
{
    if (group != static_cast<int>(linkGroup()) || linkGroup() == selection::LinkGroup::None)
        return;
    setCode(code);
}

void MdPanel::setCode(const QString& code)
{
    if (code.isEmpty() || code == code_)
        return;
    code_ = code;
    hub().setFocus(code);
    onCodeChanged();
}

QString MdPanel::securityTitle(const QString& code) const
{
    const QString name = securityName(code);
    return name.isEmpty() ? code : code + QLatin1Char(' ') + name;
}

const md::FocusView* MdPanel::focusOf(const md::MarketSnapshot& snapshot) const
{
    if (!snapshot.focus)
        return nullptr;
    if (!code_.isEmpty() && snapshot.focus->security != md::securityKey(code_.toStdString()))
        return nullptr;
    return &*snapshot.focus;
}

void MdPanel::onUpdated()
{
    if (!isVisible() && !updatesWhileHidden()) {
        stale_ = true;
        return;
    }
    refreshNow();
}

void MdPanel::refreshNow()
{
    stale_ = false;
    if (const md::MarketSnapshotPtr s = hub().snapshot())
        onSnapshot(*s);
}

void MdPanel::showEvent(QShowEvent* event)
{
    Panel::showEvent(event);
    // Another link group may have moved the hub's focus meanwhile.
    if (!code_.isEmpty() && hub().focus() != code_)
        hub().setFocus(code_);
    if (stale_)
        refreshNow();
}

} // namespace ws::widgets
