#include "documents/DocDiff.h"

#include "documents/SequenceDiff.h"
#include "documents/Tokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdlib>
#include <unordered_map>

namespace ws::documents {

QString changeTypeKey(ChangeType type)
{
    switch (type) {
    case ChangeType::Insert:
        return QStringLiteral("insert");
    case ChangeType::Delete:
        return QStringLiteral("delete");
    case ChangeType::Replace:
        return QStringLiteral("replace");
    case ChangeType::Move:
        return QStringLiteral("move");
    case ChangeType::Punctuation:
        return QStringLiteral("punctuation");
    }
    return {};
}

QStringList DiffOptions::enabledNames() const
{
    QStringList names;
    if (ignoreWidth)
        names << QCoreApplication::translate("ws::documents", "full-width and half-width forms equal");
    if (ignoreWhitespace)
        names << QCoreApplication::translate("ws::documents", "whitespace ignored");
    if (ignoreCase)
        names << QCoreApplication::translate("ws::documents", "letter case ignored");
    return names;
}

namespace {

// ---------------------------------------------------------------------------------------------
// Party names

constexpr std::array<std::u16string_view, 9> kPartySuffixes{
    u"基金管理有限公司", u"股份有限公司", u"有限责任公司", u"有限公司", u"合伙企业",
    u"交易所",           u"公司",         u"银行",         u"证券"};

// Characters that end a name when scanning backwards from its suffix ("由…公司", "与…银行").
constexpr std::u16string_view kNameStops =
    u"的由与和及或为是在向经对以按从被将并等即指称系于至其该本各受请任后前时如若应可须需给让把据依当同跟"
    u"因所之且而了也已都还又这那此每";

constexpr std::u16string_view kNotBeforeSuffix = u"本该其此各每的子母之贵我";

// A suffix glued to what follows is a compound word, not a name: 证券投资, 证券交易所, 银行间.
constexpr std::u16string_view kSecuritiesCompound =
    u"投市法业公交账登期监发化品经服营资从代承简持借融违欺时类行基";
constexpr std::u16string_view kBankCompound = u"间业存贷卡账汇理承保结托转柜信流体系";

// Generic words that alone before 公司 do not make a name (上市公司, 基金管理公司).
constexpr std::array<std::u16string_view, 24> kGenericWords{
    u"上市", u"管理", u"证券", u"基金", u"托管", u"保险", u"信托", u"上述",
    u"相关", u"有关", u"其他", u"关联", u"控股", u"目标", u"投资", u"登记",
    u"结算", u"中介", u"资产", u"销售", u"代销", u"直销", u"境外", u"境内"};

bool onlyGenericWords(std::u16string_view name)
{
    while (!name.empty()) {
        bool stripped = false;
        for (std::u16string_view word : kGenericWords) {
            if (name.size() >= word.size() && name.substr(name.size() - word.size()) == word) {
                name.remove_suffix(word.size());
                stripped = true;
                break;
            }
        }
        if (!stripped)
            return false;
    }
    return true;
}

bool startsAt(const QString& text, qsizetype at, std::u16string_view s)
{
    if (at + static_cast<qsizetype>(s.size()) > text.size())
        return false;
    return std::u16string_view(reinterpret_cast<const char16_t*>(text.utf16()) + at, s.size()) == s;
}

} // namespace

std::vector<std::pair<int, int>> findPartyNames(const QString& text, const QStringList& extraNames)
{
    std::vector<std::pair<int, int>> spans;
    const auto* units = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        bool matched = false;
        for (std::u16string_view suffix : kPartySuffixes) {
            if (!startsAt(text, i, suffix))
                continue;
            const qsizetype end = i + static_cast<qsizetype>(suffix.size());
            const char16_t next = end < n ? units[end] : u' ';
            if (suffix == u"证券" && kSecuritiesCompound.find(next) != std::u16string_view::npos)
                continue;
            if (suffix == u"银行" && kBankCompound.find(next) != std::u16string_view::npos)
                continue;
            // The Han run before the suffix (at most 20), cut after its last function character
            // that still leaves two characters of name ("由基金管理人润和…" keeps "润和" and more).
            if (i > 0 && kNotBeforeSuffix.find(units[i - 1]) != std::u16string_view::npos)
                continue; // 本公司, 该银行, 子公司
            qsizetype start = i;
            while (start > 0 && i - start < 20 && isHan(units[start - 1]))
                --start;
            for (qsizetype k = i - 3; k >= start; --k)
                if (kNameStops.find(units[k]) != std::u16string_view::npos) {
                    start = k + 1;
                    break;
                }
            const std::u16string_view name(units + start, static_cast<std::size_t>(i - start));
            if (name.size() < 2 || onlyGenericWords(name))
                continue;
            spans.emplace_back(static_cast<int>(start), static_cast<int>(end));
            i = end;
            matched = true;
            break;
        }
        if (!matched)
            ++i;
    }
    for (const QString& name : extraNames) {
        if (name.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.size()))
            spans.emplace_back(static_cast<int>(at), static_cast<int>(at + name.size()));
    }
    std::sort(spans.begin(), spans.end());
    return spans;
}

namespace {

// ---------------------------------------------------------------------------------------------
// One side of a comparison, tokenised.

struct Side
{
    const Document* doc = nullptr;
    std::vector<Token> tokens;
    std::vector<int> ids;
    std::vector<int> charsBefore;    // prefix sums of token lengths (whitespace is never a token)
    std::vector<int> unitParagraph;  // the compared paragraphs: not excluded, with tokens
    std::vector<int> unitFirstToken; // token range of each unit; one more entry than units
    std::vector<int> unitIds;        // interned hash of each unit's token ids

