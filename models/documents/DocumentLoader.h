#pragma once

// Reads any supported file into a Document: PDF (text layer; OCR for pages without one), DOCX,
// plain text, Markdown, HTML, and images (OCR). The format is sniffed from the bytes, not trusted
// from the extension. Errors name the file and, where known, the page or byte position.

#include "documents/Document.h"
#include "documents/Exclusions.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ws::documents {

struct LoadOptions
{
    QString password;                // for encrypted PDFs
    bool ocrPagesWithoutText = true; // a PDF page with no text layer is OCR'd when OCR is installed
    bool forceOcr = false;           // OCR every page even with a text layer
    QString ocrLanguages = QStringLiteral("chi_sim+eng");
    double ocrDpi = 300;
    bool detectRepeated = true;   // mark repeated headers/footers/page numbers/watermarks excluded
    ExclusionTemplate exclusions; // reviewer-defined zones and patterns, applied after reading
    int maxPages = 5000;          // larger documents are refused with a clear message
    const std::atomic_bool* cancel = nullptr;
    std::function<void(double)> progress; // 0–1, from the loading thread
    // Paged sources (PDF, scans): after `partialEveryPages` pages read, and again each time the pages
    // read have doubled (25, 50, 100, 200…), a snapshot of the document so far, from the loading thread, so a
    // comparison can start before the whole file is read. A snapshot holds the paragraphs of the pages read
    // so far, without the last one when it may go on onto the next page, so its paragraphs are the first
    // paragraphs of the finished document. Its `pages` are the pages read; repeated furniture is detected on
    // them once there are three, so it is preliminary; `file` has the path, name, size and time but no
    // SHA-256 yet.
    std::function<void(std::shared_ptr<const Document>)> partial;
    int partialEveryPages = 25;
};

struct LoadError
{
    enum class Kind {
        None,
        NotFound,
        Unreadable,
        Unsupported,
        Corrupt,
        NeedsPassword,
        WrongPassword,
        Empty,
        TooLarge,
        NoTextLayer,
        OcrUnavailable,
        Cancelled
    };
    Kind kind = Kind::None;
    QString message;    // translated, names the file
    int page = 0;       // 1-based when known
    qint64 offset = -1; // byte position when known
};

SourceFormat sniffFormat(const QString& path, const QByteArray& head); // head = the first 4 KiB

std::optional<Document> loadDocument(const QString& path, const LoadOptions& options, LoadError* error);

// Readers of text already in memory (tests and the text view use these too).
Document documentFromText(const QString& text, SourceFormat format = SourceFormat::Text);

// The translated one-line description of an error kind ("The file is damaged"), for lists and logs.
QString loadErrorKindName(LoadError::Kind kind);

// Fills `error` (when not null) and returns std::nullopt, for the readers' early returns. Inline so
// a reader links without the loader (the fuzz targets build single readers).
inline std::nullopt_t failLoad(LoadError* error, LoadError::Kind kind, const QString& message, int page = 0,
                               qint64 offset = -1)
{
    if (error) {
        error->kind = kind;
        error->message = message;
        error->page = page;
        error->offset = offset;
    }
    return std::nullopt;
}

} // namespace ws::documents
