#include "shell/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>

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

    auto* general = new QWidget(this);
    general->setLayout(form);
    tabs_ = new QTabWidget(this);
    tabs_->addTab(general, tr("General"));
    marketDataPage_ = buildMarketDataPage(current.marketData);
    tabs_->addTab(marketDataPage_, tr("Market data"));

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        const QFileInfo dir(dataDir_->text());
        if (dataDir_->text().isEmpty() || (dir.exists() && (!dir.isDir() || !dir.isWritable()))) {
            tabs_->setCurrentIndex(0);
            QMessageBox::warning(this, tr("Settings"), tr("The data directory must be a writable folder."));
            return;
        }
        if (!marketDataProblems().isEmpty()) {
            tabs_->setCurrentWidget(marketDataPage_);
            return;
        }
        accept();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);
    layout->addWidget(buttons_);
    updateMarketDataState();
}

QWidget* SettingsDialog::buildMarketDataPage(const md::MarketDataSettings& current)
{
    using md::MarketDataSource;
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("marketDataPage"));
    source_ = new QComboBox(page);
    source_->addItem(tr("Demo (the built-in simulator)"),
                     QVariant::fromValue(static_cast<int>(MarketDataSource::Demo)));
    source_->addItem(tr("FPGA appliance (UDP multicast)"),
                     QVariant::fromValue(static_cast<int>(MarketDataSource::Appliance)));
    source_->addItem(tr("MDGW (SZSE Binary over TCP)"),
                     QVariant::fromValue(static_cast<int>(MarketDataSource::Mdgw)));
    source_->addItem(tr("None"), QVariant::fromValue(static_cast<int>(MarketDataSource::None)));
    source_->setCurrentIndex(std::max(0, source_->findData(static_cast<int>(current.source))));

    auto port = [page](int value, int minimum) {
        auto* box = new QSpinBox(page);
        box->setRange(minimum, 65535);
        box->setValue(std::clamp(value, minimum, 65535));
        return box;
    };
    applianceBox_ = new QGroupBox(tr("FPGA appliance"), page);
    groupA_ = new QLineEdit(current.groupA, applianceBox_);
    groupB_ = new QLineEdit(current.groupB, applianceBox_);
    groupA_->setPlaceholderText(QStringLiteral("239.77.0.1"));
    groupB_->setPlaceholderText(QStringLiteral("239.77.0.2"));
    appliancePort_ = port(current.appliancePort, 0);
    interface_ = new QLineEdit(current.interfaceAddress, applianceBox_);
    interface_->setPlaceholderText(QStringLiteral("10.0.0.21"));
    recovery_ =
        new QLineEdit(current.recoveryPort == 0
                          ? QString()
                          : QStringLiteral("%1:%2").arg(current.recoveryHost).arg(current.recoveryPort),
                      applianceBox_);
    recovery_->setPlaceholderText(tr("HOST:PORT, empty for none"));
    recoveryHostWhenNone_ = current.recoveryHost;
    auto* applianceForm = new QFormLayout(applianceBox_);
    applianceForm->addRow(tr("Multicast group A"), groupA_);
    applianceForm->addRow(tr("Multicast group B"), groupB_);
    applianceForm->addRow(tr("Port"), appliancePort_);
    applianceForm->addRow(tr("Interface address"), interface_);
    applianceForm->addRow(tr("Recovery service"), recovery_);

    mdgwBox_ = new QGroupBox(tr("MDGW (SZSE Binary)"), page);
    mdgwHost_ = new QLineEdit(current.mdgwHost, mdgwBox_);
    mdgwPort_ = port(current.mdgwPort, 0);
    senderCompId_ = new QLineEdit(current.senderCompId, mdgwBox_);
    targetCompId_ = new QLineEdit(current.targetCompId, mdgwBox_);
    senderCompId_->setMaxLength(20);
    targetCompId_->setMaxLength(20);
    heartBtInt_ = new QSpinBox(mdgwBox_);
    heartBtInt_->setRange(1, 3600);
    heartBtInt_->setSuffix(tr(" s"));
    heartBtInt_->setValue(std::clamp(current.heartBtInt, 1, 3600));
    auto* mdgwForm = new QFormLayout(mdgwBox_);
    mdgwForm->addRow(tr("Host"), mdgwHost_);
    mdgwForm->addRow(tr("Port"), mdgwPort_);
    mdgwForm->addRow(tr("SenderCompID"), senderCompId_);
    mdgwForm->addRow(tr("TargetCompID"), targetCompId_);
    mdgwForm->addRow(tr("HeartBtInt"), heartBtInt_);

    lowLatency_ =
        new QCheckBox(tr("Low latency: one core busy-polls the feed and updates the books itself"), page);
    lowLatency_->setObjectName(QStringLiteral("lowLatency"));
    lowLatency_->setToolTip(tr("No hand-over between threads and no wake-up: the lowest latency from the "
                               "network to the book, for a core kept at 100 %. For a desktop with cores to "
                               "spare, not for a laptop on battery."));
    lowLatency_->setChecked(current.lowLatency);

    auto* note = new QLabel(tr("OK reconnects at once: the panels start afresh from the new source. Options "
                               "given on the command line (--market-data, --appliance, --mdgw, …) override "
                               "these settings for that run."),
                            page);
    note->setWordWrap(true);
    note->setEnabled(false);
    problems_ = new QLabel(page);
    problems_->setObjectName(QStringLiteral("marketDataProblems"));
    problems_->setWordWrap(true);
    problems_->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto* sourceForm = new QFormLayout;
    sourceForm->addRow(tr("Source"), source_);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(sourceForm);
    layout->addWidget(applianceBox_);
    layout->addWidget(mdgwBox_);
    layout->addWidget(lowLatency_);
    layout->addWidget(problems_);
    layout->addWidget(note);
    layout->addStretch(1);

    connect(source_, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateMarketDataState);
    for (QLineEdit* e : {groupA_, groupB_, interface_, recovery_, mdgwHost_, senderCompId_, targetCompId_})
        connect(e, &QLineEdit::textChanged, this, &SettingsDialog::updateMarketDataState);
    for (QSpinBox* b : {appliancePort_, mdgwPort_, heartBtInt_})
        connect(b, &QSpinBox::valueChanged, this, &SettingsDialog::updateMarketDataState);
    return page;
}

