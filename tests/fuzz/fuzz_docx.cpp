// libFuzzer target for the DOCX reader. An input starting with a ZIP signature is read as a whole
// package (QuaZip, through a temporary file); any other input is split at NUL bytes into the XML
// parts word/document.xml, numbering.xml, styles.xml, header1.xml and footer1.xml, which reach the
// XML part parsers directly (far more effective than mutating the compressed package). Invariants
// checked: list labels start their paragraph's text, header and footer paragraphs are excluded,
// no paragraph is empty, and an error always comes with a message.

#include "documents/DocxReader.h"

#include <QTemporaryFile>

#include <cstdint>

using namespace ws::documents;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void checkResult(const std::optional<Document>& document, const LoadError& error)
{
    if (!document) {
        check(error.kind != LoadError::Kind::None && !error.message.isEmpty());
        return;
    }
    for (const Paragraph& paragraph : document->paragraphs) {
        check(!paragraph.text.isEmpty());
        check(paragraph.listLabel.isEmpty() || paragraph.text.startsWith(paragraph.listLabel));
        if (paragraph.kind == ParagraphKind::Header || paragraph.kind == ParagraphKind::Footer)
            check(paragraph.excluded);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const LoadOptions options;
    LoadError error;
    if (bytes.startsWith("PK\x03\x04")) {
        QTemporaryFile file;
        if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
            return 0;
        (void)isDocxPackage(file.fileName());
        const std::optional<Document> document = readDocx(file.fileName(), options, &error);
        checkResult(document, error);
        return 0;
    }
    const QList<QByteArray> pieces = bytes.split('\0');
    DocxParts parts;
    parts.document = pieces.value(0);
    parts.numbering = pieces.value(1);
    parts.styles = pieces.value(2);
    if (pieces.size() > 3)
        parts.headers.emplace_back(QStringLiteral("word/header1.xml"), pieces.value(3));
    if (pieces.size() > 4)
        parts.footers.emplace_back(QStringLiteral("word/footer1.xml"), pieces.value(4));
    const std::optional<Document> document =
        readDocxParts(parts, QStringLiteral("fuzz.docx"), options, &error);
    checkResult(document, error);
    return 0;
}
