#include "reference/Pinyin.h"

#include <iconv.h>

#include <array>
#include <unordered_map>

namespace ws::reference {

namespace {

// GB2312 orders its 3,755 level-1 characters (rows 16-55, codes 0xB0A1-0xD7F9) by pinyin, so the
// first code of each initial bounds a range. I, U and V begin no Mandarin syllable.
struct Range
{
    unsigned first;
    char initial;
};
constexpr std::array<Range, 23> kLevel1{{
    {0xB0A1, 'A'}, {0xB0C5, 'B'}, {0xB2C1, 'C'}, {0xB4EE, 'D'}, {0xB6EA, 'E'}, {0xB7A2, 'F'},
    {0xB8C1, 'G'}, {0xB9FE, 'H'}, {0xBBF7, 'J'}, {0xBFA6, 'K'}, {0xC0AC, 'L'}, {0xC2E8, 'M'},
    {0xC4C3, 'N'}, {0xC5B6, 'O'}, {0xC5BE, 'P'}, {0xC6DA, 'Q'}, {0xC8BB, 'R'}, {0xC8F6, 'S'},
    {0xCBFA, 'T'}, {0xCDDA, 'W'}, {0xCEF4, 'X'}, {0xD1B9, 'Y'}, {0xD4D1, 'Z'},
}};
constexpr unsigned kLevel1Last = 0xD7F9;

// Readings that differ from GB2312's sort position in company and place names (银行 háng,
// 重庆 chóng, 长江 cháng, 厦门 xià, 西藏 zàng), and level-2 characters common in names, which
// GB2312 sorts by radical rather than by sound.
const std::unordered_map<char32_t, char>& overrides()
{
    static const std::unordered_map<char32_t, char> table{
        {U'行', 'H'}, {U'重', 'C'}, {U'长', 'C'}, {U'厦', 'X'}, {U'藏', 'Z'}, {U'乐', 'L'},
        {U'鑫', 'X'}, {U'晟', 'S'}, {U'昊', 'H'}, {U'泓', 'H'}, {U'琪', 'Q'}, {U'钰', 'Y'},
        {U'珑', 'L'}, {U'璟', 'J'}, {U'骅', 'H'}, {U'沣', 'F'}, {U'濠', 'H'}, {U'烨', 'Y'},
        {U'煜', 'Y'}, {U'翊', 'Y'}, {U'琦', 'Q'}, {U'铖', 'C'}, {U'埃', 'A'}, {U'璞', 'P'},
        {U'邦', 'B'}, {U'蓝', 'L'}, {U'迈', 'M'}, {U'禾', 'H'}, {U'芯', 'X'}, {U'汇', 'H'},
    };
    return table;
}

class Gb18030Encoder
{
public:
    Gb18030Encoder() : cd_(iconv_open("GB18030", "UTF-32LE")) {}
    ~Gb18030Encoder()
    {
        if (cd_ != reinterpret_cast<iconv_t>(-1))
            iconv_close(cd_);
    }
    Gb18030Encoder(const Gb18030Encoder&) = delete;
    Gb18030Encoder& operator=(const Gb18030Encoder&) = delete;

    // The two-byte GB code of `ch`, or 0 when it has none.
    unsigned encode(char32_t ch)
    {
        if (cd_ == reinterpret_cast<iconv_t>(-1))
            return 0;
        std::array<char, 4> in{};
        const auto value = static_cast<std::uint32_t>(ch);
        for (std::size_t i = 0; i < 4; ++i)
            in[i] = static_cast<char>((value >> (8 * i)) & 0xFF);
        std::array<char, 8> out{};
        char* inPtr = in.data();
        char* outPtr = out.data();
        std::size_t inLeft = in.size();
        std::size_t outLeft = out.size();
        iconv(cd_, nullptr, nullptr, nullptr, nullptr); // reset shift state
        if (iconv(cd_, &inPtr, &inLeft, &outPtr, &outLeft) == static_cast<std::size_t>(-1))
            return 0;
        if (out.size() - outLeft != 2)
            return 0;
        return (static_cast<unsigned char>(out[0]) << 8) | static_cast<unsigned char>(out[1]);
    }

private:
    iconv_t cd_;
};

} // namespace

char pinyinInitial(char32_t ch)
{
    if (const auto it = overrides().find(ch); it != overrides().end())
        return it->second;
    if (ch < 0x3400)
        return '\0';
    thread_local Gb18030Encoder encoder;
    const unsigned code = encoder.encode(ch);
    if (code < kLevel1.front().first || code > kLevel1Last)
        return '\0';
    char initial = '\0';
    for (const Range& r : kLevel1) {
        if (code < r.first)
            break;
        initial = r.initial;
    }
    return initial;
}

QString pinyinInitials(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (char32_t ch : text.toUcs4()) {
        if (ch < 0x80) {
            const auto c = static_cast<char>(ch);
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                out.append(QLatin1Char(c));
            else if (c >= 'a' && c <= 'z')
                out.append(QLatin1Char(static_cast<char>(c - 'a' + 'A')));
            continue;
        }
        if (ch >= 0x3400) {
            const char initial = pinyinInitial(ch);
            out.append(QLatin1Char(initial ? initial : '?'));
        }
    }
    return out;
}

} // namespace ws::reference
