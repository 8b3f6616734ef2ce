#include "documents/Document.h"

namespace ws::documents {

QString formatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Text:
        return QStringLiteral("Text");
    case SourceFormat::Markdown:
        return QStringLiteral("Markdown");
    case SourceFormat::Html:
        return QStringLiteral("HTML");
    case SourceFormat::Docx:
        return QStringLiteral("DOCX");
    case SourceFormat::Pdf:
        return QStringLiteral("PDF");
    case SourceFormat::Image:
        return QStringLiteral("Image");
    }
    return {};
}

} // namespace ws::documents
