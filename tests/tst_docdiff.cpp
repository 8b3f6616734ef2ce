// The document diff engine: tokenizer, sequence diff, change classification, moves, chains,
// progress/cancel/partial results, and recall/precision against the planted-edit corpus.

#include "documents/Corpus.h"
#include "documents/DocDiff.h"
#include "documents/SequenceDiff.h"
#include "documents/Tokenizer.h"

#include <QtTest>

#include <random>

using namespace ws::documents;

namespace {

Paragraph paragraphOf(const QString& text)
{
    Paragraph p;
    p.text = text;
    return p;
}

Document docOf(const QStringList& paragraphs)
{
    Document doc;
    for (const QString& text : paragraphs) {
        Paragraph p;
        p.text = text;
        doc.paragraphs.push_back(p);
    }
    return doc;
}

QStringList tokenTexts(const QString& text)
{
    QStringList out;
    for (const Token& t : tokenize(text))
        out << text.mid(t.begin, t.end - t.begin);
    return out;
}

bool overlaps(const TextRange& x, const TextRange& y)
{
    return x.begin <= y.end && y.begin <= x.end;
}

bool matches(const Change& change, const PlantedEdit& edit)
{
    if (!edit.b.empty() && !change.b.empty() && overlaps(change.b, edit.b))
        return true;
    if (!edit.a.empty() && !change.a.empty() && overlaps(change.a, edit.a))
        return true;
    return false;
}

struct Score
{
    int edits = 0, found = 0, materialEdits = 0, materialFound = 0, changes = 0, correctChanges = 0;
    int materialFlagged = 0, materialFlaggedCorrect = 0;
    double recall() const { return edits ? double(found) / edits : 1; }
    double materialRecall() const { return materialEdits ? double(materialFound) / materialEdits : 1; }
    double precision() const { return changes ? double(correctChanges) / changes : 1; }
    double materialPrecision() const
    {
        return materialFlagged ? double(materialFlaggedCorrect) / materialFlagged : 1;
    }
};

Score score(const CorpusPair& pair, const DiffResult& result, QStringList* misses = nullptr)
{
    Score s;
    s.edits = static_cast<int>(pair.edits.size());
    s.changes = static_cast<int>(result.changes.size());
    for (const PlantedEdit& edit : pair.edits) {
        s.materialEdits += edit.material;
        bool found = false, materialFound = false;
        for (const Change& change : result.changes) {
            if (matches(change, edit) && change.type == edit.expectedType) {
                found = true;
                materialFound |= change.material;
            }
        }
        s.found += found;
        s.materialFound += edit.material && materialFound;
        if (!found && misses)
            *misses << plantedKindKey(edit.kind) + QStringLiteral(": ") + edit.aText.left(30) +
                           QStringLiteral(" → ") + edit.bText.left(30);
    }
    for (const Change& change : result.changes) {
        bool correct = false, materialCorrect = false;
        for (const PlantedEdit& edit : pair.edits)
            if (matches(change, edit)) {
                correct = true;
                materialCorrect |= edit.material;
            }
        s.correctChanges += correct;
        s.materialFlagged += change.material;
        s.materialFlaggedCorrect += change.material && materialCorrect;
        if (!correct && misses)
            *misses << QStringLiteral("unexpected %1: %2 → %3")
                           .arg(changeTypeKey(change.type), change.aText.left(30), change.bText.left(30));
    }
    return s;
}

int lcsLength(const std::vector<int>& a, const std::vector<int>& b)
{
    std::vector<std::vector<int>> t(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j)
            t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    return t[a.size()][b.size()];
}

bool validBlocks(const std::vector<MatchBlock>& blocks, const std::vector<int>& a, const std::vector<int>& b)
{
    int lastA = 0, lastB = 0;
    for (const MatchBlock& m : blocks) {
        if (m.a < lastA || m.b < lastB || m.length <= 0 || m.a + m.length > int(a.size()) ||
            m.b + m.length > int(b.size()))
            return false;
        for (int i = 0; i < m.length; ++i)
            if (a[std::size_t(m.a + i)] != b[std::size_t(m.b + i)])
                return false;
        lastA = m.a + m.length;
        lastB = m.b + m.length;
    }
    return true;
}

} // namespace

