#pragma once

// The PDF rendition of the redline report: the report body (documents::reportBodyHtml) laid out on
// A4 pages with QTextDocument and drawn page by page into a QPdfWriter, with a diagonal,
// semi-transparent watermark (reviewer and time) and a footer (page i / n, both files' SHA-256
// prefixes) on every page. Chinese text uses Noto Sans CJK SC.

#include "documents/Report.h"

#include <QString>

namespace ws::widgets {

// Writes the report to `path` (overwriting it). On failure returns false with `error` naming the
// file. Needs a QGuiApplication (the offscreen platform is enough).
bool writeReportPdf(const documents::ReportInput& input, const QString& path, QString* error);

} // namespace ws::widgets