    int size() const { return static_cast<int>(tokens.size()); }
    int chars(int t0, int t1) const
    {
        return charsBefore[static_cast<std::size_t>(t1)] - charsBefore[static_cast<std::size_t>(t0)];
    }
    const Token& token(int t) const { return tokens[static_cast<std::size_t>(t)]; }
    int id(int t) const { return ids[static_cast<std::size_t>(t)]; }
    const QString& text(int paragraph) const
    {
        return doc->paragraphs[static_cast<std::size_t>(paragraph)].text;
    }
};

struct Seg
{
    int a0 = 0, a1 = 0, b0 = 0, b1 = 0;
    bool equal = false;
};

bool isSentenceEnd(const Side& s, int t)
{
    const Token& token = s.token(t);
    if (token.cls != TokenClass::Punct || token.end - token.begin != 1)
        return false;
    static constexpr std::u16string_view enders = u"。！？；!?;：:";
    return enders.find(s.text(token.paragraph)[token.begin].unicode()) != std::u16string_view::npos;
}

// How natural a boundary between tokens t-1 and t is, for sliding edits (diff-match-patch's
// cleanupSemanticLossless, on tokens).
int boundaryScore(const Side& s, int t)
{
    if (t <= 0 || t >= s.size())
        return 6;
    const Token& before = s.token(t - 1);
    const Token& after = s.token(t);
    if (before.paragraph != after.paragraph)
        return 6;
    if (isSentenceEnd(s, t - 1))
        return 4;
    if (before.cls == TokenClass::Punct)
        return 2;
    if (after.begin > before.end)
        return 2; // whitespace between
    if (after.cls == TokenClass::Punct)
        return 1;
    return 0;
}

// Does the equality [t0, t1) on this side touch a paragraph break, including the breaks just
// before and after it? Edits are not merged across paragraphs.
bool touchesBreak(const Side& s, int t0, int t1)
{
    const int lo = std::max(0, t0 - 1);
    const int hi = std::min(s.size() - 1, t1);
    if (lo > hi)
        return false;
    return s.token(lo).paragraph != s.token(hi).paragraph;
}

std::vector<Seg> segmentsFromBlocks(const std::vector<MatchBlock>& blocks, int a0, int a1, int b0, int b1)
{
    std::vector<Seg> segs;
    int a = a0, b = b0;
    for (const MatchBlock& block : blocks) {
        if (block.a > a || block.b > b)
            segs.push_back(Seg{a, block.a, b, block.b, false});
        segs.push_back(Seg{block.a, block.a + block.length, block.b, block.b + block.length, true});
        a = block.a + block.length;
        b = block.b + block.length;
    }
    if (a < a1 || b < b1)
        segs.push_back(Seg{a, a1, b, b1, false});
    return segs;
}

void mergeNeighbours(std::vector<Seg>& segs)
{
    std::vector<Seg> out;
    out.reserve(segs.size());
    for (const Seg& seg : segs) {
        if (seg.a0 == seg.a1 && seg.b0 == seg.b1)
            continue;
        if (!out.empty() && out.back().equal == seg.equal) {
            out.back().a1 = seg.a1;
            out.back().b1 = seg.b1;
        } else {
            out.push_back(seg);
        }
    }
    segs.swap(out);
}

// Myers may pair a short equality with the wrong copy: A "…0.25%。¶本段删除。" against B "…0.20%。"
// can match B's "。" with A's last "。", gluing the fee change and the deleted paragraph into one
// replacement across the break. Re-pairing it with the copy that ends the first paragraph keeps
// the paragraphs' changes apart (a replacement inside one paragraph, then a deletion).
void preferParagraphEnds(std::vector<Seg>& segs, const Side& A, const Side& B)
{
    for (std::size_t i = 0; i + 1 < segs.size(); ++i) {
        const Seg h = segs[i];
        const Seg e = segs[i + 1];
        if (h.equal || !e.equal)
            continue;
        const int k = e.a1 - e.a0;
        auto within = [](const Side& s, int t0, int t1) {
            return t0 >= t1 || s.token(t0).paragraph == s.token(t1 - 1).paragraph;
        };
        for (const bool onA : {true, false}) {
            const Side& s = onA ? A : B;
            const Side& other = onA ? B : A;
            const int h0 = onA ? h.a0 : h.b0, h1 = onA ? h.a1 : h.b1, e0 = onA ? e.a0 : e.b0;
            const int o0 = onA ? h.b0 : h.a0, o1 = onA ? h.b1 : h.a1;
            if (o0 == o1 || !within(other, o0, o1) || within(s, h0, h1) || h1 - h0 <= k)
                continue;
            int found = -1;
            for (int j = h0; j + k <= h1 && j + k < s.size(); ++j)
                if (s.token(j + k - 1).paragraph != s.token(j + k).paragraph &&
                    std::equal(s.ids.begin() + j, s.ids.begin() + j + k, s.ids.begin() + e0)) {
                    found = j;
                    break;
                }
            if (found < 0)
                continue;
            Seg first = h, equal = e, rest = e;
            rest.equal = false;
            if (onA) {
                first.a1 = found;
                equal.a0 = found;
                equal.a1 = found + k;
                rest.a0 = found + k;
                rest.b0 = rest.b1 = e.b1;
            } else {
                first.b1 = found;
                equal.b0 = found;
                equal.b1 = found + k;
                rest.b0 = found + k;
                rest.a0 = rest.a1 = e.a1;
            }
            segs[i] = first;
            segs[i + 1] = equal;
            segs.insert(segs.begin() + static_cast<std::ptrdiff_t>(i) + 2, rest);
            break;
        }
    }
    mergeNeighbours(segs);
}

// Semantic cleanup: an equality no longer than the edits on both sides of it is absorbed, so
// "abcd" → "axcy" reads as one replacement; then pure insertions and deletions slide to the most
// natural boundary (after a full stop, at a paragraph break).
void cleanupSemantic(std::vector<Seg>& segs, const Side& A, const Side& B)
{
    mergeNeighbours(segs);
    auto weight = [&](const Seg& s) { return std::max(A.chars(s.a0, s.a1), B.chars(s.b0, s.b1)); };
    for (bool changed = true; changed;) {
        changed = false;
        std::vector<Seg> out;
        out.reserve(segs.size());
        for (std::size_t i = 0; i < segs.size(); ++i) {
            const Seg& seg = segs[i];
            if (seg.equal && !out.empty() && !out.back().equal && i + 1 < segs.size()) {
                const Seg& next = segs[i + 1];
                const int length = weight(seg);
                if (length <= weight(out.back()) && length <= weight(next) &&
                    !touchesBreak(A, seg.a0, seg.a1) && !touchesBreak(B, seg.b0, seg.b1)) {
                    out.back().a1 = next.a1;
                    out.back().b1 = next.b1;
                    ++i;
                    changed = true;
                    continue;
                }
            }
            out.push_back(seg);
        }
        segs.swap(out);
        mergeNeighbours(segs);
    }

    // Slide pure insertions/deletions between two equalities.
    for (std::size_t i = 1; i + 1 < segs.size(); ++i) {
        Seg& prev = segs[i - 1];
        Seg& edit = segs[i];
        Seg& next = segs[i + 1];
        if (edit.equal || !prev.equal || !next.equal)
            continue;
        const bool insertion = edit.a0 == edit.a1;
        const bool deletion = edit.b0 == edit.b1;
        if (insertion == deletion)
            continue;
        const Side& s = insertion ? B : A;
        const int e0 = insertion ? edit.b0 : edit.a0;
        const int e1 = insertion ? edit.b1 : edit.a1;
        const int prevLength = insertion ? prev.b1 - prev.b0 : prev.a1 - prev.a0;
        const int nextLength = insertion ? next.b1 - next.b0 : next.a1 - next.a0;
        constexpr int kMaxSlide = 64;
        int left = 0;
        while (left < prevLength && left < kMaxSlide && s.id(e0 - left - 1) == s.id(e1 - left - 1))
            ++left;
        int right = 0;
        while (right < nextLength && right < kMaxSlide && e1 + right < s.size() &&
               s.id(e0 + right) == s.id(e1 + right))
            ++right;
        if (left == 0 && right == 0)
            continue;
        int best = 0, bestScore = -1;
        for (int shift = -left; shift <= right; ++shift) {
            const int score = boundaryScore(s, e0 + shift) + boundaryScore(s, e1 + shift);
            if (score > bestScore) {
                bestScore = score;
                best = shift;
            }
        }
        if (best == 0)
            continue;
        prev.a1 += best;
        prev.b1 += best;
        edit.a0 += best;
        edit.a1 += best;
        edit.b0 += best;
        edit.b1 += best;
        next.a0 += best;
        next.b0 += best;
    }
    mergeNeighbours(segs);
    preferParagraphEnds(segs, A, B);
}

// ---------------------------------------------------------------------------------------------

class Engine
{
public:
    Engine(const DiffOptions& options, const DiffControl& control)
        : options_(options), control_(control),
          interner_(Normalization{options.ignoreWidth, options.ignoreCase})
    {}

