#include "md/MdPanel.h"

#include "core/AppCore.h"
#include "md/MarketDataHub.h"
#include "md/MdFormat.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QTimer>

namespace ws::widgets {

namespace {

struct NameCache
{
    QHash<QString, QString> names;
    bool loaded = false;
};

QHash<const core::AppCore*, NameCache>& nameCaches()
{
    static QHash<const core::AppCore*, NameCache> caches;
    return caches;
}

} // namespace

MdPanel::MdPanel(core::AppCore& core, QWidget* parent, bool followsSelection)
    : Panel(core, parent), followsSelection_(followsSelection)
{
    if (!nameCaches().contains(&core)) {
        // One invalidation per core, connected before any panel's own reaction to the new data.
        nameCaches().insert(&core, {});
        connect(&core, &core::AppCore::demoDataReady, &core, [c = &core] { nameCaches()[c].loaded = false; });
        connect(&core, &QObject::destroyed, [c = &core] { nameCaches().remove(c); });
    }
    connect(&hub(), &md::MarketDataHub::updated, this, &MdPanel::onUpdated);
    if (!followsSelection_)
        return;
    connect(&core.selection(), &selection::SelectionHub::securityChanged, this,
            [this](int group, const QString& code) { follow(group, code); });
    connect(this, &Panel::linkGroupChanged, this, [this](int group) {
        follow(group, this->core().selection().security(static_cast<selection::LinkGroup>(group)).code);
    });
    code_ = core.selection().security(linkGroup()).code;
    codeKey_ = code_.isEmpty() ? 0 : md::securityKey(code_.toStdString());
    hub().holdFocus(code_);
}

MdPanel::~MdPanel()
{
    if (!code_.isEmpty())
        hub().releaseFocus(code_);
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
    // Hold the new one first, so a security followed by nothing else is not dropped in between.
    hub().holdFocus(code);
    if (!code_.isEmpty())
        hub().releaseFocus(code_);
    code_ = code;
    codeKey_ = md::securityKey(code.toStdString());
    onCodeChanged();
}

const QHash<QString, QString>& MdPanel::securityNames() const
{
    NameCache& cache = nameCaches()[&core()];
    if (!cache.loaded) {
        cache.names = mdfmt::securityNames(core().readDatabase());
        cache.loaded = true;
    }
    return cache.names;
}

QString MdPanel::securityTitle(const QString& code) const
{
    const QString name = securityName(code);
    return name.isEmpty() ? code : code + QLatin1Char(' ') + name;
}

const md::FocusView* MdPanel::focusOf(const md::MarketSnapshot& snapshot) const
{
    return code_.isEmpty() ? snapshot.primaryFocus() : snapshot.focusOf(codeKey_);
}

bool MdPanel::isShown() const
{
    if (!isVisible())
        return false;
    // A dock tab behind the current one is moved outside the main window: nothing of it is left
    // once clipped by its parents.
    QRect r = rect();
    const QWidget* w = this;
    while (!w->isWindow()) {
        r.translate(w->pos());
        w = w->parentWidget();
        if (!w)
            break;
        r &= w->rect();
        if (r.isEmpty())
            return false;
    }
    return !r.isEmpty();
}

void MdPanel::onUpdated()
{
    if (!isShown()) {
        if (updatesWhileHidden()) {
            missedWhileOut_ = true;
            refreshNow();
        } else {
            stale_ = true;
        }
        return;
    }
    if (missedWhileOut_) {
        missedWhileOut_ = false;
        onShownAgain();
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
    // Keep this panel's security among those the engine details, however many others are held.
    if (!code_.isEmpty())
        hub().raiseFocus(code_);
    if (stale_)
        refreshNow();
    queueShownCheck();
}

bool MdPanel::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::ParentChange:
        // The dock holding the panel moves it into view when its tab is chosen.
        if (watchedParent_)
            watchedParent_->removeEventFilter(this);
        watchedParent_ = parentWidget();
        if (watchedParent_)
            watchedParent_->installEventFilter(this);
        break;
    case QEvent::Paint:
    case QEvent::Move:
    case QEvent::Resize:
        queueShownCheck();
        break;
    default:
        break;
    }
    return Panel::event(event);
}

bool MdPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == watchedParent_ &&
        (event->type() == QEvent::Move || event->type() == QEvent::Resize || event->type() == QEvent::Show))
        queueShownCheck();
    return Panel::eventFilter(watched, event);
}

