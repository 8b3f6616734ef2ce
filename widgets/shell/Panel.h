#pragma once

#include "selection/SelectionHub.h"

#include <QWidget>

class QTableView;
class QToolButton;

namespace ws::core {
class AppCore;
}

namespace ws::widgets {

// Base of every dockable panel: knows the shared services, belongs to a colour link group, and
// re-translates itself when the language changes.
class Panel : public QWidget
{
    Q_OBJECT
public:
    Panel(core::AppCore& core, QWidget* parent = nullptr);

    selection::LinkGroup linkGroup() const { return linkGroup_; }
    void setLinkGroup(selection::LinkGroup group);
    // A tool button showing the panel's link colour with a menu to change it.
    QToolButton* createLinkButton();
    // Sizes the view's columns to the first rows that arrive, then leaves them to the user.
    static void fitColumnsToFirstRows(QTableView* view);

Q_SIGNALS:
    void linkGroupChanged(int group);

protected:
    core::AppCore& core() const { return core_; }
    // Sets every user-visible text; each panel calls it at the end of its constructor, and the
    // base calls it again on each language change.
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;

private:
    void updateLinkButton();
    core::AppCore& core_;
    selection::LinkGroup linkGroup_ = selection::LinkGroup::Red;
    QToolButton* linkButton_ = nullptr;
};

} // namespace ws::widgets
