#include "documents/PdfReader.h"

#include "documents/Exclusions.h"
#include "documents/TextReaders.h"

#include "documents/Ocr.h"
#include "documents/PdfSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ws::documents {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::documents", text); // lupdate files free-function tr() here
}

// One text line of a page: its text with a box (and confidence) per UTF-16 unit.
struct Line
{
    QString text;
    std::vector<CharBox> boxes;
    std::vector<float> confidence;
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float fontSize = 0;
    bool ocr = false;
    bool furniture = false;
    int page = 0;
    float centerY() const { return (y0 + y1) / 2; }
};

struct PageLines
{
    int number = 0;
    float width = 0, height = 0;
    std::vector<Line> lines;
};

float median(std::vector<float> values, float fallback)
{
    if (values.empty())
        return fallback;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

void appendCodePoints(Line& line, const docsrc::Word& word, int page, bool ocr)
{
    for (std::size_t i = 0; i < word.text.size(); ++i) {
        const char32_t cp = word.text[i];
        if (cp == U'\u00AD' || cp == 0)
            continue; // soft hyphens and NULs are not visible text
        const QString units = QString::fromUcs4(&cp, 1);
        const docsrc::Box b = i < word.charBoxes.size() ? word.charBoxes[i] : word.box;
        const float confidence = ocr && i < word.confidence.size() ? word.confidence[i] : 100.0f;
        for (QChar unit : units) {
            line.text += unit;
            line.boxes.push_back(CharBox{static_cast<std::int16_t>(page), b.x0, b.y0, b.x1, b.y1});
            line.confidence.push_back(confidence);
        }
    }
}

PageLines linesOfPage(const docsrc::PageText& page, bool ocr)
{
    PageLines result;
    result.number = page.number;
    result.width = page.width;
    result.height = page.height;
    Line line;
    bool open = false;
    std::vector<float> sizes;
    const auto flush = [&] {
        if (open && !line.text.trimmed().isEmpty()) {
            line.fontSize = median(sizes, line.y1 - line.y0);
            result.lines.push_back(std::move(line));
        }
        line = Line{};
        sizes.clear();
        open = false;
    };
    bool spaceBefore = false;
    for (const docsrc::Word& word : page.words) {
        if (word.text.empty()) {
            if (word.lineEndAfter)
                flush();
            continue;
        }
        if (!open) {
            line.page = page.number;
            line.ocr = ocr;
            line.x0 = word.box.x0;
            line.y0 = word.box.y0;
            line.x1 = word.box.x1;
            line.y1 = word.box.y1;
            open = true;
        } else {
            const char32_t first = word.text.front();
            const bool cjkJoin =
                isCjk(line.text.back()) || (first < 0x10000 && isCjk(QChar(first))) || first >= 0x10000;
            if (spaceBefore && !cjkJoin) {
                line.text += QLatin1Char(' ');
                line.boxes.push_back(line.boxes.back());
                line.confidence.push_back(line.confidence.back());
            }
            line.x0 = std::min(line.x0, word.box.x0);
            line.y0 = std::min(line.y0, word.box.y0);
            line.x1 = std::max(line.x1, word.box.x1);
            line.y1 = std::max(line.y1, word.box.y1);
        }
        appendCodePoints(line, word, page.number, ocr);
        if (word.fontSize > 0)
            sizes.push_back(word.fontSize);
        spaceBefore = word.spaceAfter;
        if (word.lineEndAfter)
            flush();
    }
    flush();
    return result;
}

enum class Zone { Top, Middle, Bottom };

Zone zoneOf(const Line& line, float pageHeight)
{
    if (pageHeight <= 0)
        return Zone::Middle;
    const float relative = line.centerY() / pageHeight;
    return relative < furnitureBand ? Zone::Top : relative > 1 - furnitureBand ? Zone::Bottom : Zone::Middle;
}

// Marks the lines that repeat on most pages at the same place (digits as one class), and page
// numbers in the top and bottom bands, as furniture: they become paragraphs of their own.
void markFurnitureLines(std::vector<PageLines>& pages)
{
    const int pageCount = static_cast<int>(pages.size());
    QHash<QString, QSet<int>> pagesByKey;
    static const QRegularExpression whitespace(QStringLiteral("\\s")); // built once: this runs per line
    const auto keyOf = [](const Line& line, const PageLines& page) {
        // As markRepeatedFurniture: a watermark repeats verbatim at one place; in the bands digits
        // are one class (page numbers).
        const Zone zone = zoneOf(line, page.height);
        if (zone == Zone::Middle)
            return QString(line.text).remove(whitespace) + QStringLiteral("|m|") +
                   QString::number(std::lround(line.centerY() / std::max(page.height, 1.0f) * 20));
        return furnitureKey(line.text) + QLatin1Char('|') + QString::number(static_cast<int>(zone));
    };
    for (const PageLines& page : pages) {
        for (const Line& line : page.lines)
            pagesByKey[keyOf(line, page)].insert(page.number);
    }
    const int threshold = std::max(3, (pageCount + 1) / 2);
    for (PageLines& page : pages) {
        for (Line& line : page.lines) {
            const Zone zone = zoneOf(line, page.height);
            const bool repeated = pageCount >= 3 && pagesByKey[keyOf(line, page)].size() >= threshold &&
                                  furnitureKey(line.text).size() >= (zone == Zone::Middle ? 2 : 1);
            line.furniture = repeated || (zone != Zone::Middle && looksLikePageNumber(line.text));
        }
    }
}

struct PageMetrics
{
    float left = 0, right = 0, charWidth = 10, pitch = 14;
};

PageMetrics metricsOf(const PageLines& page)
{
    PageMetrics metrics;
    std::vector<float> sizes;
    std::vector<float> pitches;
    bool first = true;
    const Line* previous = nullptr;
    for (const Line& line : page.lines) {
        if (line.furniture)
            continue;
        if (first) {
            metrics.left = line.x0;
            metrics.right = line.x1;
            first = false;
        }
        metrics.left = std::min(metrics.left, line.x0);
        metrics.right = std::max(metrics.right, line.x1);
        sizes.push_back(line.fontSize > 0 ? line.fontSize : line.y1 - line.y0);
        if (previous && line.y0 > previous->y0)
            pitches.push_back(line.y0 - previous->y0);
        previous = &line;
    }
    metrics.charWidth = std::max(2.0f, median(sizes, 10));
    // The lower quartile: widely spaced blocks on a sparse page must not pass for the line pitch.
    std::sort(pitches.begin(), pitches.end());
    const float pitch = pitches.empty() ? metrics.charWidth * 1.5f : pitches[pitches.size() / 4];
    metrics.pitch = std::max(metrics.charWidth, pitch);
    return metrics;
}

bool isShort(const Line& line, const PageMetrics& metrics, float chars)
{
    return line.x1 < metrics.right - chars * metrics.charWidth;
}

struct OpenParagraph
{
    std::vector<const Line*> lines;
    bool empty() const { return lines.empty(); }
};

class ParagraphAssembler
{
public:
    explicit ParagraphAssembler(Document& document, float bodyFontSize)
        : document_(document), bodyFontSize_(bodyFontSize)
    {}

    void addLine(const Line& line, const PageMetrics& metrics, bool firstOnPage)
    {
        if (!open_.empty() && breaksBefore(*open_.lines.back(), line, metrics, firstOnPage))
            close();
        open_.lines.push_back(&line);
        previousMetrics_ = metrics;
    }

    void addFurniture(const Line& line)
    {
        Paragraph paragraph = paragraphOf({&line});
        paragraph.kind = ParagraphKind::Body; // markRepeatedFurniture names what it is
        document_.paragraphs.push_back(std::move(paragraph));
    }

    void close()
    {
        if (open_.empty())
            return;
        document_.paragraphs.push_back(paragraphOf(open_.lines));
        open_.lines.clear();
    }

private:
    bool breaksBefore(const Line& a, const Line& b, const PageMetrics& metrics, bool firstOnPage) const
    {
        const float sizeA = a.fontSize > 0 ? a.fontSize : a.y1 - a.y0;
        const float sizeB = b.fontSize > 0 ? b.fontSize : b.y1 - b.y0;
        if (std::abs(sizeA - sizeB) > 0.15f * std::max(sizeA, sizeB))
            return true;
        if (listLabelLength(b.text) > 0 || isChapterHeading(b.text) || isChapterHeading(a.text))
            return true;
        const bool onlyLine = open_.lines.size() == 1;
        if (firstOnPage || a.page != b.page) {
            // A page break: the paragraph goes on when the page ended mid-sentence on a full line
            // and the next page starts flush left.
            if (endsSentence(a.text) || isShort(a, previousMetrics_, 2))
                return true;
            return b.x0 > metrics.left + 1.2f * metrics.charWidth;
        }
        if (b.y0 < a.y0 - 0.5f * metrics.charWidth)
            return true; // back up the page: a new column or block
        if (b.y0 - a.y0 > 1.6f * metrics.pitch)
            return true; // paragraph spacing
        if (b.x0 > a.x0 + 1.2f * metrics.charWidth && b.x0 > metrics.left + 1.2f * metrics.charWidth)
            return true; // first-line indent
        if (isShort(a, metrics, 2) && (endsSentence(a.text) || onlyLine))
            return true;
        if (isShort(a, metrics, 15))
            return true;
        return false;
    }

    Paragraph paragraphOf(const std::vector<const Line*>& lines) const
    {
        Paragraph paragraph;
        bool anyOcr = false;
        for (const Line* line : lines) {
            anyOcr = anyOcr || line->ocr;
            QString text = line->text;
            std::vector<CharBox> boxes = line->boxes;
            std::vector<float> confidence = line->confidence;
            // Trim the line's own surrounding spaces, keeping boxes in step.
            while (!text.isEmpty() && text.back().isSpace()) {
                text.chop(1);
                boxes.pop_back();
                confidence.pop_back();
            }
            qsizetype lead = 0;
            while (lead < text.size() && text[lead].isSpace())
                ++lead;
            text.remove(0, lead);
            boxes.erase(boxes.begin(), boxes.begin() + lead);
            confidence.erase(confidence.begin(), confidence.begin() + lead);
            if (text.isEmpty())
                continue;
            if (!paragraph.text.isEmpty()) {
                const LineJoin join = lineJoin(paragraph.text, text);
                if (join.dropHyphen) {
                    paragraph.text.chop(1);
                    paragraph.boxes.pop_back();
                    paragraph.confidence.pop_back();
                } else if (join.space) {
                    paragraph.text += QLatin1Char(' ');
                    paragraph.boxes.push_back(paragraph.boxes.back());
                    paragraph.confidence.push_back(paragraph.confidence.back());
                }
            }
            paragraph.text += text;
            paragraph.boxes.insert(paragraph.boxes.end(), boxes.begin(), boxes.end());
            paragraph.confidence.insert(paragraph.confidence.end(), confidence.begin(), confidence.end());
        }
        if (!anyOcr)
            paragraph.confidence.clear();
        if (!lines.empty()) {
            paragraph.page = lines.front()->page;
            paragraph.lastPage = lines.back()->page;
        }
        classifyListLabel(paragraph);
        const float size = lines.empty() ? 0 : lines.front()->fontSize;
        if (lines.size() <= 2 && (isChapterHeading(paragraph.text) ||
                                  (bodyFontSize_ > 0 && size >= 1.15f * bodyFontSize_ &&
                                   paragraph.text.size() <= 60 && !endsSentence(paragraph.text))))
            paragraph.kind = ParagraphKind::Heading;
        return paragraph;
    }

    Document& document_;
    float bodyFontSize_ = 0;
    OpenParagraph open_;
    PageMetrics previousMetrics_;
};

LoadError::Kind loadKindOf(docsrc::SourceError::Kind kind)
{
    using K = docsrc::SourceError::Kind;
    switch (kind) {
    case K::None:
        return LoadError::Kind::None;
    case K::NotFound:
        return LoadError::Kind::NotFound;
    case K::Unreadable:
        return LoadError::Kind::Unreadable;
    case K::Corrupt:
        return LoadError::Kind::Corrupt;
    case K::Encrypted:
        return LoadError::Kind::NeedsPassword;
    case K::WrongPassword:
        return LoadError::Kind::WrongPassword;
    case K::Empty:
        return LoadError::Kind::Empty;
    case K::Unsupported:
        return LoadError::Kind::Unsupported;
    case K::OcrUnavailable:
        return LoadError::Kind::OcrUnavailable;
    case K::Cancelled:
        return LoadError::Kind::Cancelled;
    }
    return LoadError::Kind::Corrupt;
}

QString sourceMessage(const QString& fileName, const docsrc::SourceError& error)
{
    using K = docsrc::SourceError::Kind;
    switch (error.kind) {
    case K::Encrypted:
        return tr("%1 is encrypted: enter its password to open it.").arg(fileName);
    case K::WrongPassword:
        return tr("The password for %1 is wrong.").arg(fileName);
    case K::NotFound:
        return tr("%1 was not found.").arg(fileName);
    case K::Unreadable:
        return tr("%1 cannot be read.").arg(fileName);
    case K::Cancelled:
        return tr("Reading %1 was cancelled.").arg(fileName);
    case K::OcrUnavailable:
        return tr("%1 needs OCR, but OCR is not available (%2).")
            .arg(fileName, QString::fromStdString(error.message));
    case K::Unsupported:
        return tr("%1 is not in a supported format.").arg(fileName);
    case K::Empty:
        return tr("%1 holds no text.").arg(fileName);
    case K::Corrupt:
    case K::None:
        break;
    }
    return error.page > 0 ? tr("%1 is damaged (page %2): %3")
                                .arg(fileName)
                                .arg(error.page)
                                .arg(QString::fromStdString(error.message))
                          : tr("%1 is damaged: %2").arg(fileName, QString::fromStdString(error.message));
}

docsrc::OcrOptions ocrOptionsOf(const LoadOptions& options)
{
    docsrc::OcrOptions ocr;
    ocr.languages = options.ocrLanguages.toStdString();
    ocr.cancel = options.cancel;
    return ocr;
}

float meanOf(const docsrc::PageText& page)
{
    double sum = 0;
    std::size_t count = 0;
    for (const auto& word : page.words) {
        for (float c : word.confidence) {
            sum += c;
            ++count;
        }
    }
    return count == 0 ? 0.0f : static_cast<float>(sum / static_cast<double>(count));
}

} // namespace