class T : public QObject
{
    Q_OBJECT

private slots:
    void tokenizerClasses()
    {
        const QString text =
            QStringLiteral("基金于2021年6月30日募集15.1亿元，费率-3.5%，金额1,234.56元；Fund ABC按第3条执行");
        const std::vector<Token> tokens = tokenize(text);
        QStringList texts, classes;
        for (const Token& t : tokens) {
            texts << text.mid(t.begin, t.end - t.begin);
            classes << tokenClassKey(t.cls);
        }
        QCOMPARE(texts, (QStringList{"基",         "金", "于",   "2021年6月30日", "募", "集",    "15.1亿元",
                                     "，",         "费", "率",   "-3.5%",         "，", "金",    "额",
                                     "1,234.56元", "；", "Fund", "ABC",           "按", "第3条", "执",
                                     "行"}));
        QCOMPARE(classes, (QStringList{"cjk",  "cjk",  "cjk",     "date",   "cjk", "cjk", "amount", "punct",
                                       "cjk",  "cjk",  "percent", "punct",  "cjk", "cjk", "amount", "punct",
                                       "word", "word", "cjk",     "number", "cjk", "cjk"}));
        QCOMPARE(tokenTexts(QStringLiteral("15.1亿 3.5% 2021-06-30 6月30日 1,23 A-3")),
                 (QStringList{"15.1亿", "3.5%", "2021-06-30", "6月30日", "1", ",", "23", "A", "-", "3"}));
        QCOMPARE(tokenize(QStringLiteral("2021-06-30")).front().cls, TokenClass::Date);
        QCOMPARE(tokenize(QStringLiteral("15.1亿")).front().cls, TokenClass::Amount);
        QCOMPARE(tokenize(QStringLiteral("３．５％")).size(), std::size_t(1)); // full-width forms too
        QCOMPARE(tokenize(QStringLiteral("３．５％")).front().cls, TokenClass::Percent);
        QVERIFY(tokenize(QStringLiteral(" \u3000\t")).empty());
    }

    void tokenizerSurrogatesAndOffsets()
    {
        // U+20000 (CJK Ext-B) is a surrogate pair: one token of two code units.
        const QString text = QString::fromUcs4(U"\U00020000基 金");
        const std::vector<Token> tokens = tokenize(text, 7);
        QCOMPARE(tokens.size(), std::size_t(3));
        QCOMPARE(tokens[0].begin, 0);
        QCOMPARE(tokens[0].end, 2);
        QCOMPARE(tokens[0].cls, TokenClass::Cjk);
        QCOMPARE(tokens[2].begin, 4);
        QCOMPARE(tokens[2].paragraph, 7);
    }

    void internerNormalisation()
    {
        TokenInterner plain;
        TokenInterner folded(Normalization{true, true});
        QVERIFY(plain.intern(QStringLiteral("，")) != plain.intern(QStringLiteral(",")));
        QCOMPARE(folded.intern(QStringLiteral("，")), folded.intern(QStringLiteral(",")));
        QCOMPARE(folded.intern(QStringLiteral("ＡＢＣ")), folded.intern(QStringLiteral("abc")));
        QCOMPARE(plain.intern(QStringLiteral("15.1亿")), plain.intern(QStringLiteral("15.1亿")));
        QVERIFY(plain.intern(QStringLiteral("15.1亿")) != plain.intern(QStringLiteral("15.2亿")));
    }