md::MarketDataSettings SettingsDialog::marketDataValues() const
{
    md::MarketDataSettings m;
    m.source = static_cast<md::MarketDataSource>(source_->currentData().toInt());
    m.groupA = groupA_->text().trimmed();
    m.groupB = groupB_->text().trimmed();
    m.appliancePort = appliancePort_->value();
    m.interfaceAddress = interface_->text().trimmed();
    const QString recovery = recovery_->text().trimmed();
    const qsizetype colon = recovery.lastIndexOf(QLatin1Char(':'));
    if (recovery.isEmpty() || colon <= 0) {
        m.recoveryHost = recovery.isEmpty() ? recoveryHostWhenNone_ : recovery;
        m.recoveryPort = 0;
    } else {
        m.recoveryHost = recovery.left(colon);
        bool ok = false;
        m.recoveryPort = recovery.mid(colon + 1).toInt(&ok);
        if (!ok)
            m.recoveryPort = 0;
    }
    m.mdgwHost = mdgwHost_->text().trimmed();
    m.mdgwPort = mdgwPort_->value();
    m.senderCompId = senderCompId_->text().trimmed();
    m.targetCompId = targetCompId_->text().trimmed();
    m.heartBtInt = heartBtInt_->value();
    m.lowLatency = lowLatency_->isChecked();
    return m;
}

QStringList SettingsDialog::marketDataProblems() const
{
    const md::MarketDataSettings m = marketDataValues();
    QStringList problems;
    if (m.source == md::MarketDataSource::Appliance) {
        // HOST:PORT or nothing; a port the settings cannot hold is reported by validate().
        const QString recovery = recovery_->text().trimmed();
        const qsizetype colon = recovery.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int p = colon > 0 ? recovery.mid(colon + 1).toInt(&ok) : 0;
        if (!recovery.isEmpty() && (colon <= 0 || !ok || p == 0))
            problems
                << tr("The recovery service '%1' is not HOST:PORT (a port of 1 to 65535).").arg(recovery);
    }
    problems << m.validate();
    return problems;
}

void SettingsDialog::updateMarketDataState()
{
    const auto source = static_cast<md::MarketDataSource>(source_->currentData().toInt());
    applianceBox_->setEnabled(source == md::MarketDataSource::Appliance);
    mdgwBox_->setEnabled(source == md::MarketDataSource::Mdgw);
    const QStringList problems = marketDataProblems();
    problems_->setText(problems.join(QLatin1Char('\n')));
    problems_->setVisible(!problems.isEmpty());
    if (buttons_)
        buttons_->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

SettingsDialog::Values SettingsDialog::values() const
{
    return {QDir::cleanPath(dataDir_->text()), language_->currentData().toString(),
            theme_->currentData().toString(), fontSize_->value(), marketDataValues()};
}

SettingsDialog::Values SettingsDialog::load(const QString& effectiveDataDir)
{
    QSettings s;
    return {s.value(QStringLiteral("data/dir"), effectiveDataDir).toString(),
            s.value(QStringLiteral("ui/language")).toString(),
            s.value(QStringLiteral("ui/theme"), QStringLiteral("light")).toString(),
            s.value(QStringLiteral("ui/fontSize"), 0).toInt(), md::MarketDataSettings::load()};
}

void SettingsDialog::save(const Values& v)
{
    QSettings s;
    s.setValue(QStringLiteral("data/dir"), v.dataDir);
    s.setValue(QStringLiteral("ui/language"), v.language);
    s.setValue(QStringLiteral("ui/theme"), v.theme);
    s.setValue(QStringLiteral("ui/fontSize"), v.fontSize);
    v.marketData.save();
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
    changes << before.marketData.describeChanges(after.marketData);
    return changes.join(QStringLiteral("; "));
}

} // namespace ws::widgets
