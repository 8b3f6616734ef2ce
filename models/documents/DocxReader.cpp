#include "documents/DocxReader.h"

#include "documents/TextReaders.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <array>
#include <map>

namespace ws::documents {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::documents", text); // lupdate files free-function tr() here
}

bool isWordNamespace(QStringView uri)
{
    return uri.endsWith(u"wordprocessingml/2006/main") || uri.endsWith(u"wordprocessingml/main");
}

QString wordAttribute(const QXmlStreamReader& xml, QStringView name)
{
    for (const QXmlStreamAttribute& attribute : xml.attributes()) {
        if (attribute.name() == name)
            return attribute.value().toString();
    }
    return {};
}

// --- Counters ---------------------------------------------------------------------------------

QString chineseNumber(int n, bool legal)
{
    static const QString plainDigits = QStringLiteral("零一二三四五六七八九");
    static const QString legalDigits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    const QString& digits = legal ? legalDigits : plainDigits;
    const QString ten = legal ? QStringLiteral("拾") : QStringLiteral("十");
    const QString hundred = legal ? QStringLiteral("佰") : QStringLiteral("百");
    const QString thousand = legal ? QStringLiteral("仟") : QStringLiteral("千");
    if (n <= 0)
        return QString(digits[0]);
    if (n >= 10000)
        return QString::number(n);
    QString out;
    const int parts[] = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
    const QString units[] = {thousand, hundred, ten, QString()};
    bool pendingZero = false;
    for (int i = 0; i < 4; ++i) {
        if (parts[i] == 0) {
            pendingZero = !out.isEmpty();
            continue;
        }
        if (pendingZero)
            out += digits[0];
        pendingZero = false;
        // 十一 rather than 一十一 when ten is the leading unit.
        if (!(i == 2 && parts[i] == 1 && out.isEmpty() && !legal))
            out += digits[parts[i]];
        out += units[i];
    }
    return out;
}

QString letters(int n, bool upper)
{
    if (n <= 0)
        return QString::number(n);
    const QChar base = upper ? QLatin1Char('A') : QLatin1Char('a');
    const int repeat = (n - 1) / 26 + 1;
    return QString(repeat, QChar(base.unicode() + (n - 1) % 26));
}

QString roman(int n, bool upper)
{
    if (n <= 0 || n >= 4000)
        return QString::number(n);
    static const std::array<std::pair<int, const char*>, 13> table = {{{1000, "m"},
                                                                       {900, "cm"},
                                                                       {500, "d"},
                                                                       {400, "cd"},
                                                                       {100, "c"},
                                                                       {90, "xc"},
                                                                       {50, "l"},
                                                                       {40, "xl"},
                                                                       {10, "x"},
                                                                       {9, "ix"},
                                                                       {5, "v"},
                                                                       {4, "iv"},
                                                                       {1, "i"}}};
    QString out;
    for (const auto& [value, digits] : table) {
        while (n >= value) {
            out += QLatin1String(digits);
            n -= value;
        }
    }
    return upper ? out.toUpper() : out;
}

QString formatCounter(int n, const QString& format)
{
    if (format == QLatin1String("chineseCounting") || format == QLatin1String("chineseCountingThousand") ||
        format == QLatin1String("japaneseCounting") || format == QLatin1String("ideographDigital") ||
        format == QLatin1String("taiwaneseCounting") || format == QLatin1String("taiwaneseCountingThousand"))
        return chineseNumber(n, false);
    if (format == QLatin1String("chineseLegalSimplified") ||
        format == QLatin1String("ideographLegalTraditional"))
        return chineseNumber(n, true);
    if (format == QLatin1String("ideographTraditional")) {
        static const QString stems = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
        return n >= 1 && n <= 10 ? QString(stems[n - 1]) : QString::number(n);
    }
    if (format == QLatin1String("decimalEnclosedCircle") ||
        format == QLatin1String("decimalEnclosedCircleChinese"))
        return n >= 1 && n <= 20 ? QString(QChar(0x2460 + n - 1)) : QString::number(n);
    if (format == QLatin1String("decimalEnclosedParen"))
        return n >= 1 && n <= 20 ? QString(QChar(0x2474 + n - 1)) : QString::number(n);
    if (format == QLatin1String("decimalEnclosedFullstop"))
        return n >= 1 && n <= 20 ? QString(QChar(0x2488 + n - 1)) : QString::number(n);
    if (format == QLatin1String("decimalFullWidth") || format == QLatin1String("decimalFullWidth2")) {
        QString out = QString::number(n);
        for (QChar& c : out)
            c = QChar(c.unicode() - u'0' + 0xFF10);
        return out;
    }
    if (format == QLatin1String("decimalZero"))
        return n < 10 ? QStringLiteral("0") + QString::number(n) : QString::number(n);
    if (format == QLatin1String("lowerLetter") || format == QLatin1String("upperLetter"))
        return letters(n, format == QLatin1String("upperLetter"));
    if (format == QLatin1String("lowerRoman") || format == QLatin1String("upperRoman"))
        return roman(n, format == QLatin1String("upperRoman"));
    if (format == QLatin1String("none"))
        return {};
    return QString::number(n); // decimal and everything exotic
}

