#pragma once

#include "md/MarketSnapshot.h"
#include "shell/Panel.h"

#include <QHash>

namespace ws::md {
class MarketDataHub;
}

namespace ws::widgets {

// Base of the Level-2 panels: reads the hub's coalesced snapshot on each updated() (at most
// 30 Hz, never per message) and follows the link group's current security, which it makes the
// hub's focus. A hidden panel skips the snapshots and catches up when shown, unless it keeps a
// history of its own (updatesWhileHidden()).
class MdPanel : public Panel
{
    Q_OBJECT
public:
    MdPanel(core::AppCore& core, QWidget* parent, bool followsSelection = true);

    // The security this panel follows (empty: whatever the hub's focus is).
    QString code() const { return code_; }
    // Reads the hub's latest snapshot now (the hub calls it through updated()).
    void refreshNow();

protected:
    md::MarketDataHub& hub() const;
    virtual void onSnapshot(const md::MarketSnapshot& snapshot) = 0;
    virtual bool updatesWhileHidden() const { return false; }
    // The security followed changed: forget what was shown of the previous one.
    virtual void onCodeChanged() {}
    // The snapshot's focus view when it is this panel's security (or the panel follows none).
    const md::FocusView* focusOf(const md::MarketSnapshot& snapshot) const;
    // The name from the securities cache, empty when the cache does not list the code.
    QString securityName(const QString& code) const { return names_.value(code); }
    // "000001 平安银行" or just the code.
    QString securityTitle(const QString& code) const;
    void setCode(const QString& code);
    void showEvent(QShowEvent* event) override;

private:
    void onUpdated();
    void follow(int group, const QString& code);

    QString code_;
    bool followsSelection_;
    bool stale_ = true;
    QHash<QString, QString> names_;
};

} // namespace ws::widgets
