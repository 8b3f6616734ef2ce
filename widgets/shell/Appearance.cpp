#include "shell/Appearance.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QTranslator>

#include <memory>

namespace ws::widgets::appearance {

namespace {
std::unique_ptr<QTranslator> g_appTranslator;
std::unique_ptr<QTranslator> g_qtTranslator;
int g_defaultPointSize = 0;
} // namespace

QString languageSetting()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}
QString themeSetting()
{
    return QSettings().value(QStringLiteral("ui/theme"), QStringLiteral("light")).toString();
}
int fontSizeSetting()
{
    return QSettings().value(QStringLiteral("ui/fontSize"), 0).toInt();
}

QString applyLanguage(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    for (auto* t : {&g_appTranslator, &g_qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
    QLocale::setDefault(locale);
    // English is the source language; its translator only supplies plural forms ("1 change",
    // "3 changes"). Everything Chinese loads zh_CN.
    if (locale.language() != QLocale::Chinese) {
        g_appTranslator = std::make_unique<QTranslator>();
        if (g_appTranslator->load(QStringLiteral(":/i18n/workstation_en.qm")))
            QCoreApplication::installTranslator(g_appTranslator.get());
    } else {
        g_appTranslator = std::make_unique<QTranslator>();
        if (g_appTranslator->load(QStringLiteral(":/i18n/workstation_zh_CN.qm")))
            QCoreApplication::installTranslator(g_appTranslator.get());
        g_qtTranslator = std::make_unique<QTranslator>();
        if (g_qtTranslator->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                                 QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qtTranslator.get());
    }
    // Removing translators alone sends no LanguageChange; post one so a switch back to English applies.
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(qApp, &event);
    return locale.name();
}

void applyTheme(const QString& theme)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (theme != QLatin1String("dark")) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6),
        accent(0x3d, 0x8b, 0xfd);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

void applyFontSize(int points)
{
    QFont f = QApplication::font();
    if (g_defaultPointSize == 0)
        g_defaultPointSize = f.pointSize();
    f.setPointSize(points > 0 ? points : g_defaultPointSize);
    QApplication::setFont(f);
}

void applyAll()
{
    applyTheme(themeSetting());
    applyFontSize(fontSizeSetting());
    applyLanguage(languageSetting());
}

} // namespace ws::widgets::appearance