    bool cancelled() const { return control_.cancel && control_.cancel->load(std::memory_order_relaxed); }

    // Maps this stage's 0–1 onto [base, base + span] of the whole run.
    void setStage(double base, double span)
    {
        stageBase_ = base;
        stageSpan_ = span;
    }

    void progress(double share)
    {
        const double value = stageBase_ + stageSpan_ * std::clamp(share, 0.0, 1.0);
        if (control_.progress && (value >= lastProgress_ + 0.01 || (value >= 1.0 && lastProgress_ < 1.0))) {
            lastProgress_ = value;
            control_.progress(value);
        }
    }

    bool prepare(Side& side, const Document& doc)
    {
        side.doc = &doc;
        qsizetype totalChars = 0;
        for (const Paragraph& p : doc.paragraphs)
            totalChars += p.text.size();
        side.tokens.reserve(static_cast<std::size_t>(totalChars));
        const int count = static_cast<int>(doc.paragraphs.size());
        for (int p = 0; p < count; ++p) {
            if ((p & 255) == 0) {
                if (cancelled())
                    return false;
                progress(count ? double(p) / count : 1.0);
            }
            const Paragraph& paragraph = doc.paragraphs[static_cast<std::size_t>(p)];
            if (paragraph.excluded)
                continue;
            const auto first = static_cast<int>(side.tokens.size());
            tokenize(paragraph.text, p, side.tokens);
            if (side.size() > first) {
                side.unitParagraph.push_back(p);
                side.unitFirstToken.push_back(first);
            }
        }
        side.unitFirstToken.push_back(side.size());
        side.ids.resize(side.tokens.size());
        side.charsBefore.resize(side.tokens.size() + 1);
        side.charsBefore[0] = 0;
        for (std::size_t t = 0; t < side.tokens.size(); ++t) {
            const Token& token = side.tokens[t];
            const QString& text = side.text(token.paragraph);
            side.ids[t] = interner_.intern(QStringView(text).sliced(token.begin, token.end - token.begin));
            side.charsBefore[t + 1] = side.charsBefore[t] + (token.end - token.begin);
        }
        side.unitIds.resize(side.unitParagraph.size());
        for (std::size_t u = 0; u < side.unitParagraph.size(); ++u) {
            std::uint64_t h = 1469598103934665603ULL;
            for (int t = side.unitFirstToken[u]; t < side.unitFirstToken[u + 1]; ++t)
                h = (h ^ static_cast<std::uint32_t>(side.id(t))) * 1099511628211ULL;
            h ^= static_cast<std::uint64_t>(side.unitFirstToken[u + 1] - side.unitFirstToken[u]) << 40;
            const auto [it, inserted] = unitIds_.try_emplace(h, static_cast<int>(unitIds_.size()));
            side.unitIds[u] = it->second;
        }
        return !cancelled();
    }

