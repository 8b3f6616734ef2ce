#include "documents/DocumentLoader.h"

#include "documents/DocxReader.h"
#include "documents/PdfReader.h"
#include "documents/TextReaders.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ws::documents {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::documents", text); // lupdate files free-function tr() here
}

constexpr qint64 maxTextBytes = 256LL * 1024 * 1024;

bool isBmp(const QByteArray& head)
{
    if (head.size() < 18 || !head.startsWith("BM"))
        return false;
    const auto headerSize = static_cast<unsigned char>(head[14]);
    return head[15] == 0 && head[16] == 0 && head[17] == 0 &&
           (headerSize == 12 || headerSize == 40 || headerSize == 52 || headerSize == 56 ||
            headerSize == 64 || headerSize == 108 || headerSize == 124);
}

bool looksBinary(const QByteArray& head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return false;
    int control = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f' && u != 0x1B)
            ++control;
    }
    return control > head.size() / 20;
}

bool looksLikeHtml(const QString& head)
{
    static const QRegularExpression markers(
        QStringLiteral("^\\s*(?:<!doctype\\s+html|<html|<\\?xml[^>]*>\\s*<html)|<body[\\s>]|<head[\\s>]|"
                       "<(?:p|div|table|h[1-6])[\\s>][\\s\\S]*</(?:p|div|table|h[1-6])>"),
        QRegularExpression::CaseInsensitiveOption);
    return markers.match(head).hasMatch();
}

bool looksLikeMarkdown(const QString& head)
{
    static const QRegularExpression markers(QStringLiteral("^(?:#{1,6}\\s+\\S|```|\\|?\\s*:?-{3,}:?\\s*\\|)"),
                                            QRegularExpression::MultilineOption);
    int count = 0;
    auto it = markers.globalMatch(head);
    while (it.hasNext() && count < 2) {
        it.next();
        ++count;
    }
    return count >= 2;
}

std::optional<SourceFormat> detectFormat(const QString& path, const QByteArray& head)
{
    if (head.startsWith("%PDF") || head.left(1024).contains("%PDF-"))
        return SourceFormat::Pdf;
    if (head.startsWith("PK\x03\x04")) {
        if (isDocxPackage(path) || head.contains("word/"))
            return SourceFormat::Docx; // a truncated package still names its parts: report it as damaged
        return std::nullopt;
    }
    if (head.startsWith("\x89PNG\r\n\x1A\n") || head.startsWith("\xFF\xD8\xFF") ||
        head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4)) || isBmp(head))
        return SourceFormat::Image;
    if (looksBinary(head))
        return std::nullopt;
    const QString suffix = QFileInfo(path).suffix().toLower();
    // The head may end mid-character: decode leniently, only for the markers.
    const QString text = QString::fromUtf8(head);
    if (looksLikeHtml(text) ||
        ((suffix == u"html" || suffix == u"htm" || suffix == u"xhtml") && text.contains(QLatin1Char('<'))))
        return SourceFormat::Html;
    if (suffix == u"md" || suffix == u"markdown" || looksLikeMarkdown(text))
        return SourceFormat::Markdown;
    return SourceFormat::Text;
}

bool hasText(const Document& document)
{
    return std::any_of(document.paragraphs.begin(), document.paragraphs.end(),
                       [](const Paragraph& p) { return !p.excluded && !p.text.trimmed().isEmpty(); });
}

} // namespace

