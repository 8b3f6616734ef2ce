#pragma once

#include "md/MarketDataHub.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace ws::widgets {

// Data directory (applies at the next start), language, theme and font size (apply at once), and
// the Level-2 market-data source (the hub reconnects on OK). Every change is written to
// QSettings and recorded in the audit trail by the caller.
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
        md::MarketDataSettings marketData{};
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
    QTabWidget* tabs() const { return tabs_; }
    QWidget* marketDataPage() const { return marketDataPage_; }
    QComboBox* sourceBox() const { return source_; }
    QLineEdit* groupAEdit() const { return groupA_; }
    QLineEdit* groupBEdit() const { return groupB_; }
    QSpinBox* appliancePortBox() const { return appliancePort_; }
    QLineEdit* interfaceEdit() const { return interface_; }
    QLineEdit* recoveryEdit() const { return recovery_; }
    QLineEdit* mdgwHostEdit() const { return mdgwHost_; }
    QSpinBox* mdgwPortBox() const { return mdgwPort_; }
    QLineEdit* senderCompIdEdit() const { return senderCompId_; }
    QLineEdit* targetCompIdEdit() const { return targetCompId_; }
    QSpinBox* heartBtIntBox() const { return heartBtInt_; }
    QCheckBox* lowLatencyBox() const { return lowLatency_; }
    // What stops OK, one problem a line (empty when the values can be applied).
    QLabel* problemsLabel() const { return problems_; }
    QDialogButtonBox* buttonBox() const { return buttons_; }

private:
    QWidget* buildMarketDataPage(const md::MarketDataSettings& current);
    md::MarketDataSettings marketDataValues() const;
    QStringList marketDataProblems() const;
    void updateMarketDataState();

    QLineEdit* dataDir_;
    QComboBox* language_;
    QComboBox* theme_;
    QSpinBox* fontSize_;
    QTabWidget* tabs_ = nullptr;
    QWidget* marketDataPage_ = nullptr;
    QComboBox* source_ = nullptr;
    QGroupBox* applianceBox_ = nullptr;
    QLineEdit* groupA_ = nullptr;
    QLineEdit* groupB_ = nullptr;
    QSpinBox* appliancePort_ = nullptr;
    QLineEdit* interface_ = nullptr;
    QLineEdit* recovery_ = nullptr; // HOST:PORT, empty for none
    QString recoveryHostWhenNone_;  // kept as it was when the field is left empty
    QGroupBox* mdgwBox_ = nullptr;
    QLineEdit* mdgwHost_ = nullptr;
    QSpinBox* mdgwPort_ = nullptr;
    QLineEdit* senderCompId_ = nullptr;
    QLineEdit* targetCompId_ = nullptr;
    QSpinBox* heartBtInt_ = nullptr;
    QCheckBox* lowLatency_ = nullptr;
    QLabel* problems_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

} // namespace ws::widgets
