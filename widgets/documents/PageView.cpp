#include "documents/PageView.h"

#include "documents/Report.h"

#include <QAbstractScrollArea>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSet>
#include <QTextLayout>
#include <QThreadPool>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>

namespace ws::widgets {

namespace {

using documents::Change;
using documents::ChangeType;
using documents::Document;
using documents::Paragraph;
using documents::TextPos;
using documents::TextRange;

constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 4.0;
constexpr double kPageGap = 14; // pixels between pages and around them, whatever the zoom
constexpr double kTextMargin = 18;
constexpr double kMaxRenderDpi = 600;
constexpr qint64 kCacheBudgetBytes = 192LL * 1024 * 1024;
constexpr double kThumbPixels = 52; // a thumbnail's width in device-independent pixels
constexpr float kDefaultPageWidth = 595, kDefaultPageHeight = 842; // A4, for pages without a size

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

QString elided(const QString& text, int length = 80)
{
    QString flat = text.simplified();
    return flat.size() > length ? flat.left(length) + QChar(0x2026) : flat;
}

QString badgeText(const Change& change)
{
    return change.materialKinds.contains(QStringLiteral("amount")) ? QStringLiteral("¥")
                                                                   : QStringLiteral("!");
}

QString changeToolTip(const Change& change, int index, int count)
{
    QString tip = QStringLiteral("<b>%1</b> · %2")
                      .arg(documents::changeTypeLabel(change.type).toHtmlEscaped(),
                           ComparisonView::tr("change %1 of %2").arg(index + 1).arg(count).toHtmlEscaped());
    QStringList kinds;
    for (const QString& kind : change.materialKinds)
        kinds << documents::materialKindLabel(kind);
    if (change.material)
        tip += QStringLiteral("<br><b>%1</b>")
                   .arg(ComparisonView::tr("Material (%1)")
                            .arg(kinds.join(ComparisonView::tr(", ")))
                            .toHtmlEscaped());
    if (!change.aText.isEmpty())
        tip += QStringLiteral("<br>%1").arg(
            ComparisonView::tr("A: %1").arg(elided(change.aText)).toHtmlEscaped());
    if (!change.bText.isEmpty())
        tip += QStringLiteral("<br>%1").arg(
            ComparisonView::tr("B: %1").arg(elided(change.bText)).toHtmlEscaped());
    return tip;
}

// One highlight piece on a page: a run of characters of one line, in page points.
struct Mark
{
    int change = -1;
    QRectF rect;
    ChangeType type = ChangeType::Replace;
    bool material = false;
    bool caret = false; // where text went (insert on A) or was (delete on B)
    bool inner = false; // an inner edit of a move, drawn over the move's blue
    bool badge = false; // the first piece of a material change on this side
};

// The same in text mode: a UTF-16 range of one paragraph.
struct Span
{
    int change = -1;
    int start = 0, end = 0;
    ChangeType type = ChangeType::Replace;
    bool material = false;
    bool caret = false;
    bool inner = false;
    bool badge = false;
};

// State both columns read; owned by ComparisonView::Impl.
struct Shared
{
    std::vector<Change> changes;
    std::vector<bool> visible;
    int current = -1;
    double zoom = 1.0;
    ComparisonView::Mode mode = ComparisonView::Mode::Pages;
    bool zoneEditing = false;
    bool shown(int index) const
    {
        return index >= 0 && index < static_cast<int>(changes.size()) &&
               (index >= static_cast<int>(visible.size()) || visible[static_cast<std::size_t>(index)]);
    }
};

// Calls `onRun(page, rect)` for each run of consecutive character boxes of [from, to) of a paragraph
// that sit on one line of one page, so a highlight is a few rectangles rather than one per character.
template <typename OnRun> void forEachLineRun(const Paragraph& paragraph, int from, int to, OnRun&& onRun)
{
    const int count = static_cast<int>(paragraph.boxes.size());
    from = std::clamp(from, 0, count);
    to = std::clamp(to, from, count);
    int page = 0;
    QRectF run;
    for (int i = from; i < to; ++i) {
        const auto& box = paragraph.boxes[static_cast<std::size_t>(i)];
        if (box.page <= 0 || (box.x1 <= box.x0 && box.y1 <= box.y0))
            continue;
        const QRectF rect(QPointF(box.x0, box.y0), QPointF(box.x1, box.y1));
        const double overlap = std::min(run.bottom(), rect.bottom()) - std::max(run.top(), rect.top());
        const bool sameLine = page == box.page && !run.isNull() && rect.left() >= run.left() - 1 &&
                              overlap > 0.5 * std::min(run.height(), rect.height());
        if (sameLine) {
            run = run.united(rect);
            continue;
        }
        if (page > 0 && !run.isNull())
            onRun(page, run);
        page = box.page;
        run = rect;
    }
    if (page > 0 && !run.isNull())
        onRun(page, run);
}

// A thin marker where an empty range sits, from the box of the character at (or just before) it,
// looking into neighbouring paragraphs when this one has no boxes.
std::optional<std::pair<int, QRectF>> caretAt(const Document& doc, TextPos pos)
{
    const int count = static_cast<int>(doc.paragraphs.size());
    if (count == 0)
        return std::nullopt;
    const int start = std::clamp(pos.paragraph, 0, count - 1);
    auto fromBox = [](const documents::CharBox& box, bool after) -> std::optional<std::pair<int, QRectF>> {
        if (box.page <= 0)
            return std::nullopt;
        const double x = after ? box.x1 : box.x0;
        return std::pair{static_cast<int>(box.page),
                         QRectF(x - 1.0, box.y0, 2.0, std::max(4.0f, box.y1 - box.y0))};
    };
    const auto& own = doc.paragraphs[static_cast<std::size_t>(start)].boxes;
    if (!own.empty()) {
        const int offset = std::clamp(pos.offset, 0, static_cast<int>(own.size()));
        if (offset < static_cast<int>(own.size()))
            return fromBox(own[static_cast<std::size_t>(offset)], false);
        return fromBox(own.back(), true);
    }
    for (int p = start - 1; p >= std::max(0, start - 20); --p)
        if (const auto& boxes = doc.paragraphs[static_cast<std::size_t>(p)].boxes; !boxes.empty())
            return fromBox(boxes.back(), true);
    for (int p = start + 1; p < std::min(count, start + 20); ++p)
        if (const auto& boxes = doc.paragraphs[static_cast<std::size_t>(p)].boxes; !boxes.empty())
            return fromBox(boxes.front(), false);
    return std::nullopt;
}

QPointF caretTriangleTip(const QRectF& caret)
{
    return {caret.center().x(), caret.top()};
}

void drawCaret(QPainter& painter, const QRectF& rect, const QColor& colour)
{
    painter.fillRect(QRectF(rect.center().x() - 1.0, rect.top(), 2.0, rect.height()), colour);
    const QPointF tip = caretTriangleTip(rect);
    QPainterPath triangle;
    triangle.moveTo(tip);
    triangle.lineTo(tip + QPointF(-4.5, -6));
    triangle.lineTo(tip + QPointF(4.5, -6));
    triangle.closeSubpath();
    painter.fillPath(triangle, colour);
}

void drawBadge(QPainter& painter, const QRectF& anchor, const QString& text, const QColor& colour)
{
    const QRectF circle(anchor.right() - 5, anchor.top() - 11, 14, 14);
    painter.save();
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(colour.darker(130));
    painter.drawEllipse(circle);
    QFont font = painter.font();
    font.setPixelSize(10);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(circle, Qt::AlignCenter, text);
    painter.restore();
}

// Fill, outline and decorations of one highlight piece in widget coordinates.
void drawHighlight(QPainter& painter, const QRectF& rect, ChangeType type, bool material, bool caret,
                   bool inner)
{
    const QColor colour = changeTypeColour(type);
    if (caret) {
        drawCaret(painter, rect, colour.darker(115));
        return;
    }
    painter.fillRect(rect, withAlpha(colour, inner ? 110 : 70));
    painter.setPen(QPen(withAlpha(colour.darker(120), 220), material ? 2.2 : 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
}

// A scrollable column of one side: rendered pages, or the paragraphs as text, with highlights.
class Column final : public QAbstractScrollArea
{
public:
    Column(int side, const Shared& shared, QThreadPool& pool, QWidget* parent)
        : QAbstractScrollArea(parent), side_(side), shared_(shared), pool_(pool)
    {
        setFrameShape(QFrame::NoFrame);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // a stable width keeps text wrapping stable
        setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        verticalScrollBar()->setSingleStep(40);
        horizontalScrollBar()->setSingleStep(30);
        setFocusPolicy(Qt::StrongFocus);
        setMinimumWidth(160);
    }

    std::function<void(int)> activated;
    std::function<void(int, QRectF)> zoneDrawn;
    std::function<void(double)> zoomWheel; // wheel steps (120 units = 1)
    std::function<void()> layoutChanged;   // positions of content moved (zoom, mode, text heights)

    int side() const { return side_; }
    bool pagesMode() const { return pagesMode_; }
    const Document* document() const { return doc_.get(); }
    int pageCount() const { return doc_ ? doc_->pageCount() : 0; }
    double contentHeight() const { return contentHeight_; }
    bool adjusting() const { return adjusting_; }

    void setDocument(std::shared_ptr<const Document> doc, PageRenderer renderer)
    {
        doc_ = std::move(doc);
        renderer_ = std::move(renderer);
        ++generation_;
        inFlight_ = false;
        cache_.clear();
        cacheBytes_ = 0;
        failed_.clear();
        thumbs_.clear();
        visualBoxes_.clear();
        zones_.clear();
        buildExcluded();
        rebuildMarks();
        relayout(false);
        verticalScrollBar()->setValue(0);
        horizontalScrollBar()->setValue(0);
    }

    void setThumbView(QWidget* view) { thumbView_ = view; }
    const QImage* thumbnail(int page) const
    {
        const auto found = thumbs_.find(page);
        return found == thumbs_.end() ? nullptr : &found->second;
    }
    // The pages the strip shows: rendered at thumbnail size when the column has nothing to render.
    void setThumbsWanted(int first, int last)
    {
        if (thumbsWanted_ == std::pair{first, last})
            return;
        thumbsWanted_ = {first, last};
        requestRenders();
    }

    void setVisualBoxes(int page, std::vector<QRectF> boxes)
    {
        visualBoxes_[page] = std::move(boxes);
        viewport()->update();
    }

    void setZones(std::vector<std::pair<int, QRectF>> zones)
    {
        zones_ = std::move(zones);
        viewport()->update();
    }

    // Precomputes the highlight pieces per page and per paragraph: once per change list, so painting
    // only looks at the pieces of the pages on screen.
    void rebuildMarks()
    {
        const int pages = pageCount();
        const int paragraphs = doc_ ? static_cast<int>(doc_->paragraphs.size()) : 0;
        marksByPage_.assign(static_cast<std::size_t>(pages), {});
        spansByParagraph_.assign(static_cast<std::size_t>(paragraphs), {});
        places_.assign(shared_.changes.size(), {});
        lastSpanBadge_ = 0;
        if (!doc_ || paragraphs == 0)
            return;
        const auto& changes = shared_.changes;
        for (int i = 0; i < static_cast<int>(changes.size()); ++i) {
            const Change& change = changes[static_cast<std::size_t>(i)];
            const TextRange& range = side_ == ComparisonView::A ? change.a : change.b;
            Place& place = places_[static_cast<std::size_t>(i)];
            place.begin = range.begin;
            place.begin.paragraph = std::clamp(place.begin.paragraph, 0, paragraphs - 1);
            bool badge = change.material;
            addRange(i, range, change.type, change.material, false, badge, place);
            if (change.type == ChangeType::Move)
                for (const auto& edit : change.innerEdits) {
                    const TextRange& inner = side_ == ComparisonView::A ? edit.a : edit.b;
                    if (!inner.empty())
                        addRange(i, inner, edit.type, edit.material, true, badge, place);
                }
        }
        viewport()->update();
    }

    // Lays the column out again (zoom, mode, width changed), keeping what is at the top in view.
    void relayout(bool keepPosition)
    {
        const TopAnchor anchor = keepPosition ? topAnchor() : TopAnchor{};
        const double hFraction =
            horizontalScrollBar()->maximum() > 0
                ? double(horizontalScrollBar()->value()) / horizontalScrollBar()->maximum()
                : 0.5;
        pagesMode_ = doc_ && doc_->hasPages() && renderer_ && shared_.mode == ComparisonView::Mode::Pages;
        if (pagesMode_)
            layoutPages();
        else
            layoutText();
        updateScrollBars();
        if (keepPosition) {
            restoreAnchor(anchor);
            horizontalScrollBar()->setValue(qRound(hFraction * horizontalScrollBar()->maximum()));
        }
        viewport()->update();
        requestRenders();
        if (layoutChanged)
            layoutChanged();
    }

    // Content y (pixels) of a position of this side's document.
    double yOf(TextPos pos) const
    {
        if (!doc_ || doc_->paragraphs.empty())
            return 0;
        const int p = std::clamp(pos.paragraph, 0, static_cast<int>(doc_->paragraphs.size()) - 1);
        const Paragraph& paragraph = doc_->paragraphs[static_cast<std::size_t>(p)];
        if (pagesMode_) {
            if (!paragraph.boxes.empty()) {
                const int offset = std::clamp(pos.offset, 0, static_cast<int>(paragraph.boxes.size()) - 1);
                const auto& box = paragraph.boxes[static_cast<std::size_t>(offset)];
                if (box.page > 0 && box.page <= pageCount())
                    return pageTop_[static_cast<std::size_t>(box.page - 1)] + box.y0 * shared_.zoom;
            }
            if (paragraph.page > 0 && paragraph.page <= pageCount())
                return pageTop_[static_cast<std::size_t>(paragraph.page - 1)];
            return 0;
        }
        const double top = paraTop_[static_cast<std::size_t>(p)];
        if (const auto found = layouts_.find(p); found != layouts_.end()) {
            const QTextLine line = found->second->lineForTextPosition(std::max(0, pos.offset));
            if (line.isValid())
                return top + line.y();
        }
        const int length = std::max(1, static_cast<int>(paragraph.text.size()));
        return top + heights_[static_cast<std::size_t>(p)] * std::clamp(pos.offset, 0, length) / length;
    }

    // Where a change sits on this side, in content coordinates (its first piece, or its paragraph).
    std::optional<QRectF> changeRect(int index) const
    {
        if (index < 0 || index >= static_cast<int>(places_.size()) || !doc_ || doc_->paragraphs.empty())
            return std::nullopt;
        const Place& place = places_[static_cast<std::size_t>(index)];
        if (pagesMode_ && place.page > 0 && place.page <= pageCount()) {
            const QRectF page = pageRect(place.page - 1);
            const double z = shared_.zoom;
            return QRectF(page.left() + place.rect.left() * z, page.top() + place.rect.top() * z,
                          std::max(2.0, place.rect.width() * z), std::max(2.0, place.rect.height() * z));
        }
        if (pagesMode_)
            return QRectF(0, yOf(place.begin), viewport()->width(), 16);
        const int p = place.begin.paragraph;
        const double top = paraTop_[static_cast<std::size_t>(p)];
        return QRectF(kTextMargin, yOf(place.begin), textWidth_,
                      std::max(8.0, heights_[static_cast<std::size_t>(p)] - (yOf(place.begin) - top)));
    }

    // The change's place in viewport coordinates, when it is vertically on screen.
    std::optional<QRectF> changeViewportRect(int index) const
    {
        auto rect = changeRect(index);
        if (!rect)
            return std::nullopt;
        rect->translate(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
        if (rect->bottom() < 0 || rect->top() > viewport()->height())
            return std::nullopt;
        return rect;
    }

    void scrollToChange(int index)
    {
        auto rect = changeRect(index);
        if (!rect)
            return;
        verticalScrollBar()->setValue(qRound(rect->top() - viewport()->height() / 3.0));
        const int x = horizontalScrollBar()->value();
        if (rect->left() < x || rect->right() > x + viewport()->width())
            horizontalScrollBar()->setValue(qRound(rect->center().x() - viewport()->width() / 2.0));
    }

    void scrollToContentY(double y) { verticalScrollBar()->setValue(qRound(y)); }

    // Pages layout, for the thumbnail strip.
    QRectF pageRect(int pageIndex) const
    {
        const auto [w, h] = pageSize(pageIndex);
        const double z = shared_.zoom;
        return {std::max(kPageGap, (contentWidth_ - w * z) / 2),
                pageTop_[static_cast<std::size_t>(pageIndex)], w * z, h * z};
    }
    std::pair<double, double> pageSize(int pageIndex) const
    {
        const auto& info = doc_->pages[static_cast<std::size_t>(pageIndex)];
        return {info.width > 0 ? info.width : kDefaultPageWidth,
                info.height > 0 ? info.height : kDefaultPageHeight};
    }
    const std::vector<Mark>& marksOfPage(int pageIndex) const
    {
        static const std::vector<Mark> none;
        return pageIndex >= 0 && pageIndex < static_cast<int>(marksByPage_.size())
                   ? marksByPage_[static_cast<std::size_t>(pageIndex)]
                   : none;
    }
    // Content y of each change's place, for the overview in text mode.
    std::vector<std::pair<int, double>> changeYs() const
    {
        std::vector<std::pair<int, double>> out;
        out.reserve(places_.size());
        for (int i = 0; i < static_cast<int>(places_.size()); ++i)
            if (shared_.shown(i))
                out.emplace_back(i, yOf(places_[static_cast<std::size_t>(i)].begin));
        return out;
    }
    // Page index at a content y (the page under it or the next one).
    int pageIndexAt(double y) const
    {
        if (pageTop_.empty())
            return -1;
        const auto it = std::upper_bound(pageTop_.begin(), pageTop_.end(), y);
        return std::max(0, static_cast<int>(it - pageTop_.begin()) - 1);
    }
    double viewTop() const { return verticalScrollBar()->value(); }
    double viewHeight() const { return viewport()->height(); }

    // Starts rendering the first wanted page that is missing; one page at a time per side, so a
    // renderer need not be re-entrant and a fast scroll never queues a backlog of stale pages.
    void requestRenders()
    {
        if (!pagesMode_ || inFlight_ || !renderer_)
            return;
        const auto [first, last] = visiblePageRange();
        if (first < 0)
            return;
        std::vector<int> wanted;
        for (int p = first; p <= last; ++p)
            wanted.push_back(p);
        if (last + 1 < pageCount())
            wanted.push_back(last + 1);
        if (first > 0)
            wanted.push_back(first - 1);
        for (int p : wanted) {
            const auto found = cache_.find(p);
            const bool current = found != cache_.end() && found->second.zoom == shared_.zoom &&
                                 found->second.ratio == devicePixelRatioF();
            if (!current && !failed_.contains(p)) {
                startRender(p);
                return;
            }
        }
        for (int p = std::max(0, thumbsWanted_.first); p <= thumbsWanted_.second && p < pageCount(); ++p)
            if (!thumbs_.contains(p) && !failed_.contains(p)) {
                startRender(p, true);
                return;
            }
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QAbstractScrollArea::resizeEvent(event);
        if (!pagesMode_ && std::abs(availableTextWidth() - textWidth_) > 0.5)
            relayout(true);
        else {
            if (pagesMode_)
                contentWidth_ =
                    std::max<double>(viewport()->width(), maxPageWidth_ * shared_.zoom + 2 * kPageGap);
            updateScrollBars();
            requestRenders();
        }
    }

    void scrollContentsBy(int, int) override
    {
        viewport()->update();
        requestRenders();
    }

    void paintEvent(QPaintEvent*) override
    {
        if (!pagesMode_)
            prepareText();
        QPainter painter(viewport());
        painter.setRenderHint(QPainter::Antialiasing, true);
        if (!doc_) {
            painter.fillRect(viewport()->rect(), palette().window());
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(viewport()->rect(), Qt::AlignCenter, ComparisonView::tr("No document"));
            return;
        }
        if (pagesMode_)
            paintPages(painter);
        else
            paintText(painter);
        if (!rubberBand_.isNull()) {
            painter.setPen(QPen(QColor(60, 60, 60), 1, Qt::DashLine));
            painter.setBrush(QColor(128, 128, 128, 50));
            painter.drawRect(rubberBand_.normalized());
        }
    }

    void wheelEvent(QWheelEvent* event) override
    {
        if (event->modifiers() & Qt::ControlModifier) {
            if (zoomWheel)
                zoomWheel(event->angleDelta().y() / 120.0);
            event->accept();
            return;
        }
        QAbstractScrollArea::wheelEvent(event);
    }

    void mousePressEvent(QMouseEvent* event) override
    {
        if (event->button() != Qt::LeftButton)
            return QAbstractScrollArea::mousePressEvent(event);
        if (shared_.zoneEditing && pagesMode_) {
            const QPointF content = toContent(event->position());
            const int page = pageIndexAt(content.y());
            if (page >= 0 && pageRect(page).contains(content)) {
                zonePage_ = page;
                dragStart_ = event->position();
                rubberBand_ = QRectF(dragStart_, dragStart_);
            }
            return;
        }
        const int hit = changeAt(event->position());
        if (hit >= 0 && activated)
            activated(hit);
    }

    void mouseMoveEvent(QMouseEvent* event) override
    {
        if (zonePage_ < 0)
            return QAbstractScrollArea::mouseMoveEvent(event);
        // Keep the band inside its page.
        const QRectF page =
            pageRect(zonePage_).translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
        const QPointF end(std::clamp(event->position().x(), page.left(), page.right()),
                          std::clamp(event->position().y(), page.top(), page.bottom()));
        rubberBand_ = QRectF(dragStart_, end);
        viewport()->update();
    }

    void mouseReleaseEvent(QMouseEvent* event) override
    {
        if (zonePage_ < 0)
            return QAbstractScrollArea::mouseReleaseEvent(event);
        const QRectF page =
            pageRect(zonePage_).translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
        const QRectF band = rubberBand_.normalized();
        const int pageNumber = zonePage_ + 1;
        zonePage_ = -1;
        rubberBand_ = {};
        viewport()->update();
        if (band.width() < 4 || band.height() < 4 || page.width() <= 0 || page.height() <= 0)
            return;
        const QRectF relative((band.left() - page.left()) / page.width(),
                              (band.top() - page.top()) / page.height(), band.width() / page.width(),
                              band.height() / page.height());
        if (zoneDrawn)
            zoneDrawn(pageNumber, relative.intersected(QRectF(0, 0, 1, 1)));
    }

    bool viewportEvent(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(event);
            const QString tip = toolTipAt(help->pos());
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, viewport());
            return true;
        }
        return QAbstractScrollArea::viewportEvent(event);
    }

private:
    struct Place
    {
        TextPos begin;
        int page = 0; // first page with a piece of the change, 0 when none
        QRectF rect;  // union of the change's pieces on that page, in points
    };
    struct CachedPage
    {
        QImage image;
        double zoom = 0;
        double ratio = 1;
    };
    struct TopAnchor
    {
        int page = -1;
        double pageFraction = 0;
        int paragraph = -1;
        double paragraphFraction = 0;
    };

    void addRange(int change, const TextRange& range, ChangeType type, bool material, bool inner, bool& badge,
                  Place& place)
    {
        const auto& paragraphs = doc_->paragraphs;
        const int count = static_cast<int>(paragraphs.size());
        if (range.empty()) {
            const int p = std::clamp(range.begin.paragraph, 0, count - 1);
            spansByParagraph_[static_cast<std::size_t>(p)].push_back(
                {change, range.begin.offset, range.begin.offset, type, material, true, inner, false});
            if (const auto caret = caretAt(*doc_, range.begin); caret && caret->first <= pageCount()) {
                marksByPage_[static_cast<std::size_t>(caret->first - 1)].push_back(
                    {change, caret->second, type, material, true, inner, false});
                if (place.page == 0) {
                    place.page = caret->first;
                    place.rect = caret->second;
                }
            }
            return;
        }
        const int first = std::clamp(range.begin.paragraph, 0, count - 1);
        const int last = std::clamp(range.end.paragraph, first, count - 1);
        for (int p = first; p <= last; ++p) {
            const Paragraph& paragraph = paragraphs[static_cast<std::size_t>(p)];
            const int from = p == range.begin.paragraph ? range.begin.offset : 0;
            const int to =
                p == range.end.paragraph ? range.end.offset : static_cast<int>(paragraph.text.size());
            if (to <= from)
                continue;
            spansByParagraph_[static_cast<std::size_t>(p)].push_back(
                {change, from, to, type, material, false, inner, badge && spansBadgePending(change)});
            forEachLineRun(paragraph, from, to, [&](int page, const QRectF& rect) {
                if (page > pageCount())
                    return;
                marksByPage_[static_cast<std::size_t>(page - 1)].push_back(
                    {change, rect, type, material, false, inner, badge});
                badge = false;
                if (place.page == 0)
                    place.page = page;
                if (place.page == page)
                    place.rect = place.rect.isNull() ? rect : place.rect.united(rect);
            });
        }
    }

    // Text mode badges go on the first span of a material change; remembered per change.
    bool spansBadgePending(int change)
    {
        if (lastSpanBadge_ == change + 1)
            return false;
        lastSpanBadge_ = change + 1;
        return true;
    }

    void buildExcluded()
    {
        excludedByPage_.assign(static_cast<std::size_t>(pageCount()), {});
        if (!doc_)
            return;
        for (const Paragraph& paragraph : doc_->paragraphs)
            if (paragraph.excluded)
                forEachLineRun(paragraph, 0, static_cast<int>(paragraph.boxes.size()),
                               [&](int page, const QRectF& rect) {
                                   if (page <= pageCount())
                                       excludedByPage_[static_cast<std::size_t>(page - 1)].push_back(rect);
                               });
    }

    // --- pages -----------------------------------------------------------------------------------

    void layoutPages()
    {
        const int count = pageCount();
        pageTop_.resize(static_cast<std::size_t>(count));
        double y = kPageGap;
        maxPageWidth_ = 0;
        for (int i = 0; i < count; ++i) {
            const auto [w, h] = pageSize(i);
            pageTop_[static_cast<std::size_t>(i)] = y;
            y += h * shared_.zoom + kPageGap;
            maxPageWidth_ = std::max(maxPageWidth_, w);
        }
        contentHeight_ = y;
        contentWidth_ = std::max<double>(viewport()->width(), maxPageWidth_ * shared_.zoom + 2 * kPageGap);
    }

    std::pair<int, int> visiblePageRange() const
    {
        if (pageTop_.empty())
            return {-1, -1};
        const double top = viewTop();
        const double bottom = top + viewHeight();
        const int first = pageIndexAt(top);
        int last = first;
        while (last + 1 < pageCount() && pageTop_[static_cast<std::size_t>(last + 1)] < bottom)
            ++last;
        return {first, last};
    }

    void startRender(int page, bool thumbnailOnly = false)
    {
        inFlight_ = true;
        const double ratio = devicePixelRatioF();
        const double zoom = thumbnailOnly ? 0 : shared_.zoom; // zoom 0: a thumbnail, not a page
        const double dpi = thumbnailOnly ? 72.0 * kThumbPixels * ratio /
                                               std::max(1.0, static_cast<double>(pageSize(page).first))
                                         : std::min(72.0 * zoom * ratio, kMaxRenderDpi);
        const quint64 generation = generation_;
        // The view waits for the pool before its columns are destroyed, so `this` outlives the task;
        // results of an older document are recognised by the generation and dropped.
        pool_.start([this, renderer = renderer_, page, dpi, ratio, zoom, generation] {
            QImage image;
            try {
                image = renderer(page + 1, dpi);
            } catch (...) {
                image = QImage();
            }
            QMetaObject::invokeMethod(
                this,
                [this, image = std::move(image), page, ratio, zoom, generation]() mutable {
                    renderFinished(page, std::move(image), ratio, zoom, generation);
                },
                Qt::QueuedConnection);
        });
    }

    void renderFinished(int page, QImage image, double ratio, double zoom, quint64 generation)
    {
        if (generation != generation_)
            return;
        inFlight_ = false;
        if (image.isNull()) {
            failed_.insert(page);
        } else if (zoom == 0) {
            image.setDevicePixelRatio(ratio);
            thumbs_[page] = std::move(image);
            if (thumbView_)
                thumbView_->update();
            requestRenders();
            return;
        } else {
            thumbs_[page] =
                image.scaledToWidth(static_cast<int>(kThumbPixels * ratio), Qt::SmoothTransformation);
            thumbs_[page].setDevicePixelRatio(ratio);
            if (thumbView_)
                thumbView_->update();
            image.setDevicePixelRatio(ratio);
            if (const auto old = cache_.find(page); old != cache_.end())
                cacheBytes_ -= old->second.image.sizeInBytes();
            cacheBytes_ += image.sizeInBytes();
            cache_[page] = CachedPage{std::move(image), zoom, ratio};
            evict();
        }
        const QRectF rect =
            pageRect(page).translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
        viewport()->update(rect.toAlignedRect().adjusted(-2, -2, 2, 2));
        requestRenders();
    }

    // Drops the pages farthest from the screen while the cache is over budget; keeps those in view ± 1.
    void evict()
    {
        const auto [first, last] = visiblePageRange();
        while (cacheBytes_ > kCacheBudgetBytes && cache_.size() > 1) {
            auto farthest = cache_.end();
            int distance = 1;
            for (auto it = cache_.begin(); it != cache_.end(); ++it) {
                const int d = it->first < first ? first - it->first : it->first - last;
                if (d > distance) {
                    distance = d;
                    farthest = it;
                }
            }
            if (farthest == cache_.end())
                break;
            cacheBytes_ -= farthest->second.image.sizeInBytes();
            cache_.erase(farthest);
        }
    }

    void paintPages(QPainter& painter)
    {
        painter.fillRect(viewport()->rect(), QColor(138, 140, 145));
        const auto [first, last] = visiblePageRange();
        if (first < 0)
            return;
        const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
        const double z = shared_.zoom;
        std::vector<QRectF> currentPieces;
        for (int p = first; p <= last; ++p) {
            const QRectF page = pageRect(p).translated(-scroll);
            painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 60));
            const auto cached = cache_.find(p);
            if (cached != cache_.end()) {
                painter.drawImage(page, cached->second.image);
            } else {
                painter.fillRect(page, QColor(250, 250, 248));
                painter.setPen(QColor(150, 150, 150));
                QFont font = painter.font();
                font.setPixelSize(std::clamp(qRound(18 * z), 10, 40));
                painter.setFont(font);
                painter.drawText(page, Qt::AlignCenter,
                                 failed_.contains(p)
                                     ? ComparisonView::tr("Page %1 could not be rendered").arg(p + 1)
                                     : ComparisonView::tr("Page %1").arg(p + 1));
            }
            auto toWidget = [&](const QRectF& points) {
                return QRectF(page.left() + points.left() * z, page.top() + points.top() * z,
                              points.width() * z, points.height() * z);
            };
            painter.save();
            painter.setClipRect(page.adjusted(-12, -14, 14, 2));
            for (const QRectF& rect : excludedByPage_[static_cast<std::size_t>(p)])
                painter.fillRect(toWidget(rect), QColor(120, 120, 120, 45));
            for (const auto& [zonePage, relative] : zones_) {
                if (zonePage != p + 1)
                    continue;
                const QRectF zone(page.left() + relative.left() * page.width(),
                                  page.top() + relative.top() * page.height(),
                                  relative.width() * page.width(), relative.height() * page.height());
                painter.fillRect(zone, QColor(128, 128, 128, 40));
                painter.fillRect(zone, QBrush(QColor(90, 90, 90, 150), Qt::BDiagPattern));
                painter.setPen(QPen(QColor(90, 90, 90), 1));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(zone);
            }
            if (const auto boxes = visualBoxes_.find(p + 1); boxes != visualBoxes_.end()) {
                painter.setPen(QPen(QColor(255, 130, 0), 1.6, Qt::DashLine));
                painter.setBrush(Qt::NoBrush);
                for (const QRectF& rect : boxes->second)
                    painter.drawRect(toWidget(rect).adjusted(-1, -1, 1, 1));
            }
            for (const Mark& mark : marksByPage_[static_cast<std::size_t>(p)]) {
                if (!shared_.shown(mark.change))
                    continue;
                QRectF rect = toWidget(mark.rect);
                if (mark.caret)
                    rect.setWidth(2);
                drawHighlight(painter, rect, mark.type, mark.material, mark.caret, mark.inner);
                if (mark.badge)
                    drawBadge(painter, rect,
                              badgeText(shared_.changes[static_cast<std::size_t>(mark.change)]),
                              changeTypeColour(mark.type));
                if (mark.change == shared_.current)
                    currentPieces.push_back(rect);
            }
            painter.restore();
        }
        drawCurrentOutline(painter, currentPieces);
    }