QString loadErrorKindName(LoadError::Kind kind)
{
    switch (kind) {
    case LoadError::Kind::None:
        return {};
    case LoadError::Kind::NotFound:
        return tr("File not found");
    case LoadError::Kind::Unreadable:
        return tr("File cannot be read");
    case LoadError::Kind::Unsupported:
        return tr("Unsupported format");
    case LoadError::Kind::Corrupt:
        return tr("File is damaged");
    case LoadError::Kind::NeedsPassword:
        return tr("Password required");
    case LoadError::Kind::WrongPassword:
        return tr("Wrong password");
    case LoadError::Kind::Empty:
        return tr("Document is empty");
    case LoadError::Kind::TooLarge:
        return tr("Document is too large");
    case LoadError::Kind::NoTextLayer:
        return tr("No text layer");
    case LoadError::Kind::OcrUnavailable:
        return tr("OCR unavailable");
    case LoadError::Kind::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

SourceFormat sniffFormat(const QString& path, const QByteArray& head)
{
    return detectFormat(path, head).value_or(SourceFormat::Text);
}

Document documentFromText(const QString& text, SourceFormat format)
{
    Document document;
    document.format = format;
    switch (format) {
    case SourceFormat::Markdown:
        document.paragraphs = readMarkdown(text);
        break;
    case SourceFormat::Html:
        document.paragraphs = readHtml(text);
        break;
    default:
        document.format = SourceFormat::Text;
        document.paragraphs = readPlainText(text);
        break;
    }
    return document;
}

std::optional<Document> loadDocument(const QString& path, const LoadOptions& options, LoadError* error)
{
    if (error)
        *error = LoadError{};
    const QFileInfo info(path);
    const QString fileName = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return failLoad(error, LoadError::Kind::NotFound,
                        tr("%1 was not found.").arg(QDir::toNativeSeparators(path)));
    if (info.isDir())
        return failLoad(error, LoadError::Kind::Unreadable,
                        tr("%1 is a folder, not a document.").arg(fileName));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failLoad(error, LoadError::Kind::Unreadable,
                        tr("%1 cannot be opened: %2").arg(fileName, file.errorString()));
    if (file.size() == 0)
        return failLoad(error, LoadError::Kind::Empty, tr("%1 is empty.").arg(fileName));

    const QByteArray head = file.peek(4096);
    const std::optional<SourceFormat> format = detectFormat(path, head);
    if (!format)
        return failLoad(error, LoadError::Kind::Unsupported,
                        tr("%1 is not a supported document (PDF, DOCX, text, Markdown, HTML or an image).")
                            .arg(fileName));
    const bool textual =
        *format == SourceFormat::Text || *format == SourceFormat::Markdown || *format == SourceFormat::Html;
    if (textual && file.size() > maxTextBytes)
        return failLoad(
            error, LoadError::Kind::TooLarge,
            tr("%1 is too large to compare as text (%2 MB).").arg(fileName).arg(file.size() >> 20));

    // Identity first: the hash is streamed so a large PDF is never held in memory twice.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray content;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return failLoad(error, LoadError::Kind::Unreadable,
                            tr("%1 cannot be read: %2").arg(fileName, file.errorString()), 0, file.pos());
        hash.addData(chunk);
        if (textual)
            content += chunk;
        if (options.cancel && options.cancel->load())
            return failLoad(error, LoadError::Kind::Cancelled, tr("Reading %1 was cancelled.").arg(fileName));
    }
    file.close();

    std::optional<Document> document;
    switch (*format) {
    case SourceFormat::Pdf:
        document = readPdf(path, options, error);
        break;
    case SourceFormat::Docx:
        document = readDocx(path, options, error);
        break;
    case SourceFormat::Image:
        document = readImage(path, options, error);
        break;
    case SourceFormat::Text:
    case SourceFormat::Markdown:
    case SourceFormat::Html: {
        bool decoded = false;
        const QString text = decodeText(content, &decoded);
        if (!decoded)
            return failLoad(
                error, LoadError::Kind::Unsupported,
                tr("%1 is neither text (UTF-8, UTF-16 or GB18030) nor a supported document format.")
                    .arg(fileName));
        document = documentFromText(text, *format);
        break;
    }
    }
    if (!document)
        return std::nullopt;
    if (!hasText(*document))
        return failLoad(error, LoadError::Kind::Empty, tr("%1 holds no text to compare.").arg(fileName));

    document->file.path = info.absoluteFilePath();
    document->file.fileName = info.fileName();
    document->file.size = info.size();
    document->file.sha256 = hash.result();
    document->file.modified = info.lastModified();
    if (options.detectRepeated)
        markRepeatedFurniture(*document);
    if (!options.exclusions.isEmpty())
        applyExclusions(*document, options.exclusions);
    if (options.progress)
        options.progress(1.0);
    return document;
}

} // namespace ws::documents
