#include "documents/Tokenizer.h"

#include <QChar>

#include <array>

namespace ws::documents {

QString tokenClassKey(TokenClass cls)
{
    switch (cls) {
    case TokenClass::Cjk:
        return QStringLiteral("cjk");
    case TokenClass::Word:
        return QStringLiteral("word");
    case TokenClass::Number:
        return QStringLiteral("number");
    case TokenClass::Date:
        return QStringLiteral("date");
    case TokenClass::Percent:
        return QStringLiteral("percent");
    case TokenClass::Amount:
        return QStringLiteral("amount");
    case TokenClass::Punct:
        return QStringLiteral("punct");
    }
    return {};
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3FFFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007 || c == 0x3005;
}

bool isCjkLetter(char32_t c)
{
    return isHan(c) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0x3100 && c <= 0x312F) || c == 0x3006;
}

bool isTokenSpace(char32_t c)
{
    // Zero-width space, BOM and soft hyphen are layout, never visible content.
    return c == 0x3000 || c == 0x200B || c == 0xFEFF || c == 0x00AD || QChar::isSpace(c);
}

char32_t normalizeCodePoint(char32_t c, Normalization norm)
{
    if (norm.width) {
        if (c >= 0xFF01 && c <= 0xFF5E)
            c -= 0xFEE0;
        else if (c == 0x3000)
            c = 0x20;
        else if (c >= 0xFFE0 && c <= 0xFFE6) {
            static constexpr std::array<char32_t, 7> signs{0xA2, 0xA3, 0xAC, 0xAF, 0xA6, 0xA5, 0x20A9};
            c = signs[c - 0xFFE0];
        } else if (c >= 0xFF61 && c <= 0xFF65) {
            static constexpr std::array<char32_t, 5> marks{0x3002, 0x300C, 0x300D, 0x3001, 0x30FB};
            c = marks[c - 0xFF61];
        }
    }
    if (norm.caseFold)
        c = QChar::toLower(c);
    return c;
}

namespace {

char32_t codePointAt(QStringView t, qsizetype i, int& len)
{
    const char16_t c = t[i].unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < t.size() && QChar::isLowSurrogate(t[i + 1].unicode())) {
        len = 2;
        return QChar::surrogateToUcs4(c, t[i + 1].unicode());
    }
    len = 1;
    return c;
}

// Full-width digits and letters classify like their ASCII forms whatever the normalisation.
char32_t foldForm(char32_t c)
{
    return (c >= 0xFF01 && c <= 0xFF5E) ? c - 0xFEE0 : c;
}

char32_t at(QStringView t, qsizetype i)
{
    return i < t.size() ? foldForm(t[i].unicode()) : 0;
}

bool isDigitAt(QStringView t, qsizetype i)
{
    const char32_t c = at(t, i);
    return c >= '0' && c <= '9';
}

qsizetype digitRunEnd(QStringView t, qsizetype i)
{
    while (isDigitAt(t, i))
        ++i;
    return i;
}

bool isWordChar(char32_t c)
{
    c = foldForm(c);
    return !isCjkLetter(c) && (QChar::isLetterOrNumber(c) || QChar::isMark(c));
}

// Up to `maxDigits` digits then `unit`: returns the end, or -1.
qsizetype digitsThen(QStringView t, qsizetype i, int maxDigits, char32_t unit)
{
    const qsizetype e = digitRunEnd(t, i);
    if (e == i || e - i > maxDigits || at(t, e) != unit)
        return -1;
    return e + 1;
}