void MdPanel::queueShownCheck()
{
    if (checkQueued_ || (!stale_ && !missedWhileOut_))
        return;
    checkQueued_ = true;
    QTimer::singleShot(0, this, &MdPanel::checkShown);
}

void MdPanel::checkShown()
{
    checkQueued_ = false;
    if (!isShown())
        return;
    if (missedWhileOut_) {
        missedWhileOut_ = false;
        onShownAgain();
    }
    if (stale_)
        refreshNow();
}

// --- LiveLabel ---

LiveLabel::LiveLabel(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

int LiveLabel::textWidth() const
{
    return text_.isEmpty() ? 0 : fontMetrics().horizontalAdvance(text_) + 1;
}

void LiveLabel::setText(const QString& text)
{
    if (text == text_)
        return;
    text_ = text;
    if (wrap_) {
        const int h = heightForWidth(width());
        if (h != wrapHeight_) {
            wrapHeight_ = h;
            updateGeometry();
        }
    } else {
        const int w = textWidth();
        if (w > hintWidth_) {
            hintWidth_ = w;
            updateGeometry();
        }
    }
    update();
}

void LiveLabel::setColor(const QColor& color)
{
    if (color == color_)
        return;
    color_ = color;
    update();
}

void LiveLabel::setAlignment(Qt::Alignment alignment)
{
    if (alignment == alignment_)
        return;
    alignment_ = alignment;
    update();
}

void LiveLabel::setWordWrap(bool on)
{
    if (on == wrap_)
        return;
    wrap_ = on;
    QSizePolicy p = sizePolicy();
    p.setHeightForWidth(on);
    setSizePolicy(p);
    updateGeometry();
}

QSize LiveLabel::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const QMargins m = contentsMargins();
    if (wrap_) {
        const int w =
            std::min(fm.averageCharWidth() * 80, std::max(hintWidth_, textWidth())) + m.left() + m.right();
        return {w, heightForWidth(w)};
    }
    return {std::max(hintWidth_, textWidth()) + m.left() + m.right(), fm.height() + m.top() + m.bottom()};
}

QSize LiveLabel::minimumSizeHint() const
{
    if (wrap_) {
        const QMargins m = contentsMargins();
        return {fontMetrics().averageCharWidth() * 10 + m.left() + m.right(),
                fontMetrics().height() + m.top() + m.bottom()};
    }
    return sizeHint();
}

int LiveLabel::heightForWidth(int width) const
{
    const QFontMetrics fm = fontMetrics();
    const QMargins m = contentsMargins();
    if (!wrap_ || text_.isEmpty())
        return fm.height() + m.top() + m.bottom();
    const int inner = std::max(1, width - m.left() - m.right());
    return std::max(fm.height(),
                    fm.boundingRect(QRect(0, 0, inner, 100'000), Qt::TextWordWrap, text_).height()) +
           m.top() + m.bottom();
}

void LiveLabel::setBackground(const QColor& color, int radius)
{
    background_ = color;
    radius_ = radius;
    update();
}

void LiveLabel::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (background_.isValid()) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(background_);
        p.drawRoundedRect(QRectF(rect()), radius_, radius_);
    }
    if (text_.isEmpty())
        return;
    p.setPen(color_.isValid() ? color_ : palette().color(QPalette::WindowText));
    const int flags = static_cast<int>(alignment_) | (wrap_ ? Qt::TextWordWrap : Qt::TextSingleLine);
    p.drawText(contentsRect(), flags, text_);
}

void LiveLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        hintWidth_ = 0;
        wrapHeight_ = 0;
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void LiveLabel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Wrapped, the height the layout gave may no longer fit the text at the new width.
    if (wrap_ && heightForWidth(width()) != height()) {
        wrapHeight_ = heightForWidth(width());
        updateGeometry();
    }
}

// --- Throttle ---

Throttle::Throttle(QObject* parent, int intervalMs, std::function<void()> action)
    : QObject(parent), action_(std::move(action)), timer_(new QTimer(this)), intervalMs_(intervalMs)
{
    timer_->setSingleShot(true);
    connect(timer_, &QTimer::timeout, this, &Throttle::run);
}

void Throttle::request()
{
    if (timer_->isActive())
        return;
    const qint64 left = since_.isValid() ? intervalMs_ - since_.elapsed() : 0;
    timer_->start(static_cast<int>(std::max<qint64>(0, left)));
}

void Throttle::now()
{
    timer_->start(0);
}

