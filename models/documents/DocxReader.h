#pragma once

// DOCX (Office Open XML) through QuaZip and QXmlStreamReader: body paragraphs and runs, tables
// (each cell paragraph a TableCell), headers and footers (kept, excluded), automatic numbering
// computed into list labels (一、 （一） 1. (1)), heading styles, tracked changes as accepted
// (deletions dropped, insertions kept).

#include "documents/Document.h"
#include "documents/DocumentLoader.h"

#include <QString>

#include <optional>

namespace ws::documents {

// Reads the paragraphs of the DOCX at `path`; the caller fills the file identity.
std::optional<Document> readDocx(const QString& path, const LoadOptions& options, LoadError* error);

// True when the ZIP file at `path` holds word/document.xml (a DOCX, whatever its extension).
bool isDocxPackage(const QString& path);

} // namespace ws::documents
