#pragma once

// PDF pages through Poppler's C++ frontend (poppler-cpp): the text layer as words with
// per-character boxes, and page rasters. Poppler's Qt frontend would pull QtGui into the layers
// below the widgets; poppler-cpp is the same engine without Qt.

#include "documents/PageContent.h"

#include <memory>
#include <string>
#include <vector>

namespace poppler {
class document;
}

namespace ws::docsrc {

class PdfSource
{
public:
    // Opens `path`. An encrypted file without the right password fails with Kind::Encrypted (no
    // password given) or Kind::WrongPassword; a damaged one with Kind::Corrupt. Never throws.
    static std::unique_ptr<PdfSource> open(const std::string& path, const std::string& password,
                                           SourceError* error);
    // Opens a PDF held in memory (the fuzzer; attachments); `name` only labels error messages.
    static std::unique_ptr<PdfSource> openFromData(std::vector<char> bytes, const std::string& name,
                                                   const std::string& password, SourceError* error);
    ~PdfSource();
    PdfSource(const PdfSource&) = delete;
    PdfSource& operator=(const PdfSource&) = delete;

    int pageCount() const;
    // The text layer of page `number` (1-based) in reading order; empty words when the page has none.
    PageText text(int number) const;
    // True when the page has a usable text layer (a scan has none: offer OCR).
    bool hasText(int number) const;
    // The largest raster render() makes (a 600-dpi A3 page is 70 M pixels); a larger page comes
    // back at the lower dpi that fits, with Raster::dpi saying which.
    static constexpr double kMaxRasterPixels = 80e6;
    // Renders page `number` at `dpi`; grey (1 channel) or BGRA (4 channels). Thread-safe per object
    // only when called from one thread at a time; open one PdfSource per worker thread.
    Raster render(int number, double dpi, bool grey) const;

private:
    PdfSource();
    static std::unique_ptr<PdfSource> adopt(std::unique_ptr<poppler::document> doc, const std::string& label,
                                            const std::string& password, SourceError* error);
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace ws::docsrc
