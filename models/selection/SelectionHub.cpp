#include "selection/SelectionHub.h"

namespace ws::selection {

namespace {
std::size_t slot(LinkGroup g)
{
    return static_cast<std::size_t>(g);
}
} // namespace

void SelectionHub::setSecurity(LinkGroup group, const SecurityRef& security)
{
    if (group == LinkGroup::None || current_[slot(group)].security == security)
        return;
    current_[slot(group)].security = security;
    Q_EMIT securityChanged(static_cast<int>(group), security.code, security.exchange);
}

void SelectionHub::setFund(LinkGroup group, const QString& fundCode)
{
    if (group == LinkGroup::None || current_[slot(group)].fund == fundCode)
        return;
    current_[slot(group)].fund = fundCode;
    Q_EMIT fundChanged(static_cast<int>(group), fundCode);
}

void SelectionHub::setClient(LinkGroup group, const QString& clientId)
{
    if (group == LinkGroup::None || current_[slot(group)].client == clientId)
        return;
    current_[slot(group)].client = clientId;
    Q_EMIT clientChanged(static_cast<int>(group), clientId);
}

SecurityRef SelectionHub::security(LinkGroup group) const
{
    return current_[slot(group)].security;
}
QString SelectionHub::fund(LinkGroup group) const
{
    return current_[slot(group)].fund;
}
QString SelectionHub::client(LinkGroup group) const
{
    return current_[slot(group)].client;
}

QString SelectionHub::groupName(LinkGroup group)
{
    switch (group) {
    case LinkGroup::None:
        return tr("Unlinked");
    case LinkGroup::Red:
        return tr("Red group");
    case LinkGroup::Green:
        return tr("Green group");
    case LinkGroup::Blue:
        return tr("Blue group");
    case LinkGroup::Yellow:
        return tr("Yellow group");
    }
    return {};
}

QString SelectionHub::groupColor(LinkGroup group)
{
    switch (group) {
    case LinkGroup::None:
        return QStringLiteral("#9e9e9e");
    case LinkGroup::Red:
        return QStringLiteral("#e53935");
    case LinkGroup::Green:
        return QStringLiteral("#43a047");
    case LinkGroup::Blue:
        return QStringLiteral("#1e88e5");
    case LinkGroup::Yellow:
        return QStringLiteral("#fdd835");
    }
    return {};
}

} // namespace ws::selection
