#pragma once

// Review decisions on the changes of a comparison, kept in the cache (schema v6): keyed by the
// SHA-256 of both files, so the same pair reopened shows the same decisions whatever the files are
// called, and re-anchored when a new version of one side arrives (decisions of the pair that shared
// the other side are carried over to the changes they still describe). Exclusion templates live
// here too. Reads take a connection; writes go through the writer thread (DbWriter).

#include "documents/DocDiff.h"
#include "documents/Exclusions.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <vector>

namespace ws::store {
class DbWriter;
}

namespace ws::documents {

enum class Decision { Open, Accepted, Question, Rejected };
QString decisionKey(Decision decision); // "open", "accepted", "question", "rejected"
Decision decisionFromKey(const QString& key);

// A change's context (Change::aContext / bContext: about 20 characters either side with the changed
// text in between) split around the text. `offset` is where the change starts in its paragraph
// (TextRange::begin.offset), which fixes how much context precedes it. For an empty text, the split
// is where the change happened.
struct ContextSides
{
    QString before, after;
    bool textInside = false; // the context contains the text at the split
};
ContextSides contextSides(const QString& context, const QString& text, int offset);

// What identifies a change independently of where it sits: its type, both texts and a little
// context. Stable across re-runs and across a new version of one side.
QString changeFingerprint(const Change& change);

struct ReviewDecision
{
    QString fingerprint;
    Decision decision = Decision::Open;
    QString comment;
    QString reviewer;
    QDateTime decidedAt;      // UTC
    bool carriedOver = false; // re-anchored from a comparison with an earlier version of one side
    // What the change said, kept with the decision so a later version whose context moved can still
    // be matched by type and texts. decisionFor() fills them; saving without them is allowed.
    QString changeType; // changeTypeKey()
    QString aText, bText;
};

// A decision on `change` with its fingerprint and texts filled in (decidedAt = now, UTC).
ReviewDecision decisionFor(const Change& change, Decision decision, const QString& comment,
                           const QString& reviewer);

struct PairKey
{
    QByteArray shaA, shaB; // raw SHA-256 of the A and B files
};

// Decisions of the pair, by fingerprint; for a change the pair has no decision on, decisions of pairs
// sharing A or B (the newest first) are re-anchored: same fingerprint first, else same type and
// texts whatever the context (carriedOver = true). Returns change index → decision for the changes
// that have one.
std::map<int, ReviewDecision> loadDecisions(const QSqlDatabase& db, const PairKey& pair,
                                            const std::vector<Change>& changes);

// Queues the decision for the writer thread (the pair is recorded with both files' names and sizes;
// the previous decision on the change stays in the history table); returns the writer's ticket.
quint64 saveDecision(store::DbWriter& writer, const PairKey& pair, const FileInfo& a, const FileInfo& b,
                     const ReviewDecision& decision);

std::vector<ExclusionTemplate> loadExclusionTemplates(const QSqlDatabase& db);
quint64 saveExclusionTemplate(store::DbWriter& writer, const ExclusionTemplate& exclusions);
quint64 deleteExclusionTemplate(store::DbWriter& writer, const QString& name);

} // namespace ws::documents