    // Token alignment of two prepared sides: paragraphs first, then the unmatched runs token by
    // token. Paragraph breaks only guide: a run's tokens are compared as one stream.
    std::vector<Seg> align(const Side& A, const Side& B)
    {
        SequenceDiffLimits paragraphLimits;
        paragraphLimits.anchorAbove = 256;
        SequenceDiffLimits tokenLimits;
        tokenLimits.shingle = 8;
        const std::vector<MatchBlock> units =
            matchBlocks(A.unitIds, B.unitIds, paragraphLimits, control_.cancel);
        std::vector<MatchBlock> blocks;
        const double totalTokens = std::max(1, A.size() + B.size());
        auto diffTokens = [&](int ta0, int ta1, int tb0, int tb1) {
            if (ta0 < ta1 && tb0 < tb1 && !cancelled())
                appendMatchBlocks(std::span<const int>(A.ids).subspan(static_cast<std::size_t>(ta0),
                                                                      static_cast<std::size_t>(ta1 - ta0)),
                                  ta0,
                                  std::span<const int>(B.ids).subspan(static_cast<std::size_t>(tb0),
                                                                      static_cast<std::size_t>(tb1 - tb0)),
                                  tb0, blocks, tokenLimits, control_.cancel);
            progress((ta1 + tb1) / totalTokens);
        };
        auto firstA = [&](int u) { return A.unitFirstToken[static_cast<std::size_t>(u)]; };
        auto firstB = [&](int u) { return B.unitFirstToken[static_cast<std::size_t>(u)]; };
        int ua = 0, ub = 0;
        for (const MatchBlock& unit : units) {
            diffTokens(firstA(ua), firstA(unit.a), firstB(ub), firstB(unit.b));
            for (int i = 0; i < unit.length; ++i) {
                const int ta0 = firstA(unit.a + i), ta1 = firstA(unit.a + i + 1);
                const int tb0 = firstB(unit.b + i), tb1 = firstB(unit.b + i + 1);
                if (ta1 - ta0 == tb1 - tb0 &&
                    std::equal(A.ids.begin() + ta0, A.ids.begin() + ta1, B.ids.begin() + tb0)) {
                    if (!blocks.empty() && blocks.back().a + blocks.back().length == ta0 &&
                        blocks.back().b + blocks.back().length == tb0)
                        blocks.back().length += ta1 - ta0;
                    else
                        blocks.push_back(MatchBlock{ta0, tb0, ta1 - ta0});
                } else {
                    diffTokens(ta0, ta1, tb0, tb1); // a hash collision: compare for real
                }
            }
            ua = unit.a + unit.length;
            ub = unit.b + unit.length;
        }
        diffTokens(firstA(ua), A.size(), firstB(ub), B.size());
        std::vector<Seg> segs = segmentsFromBlocks(blocks, 0, A.size(), 0, B.size());
        cleanupSemantic(segs, A, B);
        return segs;
    }

    struct Hunk
    {
        Seg seg;
        int movePartner = -1; // index of the other half of a move
        bool isMoveArrival = false;
    };

    // Classification of the tokens A[a0,a1) and B[b0,b1).
    ChangeType typeOf(const Side& A, const Seg& s, const Side& B) const
    {
        bool allPunct = true;
        for (int t = s.a0; t < s.a1 && allPunct; ++t)
            allPunct = A.token(t).cls == TokenClass::Punct;
        for (int t = s.b0; t < s.b1 && allPunct; ++t)
            allPunct = B.token(t).cls == TokenClass::Punct;
        if (allPunct)
            return ChangeType::Punctuation;
        if (s.a0 == s.a1)
            return ChangeType::Insert;
        if (s.b0 == s.b1)
            return ChangeType::Delete;
        return ChangeType::Replace;
    }

    const std::vector<std::pair<int, int>>& partySpans(const Side& side, int paragraph)
    {
        auto& cache = side.doc == cacheDocA_ ? partyCacheA_ : partyCacheB_;
        auto found = cache.find(paragraph);
        if (found == cache.end())
            found = cache.emplace(paragraph, findPartyNames(side.text(paragraph), options_.partyNames)).first;
        return found->second;
    }

    QStringList materialKinds(const Side& A, const Seg& s, const Side& B)
    {
        bool number = false, amount = false, percent = false, date = false, party = false;
        auto scan = [&](const Side& side, int t0, int t1) {
            for (int t = t0; t < t1; ++t) {
                const Token& token = side.token(t);
                number |= token.cls == TokenClass::Number;
                amount |= token.cls == TokenClass::Amount;
                percent |= token.cls == TokenClass::Percent;
                date |= token.cls == TokenClass::Date;
                if (!party)
                    for (const auto& [b, e] : partySpans(side, token.paragraph))
                        if (token.begin < e && token.end > b) {
                            party = true;
                            break;
                        }
            }
        };
        scan(A, s.a0, s.a1);
        scan(B, s.b0, s.b1);
        QStringList kinds;
        if (number)
            kinds << QStringLiteral("number");
        if (amount)
            kinds << QStringLiteral("amount");
        if (percent)
            kinds << QStringLiteral("percent");
        if (date)
            kinds << QStringLiteral("date");
        if (party)
            kinds << QStringLiteral("party");
        return kinds;
    }