    void sequenceDiffAgainstBruteForceLcs()
    {
        std::mt19937 rng(12345);
        for (int round = 0; round < 400; ++round) {
            const int alphabet = 2 + int(rng() % 6);
            std::vector<int> a(rng() % 40), b(rng() % 40);
            for (int& x : a)
                x = int(rng() % unsigned(alphabet));
            for (int& x : b)
                x = int(rng() % unsigned(alphabet));
            const auto blocks = matchBlocks(a, b);
            QVERIFY(validBlocks(blocks, a, b));
            const int optimal = int(a.size() + b.size()) - 2 * lcsLength(a, b);
            QCOMPARE(editCount(blocks, int(a.size()), int(b.size())), optimal);
            // The anchored path (as used for long runs) is valid but may be slightly worse.
            SequenceDiffLimits anchored;
            anchored.anchorAbove = 4;
            anchored.shingle = 2;
            const auto anchoredBlocks = matchBlocks(a, b, anchored);
            QVERIFY(validBlocks(anchoredBlocks, a, b));
            QVERIFY(editCount(anchoredBlocks, int(a.size()), int(b.size())) >= optimal);
        }
    }

    void tokenDiffAgainstBruteForce()
    {
        // Token-level edit counts of the engine's alignment vs an O(NM) LCS on the token ids.
        std::mt19937 rng(99);
        const QString alphabet = QStringLiteral("基金合同甲乙，。");
        for (int round = 0; round < 150; ++round) {
            QString x, y;
            for (int i = int(rng() % 30); i > 0; --i)
                x += alphabet[int(rng() % unsigned(alphabet.size()))];
            for (int i = int(rng() % 30); i > 0; --i)
                y += alphabet[int(rng() % unsigned(alphabet.size()))];
            TokenInterner interner;
            std::vector<int> a, b;
            for (const Token& t : tokenize(x))
                a.push_back(interner.intern(QStringView(x).sliced(t.begin, t.end - t.begin)));
            for (const Token& t : tokenize(y))
                b.push_back(interner.intern(QStringView(y).sliced(t.begin, t.end - t.begin)));
            QCOMPARE(editCount(matchBlocks(a, b), int(a.size()), int(b.size())),
                     int(a.size() + b.size()) - 2 * lcsLength(a, b));
            // Every token that the engine reports changed exists; unchanged text yields nothing.
            const DiffResult r = diffDocuments(docOf({x}), docOf({y}));
            if (a == b)
                QVERIFY(r.changes.empty());
            else
                QVERIFY(!r.changes.empty());
        }
    }

    void smallKnownDiffs()
    {
        {
            const DiffResult r = diffDocuments(docOf({"abcd"}), docOf({"axcy"}));
            QVERIFY(r.changes.empty() == false); // Latin words: one token each
        }
        {
            // Semantic cleanup: 甲乙丙丁 → 甲戊丙己 reads as one replacement, not two.
            const DiffResult r = diffDocuments(docOf({"前文甲乙丙丁后文"}), docOf({"前文甲戊丙己后文"}));
            QCOMPARE(r.changes.size(), std::size_t(1));
            QCOMPARE(r.changes[0].type, ChangeType::Replace);
            QCOMPARE(r.changes[0].aText, QStringLiteral("乙丙丁"));
            QCOMPARE(r.changes[0].bText, QStringLiteral("戊丙己"));
            QCOMPARE(r.changes[0].a.begin, (TextPos{0, 3}));
            QCOMPARE(r.changes[0].aContext, QStringLiteral("前文甲乙丙丁后文"));
            QVERIFY(!r.changes[0].material);
        }
        {
            const DiffResult r =
                diffDocuments(docOf({"基金管理人应当履行义务。"}), docOf({"基金管理人应当及时履行义务。"}));
            QCOMPARE(r.changes.size(), std::size_t(1));
            QCOMPARE(r.changes[0].type, ChangeType::Insert);
            QCOMPARE(r.changes[0].bText, QStringLiteral("及时"));
            QVERIFY(r.changes[0].aText.isEmpty());
            QCOMPARE(r.changes[0].a.begin, (TextPos{0, 7}));
            QCOMPARE(r.summary.inserts, 1);
        }
        {
            const DiffResult r =
                diffDocuments(docOf({"管理费年费率为1.50%。"}), docOf({"管理费年费率为1.20%。"}));
            QCOMPARE(r.changes.size(), std::size_t(1));
            QCOMPARE(r.changes[0].type, ChangeType::Replace);
            QVERIFY(r.changes[0].material);
            QCOMPARE(r.changes[0].materialKinds, QStringList{"percent"});
            QCOMPARE(r.changes[0].aText, QStringLiteral("1.50%"));
        }
        {
            const DiffResult r = diffDocuments(docOf({"本基金托管人为中国工商银行股份有限公司。"}),
                                               docOf({"本基金托管人为中国建设银行股份有限公司。"}));
            QCOMPARE(r.changes.size(), std::size_t(1));
            QVERIFY(r.changes[0].material);
            QCOMPARE(r.changes[0].materialKinds, QStringList{"party"});
        }
        {
            DiffOptions options;
            options.partyNames = {QStringLiteral("甲方")};
            const DiffResult r = diffDocuments(docOf({"甲方应当付款"}), docOf({"乙方应当付款"}), options);
            QCOMPARE(r.changes.size(), std::size_t(1));
            QVERIFY(r.changes[0].material);
            QVERIFY(!diffDocuments(docOf({"甲方应当付款"}), docOf({"乙方应当付款"})).changes[0].material);
        }
    }

