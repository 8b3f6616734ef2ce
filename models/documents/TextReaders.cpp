#include "documents/TextReaders.h"

#include <QRegularExpression>
#include <QStringConverter>
#include <QStringDecoder>

#include <algorithm>

namespace ws::documents {

namespace {

bool isLatinLetter(QChar c)
{
    return c.isLetter() && c.unicode() < 0x0250;
}

const QRegularExpression& labelPattern()
{
    // Chinese counting 一、; （一）; (1) （1）; 1. 1、 1．(not 1.5); circled ①; 第三条/第二章 words.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[一二三四五六七八九十百千零〇]+、"
                       "|[（(][一二三四五六七八九十百千零〇]+[）)]"
                       "|[（(][0-9０-９]{1,3}[）)]"
                       "|[0-9０-９]{1,3}(?:[.．](?![0-9０-９])|、)"
                       "|[0-9]{1,2}(?:\\.[0-9]{1,2}){1,3}(?=\\s)"
                       "|[①-⑳⑴-⒇⒈-⒛]"
                       "|第[一二三四五六七八九十百千零〇0-9]+(?:条|章|节|部分|篇|款))"));
    return pattern;
}

bool isBlank(const QString& line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c.isSpace(); });
}

int leadingSpace(const QString& line)
{
    int width = 0;
    for (QChar c : line) {
        if (c == QChar(0x3000))
            width += 2;
        else if (c == QLatin1Char('\t'))
            width += 4;
        else if (c.isSpace())
            width += 1;
        else
            break;
    }
    return width;
}

bool endsWithPunctuation(const QString& text)
{
    if (text.isEmpty())
        return false;
    static const QString marks = QStringLiteral("。，；：！？、,.;:!?…");
    return marks.contains(text.back());
}

Paragraph makeParagraph(QString text, ParagraphKind kind = ParagraphKind::Body)
{
    Paragraph p;
    p.text = std::move(text);
    p.kind = kind;
    classifyListLabel(p);
    return p;
}

// Builds paragraphs from lines of text by the shared rules. `hasBlankLines` tells whether the
// source separates paragraphs by blank lines; without them, a line ending a sentence ends the
// paragraph too (a file with one paragraph per line).
class ParagraphBuilder
{
public:
    explicit ParagraphBuilder(std::vector<Paragraph>& out) : out_(out) {}

    void close()
    {
        const QString text = current_.trimmed();
        if (!text.isEmpty())
            out_.push_back(makeParagraph(text, heading_ ? ParagraphKind::Heading : ParagraphKind::Body));
        current_.clear();
        heading_ = false;
        indent_ = 0;
    }

    void addLine(const QString& rawLine, bool hasBlankLines, bool heading)
    {
        const QString line = rawLine.trimmed();
        const int indent = leadingSpace(rawLine);
        const bool startNew = current_.isEmpty() || heading || heading_ || listLabelLength(line) > 0 ||
                              indent > indent_ || (!hasBlankLines && endsSentence(current_));
        if (startNew) {
            close();
            current_ = line;
            indent_ = indent;
            heading_ = heading;
        } else {
            appendLine(current_, line);
        }
    }

    bool empty() const { return current_.isEmpty(); }
    bool endsSentenceNow() const { return current_.isEmpty() || endsSentence(current_); }

private:
    std::vector<Paragraph>& out_;
    QString current_;
    int indent_ = 0;
    bool heading_ = false;
};

QStringList splitLines(const QString& text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    normalised.replace(QChar(0x2028), QLatin1Char('\n'));
    normalised.replace(QChar(0x2029), QLatin1String("\n\n"));
    return normalised.split(QLatin1Char('\n'));
}

bool hasBlankSeparators(const QStringList& lines)
{
    bool seenText = false;
    for (const QString& line : lines) {
        if (isBlank(line)) {
            if (seenText)
                return true;
        } else {
            seenText = true;
        }
    }
    return false;
}

// A short line without a sentence end, standing at a paragraph start, that is a title: either a
// chapter heading or noticeably shorter than the file's long lines and followed by a break.
bool looksLikeHeadingLine(const QString& line, bool atParagraphStart, bool nextIsBreak, int longestLine)
{
    if (isChapterHeading(line))
        return true;
    if (!atParagraphStart || line.size() > 30 || endsWithPunctuation(line))
        return false;
    static const QRegularExpression numeric(QStringLiteral("^[\\d\\s.,%-]+$"));
    if (numeric.match(line).hasMatch())
        return false;
    return nextIsBreak || line.size() * 2 < longestLine;
}

// --- Markdown -------------------------------------------------------------------------------

