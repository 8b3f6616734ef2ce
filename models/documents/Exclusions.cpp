#include "documents/Exclusions.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ws::documents {

namespace {

const PageInfo* pageOf(const Document& document, int number)
{
    if (number >= 1 && number <= document.pageCount() &&
        document.pages[static_cast<std::size_t>(number - 1)].number == number)
        return &document.pages[static_cast<std::size_t>(number - 1)];
    const auto it = std::find_if(document.pages.begin(), document.pages.end(),
                                 [number](const PageInfo& page) { return page.number == number; });
    return it == document.pages.end() ? nullptr : &*it;
}

enum class Band { Top, Middle, Bottom };

struct Placement
{
    int page = 0;
    Band band = Band::Middle;
    int bucket = 0; // vertical position in twentieths of the page
};

// Where a one-page paragraph sits; nullopt for paragraphs without boxes or spanning pages.
std::optional<Placement> placementOf(const Document& document, const Paragraph& paragraph)
{
    if (paragraph.boxes.empty())
        return std::nullopt;
    const int page = paragraph.boxes.front().page;
    float top = paragraph.boxes.front().y0;
    float bottom = paragraph.boxes.front().y1;
    for (const CharBox& box : paragraph.boxes) {
        if (box.page != page)
            return std::nullopt;
        top = std::min(top, box.y0);
        bottom = std::max(bottom, box.y1);
    }
    const PageInfo* info = pageOf(document, page);
    if (!info || info->height <= 0)
        return std::nullopt;
    const float centre = (top + bottom) / 2 / info->height;
    Placement placement;
    placement.page = page;
    placement.band = centre < furnitureBand       ? Band::Top
                     : centre > 1 - furnitureBand ? Band::Bottom
                                                  : Band::Middle;
    placement.bucket = static_cast<int>(std::lround(centre * 20));
    return placement;
}

// A watermark repeats verbatim, so in the middle of the page digits count (numbered clauses at
// the same height on every page are body text); in the bands they are one class (page numbers).
QString placementKey(const QString& text, const Placement& placement)
{
    if (placement.band == Band::Middle)
        return QString(text).remove(QRegularExpression(QStringLiteral("\\s"))) + QStringLiteral("|m|") +
               QString::number(placement.bucket);
    return furnitureKey(text) + QLatin1Char('|') + QString::number(static_cast<int>(placement.band));
}

void markExcluded(Paragraph& paragraph, ParagraphKind kind, const QString& why)
{
    paragraph.kind = kind;
    paragraph.excluded = true;
    paragraph.excludedBy = why;
}

} // namespace

QString furnitureKey(const QString& text)
{
    QString key;
    key.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        key += c.isDigit() ? QChar(QLatin1Char('#')) : c;
    }
    // "12" and "3" are the same page number: collapse runs of the digit class.
    static const QRegularExpression digitRun(QStringLiteral("#+"));
    key.replace(digitRun, QStringLiteral("#"));
    return key;
}

bool looksLikePageNumber(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:[-–—]\\s*\\d{1,4}\\s*[-–—]"
                       "|第\\s*\\d{1,4}\\s*页(?:\\s*[，,/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                       "|共\\s*\\d{1,4}\\s*页\\s*[，,]?\\s*第\\s*\\d{1,4}\\s*页"
                       "|\\d{1,4}\\s*/\\s*\\d{1,4}"
                       "|(?:page|p\\.)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?"
                       "|\\d{1,4})\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

QJsonObject ExclusionTemplate::toJson() const
{
    QJsonArray zoneArray;
    for (const ExclusionZone& zone : zones) {
        zoneArray.append(QJsonObject{{QStringLiteral("name"), zone.name},
                                     {QStringLiteral("page"), zone.page},
                                     {QStringLiteral("x"), zone.rect.x()},
                                     {QStringLiteral("y"), zone.rect.y()},
                                     {QStringLiteral("width"), zone.rect.width()},
                                     {QStringLiteral("height"), zone.rect.height()}});
    }
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("zones"), zoneArray},
                       {QStringLiteral("patterns"), QJsonArray::fromStringList(patterns)}};
}

ExclusionTemplate ExclusionTemplate::fromJson(const QJsonObject& json)
{
    ExclusionTemplate result;
    result.name = json.value(QStringLiteral("name")).toString();
    for (const QJsonValue& value : json.value(QStringLiteral("zones")).toArray()) {
        const QJsonObject object = value.toObject();
        ExclusionZone zone;
        zone.name = object.value(QStringLiteral("name")).toString();
        zone.page = std::max(0, object.value(QStringLiteral("page")).toInt());
        zone.rect =
            QRectF(object.value(QStringLiteral("x")).toDouble(), object.value(QStringLiteral("y")).toDouble(),
                   object.value(QStringLiteral("width")).toDouble(),
                   object.value(QStringLiteral("height")).toDouble())
                .normalized();
        if (zone.rect.isValid())
            result.zones.push_back(zone);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("patterns")).toArray()) {
        if (value.isString() && !value.toString().isEmpty())
            result.patterns << value.toString();
    }
    return result;
}

