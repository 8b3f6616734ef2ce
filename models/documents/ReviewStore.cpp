#include "documents/ReviewStore.h"

#include "store/DbWriter.h"
#include "store/Sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace ws::documents {

namespace {

// Characters of context on each side that go into a fingerprint: enough to tell two identical edits
// apart, few enough that an edit nearby rarely disturbs it (the text match catches that case).
constexpr int kFingerprintContext = 8;

QString timestamp(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

// Whitespace never makes a change on its own, so it never makes a fingerprint differ either.
QString normalised(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for nothing.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString pairHex(const QByteArray& sha)
{
    return QString::fromLatin1(sha.toHex());
}

struct StoredDecision
{
    QString shaA, shaB;
    ReviewDecision decision;
    bool used = false;
};

StoredDecision readDecision(const QSqlQuery& q)
{
    StoredDecision s;
    s.shaA = q.value(0).toString();
    s.shaB = q.value(1).toString();
    ReviewDecision& d = s.decision;
    d.fingerprint = q.value(2).toString();
    d.changeType = q.value(3).toString();
    d.aText = q.value(4).toString();
    d.bText = q.value(5).toString();
    d.decision = decisionFromKey(q.value(6).toString());
    d.comment = q.value(7).toString();
    d.reviewer = q.value(8).toString();
    d.decidedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs).toUTC();
    return s;
}

const QString kDecisionColumns = QStringLiteral(
    "sha_a, sha_b, fingerprint, change_type, a_text, b_text, decision, comment, reviewer, decided_utc");

using TextKey = std::tuple<QString, QString, QString>;

TextKey textKey(const QString& type, const QString& aText, const QString& bText)
{
    return {type, normalised(aText), normalised(bText)};
}

} // namespace

ContextSides contextSides(const QString& context, const QString& text, int offset)
{
    // The diff keeps this many characters before a change (fewer at the start of a paragraph).
    constexpr int kContextBefore = 20;
    ContextSides sides;
    if (context.isEmpty())
        return sides;
    const qsizetype expected = std::clamp<qsizetype>(std::min(kContextBefore, std::max(offset, 0)), 0,
                                                     std::max<qsizetype>(context.size() - text.size(), 0));
    qsizetype at = -1;
    if (text.isEmpty() || context.mid(expected, text.size()) == text) {
        at = expected;
    } else {
        // A context built another way: the occurrence nearest where it was expected.
        for (qsizetype i = context.indexOf(text); i >= 0; i = context.indexOf(text, i + 1))
            if (at < 0 || std::abs(i - expected) < std::abs(at - expected))
                at = i;
    }
    if (at < 0) {
        sides.before = context;
        return sides;
    }
    sides.before = context.left(at);
    sides.after = context.mid(at + text.size());
    sides.textInside = true;
    return sides;
}

QString decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Open:
        return QStringLiteral("open");
    case Decision::Accepted:
        return QStringLiteral("accepted");
    case Decision::Question:
        return QStringLiteral("question");
    case Decision::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("open");
}

Decision decisionFromKey(const QString& key)
{
    if (key == QLatin1String("accepted"))
        return Decision::Accepted;
    if (key == QLatin1String("question"))
        return Decision::Question;
    if (key == QLatin1String("rejected"))
        return Decision::Rejected;
    return Decision::Open;
}

QString changeFingerprint(const Change& change)
{
    // The side the change is read on: B for everything that has B text or a place in B, A for a
    // deletion.
    const bool onA = change.type == ChangeType::Delete;
    const ContextSides sides = onA ? contextSides(change.aContext, change.aText, change.a.begin.offset)
                                   : contextSides(change.bContext, change.bText, change.b.begin.offset);
    const QString beforeN = normalised(sides.before), afterN = normalised(sides.after);
    const QChar separator(0x1f);
    const QString material = changeTypeKey(change.type) + separator + normalised(change.aText) + separator +
                             normalised(change.bText) + separator + beforeN.right(kFingerprintContext) +
                             separator + afterN.left(kFingerprintContext);
    return QString::fromLatin1(
        QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha256).toHex());
}

