#pragma once

// DOCX (Office Open XML) through QuaZip and QXmlStreamReader: body paragraphs and runs, tables
// (each cell paragraph a TableCell), headers and footers (kept, excluded), automatic numbering
// computed into list labels (一、 （一） 1. (1)), heading styles, tracked changes as accepted
// (deletions dropped, insertions kept).

#include "documents/Document.h"
#include "documents/DocumentLoader.h"

#include <QString>

#include <QByteArray>

#include <optional>
#include <utility>
#include <vector>

namespace ws::documents {

// Reads the paragraphs of the DOCX at `path`; the caller fills the file identity.
std::optional<Document> readDocx(const QString& path, const LoadOptions& options, LoadError* error);

// The XML parts of a DOCX package, already unpacked: readDocx fills it from the ZIP; tests and the
// fuzzer hand parts in directly.
struct DocxParts
{
    QByteArray document;  // word/document.xml
    QByteArray styles;    // word/styles.xml; empty when the package has none
    QByteArray numbering; // word/numbering.xml; empty when the package has none
    std::vector<std::pair<QString, QByteArray>> headers, footers; // part name and bytes, in order
};

// Reads the paragraphs of unpacked DOCX parts; `fileName` names the file in error messages.
std::optional<Document> readDocxParts(const DocxParts& parts, const QString& fileName,
                                      const LoadOptions& options, LoadError* error);

// True when the ZIP file at `path` holds word/document.xml (a DOCX, whatever its extension).
bool isDocxPackage(const QString& path);

} // namespace ws::documents
