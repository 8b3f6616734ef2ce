#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <array>

namespace ws::selection {

// Link groups by colour, as trading terminals have them: panels in the same colour follow one
// current security / fund / client; a panel in group None follows nothing and drives nothing.
enum class LinkGroup { None = 0, Red, Green, Blue, Yellow };
inline constexpr int kLinkGroupCount = 5;

struct SecurityRef
{
    QString code;
    QString exchange;
    bool operator==(const SecurityRef&) const = default;
};

class SelectionHub : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void setSecurity(LinkGroup group, const SecurityRef& security);
    void setFund(LinkGroup group, const QString& fundCode);
    void setClient(LinkGroup group, const QString& clientId);
    // A pool of funds handed from one panel to another (the screener's "Send to FOF builder").
    void chooseFundPool(const QStringList& fundCodes) { Q_EMIT fundPoolChosen(fundCodes); }
    SecurityRef security(LinkGroup group) const;
    QString fund(LinkGroup group) const;
    QString client(LinkGroup group) const;

    static QString groupName(LinkGroup group);
    static QString groupColor(LinkGroup group); // "#rrggbb"

Q_SIGNALS:
    void securityChanged(int group, const QString& code, const QString& exchange);
    void fundChanged(int group, const QString& fundCode);
    void clientChanged(int group, const QString& clientId);
    void fundPoolChosen(const QStringList& fundCodes);

private:
    struct Current
    {
        SecurityRef security;
        QString fund;
        QString client;
    };
    std::array<Current, kLinkGroupCount> current_{};
};

} // namespace ws::selection