ReviewDecision decisionFor(const Change& change, Decision decision, const QString& comment,
                           const QString& reviewer)
{
    ReviewDecision d;
    d.fingerprint = changeFingerprint(change);
    d.decision = decision;
    d.comment = comment;
    d.reviewer = reviewer;
    d.decidedAt = QDateTime::currentDateTimeUtc();
    d.changeType = changeTypeKey(change.type);
    d.aText = change.aText;
    d.bText = change.bText;
    return d;
}

std::map<int, ReviewDecision> loadDecisions(const QSqlDatabase& db, const PairKey& pair,
                                            const std::vector<Change>& changes)
{
    const QString shaA = pairHex(pair.shaA), shaB = pairHex(pair.shaB);
    std::map<QString, ReviewDecision> own;
    {
        QSqlQuery q = store::exec(db,
                                  QStringLiteral("SELECT %1 FROM doc_decisions WHERE sha_a = ? AND sha_b = ?")
                                      .arg(kDecisionColumns),
                                  {shaA, shaB});
        while (q.next()) {
            StoredDecision s = readDecision(q);
            own.emplace(s.decision.fingerprint, std::move(s.decision));
        }
    }

    std::map<int, ReviewDecision> result;
    std::vector<int> undecided;
    std::vector<QString> fingerprints(changes.size());
    for (std::size_t i = 0; i < changes.size(); ++i) {
        fingerprints[i] = changeFingerprint(changes[i]);
        const auto it = own.find(fingerprints[i]);
        if (it != own.end())
            result.emplace(static_cast<int>(i), it->second);
        else
            undecided.push_back(static_cast<int>(i));
    }
    if (undecided.empty())
        return result;

    // Decisions on comparisons that shared one side with this one: the other side is an earlier (or
    // later) version. Newest first, so the latest word on a change wins. Open decisions without a
    // comment say nothing worth carrying.
    std::vector<StoredDecision> related;
    {
        QSqlQuery q = store::exec(
            db,
            QStringLiteral("SELECT %1 FROM doc_decisions WHERE ((sha_a = ? AND sha_b <> ?) OR (sha_b = ? AND "
                           "sha_a <> ?)) AND (decision <> 'open' OR comment <> '') "
                           "ORDER BY decided_utc DESC")
                .arg(kDecisionColumns),
            {shaA, shaB, shaB, shaA});
        while (q.next())
            related.push_back(readDecision(q));
    }
    if (related.empty())
        return result;

    std::map<QString, std::size_t> byFingerprint;
    std::map<TextKey, std::vector<std::size_t>> byText;
    for (std::size_t i = 0; i < related.size(); ++i) {
        const ReviewDecision& d = related[i].decision;
        byFingerprint.emplace(d.fingerprint, i); // emplace keeps the newest
        if (!d.changeType.isEmpty())
            byText[textKey(d.changeType, d.aText, d.bText)].push_back(i);
    }
    const auto carry = [&](int index, StoredDecision& source) {
        source.used = true;
        ReviewDecision d = source.decision;
        d.fingerprint = fingerprints[static_cast<std::size_t>(index)];
        d.carriedOver = true;
        const Change& change = changes[static_cast<std::size_t>(index)];
        d.changeType = changeTypeKey(change.type);
        d.aText = change.aText;
        d.bText = change.bText;
        result.emplace(index, std::move(d));
    };
    std::vector<int> stillUndecided;
    for (const int index : undecided) {
        const auto it = byFingerprint.find(fingerprints[static_cast<std::size_t>(index)]);
        if (it != byFingerprint.end())
            carry(index, related[it->second]);
        else
            stillUndecided.push_back(index);
    }
    // Same type and texts, context moved: each earlier decision re-anchors onto one change at most.
    for (const int index : stillUndecided) {
        const Change& change = changes[static_cast<std::size_t>(index)];
        const auto it = byText.find(textKey(changeTypeKey(change.type), change.aText, change.bText));
        if (it == byText.end())
            continue;
        for (const std::size_t candidate : it->second) {
            if (!related[candidate].used) {
                carry(index, related[candidate]);
                break;
            }
        }
    }
    return result;
}