namespace {

PageInfo pageInfoOf(const docsrc::PageText& page, bool ocr)
{
    PageInfo info;
    info.number = page.number;
    info.width = page.width;
    info.height = page.height;
    info.ocr = ocr;
    info.meanConfidence = ocr ? meanOf(page) : 100.0f;
    return info;
}

// The layout analysis over the lines of the pages read: furniture marked on these pages, lines
// grouped into paragraphs. Without `closeLast` the paragraph still open after the last page is left
// out, since it may go on onto the next page.
Document assembleDocument(std::vector<PageLines>& lines, const std::vector<PageInfo>& pages, bool closeLast)
{
    Document document;
    document.format = SourceFormat::Pdf;
    document.pages = pages;
    markFurnitureLines(lines);
    std::vector<float> sizes;
    for (const PageLines& page : lines) {
        for (const Line& line : page.lines) {
            if (!line.furniture && line.fontSize > 0)
                sizes.push_back(line.fontSize);
        }
    }
    ParagraphAssembler assembler(document, median(sizes, 0));
    for (const PageLines& page : lines) {
        const PageMetrics metrics = metricsOf(page);
        bool firstOnPage = true;
        for (const Line& line : page.lines) {
            if (line.furniture) {
                assembler.addFurniture(line);
                continue;
            }
            assembler.addLine(line, metrics, firstOnPage);
            firstOnPage = false;
        }
    }
    if (closeLast)
        assembler.close();
    return document;
}

} // namespace

