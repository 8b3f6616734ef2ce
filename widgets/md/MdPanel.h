#pragma once

#include "md/MarketSnapshot.h"
#include "shell/Panel.h"

#include <QColor>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QStaticText>
#include <QStyledItemDelegate>

#include <functional>

class QCustomPlot;
class QLabel;
class QTimer;

namespace ws::md {
class MarketDataHub;
}

namespace ws::widgets {

// Base of the Level-2 panels: reads the hub's coalesced snapshot on each updated() (at most
// 30 Hz, never per message) and follows the link group's current security, which it holds as
// one of the hub's focused securities (panels of other link groups hold theirs). A panel that cannot be seen
// (hidden, or in a dock tab behind another: Qt keeps those "visible", moved off the window) skips the
// snapshots and catches up when it comes into view, unless it keeps a history of its own
// (updatesWhileHidden()), in which case it gets the snapshots and is expected to do only the bookkeeping
// while isShown() is false.
class MdPanel : public Panel
{
    Q_OBJECT
public:
    MdPanel(core::AppCore& core, QWidget* parent, bool followsSelection = true);
    ~MdPanel() override;

    // The security this panel follows (empty: the hub's most recently focused one).
    QString code() const { return code_; }
    // Reads the hub's latest snapshot now (the hub calls it through updated()).
    void refreshNow();
    // Whether any of the panel is on screen: visible, and not clipped away by its parents (a
    // dock tab behind the current one).
    bool isShown() const;

protected:
    md::MarketDataHub& hub() const;
    virtual void onSnapshot(const md::MarketSnapshot& snapshot) = 0;
    virtual bool updatesWhileHidden() const { return false; }
    // The panel came into view after snapshots arrived while it could not be seen (only for
    // panels that update while hidden; the others simply get the latest snapshot).
    virtual void onShownAgain() {}
    // The security followed changed: forget what was shown of the previous one.
    virtual void onCodeChanged() {}
    // The snapshot's focus view when it is this panel's security (or the panel follows none).
    const md::FocusView* focusOf(const md::MarketSnapshot& snapshot) const;
    // The name from the securities cache, empty when the cache does not list the code.
    QString securityName(const QString& code) const { return securityNames().value(code); }
    // The securities cache's names by code, read once per core for all the panels (and again
    // after the demo data arrived), not once per panel.
    const QHash<QString, QString>& securityNames() const;
    // "000001 平安银行" or just the code.
    QString securityTitle(const QString& code) const;
    void setCode(const QString& code);
    void showEvent(QShowEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onUpdated();
    void follow(int group, const QString& code);
    // Queues a look at whether the panel came into view (after a paint, move or show).
    void queueShownCheck();
    void checkShown();

    QString code_;
    bool followsSelection_;
    bool stale_ = true;           // snapshots were skipped while the panel could not be seen
    bool missedWhileOut_ = false; // ... or were taken in without showing them
    bool checkQueued_ = false;
    QPointer<QWidget> watchedParent_;
    md::SecurityKey codeKey_ = 0;
};

// A one-line (or word-wrapped) text that changes many times a second: unlike QLabel, whose
// every setText() re-lays out the panel, its dock and the main window, it only repaints, and asks
// for a new layout when the text no longer fits the size it asked for (which only grows).
class LiveLabel : public QWidget
{
    Q_OBJECT
public:
    explicit LiveLabel(QWidget* parent = nullptr);

    QString text() const { return text_; }
    void setText(const QString& text);
    void clear() { setText(QString()); }
    // Invalid: the palette's window text.
    void setColor(const QColor& color);
    QColor color() const { return color_; }
    void setAlignment(Qt::Alignment alignment);
    void setWordWrap(bool on);
    // A rounded background behind the text (the contents margins are its padding).
    void setBackground(const QColor& color, int radius);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return wrap_; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    int textWidth() const;
    QString text_;
    QColor color_;
    Qt::Alignment alignment_ = Qt::AlignLeft | Qt::AlignVCenter;
    bool wrap_ = false;
    QColor background_;
    int radius_ = 0;
    int hintWidth_ = 0;  // widest text so far (one line)
    int wrapHeight_ = 0; // height of the wrapped text at the current width when last laid out
};

// Runs an action at most every `intervalMs`, a little late rather than often (a chart's replot,
// a heat map's rendering): request() when market data changed, now() for a user's action.
class Throttle : public QObject
{
    Q_OBJECT
public:
    Throttle(QObject* parent, int intervalMs, std::function<void()> action);
    void request();
    // On the next event-loop turn, whatever the interval.
    void now();
    bool pending() const;

private:
    void run();
    std::function<void()> action_;
    QTimer* timer_;
    QElapsedTimer since_;
    int intervalMs_;
};

// A throttle replotting a chart; the chart then paints with the window's next repaint instead
// of repainting the window's whole dirty region right away (QCustomPlot's default).
Throttle* replotThrottle(QCustomPlot* plot, int intervalMs);

// Paints the plain-text cells of the market-data tables (many repainted many times a second)
// for a fraction of what QStyledItemDelegate and the style spend: the texts are shaped once and
// kept as QStaticText, the background, selection, alternate rows, foreground, font and alignment
// come from the model and the option as the style would draw them. Cells with an icon or a
// check box, or too narrow for their text, go to QStyledItemDelegate.
class TextCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    struct Cache
    {
        QFont font;
        QHash<QString, QStaticText> texts;
    };
    const QStaticText& shaped(const QString& text, const QFont& font) const;
    mutable std::vector<Cache> caches_;
};

// A QLabel's text, set only when it differs (a same-text setText still re-lays out in some
// Qt versions).
void setLabelText(QLabel* label, const QString& text);

} // namespace ws::widgets