quint64 saveDecision(store::DbWriter& writer, const PairKey& pair, const FileInfo& a, const FileInfo& b,
                     const ReviewDecision& decision)
{
    const QString shaA = pairHex(pair.shaA), shaB = pairHex(pair.shaB);
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    const QString decided = decision.decidedAt.isValid() ? timestamp(decision.decidedAt) : now;
    return writer.submit([=, nameA = a.fileName, sizeA = a.size, nameB = b.fileName,
                          sizeB = b.size](QSqlDatabase& db) {
        store::exec(
            db,
            QStringLiteral("INSERT INTO doc_review_pairs(sha_a, sha_b, name_a, size_a, name_b, size_b, "
                           "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT(sha_a, sha_b) DO UPDATE SET name_a = excluded.name_a, "
                           "size_a = excluded.size_a, name_b = excluded.name_b, size_b = excluded.size_b, "
                           "updated_utc = excluded.updated_utc"),
            {shaA, shaB, notNull(nameA), sizeA, notNull(nameB), sizeB, now, now});
        // A save without the change's texts keeps the texts an earlier save recorded.
        store::exec(db,
                    QStringLiteral(
                        "INSERT INTO doc_decisions(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT(sha_a, sha_b, fingerprint) DO UPDATE SET "
                        "change_type = CASE WHEN excluded.change_type <> '' THEN "
                        "excluded.change_type ELSE change_type END, "
                        "a_text = CASE WHEN excluded.change_type <> '' THEN excluded.a_text ELSE a_text END, "
                        "b_text = CASE WHEN excluded.change_type <> '' THEN excluded.b_text ELSE b_text END, "
                        "decision = excluded.decision, comment = excluded.comment, "
                        "reviewer = excluded.reviewer, decided_utc = excluded.decided_utc")
                        .arg(kDecisionColumns),
                    {shaA, shaB, decision.fingerprint, notNull(decision.changeType), notNull(decision.aText),
                     notNull(decision.bText), decisionKey(decision.decision), notNull(decision.comment),
                     notNull(decision.reviewer), decided});
        store::exec(
            db,
            QStringLiteral("INSERT INTO doc_decision_history(sha_a, sha_b, fingerprint, decision, comment, "
                           "reviewer, decided_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {shaA, shaB, decision.fingerprint, decisionKey(decision.decision), notNull(decision.comment),
             notNull(decision.reviewer), decided});
    });
}

std::vector<ExclusionTemplate> loadExclusionTemplates(const QSqlDatabase& db)
{
    std::vector<ExclusionTemplate> templates;
    QSqlQuery q =
        store::exec(db, QStringLiteral("SELECT name, json FROM doc_exclusion_templates ORDER BY name"));
    while (q.next()) {
        ExclusionTemplate t =
            ExclusionTemplate::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        t.name = q.value(0).toString(); // the key wins over whatever the JSON says
        templates.push_back(std::move(t));
    }
    return templates;
}

quint64 saveExclusionTemplate(store::DbWriter& writer, const ExclusionTemplate& exclusions)
{
    const QString json = QString::fromUtf8(QJsonDocument(exclusions.toJson()).toJson(QJsonDocument::Compact));
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    return writer.submit([name = exclusions.name, json, now](QSqlDatabase& db) {
        store::exec(
            db,
            QStringLiteral("INSERT INTO doc_exclusion_templates(name, json, updated_utc) VALUES (?, ?, ?) "
                           "ON CONFLICT(name) DO UPDATE SET json = excluded.json, "
                           "updated_utc = excluded.updated_utc"),
            {name, json, now});
    });
}

quint64 deleteExclusionTemplate(store::DbWriter& writer, const QString& name)
{
    return writer.submit([name](QSqlDatabase& db) {
        store::exec(db, QStringLiteral("DELETE FROM doc_exclusion_templates WHERE name = ?"), {name});
    });
}

} // namespace ws::documents