// --- numbering.xml ------------------------------------------------------------------------------

struct Level
{
    int start = 1;
    QString format = QStringLiteral("decimal");
    QString text;
    bool legal = false;
    int restartAfter = -1; // -1: restart after any higher level (the default)
};

struct AbstractNum
{
    std::map<int, Level> levels;
};

struct NumInstance
{
    QString abstractId;
    std::map<int, int> startOverride;
};

class Numbering
{
public:
    void read(const QByteArray& xml)
    {
        QXmlStreamReader reader(xml);
        QString abstractId;
        QString numId;
        int level = -1;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isEndElement() && reader.name() == u"lvl")
                level = -1;
            if (!reader.isStartElement())
                continue;
            const auto name = reader.name();
            if (name == u"abstractNum") {
                abstractId = wordAttribute(reader, u"abstractNumId");
                numId.clear();
            } else if (name == u"num") {
                numId = wordAttribute(reader, u"numId");
                abstractId.clear();
                nums_[numId] = {};
            } else if (name == u"abstractNumId" && !numId.isEmpty()) {
                nums_[numId].abstractId = wordAttribute(reader, u"val");
            } else if (name == u"lvlOverride" && !numId.isEmpty()) {
                level = wordAttribute(reader, u"ilvl").toInt();
            } else if (name == u"startOverride" && !numId.isEmpty() && level >= 0) {
                nums_[numId].startOverride[level] = wordAttribute(reader, u"val").toInt();
            } else if (name == u"lvl" && !abstractId.isEmpty()) {
                level = wordAttribute(reader, u"ilvl").toInt();
                abstracts_[abstractId].levels[level] = {};
            } else if (level >= 0 && !abstractId.isEmpty()) {
                Level& lvl = abstracts_[abstractId].levels[level];
                const QString value = wordAttribute(reader, u"val");
                if (name == u"start")
                    lvl.start = value.toInt();
                else if (name == u"numFmt")
                    lvl.format = value;
                else if (name == u"lvlText")
                    lvl.text = value;
                else if (name == u"isLgl")
                    lvl.legal = value.isEmpty() || value == u"1" || value == u"true";
                else if (name == u"lvlRestart")
                    lvl.restartAfter = value.toInt();
            }
        }
    }

    // The label of the next paragraph of list `numId` at `level`, advancing the counters; a
    // bullet list gives an empty label (`isList` still true).
    QString next(const QString& numId, int level, bool* isList)
    {
        *isList = false;
        const auto num = nums_.find(numId);
        if (num == nums_.end() || numId == u"0")
            return {};
        const auto abstract = abstracts_.find(num->abstractId);
        if (abstract == abstracts_.end())
            return {};
        level = std::clamp(level, 0, 8);
        *isList = true;
        // Lists sharing one abstract definition continue each other, unless a num restarts it.
        auto& counters = counters_[num->abstractId];
        if (!started_.contains(numId)) {
            started_.insert(numId);
            for (const auto& [overriddenLevel, start] : num->startOverride) {
                if (overriddenLevel >= 0 && overriddenLevel < 9)
                    counters[static_cast<std::size_t>(overriddenLevel)] = start - 1;
            }
        }
        const auto levelStart = [&](int l) {
            const auto it = abstract->levels.find(l);
            return it == abstract->levels.end() ? 1 : it->second.start;
        };
        auto& counter = counters[static_cast<std::size_t>(level)];
        counter = counter == 0 && !num->startOverride.contains(level) ? levelStart(level) : counter + 1;
        for (int deeper = level + 1; deeper < 9; ++deeper) {
            const auto it = abstract->levels.find(deeper);
            const int restartAfter = it == abstract->levels.end() ? -1 : it->second.restartAfter;
            if (restartAfter != 0 && (restartAfter < 0 || restartAfter - 1 >= level))
                counters[static_cast<std::size_t>(deeper)] = 0;
        }
        const auto levelIt = abstract->levels.find(level);
        if (levelIt == abstract->levels.end())
            return {};
        const Level& lvl = levelIt->second;
        if (lvl.format == u"bullet")
            return {};
        QString label = lvl.text;
        for (int l = 0; l < 9; ++l) {
            const QString placeholder = QLatin1Char('%') + QString::number(l + 1);
            if (!label.contains(placeholder))
                continue;
            const auto it = abstract->levels.find(l);
            const QString format =
                lvl.legal || it == abstract->levels.end() ? QStringLiteral("decimal") : it->second.format;
            const int value = counters[static_cast<std::size_t>(l)] == 0
                                  ? levelStart(l)
                                  : counters[static_cast<std::size_t>(l)];
            label.replace(placeholder, formatCounter(value, format));
        }
        return label.trimmed();
    }