Document documentFromPages(const std::vector<docsrc::PageText>& pages, const std::vector<bool>& ocrPages)
{
    std::vector<PageLines> lines;
    std::vector<PageInfo> infos;
    lines.reserve(pages.size());
    infos.reserve(pages.size());
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const bool ocr = i < ocrPages.size() && ocrPages[i];
        lines.push_back(linesOfPage(pages[i], ocr));
        infos.push_back(pageInfoOf(pages[i], ocr));
    }
    return assembleDocument(lines, infos, true);
}

std::optional<Document> readPdf(const QString& path, const LoadOptions& options, LoadError* error)
{
    const QString fileName = QFileInfo(path).fileName();
    docsrc::SourceError sourceError;
    const auto source = docsrc::PdfSource::open(QFile::encodeName(path).toStdString(),
                                                options.password.toStdString(), &sourceError);
    if (!source || sourceError)
        return failLoad(error, loadKindOf(sourceError.kind), sourceMessage(fileName, sourceError),
                        sourceError.page);
    const int pageCount = source->pageCount();
    if (pageCount <= 0)
        return failLoad(error, LoadError::Kind::Empty, tr("%1 has no pages.").arg(fileName));
    if (pageCount > options.maxPages)
        return failLoad(error, LoadError::Kind::TooLarge,
                        tr("%1 has %2 pages; documents of more than %3 pages are not compared.")
                            .arg(fileName)
                            .arg(pageCount)
                            .arg(options.maxPages));

    const docsrc::OcrOptions ocrOptions = ocrOptionsOf(options);
    std::optional<bool> ocrReady;
    std::string ocrMissing;
    const auto canOcr = [&] {
        if (!ocrReady)
            ocrReady = docsrc::ocrAvailable(ocrOptions, &ocrMissing);
        return *ocrReady;
    };

    // Each page's lines are kept, not its words: snapshots and the final layout analysis start there.
    std::vector<PageLines> lines;
    std::vector<PageInfo> infos;
    std::vector<int> pagesWithoutText;
    lines.reserve(static_cast<std::size_t>(pageCount));
    infos.reserve(static_cast<std::size_t>(pageCount));
    const QFileInfo fileInfo(path);
    const int every = std::max(1, options.partialEveryPages);
    // Each snapshot lays out every page read so far: the spacing doubles (25, 50, 100, 200…) so all
    // of them together cost about one more layout analysis of the whole document.
    int nextSnapshot = every;
    for (int number = 1; number <= pageCount; ++number) {
        if (options.cancel && options.cancel->load())
            return failLoad(error, LoadError::Kind::Cancelled, tr("Reading %1 was cancelled.").arg(fileName),
                            number);
        docsrc::PageText page = source->text(number);
        const bool hasText = !page.words.empty() && source->hasText(number);
        bool ocr = false;
        if ((options.forceOcr || (!hasText && options.ocrPagesWithoutText)) && canOcr()) {
            const docsrc::Raster raster = source->render(number, options.ocrDpi, true);
            docsrc::SourceError ocrError;
            docsrc::PageText recognised = docsrc::recognise(raster, number, ocrOptions, &ocrError);
            if (ocrError.kind == docsrc::SourceError::Kind::Cancelled)
                return failLoad(error, LoadError::Kind::Cancelled,
                                tr("Reading %1 was cancelled.").arg(fileName), number);
            if (ocrError) {
                pagesWithoutText.push_back(number);
            } else {
                recognised.number = number;
                if (recognised.width <= 0) {
                    recognised.width = page.width;
                    recognised.height = page.height;
                }
                page = std::move(recognised);
                ocr = true;
            }
        } else if (!hasText) {
            pagesWithoutText.push_back(number);
        }
        page.number = number;
        lines.push_back(linesOfPage(page, ocr));
        infos.push_back(pageInfoOf(page, ocr));
        if (options.progress)
            options.progress(0.9 * number / pageCount);
        if (options.partial && number == nextSnapshot && number < pageCount) {
            nextSnapshot = number + std::max(every, number);
            Document snapshot = assembleDocument(lines, infos, false);
            snapshot.file.path = fileInfo.absoluteFilePath();
            snapshot.file.fileName = fileInfo.fileName();
            snapshot.file.size = fileInfo.size();
            snapshot.file.modified = fileInfo.lastModified();
            if (options.detectRepeated)
                markRepeatedFurniture(snapshot);
            if (!options.exclusions.isEmpty())
                applyExclusions(snapshot, options.exclusions);
            options.partial(std::make_shared<const Document>(std::move(snapshot)));
        }
    }

    Document document = assembleDocument(lines, infos, true);
    const bool anyText = std::any_of(document.paragraphs.begin(), document.paragraphs.end(),
                                     [](const Paragraph& p) { return !p.text.trimmed().isEmpty(); });
    if (!anyText) {
        if (!options.ocrPagesWithoutText && !options.forceOcr)
            return failLoad(
                error, LoadError::Kind::NoTextLayer,
                tr("%1 has no text layer (it is probably a scan). Turn on OCR to read it.").arg(fileName), 1);
        if (ocrReady && !*ocrReady)
            return failLoad(
                error, LoadError::Kind::OcrUnavailable,
                tr("%1 has no text layer and needs OCR, but OCR is not available: %2. Install the "
                   "tesseract-ocr and tesseract-ocr-chi-sim packages.")
                    .arg(fileName, QString::fromStdString(ocrMissing)),
                1);
        return failLoad(error, LoadError::Kind::Empty, tr("%1 holds no text.").arg(fileName));
    }
    for (int number : pagesWithoutText)
        document.warnings << tr("Page %1 has no text layer and was not read.").arg(number);
    if (!pagesWithoutText.empty() && ocrReady && !*ocrReady)
        document.warnings << tr("OCR is not available (%1): pages without a text layer were skipped.")
                                 .arg(QString::fromStdString(ocrMissing));
    for (const PageInfo& page : document.pages) {
        if (page.ocr && page.meanConfidence < 80)
            document.warnings << tr("Page %1 was read by OCR with a mean confidence of %2%.")
                                     .arg(page.number)
                                     .arg(std::lround(page.meanConfidence));
    }
    return document;
}