    void partyNames()
    {
        const QString text = QStringLiteral(
            "本基金由华晟基金管理有限公司管理，托管人为中国工商银行股份有限公司，在上海证券交易所上市。"
            "上市公司与证券投资基金无关。");
        QStringList names;
        for (const auto& [b, e] : findPartyNames(text))
            names << text.mid(b, e - b);
        QVERIFY(names.contains(QStringLiteral("华晟基金管理有限公司")));
        QVERIFY(names.contains(QStringLiteral("中国工商银行股份有限公司")));
        QVERIFY(names.contains(QStringLiteral("上海证券交易所")));
        QVERIFY(!names.contains(QStringLiteral("上市公司")));
        for (const QString& name : names)
            QVERIFY2(!name.contains(QStringLiteral("证券投资")), qPrintable(name));
    }

    void unchangedPairsReportNothing()
    {
        const Document a = generateCorpusDocument(20, 5);
        const Document b = generateCorpusDocument(20, 5);
        QCOMPARE(documentPlainText(a), documentPlainText(b)); // the corpus is deterministic
        QVERIFY(documentPlainText(a).size() >= 20 * 2000);
        const DiffResult r = diffDocuments(a, b);
        QVERIFY(r.changes.empty());
        QCOMPARE(r.summary.total(), 0);
        QVERIFY(r.tokensA > 30000);
        QVERIFY(diffDocuments(Document{}, Document{}).changes.empty());
    }

    void rewrappedParagraphsReportNothing()
    {
        // The same text with paragraphs merged and split elsewhere (as a PDF page break would).
        const Document a = generateCorpusDocument(15, 9);
        Document b;
        std::mt19937 rng(3);
        QString pending;
        for (const Paragraph& p : a.paragraphs) {
            pending += p.text;
            if (rng() % 3 == 0)
                continue; // merged with the next paragraph
            // Split at a random boundary between two CJK character tokens (never inside 9个工作日).
            std::vector<int> cuts;
            const std::vector<Token> tokens = tokenize(pending);
            for (std::size_t t = 1; t < tokens.size(); ++t)
                if (tokens[t - 1].cls == TokenClass::Cjk && tokens[t].cls == TokenClass::Cjk)
                    cuts.push_back(tokens[t].begin);
            if (!cuts.empty() && rng() % 2 == 0) {
                const int cut = cuts[rng() % cuts.size()];
                b.paragraphs.push_back(paragraphOf(pending.left(cut)));
                pending = pending.mid(cut);
            }
            b.paragraphs.push_back(paragraphOf(pending));
            pending.clear();
        }
        if (!pending.isEmpty())
            b.paragraphs.push_back(paragraphOf(pending));
        QVERIFY(b.paragraphs.size() != a.paragraphs.size());
        const DiffResult r = diffDocuments(a, b);
        QCOMPARE(r.changes.size(), std::size_t(0));
        // And whole-document reflow: one paragraph against many.
        const DiffResult one = diffDocuments(a, docOf({documentPlainText(a).remove(QLatin1Char('\n'))}));
        QCOMPARE(one.changes.size(), std::size_t(0));
    }