    static TextRange rangeOf(const Side& s, int t0, int t1)
    {
        if (t0 < t1) {
            const Token& first = s.token(t0);
            const Token& last = s.token(t1 - 1);
            return TextRange{TextPos{first.paragraph, first.begin}, TextPos{last.paragraph, last.end}};
        }
        TextPos at;
        if (t0 > 0)
            at = TextPos{s.token(t0 - 1).paragraph, s.token(t0 - 1).end};
        else if (t0 < s.size())
            at = TextPos{s.token(t0).paragraph, s.token(t0).begin};
        return TextRange{at, at};
    }

    static QString textOf(const Side& s, const TextRange& r)
    {
        if (r.empty())
            return {};
        if (r.begin.paragraph == r.end.paragraph)
            return s.text(r.begin.paragraph).mid(r.begin.offset, r.end.offset - r.begin.offset);
        QStringList parts;
        parts << s.text(r.begin.paragraph).mid(r.begin.offset);
        for (int p = r.begin.paragraph + 1; p < r.end.paragraph; ++p)
            if (!s.doc->paragraphs[static_cast<std::size_t>(p)].excluded)
                parts << s.text(p);
        parts << s.text(r.end.paragraph).left(r.end.offset);
        return parts.join(QLatin1Char('\n'));
    }

    static QString contextOf(const Side& s, const TextRange& r, const QString& text)
    {
        if (s.doc->paragraphs.empty())
            return {};
        constexpr int kContext = 20;
        const QString& first = s.text(r.begin.paragraph);
        const QString& last = s.text(r.end.paragraph);
        const int from = std::max(0, r.begin.offset - kContext);
        return first.mid(from, r.begin.offset - from) + text + last.mid(r.end.offset, kContext);
    }

    static int pageOf(const Side& s, const TextPos& pos)
    {
        if (s.doc->paragraphs.empty())
            return 0;
        const Paragraph& p = s.doc->paragraphs[static_cast<std::size_t>(pos.paragraph)];
        if (!p.boxes.empty()) {
            const auto at = static_cast<std::size_t>(
                std::clamp<int>(pos.offset, 0, static_cast<int>(p.boxes.size()) - 1));
            return p.boxes[at].page;
        }
        return p.page;
    }

    bool useful(const Side& A, const Seg& s, const Side& B) const
    {
        if (!options_.ignoreWhitespace)
            return true;
        // Tokens split or joined by whitespace only ("ab cd" / "abcd"): the same characters.
        QString a, b;
        for (int t = s.a0; t < s.a1; ++t)
            a += QStringView(A.text(A.token(t).paragraph))
                     .sliced(A.token(t).begin, A.token(t).end - A.token(t).begin);
        for (int t = s.b0; t < s.b1; ++t)
            b += QStringView(B.text(B.token(t).paragraph))
                     .sliced(B.token(t).begin, B.token(t).end - B.token(t).begin);
        if (a.size() != b.size())
            return true;
        const Normalization norm{options_.ignoreWidth, options_.ignoreCase};
        for (qsizetype i = 0; i < a.size(); ++i)
            if (normalizeCodePoint(a[i].unicode(), norm) != normalizeCodePoint(b[i].unicode(), norm))
                return true;
        return false;
    }

    // Pairs deletions and insertions that are the same block moved.
    void detectMoves(std::vector<Hunk>& hunks, const Side& A, const Side& B)
    {
        struct Candidate
        {
            int hunk;
            std::vector<int> sortedIds;
        };
        std::vector<Candidate> deletions, insertions;
        for (std::size_t h = 0; h < hunks.size(); ++h) {
            const Seg& s = hunks[h].seg;
            if (s.b0 == s.b1 && A.chars(s.a0, s.a1) >= options_.moveMinChars) {
                std::vector<int> ids(A.ids.begin() + s.a0, A.ids.begin() + s.a1);
                std::sort(ids.begin(), ids.end());
                deletions.push_back(Candidate{static_cast<int>(h), std::move(ids)});
            } else if (s.a0 == s.a1 && B.chars(s.b0, s.b1) >= options_.moveMinChars) {
                std::vector<int> ids(B.ids.begin() + s.b0, B.ids.begin() + s.b1);
                std::sort(ids.begin(), ids.end());
                insertions.push_back(Candidate{static_cast<int>(h), std::move(ids)});
            }
        }
        struct Pair
        {
            double similarity;
            int deletion, insertion;
        };
        std::vector<Pair> pairs;
        const double threshold = options_.moveMinSimilarity;
        for (const Candidate& d : deletions) {
            for (const Candidate& in : insertions) {
                const auto nd = d.sortedIds.size(), ni = in.sortedIds.size();
                const double longest = double(std::max(nd, ni));
                if (double(std::min(nd, ni)) < threshold * longest)
                    continue;
                // The shared multiset bounds the shared subsequence from above: cheap filter.
                std::size_t common = 0;
                for (std::size_t x = 0, y = 0; x < nd && y < ni;) {
                    if (d.sortedIds[x] < in.sortedIds[y])
                        ++x;
                    else if (d.sortedIds[x] > in.sortedIds[y])
                        ++y;
                    else {
                        ++common;
                        ++x;
                        ++y;
                    }
                }
                if (double(common) < threshold * longest)
                    continue;
                const Seg& sd = hunks[static_cast<std::size_t>(d.hunk)].seg;
                const Seg& si = hunks[static_cast<std::size_t>(in.hunk)].seg;
                const auto blocks =
                    matchBlocks(std::span<const int>(A.ids).subspan(static_cast<std::size_t>(sd.a0), nd),
                                std::span<const int>(B.ids).subspan(static_cast<std::size_t>(si.b0), ni));
                int matched = 0;
                for (const MatchBlock& block : blocks)
                    matched += block.length;
                const double similarity = matched / longest;
                if (similarity >= threshold)
                    pairs.push_back(Pair{similarity, d.hunk, in.hunk});
            }
        }
        std::stable_sort(pairs.begin(), pairs.end(),
                         [](const Pair& x, const Pair& y) { return x.similarity > y.similarity; });
        for (const Pair& pair : pairs) {
            Hunk& d = hunks[static_cast<std::size_t>(pair.deletion)];
            Hunk& in = hunks[static_cast<std::size_t>(pair.insertion)];
            if (d.movePartner >= 0 || in.movePartner >= 0)
                continue;
            d.movePartner = pair.insertion;
            in.movePartner = pair.deletion;
            in.isMoveArrival = true;
        }
    }

