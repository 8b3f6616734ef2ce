#pragma once

// Manager and company views (src-004 §2.3): pick a fund manager or a fund company and see their
// index — the AUM-weighted return of the funds they ran, while they ran them — with its metrics,
// the funds and spells behind it, and the correlation among those funds (how concentrated the
// style is). The index is built on a pool thread with its own read connection.

#include "shell/Panel.h"

#include "funds/ManagerIndex.h"

#include <QPointer>

#include <memory>

class QComboBox;
class QCustomPlot;
class QCPColorMap;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace ws::widgets {

class FundManagerPanel : public Panel
{
    Q_OBJECT
public:
    enum class Mode { Managers = 0, Companies = 1 };

    explicit FundManagerPanel(core::AppCore& core, QWidget* parent = nullptr);

    // Shows a manager (by id) or a company (by name); the index follows on a pool thread.
    void showManager(const QString& managerId);
    void showCompany(const QString& company);
    Mode mode() const;
    void setMode(Mode mode);

    // What the panel shows now, for tests and the status line.
    struct Shown
    {
        QString title;
        QStringList funds;
        std::optional<double> annualizedReturn, volatility, sharpe, maxDrawdown;
        int indexPoints = 0;
        double averageCorrelation = 0;
        int correlationPairs = 0;
    };
    const Shown& shown() const { return shown_; }

Q_SIGNALS:
    void indexReady(); // a requested index is on screen

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void ensureUniverse();
    void fillList();
    void request(const QString& title, std::vector<funds::ManagerSpell> spells);
    void present(const QString& title, const std::vector<funds::ManagerSpell>& spells,
                 const funds::ManagerIndex& index, const funds::AumHistory& aum);

    QComboBox* modeBox_;
    QLineEdit* searchEdit_;
    QLabel* countLabel_;
    QStandardItemModel* listModel_;
    QSortFilterProxyModel* listProxy_;
    QTableView* listView_;
    QLabel* titleLabel_;
    QLabel* metricsLabel_;
    QCustomPlot* indexPlot_;
    QTableWidget* fundsTable_;
    QCustomPlot* correlationPlot_;
    QCPColorMap* correlationMap_ = nullptr;
    QLabel* correlationNote_;
    QLabel* statusLabel_;
    Shown shown_;
    quint64 generation_ = 0;
};

} // namespace ws::widgets