private:
    QHash<QString, AbstractNum> abstracts_;
    QHash<QString, NumInstance> nums_;
    QHash<QString, std::array<int, 9>> counters_;
    QSet<QString> started_;
};

// --- styles.xml ---------------------------------------------------------------------------------

struct Style
{
    QString name;
    QString basedOn;
    QString numId;
    int level = -1;
    int outlineLevel = -1;
};

class Styles
{
public:
    void read(const QByteArray& xml)
    {
        QXmlStreamReader reader(xml);
        QString id;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            const auto name = reader.name();
            if (name == u"style") {
                id = wordAttribute(reader, u"styleId");
                styles_[id] = {};
            } else if (!id.isEmpty()) {
                Style& style = styles_[id];
                const QString value = wordAttribute(reader, u"val");
                if (name == u"name")
                    style.name = value;
                else if (name == u"basedOn")
                    style.basedOn = value;
                else if (name == u"numId")
                    style.numId = value;
                else if (name == u"ilvl")
                    style.level = value.toInt();
                else if (name == u"outlineLvl")
                    style.outlineLevel = value.toInt();
            }
        }
    }

    bool isHeading(const QString& styleId) const
    {
        static const QRegularExpression headingName(QStringLiteral("^(heading|标题|title)"),
                                                    QRegularExpression::CaseInsensitiveOption);
        QString id = styleId;
        for (int depth = 0; depth < 10 && !id.isEmpty(); ++depth) {
            if (headingName.match(id).hasMatch())
                return true;
            const auto it = styles_.find(id);
            if (it == styles_.end())
                return false;
            if (headingName.match(it->name).hasMatch() || (it->outlineLevel >= 0 && it->outlineLevel < 9))
                return true;
            id = it->basedOn;
        }
        return false;
    }

    // The numbering a style (or one it is based on) applies.
    std::pair<QString, int> numbering(const QString& styleId) const
    {
        QString id = styleId;
        for (int depth = 0; depth < 10 && !id.isEmpty(); ++depth) {
            const auto it = styles_.find(id);
            if (it == styles_.end())
                break;
            if (!it->numId.isEmpty())
                return {it->numId, std::max(0, it->level)};
            id = it->basedOn;
        }
        return {};
    }

private:
    QHash<QString, Style> styles_;
};

// --- Parts --------------------------------------------------------------------------------------

struct OpenParagraph
{
    QString text;
    QString style;
    QString numId;
    int level = -1;
    bool numbered = false; // the paragraph has its own numPr (numId 0 switches a style's off)
    bool outline = false;
    bool inTable = false;
};

struct PartReader
{
    const Styles& styles;
    Numbering& numbering;
    const LoadOptions& options;
    std::vector<Paragraph>& out;
    ParagraphKind partKind = ParagraphKind::Body;