    static void drawCurrentOutline(QPainter& painter, const std::vector<QRectF>& pieces)
    {
        if (pieces.empty())
            return;
        painter.save();
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(255, 255, 255, 230), 4.5));
        for (const QRectF& rect : pieces)
            painter.drawRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5));
        painter.setPen(QPen(QColor(20, 20, 20), 2.2));
        for (const QRectF& rect : pieces)
            painter.drawRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5));
        painter.restore();
    }

    QPointF toContent(QPointF viewportPoint) const
    {
        return viewportPoint + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    }

    // The change under a viewport point; the smallest piece wins where pieces overlap.
    int changeAt(QPointF point)
    {
        int best = -1;
        double bestArea = 0;
        auto consider = [&](int change, QRectF rect) {
            rect = rect.adjusted(-3, -3, 3, 3);
            if (!shared_.shown(change) || !rect.contains(point))
                return;
            const double area = rect.width() * rect.height();
            if (best < 0 || area < bestArea) {
                best = change;
                bestArea = area;
            }
        };
        if (pagesMode_) {
            const int p = pageIndexAt(toContent(point).y());
            if (p < 0)
                return -1;
            const QRectF page =
                pageRect(p).translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
            const double z = shared_.zoom;
            for (const Mark& mark : marksByPage_[static_cast<std::size_t>(p)])
                consider(mark.change,
                         QRectF(page.left() + mark.rect.left() * z, page.top() + mark.rect.top() * z,
                                std::max(4.0, mark.rect.width() * z), mark.rect.height() * z));
            return best;
        }
        const int p = paragraphAt(toContent(point).y());
        if (p < 0)
            return -1;
        const QPointF origin(kTextMargin,
                             paraTop_[static_cast<std::size_t>(p)] - verticalScrollBar()->value());
        for (const Span& span : spansByParagraph_[static_cast<std::size_t>(p)])
            for (const QRectF& rect : spanRects(p, span, origin))
                consider(span.change, rect);
        return best;
    }

    QString toolTipAt(QPointF point)
    {
        const int change = changeAt(point);
        if (change >= 0)
            return changeToolTip(shared_.changes[static_cast<std::size_t>(change)], change,
                                 static_cast<int>(shared_.changes.size()));
        if (!doc_)
            return {};
        if (!pagesMode_) {
            const int p = paragraphAt(toContent(point).y());
            if (p >= 0 && doc_->paragraphs[static_cast<std::size_t>(p)].excluded)
                return ComparisonView::tr("Excluded from the comparison (%1)")
                    .arg(doc_->paragraphs[static_cast<std::size_t>(p)].excludedBy);
            return {};
        }
        const QPointF content = toContent(point);
        const int p = pageIndexAt(content.y());
        if (p < 0 || !pageRect(p).contains(content))
            return {};
        const QRectF page = pageRect(p);
        const QPointF points((content.x() - page.left()) / shared_.zoom,
                             (content.y() - page.top()) / shared_.zoom);
        if (const auto boxes = visualBoxes_.find(p + 1); boxes != visualBoxes_.end())
            for (const QRectF& rect : boxes->second)
                if (rect.contains(points))
                    return ComparisonView::tr("Visual difference on page %1").arg(p + 1);
        const QPointF relative(points.x() / pageSize(p).first, points.y() / pageSize(p).second);
        for (const auto& [zonePage, zone] : zones_)
            if (zonePage == p + 1 && zone.contains(relative))
                return ComparisonView::tr("Exclusion zone");
        for (const QRectF& rect : excludedByPage_[static_cast<std::size_t>(p)])
            if (rect.contains(points))
                return ComparisonView::tr("Excluded from the comparison");
        return {};
    }

    // --- text ------------------------------------------------------------------------------------

    double availableTextWidth() const { return std::max(120.0, viewport()->width() - 2 * kTextMargin); }

    QFont fontFor(const Paragraph& paragraph) const
    {
        QFont font = textFont_;
        if (paragraph.kind == documents::ParagraphKind::Heading) {
            font.setBold(true);
            font.setPixelSize(qRound(font.pixelSize() * 1.15));
        } else if (paragraph.excluded) {
            font.setPixelSize(std::max(8, qRound(font.pixelSize() * 0.85)));
        }
        return font;
    }

    double gapBefore(int p) const
    {
        double gap = 8 * shared_.zoom;
        const auto& paragraphs = doc_->paragraphs;
        const int page = paragraphs[static_cast<std::size_t>(p)].page;
        if (page > 0 && (p == 0 || paragraphs[static_cast<std::size_t>(p - 1)].page != page))
            gap += 26 * shared_.zoom; // room for the page label
        return gap;
    }

    // Estimated heights from character counts; exact ones replace them as paragraphs come into view,
    // so a 600,000-character document does not have to be laid out before the first paint.
    void layoutText()
    {
        layouts_.clear();
        textFont_ = QFont(QStringLiteral("Noto Serif CJK SC"));
        textFont_.setPixelSize(std::max(6, qRound(15 * shared_.zoom)));
        textWidth_ = availableTextWidth();
        contentWidth_ = viewport()->width();
        const int count = doc_ ? static_cast<int>(doc_->paragraphs.size()) : 0;
        heights_.assign(static_cast<std::size_t>(count), 0);
        paraTop_.assign(static_cast<std::size_t>(count), 0);
        if (count == 0) {
            contentHeight_ = 0;
            return;
        }
        const QFontMetricsF body(textFont_);
        const double wide = body.horizontalAdvance(QChar(0x4E2D));
        const double narrow = body.averageCharWidth();
        for (int p = 0; p < count; ++p) {
            const Paragraph& paragraph = doc_->paragraphs[static_cast<std::size_t>(p)];
            const QFontMetricsF metrics(fontFor(paragraph));
            const double scale = metrics.height() / body.height();
            double advance = 0;
            for (const QChar ch : paragraph.text)
                if (!ch.isLowSurrogate())
                    advance += (ch.unicode() >= 0x2E80 ? wide : narrow) * scale;
            const double lines = std::max(1.0, std::ceil(advance / textWidth_));
            heights_[static_cast<std::size_t>(p)] = lines * metrics.lineSpacing();
        }
        recomputeOffsets();
    }

    void recomputeOffsets()
    {
        double y = kTextMargin;
        for (std::size_t p = 0; p < heights_.size(); ++p) {
            y += gapBefore(static_cast<int>(p));
            paraTop_[p] = y;
            y += heights_[p];
        }
        contentHeight_ = y + kTextMargin;
        offsetsDirty_ = false;
    }

    QTextLayout* layoutFor(int p)
    {
        if (const auto found = layouts_.find(p); found != layouts_.end())
            return found->second.get();
        const Paragraph& paragraph = doc_->paragraphs[static_cast<std::size_t>(p)];
        auto layout = std::make_unique<QTextLayout>(paragraph.text, fontFor(paragraph));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        double y = 0;
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(textWidth_);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        const double height = std::max(y, QFontMetricsF(fontFor(paragraph)).lineSpacing());
        if (std::abs(height - heights_[static_cast<std::size_t>(p)]) > 0.01) {
            heights_[static_cast<std::size_t>(p)] = height;
            offsetsDirty_ = true;
        }
        return layouts_.emplace(p, std::move(layout)).first->second.get();
    }

    int paragraphAt(double y) const
    {
        if (paraTop_.empty())
            return -1;
        const auto it = std::upper_bound(paraTop_.begin(), paraTop_.end(), y);
        return std::max(0, static_cast<int>(it - paraTop_.begin()) - 1);
    }

    // Lays out exactly the paragraphs coming into view; when an estimate above the first paragraph
    // that was already exact turns out wrong, the scroll position follows so the text does not jump.
    void prepareText()
    {
        if (!doc_ || heights_.empty())
            return;
        if (layouts_.size() > 3000)
            layouts_.clear();
        const double top = viewTop();
        const double bottom = top + viewHeight();
        const int first = paragraphAt(top);
        int keep = -1;
        double keepTop = 0;
        for (int p = first;
             p < static_cast<int>(heights_.size()) && paraTop_[static_cast<std::size_t>(p)] < bottom; ++p)
            if (layouts_.contains(p)) {
                keep = p;
                keepTop = paraTop_[static_cast<std::size_t>(p)];
                break;
            }
        for (int p = first; p < static_cast<int>(heights_.size()); ++p) {
            layoutFor(p);
            if (offsetsDirty_)
                recomputeOffsets();
            if (paraTop_[static_cast<std::size_t>(p)] + heights_[static_cast<std::size_t>(p)] >= bottom)
                break;
        }
        if (offsetsDirty_)
            recomputeOffsets();
        if (std::abs(contentHeight_ - lastReportedHeight_) > 0.5) {
            lastReportedHeight_ = contentHeight_;
            adjusting_ = true;
            updateScrollBars();
            if (keep >= 0)
                verticalScrollBar()->setValue(
                    qRound(top + paraTop_[static_cast<std::size_t>(keep)] - keepTop));
            adjusting_ = false;
            if (layoutChanged)
                layoutChanged();
        }
    }

    std::vector<QRectF> spanRects(int p, const Span& span, QPointF origin)
    {
        std::vector<QRectF> rects;
        QTextLayout* layout = layoutFor(p);
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = line.textStart();
            const int lineEnd = lineStart + line.textLength();
            if (span.caret) {
                if (span.start >= lineStart && (span.start < lineEnd || i == layout->lineCount() - 1)) {
                    const double x = line.cursorToX(span.start);
                    rects.emplace_back(origin.x() + x - 1, origin.y() + line.y(), 2, line.height());
                    break;
                }
                continue;
            }
            const int from = std::max(span.start, lineStart);
            const int to = std::min(span.end, lineEnd);
            if (from >= to)
                continue;
            const double x0 = line.cursorToX(from);
            const double x1 = line.cursorToX(to);
            rects.emplace_back(origin.x() + std::min(x0, x1), origin.y() + line.y(),
                               std::max(2.0, std::abs(x1 - x0)), line.height());
        }
        return rects;
    }

    void paintText(QPainter& painter)
    {
        painter.fillRect(viewport()->rect(), QColor(253, 253, 250));
        if (heights_.empty())
            return;
        const double top = viewTop();
        const double bottom = top + viewHeight();
        std::vector<QRectF> currentPieces;
        const auto& paragraphs = doc_->paragraphs;
        QFont labelFont = painter.font();
        labelFont.setPixelSize(std::max(8, qRound(11 * shared_.zoom)));
        for (int p = paragraphAt(top); p >= 0 && p < static_cast<int>(paragraphs.size()); ++p) {
            const double y = paraTop_[static_cast<std::size_t>(p)];
            if (y - gapBefore(p) > bottom)
                break;
            const Paragraph& paragraph = paragraphs[static_cast<std::size_t>(p)];
            const QPointF origin(kTextMargin, y - top);
            if (paragraph.page > 0 &&
                (p == 0 || paragraphs[static_cast<std::size_t>(p - 1)].page != paragraph.page)) {
                const double labelY = origin.y() - 20 * shared_.zoom;
                painter.setPen(QPen(QColor(180, 180, 180), 1, Qt::DashLine));
                painter.drawLine(QPointF(kTextMargin, labelY), QPointF(kTextMargin + textWidth_, labelY));
                painter.setFont(labelFont);
                painter.setPen(QColor(130, 130, 130));
                const QString label = ComparisonView::tr("Page %1").arg(paragraph.page);
                const QRectF labelRect(kTextMargin, labelY - 9 * shared_.zoom, textWidth_, 18 * shared_.zoom);
                painter.fillRect(QRectF(labelRect.center().x() - 40 * shared_.zoom, labelRect.top(),
                                        80 * shared_.zoom, labelRect.height()),
                                 QColor(253, 253, 250));
                painter.drawText(labelRect, Qt::AlignCenter, label);
            }
            QTextLayout* layout = layoutFor(p);
            if (paragraph.excluded)
                painter.fillRect(QRectF(origin, QSizeF(textWidth_, heights_[static_cast<std::size_t>(p)])),
                                 QColor(120, 120, 120, 30));
            std::vector<std::pair<QRectF, const Span*>> carets;
            for (const Span& span : spansByParagraph_[static_cast<std::size_t>(p)]) {
                if (!shared_.shown(span.change))
                    continue;
                const auto rects = spanRects(p, span, origin);
                for (const QRectF& rect : rects) {
                    if (span.caret)
                        carets.emplace_back(rect, &span);
                    else
                        drawHighlight(painter, rect, span.type, span.material, false, span.inner);
                    if (span.change == shared_.current)
                        currentPieces.push_back(rect);
                }
                if (span.badge && !rects.empty())
                    drawBadge(painter, rects.front(),
                              badgeText(shared_.changes[static_cast<std::size_t>(span.change)]),
                              changeTypeColour(span.type));
            }
            painter.setPen(paragraph.excluded ? QColor(150, 150, 150) : QColor(20, 20, 20));
            layout->draw(&painter, origin);
            for (const auto& [rect, span] : carets)
                drawHighlight(painter, rect, span->type, span->material, true, span->inner);
        }
        drawCurrentOutline(painter, currentPieces);
    }

    // --- layout bookkeeping ----------------------------------------------------------------------

    void updateScrollBars()
    {
        const int height = viewport()->height();
        verticalScrollBar()->setPageStep(height);
        verticalScrollBar()->setRange(0, std::max(0, qRound(contentHeight_ - height)));
        horizontalScrollBar()->setPageStep(viewport()->width());
        horizontalScrollBar()->setRange(0, std::max(0, qRound(contentWidth_ - viewport()->width())));
        lastReportedHeight_ = contentHeight_;
    }

    TopAnchor topAnchor() const
    {
        TopAnchor anchor;
        if (!doc_)
            return anchor;
        const double top = viewTop();
        if (pagesMode_ && !pageTop_.empty()) {
            anchor.page = pageIndexAt(top);
            anchor.pageFraction = (top - pageTop_[static_cast<std::size_t>(anchor.page)]) /
                                  std::max(1.0, pageRect(anchor.page).height());
            anchor.paragraph = firstParagraphOnPage(anchor.page + 1);
        } else if (!paraTop_.empty()) {
            anchor.paragraph = paragraphAt(top);
            anchor.paragraphFraction = (top - paraTop_[static_cast<std::size_t>(anchor.paragraph)]) /
                                       std::max(1.0, heights_[static_cast<std::size_t>(anchor.paragraph)]);
            const int page = doc_->paragraphs[static_cast<std::size_t>(anchor.paragraph)].page;
            anchor.page = page > 0 ? page - 1 : -1;
        }
        return anchor;
    }

    void restoreAnchor(const TopAnchor& anchor)
    {
        if (pagesMode_ && anchor.page >= 0 && anchor.page < pageCount()) {
            verticalScrollBar()->setValue(qRound(pageTop_[static_cast<std::size_t>(anchor.page)] +
                                                 anchor.pageFraction * pageRect(anchor.page).height()));
        } else if (!pagesMode_ && anchor.paragraph >= 0 &&
                   anchor.paragraph < static_cast<int>(paraTop_.size())) {
            verticalScrollBar()->setValue(
                qRound(paraTop_[static_cast<std::size_t>(anchor.paragraph)] +
                       anchor.paragraphFraction * heights_[static_cast<std::size_t>(anchor.paragraph)]));
        }
    }

    int firstParagraphOnPage(int page) const
    {
        const auto& paragraphs = doc_->paragraphs;
        const auto it =
            std::lower_bound(paragraphs.begin(), paragraphs.end(), page,
                             [](const Paragraph& paragraph, int value) { return paragraph.page < value; });
        return std::clamp(static_cast<int>(it - paragraphs.begin()), 0,
                          std::max(0, static_cast<int>(paragraphs.size()) - 1));
    }

    const int side_;
    const Shared& shared_;
    QThreadPool& pool_;
    std::shared_ptr<const Document> doc_;
    PageRenderer renderer_;
    bool pagesMode_ = false;
    double contentHeight_ = 0, contentWidth_ = 0, lastReportedHeight_ = 0;
    bool adjusting_ = false;

    // pages
    std::vector<double> pageTop_;
    double maxPageWidth_ = 0;
    std::vector<std::vector<Mark>> marksByPage_;
    std::vector<std::vector<QRectF>> excludedByPage_;
    std::map<int, std::vector<QRectF>> visualBoxes_;
    std::vector<std::pair<int, QRectF>> zones_;
    std::map<int, CachedPage> cache_;
    qint64 cacheBytes_ = 0;
    QSet<int> failed_;
    // Page thumbnails for the strip: scaled from a page once it has rendered, or rendered at
    // thumbnail size for the pages the strip shows (about 25 KB each, kept for the document).
    std::map<int, QImage> thumbs_;
    std::pair<int, int> thumbsWanted_{-1, -1};
    QWidget* thumbView_ = nullptr;
    quint64 generation_ = 0;
    bool inFlight_ = false;

    // text
    QFont textFont_;
    double textWidth_ = 0;
    std::vector<double> heights_, paraTop_;
    bool offsetsDirty_ = false;
    std::unordered_map<int, std::unique_ptr<QTextLayout>> layouts_;
    std::vector<std::vector<Span>> spansByParagraph_;
    int lastSpanBadge_ = 0;

    std::vector<Place> places_;

    // zone drawing
    int zonePage_ = -1;
    QPointF dragStart_;
    QRectF rubberBand_;
};

