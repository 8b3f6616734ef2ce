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

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
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

// First results while both documents are still loading: compares prefixes of A and B (the
// paragraphs read so far) and keeps only the changes that the whole documents will report too.
// Truncation would show as a trailing delete or insert, so everything after the last run of at
// least `horizonChars` equal characters before the end of the prefixes is dropped; a deleted or
// inserted block long enough to be one side of a move is held back (its other side may still be
// unread). Moves are never reported here. Positions are those of the prefixes, which are the
// positions in the whole documents.
struct PreliminaryResult
{
    std::vector<Change> changes; // in B order, indices renumbered from 0
    TextPos horizonA, horizonB;  // changes end before these; the rest waits for more text
    bool cancelled = false;
};
PreliminaryResult diffPreliminary(const Document& aPrefix, const Document& bPrefix,
                                  const DiffOptions& options, int horizonChars = 200,
                                  const std::atomic_bool* cancel = nullptr);

// Preliminary comparisons while both sides load: the loaders offer snapshots (LoadOptions::partial)
// from their threads; once both sides have one, diffPreliminary runs on a reserved thread of the global pool,
// at most one run at a time, always on the newest snapshots (those offered during a run are compared next,
// older ones skipped). `onResult` is called from the pool thread with each run's result and the snapshots it
// compared. Hold it in a shared_ptr (create()); stop() cancels a run and starts no more.
class PreliminaryComparison : public std::enable_shared_from_this<PreliminaryComparison>
{
public:
    using Callback = std::function<void(const PreliminaryResult& result, std::shared_ptr<const Document> a,
                                        std::shared_ptr<const Document> b)>;
    static std::shared_ptr<PreliminaryComparison> create(const DiffOptions& options, Callback onResult,
                                                         int horizonChars = 200);
    void offer(int side, std::shared_ptr<const Document> snapshot); // side 0 = A, 1 = B; any thread
    void stop();
    PreliminaryComparison(const DiffOptions& options, Callback onResult, int horizonChars);

private:
    void run();

    DiffOptions options_;
    Callback onResult_;
    int horizonChars_ = 200;
    std::mutex mutex_;
    std::array<std::shared_ptr<const Document>, 2> latest_;
    bool fresh_ = false;   // a snapshot arrived since the last run started
    bool running_ = false; // a run is queued or going
    std::atomic_bool stopped_{false};
};

// Where party names sit in `text`, as [begin, end) UTF-16 ranges: organisation names detected by
// their suffix (…股份有限公司, …有限责任公司, …有限公司, …公司, …银行, …证券, …交易所, …合伙企业,
// with 2–20 Han characters before it) and every occurrence of `extraNames`.
std::vector<std::pair<int, int>> findPartyNames(const QString& text, const QStringList& extraNames = {});

} // namespace ws::documents