    void readProperties(QXmlStreamReader& xml, OpenParagraph& paragraph)
    {
        while (xml.readNextStartElement()) {
            const auto name = xml.name();
            if (name == u"pStyle") {
                paragraph.style = wordAttribute(xml, u"val");
                xml.skipCurrentElement();
            } else if (name == u"numPr") {
                paragraph.numbered = true;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"ilvl")
                        paragraph.level = wordAttribute(xml, u"val").toInt();
                    else if (xml.name() == u"numId")
                        paragraph.numId = wordAttribute(xml, u"val");
                    xml.skipCurrentElement();
                }
            } else if (name == u"outlineLvl") {
                paragraph.outline = wordAttribute(xml, u"val").toInt() < 9;
                xml.skipCurrentElement();
            } else {
                xml.skipCurrentElement();
            }
        }
    }

    void finish(OpenParagraph&& open)
    {
        // Line breaks inside the paragraph are layout: rejoin its lines by the reflow rules.
        QString text;
        const QStringList lines = open.text.split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            const QString trimmed = line.simplified();
            if (!trimmed.isEmpty())
                appendLine(text, trimmed);
        }
        QString numId = open.numId;
        int level = std::max(0, open.level);
        if (!open.numbered) {
            std::tie(numId, level) = styles.numbering(open.style);
        }
        bool isList = false;
        const QString label = numId.isEmpty() ? QString() : numbering.next(numId, level, &isList);
        if (text.isEmpty())
            return; // an empty paragraph (spacing) — numbering still advanced above, as in Word
        Paragraph paragraph;
        paragraph.kind = partKind;
        if (partKind == ParagraphKind::Body) {
            if (open.inTable)
                paragraph.kind = ParagraphKind::TableCell;
            else if (open.outline || styles.isHeading(open.style))
                paragraph.kind = ParagraphKind::Heading;
            else if (isList)
                paragraph.kind = ParagraphKind::ListItem;
        }
        if (!label.isEmpty()) {
            const bool tight = isCjk(label.back()) || isCjk(text.front());
            paragraph.text = label + (tight ? QString() : QStringLiteral(" ")) + text;
            paragraph.listLabel = label;
        } else {
            paragraph.text = text;
            classifyListLabel(paragraph); // a label typed by hand ("一、" as text)
        }
        if (partKind == ParagraphKind::Header || partKind == ParagraphKind::Footer) {
            paragraph.excluded = true;
            paragraph.excludedBy =
                partKind == ParagraphKind::Header ? QStringLiteral("header") : QStringLiteral("footer");
        }
        out.push_back(std::move(paragraph));
    }

    // Returns false when cancelled; XML errors are left in `xml`.
    bool read(QXmlStreamReader& xml, qint64 totalBytes)
    {
        std::vector<OpenParagraph> open;
        int tableCellDepth = 0;
        int paragraphs = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement()) {
                if (!isWordNamespace(xml.namespaceUri()))
                    continue;
                if (xml.name() == u"p" && !open.empty()) {
                    OpenParagraph done = std::move(open.back());
                    open.pop_back();
                    finish(std::move(done));
                    if (++paragraphs % 64 == 0) {
                        if (options.cancel && options.cancel->load())
                            return false;
                        if (options.progress && totalBytes > 0 && partKind == ParagraphKind::Body)
                            options.progress(0.9 * static_cast<double>(xml.characterOffset()) /
                                             static_cast<double>(totalBytes));
                    }
                } else if (xml.name() == u"tc") {
                    --tableCellDepth;
                }
                continue;
            }
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == u"Fallback") { // mc:Fallback repeats what mc:Choice holds
                xml.skipCurrentElement();
                continue;
            }
            if (!isWordNamespace(xml.namespaceUri()))
                continue;
            if (name == u"p") {
                OpenParagraph paragraph;
                paragraph.inTable = tableCellDepth > 0;
                open.push_back(std::move(paragraph));
            } else if (name == u"tc") {
                ++tableCellDepth;
            } else if (name == u"pPr" && !open.empty()) {
                readProperties(xml, open.back());
            } else if (name == u"del" || name == u"moveFrom" || name == u"instrText" || name == u"delText" ||
                       name == u"delInstrText" || name == u"rPr" || name == u"footnoteReference" ||
                       name == u"endnoteReference") {
                xml.skipCurrentElement(); // deletions, field codes, formatting: not text
            } else if (open.empty()) {
                continue;
            } else if (name == u"t") {
                open.back().text += xml.readElementText();
            } else if (name == u"tab" || name == u"ptab") {
                open.back().text += QLatin1Char(' ');
            } else if (name == u"br" || name == u"cr") {
                if (wordAttribute(xml, u"type") != u"page")
                    open.back().text += QLatin1Char('\n');
            } else if (name == u"noBreakHyphen") {
                open.back().text += QLatin1Char('-');
            } else if (name == u"sym") {
                bool ok = false;
                const uint code = wordAttribute(xml, u"char").toUInt(&ok, 16);
                if (ok && code > 0x20 && (code < 0xF000 || code > 0xF0FF))
                    open.back().text += QChar(static_cast<char16_t>(code));
            }
        }
        return true;
    }
};

bool readEntry(QuaZip& zip, const QString& name, QByteArray* bytes, QString* problem)
{
    if (!zip.setCurrentFile(name))
        return false;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("%1 cannot be unpacked").arg(name);
        return false;
    }
    *bytes = file.readAll();
    file.close();
    if (file.getZipError() != 0) {
        *problem = tr("%1 is truncated or fails its checksum").arg(name);
        return false;
    }
    return true;
}

} // namespace