// A date starting at the digit at i: 2021年6月30日, 2021年6月, 2021年, 6月30日, 2021-06-30, 2021/6/30.
qsizetype scanDate(QStringView t, qsizetype i)
{
    const qsizetype e = digitRunEnd(t, i);
    const qsizetype n = e - i;
    if (n == 4 && at(t, e) == U'年') {
        int year = 0;
        for (qsizetype k = i; k < e; ++k)
            year = year * 10 + static_cast<int>(at(t, k) - '0');
        qsizetype end = e + 1;
        const qsizetype month = digitsThen(t, end, 2, U'月');
        if (month > 0) {
            end = month;
            const qsizetype day = digitsThen(t, end, 2, U'日');
            if (day > 0)
                end = day;
            return end;
        }
        return (year >= 1900 && year <= 2199) ? end : -1;
    }
    if (n == 4 && (at(t, e) == '-' || at(t, e) == '/' || at(t, e) == '.')) {
        const char32_t sep = at(t, e);
        const qsizetype m = digitRunEnd(t, e + 1);
        if (m - (e + 1) >= 1 && m - (e + 1) <= 2 && at(t, m) == sep) {
            const qsizetype d = digitRunEnd(t, m + 1);
            if (d - (m + 1) >= 1 && d - (m + 1) <= 2)
                return d;
        }
        return -1;
    }
    if (n >= 1 && n <= 2 && at(t, e) == U'月') {
        const qsizetype day = digitsThen(t, e + 1, 2, U'日');
        if (day > 0)
            return day;
    }
    return -1;
}

struct Unit
{
    std::u16string_view text;
    TokenClass cls;
};

// Longest first: the scan takes the first unit that matches.
constexpr std::array<Unit, 40> units{{
    {u"个百分点", TokenClass::Percent}, {u"个工作日", TokenClass::Number}, {u"个交易日", TokenClass::Number},
    {u"万亿元", TokenClass::Amount},    {u"亿美元", TokenClass::Amount},   {u"万美元", TokenClass::Amount},
    {u"亿港元", TokenClass::Amount},    {u"万港元", TokenClass::Amount},   {u"百分点", TokenClass::Percent},
    {u"工作日", TokenClass::Number},    {u"交易日", TokenClass::Number},   {u"亿元", TokenClass::Amount},
    {u"万元", TokenClass::Amount},      {u"千元", TokenClass::Amount},     {u"百万", TokenClass::Amount},
    {u"万亿", TokenClass::Amount},      {u"美元", TokenClass::Amount},     {u"港元", TokenClass::Amount},
    {u"欧元", TokenClass::Amount},      {u"个月", TokenClass::Number},     {u"亿", TokenClass::Amount},
    {u"万", TokenClass::Amount},        {u"千", TokenClass::Amount},       {u"元", TokenClass::Amount},
    {u"%", TokenClass::Percent},        {u"％", TokenClass::Percent},      {u"‰", TokenClass::Percent},
    {u"条", TokenClass::Number},        {u"款", TokenClass::Number},       {u"项", TokenClass::Number},
    {u"年", TokenClass::Number},        {u"日", TokenClass::Number},       {u"天", TokenClass::Number},
    {u"份", TokenClass::Number},        {u"次", TokenClass::Number},       {u"倍", TokenClass::Number},
    {u"名", TokenClass::Number},        {u"家", TokenClass::Number},       {u"章", TokenClass::Number},
    {u"节", TokenClass::Number},
}};

bool startsWith(QStringView t, qsizetype i, std::u16string_view s)
{
    if (i + static_cast<qsizetype>(s.size()) > t.size())
        return false;
    for (std::size_t k = 0; k < s.size(); ++k)
        if (t[i + static_cast<qsizetype>(k)].unicode() != s[k])
            return false;
    return true;
}

bool isSign(char32_t c)
{
    return c == '+' || c == '-' || c == 0x2212;
}

bool isCurrency(char32_t c)
{
    return c == 0xA5 || c == 0xFFE5 || c == '$';
}

