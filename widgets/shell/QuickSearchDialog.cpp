#include "shell/QuickSearchDialog.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ws::widgets {

QString hitKindName(search::Hit::Kind kind)
{
    switch (kind) {
    case search::Hit::Kind::Security:
        return QuickSearchDialog::tr("Security");
    case search::Hit::Kind::Fund:
        return QuickSearchDialog::tr("Fund");
    case search::Hit::Kind::Client:
        return QuickSearchDialog::tr("Client");
    case search::Hit::Kind::Command:
        return QuickSearchDialog::tr("Command");
    }
    return {};
}

QuickSearchDialog::QuickSearchDialog(const search::QuickSearch& search, QWidget* parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint), search_(search), edit_(new QLineEdit(this)),
      list_(new QListWidget(this)), hint_(new QLabel(this)), delay_(new QTimer(this))
{
    setObjectName(QStringLiteral("quickSearch"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(edit_);
    layout->addWidget(list_);
    layout->addWidget(hint_);
    edit_->setClearButtonEnabled(true);
    edit_->installEventFilter(this);
    hint_->setEnabled(false);
    delay_->setSingleShot(true);
    delay_->setInterval(60);
    connect(delay_, &QTimer::timeout, this, &QuickSearchDialog::refresh);
    connect(edit_, &QLineEdit::textChanged, delay_, qOverload<>(&QTimer::start));
    connect(edit_, &QLineEdit::returnPressed, this, &QuickSearchDialog::activateCurrent);
    connect(list_, &QListWidget::itemActivated, this, &QuickSearchDialog::activateCurrent);
    retranslate();
}

void QuickSearchDialog::retranslate()
{
    edit_->setPlaceholderText(tr("Code, pinyin initials or name of a security, fund, client or command"));
    hint_->setText(tr("↑↓ choose · Enter open · Esc close"));
}

void QuickSearchDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void QuickSearchDialog::open(const QString& initialText)
{
    edit_->setText(initialText);
    refresh();
    if (parentWidget()) {
        const QRect r = parentWidget()->window()->geometry();
        resize(std::max(width(), r.width() / 3), 360);
        move(r.center().x() - width() / 2, r.top() + 80);
    }
    show();
    raise();
    activateWindow();
    edit_->setFocus();
    edit_->selectAll();
}

void QuickSearchDialog::refresh()
{
    hits_ = search_.find(edit_->text());
    list_->clear();
    for (const search::Hit& h : hits_)
        list_->addItem(QStringLiteral("%1  ·  %2    %3").arg(hitKindName(h.kind), h.title, h.subtitle));
    if (!hits_.isEmpty())
        list_->setCurrentRow(0);
}

void QuickSearchDialog::activateCurrent()
{
    delay_->stop();
    if (hits_.isEmpty() || list_->currentRow() < 0)
        refresh();
    const int row = list_->currentRow();
    if (row < 0 || row >= hits_.size())
        return;
    const search::Hit hit = hits_[row];
    hide();
    Q_EMIT hitActivated(hit);
}

bool QuickSearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Arrow keys in the text box move through the list, as in every command palette.
    if (watched == edit_ && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            list_->setCurrentRow(std::clamp(list_->currentRow() + step, 0, std::max(0, list_->count() - 1)));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ws::widgets