// The strip between the columns: connectors from where a block left (A) to where it arrived (B).
class Gutter final : public QWidget
{
public:
    Gutter(const Shared& shared, Column* a, Column* b, QWidget* parent)
        : QWidget(parent), shared_(shared), a_(a), b_(b)
    {
        setFixedWidth(34);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), QColor(225, 226, 229));
        painter.setRenderHint(QPainter::Antialiasing, true);
        const double offsetA =
            a_->viewport()->mapTo(window(), QPoint(0, 0)).y() - mapTo(window(), QPoint(0, 0)).y();
        const double offsetB =
            b_->viewport()->mapTo(window(), QPoint(0, 0)).y() - mapTo(window(), QPoint(0, 0)).y();
        const double w = width();
        for (int i = 0; i < static_cast<int>(shared_.changes.size()); ++i) {
            const bool move = shared_.changes[static_cast<std::size_t>(i)].type == ChangeType::Move;
            if (!shared_.shown(i) || (!move && i != shared_.current))
                continue;
            const auto ra = a_->changeViewportRect(i);
            const auto rb = b_->changeViewportRect(i);
            if (!ra || !rb)
                continue;
            const double ya = offsetA + ra->center().y();
            const double yb = offsetB + rb->center().y();
            QPainterPath path(QPointF(0, ya));
            path.cubicTo(QPointF(w * 0.55, ya), QPointF(w * 0.45, yb), QPointF(w, yb));
            const QColor colour = move ? changeTypeColour(ChangeType::Move) : QColor(40, 40, 40);
            painter.setPen(
                QPen(colour, i == shared_.current ? 3.0 : 1.8, move ? Qt::SolidLine : Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawEllipse(QPointF(2, ya), 3, 3);
            painter.drawEllipse(QPointF(w - 2, yb), 3, 3);
        }
    }

private:
    const Shared& shared_;
    Column* a_;
    Column* b_;
};

