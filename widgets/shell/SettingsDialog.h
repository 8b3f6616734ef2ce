#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ws::widgets {

// Data directory (applies at the next start), language, theme and font size (apply at once).
// Every change is written to QSettings and recorded in the audit trail by the caller.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        QString dataDir;
        QString language; // "", "zh_CN", "en"
        QString theme;    // "light", "dark"
        int fontSize = 0; // 0 = default
        bool operator==(const Values&) const = default;
    };

    explicit SettingsDialog(const Values& current, QWidget* parent = nullptr);
    Values values() const;
    static Values load(const QString& effectiveDataDir);
    static void save(const Values& v);
    // "language: en -> zh_CN; theme: light -> dark" for the audit trail; empty when nothing changed.
    static QString describeChanges(const Values& before, const Values& after);

    QComboBox* languageBox() const { return language_; }
    QComboBox* themeBox() const { return theme_; }

private:
    QLineEdit* dataDir_;
    QComboBox* language_;
    QComboBox* theme_;
    QSpinBox* fontSize_;
};

} // namespace ws::widgets