bool Throttle::pending() const
{
    return timer_->isActive();
}

void Throttle::run()
{
    since_.start();
    action_();
}

Throttle* replotThrottle(QCustomPlot* plot, int intervalMs)
{
    plot->setPlottingHint(QCP::phImmediateRefresh, false);
    return new Throttle(plot, intervalMs, [plot] { plot->replot(QCustomPlot::rpRefreshHint); });
}

// --- TextCellDelegate ---

const QStaticText& TextCellDelegate::shaped(const QString& text, const QFont& font) const
{
    auto cache = std::find_if(caches_.begin(), caches_.end(), [&](const Cache& c) { return c.font == font; });
    if (cache == caches_.end()) {
        caches_.push_back({font, {}});
        cache = caches_.end() - 1;
    }
    auto it = cache->texts.find(text);
    if (it == cache->texts.end()) {
        // Prices, volumes and times repeat; what no longer shows is dropped now and then.
        if (cache->texts.size() > 4096)
            cache->texts.clear();
        QStaticText st(text);
        st.setTextFormat(Qt::PlainText);
        st.prepare(QTransform(), font);
        it = cache->texts.insert(text, st);
    }
    return *it;
}

void TextCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QModelRoleData data[] = {QModelRoleData(Qt::DisplayRole),       QModelRoleData(Qt::ForegroundRole),
                             QModelRoleData(Qt::BackgroundRole),    QModelRoleData(Qt::FontRole),
                             QModelRoleData(Qt::TextAlignmentRole), QModelRoleData(Qt::DecorationRole),
                             QModelRoleData(Qt::CheckStateRole)};
    index.multiData(data);
    if (data[5].data().isValid() || data[6].data().isValid() ||
        (data[0].data().isValid() && data[0].data().typeId() != QMetaType::QString)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = data[0].data().toString();
    const QFont font =
        data[3].data().isValid() ? qvariant_cast<QFont>(data[3].data()).resolve(option.font) : option.font;
    const QWidget* widget = option.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = option.rect.adjusted(margin, 0, -margin, 0);
    const QStaticText* st = text.isEmpty() ? nullptr : &shaped(text, font);
    if (st && st->size().width() > textRect.width()) {
        // Too narrow: elided as the style would, then shaped once like any other text.
        const QString elided = QFontMetrics(font).elidedText(text, option.textElideMode, textRect.width());
        st = elided.isEmpty() ? nullptr : &shaped(elided, font);
    }

    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Normal
                                                                               : QPalette::Inactive;
    const bool selected = option.state & QStyle::State_Selected;
    // What QStyle::PE_PanelItemViewRow and PE_PanelItemViewItem paint: the alternate row, the
    // selection or the item's own background.
    if (selected)
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));
    else if (data[2].data().isValid())
        painter->fillRect(option.rect, qvariant_cast<QBrush>(data[2].data()));
    else if (option.features & QStyleOptionViewItem::Alternate)
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::AlternateBase));
    if (st) {
        QColor pen = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        if (!selected && data[1].data().isValid())
            pen = qvariant_cast<QBrush>(data[1].data()).color();
        const Qt::Alignment align =
            data[4].data().isValid()
                ? QStyle::visualAlignment(option.direction, Qt::Alignment(data[4].data().toInt()))
                : QStyle::visualAlignment(option.direction, option.displayAlignment);
        const QSizeF size = st->size();
        qreal x = textRect.left();
        if (align & Qt::AlignRight)
            x = textRect.right() + 1 - size.width();
        else if (align & Qt::AlignHCenter)
            x = textRect.left() + (textRect.width() - size.width()) / 2;
        qreal y = textRect.top() + (textRect.height() - size.height()) / 2;
        if (align & Qt::AlignTop)
            y = textRect.top();
        else if (align & Qt::AlignBottom)
            y = textRect.bottom() + 1 - size.height();
        // The text fits the cell (or was elided to): no clipping needed.
        const QPen oldPen = painter->pen();
        const QFont oldFont = painter->font();
        painter->setPen(pen);
        painter->setFont(font);
        painter->drawStaticText(QPointF(x, y), *st);
        painter->setPen(oldPen);
        painter->setFont(oldFont);
    }
    if ((option.state & QStyle::State_HasFocus) && widget) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect;
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor =
            option.palette.color(group, selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

void setLabelText(QLabel* label, const QString& text)
{
    if (label->text() != text)
        label->setText(text);
}

} // namespace ws::widgets
