#pragma once

// A document as the comparison sees it: its content as paragraphs of reflowed text, whatever the
// source format was, with where each character sits (page and box) when the source has pages.
//
// Layout is not content: line breaks inside a paragraph, hyphenation at line ends and page breaks
// are gone by the time a reader fills a Document; repeated headers, footers, page numbers and
// watermarks are kept but marked `excluded`, so the diff skips them while the viewer can still
// show them. Paragraph boundaries and list labels (一、（一）1.) are structure and stay.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace ws::documents {

enum class SourceFormat { Text, Markdown, Html, Docx, Pdf, Image };

// Where one UTF-16 code unit of a paragraph sits on its page, in page points (origin top-left).
// page == 0 when the source has no pages (text, Markdown, HTML, DOCX).
struct CharBox
{
    std::int16_t page = 0;
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

enum class ParagraphKind { Body, Heading, ListItem, TableCell, Header, Footer, PageNumber, Watermark };

struct Paragraph
{
    QString text; // reflowed: no layout line breaks, no end-of-line hyphens
    ParagraphKind kind = ParagraphKind::Body;
    QString listLabel; // "一、", "（一）", "1." — also the first characters of `text`
    int page = 0;      // 1-based page of the first character; 0 without pages
    int lastPage = 0;
    bool excluded = false;         // a header/footer/page number/watermark or inside an exclusion zone
    QString excludedBy;            // why: "header", "footer", "page-number", "watermark", or a zone's name
    std::vector<CharBox> boxes;    // empty, or one per UTF-16 code unit of `text`
    std::vector<float> confidence; // OCR: one per UTF-16 code unit (0–100); empty otherwise
};

struct PageInfo
{
    int number = 0;              // 1-based
    float width = 0, height = 0; // points
    bool ocr = false;            // text came from OCR (a scan or an image)
    float meanConfidence = 100;
};

// File identity, shown in reports and used to key review decisions.
struct FileInfo
{
    QString path;
    QString fileName;
    qint64 size = 0;
    QByteArray sha256; // raw 32 bytes
    QDateTime modified;
    QString sha256Hex() const { return QString::fromLatin1(sha256.toHex()); }
};

struct Document
{
    FileInfo file;
    SourceFormat format = SourceFormat::Text;
    std::vector<Paragraph> paragraphs;
    std::vector<PageInfo> pages; // empty without pages
    QStringList warnings;        // non-fatal: "page 12 has no text layer", "OCR confidence 61%"
    int pageCount() const { return static_cast<int>(pages.size()); }
    bool hasPages() const { return !pages.empty(); }
};

QString formatName(SourceFormat format); // "PDF", "DOCX", …

} // namespace ws::documents
