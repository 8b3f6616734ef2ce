#include "documents/PdfSource.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <system_error>

namespace ws::docsrc {

namespace {

// Poppler prints every syntax error of a damaged file to stderr; the caller gets a SourceError.
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once,
                   [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

// Fonts such as Noto CJK map a radical (Kangxi radicals U+2F00…, CJK radicals supplement U+2E80…)
// and its unified ideograph (U+4E00 一, U+6C11 民…) to the same glyph, and some PDF producers (Qt's
// among them) then write the radical into the ToUnicode map: the page shows 一 but the text layer
// says ⼀. They look identical, so the text layer is given the unified ideograph: the NFKC form for
// the Kangxi block, Unicode's EquivalentUnifiedIdeograph.txt for the supplement (0: none).
constexpr char32_t kKangxiToUnified[] = {
    0x4E00, 0x4E28, 0x4E36, 0x4E3F, 0x4E59, 0x4E85, 0x4E8C, 0x4EA0, 0x4EBA, 0x513F, 0x5165, 0x516B, 0x5182,
    0x5196, 0x51AB, 0x51E0, 0x51F5, 0x5200, 0x529B, 0x52F9, 0x5315, 0x531A, 0x5338, 0x5341, 0x535C, 0x5369,
    0x5382, 0x53B6, 0x53C8, 0x53E3, 0x56D7, 0x571F, 0x58EB, 0x5902, 0x590A, 0x5915, 0x5927, 0x5973, 0x5B50,
    0x5B80, 0x5BF8, 0x5C0F, 0x5C22, 0x5C38, 0x5C6E, 0x5C71, 0x5DDB, 0x5DE5, 0x5DF1, 0x5DFE, 0x5E72, 0x5E7A,
    0x5E7F, 0x5EF4, 0x5EFE, 0x5F0B, 0x5F13, 0x5F50, 0x5F61, 0x5F73, 0x5FC3, 0x6208, 0x6236, 0x624B, 0x652F,
    0x6534, 0x6587, 0x6597, 0x65A4, 0x65B9, 0x65E0, 0x65E5, 0x66F0, 0x6708, 0x6728, 0x6B20, 0x6B62, 0x6B79,
    0x6BB3, 0x6BCB, 0x6BD4, 0x6BDB, 0x6C0F, 0x6C14, 0x6C34, 0x706B, 0x722A, 0x7236, 0x723B, 0x723F, 0x7247,
    0x7259, 0x725B, 0x72AC, 0x7384, 0x7389, 0x74DC, 0x74E6, 0x7518, 0x751F, 0x7528, 0x7530, 0x758B, 0x7592,
    0x7676, 0x767D, 0x76AE, 0x76BF, 0x76EE, 0x77DB, 0x77E2, 0x77F3, 0x793A, 0x79B8, 0x79BE, 0x7A74, 0x7ACB,
    0x7AF9, 0x7C73, 0x7CF8, 0x7F36, 0x7F51, 0x7F8A, 0x7FBD, 0x8001, 0x800C, 0x8012, 0x8033, 0x807F, 0x8089,
    0x81E3, 0x81EA, 0x81F3, 0x81FC, 0x820C, 0x821B, 0x821F, 0x826E, 0x8272, 0x8278, 0x864D, 0x866B, 0x8840,
    0x884C, 0x8863, 0x897E, 0x898B, 0x89D2, 0x8A00, 0x8C37, 0x8C46, 0x8C55, 0x8C78, 0x8C9D, 0x8D64, 0x8D70,
    0x8DB3, 0x8EAB, 0x8ECA, 0x8F9B, 0x8FB0, 0x8FB5, 0x9091, 0x9149, 0x91C6, 0x91CC, 0x91D1, 0x9577, 0x9580,
    0x961C, 0x96B6, 0x96B9, 0x96E8, 0x9751, 0x975E, 0x9762, 0x9769, 0x97CB, 0x97ED, 0x97F3, 0x9801, 0x98A8,
    0x98DB, 0x98DF, 0x9996, 0x9999, 0x99AC, 0x9AA8, 0x9AD8, 0x9ADF, 0x9B25, 0x9B2F, 0x9B32, 0x9B3C, 0x9B5A,
    0x9CE5, 0x9E75, 0x9E7F, 0x9EA5, 0x9EBB, 0x9EC3, 0x9ECD, 0x9ED1, 0x9EF9, 0x9EFD, 0x9F0E, 0x9F13, 0x9F20,
    0x9F3B, 0x9F4A, 0x9F52, 0x9F8D, 0x9F9C, 0x9FA0};
constexpr char32_t kRadicalSupplementToUnified[] = {
    0x0000, 0x5382,  0x4E5B,  0x4E5A, 0x4E59, 0x4EBB,  0x5182,  0x20628, 0x5200,  0x5202,  0x535C,  0x353E,
    0x5C0F, 0x5C0F,  0x5140,  0x5C23, 0x5C22, 0x21BC2, 0x5DF3,  0x5E7A,  0x5F51,  0x2B739, 0x5FC4,  0x5FC3,
    0x624C, 0x6535,  0x0000,  0x65E1, 0x65E5, 0x6708,  0x6B7A,  0x6BCD,  0x6C11,  0x6C35,  0x6C3A,  0x706C,
    0x722B, 0x722B,  0x4E2C,  0x725B, 0x72AD, 0x738B,  0x24D14, 0x76EE,  0x793A,  0x793B,  0x25AD7, 0x7CF9,
    0x7E9F, 0x7F53,  0x7F52,  0x34C1, 0x5197, 0x2626B, 0x7F8A,  0x2634C, 0x2634B, 0x8002,  0x8080,  0x807F,
    0x8089, 0x26951, 0x8279,  0x8279, 0x8279, 0x864E,  0x8864,  0x8980,  0x897F,  0x89C1,  0x89D2,  0x278B2,
    0x8BA0, 0x8D1D,  0x27FB7, 0x8F66, 0x8FB6, 0x8FB6,  0x8FB6,  0x9091,  0x9485,  0x9577,  0x9578,  0x957F,
    0x95E8, 0x28E0F, 0x961D,  0x96E8, 0x9752, 0x97E6,  0x9875,  0x98CE,  0x98DE,  0x98DF,  0x2967F, 0x98E0,
    0x9963, 0x29810, 0x9A6C,  0x9AA8, 0x9B3C, 0x9C7C,  0x9E1F,  0x5364,  0x9EA6,  0x9EC4,  0x9EFE,  0x6589,
    0x9F50, 0x6B6F,  0x9F7F,  0x7ADC, 0x9F99, 0x9F9C,  0x4E80,  0x9F9F};

char32_t unifiedIdeograph(char32_t c)
{
    constexpr char32_t kangxi = 0x2F00, supplement = 0x2E80;
    if (c >= kangxi && c < kangxi + std::size(kKangxiToUnified))
        return kKangxiToUnified[c - kangxi];
    if (c >= supplement && c < supplement + std::size(kRadicalSupplementToUnified)) {
        const char32_t unified = kRadicalSupplementToUnified[c - supplement];
        return unified ? unified : c;
    }
    return c;
}

std::u32string toCodePoints(const poppler::ustring& utf16)
{
    std::u32string out;
    out.reserve(utf16.size());
    for (std::size_t i = 0; i < utf16.size(); ++i) {
        const char32_t unit = utf16[i];
        if (unit >= 0xD800 && unit < 0xDC00 && i + 1 < utf16.size()) {
            const char32_t low = utf16[i + 1];
            if (low >= 0xDC00 && low < 0xE000) {
                out.push_back(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                ++i;
                continue;
            }
        }
        out.push_back(unifiedIdeograph(unit));
    }
    return out;
}

// poppler-cpp's text boxes come from TextOutputDev, which works in device space flipped upside
// down: x right, y down, origin at the top-left of the crop box, in points (rendered at 72 dpi).
Box toBox(const poppler::rectf& r)
{
    return Box{static_cast<float>(r.left()), static_cast<float>(r.top()), static_cast<float>(r.right()),
               static_cast<float>(r.bottom())};
}

bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

// The text layer gives words, not lines: a line ends where the next word does not continue on the
// same baseline to the right; a block ends where the gap to the next line is clearly wider than
// the page's usual line pitch (a paragraph gap), where the font size changes a lot (a heading), or
// where reading jumps back up (the next column).
void markLinesAndBlocks(std::vector<Word>& words)
{
    if (words.empty())
        return;
    struct Line
    {
        std::size_t first = 0, last = 0;
        float top = 0, bottom = 0, baseline = 0, fontSize = 0, left = 0;
    };
    std::vector<Line> lines;
    Line current{0, 0, words[0].box.y0, words[0].box.y1, words[0].box.y1, words[0].fontSize, words[0].box.x0};
    for (std::size_t i = 1; i < words.size(); ++i) {
        const Word& prev = words[i - 1];
        const Word& next = words[i];
        const float height = std::max({prev.box.height(), next.box.height(), 1.0f});
        const bool sameBaseline = std::abs(next.box.y1 - prev.box.y1) < 0.5f * height;
        const bool overlapsVertically =
            std::min(prev.box.y1, next.box.y1) - std::max(prev.box.y0, next.box.y0) > 0.5f * height;
        const bool continuesRight = next.box.x0 > prev.box.x1 - 0.25f * height;
        if ((sameBaseline || overlapsVertically) && continuesRight) {
            current.last = i;
            current.top = std::min(current.top, next.box.y0);
            current.bottom = std::max(current.bottom, next.box.y1);
            current.fontSize = std::max(current.fontSize, next.fontSize);
            continue;
        }
        lines.push_back(current);
        current = Line{i, i, next.box.y0, next.box.y1, next.box.y1, next.fontSize, next.box.x0};
    }
    lines.push_back(current);
    for (Line& line : lines)
        line.baseline = words[line.last].box.y1;

    // The line pitch inside a paragraph is the page's smallest regular pitch (paragraph gaps only
    // add to it); a low percentile ignores the odd sub- or superscript line.
    std::vector<float> pitches;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const float pitch = lines[i].top - lines[i - 1].top;
        const float size = std::max(lines[i].fontSize, lines[i - 1].fontSize);
        if (pitch > 0.5f * size && pitch < 3.0f * size &&
            std::abs(lines[i].fontSize - lines[i - 1].fontSize) < 0.15f * size)
            pitches.push_back(pitch);
    }
    std::sort(pitches.begin(), pitches.end());
    const float usualPitch = pitches.empty() ? 0.0f : pitches[pitches.size() / 5];

    for (std::size_t i = 0; i < lines.size(); ++i) {
        Word& last = words[lines[i].last];
        last.lineEndAfter = true;
        last.spaceAfter = false;
        if (i + 1 == lines.size()) {
            last.blockEndAfter = true;
            continue;
        }
        const Line& line = lines[i];
        const Line& next = lines[i + 1];
        const float size = std::max({line.fontSize, next.fontSize, line.bottom - line.top, 1.0f});
        const float pitch = next.top - line.top;
        const float gap = next.top - line.bottom;
        bool blockEnd = false;
        if (pitch < -0.5f * size)
            blockEnd = true; // reading order went back up: another column or a float
        else if (std::abs(next.fontSize - line.fontSize) > 0.2f * size)
            blockEnd = true;
        else if (usualPitch > 0 && pitches.size() >= 2)
            blockEnd = pitch > std::max(1.3f * usualPitch, usualPitch + 0.4f * size);
        else
            blockEnd = gap > 1.0f * size;
        last.blockEndAfter = blockEnd;
    }

    // Between CJK characters a text layer never needs a space, even if the producer spaced them.
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        Word& w = words[i];
        if (w.lineEndAfter || w.text.empty() || words[i + 1].text.empty())
            continue;
        if (isCjk(w.text.back()) && isCjk(words[i + 1].text.front()))
            w.spaceAfter = false;
    }
}

std::string describe(const std::string& path)
{
    return "\"" + path + "\"";
}

} // namespace

struct PdfSource::Impl
{
    std::string path;
    std::unique_ptr<poppler::document> document;
};

PdfSource::PdfSource() : impl_(std::make_unique<Impl>()) {}
PdfSource::~PdfSource() = default;

namespace {

std::unique_ptr<PdfSource> failOpen(SourceError* error, SourceError::Kind kind, std::string message)
{
    if (error) {
        error->kind = kind;
        error->message = std::move(message);
        error->page = 0;
    }
    return nullptr;
}

} // namespace

// Checks what poppler loaded (null, locked, no pages) and adopts it.
std::unique_ptr<PdfSource> PdfSource::adopt(std::unique_ptr<poppler::document> doc, const std::string& label,
                                            const std::string& password, SourceError* error)
{
    if (!doc)
        return failOpen(error, SourceError::Kind::Corrupt,
                        "File " + describe(label) + " is not a PDF document or is damaged");
    if (doc->is_locked()) {
        if (password.empty())
            return failOpen(error, SourceError::Kind::Encrypted,
                            "File " + describe(label) + " is encrypted; a password is needed");
        if (!doc->unlock(password, password) || doc->is_locked())
            return failOpen(error, SourceError::Kind::WrongPassword,
                            "The password for " + describe(label) + " is not correct");
    }
    if (doc->pages() <= 0)
        return failOpen(error, SourceError::Kind::Corrupt,
                        "File " + describe(label) + " has no readable pages (truncated or damaged)");
    std::unique_ptr<PdfSource> source(new PdfSource());
    source->impl_->path = label;
    source->impl_->document = std::move(doc);
    return source;
}

std::unique_ptr<PdfSource> PdfSource::open(const std::string& path, const std::string& password,
                                           SourceError* error)
{
    if (error)
        *error = SourceError{};
    silencePoppler();
    try {
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (ec || !std::filesystem::exists(status))
            return failOpen(error, SourceError::Kind::NotFound, "File " + describe(path) + " does not exist");
        if (!std::filesystem::is_regular_file(status))
            return failOpen(error, SourceError::Kind::Unreadable,
                            "File " + describe(path) + " is not a regular file");
        const auto size = std::filesystem::file_size(path, ec);
        if (!std::ifstream(path, std::ios::binary).good())
            return failOpen(error, SourceError::Kind::Unreadable,
                            "File " + describe(path) + " cannot be read");
        if (!ec && size == 0)
            return failOpen(error, SourceError::Kind::Empty,
                            "File " + describe(path) + " is empty (0 bytes)");

        // The one password may be either the user or the owner password of the file.
        return adopt(
            std::unique_ptr<poppler::document>(poppler::document::load_from_file(path, password, password)),
            path, password, error);
    } catch (const std::exception& e) {
        return failOpen(error, SourceError::Kind::Corrupt,
                        "File " + describe(path) + " cannot be read: " + e.what());
    } catch (...) {
        return failOpen(error, SourceError::Kind::Corrupt, "File " + describe(path) + " cannot be read");
    }
}

std::unique_ptr<PdfSource> PdfSource::openFromData(std::vector<char> bytes, const std::string& name,
                                                   const std::string& password, SourceError* error)
{
    if (error)
        *error = SourceError{};
    silencePoppler();
    try {
        if (bytes.empty())
            return failOpen(error, SourceError::Kind::Empty,
                            "File " + describe(name) + " is empty (0 bytes)");
        // load_from_data takes the bytes over (it swaps the vector): the document keeps them alive.
        return adopt(
            std::unique_ptr<poppler::document>(poppler::document::load_from_data(&bytes, password, password)),
            name, password, error);
    } catch (const std::exception& e) {
        return failOpen(error, SourceError::Kind::Corrupt,
                        "File " + describe(name) + " cannot be read: " + e.what());
    } catch (...) {
        return failOpen(error, SourceError::Kind::Corrupt, "File " + describe(name) + " cannot be read");
    }
}

int PdfSource::pageCount() const
{
    return impl_->document ? impl_->document->pages() : 0;
}

PageText PdfSource::text(int number) const
{
    PageText result;
    result.number = number;
    if (number < 1 || number > pageCount())
        return result;
    try {
        std::unique_ptr<poppler::page> page(impl_->document->create_page(number - 1));
        if (!page)
            return result;
        const poppler::rectf rect = page->page_rect(poppler::crop_box);
        const bool sideways =
            page->orientation() == poppler::page::landscape || page->orientation() == poppler::page::seascape;
        result.width = static_cast<float>(sideways ? rect.height() : rect.width());
        result.height = static_cast<float>(sideways ? rect.width() : rect.height());

        std::vector<poppler::text_box> boxes = page->text_list(poppler::page::text_list_include_font);
        result.words.reserve(boxes.size());
        for (const poppler::text_box& tb : boxes) {
            Word word;
            word.text = toCodePoints(tb.text());
            if (word.text.empty())
                continue;
            word.box = toBox(tb.bbox());
            word.charBoxes.reserve(word.text.size());
            for (std::size_t i = 0; i < word.text.size(); ++i) {
                const poppler::rectf r = tb.char_bbox(i);
                if (r.width() <= 0 && r.height() <= 0 && r.left() == 0 && r.top() == 0)
                    break; // fewer glyphs than code points (complex scripts): spread evenly below
                word.charBoxes.push_back(toBox(r));
            }
            if (word.charBoxes.size() != word.text.size()) {
                word.charBoxes.clear();
                const float step = word.box.width() / static_cast<float>(word.text.size());
                for (std::size_t i = 0; i < word.text.size(); ++i)
                    word.charBoxes.push_back(Box{word.box.x0 + step * static_cast<float>(i), word.box.y0,
                                                 word.box.x0 + step * static_cast<float>(i + 1),
                                                 word.box.y1});
            }
            const double fontSize = tb.has_font_info() ? tb.get_font_size() : 0.0;
            word.fontSize = fontSize > 0 ? static_cast<float>(fontSize) : word.box.height();
            word.spaceAfter = tb.has_space_after();
            result.words.push_back(std::move(word));
        }
        markLinesAndBlocks(result.words);
    } catch (...) {
        result.words.clear();
    }
    return result;
}

bool PdfSource::hasText(int number) const
{
    const PageText page = text(number);
    return std::any_of(page.words.begin(), page.words.end(), [](const Word& w) {
        return std::any_of(w.text.begin(), w.text.end(), [](char32_t c) { return c > U' ' && c != 0xFFFD; });
    });
}

Raster PdfSource::render(int number, double dpi, bool grey) const
{
    Raster raster;
    if (number < 1 || number > pageCount() || dpi <= 0)
        return raster;
    try {
        std::unique_ptr<poppler::page> page(impl_->document->create_page(number - 1));
        if (!page)
            return raster;
        // The page size comes from the file: a forged MediaBox must not make Poppler allocate
        // gigabytes. Beyond kMaxRasterPixels the page is rendered at the dpi that fits.
        const poppler::rectf box = page->page_rect(poppler::media_box);
        const double pixels = std::abs(box.width() * box.height()) * (dpi / 72.0) * (dpi / 72.0);
        if (!(pixels > 0) || !std::isfinite(pixels))
            return raster;
        if (pixels > kMaxRasterPixels)
            dpi *= std::sqrt(kMaxRasterPixels / pixels);
        poppler::page_renderer renderer;
        renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
        renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
        renderer.set_render_hint(poppler::page_renderer::text_hinting, false);
        renderer.set_image_format(grey ? poppler::image::format_gray8 : poppler::image::format_argb32);
        renderer.set_paper_color(0xFFFFFFFF);
        const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
        if (!image.is_valid())
            return raster;
        raster.width = image.width();
        raster.height = image.height();
        raster.channels = grey ? 1 : 4;
        raster.stride = image.bytes_per_row();
        raster.dpi = dpi;
        const std::size_t bytes =
            static_cast<std::size_t>(raster.stride) * static_cast<std::size_t>(raster.height);
        raster.pixels.resize(bytes);
        std::memcpy(raster.pixels.data(), image.const_data(), bytes);
    } catch (...) {
        raster = Raster{};
    }
    return raster;
}

} // namespace ws::docsrc
