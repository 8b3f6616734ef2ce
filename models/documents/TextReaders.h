#pragma once

// Readers of plain text, Markdown and HTML, and the reflow rules every reader shares: how two
// lines of one paragraph join (no space between CJK characters, one space between Latin words, a
// line-end hyphen between two letters removed), what a Chinese list label looks like (一、 （一）
// 1. (1) ①) and which lines are headings.

#include "documents/Document.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ws::documents {

// CJK ideographs, kana, CJK and full-width punctuation: characters written without spaces between.
bool isCjk(QChar c);

// How the line `after` continues the paragraph text `before`.
struct LineJoin
{
    bool dropHyphen = false; // "inter-" + "national": the hyphen was the line break's
    bool space = false;      // Latin words: one space between
};
LineJoin lineJoin(const QString& before, const QString& after);
// Appends `line` to `paragraph` by the reflow rules.
void appendLine(QString& paragraph, const QString& line);

// Length of the list label that starts `text` ("一、", "（一）", "1.", "(1)", "①", "第三条"), 0 when none.
int listLabelLength(const QString& text);
// The text ends a sentence (。！？；： and their Latin forms, closing quotes after them).
bool endsSentence(const QString& text);
// 第X章/第X节/第X部分 and similar chapter headings (short, no sentence end).
bool isChapterHeading(const QString& text);
// Sets listLabel (and kind ListItem for a Body paragraph) when the text starts with a list label.
void classifyListLabel(Paragraph& paragraph);

// Bytes of a text file as text: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030.
// `ok` is false when the bytes are neither (binary data).
QString decodeText(const QByteArray& bytes, bool* ok);

std::vector<Paragraph> readPlainText(const QString& text);
std::vector<Paragraph> readMarkdown(const QString& text);
std::vector<Paragraph> readHtml(const QString& text);

} // namespace ws::documents