int applyExclusions(Document& document, const ExclusionTemplate& exclusions)
{
    int affected = 0;
    std::vector<QRegularExpression> patterns;
    for (const QString& pattern : exclusions.patterns) {
        QRegularExpression regex(QRegularExpression::anchoredPattern(pattern));
        if (regex.isValid())
            patterns.push_back(std::move(regex));
    }
    for (Paragraph& paragraph : document.paragraphs) {
        if (paragraph.excluded)
            continue;
        if (!exclusions.zones.empty() &&
            paragraph.boxes.size() == static_cast<std::size_t>(paragraph.text.size())) {
            std::vector<bool> cut(paragraph.boxes.size(), false);
            QString zoneName;
            int cutCount = 0;
            int visible = 0;
            int visibleCut = 0;
            for (std::size_t i = 0; i < paragraph.boxes.size(); ++i) {
                const CharBox& box = paragraph.boxes[i];
                const PageInfo* page = pageOf(document, box.page);
                const bool isVisible = !paragraph.text[static_cast<qsizetype>(i)].isSpace();
                visible += isVisible ? 1 : 0;
                if (!page || page->width <= 0 || page->height <= 0)
                    continue;
                const QPointF centre((box.x0 + box.x1) / 2 / page->width,
                                     (box.y0 + box.y1) / 2 / page->height);
                for (const ExclusionZone& zone : exclusions.zones) {
                    if ((zone.page == 0 || zone.page == box.page) && zone.rect.contains(centre)) {
                        cut[i] = true;
                        ++cutCount;
                        visibleCut += isVisible ? 1 : 0;
                        if (zoneName.isEmpty())
                            zoneName = zone.name.isEmpty() ? QStringLiteral("zone") : zone.name;
                        break;
                    }
                }
            }
            if (cutCount > 0) {
                ++affected;
                if (visibleCut >= visible) {
                    paragraph.excluded = true;
                    paragraph.excludedBy = zoneName;
                    continue;
                }
                QString text;
                std::vector<CharBox> boxes;
                std::vector<float> confidence;
                const bool hasConfidence = paragraph.confidence.size() == paragraph.boxes.size();
                for (std::size_t i = 0; i < cut.size(); ++i) {
                    if (cut[i])
                        continue;
                    text += paragraph.text[static_cast<qsizetype>(i)];
                    boxes.push_back(paragraph.boxes[i]);
                    if (hasConfidence)
                        confidence.push_back(paragraph.confidence[i]);
                }
                paragraph.text = std::move(text);
                paragraph.boxes = std::move(boxes);
                paragraph.confidence = std::move(confidence);
                if (!paragraph.listLabel.isEmpty() && !paragraph.text.startsWith(paragraph.listLabel))
                    paragraph.listLabel.clear();
                paragraph.page = paragraph.boxes.front().page;
                paragraph.lastPage = paragraph.boxes.back().page;
            }
        }
        const QString trimmed = paragraph.text.trimmed();
        for (std::size_t i = 0; i < patterns.size(); ++i) {
            if (patterns[i].match(trimmed).hasMatch()) {
                paragraph.excluded = true;
                paragraph.excludedBy = exclusions.patterns[static_cast<qsizetype>(i)];
                ++affected;
                break;
            }
        }
    }
    return affected;
}

int markRepeatedFurniture(Document& document)
{
    if (!document.hasPages())
        return 0;
    std::vector<std::optional<Placement>> placements;
    placements.reserve(document.paragraphs.size());
    QHash<QString, QSet<int>> pagesByKey;
    for (const Paragraph& paragraph : document.paragraphs) {
        placements.push_back(placementOf(document, paragraph));
        if (placements.back())
            pagesByKey[placementKey(paragraph.text, *placements.back())].insert(placements.back()->page);
    }
    const int pageCount = document.pageCount();
    const int threshold = std::max(3, (pageCount + 1) / 2);
    int marked = 0;
    for (std::size_t i = 0; i < document.paragraphs.size(); ++i) {
        Paragraph& paragraph = document.paragraphs[i];
        const auto& placement = placements[i];
        if (paragraph.excluded || !placement)
            continue;
        const QString key = furnitureKey(paragraph.text);
        const bool repeated = pageCount >= 3 &&
                              pagesByKey[placementKey(paragraph.text, *placement)].size() >= threshold &&
                              key.size() >= (placement->band == Band::Middle ? 2 : 1);
        const bool pageNumber = placement->band != Band::Middle && looksLikePageNumber(paragraph.text);
        if (pageNumber)
            markExcluded(paragraph, ParagraphKind::PageNumber, QStringLiteral("page-number"));
        else if (!repeated)
            continue;
        else if (placement->band == Band::Top)
            markExcluded(paragraph, ParagraphKind::Header, QStringLiteral("header"));
        else if (placement->band == Band::Bottom)
            markExcluded(paragraph, ParagraphKind::Footer, QStringLiteral("footer"));
        else
            markExcluded(paragraph, ParagraphKind::Watermark, QStringLiteral("watermark"));
        ++marked;
    }
    return marked;
}

} // namespace ws::documents
