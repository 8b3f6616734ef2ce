#include "documents/Ocr.h"

#include "documents/RasterImage.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <dlfcn.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

namespace ws::docsrc {

namespace {

std::vector<std::string> splitLanguages(const std::string& languages)
{
    std::vector<std::string> out;
    std::stringstream in(languages);
    std::string item;
    while (std::getline(in, item, '+'))
        if (!item.empty())
            out.push_back(item);
    return out;
}

// Where Tesseract would look for <lang>.traineddata: the option, TESSDATA_PREFIX, the Debian folders.
std::vector<std::filesystem::path> dataFolders(const OcrOptions& options)
{
    std::vector<std::filesystem::path> folders;
    if (!options.dataPath.empty()) {
        folders.emplace_back(options.dataPath);
        return folders;
    }
    if (const char* prefix = std::getenv("TESSDATA_PREFIX"); prefix && *prefix) {
        folders.emplace_back(prefix);
        folders.emplace_back(std::filesystem::path(prefix) / "tessdata");
    }
    folders.emplace_back("/usr/share/tesseract-ocr/5/tessdata");
    folders.emplace_back("/usr/share/tesseract-ocr/4.00/tessdata");
    folders.emplace_back("/usr/share/tessdata");
    return folders;
}

std::string debianPackage(std::string language)
{
    std::replace(language.begin(), language.end(), '_', '-');
    return "tesseract-ocr-" + language;
}

// Init reads the language models (about a second for chi_sim), so each thread keeps its engine
// and initialises it again only when the languages or the data folder change.
struct Engine
{
    std::unique_ptr<tesseract::TessBaseAPI> api;
    std::string key;
};

tesseract::TessBaseAPI* engineFor(const OcrOptions& options, std::string* why)
{
    thread_local Engine engine;
    const std::string key = options.dataPath + "|" + options.languages;
    if (engine.api && engine.key == key)
        return engine.api.get();
    engine.api = std::make_unique<tesseract::TessBaseAPI>();
    engine.key.clear();
    const char* dataPath = options.dataPath.empty() ? nullptr : options.dataPath.c_str();
    if (engine.api->Init(dataPath, options.languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
        engine.api.reset();
        if (why)
            *why = "Tesseract could not load the language data \"" + options.languages + "\"";
        return nullptr;
    }
    engine.api->SetVariable("debug_file", "/dev/null");
    engine.api->SetVariable("preserve_interword_spaces", "1");
    engine.key = key;
    return engine.api.get();
}

// Tesseract parallelises inside a text line with OpenMP (fixed num_threads clauses), and those
// threads spin while they wait: when other work shares the two cores (the diff, a build, pages
// OCRed in parallel) a page took 6.8 s instead of 2.5 s here. Callers parallelise across pages, so
// OpenMP parallel regions are made inactive; libgomp serves only Tesseract in this program (OpenCV
// uses TBB). It comes in with libtesseract, so the setter is looked up rather than linked.
void keepTesseractOnCallingThread()
{
    static const bool done = [] {
        using SetLevels = void (*)(int);
        if (const auto set = reinterpret_cast<SetLevels>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels")))
            set(0);
        return true;
    }();
    static_cast<void>(done);
}

bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

std::u32string fromUtf8(const char* text)
{
    std::u32string out;
    const auto* s = reinterpret_cast<const unsigned char*>(text);
    while (*s) {
        char32_t c = *s;
        int extra = 0;
        if (c >= 0xF0) {
            c &= 0x07;
            extra = 3;
        } else if (c >= 0xE0) {
            c &= 0x0F;
            extra = 2;
        } else if (c >= 0xC0) {
            c &= 0x1F;
            extra = 1;
        }
        ++s;
        for (int i = 0; i < extra && (*s & 0xC0) == 0x80; ++i, ++s)
            c = (c << 6) | (*s & 0x3F);
        out.push_back(c);
    }
    return out;
}

// Skew by projection profiles: the text pixels, projected onto the vertical axis of a candidate
// rotation, pile up into sharp line peaks only when the rotation matches the text lines. Works on
// the pixel coordinates of a reduced image, so a page costs a few milliseconds.
double estimateSkewDegrees(const cv::Mat& grey)
{
    const double reduce = std::min(1.0, 1000.0 / std::max(grey.cols, 1));
    cv::Mat small;
    cv::resize(grey, small, cv::Size(), reduce, reduce, cv::INTER_AREA);
    cv::Mat ink;
    cv::threshold(small, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    std::vector<cv::Point> points;
    cv::findNonZero(ink, points);
    if (points.size() < 200)
        return 0;
    const std::size_t stride = std::max<std::size_t>(1, points.size() / 60000);
    std::vector<cv::Point2f> sample;
    sample.reserve(points.size() / stride + 1);
    for (std::size_t i = 0; i < points.size(); i += stride)
        sample.emplace_back(static_cast<float>(points[i].x), static_cast<float>(points[i].y));
    const int binCount = small.rows + small.cols + 2;
    std::vector<int> bins(static_cast<std::size_t>(binCount));
    auto score = [&](double degrees) {
        const double radians = degrees * CV_PI / 180.0;
        const auto c = static_cast<float>(std::cos(radians));
        const auto s = static_cast<float>(std::sin(radians));
        std::fill(bins.begin(), bins.end(), 0);
        for (const cv::Point2f& p : sample) {
            const int bin = static_cast<int>(p.y * c - p.x * s) + small.cols;
            if (bin >= 0 && bin < binCount)
                ++bins[static_cast<std::size_t>(bin)];
        }
        double sum = 0;
        for (int count : bins)
            sum += static_cast<double>(count) * count;
        return sum;
    };
    double best = 0, bestScore = score(0);
    for (double a = -8; a <= 8.001; a += 0.5)
        if (const double s = score(a); s > bestScore) {
            bestScore = s;
            best = a;
        }
    const double coarse = best;
    for (double a = coarse - 0.5; a <= coarse + 0.501; a += 0.05)
        if (const double s = score(a); s > bestScore) {
            bestScore = s;
            best = a;
        }
    return best;
}

bool cancelled(const OcrOptions& options)
{
    return options.cancel && options.cancel->load();
}

void setError(SourceError* error, SourceError::Kind kind, std::string message, int page)
{
    if (error) {
        error->kind = kind;
        error->message = std::move(message);
        error->page = page;
    }
}

// PNG pHYs or JPEG JFIF density, when the file states one in dots per inch or per centimetre.
double readDpi(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::array<unsigned char, 64 * 1024> head{};
    in.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size()));
    const auto n = static_cast<std::size_t>(in.gcount());
    auto be32 = [&](std::size_t i) {
        return (std::uint32_t{head[i]} << 24) | (std::uint32_t{head[i + 1]} << 16) |
               (std::uint32_t{head[i + 2]} << 8) | head[i + 3];
    };
    if (n > 16 && head[0] == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
        for (std::size_t i = 8; i + 8 <= n;) {
            const std::uint32_t length = be32(i);
            if (std::memcmp(&head[i + 4], "pHYs", 4) == 0 && i + 17 <= n) {
                const std::uint32_t perUnit = be32(i + 8);
                if (head[i + 16] == 1 && perUnit > 0)
                    return perUnit * 0.0254;
                return 0;
            }
            if (std::memcmp(&head[i + 4], "IDAT", 4) == 0)
                break;
            i += 12 + static_cast<std::size_t>(length);
        }
    } else if (n > 18 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF && head[3] == 0xE0 &&
               std::memcmp(&head[6], "JFIF", 5) == 0) {
        const int units = head[13];
        const int density = (head[14] << 8) | head[15];
        if (units == 1 && density > 0)
            return density;
        if (units == 2 && density > 0)
            return density * 2.54;
    }
    return 0;
}

bool isCjkPunctuation(char32_t c)
{
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
           (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

// The LSTM sometimes reads the small circle of 。 twice: as a digit 0 and as the 。 itself (seen on
// a noisy 300 dpi scan: "1.50%0。"). A digit invented there would be a material change in the
// diff, so a digit that is less than half as tall as the page's digits and overlaps a CJK
// punctuation mark next to it is dropped as an echo of that mark.
void dropPunctuationEchoes(std::vector<Word>& words)
{
    std::vector<float> digitHeights;
    for (const Word& word : words)
        for (std::size_t i = 0; i < word.text.size(); ++i)
            if (word.text[i] >= U'0' && word.text[i] <= U'9')
                digitHeights.push_back(word.charBoxes[i].height());
    if (digitHeights.size() < 3)
        return;
    const auto middle = digitHeights.begin() + static_cast<std::ptrdiff_t>(digitHeights.size() / 2);
    std::nth_element(digitHeights.begin(), middle, digitHeights.end());
    const float digitHeight = *middle;

    // The symbols of one line in order, to look at each digit's neighbours across word boundaries.
    struct Symbol
    {
        std::size_t word, index;
    };
    std::vector<std::pair<std::size_t, std::size_t>> echoes; // (word, index)
    std::vector<Symbol> line;
    for (std::size_t w = 0; w < words.size(); ++w) {
        for (std::size_t i = 0; i < words[w].text.size(); ++i)
            line.push_back({w, i});
        if (!words[w].lineEndAfter && w + 1 < words.size())
            continue;
        for (std::size_t k = 0; k < line.size(); ++k) {
            const Word& word = words[line[k].word];
            const char32_t c = word.text[line[k].index];
            const Box& box = word.charBoxes[line[k].index];
            if (c < U'0' || c > U'9' || box.height() >= 0.5f * digitHeight)
                continue;
            const auto overlapsPunctuation = [&](std::size_t n) {
                const Word& other = words[line[n].word];
                const Box& b = other.charBoxes[line[n].index];
                return isCjkPunctuation(other.text[line[n].index]) && b.x0 < box.x1 && box.x0 < b.x1;
            };
            if ((k > 0 && overlapsPunctuation(k - 1)) || (k + 1 < line.size() && overlapsPunctuation(k + 1)))
                echoes.emplace_back(line[k].word, line[k].index);
        }
        line.clear();
    }
    // Back to front, so earlier positions stay valid while symbols and words are removed.
    for (auto e = echoes.rbegin(); e != echoes.rend(); ++e) {
        Word& word = words[e->first];
        const auto at = static_cast<std::ptrdiff_t>(e->second);
        word.text.erase(word.text.begin() + at);
        word.charBoxes.erase(word.charBoxes.begin() + at);
        if (static_cast<std::size_t>(at) < word.confidence.size())
            word.confidence.erase(word.confidence.begin() + at);
        if (word.text.empty()) {
            const auto w = static_cast<std::ptrdiff_t>(e->first);
            if (w > 0) {
                words[e->first - 1].lineEndAfter = words[e->first - 1].lineEndAfter || word.lineEndAfter;
                words[e->first - 1].blockEndAfter = words[e->first - 1].blockEndAfter || word.blockEndAfter;
            }
            words.erase(words.begin() + w);
            continue;
        }
        word.box = word.charBoxes.front();
        for (const Box& b : word.charBoxes)
            word.box = Box{std::min(word.box.x0, b.x0), std::min(word.box.y0, b.y0),
                           std::max(word.box.x1, b.x1), std::max(word.box.y1, b.y1)};
    }
}

// Layout blocks by projection profiles on the binarised page. The page is cut into text-line
// strips at white rows; consecutive strips that share a wide white vertical gutter (at least three
// of them) form a column group whose columns are read left to right, each top to bottom. Strips
// without such a gutter (titles, single-column text) stay full width and break the columns, so a
// single-column page comes back as one block. Tesseract's own page segmentation then works inside
// each block, where it no longer has to guess the reading order across columns.
std::vector<cv::Rect> layoutBlocks(const cv::Mat& binary, double dpi)
{
    cv::Mat ink;
    cv::threshold(binary, ink, 127, 1, cv::THRESH_BINARY_INV);
    cv::Mat rowInk;
    cv::reduce(ink, rowInk, 1, cv::REDUCE_SUM, CV_32S);
    const int rowTolerance = std::max(1, ink.cols / 1000); // specks the median filter left
    const int speckInk = std::max(20, static_cast<int>(dpi * dpi / 2000));

    struct Strip
    {
        int top, bottom; // rows [top, bottom)
        std::vector<int> columnInk;
    };
    std::vector<Strip> strips;
    for (int y = 0; y < ink.rows;) {
        if (rowInk.at<int>(y, 0) <= rowTolerance) {
            ++y;
            continue;
        }
        const int top = y;
        long total = 0;
        while (y < ink.rows && rowInk.at<int>(y, 0) > rowTolerance)
            total += rowInk.at<int>(y++, 0);
        if (total < speckInk)
            continue;
        Strip strip{top, y, {}};
        cv::Mat columns;
        cv::reduce(ink.rowRange(top, y), columns, 0, cv::REDUCE_SUM, CV_32S);
        columns.copyTo(strip.columnInk);
        strips.push_back(std::move(strip));
    }
    if (strips.empty())
        return {};

    // Interior white runs at least a gutter wide, as [from, to) column ranges.
    const int minGutter = std::max(8, static_cast<int>(dpi * 0.15));
    auto gutters = [&](const std::vector<int>& columnInk, int rows) {
        const int tolerance = 1 + rows / 200;
        std::vector<std::pair<int, int>> out;
        const auto isInk = [&](int x) { return columnInk[static_cast<std::size_t>(x)] > tolerance; };
        int first = 0, last = ink.cols - 1;
        while (first < ink.cols && !isInk(first))
            ++first;
        while (last > first && !isInk(last))
            --last;
        for (int x = first; x <= last;) {
            if (isInk(x)) {
                ++x;
                continue;
            }
            const int from = x;
            while (x <= last && !isInk(x))
                ++x;
            if (x - from >= minGutter)
                out.emplace_back(from, x);
        }
        return out;
    };

    auto inkBounds = [&](cv::Rect area) {
        std::vector<cv::Point> points;
        cv::findNonZero(ink(area), points);
        cv::Rect bounds = points.empty() ? cv::Rect() : cv::boundingRect(points);
        return bounds.area() > 0 ? cv::Rect(bounds.x + area.x, bounds.y + area.y, bounds.width, bounds.height)
                                 : cv::Rect();
    };

    std::vector<cv::Rect> blocks;
    int fullWidthTop = -1, fullWidthBottom = -1;
    auto closeFullWidth = [&] {
        if (fullWidthTop >= 0)
            if (const cv::Rect r =
                    inkBounds(cv::Rect(0, fullWidthTop, ink.cols, fullWidthBottom - fullWidthTop));
                r.area() > 0)
                blocks.push_back(r);
        fullWidthTop = -1;
    };
    constexpr std::size_t minColumnLines = 3;
    for (std::size_t i = 0; i < strips.size();) {
        std::vector<int> united = strips[i].columnInk;
        int rows = strips[i].bottom - strips[i].top;
        std::vector<std::pair<int, int>> shared;
        std::size_t end = i + 1;
        for (std::size_t j = i + 1; j < strips.size(); ++j) {
            std::vector<int> next = united;
            for (std::size_t x = 0; x < next.size(); ++x)
                next[x] += strips[j].columnInk[x];
            const int nextRows = rows + strips[j].bottom - strips[j].top;
            std::vector<std::pair<int, int>> found = gutters(next, nextRows);
            if (found.empty())
                break;
            united = std::move(next);
            rows = nextRows;
            shared = std::move(found);
            end = j + 1;
        }
        // Each column must hold text in at least two of the strips, or it is a stray short line.
        std::vector<cv::Rect> columns;
        if (end - i >= minColumnLines && !shared.empty()) {
            const int top = strips[i].top, bottom = strips[end - 1].bottom;
            int from = 0;
            bool everyColumnIsText = true;
            for (std::size_t g = 0; g <= shared.size(); ++g) {
                const int to = g < shared.size() ? shared[g].first : ink.cols;
                std::size_t linesWithInk = 0;
                for (std::size_t k = i; k < end; ++k) {
                    long sum = 0;
                    for (int x = from; x < to; ++x)
                        sum += strips[k].columnInk[static_cast<std::size_t>(x)];
                    if (sum >= speckInk)
                        ++linesWithInk;
                }
                everyColumnIsText = everyColumnIsText && linesWithInk >= 2;
                if (const cv::Rect r = inkBounds(cv::Rect(from, top, to - from, bottom - top)); r.area() > 0)
                    columns.push_back(r);
                if (g < shared.size())
                    from = shared[g].second;
            }
            if (!everyColumnIsText)
                columns.clear();
        }
        if (columns.size() >= 2) {
            closeFullWidth();
            blocks.insert(blocks.end(), columns.begin(), columns.end());
            i = end;
            continue;
        }
        if (fullWidthTop < 0)
            fullWidthTop = strips[i].top;
        fullWidthBottom = strips[i].bottom;
        ++i;
    }
    closeFullWidth();
    return blocks;
}

} // namespace

bool ocrAvailable(const OcrOptions& options, std::string* why)
{
    const std::vector<std::string> languages = splitLanguages(options.languages);
    if (languages.empty()) {
        if (why)
            *why = "No OCR language was chosen";
        return false;
    }
    const std::vector<std::filesystem::path> folders = dataFolders(options);
    std::vector<std::string> missing;
    for (const std::string& language : languages) {
        std::error_code ec;
        const bool found =
            std::any_of(folders.begin(), folders.end(), [&](const std::filesystem::path& folder) {
                return std::filesystem::is_regular_file(folder / (language + ".traineddata"), ec);
            });
        if (!found)
            missing.push_back(language);
    }
    if (!missing.empty()) {
        if (why) {
            std::string text;
            for (const std::string& language : missing) {
                if (!text.empty())
                    text += "; ";
                text += "Tesseract language data " + language + " is not installed (Debian package " +
                        debianPackage(language) + ")";
            }
            *why = text;
        }
        return false;
    }
    // The files exist; make sure Tesseract accepts them (this engine is then reused by recognise()).
    try {
        return engineFor(options, why) != nullptr;
    } catch (const std::exception& e) {
        if (why)
            *why = std::string("Tesseract failed to start: ") + e.what();
        return false;
    }
}

PageText recognise(const Raster& page, int pageNumber, const OcrOptions& options, SourceError* error)
{
    PageText result;
    result.number = pageNumber;
    if (error)
        *error = SourceError{};
    if (page.empty() || page.width <= 0 || page.height <= 0) {
        setError(error, SourceError::Kind::Empty, "Page " + std::to_string(pageNumber) + " has no image",
                 pageNumber);
        return result;
    }
    const double dpi = page.dpi > 0 ? page.dpi : 300.0;
    const double toPoints = 72.0 / dpi;
    result.width = static_cast<float>(page.width * toPoints);
    result.height = static_cast<float>(page.height * toPoints);
    try {
        cv::Mat grey = greyImage(page, true);
        if (options.denoise)
            cv::medianBlur(grey, grey, 3); // salt-and-pepper and most sensor noise; fastNlMeans costs seconds
        if (cancelled(options)) {
            setError(error, SourceError::Kind::Cancelled, "OCR was cancelled", pageNumber);
            return result;
        }

        cv::Mat toOriginal = (cv::Mat_<double>(2, 3) << 1, 0, 0, 0, 1, 0);
        if (options.deskew) {
            const double skew = estimateSkewDegrees(grey);
            if (std::abs(skew) >= 0.1) {
                const cv::Point2f centre(static_cast<float>(grey.cols) / 2.0f,
                                         static_cast<float>(grey.rows) / 2.0f);
                const cv::Mat rotation = cv::getRotationMatrix2D(centre, skew, 1.0);
                cv::Mat straight;
                cv::warpAffine(grey, straight, rotation, grey.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
                grey = straight;
                cv::invertAffineTransform(rotation, toOriginal);
            }
        }
        cv::Mat binary;
        cv::threshold(grey, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
        if (cancelled(options)) {
            setError(error, SourceError::Kind::Cancelled, "OCR was cancelled", pageNumber);
            return result;
        }

        std::string why;
        tesseract::TessBaseAPI* api = engineFor(options, &why);
        if (!api) {
            setError(error, SourceError::Kind::OcrUnavailable, why, pageNumber);
            return result;
        }
        // Boxes go back through the inverse deskew rotation into the original raster, then to points.
        auto toPageBox = [&](int left, int top, int right, int bottom) {
            const std::array<cv::Point2d, 4> corners{cv::Point2d(left, top), cv::Point2d(right, top),
                                                     cv::Point2d(left, bottom), cv::Point2d(right, bottom)};
            double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
            for (const cv::Point2d& p : corners) {
                const double x = toOriginal.at<double>(0, 0) * p.x + toOriginal.at<double>(0, 1) * p.y +
                                 toOriginal.at<double>(0, 2);
                const double y = toOriginal.at<double>(1, 0) * p.x + toOriginal.at<double>(1, 1) * p.y +
                                 toOriginal.at<double>(1, 2);
                x0 = std::min(x0, x);
                y0 = std::min(y0, y);
                x1 = std::max(x1, x);
                y1 = std::max(y1, y);
            }
            return Box{static_cast<float>(x0 * toPoints), static_cast<float>(y0 * toPoints),
                       static_cast<float>(x1 * toPoints), static_cast<float>(y1 * toPoints)};
        };

        // Symbols of the last Recognize, appended in Tesseract's order (boxes are in the full image's
        // pixels also when a rectangle was set).
        auto collectSymbols = [&] {
            const std::size_t firstWord = result.words.size();
            std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
            if (!it)
                return;
            constexpr auto symbolLevel = tesseract::RIL_SYMBOL;
            do {
                if (it->Empty(symbolLevel))
                    continue;
                const std::unique_ptr<char[]> utf8(it->GetUTF8Text(symbolLevel));
                if (!utf8)
                    continue;
                const std::u32string codePoints = fromUtf8(utf8.get());
                if (codePoints.empty())
                    continue;
                int left = 0, top = 0, right = 0, bottom = 0;
                it->BoundingBox(symbolLevel, &left, &top, &right, &bottom);
                const Box box = toPageBox(left, top, right, bottom);
                const float confidence = std::clamp(it->Confidence(symbolLevel), 0.0f, 100.0f);
                if (it->IsAtBeginningOf(tesseract::RIL_WORD) || result.words.size() == firstWord ||
                    result.words.back().lineEndAfter) {
                    Word word;
                    word.box = box;
                    result.words.push_back(std::move(word));
                }
                Word& word = result.words.back();
                for (char32_t c : codePoints) {
                    word.text.push_back(c);
                    word.charBoxes.push_back(box);
                    word.confidence.push_back(confidence);
                }
                word.box = Box{std::min(word.box.x0, box.x0), std::min(word.box.y0, box.y0),
                               std::max(word.box.x1, box.x1), std::max(word.box.y1, box.y1)};
                if (it->IsAtFinalElement(tesseract::RIL_TEXTLINE, symbolLevel))
                    word.lineEndAfter = true;
                if (it->IsAtFinalElement(tesseract::RIL_PARA, symbolLevel) ||
                    it->IsAtFinalElement(tesseract::RIL_BLOCK, symbolLevel)) {
                    word.lineEndAfter = true;
                    word.blockEndAfter = true;
                }
            } while (it->Next(symbolLevel));
            if (result.words.size() > firstWord) {
                result.words.back().lineEndAfter = true;
                result.words.back().blockEndAfter = true;
            }
        };

        // One block: the whole page with Tesseract's page segmentation, as before. Several: each block
        // on its own rectangle of the same image, in reading order, as one uniform block of text
        // (its own segmentation inside a narrow column read whole lines as Latin, 84% accuracy
        // against 98% on the two-column test page).
        const std::vector<cv::Rect> blocks = layoutBlocks(binary, dpi);
        api->SetPageSegMode(blocks.size() > 1 ? tesseract::PSM_SINGLE_BLOCK : tesseract::PSM_AUTO);
        api->SetImage(binary.data, binary.cols, binary.rows, 1, static_cast<int>(binary.step));
        api->SetSourceResolution(static_cast<int>(std::lround(dpi)));
        tesseract::ETEXT_DESC monitor;
        if (options.cancel) {
            monitor.cancel = [](void* flag, int) {
                return static_cast<const std::atomic_bool*>(flag)->load();
            };
            monitor.cancel_this = const_cast<std::atomic_bool*>(options.cancel);
        }
        keepTesseractOnCallingThread();
        const std::size_t passes = blocks.size() > 1 ? blocks.size() : 1;
        const int margin = static_cast<int>(dpi * 0.03);
        const cv::Rect image(0, 0, binary.cols, binary.rows);
        for (std::size_t b = 0; b < passes; ++b) {
            if (blocks.size() > 1) {
                const cv::Rect& block = blocks[b];
                const cv::Rect padded = cv::Rect(block.x - margin, block.y - margin, block.width + 2 * margin,
                                                 block.height + 2 * margin) &
                                        image;
                api->SetRectangle(padded.x, padded.y, padded.width, padded.height);
            }
            const int status = api->Recognize(&monitor);
            if (cancelled(options)) {
                api->Clear();
                result.words.clear();
                setError(error, SourceError::Kind::Cancelled, "OCR was cancelled", pageNumber);
                return result;
            }
            if (status != 0) {
                api->Clear();
                result.words.clear();
                setError(error, SourceError::Kind::OcrUnavailable,
                         "Tesseract could not recognise page " + std::to_string(pageNumber), pageNumber);
                return result;
            }
            collectSymbols();
        }
        api->Clear();
        dropPunctuationEchoes(result.words);

        // Line height stands in for the font size; CJK never takes a space, Latin words always do,
        // and between a CJK character and a Latin word only a visible gap counts.
        std::size_t lineStart = 0;
        for (std::size_t i = 0; i < result.words.size(); ++i) {
            if (!result.words[i].lineEndAfter && i + 1 < result.words.size())
                continue;
            float lineHeight = 0;
            for (std::size_t j = lineStart; j <= i; ++j)
                lineHeight = std::max(lineHeight, result.words[j].box.height());
            for (std::size_t j = lineStart; j <= i; ++j) {
                Word& word = result.words[j];
                word.fontSize = lineHeight;
                if (j == i) {
                    word.spaceAfter = false;
                    continue;
                }
                const Word& next = result.words[j + 1];
                const bool cjkBefore = isCjk(word.text.back());
                const bool cjkAfter = isCjk(next.text.front());
                if (cjkBefore && cjkAfter)
                    word.spaceAfter = false;
                else if (cjkBefore || cjkAfter)
                    word.spaceAfter = next.box.x0 - word.box.x1 > 0.35f * lineHeight;
                else
                    word.spaceAfter = true;
            }
            lineStart = i + 1;
        }
        if (!result.words.empty()) {
            result.words.back().lineEndAfter = true;
            result.words.back().blockEndAfter = true;
        }
    } catch (const std::exception& e) {
        result.words.clear();
        setError(error, SourceError::Kind::OcrUnavailable,
                 "OCR of page " + std::to_string(pageNumber) + " failed: " + e.what(), pageNumber);
    }
    return result;
}

Raster loadImage(const std::string& path, SourceError* error)
{
    Raster raster;
    if (error)
        *error = SourceError{};
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        setError(error, SourceError::Kind::NotFound, "File \"" + path + "\" does not exist", 0);
        return raster;
    }
    try {
        const cv::Mat grey = cv::imread(path, cv::IMREAD_GRAYSCALE);
        if (grey.empty()) {
            setError(error, SourceError::Kind::Unsupported,
                     "File \"" + path + "\" is not an image this program can read, or it is damaged", 0);
            return raster;
        }
        raster.width = grey.cols;
        raster.height = grey.rows;
        raster.channels = 1;
        raster.stride = grey.cols;
        const double dpi = readDpi(path);
        raster.dpi = dpi >= 50 && dpi <= 2400 ? dpi : 300.0;
        raster.pixels.resize(static_cast<std::size_t>(grey.cols) * static_cast<std::size_t>(grey.rows));
        for (int y = 0; y < grey.rows; ++y)
            std::memcpy(raster.pixels.data() +
                            static_cast<std::size_t>(y) * static_cast<std::size_t>(grey.cols),
                        grey.ptr(y), static_cast<std::size_t>(grey.cols));
    } catch (const std::exception& e) {
        raster = Raster{};
        setError(error, SourceError::Kind::Corrupt, "File \"" + path + "\" cannot be read: " + e.what(), 0);
    }
    return raster;
}

} // namespace ws::docsrc