// Page thumbnails of one side with a tick where each change is; in text mode an overview of the
// whole document instead. Pages are drawn small (rendered lazily for the thumbnails in view) with
// the highlight pieces scaled down on them.
class ThumbStrip final : public QWidget
{
public:
    ThumbStrip(const Shared& shared, Column* column, QWidget* parent)
        : QWidget(parent), shared_(shared), column_(column)
    {
        setFixedWidth(74);
        setMouseTracking(false);
    }

    void relayout()
    {
        thumbTop_.clear();
        if (column_->pagesMode()) {
            const double w = thumbWidth();
            double y = 6;
            for (int p = 0; p < column_->pageCount(); ++p) {
                const auto [pw, ph] = column_->pageSize(p);
                thumbTop_.push_back(y);
                y += w * ph / pw + 18;
            }
            total_ = y;
        }
        follow();
        update();
    }

    // Keeps the page shown in the middle of the column in view in the strip.
    void follow()
    {
        if (!column_->pagesMode() || thumbTop_.empty())
            return;
        const int page = column_->pageIndexAt(column_->viewTop() + column_->viewHeight() / 2);
        if (page < 0)
            return;
        const double top = thumbTop_[static_cast<std::size_t>(page)];
        const double bottom = top + thumbHeight(page);
        if (top < offset_ || bottom > offset_ + height())
            setOffset(top - height() / 3.0);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), QColor(205, 207, 212));
        if (!column_->document())
            return;
        if (column_->pagesMode())
            paintPages(painter);
        else
            paintOverview(painter);
    }

    void mousePressEvent(QMouseEvent* event) override
    {
        const double y = event->position().y();
        if (!column_->pagesMode()) {
            if (height() > 0)
                column_->scrollToContentY(y / height() * column_->contentHeight() -
                                          column_->viewHeight() / 2);
            return;
        }
        const auto it = std::upper_bound(thumbTop_.begin(), thumbTop_.end(), y + offset_);
        const int page = std::max(0, static_cast<int>(it - thumbTop_.begin()) - 1);
        if (page >= static_cast<int>(thumbTop_.size()))
            return;
        const double fraction = std::clamp(
            (y + offset_ - thumbTop_[static_cast<std::size_t>(page)]) / thumbHeight(page), 0.0, 1.0);
        const QRectF target = column_->pageRect(page);
        column_->scrollToContentY(target.top() + fraction * target.height() - column_->viewHeight() / 2);
    }

    void wheelEvent(QWheelEvent* event) override
    {
        setOffset(offset_ - event->angleDelta().y());
        event->accept();
    }

    void resizeEvent(QResizeEvent*) override { setOffset(offset_); }

    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip && column_->pagesMode()) {
            auto* help = static_cast<QHelpEvent*>(event);
            const auto it = std::upper_bound(thumbTop_.begin(), thumbTop_.end(), help->pos().y() + offset_);
            const int page = static_cast<int>(it - thumbTop_.begin());
            if (page > 0) {
                int changes = 0;
                QSet<int> seen;
                for (const Mark& mark : column_->marksOfPage(page - 1))
                    if (shared_.shown(mark.change) && !seen.contains(mark.change)) {
                        seen.insert(mark.change);
                        ++changes;
                    }
                QToolTip::showText(help->globalPos(),
                                   ComparisonView::tr("Page %1: %n change(s)", nullptr, changes).arg(page),
                                   this);
            }
            return true;
        }
        return QWidget::event(event);
    }