QString stripInlineMarkdown(QString text)
{
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression refLink(QStringLiteral("\\[([^\\]]*)\\]\\[[^\\]]*\\]"));
    static const QRegularExpression autoLink(QStringLiteral("<((?:https?|mailto):[^>]+)>"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasisStar(QStringLiteral("\\*(?=\\S)(.+?)(?<=\\S)\\*"));
    static const QRegularExpression emphasisUnderscore(
        QStringLiteral("(?<![\\w])_(?=\\S)(.+?)(?<=\\S)_(?![\\w])"));
    static const QRegularExpression strike(QStringLiteral("~~(?=\\S)(.+?)(?<=\\S)~~"));
    static const QRegularExpression code(QStringLiteral("`+([^`]*)`+"));
    static const QRegularExpression htmlTag(QStringLiteral("</?[a-zA-Z][^>]*>"));
    static const QRegularExpression escape(QStringLiteral("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|~<>])"));
    text.replace(image, QStringLiteral("\\1"));
    text.replace(link, QStringLiteral("\\1"));
    text.replace(refLink, QStringLiteral("\\1"));
    text.replace(autoLink, QStringLiteral("\\1"));
    text.replace(code, QStringLiteral("\\1"));
    text.replace(strong, QStringLiteral("\\2"));
    text.replace(emphasisStar, QStringLiteral("\\1"));
    text.replace(emphasisUnderscore, QStringLiteral("\\1"));
    text.replace(strike, QStringLiteral("\\1"));
    text.replace(htmlTag, QString());
    text.replace(escape, QStringLiteral("\\1"));
    return text;
}

QStringList tableCells(const QString& line)
{
    QString inner = line.trimmed();
    if (inner.startsWith(QLatin1Char('|')))
        inner.remove(0, 1);
    if (inner.endsWith(QLatin1Char('|')) && !inner.endsWith(QLatin1String("\\|")))
        inner.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] == QLatin1Char('\\') && i + 1 < inner.size() && inner[i + 1] == QLatin1Char('|')) {
            cell += QLatin1Char('|');
            ++i;
        } else if (inner[i] == QLatin1Char('|')) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += inner[i];
        }
    }
    cells << cell.trimmed();
    return cells;
}

// --- HTML -----------------------------------------------------------------------------------

QString decodeEntity(const QString& name)
{
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'))
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
            return {};
        const char32_t cp = code;
        return QString::fromUcs4(&cp, 1);
    }
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ensp"), QStringLiteral(" ")},
        {QStringLiteral("emsp"), QStringLiteral(" ")},
        {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("ldquo"), QStringLiteral("“")},
        {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},
        {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("middot"), QStringLiteral("·")},
        {QStringLiteral("times"), QStringLiteral("×")},
        {QStringLiteral("divide"), QStringLiteral("÷")},
        {QStringLiteral("copy"), QStringLiteral("©")},
        {QStringLiteral("reg"), QStringLiteral("®")},
        {QStringLiteral("yen"), QStringLiteral("¥")},
        {QStringLiteral("permil"), QStringLiteral("‰")},
        {QStringLiteral("plusmn"), QStringLiteral("±")},
        {QStringLiteral("deg"), QStringLiteral("°")},
        {QStringLiteral("le"), QStringLiteral("≤")},
        {QStringLiteral("ge"), QStringLiteral("≥")},
        {QStringLiteral("shy"), QString()},
        {QStringLiteral("zwj"), QString()},
        {QStringLiteral("zwnj"), QString()},
    };
    const auto it = named.find(name);
    return it == named.end() ? QString() : *it;
}

QString decodeEntities(const QString& text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            const qsizetype semi = text.indexOf(QLatin1Char(';'), i + 1);
            if (semi > i + 1 && semi - i <= 12) {
                const QString name = text.mid(i + 1, semi - i - 1);
                const QString decoded = decodeEntity(name);
                if (!decoded.isNull() || name == QLatin1String("shy")) {
                    out += decoded;
                    i = semi;
                    continue;
                }
            }
        }
        out += text[i];
    }
    return out;
}