bool isDocxPackage(const QString& path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    return zip.setCurrentFile(QStringLiteral("word/document.xml"));
}

std::optional<Document> readDocx(const QString& path, const LoadOptions& options, LoadError* error)
{
    const QString fileName = QFileInfo(path).fileName();
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return failLoad(error, LoadError::Kind::Corrupt,
                        tr("%1 is damaged or truncated: its ZIP directory cannot be read.").arg(fileName));
    QString problem;
    QByteArray documentXml;
    if (!readEntry(zip, QStringLiteral("word/document.xml"), &documentXml, &problem)) {
        if (problem.isEmpty())
            return failLoad(
                error, LoadError::Kind::Unsupported,
                tr("%1 is a ZIP archive but not a Word document (no word/document.xml).").arg(fileName));
        return failLoad(error, LoadError::Kind::Corrupt, tr("%1 is damaged: %2.").arg(fileName, problem));
    }
    DocxParts parts;
    parts.document = std::move(documentXml);
    QByteArray bytes;
    if (readEntry(zip, QStringLiteral("word/styles.xml"), &bytes, &problem))
        parts.styles = bytes;
    if (readEntry(zip, QStringLiteral("word/numbering.xml"), &bytes, &problem))
        parts.numbering = bytes;

    QStringList headerParts;
    QStringList footerParts;
    static const QRegularExpression furniturePart(QStringLiteral("^word/(header|footer)\\d*\\.xml$"));
    for (const QString& entry : zip.getFileNameList()) {
        const auto match = furniturePart.match(entry);
        if (match.hasMatch())
            (match.captured(1) == u"header" ? headerParts : footerParts) << entry;
    }
    headerParts.sort();
    footerParts.sort();
    for (const QString& part : headerParts) {
        QString partProblem;
        if (readEntry(zip, part, &bytes, &partProblem))
            parts.headers.emplace_back(part, bytes);
    }
    for (const QString& part : footerParts) {
        QString partProblem;
        if (readEntry(zip, part, &bytes, &partProblem))
            parts.footers.emplace_back(part, bytes);
    }
    return readDocxParts(parts, fileName, options, error);
}

std::optional<Document> readDocxParts(const DocxParts& parts, const QString& fileName,
                                      const LoadOptions& options, LoadError* error)
{
    Styles styles;
    Numbering numbering;
    if (!parts.styles.isEmpty())
        styles.read(parts.styles);
    if (!parts.numbering.isEmpty())
        numbering.read(parts.numbering);

    Document document;
    document.format = SourceFormat::Docx;
    const auto readPart = [&](const QString& partName, const QByteArray& xmlBytes,
                              ParagraphKind kind) -> std::optional<bool> {
        PartReader reader{styles, numbering, options, document.paragraphs, kind};
        QXmlStreamReader xml(xmlBytes);
        if (!reader.read(xml, xmlBytes.size()))
            return false;
        if (xml.hasError()) {
            failLoad(error, LoadError::Kind::Corrupt,
                     tr("%1 is damaged: %2 is not well-formed XML (line %3, column %4: %5).")
                         .arg(fileName, partName)
                         .arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.errorString()),
                     0, xml.characterOffset());
            return std::nullopt;
        }
        return true;
    };
    const auto cancelled = [&] {
        return failLoad(error, LoadError::Kind::Cancelled, tr("Reading %1 was cancelled.").arg(fileName));
    };

    for (const auto& [part, bytes] : parts.headers) {
        const auto ok = readPart(part, bytes, ParagraphKind::Header);
        if (!ok)
            return std::nullopt;
        if (!*ok)
            return cancelled();
    }
    const auto bodyOk = readPart(QStringLiteral("word/document.xml"), parts.document, ParagraphKind::Body);
    if (!bodyOk)
        return std::nullopt;
    if (!*bodyOk)
        return cancelled();
    for (const auto& [part, bytes] : parts.footers) {
        const auto ok = readPart(part, bytes, ParagraphKind::Footer);
        if (!ok)
            return std::nullopt;
        if (!*ok)
            return cancelled();
    }
    // Repeated header/footer parts (first page, even pages) usually hold the same text: keep one.
    QSet<QString> seenFurniture;
    std::erase_if(document.paragraphs, [&](const Paragraph& p) {
        if (p.kind != ParagraphKind::Header && p.kind != ParagraphKind::Footer)
            return false;
        const QString key = QString::number(static_cast<int>(p.kind)) + p.text;
        if (seenFurniture.contains(key))
            return true;
        seenFurniture.insert(key);
        return false;
    });
    if (options.progress)
        options.progress(0.95);
    return document;
}

} // namespace ws::documents