std::optional<Document> readImage(const QString& path, const LoadOptions& options, LoadError* error)
{
    const QString fileName = QFileInfo(path).fileName();
    const docsrc::OcrOptions ocrOptions = ocrOptionsOf(options);
    std::string missing;
    if (!docsrc::ocrAvailable(ocrOptions, &missing))
        return failLoad(
            error, LoadError::Kind::OcrUnavailable,
            tr("%1 is an image and needs OCR, but OCR is not available: %2. Install the tesseract-ocr "
               "and tesseract-ocr-chi-sim packages.")
                .arg(fileName, QString::fromStdString(missing)));
    docsrc::SourceError sourceError;
    const docsrc::Raster raster = docsrc::loadImage(QFile::encodeName(path).toStdString(), &sourceError);
    if (sourceError || raster.empty())
        return failLoad(error, sourceError ? loadKindOf(sourceError.kind) : LoadError::Kind::Corrupt,
                        sourceMessage(fileName, sourceError));
    if (options.progress)
        options.progress(0.1);
    docsrc::PageText page = docsrc::recognise(raster, 1, ocrOptions, &sourceError);
    if (sourceError)
        return failLoad(error, loadKindOf(sourceError.kind), sourceMessage(fileName, sourceError), 1);
    page.number = 1;
    const double dpi = raster.dpi > 0 ? raster.dpi : 300.0;
    if (page.width <= 0) {
        page.width = static_cast<float>(raster.width * 72.0 / dpi);
        page.height = static_cast<float>(raster.height * 72.0 / dpi);
    }
    Document document = documentFromPages({page}, {true});
    document.format = SourceFormat::Image;
    if (!document.pages.empty() && document.pages.front().meanConfidence < 80)
        document.warnings << tr("The image was read by OCR with a mean confidence of %1%.")
                                 .arg(std::lround(document.pages.front().meanConfidence));
    return document;
}

} // namespace ws::documents
