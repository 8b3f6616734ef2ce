#pragma once

#include <QString>
#include <QStringView>

namespace ws::reference {

// Pinyin initials of a Chinese name as terminals use them for look-up: "平安银行" -> "PAYH".
// ASCII letters and digits are kept (upper-cased), other symbols dropped. Characters whose initial
// is unknown give '?', so callers and tests can see a gap instead of a silently wrong match.
QString pinyinInitials(QStringView text);

// The initial of one character, or '\0' when unknown (not Chinese, or outside the tables).
char pinyinInitial(char32_t ch);

} // namespace ws::reference