    void excludedParagraphsAreSkipped()
    {
        Document a = docOf({"正文第一段。", "第1页", "正文第二段。"});
        Document b = docOf({"正文第一段。", "第2页", "正文第二段。"});
        a.paragraphs[1].excluded = b.paragraphs[1].excluded = true;
        QVERIFY(diffDocuments(a, b).changes.empty());
        b.paragraphs[1].excluded = false;
        QCOMPARE(diffDocuments(a, b).changes.size(), std::size_t(1));
    }

    void earlyInsertionDoesNotFlagLaterText()
    {
        CorpusOptions options;
        options.pages = 30;
        options.seed = 11;
        options.editsPerKind = 0;
        options.insertedPage = false;
        const CorpusPair pair = generateCorpusPair(options);
        QCOMPARE(pair.edits.size(), std::size_t(1));
        const DiffResult r = diffDocuments(pair.a, pair.b);
        QCOMPARE(r.changes.size(), std::size_t(1));
        QCOMPARE(r.changes[0].type, ChangeType::Insert);
        QCOMPARE(r.changes[0].b.begin.paragraph, 1);
        QVERIFY(r.changes[0].material);
        QVERIFY(r.changes[0].materialKinds.contains(QStringLiteral("date")));
        QVERIFY(r.changes[0].materialKinds.contains(QStringLiteral("party")));
    }

    void widthNormalisation()
    {
        const Document a = docOf({"基金管理人，基金托管人"});
        const Document b = docOf({"基金管理人,基金托管人"});
        const DiffResult plain = diffDocuments(a, b);
        QCOMPARE(plain.changes.size(), std::size_t(1));
        QCOMPARE(plain.changes[0].type, ChangeType::Punctuation);
        QCOMPARE(plain.summary.punctuation, 1);
        DiffOptions options;
        options.ignoreWidth = true;
        QVERIFY(diffDocuments(a, b, options).changes.empty());
        QCOMPARE(options.enabledNames().size(), 1);
        // Case and whitespace.
        DiffOptions relaxed;
        relaxed.ignoreCase = true;
        relaxed.ignoreWhitespace = true;
        QCOMPARE(diffDocuments(docOf({"Fund ABC"}), docOf({"fund abc"})).changes.size(), std::size_t(1));
        QVERIFY(diffDocuments(docOf({"Fund ABC"}), docOf({"fund abc"}), relaxed).changes.empty());
        QCOMPARE(diffDocuments(docOf({"data base"}), docOf({"database"})).changes.size(), std::size_t(1));
        QVERIFY(diffDocuments(docOf({"data base"}), docOf({"database"}), relaxed).changes.empty());
        QVERIFY(diffDocuments(docOf({"基金 合同"}), docOf({"基金合同"})).changes.empty());
    }