private:
    double thumbWidth() const { return width() - 22; }
    double thumbHeight(int page) const
    {
        const auto [pw, ph] = column_->pageSize(page);
        return thumbWidth() * ph / pw;
    }

    void setOffset(double offset)
    {
        offset_ = std::clamp(offset, 0.0, std::max(0.0, total_ - height()));
        update();
    }

    void paintPages(QPainter& painter)
    {
        if (thumbTop_.empty())
            return;
        const double w = thumbWidth();
        const auto first = std::upper_bound(thumbTop_.begin(), thumbTop_.end(), offset_);
        int p = std::max(0, static_cast<int>(first - thumbTop_.begin()) - 1);
        const int firstShown = p;
        const double viewTop = column_->viewTop();
        const double viewBottom = viewTop + column_->viewHeight();
        QFont font = painter.font();
        font.setPixelSize(10);
        painter.setFont(font);
        for (; p < static_cast<int>(thumbTop_.size()); ++p) {
            const double top = thumbTop_[static_cast<std::size_t>(p)] - offset_;
            if (top > height())
                break;
            const QRectF thumb(6, top, w, thumbHeight(p));
            painter.fillRect(thumb, Qt::white);
            if (const QImage* image = column_->thumbnail(p))
                painter.drawImage(thumb, *image);
            painter.setPen(QColor(150, 150, 150));
            painter.drawRect(thumb);
            const auto [pw, ph] = column_->pageSize(p);
            const double scale = w / pw;
            for (const Mark& mark : column_->marksOfPage(p)) {
                if (!shared_.shown(mark.change))
                    continue;
                const QColor colour = changeTypeColour(mark.type);
                const double y = thumb.top() + mark.rect.top() * scale;
                const double h = std::max(2.0, mark.rect.height() * scale);
                painter.fillRect(QRectF(thumb.left() + mark.rect.left() * scale, y,
                                        std::max(2.0, mark.rect.width() * scale), h),
                                 withAlpha(colour, 170));
                painter.fillRect(QRectF(thumb.right() + 3, y, 8, std::max(3.0, h)), colour);
                if (mark.change == shared_.current)
                    painter.fillRect(QRectF(thumb.right() + 1, y - 1, 12, std::max(3.0, h) + 2),
                                     QColor(20, 20, 20));
            }
            // The part of the page on screen in the column.
            const QRectF page = column_->pageRect(p);
            const double from = std::max(viewTop, page.top());
            const double to = std::min(viewBottom, page.bottom());
            if (to > from) {
                const QRectF shown(thumb.left(),
                                   thumb.top() + (from - page.top()) / page.height() * thumb.height(),
                                   thumb.width(), (to - from) / page.height() * thumb.height());
                painter.fillRect(shown, QColor(40, 110, 230, 40));
                painter.setPen(QPen(QColor(40, 110, 230), 1.5));
                painter.drawRect(shown);
            }
            painter.setPen(QColor(60, 60, 60));
            painter.drawText(QRectF(0, thumb.bottom() + 1, w + 12, 15), Qt::AlignCenter,
                             QString::number(p + 1));
        }
        // The pages drawn here are the ones worth rendering as thumbnails.
        column_->setThumbsWanted(firstShown, p - 1);
    }

    void paintOverview(QPainter& painter)
    {
        const double total = std::max(1.0, column_->contentHeight());
        const double scale = height() / total;
        const QRectF bar(6, 0, thumbWidth(), height());
        painter.fillRect(bar, Qt::white);
        for (const auto& [change, y] : column_->changeYs()) {
            const QColor colour = changeTypeColour(shared_.changes[static_cast<std::size_t>(change)].type);
            const double top = y * scale;
            painter.fillRect(QRectF(bar.left(), top, bar.width(), 2.5), colour);
            if (change == shared_.current)
                painter.fillRect(QRectF(bar.right() + 1, top - 1, 10, 4.5), QColor(20, 20, 20));
        }
        const QRectF shown(bar.left(), column_->viewTop() * scale, bar.width(),
                           std::max(4.0, column_->viewHeight() * scale));
        painter.fillRect(shown, QColor(40, 110, 230, 40));
        painter.setPen(QPen(QColor(40, 110, 230), 1.5));
        painter.drawRect(shown);
    }

    const Shared& shared_;
    Column* column_;
    std::vector<double> thumbTop_;
    double total_ = 0;
    double offset_ = 0;
};

} // namespace

