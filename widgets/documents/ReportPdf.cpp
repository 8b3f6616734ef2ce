#include "documents/ReportPdf.h"

#include "core/BuildInfo.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace ws::widgets {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::widgets", text); // lupdate files free-function tr() here
}

constexpr int kResolution = 300;                // dpi of the PDF's coordinate system (text stays vector)
constexpr double kMarginMm = 16;                // all four sides
constexpr double kFooterMm = 9;                 // reserved under the text of every page
constexpr int kWatermarkCopies = 3;             // diagonal lines per page
const QColor kWatermarkColour(40, 90, 200, 46); // blue, nothing else in the report is blue

QFont reportFont(double pointSize, bool bold = false)
{
    // Latin letters and digits from DejaVu Sans, Chinese from Noto Sans CJK SC: digits shaped by the
    // CJK font in Latin runs come out as glyphs Qt's PDF ToUnicode table cannot map, so copying or
    // searching the PDF would lose every number (page numbers, amounts, hashes).
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Noto Serif CJK SC")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

double mmToPixels(double mm)
{
    return mm / 25.4 * kResolution;
}

// The reviewer and the time across the page, so a printed or forwarded copy shows who exported it.
// Drawn as outlines, not text: glyphs scattered diagonally over the body would be mixed into the
// body's words by PDF text extraction (copy and paste, search). The footer carries it as text.
void drawWatermark(QPainter& painter, const QRectF& page, const QString& text)
{
    QFont font = reportFont(10, true);
    font.setPixelSize(100);
    QPainterPath outline;
    outline.addText(0, 0, font, text);
    // As wide as most of the page, whatever the length of the reviewer's name.
    const QRectF bounds = outline.boundingRect();
    const double scale =
        std::min(page.width() * 0.7 / bounds.width(), page.height() * 0.06 / bounds.height());
    QTransform fit;
    fit.scale(scale, scale);
    fit.translate(-bounds.center().x(), -bounds.center().y());
    outline = fit.map(outline);
    painter.save();
    painter.translate(page.center());
    painter.rotate(-35);
    const double spacing = page.height() / (kWatermarkCopies + 0.5);
    for (int i = 0; i < kWatermarkCopies; ++i) {
        const double y = (i - (kWatermarkCopies - 1) / 2.0) * spacing;
        painter.fillPath(outline.translated(0, y), kWatermarkColour);
    }
    painter.restore();
}

void drawFooter(QPainter& painter, const QRectF& footer, const QString& left, const QString& right)
{
    painter.save();
    painter.setFont(reportFont(7));
    painter.setPen(QColor(90, 90, 90));
    painter.drawLine(footer.topLeft(), footer.topRight());
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.restore();
}

} // namespace

bool writeReportPdf(const documents::ReportInput& input, const QString& path, QString* error)
{
    const auto failed = [&](const QString& why) {
        if (error)
            *error = tr("Cannot write the report %1: %2").arg(QFileInfo(path).absoluteFilePath(), why);
        return false;
    };
    // QSaveFile: a failed export never leaves half a PDF where an earlier report was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());

    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    writer.setTitle(tr("Document comparison report: %1 / %2").arg(input.a.fileName, input.b.fileName));
    writer.setCreator(QStringLiteral("workstation %1").arg(core::applicationVersion()));

    // Painting starts at the top-left corner of the area inside the margins.
    const QRect paintRect = writer.pageLayout().paintRectPixels(kResolution);
    const double footerHeight = mmToPixels(kFooterMm);
    const QSizeF bodySize(paintRect.width(), paintRect.height() - footerHeight);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer); // point sizes measured at the PDF's resolution
    document.setDefaultFont(reportFont(9));
    document.setHtml(documents::reportBodyHtml(input));
    document.setPageSize(bodySize); // QTextDocument paginates: no line is cut between two pages
    const int pages = std::max(1, document.pageCount());

    const QString watermark = input.watermark();
    const QString fileIds = tr("A %1 · B %2").arg(input.a.sha256Hex().left(16), input.b.sha256Hex().left(16));
    const QRectF fullPage(0, 0, paintRect.width(), paintRect.height());
    const QRectF footer(0, bodySize.height() + footerHeight * 0.25, bodySize.width(), footerHeight * 0.75);

    QPainter painter;
    if (!painter.begin(&writer))
        return failed(tr("the PDF writer could not start"));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage()) {
            painter.end();
            return failed(tr("could not start page %1").arg(page + 1));
        }
        const QRectF slice(0, page * bodySize.height(), bodySize.width(), bodySize.height());
        painter.save();
        painter.translate(0, -slice.top());
        painter.setClipRect(slice);
        document.drawContents(&painter, slice);
        painter.restore();
        drawFooter(painter, footer, watermark + QStringLiteral("   ") + fileIds,
                   tr("page %1 / %2").arg(page + 1).arg(pages));
        drawWatermark(painter, fullPage, watermark);
    }
    if (!painter.end())
        return failed(tr("the PDF writer failed"));
    if (!file.commit())
        return failed(file.errorString());
    return true;
}

} // namespace ws::widgets