    Change makeChange(const Side& A, const Seg& s, const Side& B)
    {
        Change change;
        change.type = typeOf(A, s, B);
        change.materialKinds = materialKinds(A, s, B);
        change.material = !change.materialKinds.isEmpty();
        change.a = rangeOf(A, s.a0, s.a1);
        change.b = rangeOf(B, s.b0, s.b1);
        change.aText = textOf(A, change.a);
        change.bText = textOf(B, change.b);
        change.aContext = contextOf(A, change.a, change.aText);
        change.bContext = contextOf(B, change.b, change.bText);
        change.aPage = pageOf(A, change.a.begin);
        change.bPage = pageOf(B, change.b.begin);
        return change;
    }

    Change makeMove(const Side& A, const Seg& from, const Side& B, const Seg& to)
    {
        Change change;
        change.type = ChangeType::Move;
        change.a = rangeOf(A, from.a0, from.a1);
        change.b = rangeOf(B, to.b0, to.b1);
        change.aText = textOf(A, change.a);
        change.bText = textOf(B, change.b);
        change.aContext = contextOf(A, change.a, change.aText);
        change.bContext = contextOf(B, change.b, change.bText);
        change.aPage = pageOf(A, change.a.begin);
        change.bPage = pageOf(B, change.b.begin);
        const auto blocks =
            matchBlocks(std::span<const int>(A.ids).subspan(static_cast<std::size_t>(from.a0),
                                                            static_cast<std::size_t>(from.a1 - from.a0)),
                        std::span<const int>(B.ids).subspan(static_cast<std::size_t>(to.b0),
                                                            static_cast<std::size_t>(to.b1 - to.b0)));
        std::vector<MatchBlock> shifted;
        shifted.reserve(blocks.size());
        for (const MatchBlock& block : blocks)
            shifted.push_back(MatchBlock{block.a + from.a0, block.b + to.b0, block.length});
        std::vector<Seg> segs = segmentsFromBlocks(shifted, from.a0, from.a1, to.b0, to.b1);
        cleanupSemantic(segs, A, B);
        QStringList kinds;
        for (const Seg& s : segs) {
            if (s.equal || !useful(A, s, B))
                continue;
            InnerEdit edit;
            edit.type = typeOf(A, s, B);
            const QStringList editKinds = materialKinds(A, s, B);
            edit.material = !editKinds.isEmpty();
            for (const QString& kind : editKinds)
                if (!kinds.contains(kind))
                    kinds << kind;
            edit.a = rangeOf(A, s.a0, s.a1);
            edit.b = rangeOf(B, s.b0, s.b1);
            edit.aText = textOf(A, edit.a);
            edit.bText = textOf(B, edit.b);
            change.innerEdits.push_back(std::move(edit));
        }
        // A move is material when something material changed on the way, not merely because the
        // moved text mentions a number.
        change.materialKinds = kinds;
        change.material = !kinds.isEmpty();
        return change;
    }

    // Turns the alignment into changes, in B order, delivering them to `partial` in batches.
    // `tokenRanges` (optional) gets each change's token ranges, for chains.
    std::vector<Change> buildChanges(const Side& A, const Side& B, const std::vector<Seg>& segs,
                                     std::vector<Seg>* tokenRanges, bool deliverPartial)
    {
        cacheDocA_ = A.doc;
        partyCacheA_.clear();
        partyCacheB_.clear();
        std::vector<Hunk> hunks;
        for (const Seg& s : segs)
            if (!s.equal && useful(A, s, B))
                hunks.push_back(Hunk{s});
        if (options_.detectMoves)
            detectMoves(hunks, A, B);
        std::vector<Change> changes;
        std::size_t delivered = 0;
        for (std::size_t h = 0; h < hunks.size(); ++h) {
            if ((h & 31) == 0) {
                if (cancelled())
                    return changes;
                progress(double(h) / double(hunks.size()));
                if (deliverPartial && control_.partial && changes.size() > delivered) {
                    control_.partial(std::vector<Change>(
                        changes.begin() + static_cast<std::ptrdiff_t>(delivered), changes.end()));
                    delivered = changes.size();
                }
            }
            const Hunk& hunk = hunks[h];
            if (hunk.movePartner >= 0 && !hunk.isMoveArrival)
                continue; // reported where the block arrived
            Seg range = hunk.seg;
            if (hunk.isMoveArrival) {
                const Seg& from = hunks[static_cast<std::size_t>(hunk.movePartner)].seg;
                changes.push_back(makeMove(A, from, B, hunk.seg));
                range.a0 = from.a0;
                range.a1 = from.a1;
            } else {
                changes.push_back(makeChange(A, hunk.seg, B));
            }
            changes.back().index = static_cast<int>(changes.size()) - 1;
            if (tokenRanges)
                tokenRanges->push_back(range);
        }
        if (deliverPartial && control_.partial && changes.size() > delivered)
            control_.partial(
                std::vector<Change>(changes.begin() + static_cast<std::ptrdiff_t>(delivered), changes.end()));
        progress(1.0);
        return changes;
    }

private:
    const DiffOptions& options_;
    const DiffControl& control_;
    TokenInterner interner_;
    std::unordered_map<std::uint64_t, int> unitIds_;
    double stageBase_ = 0, stageSpan_ = 1, lastProgress_ = -1;
    const Document* cacheDocA_ = nullptr;
    std::unordered_map<int, std::vector<std::pair<int, int>>> partyCacheA_, partyCacheB_;
};

DiffSummary summarize(const std::vector<Change>& changes)
{
    DiffSummary summary;
    for (const Change& change : changes) {
        switch (change.type) {
        case ChangeType::Insert:
            ++summary.inserts;
            break;
        case ChangeType::Delete:
            ++summary.deletes;
            break;
        case ChangeType::Replace:
            ++summary.replaces;
            break;
        case ChangeType::Move:
            ++summary.moves;
            break;
        case ChangeType::Punctuation:
            ++summary.punctuation;
            break;
        }
        if (change.material)
            ++summary.material;
    }
    return summary;
}

} // namespace

