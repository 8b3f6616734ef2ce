#pragma once

// Writing test and benchmark documents as real PDFs (QtGui's QPdfWriter), shared by the document
// tests and bench_docdiff.

#include "documents/Document.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <vector>

// A corpus document as a real PDF: A4, 10.5 pt Noto Serif CJK SC, paragraphs wrapped by
// QTextLayout and broken across pages line by line, a running header and a "第 N 页" footer.
// Returns the page count, 0 on failure.
inline int writeCorpusPdf(const QString& path, const ws::documents::Document& document)
{
    constexpr double pageWidth = 595.276, pageHeight = 841.89, margin = 72, bodySize = 10.5;
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(72);
    QPainter painter(&writer);
    if (!painter.isActive())
        return 0;
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPointSizeF(bodySize);
    QFont small = font;
    small.setPointSizeF(9);
    const QFontMetricsF smallMetrics(small, &writer);
    int page = 1;
    const auto furniture = [&] {
        painter.setFont(small);
        const QString header = QStringLiteral("基金合同（2024年修订）");
        painter.drawText(QPointF((pageWidth - smallMetrics.horizontalAdvance(header)) / 2, 40), header);
        const QString footer = QStringLiteral("第 %1 页").arg(page);
        painter.drawText(QPointF((pageWidth - smallMetrics.horizontalAdvance(footer)) / 2, pageHeight - 32),
                         footer);
    };
    furniture();
    double y = margin;
    for (const ws::documents::Paragraph& paragraph : document.paragraphs) {
        QTextLayout layout(paragraph.text, font, &writer);
        std::vector<int> linePages; // lines are laid out first, then drawn page by page
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(pageWidth - 2 * margin);
            const int linePage = linePages.empty() ? page : linePages.back();
            if (y + line.height() > pageHeight - margin) {
                linePages.push_back(linePage + 1);
                y = margin;
            } else {
                linePages.push_back(linePage);
            }
            line.setPosition(QPointF(margin, y));
            y += line.height();
        }
        layout.endLayout();
        painter.setFont(font);
        for (int i = 0; i < layout.lineCount(); ++i) {
            if (linePages[static_cast<std::size_t>(i)] > page) {
                writer.newPage();
                ++page;
                furniture();
            }
            layout.lineAt(i).draw(&painter, QPointF(0, 0));
        }
        y += bodySize * 0.6;
    }
    return painter.end() ? page : 0;
}