    void moveReportedOnceWithInnerEdits()
    {
        const QString moved = QStringLiteral(
            "流动性风险是指因市场交易量不足，导致证券不能迅速、低成本地变现的风险，以及基金出现巨额赎回时，"
            "基金资产无法及时变现以满足赎回需求的风险。");
        QStringList pa, pb;
        for (int i = 0; i < 12; ++i)
            pa << QStringLiteral("第%1条　基金管理人应当按照规定履行第%1项职责。").arg(i + 1);
        pb = pa;
        pa.insert(2, moved);
        QString edited = moved;
        edited.replace(QStringLiteral("迅速"), QStringLiteral("快速"));
        pb.insert(10, edited);
        const DiffResult r = diffDocuments(docOf(pa), docOf(pb));
        QCOMPARE(r.changes.size(), std::size_t(1));
        const Change& c = r.changes[0];
        QCOMPARE(c.type, ChangeType::Move);
        QCOMPARE(c.a.begin.paragraph, 2);
        QCOMPARE(c.b.begin.paragraph, 10);
        QCOMPARE(c.aText, moved);
        QCOMPARE(c.bText, edited);
        QCOMPARE(c.innerEdits.size(), std::size_t(1));
        QCOMPARE(c.innerEdits[0].aText, QStringLiteral("迅"));
        QCOMPARE(c.innerEdits[0].bText, QStringLiteral("快"));
        QVERIFY(!c.material);
        QCOMPARE(r.summary.moves, 1);
        // Without move detection: a deletion and an insertion.
        DiffOptions options;
        options.detectMoves = false;
        const DiffResult split = diffDocuments(docOf(pa), docOf(pb), options);
        QCOMPARE(split.summary.deletes, 1);
        QCOMPARE(split.summary.inserts, 1);
        // A block that changed too much is no move.
        pb[10] = QStringLiteral(
            "完全不同的一段文字，内容是关于基金份额持有人大会的召集程序、表决方式和决议生效条件的详细规定。");
        QCOMPARE(diffDocuments(docOf(pa), docOf(pb)).summary.moves, 0);
    }

    void everyPlantedKindDetected()
    {
        CorpusOptions options;
        options.pages = 30;
        options.seed = 2;
        options.editsPerKind = 2;
        const CorpusPair pair = generateCorpusPair(options);
        QCOMPARE(pair.edits.size(), std::size_t(6 * 2 + 2 + 2));
        const DiffResult r = diffDocuments(pair.a, pair.b);
        for (const PlantedEdit& edit : pair.edits) {
            const Change* hit = nullptr;
            for (const Change& change : r.changes)
                if (matches(change, edit))
                    hit = &change;
            const QString what = plantedKindKey(edit.kind) + QStringLiteral(": ") + edit.aText.left(20) +
                                 QStringLiteral(" → ") + edit.bText.left(20);
            QVERIFY2(hit, qPrintable(what));
            QVERIFY2(hit->type == edit.expectedType,
                     qPrintable(what + QStringLiteral(" got ") + changeTypeKey(hit->type)));
            QVERIFY2(hit->material == edit.material, qPrintable(what));
            if (!edit.materialKind.isEmpty())
                QVERIFY2(hit->materialKinds.contains(edit.materialKind), qPrintable(what));
            if (edit.kind == PlantedKind::MoveParagraph)
                QCOMPARE(hit->innerEdits.empty(), edit.aText == edit.bText);
        }
    }

    void recallAndPrecisionOverCorpus()
    {
        Score total;
        QStringList misses;
        for (std::uint32_t seed : {21u, 22u, 23u}) {
            CorpusOptions options;
            options.pages = 60;
            options.seed = seed;
            options.editsPerKind = 8;
            const CorpusPair pair = generateCorpusPair(options);
            const Score s = score(pair, diffDocuments(pair.a, pair.b), &misses);
            total.edits += s.edits;
            total.found += s.found;
            total.materialEdits += s.materialEdits;
            total.materialFound += s.materialFound;
            total.changes += s.changes;
            total.correctChanges += s.correctChanges;
            total.materialFlagged += s.materialFlagged;
            total.materialFlaggedCorrect += s.materialFlaggedCorrect;
        }
        qInfo(
            "planted edits %d, found %d: recall %.3f; material recall %.3f (%d); changes %d, precision %.3f; "
            "material precision %.3f",
            total.edits, total.found, total.recall(), total.materialRecall(), total.materialEdits,
            total.changes, total.precision(), total.materialPrecision());
        for (const QString& miss : misses)
            qInfo("%s", qPrintable(miss));
        QVERIFY(total.edits >= 150);
        QCOMPARE(total.materialRecall(), 1.0);
        QVERIFY(total.recall() >= 0.97);
        QVERIFY(total.precision() >= 0.95);
        QVERIFY(total.materialPrecision() >= 0.95);
    }

