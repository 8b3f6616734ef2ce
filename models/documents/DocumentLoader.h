#pragma once

// Reads any supported file into a Document: PDF (text layer; OCR for pages without one), DOCX,
// plain text, Markdown, HTML, and images (OCR). The format is sniffed from the bytes, not trusted
// from the extension. Errors name the file and, where known, the page or byte position.

#include "documents/Document.h"
#include "documents/Exclusions.h"

#include <QString>

#include <atomic>
#include <functional>
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

// Fills `error` (when not null) and returns std::nullopt, for the readers' early returns.
std::nullopt_t failLoad(LoadError* error, LoadError::Kind kind, const QString& message, int page = 0,
                        qint64 offset = -1);

} // namespace ws::documents
