#pragma once

#include "search/QuickSearch.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace ws::widgets {

// Ctrl+K: one box that finds securities, funds, clients and commands by code, pinyin initials or
// name. Enter (or a double click) activates the highlighted hit.
class QuickSearchDialog : public QDialog
{
    Q_OBJECT
public:
    QuickSearchDialog(const search::QuickSearch& search, QWidget* parent = nullptr);
    void open(const QString& initialText = {});
    QLineEdit* edit() const { return edit_; }
    QListWidget* list() const { return list_; }
    void refresh();

Q_SIGNALS:
    void hitActivated(const ws::search::Hit& hit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void activateCurrent();
    void retranslate();

    const search::QuickSearch& search_;
    QLineEdit* edit_;
    QListWidget* list_;
    QLabel* hint_;
    QTimer* delay_;
    QList<search::Hit> hits_;
};

QString hitKindName(search::Hit::Kind kind);

} // namespace ws::widgets