QColor changeTypeColour(ChangeType type)
{
    switch (type) {
    case ChangeType::Insert:
        return {30, 170, 60};
    case ChangeType::Delete:
        return {220, 45, 45};
    case ChangeType::Replace:
        return {235, 160, 0};
    case ChangeType::Move:
        return {40, 110, 230};
    case ChangeType::Punctuation:
        return {150, 60, 200};
    }
    return {128, 128, 128};
}

struct ComparisonView::Impl
{
    Shared shared;
    QThreadPool pool;
    Column* columns[2] = {nullptr, nullptr};
    ThumbStrip* strips[2] = {nullptr, nullptr};
    Gutter* gutter = nullptr;
    bool sync = true;
    bool syncing = false;
    // Pairs of content y (A, B) where the two sides correspond: the changes outside moves and the
    // equal paragraphs between them, kept increasing on both sides, plus both ends; scrolling maps
    // piecewise linearly between them.
    std::vector<std::pair<double, double>> anchors;
    bool anchorsDirty = true;

    void ensureAnchors()
    {
        if (!anchorsDirty)
            return;
        anchorsDirty = false;
        std::vector<std::pair<double, double>> raw;
        const Document* docA = columns[0]->document();
        const Document* docB = columns[1]->document();
        if (docA && docB) {
            std::vector<const Change*> ordered;
            for (const Change& change : shared.changes)
                if (change.type != ChangeType::Move)
                    ordered.push_back(&change);
            std::sort(ordered.begin(), ordered.end(),
                      [](const Change* x, const Change* y) { return x->a.begin < y->a.begin; });
            // Between two changes the text is equal, so the paragraphs there correspond one to one
            // when both sides have as many; otherwise only the ends of the gap are paired.
            auto pairGap = [&](int fromA, int toA, int fromB, int toB) {
                const int countA = toA - fromA;
                const int countB = toB - fromB;
                if (countA <= 0 || countB <= 0)
                    return;
                auto add = [&](int pa, int pb) {
                    raw.emplace_back(columns[0]->yOf(TextPos{pa, 0}), columns[1]->yOf(TextPos{pb, 0}));
                };
                if (countA == countB) {
                    for (int i = 0; i < countA; ++i)
                        add(fromA + i, fromB + i);
                } else {
                    add(fromA, fromB);
                    add(toA - 1, toB - 1);
                }
            };
            int nextA = 0, nextB = 0;
            for (const Change* change : ordered) {
                pairGap(nextA, change->a.begin.paragraph, nextB, change->b.begin.paragraph);
                raw.emplace_back(columns[0]->yOf(change->a.begin), columns[1]->yOf(change->b.begin));
                nextA = std::max(nextA, change->a.end.paragraph + 1);
                nextB = std::max(nextB, change->b.end.paragraph + 1);
            }
            pairGap(nextA, static_cast<int>(docA->paragraphs.size()), nextB,
                    static_cast<int>(docB->paragraphs.size()));
        }
        std::sort(raw.begin(), raw.end());
        anchors.clear();
        anchors.emplace_back(0.0, 0.0);
        for (const auto& point : raw)
            if (point.first > anchors.back().first && point.second > anchors.back().second)
                anchors.push_back(point);
        const double endA = columns[0]->contentHeight();
        const double endB = columns[1]->contentHeight();
        while (anchors.size() > 1 && (anchors.back().first >= endA || anchors.back().second >= endB))
            anchors.pop_back();
        anchors.emplace_back(std::max(endA, anchors.back().first + 1),
                             std::max(endB, anchors.back().second + 1));
    }

