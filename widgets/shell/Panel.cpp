#include "shell/Panel.h"

#include <QEvent>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QTableView>
#include <QToolButton>

namespace ws::widgets {

using selection::LinkGroup;
using selection::SelectionHub;

Panel::Panel(core::AppCore& core, QWidget* parent) : QWidget(parent), core_(core) {}

void Panel::setLinkGroup(LinkGroup group)
{
    if (group == linkGroup_)
        return;
    linkGroup_ = group;
    updateLinkButton();
    Q_EMIT linkGroupChanged(static_cast<int>(group));
}

namespace {
QIcon dot(const QString& color)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(color));
    p.setPen(QColor(0, 0, 0, 90));
    p.drawEllipse(1, 1, 12, 12);
    return QIcon(pm);
}
} // namespace

QToolButton* Panel::createLinkButton()
{
    linkButton_ = new QToolButton(this);
    linkButton_->setPopupMode(QToolButton::InstantPopup);
    linkButton_->setObjectName(QStringLiteral("linkButton"));
    auto* menu = new QMenu(linkButton_);
    for (int g = 0; g < selection::kLinkGroupCount; ++g) {
        const auto group = static_cast<LinkGroup>(g);
        QAction* a = menu->addAction(dot(SelectionHub::groupColor(group)), SelectionHub::groupName(group));
        connect(a, &QAction::triggered, this, [this, group] { setLinkGroup(group); });
    }
    // Group names follow the language: rebuild texts when the menu opens.
    connect(menu, &QMenu::aboutToShow, menu, [menu] {
        const auto actions = menu->actions();
        for (int g = 0; g < actions.size(); ++g)
            actions[g]->setText(SelectionHub::groupName(static_cast<LinkGroup>(g)));
    });
    linkButton_->setMenu(menu);
    updateLinkButton();
    return linkButton_;
}

void Panel::fitColumnsToFirstRows(QTableView* view)
{
    auto fit = [view] {
        if (view->model()->rowCount() == 0 || view->property("ws_columnsFitted").toBool())
            return;
        view->setProperty("ws_columnsFitted", true);
        view->resizeColumnsToContents();
    };
    connect(view->model(), &QAbstractItemModel::rowsInserted, view, fit);
    connect(view->model(), &QAbstractItemModel::modelReset, view, fit);
    fit();
}

void Panel::updateLinkButton()
{
    if (!linkButton_)
        return;
    linkButton_->setIcon(dot(SelectionHub::groupColor(linkGroup_)));
    linkButton_->setToolTip(tr("Link group: %1. Panels in the same colour follow one selection.")
                                .arg(SelectionHub::groupName(linkGroup_)));
}

void Panel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateLinkButton();
    }
    QWidget::changeEvent(event);
}

} // namespace ws::widgets
