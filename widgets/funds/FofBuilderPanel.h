#pragma once

// The FOF builder: a pool of funds, a weighting model with its parameters, and a back-test with
// periodic rebalancing on the pool's adjusted NAVs from the evaluated universe; shows the FOF's
// NAV against its funds, the weights over time, turnover and cost, and the full metric set.

#include "funds/FundUniverse.h"
#include "funds/Portfolio.h"
#include "shell/Panel.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

class QComboBox;
class QCustomPlot;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace ws::widgets {

class FofBuilderPanel : public Panel
{
    Q_OBJECT
public:
    explicit FofBuilderPanel(core::AppCore& core, QWidget* parent = nullptr);
    ~FofBuilderPanel() override;

    // Replaces the pool (codes not in the universe are reported and left out); the dates follow it.
    void setPool(const QStringList& codes);
    QStringList pool() const { return pool_; }
    bool addFund(const QString& code);
    void removeFund(const QString& code);

    void setDates(QDate start, QDate end);
    void setModel(funds::PortfolioModel model);
    void setRebalance(funds::RebalanceFrequency frequency);
    // The spec the next run uses (bounds in pool order, views resolved to picks).
    funds::BacktestSpec backtestSpec() const;

    // Starts the back-test on a pool thread; finished() follows unless cancelled.
    void run();
    void cancel();
    // Writes the last result's daily NAV and weights to `path` on a pool thread; exportFinished follows.
    void exportCsv(const QString& path);
    bool running() const { return running_; }
    const std::optional<funds::BacktestResult>& result() const { return result_; }
    QString errorText() const { return error_; }

    // For tests.
    QTableWidget* poolTable() const { return poolTable_; }
    QTableWidget* metricsTable() const { return metricsTable_; }
    QTableWidget* rebalanceTable() const { return rebalanceTable_; }
    QTableWidget* viewsTable() const { return viewsTable_; }
    QCustomPlot* navPlot() const { return navPlot_; }
    QTabWidget* tabs() const { return tabs_; }

Q_SIGNALS:
    void finished(bool ok);
    void exportFinished(bool ok, qint64 rows, const QString& pathOrError);

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    struct Outcome;
    void onUniverse();
    void rebuildPoolTable();
    void fitDates();
    void updateModelControls();
    void addView();
    void showOutcome(const Outcome& outcome);
    void showError(const QString& message);
    void plotNav(const Outcome& outcome);
    void plotWeights(const Outcome& outcome);
    void fillMetrics(const Outcome& outcome);
    void fillRebalances(const Outcome& outcome);
    QString fundLabel(const QString& code) const;
    void refreshViewCombos();

    std::shared_ptr<const funds::UniverseSnapshot> snapshot_;
    QStringList pool_;
    QHash<QString, std::pair<double, double>> bounds_; // per-fund weight bounds, fractions
    std::optional<funds::BacktestResult> result_;
    QString error_;
    bool running_ = false;
    quint64 generation_ = 0;

    QLabel* title_;
    QLineEdit* addEdit_;
    QPushButton* addButton_;
    QPushButton* removeButton_;
    QPushButton* clearButton_;
    QTableWidget* poolTable_;
    QDateEdit* startEdit_;
    QDateEdit* endEdit_;
    QComboBox* modelBox_;
    QDoubleSpinBox* lambdaSpin_;
    QLabel* lambdaLabel_;
    QDoubleSpinBox* tauSpin_;
    QLabel* tauLabel_;
    QComboBox* rebalanceBox_;
    QSpinBox* lookbackSpin_;
    QDoubleSpinBox* costSpin_;
    QComboBox* benchmarkBox_;
    QLabel* viewsLabel_;
    QTableWidget* viewsTable_;
    QPushButton* addViewButton_;
    QPushButton* removeViewButton_;
    QPushButton* runButton_;
    QPushButton* exportButton_;
    QPushButton* cancelButton_;
    QProgressBar* progress_;
    QLabel* statusLabel_;
    QLabel* errorLabel_;
    QLabel* summaryLabel_;
    QTabWidget* tabs_;
    QCustomPlot* navPlot_;
    QCustomPlot* weightsPlot_;
    QTableWidget* rebalanceTable_;
    QTableWidget* metricsTable_;
    QLabel* startLabel_;
    QLabel* endLabel_;
    QLabel* modelLabel_;
    QLabel* rebalanceLabel_;
    QLabel* lookbackLabel_;
    QLabel* costLabel_;
    QLabel* benchmarkLabel_;
    QLabel* poolLabel_;
    std::shared_ptr<const Outcome> shown_; // the last run, also for the CSV export
};

} // namespace ws::widgets