    // Maps a content y of side `from` to the other side.
    double map(int from, double y)
    {
        ensureAnchors();
        auto key = [from](const std::pair<double, double>& point) {
            return from == 0 ? point.first : point.second;
        };
        auto value = [from](const std::pair<double, double>& point) {
            return from == 0 ? point.second : point.first;
        };
        const auto it = std::upper_bound(
            anchors.begin(), anchors.end(), y,
            [&](double v, const std::pair<double, double>& point) { return v < key(point); });
        if (it == anchors.begin())
            return value(*it);
        if (it == anchors.end())
            return value(anchors.back()) + (y - key(anchors.back()));
        const auto& lower = *(it - 1);
        const auto& upper = *it;
        const double span = key(upper) - key(lower);
        return value(lower) + (span > 0 ? (y - key(lower)) / span * (value(upper) - value(lower)) : 0);
    }

    void followScroll(int side)
    {
        if (!sync || syncing || columns[side]->adjusting())
            return;
        syncing = true;
        // Align the line a third of the way down, where the eye reads, rather than the very top.
        const double reference = columns[side]->viewTop() + columns[side]->viewHeight() / 3;
        Column* other = columns[1 - side];
        other->scrollToContentY(map(side, reference) - other->viewHeight() / 3);
        syncing = false;
    }

