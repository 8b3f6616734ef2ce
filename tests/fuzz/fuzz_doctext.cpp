// libFuzzer target for the readers of text documents: the byte decoding (UTF-8 with or without BOM,
// UTF-16 with BOM, GB18030, binary refused), the plain-text, Markdown and tolerant HTML readers, the
// reflow rules, and the diff tokenizer over every paragraph and over the raw bytes read as UTF-16
// (lone surrogates included). Invariants checked: list labels start their paragraph's text, char
// boxes are absent or one per code unit, tokens are non-empty, ordered and inside their text, and
// one-code-point tokens intern to their code point.

#include "documents/TextReaders.h"
#include "documents/Tokenizer.h"

#include <cstdint>

using namespace ws::documents;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void checkTokens(QStringView text, TokenInterner& interner)
{
    const std::vector<Token> tokens = tokenize(text, 7);
    int previousEnd = 0;
    for (const Token& token : tokens) {
        check(token.paragraph == 7);
        check(token.begin >= previousEnd && token.begin < token.end && token.end <= text.size());
        previousEnd = token.end;
        const QStringView tokenText = text.sliced(token.begin, token.end - token.begin);
        const int id = interner.intern(tokenText);
        if (tokenText.size() == 1 && !tokenText.front().isSurrogate())
            check(id >= 0 && id < 0x110000);
        (void)tokenClassKey(token.cls);
    }
}

void checkParagraphs(const std::vector<Paragraph>& paragraphs, TokenInterner& interner)
{
    QString joined;
    for (const Paragraph& paragraph : paragraphs) {
        check(paragraph.listLabel.isEmpty() || paragraph.text.startsWith(paragraph.listLabel));
        check(paragraph.boxes.empty() ||
              paragraph.boxes.size() == static_cast<std::size_t>(paragraph.text.size()));
        check(listLabelLength(paragraph.text) <= paragraph.text.size());
        (void)endsSentence(paragraph.text);
        (void)isChapterHeading(paragraph.text);
        Paragraph relabelled;
        relabelled.text = paragraph.text;
        classifyListLabel(relabelled);
        check(relabelled.listLabel.isEmpty() || relabelled.text.startsWith(relabelled.listLabel));
        appendLine(joined, paragraph.text);
        checkTokens(paragraph.text, interner);
    }
    checkTokens(joined, interner);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    TokenInterner interner(Normalization{true, true});
    bool ok = false;
    const QString text = decodeText(bytes, &ok);
    if (ok) {
        checkParagraphs(readPlainText(text), interner);
        checkParagraphs(readMarkdown(text), interner);
        checkParagraphs(readHtml(text), interner);
    }
    const QString utf16 =
        QString::fromUtf16(reinterpret_cast<const char16_t*>(bytes.constData()), bytes.size() / 2);
    checkTokens(utf16, interner);
    return 0;
}