// Collapses HTML white space: a run becomes one space, or nothing when it holds a line break
// between two CJK characters (the source's own line wrapping).
QString collapseHtmlSpace(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (!text[i].isSpace() || text[i] == QChar(0x3000) || text[i] == QChar(0xA0)) {
            out += text[i] == QChar(0xA0) ? QChar(QLatin1Char(' ')) : text[i];
            ++i;
            continue;
        }
        bool newline = false;
        qsizetype j = i;
        while (j < text.size() && text[j].isSpace() && text[j] != QChar(0x3000) && text[j] != QChar(0xA0)) {
            newline = newline || text[j] == QLatin1Char('\n') || text[j] == QLatin1Char('\r');
            ++j;
        }
        const bool cjkBefore = !out.isEmpty() && isCjk(out.back());
        const bool cjkAfter = j < text.size() && isCjk(text[j]);
        if (!(newline && (cjkBefore || cjkAfter)))
            out += QLatin1Char(' ');
        i = j;
    }
    return out;
}

} // namespace

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
           (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0xAC00 && u <= 0xD7AF) || c.isSurrogate() ||
           (u >= 0x2018 && u <= 0x201F) || u == 0x2026 || u == 0x2014;
}

LineJoin lineJoin(const QString& before, const QString& after)
{
    LineJoin join;
    if (before.isEmpty() || after.isEmpty())
        return join;
    const QChar last = before.back();
    const QChar first = after.front();
    if (last == QLatin1Char('-') && before.size() >= 2 && isLatinLetter(before[before.size() - 2]) &&
        isLatinLetter(first) && first.isLower()) {
        join.dropHyphen = true;
        return join;
    }
    join.space = !(isCjk(last) || isCjk(first) || last == QLatin1Char('-') || last == QLatin1Char('/'));
    return join;
}

void appendLine(QString& paragraph, const QString& line)
{
    const LineJoin join = lineJoin(paragraph, line);
    if (join.dropHyphen)
        paragraph.chop(1);
    else if (join.space)
        paragraph += QLatin1Char(' ');
    paragraph += line;
}

int listLabelLength(const QString& text)
{
    const QRegularExpressionMatch match = labelPattern().match(text);
    if (!match.hasMatch())
        return 0;
    // A label must be followed by content, or be the whole text (a bare label line).
    return static_cast<int>(match.capturedLength());
}

bool endsSentence(const QString& text)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace())
        --end;
    static const QString closers = QStringLiteral("”’\"'）)」』");
    while (end > 0 && closers.contains(text[end - 1]))
        --end;
    if (end == 0)
        return false;
    static const QString marks = QStringLiteral("。！？；：.!?;:…");
    return marks.contains(text[end - 1]);
}

bool isChapterHeading(const QString& text)
{
    static const QRegularExpression chapter(
        QStringLiteral("^第[一二三四五六七八九十百千零〇0-9]+(?:章|节|部分|篇)(?:\\s|$|[^，。；,;])"));
    return text.size() <= 40 && chapter.match(text).hasMatch() && !endsWithPunctuation(text);
}

void classifyListLabel(Paragraph& paragraph)
{
    const int length = listLabelLength(paragraph.text);
    if (length <= 0)
        return;
    paragraph.listLabel = paragraph.text.left(length);
    if (paragraph.kind == ParagraphKind::Body)
        paragraph.kind = ParagraphKind::ListItem;
}

QString decodeText(const QByteArray& bytes, bool* ok)
{
    if (ok)
        *ok = true;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE);
        const QString text = decoder.decode(bytes.mid(2));
        if (ok)
            *ok = !decoder.hasError();
        return text;
    }
    const bool hasNul = bytes.contains('\0');
    if (!hasNul) {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = utf8.decode(bytes);
        if (!utf8.hasError())
            return text;
        if (auto gb = QStringDecoder("GB18030"); gb.isValid()) {
            const QString decoded = gb.decode(bytes);
            if (!gb.hasError() && !decoded.contains(QChar::ReplacementCharacter))
                return decoded;
        }
    }
    if (ok)
        *ok = false;
    return {};
}

std::vector<Paragraph> readPlainText(const QString& text)
{
    std::vector<Paragraph> out;
    const QStringList lines = splitLines(text);
    const bool hasBlankLines = hasBlankSeparators(lines);
    int longest = 0;
    for (const QString& line : lines)
        longest = std::max(longest, static_cast<int>(line.trimmed().size()));
    ParagraphBuilder builder(out);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isBlank(lines[i])) {
            builder.close();
            continue;
        }
        const QString line = lines[i].trimmed();
        const bool nextIsBreak = i + 1 >= lines.size() || isBlank(lines[i + 1]);
        const bool heading = looksLikeHeadingLine(line, builder.endsSentenceNow(), nextIsBreak, longest);
        builder.addLine(lines[i], hasBlankLines, heading);
    }
    builder.close();
    return out;
}