// A number token starting at i (which may be a sign, a currency sign or 第): returns the end and
// sets `cls`, or returns -1 when no number starts here.
qsizetype scanNumber(QStringView t, qsizetype i, TokenClass& cls)
{
    qsizetype j = i;
    bool currency = false;
    bool ordinal = false;
    const char32_t c = at(t, j);
    if (isSign(c) || isCurrency(c) || c == U'第') {
        if (!isDigitAt(t, j + 1))
            return -1;
        if (isSign(c) && i > 0 && isWordChar(t[i - 1].unicode()))
            return -1; // "A-3" is a word, a hyphen and a number
        currency = isCurrency(c);
        ordinal = c == U'第';
        ++j;
    } else if (!isDigitAt(t, j)) {
        return -1;
    }
    if (!currency && !ordinal && !isSign(c)) {
        const qsizetype date = scanDate(t, j);
        if (date > 0) {
            cls = TokenClass::Date;
            return date;
        }
    }
    j = digitRunEnd(t, j);
    // Thousands separators: a comma followed by exactly three digits.
    while (at(t, j) == ',' && digitRunEnd(t, j + 1) == j + 4)
        j += 4;
    if (at(t, j) == '.' && isDigitAt(t, j + 1))
        j = digitRunEnd(t, j + 1);
    cls = currency ? TokenClass::Amount : TokenClass::Number;
    for (const Unit& unit : units) {
        if (startsWith(t, j, unit.text)) {
            j += static_cast<qsizetype>(unit.text.size());
            if (!currency || unit.cls == TokenClass::Percent)
                cls = unit.cls;
            // 15.1亿 may go on with 元: 亿 and 万 are magnitudes, 元 is the currency.
            if ((unit.text == u"亿" || unit.text == u"万" || unit.text == u"千") && at(t, j) == U'元')
                ++j;
            break;
        }
    }
    return j;
}

} // namespace

void tokenize(QStringView text, int paragraph, std::vector<Token>& out)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        int len = 1;
        const char32_t raw = codePointAt(text, i, len);
        if (isTokenSpace(raw)) {
            i += len;
            continue;
        }
        const char32_t c = foldForm(raw);
        TokenClass cls = TokenClass::Punct;
        qsizetype end = -1;
        if ((c >= '0' && c <= '9') || isSign(c) || isCurrency(raw) || c == U'第')
            end = scanNumber(text, i, cls);
        if (end < 0) {
            if (isCjkLetter(c)) {
                cls = TokenClass::Cjk;
                end = i + len;
            } else if (isWordChar(c)) {
                cls = TokenClass::Word;
                end = i + len;
                while (end < n) {
                    int l = 1;
                    const char32_t next = codePointAt(text, end, l);
                    if (!isWordChar(next))
                        break;
                    end += l;
                }
            } else {
                cls = TokenClass::Punct;
                end = i + len;
            }
        }
        out.push_back(Token{paragraph, static_cast<int>(i), static_cast<int>(end), cls});
        i = end;
    }
}

std::vector<Token> tokenize(QStringView text, int paragraph)
{
    std::vector<Token> out;
    tokenize(text, paragraph, out);
    return out;
}

int TokenInterner::intern(QStringView tokenText)
{
    if (tokenText.size() == 1)
        return static_cast<int>(normalizeCodePoint(tokenText[0].unicode(), norm_));
    if (tokenText.size() == 2 && tokenText[0].isHighSurrogate() && tokenText[1].isLowSurrogate())
        return static_cast<int>(
            normalizeCodePoint(QChar::surrogateToUcs4(tokenText[0], tokenText[1]), norm_));
    scratch_.clear();
    for (qsizetype i = 0; i < tokenText.size();) {
        int len = 1;
        const char32_t c = normalizeCodePoint(codePointAt(tokenText, i, len), norm_);
        if (QChar::requiresSurrogates(c)) {
            scratch_.push_back(QChar::highSurrogate(c));
            scratch_.push_back(QChar::lowSurrogate(c));
        } else {
            scratch_.push_back(static_cast<char16_t>(c));
        }
        i += len;
    }
    const auto found = ids_.find(std::u16string_view(scratch_));
    if (found != ids_.end())
        return found->second;
    pool_.push_back(scratch_);
    const int id = 0x110000 + static_cast<int>(ids_.size());
    ids_.emplace(std::u16string_view(pool_.back()), id);
    return id;
}

} // namespace ws::documents
