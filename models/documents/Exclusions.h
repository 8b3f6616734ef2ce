#pragma once

// Exclusion zones and patterns: parts of pages the reviewer has ruled out of the comparison (a
// letterhead, a stamp area, a running header the detector missed), kept as reusable templates per
// document type ("基金合同", "招股说明书").

#include "documents/Document.h"

#include <QJsonObject>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace ws::documents {

struct ExclusionZone
{
    QString name;
    int page = 0; // 1-based; 0 = every page
    QRectF rect;  // page-relative (0–1 on both axes, origin top-left), so it fits any page size
};

struct ExclusionTemplate
{
    QString name; // document type
    std::vector<ExclusionZone> zones;
    QStringList patterns; // regular expressions; a paragraph matching one entirely is excluded
    bool isEmpty() const { return zones.empty() && patterns.isEmpty(); }
    QJsonObject toJson() const;
    static ExclusionTemplate fromJson(const QJsonObject& json);
};

// Marks paragraphs excluded: characters inside a zone are cut from the text (a paragraph entirely
// inside is excluded), paragraphs matching a pattern are excluded. Returns how many were affected.
int applyExclusions(Document& document, const ExclusionTemplate& exclusions);

// Finds running headers, footers, page numbers and watermarks: text that repeats at the same place
// on most pages (digits compared as one class, so "第 3 页" and "第 4 页" repeat). Marks them excluded.
int markRepeatedFurniture(Document& document);

// The top and bottom bands of a page (as a fraction of its height) where headers, footers and page
// numbers live.
inline constexpr float furnitureBand = 0.09f;
// Text compared for repetition: white space dropped, every digit (and Chinese numeral) one class.
QString furnitureKey(const QString& text);
// "- 3 -", "第 3 页 共 20 页", "3/20", "Page 3 of 20", a bare number.
bool looksLikePageNumber(const QString& text);

} // namespace ws::documents
