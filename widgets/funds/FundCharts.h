#pragma once

// Reusable fund charts on QCustomPlot: dated lines with a tracer (NAV, drawdown, rolling ratios),
// stacked weights over time (RBSA), the peer-quartile history, the monthly-returns heatmap and the
// 3×3 style box. They only draw what they are given; the panels compute.

#include "funds/Style.h"

#include <qcustomplot.h>

#include <QDate>
#include <QTableWidget>
#include <QWidget>

#include <optional>
#include <vector>

namespace ws::widgets {

struct DatedSeries
{
    QString name;
    std::vector<QDate> dates;
    std::vector<double> values;
    QColor color;
};

// A diverging palette (blue for losses, orange for gains, white at zero), deliberately not the
// red/green pair whose meaning differs between Chinese and Western conventions.
QColor divergingColor(double value, double scale);

// Lines over a date axis; drag and wheel zoom the dates, a vertical tracer follows the mouse and
// a tooltip lists every series' value at that date.
class TimeSeriesChart : public QCustomPlot
{
    Q_OBJECT
public:
    enum class Format { Plain, Percent };
    explicit TimeSeriesChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setFormat(Format format, int decimals = 2) { format_ = format, decimals_ = decimals; }
    void clearSeries();
    // fillToZero shades between the line and zero (the drawdown's underwater area).
    QCPGraph* addSeries(const DatedSeries& series, bool fillToZero = false, QCPAxis* valueAxis = nullptr);
    // Rescales to the data and replots.
    void finish();
    QString formatValue(double value) const;

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

    QCPTextElement* title_ = nullptr;
    QCPItemStraightLine* tracer_ = nullptr;
    Format format_ = Format::Plain;
    int decimals_ = 2;
};

// Weights over time stacked to 1 (the rolling RBSA): layer k is drawn between the cumulative sums
// of layers < k and ≤ k.
class StackedWeightsChart : public TimeSeriesChart
{
    Q_OBJECT
public:
    explicit StackedWeightsChart(QWidget* parent = nullptr);
    void setLayers(const QStringList& names, const std::vector<QDate>& dates,
                   const std::vector<std::vector<double>>& weightsByLayer, const std::vector<QColor>& colors);

protected:
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QStringList names_;
    std::vector<QDate> dates_;
    std::vector<std::vector<double>> weights_;
};

// Percentile rank in the peer group over time, top at the top, with the four quartile bands shaded.
class QuartileChart : public TimeSeriesChart
{
    Q_OBJECT
public:
    explicit QuartileChart(QWidget* parent = nullptr);
    // percentile: share of peers ranked strictly better (0 = top).
    void setHistory(const QString& name, const std::vector<QDate>& dates,
                    const std::vector<double>& percentile);
};

// Year × month table of monthly returns with diverging cell colours and a yearly total column.
class MonthlyReturnsTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit MonthlyReturnsTable(QWidget* parent = nullptr);
    void setReturns(const std::vector<QDate>& monthEnds, const std::vector<double>& returns);
    void retranslate();

private:
    std::vector<QDate> monthEnds_;
    std::vector<double> returns_;
};

// The Morningstar-like 3×3 box: cell shares as shaded squares, the fund's cell outlined.
class StyleBoxWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StyleBoxWidget(QWidget* parent = nullptr);
    void setBox(const QString& title, const std::optional<funds::StyleGrid>& shares, std::optional<int> cell,
                QColor tint);
    QSize sizeHint() const override { return {260, 250}; }
    QSize minimumSizeHint() const override { return {200, 190}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString title_;
    std::optional<funds::StyleGrid> shares_;
    std::optional<int> cell_;
    QColor tint_;
};

double dateKey(QDate date);

} // namespace ws::widgets