    void chainIntroducedIn()
    {
        const Document v0 = docOf({"基金合同第一段文字内容。", "管理费年费率为1.50%。",
                                   "托管费年费率为0.25%。", "本段将在第三版删除。"});
        const Document v1 = docOf({"基金合同第一段文字内容。", "管理费年费率为1.20%。",
                                   "托管费年费率为0.25%。", "本段将在第三版删除。"});
        const Document v2 =
            docOf({"基金合同第一段修订后的文字内容。", "管理费年费率为1.20%。", "托管费年费率为0.20%。"});
        const std::vector<const Document*> chain{&v0, &v1, &v2};
        const DiffResult r = diffInChain(chain, 0, 2);
        QCOMPARE(r.changes.size(), std::size_t(4));
        QCOMPARE(r.changes[0].bText, QStringLiteral("修订后的"));
        QCOMPARE(r.changes[0].introducedIn, 2);
        QCOMPARE(r.changes[1].aText, QStringLiteral("1.50%"));
        QCOMPARE(r.changes[1].introducedIn, 1);
        QCOMPARE(r.changes[2].introducedIn, 2);
        QCOMPARE(r.changes[3].type, ChangeType::Delete);
        QCOMPARE(r.changes[3].introducedIn, 2);
        // Comparing v0 with v1 directly: only the fee, introduced by v1.
        const DiffResult step = diffInChain(chain, 0, 1);
        QCOMPARE(step.changes.size(), std::size_t(1));
        QCOMPARE(step.changes[0].introducedIn, 1);
        // Plain diffs leave it unknown.
        QCOMPARE(diffDocuments(v0, v2).changes[0].introducedIn, -1);
    }

    void cancellationReturnsPromptly()
    {
        CorpusOptions options;
        options.pages = 40;
        options.seed = 4;
        const CorpusPair pair = generateCorpusPair(options);
        std::atomic_bool cancel{true};
        DiffControl control;
        control.cancel = &cancel;
        const DiffResult before = diffDocuments(pair.a, pair.b, {}, control);
        QVERIFY(before.cancelled);
        QVERIFY(before.changes.empty());

        // Cancelled from the progress callback mid-way: at most a couple of reports follow.
        std::atomic_bool midway{false};
        int reportsAfterCancel = 0;
        DiffControl control2;
        control2.cancel = &midway;
        control2.progress = [&](double share) {
            if (midway)
                ++reportsAfterCancel;
            if (share > 0.2)
                midway = true;
        };
        const DiffResult r = diffDocuments(pair.a, pair.b, {}, control2);
        QVERIFY(r.cancelled);
        QVERIFY(reportsAfterCancel <= 2);
        QVERIFY(diffInChain({&pair.a, &pair.b}, 0, 1, {}, control).cancelled);
    }

