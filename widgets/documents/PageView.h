#pragma once

// The side-by-side viewer of a comparison: the two documents as rendered pages (or as text when a
// side has no pages, or on request), with every change highlighted in place, a connector between
// the two places of a move, synchronised scrolling, zoom, page thumbnails with change markers, and
// a mode for drawing exclusion zones on a page.

#include "documents/DocDiff.h"
#include "documents/Document.h"

#include <QColor>
#include <QRectF>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

namespace ws::widgets {

// Renders page `page` (1-based) of one side at `dpi`; called on worker threads, never on the GUI
// thread. Returns a null image when the side cannot be rendered.
// The colour of each change type, shared by the viewer's highlights and the panel's change list.
QColor changeTypeColour(documents::ChangeType type);

using PageRenderer = std::function<QImage(int page, double dpi)>;

class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Pages, Text };
    enum Side { A = 0, B = 1 };

    explicit ComparisonView(QWidget* parent = nullptr);
    ~ComparisonView() override;

    // Shows two documents; a side without pages (text, DOCX) or without a renderer shows text.
    void setDocuments(std::shared_ptr<const documents::Document> a,
                      std::shared_ptr<const documents::Document> b, PageRenderer renderA,
                      PageRenderer renderB);
    // The changes to highlight (the whole list so far; called again as partial results arrive).
    void setChanges(const std::vector<documents::Change>& changes);
    // Which changes are shown (filters by type/material); the others are not highlighted.
    void setVisibleChanges(const std::vector<bool>& visible);
    // Difference boxes found by the visual page compare, in page points of that side's page.
    void setVisualBoxes(Side side, int page, const std::vector<QRectF>& boxes);
    void setMode(Mode mode);
    Mode mode() const;
    void setZoom(double zoom); // 1.0 = 100 % (a page point is a pixel at 72 dpi × devicePixelRatio)
    double zoom() const;
    void setSyncScroll(bool on);
    // Scrolls both sides to the change and marks it current.
    void showChange(int index);
    // While on, dragging on a page draws an exclusion zone (reported, not kept by the view).
    void setZoneEditing(bool on);
    void setZones(Side side, const std::vector<std::pair<int, QRectF>>& pageAndRelativeRect);

Q_SIGNALS:
    void changeActivated(int index); // the user clicked a highlight
    void zoneDrawn(int side, int page, QRectF relativeRect);
    void zoomChanged(double zoom);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace ws::widgets
