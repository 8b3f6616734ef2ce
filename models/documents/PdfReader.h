#pragma once

// PDF (text layer through connectors' PdfSource; OCR for pages without one) and image files (OCR)
// into paragraphs: words grouped into lines, lines into paragraphs by block ends, indentation,
// short last lines and list labels, paragraphs continued across page breaks, and every UTF-16 unit
// given its page box. Running headers, footers, page numbers and watermarks are split off into
// paragraphs of their own so markRepeatedFurniture can exclude them without touching body text.

#include "documents/Document.h"
#include "documents/DocumentLoader.h"

#include "documents/PageContent.h"

#include <QString>

#include <optional>
#include <vector>

namespace ws::documents {

std::optional<Document> readPdf(const QString& path, const LoadOptions& options, LoadError* error);
std::optional<Document> readImage(const QString& path, const LoadOptions& options, LoadError* error);

// Paragraphs from pages of words (text layer or OCR), the layout analysis readPdf uses.
// `ocrPages` flags, per entry of `pages`, the ones whose words came from OCR.
Document documentFromPages(const std::vector<docsrc::PageText>& pages, const std::vector<bool>& ocrPages);

} // namespace ws::documents
