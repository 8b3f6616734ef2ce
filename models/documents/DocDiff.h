#pragma once

// Whole-document, reflow-aware comparison of two Documents.
//
// Tokens: each CJK character, each Latin word, each number with its sign and unit (15.1亿, -3.5%,
// 2021年6月30日), each punctuation mark; whitespace and paragraph breaks separate tokens but never
// make a change on their own. Paragraphs are aligned first (histogram diff on normalised paragraph
// text), then the unmatched runs are diffed token by token (Myers, anchored on unique shingles
// when a run is long), then cleaned up semantically so results read naturally. Deleted and
// inserted blocks of at least `moveMinChars` that match each other closely become one move with
// its inner edits. Punctuation-only changes have their own type; changes touching numbers,
// amounts, percentages, dates or party names are flagged material.

#include "documents/Document.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <utility>
#include <vector>

namespace ws::documents {

enum class ChangeType { Insert, Delete, Replace, Move, Punctuation };
QString changeTypeKey(ChangeType type); // "insert", "delete", "replace", "move", "punctuation"

// A position in a Document: paragraph index and UTF-16 offset in its text.
struct TextPos
{
    int paragraph = 0;
    int offset = 0;
    friend bool operator==(const TextPos&, const TextPos&) = default;
    friend auto operator<=>(const TextPos&, const TextPos&) = default;
};

// A half-open range [begin, end) of a Document; empty (begin == end) marks where an insertion
// or deletion happened on the side that has no text.
struct TextRange
{
    TextPos begin, end;
    bool empty() const { return begin == end; }
};

// An edit inside a moved block (the block moved and was also slightly changed).
struct InnerEdit
{
    ChangeType type = ChangeType::Replace; // Insert, Delete, Replace or Punctuation
    QString aText, bText;
    TextRange a, b;
    bool material = false;
};

struct Change
{
    int index = 0; // position in the result, 0-based, in B order (A order for deletions)
    ChangeType type = ChangeType::Replace;
    bool material = false;
    QStringList materialKinds;         // "number", "amount", "percent", "date", "party"
    QString aText, bText;              // aText empty for an insert, bText empty for a delete
    TextRange a, b;                    // for a move: where the block left (a) and where it arrived (b)
    int aPage = 0, bPage = 0;          // 1-based; 0 without pages
    QString aContext, bContext;        // the side's text with about 20 characters either side of it
    std::vector<InnerEdit> innerEdits; // moves only
    int introducedIn = -1;             // chains: index of the version that introduced the change; -1 unknown
};

struct DiffOptions
{
    // Optional normalisations; all off by default so nothing that changes the visible text hides.
    bool ignoreWidth = false;      // full-width and half-width forms compare equal (，= ,  Ａ = A)
    bool ignoreWhitespace = false; // spaces inside a line compare equal (already never a change alone)
    bool ignoreCase = false;       // Latin letters compare case-insensitively
    bool detectMoves = true;
    int moveMinChars = 50;            // a move is a block of at least this many characters
    double moveMinSimilarity = 0.8;   // share of the block's tokens that must survive the move
    QStringList partyNames;           // extra names whose change is material (besides detected ones)
    QStringList enabledNames() const; // the normalisations switched on, for reports
};

struct DiffSummary
{
    int inserts = 0, deletes = 0, replaces = 0, moves = 0, punctuation = 0, material = 0;
    int total() const { return inserts + deletes + replaces + moves + punctuation; }
};

struct DiffResult
{
    std::vector<Change> changes; // in document order of B (deletions placed where they were)
    DiffSummary summary;
    DiffOptions options;
    bool cancelled = false;
    qint64 tokensA = 0, tokensB = 0;
    double elapsedMs = 0;
};

// Progress and cancellation for long comparisons. `progress` gets a share 0–1; `partial` gets the
// changes found so far (in order, each delivered once) so a viewer can show first results early.
// Both may be called from the worker thread that runs the diff.
struct DiffControl
{
    std::function<void(double)> progress;
    std::function<void(const std::vector<Change>&)> partial;
    const std::atomic_bool* cancel = nullptr;
};

DiffResult diffDocuments(const Document& a, const Document& b, const DiffOptions& options = {},
                         const DiffControl& control = {});

// Multi-version chains v0 → v1 → … → vn: compares versions `from` and `to` and fills each change's
// `introducedIn` with the version (index into `versions`) whose step made it.
DiffResult diffInChain(const std::vector<const Document*>& versions, int from, int to,
                       const DiffOptions& options = {}, const DiffControl& control = {});

// Where party names sit in `text`, as [begin, end) UTF-16 ranges: organisation names detected by
// their suffix (…股份有限公司, …有限责任公司, …有限公司, …公司, …银行, …证券, …交易所, …合伙企业,
// with 2–20 Han characters before it) and every occurrence of `extraNames`.
std::vector<std::pair<int, int>> findPartyNames(const QString& text, const QStringList& extraNames = {});

} // namespace ws::documents
