#pragma once

// A generator of realistic Chinese compliance documents (fund-contract and statute style text,
// with headings 第一部分…, 一、（一）1., numbers, percentages, dates and company names) and of
// pairs with planted edits whose ground truth is known: for the diff's tests and `wsctl docs bench`.
// Everything is deterministic for a given seed.

#include "documents/DocDiff.h"
#include "documents/Document.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace ws::documents {

enum class PlantedKind {
    Character,        // one Han character replaced
    PunctuationWidth, // ， → ,
    InsertSentence,
    DeleteSentence,
    Number,         // a number, amount, percentage or date changed
    PartyName,      // a company name replaced by another
    MoveParagraph,  // a paragraph moved (every second one also lightly edited)
    EarlyInsertion, // a new paragraph right after the first one
    InsertedPage,   // about a page of new paragraphs
};
QString plantedKindKey(PlantedKind kind); // "character", "punctuation-width", …

struct PlantedEdit
{
    PlantedKind kind = PlantedKind::Character;
    ChangeType expectedType = ChangeType::Replace;
    bool material = false;
    QString materialKind; // "number", "amount", "percent", "date", "party" or empty
    QString aText, bText;
    TextRange a, b; // where in A and in B; empty on the side without the text
};

struct CorpusOptions
{
    int pages = 10; // about 2,000 characters each
    std::uint32_t seed = 1;
    int editsPerKind = 3; // for each in-paragraph kind and for moves
    bool earlyInsertion = true;
    bool insertedPage = true;
};

struct CorpusPair
{
    Document a, b;
    std::vector<PlantedEdit> edits; // in no particular order
};

// A document of about `pages` × 2,000 characters.
Document generateCorpusDocument(int pages, std::uint32_t seed);
CorpusPair generateCorpusPair(const CorpusOptions& options);

// A Document from plain text: paragraphs at blank lines, line breaks inside a paragraph joined
// (without a space between two CJK characters, with one otherwise).
Document documentFromParagraphText(const QString& text);
// The paragraphs joined by blank lines (excluded ones left out).
QString documentPlainText(const Document& document);

} // namespace ws::documents
