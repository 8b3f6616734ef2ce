#pragma once

// Tokens for the document diff: each CJK character (and CJK punctuation mark) alone, each Latin
// word, each number together with its sign, separators and unit (15.1亿元, -3.5%, 1,234.56,
// 2021年6月30日, 第3条), each other punctuation mark alone. Whitespace only separates tokens.
// Tokens keep where they sit (paragraph and UTF-16 offsets) so changes map back to the text.

#include <QString>
#include <QStringView>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ws::documents {

enum class TokenClass : std::uint8_t { Cjk, Word, Number, Date, Percent, Amount, Punct };
QString tokenClassKey(TokenClass cls); // "cjk", "word", "number", "date", "percent", "amount", "punct"
inline bool isNumeric(TokenClass cls)
{
    return cls == TokenClass::Number || cls == TokenClass::Date || cls == TokenClass::Percent ||
           cls == TokenClass::Amount;
}

struct Token
{
    int paragraph = 0;
    int begin = 0, end = 0; // UTF-16 offsets [begin, end) in the paragraph's text
    TokenClass cls = TokenClass::Punct;
};

// Appends the tokens of `text`, which is paragraph `paragraph`, to `out`.
void tokenize(QStringView text, int paragraph, std::vector<Token>& out);
std::vector<Token> tokenize(QStringView text, int paragraph = 0);

bool isHan(char32_t c);        // CJK unified ideographs incl. extensions and 〇
bool isCjkLetter(char32_t c);  // Han, kana, hangul, bopomofo: one token per character
bool isTokenSpace(char32_t c); // separates tokens, never a token

struct Normalization
{
    bool width = false; // fold full-width ASCII forms, ideographic space and half-width CJK punctuation
    bool caseFold = false;
};

// Folds one code point as `norm` asks (identity when nothing is switched on).
char32_t normalizeCodePoint(char32_t c, Normalization norm);

// Gives each distinct normalised token text a small integer id, so tokens compare as ints.
// A token of one code point gets the code point itself; longer ones ids from 0x110000 upwards.
class TokenInterner
{
public:
    explicit TokenInterner(Normalization norm = {}) : norm_(norm) {}
    int intern(QStringView tokenText);
    Normalization normalization() const { return norm_; }

private:
    Normalization norm_;
    std::deque<std::u16string> pool_; // deque: growing never moves the strings the keys view
    std::unordered_map<std::u16string_view, int> ids_;
    std::u16string scratch_;
};

} // namespace ws::documents