std::vector<Paragraph> readMarkdown(const QString& text)
{
    std::vector<Paragraph> out;
    const QStringList lines = splitLines(text);
    ParagraphBuilder builder(out);
    static const QRegularExpression atxHeading(QStringLiteral("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression setext(QStringLiteral("^\\s{0,3}(=+|-+)\\s*$"));
    static const QRegularExpression rule(QStringLiteral("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"));
    static const QRegularExpression bullet(QStringLiteral("^\\s*[-*+]\\s+(.*)$"));
    static const QRegularExpression ordered(QStringLiteral("^\\s*(\\d{1,9})([.)])\\s+(.*)$"));
    static const QRegularExpression quote(QStringLiteral("^\\s{0,3}>\\s?(.*)$"));
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(```|~~~)"));
    static const QRegularExpression tableSeparator(
        QStringLiteral("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$"));
    bool inFence = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (fence.match(line).hasMatch()) {
            builder.close();
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            // Code keeps its lines: each one is a paragraph of its own.
            builder.close();
            if (!isBlank(line))
                out.push_back(makeParagraph(line.trimmed()));
            continue;
        }
        if (const auto q = quote.match(line); q.hasMatch())
            line = q.captured(1);
        if (isBlank(line)) {
            builder.close();
            continue;
        }
        if (const auto h = atxHeading.match(line); h.hasMatch()) {
            builder.close();
            out.push_back(
                makeParagraph(stripInlineMarkdown(h.captured(2)).trimmed(), ParagraphKind::Heading));
            continue;
        }
        if (i + 1 < lines.size() && setext.match(lines[i + 1]).hasMatch() && builder.empty() &&
            !line.trimmed().startsWith(QLatin1Char('|'))) {
            builder.close();
            out.push_back(makeParagraph(stripInlineMarkdown(line).trimmed(), ParagraphKind::Heading));
            ++i;
            continue;
        }
        if (rule.match(line).hasMatch()) {
            builder.close();
            continue;
        }
        if (line.trimmed().startsWith(QLatin1Char('|')) ||
            (i + 1 < lines.size() && line.contains(QLatin1Char('|')) &&
             tableSeparator.match(lines[i + 1]).hasMatch())) {
            builder.close();
            if (tableSeparator.match(line).hasMatch())
                continue;
            for (const QString& cell : tableCells(line)) {
                const QString cellText = stripInlineMarkdown(cell).trimmed();
                if (!cellText.isEmpty())
                    out.push_back(makeParagraph(cellText, ParagraphKind::TableCell));
            }
            continue;
        }
        if (const auto b = bullet.match(line); b.hasMatch()) {
            builder.close();
            Paragraph item = makeParagraph(stripInlineMarkdown(b.captured(1)).trimmed());
            item.kind = ParagraphKind::ListItem;
            out.push_back(std::move(item));
            continue;
        }
        if (const auto o = ordered.match(line); o.hasMatch()) {
            builder.close();
            Paragraph item = makeParagraph(o.captured(1) + o.captured(2) + QLatin1Char(' ') +
                                           stripInlineMarkdown(o.captured(3)).trimmed());
            item.kind = ParagraphKind::ListItem;
            item.listLabel = o.captured(1) + o.captured(2);
            out.push_back(std::move(item));
            continue;
        }
        // A list item's continuation lines (indented) join the item.
        if (builder.empty() && !out.empty() && out.back().kind == ParagraphKind::ListItem &&
            leadingSpace(line) >= 2 && !isBlank(lines[i - 1])) {
            appendLine(out.back().text, stripInlineMarkdown(line).trimmed());
            continue;
        }
        QString stripped = stripInlineMarkdown(line);
        // Markdown's hard line break (two trailing spaces) still only wraps the paragraph.
        builder.addLine(QString(leadingSpace(line) >= 4 ? 0 : leadingSpace(line), QLatin1Char(' ')) +
                            stripped.trimmed(),
                        true, false);
    }
    builder.close();
    return out;
}

std::vector<Paragraph> readHtml(const QString& html)
{
    std::vector<Paragraph> out;
    static const QSet<QString> blockTags = {
        QStringLiteral("p"),       QStringLiteral("div"),        QStringLiteral("h1"),
        QStringLiteral("h2"),      QStringLiteral("h3"),         QStringLiteral("h4"),
        QStringLiteral("h5"),      QStringLiteral("h6"),         QStringLiteral("li"),
        QStringLiteral("td"),      QStringLiteral("th"),         QStringLiteral("tr"),
        QStringLiteral("br"),      QStringLiteral("table"),      QStringLiteral("ul"),
        QStringLiteral("ol"),      QStringLiteral("dl"),         QStringLiteral("dt"),
        QStringLiteral("dd"),      QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("section"), QStringLiteral("article"),    QStringLiteral("header"),
        QStringLiteral("footer"),  QStringLiteral("hr"),         QStringLiteral("caption"),
        QStringLiteral("body"),    QStringLiteral("html"),       QStringLiteral("nav"),
        QStringLiteral("aside"),   QStringLiteral("figure"),     QStringLiteral("figcaption"),
        QStringLiteral("main"),    QStringLiteral("address"),    QStringLiteral("center"),
    };
    static const QSet<QString> skippedTags = {QStringLiteral("script"),   QStringLiteral("style"),
                                              QStringLiteral("head"),     QStringLiteral("noscript"),
                                              QStringLiteral("template"), QStringLiteral("svg")};
    QString current;
    ParagraphKind kind = ParagraphKind::Body;
    QString label;
    std::vector<int> orderedCounters; // one per open <ol>/<ul>; -1 for <ul>
    bool inPre = false;

    const auto close = [&] {
        QString text = collapseHtmlSpace(decodeEntities(current)).trimmed();
        if (inPre)
            text = decodeEntities(current).trimmed();
        if (!text.isEmpty()) {
            if (!label.isEmpty())
                text = label + QLatin1Char(' ') + text;
            Paragraph p = makeParagraph(text, kind);
            if (!label.isEmpty()) {
                p.listLabel = label;
                p.kind = ParagraphKind::ListItem;
            }
            out.push_back(std::move(p));
        }
        current.clear();
        label.clear();
        kind = ParagraphKind::Body;
    };

    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        if (html[i] != QLatin1Char('<')) {
            const qsizetype next = html.indexOf(QLatin1Char('<'), i);
            const qsizetype end = next < 0 ? n : next;
            current += QStringView(html).mid(i, end - i);
            i = end;
            continue;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        // A tag: <name attrs>, </name>, <!DOCTYPE …>, <?xml …?>. Quoted attributes may hold '>'.
        qsizetype j = i + 1;
        QChar quoteChar;
        while (j < n) {
            const QChar c = html[j];
            if (!quoteChar.isNull()) {
                if (c == quoteChar)
                    quoteChar = QChar();
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quoteChar = c;
            } else if (c == QLatin1Char('>')) {
                break;
            }
            ++j;
        }
        const QString tag = html.mid(i + 1, j - i - 1);
        i = j + 1;
        const bool closing = tag.startsWith(QLatin1Char('/'));
        qsizetype nameStart = closing ? 1 : 0;
        qsizetype nameEnd = nameStart;
        while (nameEnd < tag.size() && (tag[nameEnd].isLetterOrNumber() || tag[nameEnd] == QLatin1Char(':')))
            ++nameEnd;
        const QString name = tag.mid(nameStart, nameEnd - nameStart).toLower();
        if (name.isEmpty()) {
            if (!tag.startsWith(QLatin1Char('!')) && !tag.startsWith(QLatin1Char('?')))
                current += QLatin1Char('<') + tag + QLatin1Char('>'); // a literal '<' in sloppy HTML
            continue;
        }
        if (skippedTags.contains(name) && !closing && !tag.endsWith(QLatin1Char('/'))) {
            const qsizetype end = html.indexOf(QLatin1String("</") + name, i, Qt::CaseInsensitive);
            const qsizetype gt = end < 0 ? -1 : html.indexOf(QLatin1Char('>'), end);
            i = gt < 0 ? n : gt + 1;
            continue;
        }
        if (!blockTags.contains(name))
            continue; // inline markup (span, b, a, font…) leaves the text as it is
        close();
        if (name == QLatin1String("pre"))
            inPre = !closing;
        if (name == QLatin1String("ol") || name == QLatin1String("ul")) {
            if (closing) {
                if (!orderedCounters.empty())
                    orderedCounters.pop_back();
            } else {
                orderedCounters.push_back(name == QLatin1String("ol") ? 0 : -1);
            }
            continue;
        }
        if (closing)
            continue;
        if (name.size() == 2 && name[0] == QLatin1Char('h') && name[1] >= QLatin1Char('1') &&
            name[1] <= QLatin1Char('6'))
            kind = ParagraphKind::Heading;
        else if (name == QLatin1String("td") || name == QLatin1String("th"))
            kind = ParagraphKind::TableCell;
        else if (name == QLatin1String("li")) {
            kind = ParagraphKind::ListItem;
            if (!orderedCounters.empty() && orderedCounters.back() >= 0)
                label = QString::number(++orderedCounters.back()) + QLatin1Char('.');
        }
    }
    close();
    return out;
}

} // namespace ws::documents
