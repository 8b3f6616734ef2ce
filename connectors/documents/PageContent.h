#pragma once

// What the document sources (PDF text layer, OCR of a page image) hand to the document model:
// words in reading order with per-character boxes and confidences, page by page. Plain C++ (no
// Qt), so the PDF and OCR code lives in connectors beside the other decoders of outside bytes.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ws::docsrc {

// A rectangle in page points (1/72 inch), origin at the page's top-left corner, y down.
struct Box
{
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float width() const { return x1 - x0; }
    float height() const { return y1 - y0; }
};

// One word (a run of characters without a space inside) as the source laid it out.
struct Word
{
    std::u32string text;        // code points
    std::vector<Box> charBoxes; // one per code point
    Box box;
    float fontSize = 0;            // points; 0 when unknown
    bool spaceAfter = false;       // the source put a space (or a gap) after the word on its line
    bool lineEndAfter = false;     // the word ends a text line
    bool blockEndAfter = false;    // the word ends a text block (a paragraph or a column block)
    std::vector<float> confidence; // OCR: per code point, 0–100; empty for a text layer (certain)
};

struct PageText
{
    int number = 0;          // 1-based
    float width = 0;         // points
    float height = 0;        // points
    std::vector<Word> words; // reading order
};

// An 8-bit grey or 32-bit BGRA raster of a page (the layout OpenCV and QImage::Format_ARGB32 share).
struct Raster
{
    int width = 0, height = 0;
    int channels = 1; // 1 = grey, 4 = BGRA
    int stride = 0;   // bytes per row
    double dpi = 0;
    std::vector<std::uint8_t> pixels;
    bool empty() const { return pixels.empty(); }
};

// Why a source could not be read. The message names the file; `page` is 1-based when known.
struct SourceError
{
    enum class Kind {
        None,
        NotFound,
        Unreadable,
        Corrupt,
        Encrypted,
        WrongPassword,
        Empty,
        Unsupported,
        OcrUnavailable,
        Cancelled
    };
    Kind kind = Kind::None;
    std::string message;
    int page = 0;
    explicit operator bool() const { return kind != Kind::None; }
};

} // namespace ws::docsrc
