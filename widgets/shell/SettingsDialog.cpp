#include "shell/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace ws::widgets {

SettingsDialog::SettingsDialog(const Values& current, QWidget* parent)
    : QDialog(parent), dataDir_(new QLineEdit(current.dataDir, this)), language_(new QComboBox(this)),
      theme_(new QComboBox(this)), fontSize_(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Data directory"), dataDir_->text());
        if (!dir.isEmpty())
            dataDir_->setText(dir);
    });
    auto* dirRow = new QHBoxLayout;
    dirRow->addWidget(dataDir_, 1);
    dirRow->addWidget(browse);

    language_->addItem(tr("Follow the system"), QString());
    language_->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->setCurrentIndex(std::max(0, language_->findData(current.language)));
    theme_->addItem(tr("Light"), QStringLiteral("light"));
    theme_->addItem(tr("Dark"), QStringLiteral("dark"));
    theme_->setCurrentIndex(std::max(0, theme_->findData(current.theme)));
    fontSize_->setRange(0, 24);
    fontSize_->setSpecialValueText(tr("Default"));
    fontSize_->setSuffix(tr(" pt"));
    fontSize_->setValue(current.fontSize);

    auto* form = new QFormLayout;
    form->addRow(tr("Data directory"), dirRow);
    auto* note =
        new QLabel(tr("The cache database lives here; a new directory applies at the next start."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(QString(), note);
    form->addRow(tr("Language"), language_);
    form->addRow(tr("Theme"), theme_);
    form->addRow(tr("Font size"), fontSize_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QFileInfo dir(dataDir_->text());
        if (dataDir_->text().isEmpty() || (dir.exists() && (!dir.isDir() || !dir.isWritable()))) {
            QMessageBox::warning(this, tr("Settings"), tr("The data directory must be a writable folder."));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SettingsDialog::Values SettingsDialog::values() const
{
    return {QDir::cleanPath(dataDir_->text()), language_->currentData().toString(),
            theme_->currentData().toString(), fontSize_->value()};
}

SettingsDialog::Values SettingsDialog::load(const QString& effectiveDataDir)
{
    QSettings s;
    return {s.value(QStringLiteral("data/dir"), effectiveDataDir).toString(),
            s.value(QStringLiteral("ui/language")).toString(),
            s.value(QStringLiteral("ui/theme"), QStringLiteral("light")).toString(),
            s.value(QStringLiteral("ui/fontSize"), 0).toInt()};
}

void SettingsDialog::save(const Values& v)
{
    QSettings s;
    s.setValue(QStringLiteral("data/dir"), v.dataDir);
    s.setValue(QStringLiteral("ui/language"), v.language);
    s.setValue(QStringLiteral("ui/theme"), v.theme);
    s.setValue(QStringLiteral("ui/fontSize"), v.fontSize);
}

QString SettingsDialog::describeChanges(const Values& before, const Values& after)
{
    QStringList changes;
    auto add = [&](const char* name, const QString& a, const QString& b) {
        if (a != b)
            changes << QStringLiteral("%1: '%2' -> '%3'").arg(QLatin1String(name), a, b);
    };
    add("data_dir", before.dataDir, after.dataDir);
    add("language", before.language, after.language);
    add("theme", before.theme, after.theme);
    add("font_size", QString::number(before.fontSize), QString::number(after.fontSize));
    return changes.join(QStringLiteral("; "));
}

} // namespace ws::widgets