    void refresh()
    {
        for (int s = 0; s < 2; ++s) {
            columns[s]->viewport()->update();
            strips[s]->update();
        }
        gutter->update();
    }
};

ComparisonView::ComparisonView(QWidget* parent) : QWidget(parent), impl_(std::make_unique<Impl>())
{
    impl_->pool.setMaxThreadCount(2);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (int s = 0; s < 2; ++s) {
        auto* column = new Column(s, impl_->shared, impl_->pool, this);
        impl_->columns[s] = column;
        impl_->strips[s] = new ThumbStrip(impl_->shared, column, this);
        column->setThumbView(impl_->strips[s]);
        column->activated = [this](int index) { Q_EMIT changeActivated(index); };
        column->zoneDrawn = [this, s](int page, QRectF rect) { Q_EMIT zoneDrawn(s, page, rect); };
        column->zoomWheel = [this](double steps) { setZoom(zoom() * std::pow(1.15, steps)); };
        column->layoutChanged = [this, s] {
            impl_->anchorsDirty = true;
            impl_->strips[s]->relayout();
            if (impl_->gutter)
                impl_->gutter->update();
        };
        connect(column->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, s] {
            impl_->followScroll(s);
            impl_->strips[s]->follow();
            impl_->strips[s]->update();
            impl_->gutter->update();
        });
        connect(column->horizontalScrollBar(), &QScrollBar::valueChanged, this,
                [this] { impl_->gutter->update(); });
    }
    impl_->gutter = new Gutter(impl_->shared, impl_->columns[0], impl_->columns[1], this);
    layout->addWidget(impl_->strips[0]);
    layout->addWidget(impl_->columns[0], 1);
    layout->addWidget(impl_->gutter);
    layout->addWidget(impl_->columns[1], 1);
    layout->addWidget(impl_->strips[1]);
}

ComparisonView::~ComparisonView()
{
    // Render tasks post their results to the columns: let them finish before the columns go.
    impl_->pool.clear();
    impl_->pool.waitForDone();
}

void ComparisonView::setDocuments(std::shared_ptr<const documents::Document> a,
                                  std::shared_ptr<const documents::Document> b, PageRenderer renderA,
                                  PageRenderer renderB)
{
    impl_->shared.current = -1;
    impl_->columns[0]->setDocument(std::move(a), std::move(renderA));
    impl_->columns[1]->setDocument(std::move(b), std::move(renderB));
    impl_->anchorsDirty = true;
    impl_->refresh();
}

void ComparisonView::setChanges(const std::vector<documents::Change>& changes)
{
    impl_->shared.changes = changes;
    if (impl_->shared.current >= static_cast<int>(changes.size()))
        impl_->shared.current = -1;
    for (Column* column : impl_->columns)
        column->rebuildMarks();
    impl_->anchorsDirty = true;
    impl_->refresh();
}

void ComparisonView::setVisibleChanges(const std::vector<bool>& visible)
{
    impl_->shared.visible = visible;
    impl_->refresh();
}

void ComparisonView::setVisualBoxes(Side side, int page, const std::vector<QRectF>& boxes)
{
    impl_->columns[side]->setVisualBoxes(page, boxes);
}

void ComparisonView::setMode(Mode mode)
{
    if (impl_->shared.mode == mode)
        return;
    impl_->shared.mode = mode;
    for (Column* column : impl_->columns)
        column->relayout(true);
    impl_->refresh();
}

ComparisonView::Mode ComparisonView::mode() const
{
    return impl_->shared.mode;
}

void ComparisonView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(zoom - impl_->shared.zoom) < 1e-6)
        return;
    impl_->shared.zoom = zoom;
    const bool wasSyncing = impl_->syncing;
    impl_->syncing = true; // each side keeps its own place; no cross-talk while both relayout
    for (Column* column : impl_->columns)
        column->relayout(true);
    impl_->syncing = wasSyncing;
    impl_->refresh();
    Q_EMIT zoomChanged(zoom);
}

double ComparisonView::zoom() const
{
    return impl_->shared.zoom;
}

void ComparisonView::setSyncScroll(bool on)
{
    impl_->sync = on;
    if (on)
        impl_->followScroll(0);
}

void ComparisonView::showChange(int index)
{
    if (index < 0 || index >= static_cast<int>(impl_->shared.changes.size()))
        return;
    impl_->shared.current = index;
    const bool wasSyncing = impl_->syncing;
    impl_->syncing = true;
    for (Column* column : impl_->columns)
        column->scrollToChange(index);
    impl_->syncing = wasSyncing;
    impl_->refresh();
}

void ComparisonView::setZoneEditing(bool on)
{
    impl_->shared.zoneEditing = on;
    for (Column* column : impl_->columns)
        column->viewport()->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
}

void ComparisonView::setZones(Side side, const std::vector<std::pair<int, QRectF>>& pageAndRelativeRect)
{
    impl_->columns[side]->setZones(pageAndRelativeRect);
}

} // namespace ws::widgets
