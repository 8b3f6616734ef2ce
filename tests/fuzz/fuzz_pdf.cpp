// libFuzzer target for the PDF source: poppler-cpp loads the bytes from memory, and our wrapper
// (exception handling, UTF-16 to code points, radical folding, box conversion, line and block
// flags) reads the text layer of up to four pages and renders the first at a tiny resolution.
// Invariants checked: one box per code point, line and block ends on the last word, a block end
// is also a line end, the raster holds stride × height bytes, and a failure names its kind.

#include "documents/PdfSource.h"

#include <cstdint>

using namespace ws::docsrc;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    SourceError error;
    const auto source = PdfSource::openFromData(std::vector<char>(data, data + size), "fuzz.pdf", "", &error);
    if (!source) {
        check(error.kind != SourceError::Kind::None && !error.message.empty());
        return 0;
    }
    check(source->pageCount() > 0);
    for (int number = 0; number <= std::min(source->pageCount(), 4) + 1; ++number) {
        const PageText page = source->text(number);
        check(page.number == number);
        for (const Word& word : page.words) {
            check(!word.text.empty() && word.charBoxes.size() == word.text.size());
            check(!word.blockEndAfter || word.lineEndAfter);
        }
        if (!page.words.empty())
            check(page.words.back().lineEndAfter && page.words.back().blockEndAfter);
        (void)source->hasText(number);
    }
    const Raster raster = source->render(1, 4, true);
    if (!raster.empty())
        check(raster.pixels.size() ==
              static_cast<std::size_t>(raster.stride) * static_cast<std::size_t>(raster.height));
    return 0;
}
