#pragma once

// The fund detail panel (src-004 §2.3): one fund's evaluation — NAV vs benchmark, drawdown, rolling
// Sharpe and volatility, monthly returns, the metric × window indicator grid with formula cards,
// timing and Fama–French regressions, holdings and returns-based style with the drift warning,
// holdings and Brinson attribution, peer-rank history — with up to four funds to compare and the
// evaluation report as PDF. Follows and drives the current fund of its link group.

#include "funds/Attribution.h"
#include "funds/FundUniverse.h"
#include "funds/Metrics.h"
#include "funds/PeerRanking.h"
#include "funds/Style.h"
#include "shell/Panel.h"

#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace ws::widgets {

class MonthlyReturnsTable;
class QuartileChart;
class StackedWeightsChart;
class StyleBoxWidget;
class TimeSeriesChart;

// A row of the latest report's holdings, as read from fnd_holding.
struct FundHoldingRow
{
    QString code;
    QString name;
    bool bond = false;
    QString industryCode;
    QString industryName;
    double weight = 0;
    std::optional<double> marketCap;
    std::optional<double> valueScore;
    std::optional<double> duration;
    QString rating;
};

struct AttributionPeriod
{
    QDate start;
    QDate end;
    funds::BrinsonResult bhb;
    funds::BrinsonResult brinsonFachler;
};

// Everything the worker computes for one fund (the grid values come from the universe snapshot).
struct FundDetailData
{
    QString code;
    bool isDemo = false;
    bool chinese = false; // names (industries, styles) were read for a Chinese UI
    // Performance, on the fund's dates; the benchmark rebased to the fund's first NAV.
    std::vector<QDate> dates;
    std::vector<double> rebased;
    std::vector<QDate> benchmarkDates;
    std::vector<double> benchmarkRebased;
    std::vector<double> drawdown;
    std::vector<QDate> rollingDates;
    std::vector<double> rollingSharpe;
    std::vector<double> rollingVolatility;
    funds::MonthlyReturns monthly;
    // Time-aligned since-inception ranks and the 1-year Sharpe rank history.
    funds::PeerRank sharpeRank;
    funds::PeerRank returnRank;
    std::vector<funds::PeerRank> rankHistory;
    // Fama–French.
    funds::FactorRegression ff3;
    funds::FactorRegression ff5;
    // Holdings: the latest full report, and the one before it for the box's cell change.
    QDate reportDate;
    QDate previousReportDate;
    std::vector<FundHoldingRow> holdings;
    std::optional<funds::StyleBox> styleBox;
    QString styleBoxError;
    std::optional<funds::StyleCell> previousCell;
    std::optional<funds::HoldingsSummary> summary;
    std::optional<funds::BondRiskSummary> bondRisk;
    // Returns-based style: styles in this order (STY_* then BOND, CASH), rolling windows.
    QStringList styleCodes;
    QStringList styleNames;
    funds::RollingRbsa rolling;
    std::optional<funds::StyleDriftCheck> drift;
    QString driftError;
    // Brinson per period between full reports (the last to the as-of date), and Carino-linked.
    std::vector<AttributionPeriod> periods;
    std::optional<funds::LinkedAttribution> linkedBhb;
    std::optional<funds::LinkedAttribution> linkedBrinsonFachler;
    QString attributionError;
};

class FundDetailPanel : public Panel
{
    Q_OBJECT
public:
    explicit FundDetailPanel(core::AppCore& core, QWidget* parent = nullptr);
    ~FundDetailPanel() override;

    QString fundCode() const { return code_; }
    // Shows `code` and makes it the link group's current fund.
    void setFund(const QString& code);
    // Up to four more funds on the NAV chart and in the comparison table; unknown codes are dropped.
    void setCompareFunds(const QStringList& codes);
    QStringList compareFunds() const { return compare_; }
    // True once the current fund's details are computed and shown.
    bool isPopulated() const;
    const FundDetailData* details() const { return data_.get(); }
    QTabWidget* tabs() const { return tabs_; }

    // The evaluation report (A4, multi-page) and the indicator grid; false with `error` on failure.
    bool exportReportPdf(const QString& path, QString* error = nullptr);
    bool exportIndicatorsCsv(const QString& path, QString* error = nullptr) const;

Q_SIGNALS:
    void populated(const QString& code);

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void onUniverseReady();
    void requestDetails();
    void showDetails(std::shared_ptr<const FundDetailData> details);
    void fillHeader();
    void fillPerformance();
    void fillKeyFigures();
    void fillIndicators();
    void fillTiming();
    void fillStyle();
    void fillHoldings();
    void fillAttribution();
    void fillRanking();
    void fillCompare();
    void chooseCompareFunds();
    void askExportPdf();
    void askExportCsv();
    void setBusy(bool busy);
    std::optional<std::size_t> row() const;

    std::shared_ptr<const funds::UniverseSnapshot> snapshot_;
    std::shared_ptr<const FundDetailData> data_;
    std::shared_ptr<funds::PeerCache> peerCache_;
    QString code_;
    QStringList compare_;
    quint64 generation_ = 0;
    std::shared_ptr<std::atomic<bool>> cancelled_;
    std::jthread worker_;               // the latest request's
    std::vector<std::jthread> retired_; // replaced requests' (cancelled), joined at the next result

    QLabel* title_ = nullptr;
    QLabel* facts_ = nullptr;
    QLabel* rating_ = nullptr;
    QLabel* status_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QToolButton* cancelButton_ = nullptr;
    QPushButton* compareButton_ = nullptr;
    QPushButton* pdfButton_ = nullptr;
    QPushButton* csvButton_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    // Performance
    TimeSeriesChart* navChart_ = nullptr;
    TimeSeriesChart* drawdownChart_ = nullptr;
    TimeSeriesChart* rollingChart_ = nullptr;
    MonthlyReturnsTable* monthly_ = nullptr;
    QLabel* monthlyLegend_ = nullptr;
    QTableWidget* keyFigures_ = nullptr;
    // Indicators
    QTableWidget* indicators_ = nullptr;
    QTableWidget* peerRanks_ = nullptr;
    // Timing & factors
    QTableWidget* timing_ = nullptr;
    QTableWidget* factors_ = nullptr;
    QLabel* factorNote_ = nullptr;
    // Style
    StyleBoxWidget* holdingsBox_ = nullptr;
    StyleBoxWidget* rbsaBox_ = nullptr;
    QLabel* driftBanner_ = nullptr;
    StackedWeightsChart* rbsaChart_ = nullptr;
    QLabel* concentration_ = nullptr;
    QTableWidget* industries_ = nullptr;
    // Holdings & attribution
    QTableWidget* holdings_ = nullptr;
    QComboBox* brinsonMethod_ = nullptr;
    QComboBox* brinsonPeriod_ = nullptr;
    QTableWidget* brinson_ = nullptr;
    QLabel* attributionNote_ = nullptr;
    // Ranking
    QuartileChart* rankChart_ = nullptr;
    QLabel* rankNote_ = nullptr;
    // Compare
    QTableWidget* compareTable_ = nullptr;
    QLabel* compareNote_ = nullptr;
};

} // namespace ws::widgets
