#pragma once

#include <QString>

class QApplication;

namespace ws::widgets {

// Language, theme and font size: read from QSettings at start, applied live from the settings
// dialog. Language codes: "" (follow the system), "zh_CN", "en".
namespace appearance {

QString languageSetting();
QString themeSetting(); // "light" or "dark"
int fontSizeSetting();  // points; 0 = the platform default

// Installs the application's and Qt's own translators for `language`; every widget then gets a
// LanguageChange event and re-translates itself. Returns the effective locale name.
QString applyLanguage(const QString& language);
void applyTheme(const QString& theme);
void applyFontSize(int points);
// All three from QSettings (start-up).
void applyAll();

} // namespace appearance
} // namespace ws::widgets