DiffResult diffDocuments(const Document& a, const Document& b, const DiffOptions& options,
                         const DiffControl& control)
{
    QElapsedTimer timer;
    timer.start();
    DiffResult result;
    result.options = options;
    Engine engine(options, control);
    Side A, B;
    engine.setStage(0, 0.15);
    if (!engine.prepare(A, a)) {
        result.cancelled = true;
        return result;
    }
    engine.setStage(0.15, 0.15);
    if (!engine.prepare(B, b)) {
        result.cancelled = true;
        return result;
    }
    result.tokensA = A.size();
    result.tokensB = B.size();
    engine.setStage(0.3, 0.5);
    const std::vector<Seg> segs = engine.align(A, B);
    if (engine.cancelled()) {
        result.cancelled = true;
        return result;
    }
    engine.setStage(0.8, 0.2);
    result.changes = engine.buildChanges(A, B, segs, nullptr, true);
    result.cancelled = engine.cancelled();
    result.summary = summarize(result.changes);
    result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

DiffResult diffInChain(const std::vector<const Document*>& versions, int from, int to,
                       const DiffOptions& options, const DiffControl& control)
{
    QElapsedTimer timer;
    timer.start();
    DiffResult result;
    result.options = options;
    const int count = static_cast<int>(versions.size());
    if (from < 0 || to < 0 || from >= count || to >= count)
        return result;
    Engine engine(options, control);
    const int step = from <= to ? 1 : -1;
    const int versionsUsed = std::abs(to - from) + 1;
    std::vector<Side> sides(static_cast<std::size_t>(count));
    auto side = [&](int v) -> Side& { return sides[static_cast<std::size_t>(v)]; };
    int done = 0;
    const double stages = versionsUsed + versionsUsed; // preparing each version, then each diff
    for (int v = from;; v += step) {
        engine.setStage(done++ / stages, 1 / stages);
        if (!engine.prepare(side(v), *versions[static_cast<std::size_t>(v)])) {
            result.cancelled = true;
            return result;
        }
        if (v == to)
            break;
    }
    // Each step's alignment, as a map from the later version's tokens to the earlier one's
    // (-1 where the step changed the token) and back.
    struct StepMap
    {
        std::vector<int> back;    // token of v+step → token of v
        std::vector<int> forward; // token of v → token of v+step
    };
    std::vector<StepMap> maps;
    for (int v = from; v != to; v += step) {
        engine.setStage(done++ / stages, 1 / stages);
        const Side& older = side(v);
        const Side& newer = side(v + step);
        const std::vector<Seg> segs = engine.align(older, newer);
        if (engine.cancelled()) {
            result.cancelled = true;
            return result;
        }
        StepMap map;
        map.back.assign(static_cast<std::size_t>(newer.size()), -1);
        map.forward.assign(static_cast<std::size_t>(older.size()), -1);
        for (const Seg& s : segs)
            if (s.equal)
                for (int i = 0; i < s.a1 - s.a0; ++i) {
                    map.back[static_cast<std::size_t>(s.b0 + i)] = s.a0 + i;
                    map.forward[static_cast<std::size_t>(s.a0 + i)] = s.b0 + i;
                }
        maps.push_back(std::move(map));
    }
    engine.setStage(done / stages, 1 - done / stages);
    const Side& A = side(from);
    const Side& B = side(to);
    result.tokensA = A.size();
    result.tokensB = B.size();
    const std::vector<Seg> segs = engine.align(A, B);
    if (engine.cancelled()) {
        result.cancelled = true;
        return result;
    }
    std::vector<Seg> ranges;
    result.changes = engine.buildChanges(A, B, segs, &ranges, false);
    if (engine.cancelled()) {
        result.cancelled = true;
        return result;
    }
    const int steps = static_cast<int>(maps.size());
    for (std::size_t c = 0; c < result.changes.size(); ++c) {
        const Seg& r = ranges[c];
        int introduced = -1;
        if (r.b0 < r.b1) {
            // Walk the arrived text back until a step shows it changing.
            std::vector<int> tokens;
            for (int t = r.b0; t < r.b1; ++t)
                tokens.push_back(t);
            for (int s = steps - 1; s >= 0 && introduced < 0; --s) {
                for (int& t : tokens) {
                    const int older = maps[static_cast<std::size_t>(s)].back[static_cast<std::size_t>(t)];
                    if (older < 0) {
                        introduced = from + (s + 1) * step;
                        break;
                    }
                    t = older;
                }
            }
        } else {
            // A deletion: walk the removed text forward until a step removes it.
            std::vector<int> tokens;
            for (int t = r.a0; t < r.a1; ++t)
                tokens.push_back(t);
            for (int s = 0; s < steps && introduced < 0; ++s) {
                for (int& t : tokens) {
                    const int newer = maps[static_cast<std::size_t>(s)].forward[static_cast<std::size_t>(t)];
                    if (newer < 0) {
                        introduced = from + (s + 1) * step;
                        break;
                    }
                    t = newer;
                }
            }
        }
        result.changes[c].introducedIn = introduced >= 0 ? introduced : to;
    }
    result.summary = summarize(result.changes);
    if (control.partial && !result.changes.empty())
        control.partial(result.changes);
    if (control.progress)
        control.progress(1.0);
    result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

namespace {

// Characters of compared (not excluded) text between two positions of `document`, from <= to.
qint64 comparedCharsBetween(const Document& document, TextPos from, TextPos to)
{
    const int count = static_cast<int>(document.paragraphs.size());
    qint64 chars = 0;
    for (int p = std::max(0, from.paragraph); p <= to.paragraph && p < count; ++p) {
        const Paragraph& paragraph = document.paragraphs[static_cast<std::size_t>(p)];
        if (paragraph.excluded)
            continue;
        const qint64 begin = p == from.paragraph ? from.offset : 0;
        const qint64 end = p == to.paragraph ? to.offset : paragraph.text.size();
        chars += std::max<qint64>(0, end - begin);
    }
    return chars;
}

TextPos endOf(const Document& document)
{
    if (document.paragraphs.empty())
        return {};
    const int last = static_cast<int>(document.paragraphs.size()) - 1;
    return {last, static_cast<int>(document.paragraphs.back().text.size())};
}

} // namespace

PreliminaryResult diffPreliminary(const Document& aPrefix, const Document& bPrefix,
                                  const DiffOptions& options, int horizonChars,
                                  const std::atomic_bool* cancel)
{
    PreliminaryResult preliminary;
    // Without move detection every change stays in the order of both sides, so the text between
    // two neighbouring changes is equal on both; move candidates are held back below instead.
    DiffOptions plain = options;
    plain.detectMoves = false;
    DiffControl control;
    control.cancel = cancel;
    DiffResult result = diffDocuments(aPrefix, bPrefix, plain, control);
    if (result.cancelled) {
        preliminary.cancelled = true;
        return preliminary;
    }
    const std::vector<Change>& changes = result.changes;
    // Gap g lies before change g (g == size: after the last one, up to the end of both prefixes).
    // Keep the changes before the last gap that is long enough on both sides.
    std::size_t keep = 0;
    TextPos previousA, previousB;
    for (std::size_t g = 0; g <= changes.size(); ++g) {
        const TextPos nextA = g < changes.size() ? changes[g].a.begin : endOf(aPrefix);
        const TextPos nextB = g < changes.size() ? changes[g].b.begin : endOf(bPrefix);
        const qint64 equal = std::min(comparedCharsBetween(aPrefix, previousA, nextA),
                                      comparedCharsBetween(bPrefix, previousB, nextB));
        if (equal >= horizonChars) {
            keep = g;
            preliminary.horizonA = nextA;
            preliminary.horizonB = nextB;
        }
        if (g < changes.size()) {
            previousA = std::max(previousA, changes[g].a.end);
            previousB = std::max(previousB, changes[g].b.end);
        }
    }
    // A block this long might be one side of a move whose other side is not read yet. The
    // engine measures blocks in compared characters; half the threshold in UTF-16 units is safe.
    const int moveCandidate = options.detectMoves ? std::max(1, options.moveMinChars / 2) : INT_MAX;
    for (std::size_t i = 0; i < keep; ++i) {
        const Change& change = changes[i];
        if ((change.type == ChangeType::Delete && change.aText.size() >= moveCandidate) ||
            (change.type == ChangeType::Insert && change.bText.size() >= moveCandidate))
            continue;
        preliminary.changes.push_back(change);
        preliminary.changes.back().index = static_cast<int>(preliminary.changes.size()) - 1;
    }
    return preliminary;
}

std::shared_ptr<PreliminaryComparison> PreliminaryComparison::create(const DiffOptions& options,
                                                                     Callback onResult, int horizonChars)
{
    return std::make_shared<PreliminaryComparison>(options, std::move(onResult), horizonChars);
}

PreliminaryComparison::PreliminaryComparison(const DiffOptions& options, Callback onResult, int horizonChars)
    : options_(options), onResult_(std::move(onResult)), horizonChars_(horizonChars)
{}

void PreliminaryComparison::offer(int side, std::shared_ptr<const Document> snapshot)
{
    if (stopped_ || (side != 0 && side != 1) || !snapshot)
        return;
    {
        const std::lock_guard lock(mutex_);
        latest_[static_cast<std::size_t>(side)] = std::move(snapshot);
        fresh_ = true;
        if (running_ || !latest_[0] || !latest_[1])
            return;
        running_ = true;
    }
    // The loaders may hold every pool thread: a thread of its own, beyond the pool's limit, so the
    // first results do not wait for a load to finish.
    QThreadPool* pool = QThreadPool::globalInstance();
    pool->reserveThread();
    pool->startOnReservedThread([self = shared_from_this()] { self->run(); });
}

void PreliminaryComparison::stop()
{
    stopped_ = true;
}

void PreliminaryComparison::run()
{
    for (;;) {
        std::shared_ptr<const Document> a, b;
        {
            const std::lock_guard lock(mutex_);
            if (stopped_ || !fresh_) {
                running_ = false;
                return;
            }
            fresh_ = false;
            a = latest_[0];
            b = latest_[1];
        }
        const PreliminaryResult result = diffPreliminary(*a, *b, options_, horizonChars_, &stopped_);
        if (!result.cancelled && !stopped_ && onResult_)
            onResult_(result, a, b);
    }
}

} // namespace ws::documents