    void partialResultsInOrderAndComplete()
    {
        CorpusOptions options;
        options.pages = 40;
        options.seed = 6;
        options.editsPerKind = 12;
        const CorpusPair pair = generateCorpusPair(options);
        std::vector<Change> streamed;
        int batches = 0;
        std::vector<double> progress;
        DiffControl control;
        control.partial = [&](const std::vector<Change>& changes) {
            ++batches;
            streamed.insert(streamed.end(), changes.begin(), changes.end());
        };
        control.progress = [&](double share) { progress.push_back(share); };
        const DiffResult r = diffDocuments(pair.a, pair.b, {}, control);
        QVERIFY(!r.cancelled);
        QVERIFY(batches > 1);
        QCOMPARE(streamed.size(), r.changes.size());
        for (std::size_t i = 0; i < streamed.size(); ++i) {
            QCOMPARE(streamed[i].index, int(i));
            QCOMPARE(streamed[i].index, r.changes[i].index);
            QCOMPARE(streamed[i].type, r.changes[i].type);
            QCOMPARE(streamed[i].aText, r.changes[i].aText);
            QCOMPARE(streamed[i].bText, r.changes[i].bText);
            if (i > 0)
                QVERIFY(streamed[i - 1].b.begin <= streamed[i].b.begin);
        }
        QVERIFY(!progress.empty());
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(progress.back(), 1.0);
    }

    void preliminaryChangesAreFinalChanges()
    {
        // Prefixes of both sides (as while loading) at unequal lengths: every change shown early
        // must be one the whole comparison reports, never an artefact of the truncation.
        const auto prefix = [](const Document& d, double share) {
            Document p = d;
            p.paragraphs.resize(static_cast<std::size_t>(std::lround(share * double(d.paragraphs.size()))));
            return p;
        };
        const auto same = [](const Change& x, const Change& y) {
            return x.type == y.type && x.aText == y.aText && x.bText == y.bText && x.a.begin == y.a.begin &&
                   x.a.end == y.a.end && x.b.begin == y.b.begin && x.b.end == y.b.end &&
                   x.material == y.material;
        };
        const std::vector<double> shares{0.05, 0.2, 0.37, 0.5, 0.63, 0.9, 1.0};
        std::size_t shown = 0;
        std::size_t fullShown = 0, fullFinal = 0;
        for (std::uint32_t seed : {3u, 17u, 42u}) {
            CorpusOptions corpus;
            corpus.pages = 20;
            corpus.seed = seed;
            const CorpusPair pair = generateCorpusPair(corpus);
            const DiffResult final = diffDocuments(pair.a, pair.b);
            QVERIFY(!final.changes.empty());
            for (double shareA : shares) {
                for (double shareB : shares) {
                    const PreliminaryResult early =
                        diffPreliminary(prefix(pair.a, shareA), prefix(pair.b, shareB), DiffOptions{});
                    QVERIFY(!early.cancelled);
                    for (const Change& c : early.changes) {
                        const bool found = std::any_of(final.changes.begin(), final.changes.end(),
                                                       [&](const Change& f) { return same(c, f); });
                        QVERIFY2(found, qPrintable(QStringLiteral("seed %1, prefixes %2/%3: %4 '%5' → '%6'")
                                                       .arg(seed)
                                                       .arg(shareA)
                                                       .arg(shareB)
                                                       .arg(changeTypeKey(c.type), c.aText, c.bText)));
                        QVERIFY(c.a.end <= early.horizonA && c.b.end <= early.horizonB);
                    }
                    shown += early.changes.size();
                    if (shareA == 1.0 && shareB == 1.0) {
                        fullShown += early.changes.size();
                        fullFinal += final.changes.size();
                    }
                }
            }
        }
        QVERIFY(shown > 0);
        // With both sides complete, everything but moves and move-sized blocks is shown early.
        QVERIFY2(fullShown * 2 >= fullFinal,
                 qPrintable(QStringLiteral("%1 of %2").arg(fullShown).arg(fullFinal)));
    }

    void documentFromText()
    {
        const Document d = documentFromParagraphText(
            QStringLiteral("第一段第一行\n第一段第二行\n\n  \nSecond para\nline two\n"));
        QCOMPARE(d.paragraphs.size(), std::size_t(2));
        QCOMPARE(d.paragraphs[0].text, QStringLiteral("第一段第一行第一段第二行"));
        QCOMPARE(d.paragraphs[1].text, QStringLiteral("Second para line two"));
    }
};

QTEST_GUILESS_MAIN(T)
#include "tst_docdiff.moc"
