#include "funds/FundCharts.h"

#include <QHeaderView>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ws::widgets {

double dateKey(QDate date)
{
    return QCPAxisTickerDateTime::dateTimeToKey(date);
}

QColor divergingColor(double value, double scale)
{
    const double t = std::clamp(value / std::max(scale, 1e-9), -1.0, 1.0);
    // Gains towards orange (230, 120, 30), losses towards blue (40, 100, 200).
    const QColor end = t >= 0 ? QColor(230, 120, 30) : QColor(40, 100, 200);
    const double a = std::abs(t);
    return QColor(static_cast<int>(255 + (end.red() - 255) * a),
                  static_cast<int>(255 + (end.green() - 255) * a),
                  static_cast<int>(255 + (end.blue() - 255) * a));
}

namespace {

// Index of the last key ≤ x in a sorted key vector (or the first).
std::size_t nearestIndex(const QSharedPointer<QCPGraphDataContainer>& data, double x)
{
    auto it = data->findBegin(x, false);
    if (it == data->constEnd() && data->size() > 0)
        --it;
    return static_cast<std::size_t>(it - data->constBegin());
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget* parent) : QCustomPlot(parent)
{
    setAntialiasedElements(QCP::aePlottables);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM"));
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(5);
    xAxis->setTicker(ticker);
    legend->setVisible(true);
    legend->setBrush(QColor(255, 255, 255, 200));
    legend->setBorderPen(Qt::NoPen);
    legend->setRowSpacing(0);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    legend->setFont(small);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plotLayout()->insertRow(0);
    title_ = new QCPTextElement(this, QString(), QFont(font().family(), -1, QFont::Bold));
    plotLayout()->addElement(0, 0, title_);
    tracer_ = new QCPItemStraightLine(this);
    tracer_->setPen(QPen(QColor(120, 120, 120), 1, Qt::DashLine));
    tracer_->setVisible(false);
    tracer_->setClipToAxisRect(true);
    setMouseTracking(true);
    setMinimumHeight(160);
}

void TimeSeriesChart::setTitle(const QString& title)
{
    title_->setText(title);
}

void TimeSeriesChart::clearSeries()
{
    clearGraphs();
    tracer_->setVisible(false);
}

QCPGraph* TimeSeriesChart::addSeries(const DatedSeries& series, bool fillToZero, QCPAxis* valueAxis)
{
    QCPGraph* graph = addGraph(xAxis, valueAxis ? valueAxis : yAxis);
    graph->setName(series.name);
    graph->setPen(QPen(series.color, 1.4));
    if (fillToZero) {
        QColor fill = series.color;
        fill.setAlpha(70);
        graph->setBrush(fill);
    }
    QVector<QCPGraphData> points;
    points.reserve(static_cast<qsizetype>(series.dates.size()));
    for (std::size_t i = 0; i < series.dates.size() && i < series.values.size(); ++i)
        points.append(QCPGraphData(dateKey(series.dates[i]), series.values[i]));
    graph->data()->set(points, true);
    return graph;
}

QString TimeSeriesChart::formatValue(double value) const
{
    if (format_ == Format::Percent)
        return QString::number(value * 100, 'f', decimals_) + QLatin1Char('%');
    return QString::number(value, 'f', decimals_);
}

void TimeSeriesChart::finish()
{
    if (format_ == Format::Percent) {
        class PercentTicker : public QCPAxisTicker
        {
            QString getTickLabel(double tick, const QLocale&, QChar, int) override
            {
                // Rounded to 0.01%, then without trailing zeros: "-10%", "2.5%".
                return QString::number(std::round(tick * 1e4) / 1e2, 'g', 6) + QLatin1Char('%');
            }
        };
        yAxis->setTicker(QSharedPointer<PercentTicker>::create());
    }
    rescaleAxes(true);
    for (QCPAxis* axis : {yAxis, yAxis2}) {
        const QCPRange r = axis->range();
        const double pad = std::max(r.size() * 0.05, 1e-6);
        axis->setRange(r.lower - pad, r.upper + pad);
    }
    legend->setVisible(graphCount() > 1);
    replot(QCustomPlot::rpQueuedReplot);
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent* event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (graphCount() == 0 || !axisRect()->rect().contains(event->pos())) {
        tracer_->setVisible(false);
        return;
    }
    const double x = xAxis->pixelToCoord(event->position().x());
    QStringList lines;
    double shownKey = x;
    for (int g = 0; g < graphCount(); ++g) {
        QCPGraph* graph = this->graph(g);
        if (graph->data()->isEmpty() || !graph->visible())
            continue;
        const std::size_t i = nearestIndex(graph->data(), x);
        const auto point = graph->data()->at(static_cast<int>(i));
        if (g == 0) {
            shownKey = point->key;
            lines << QCPAxisTickerDateTime::keyToDateTime(point->key).toUTC().date().toString(Qt::ISODate);
        }
        if (!graph->name().isEmpty())
            lines << graph->name() + QStringLiteral(": ") + formatValue(point->value);
    }
    tracer_->point1->setCoords(shownKey, 0);
    tracer_->point2->setCoords(shownKey, 1);
    tracer_->setVisible(true);
    replot(QCustomPlot::rpQueuedReplot);
    QToolTip::showText(event->globalPosition().toPoint(), lines.join(QLatin1Char('\n')), this);
}

void TimeSeriesChart::leaveEvent(QEvent* event)
{
    QCustomPlot::leaveEvent(event);
    tracer_->setVisible(false);
    replot(QCustomPlot::rpQueuedReplot);
}

// ---------------------------------------------------------------------------------------------------

StackedWeightsChart::StackedWeightsChart(QWidget* parent) : TimeSeriesChart(parent)
{
    setFormat(Format::Percent, 0);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setWrap(6);
    plotLayout()->addElement(2, 0, legend);
    plotLayout()->setRowStretchFactor(2, 0.001);
    legend->setMargins(QMargins(4, 0, 4, 2));
}

void StackedWeightsChart::setLayers(const QStringList& names, const std::vector<QDate>& dates,
                                    const std::vector<std::vector<double>>& weightsByLayer,
                                    const std::vector<QColor>& colors)
{
    clearSeries();
    names_ = names;
    dates_ = dates;
    weights_ = weightsByLayer;
    std::vector<double> cumulative(dates.size(), 0.0);
    QCPGraph* below = nullptr;
    for (std::size_t k = 0; k < weightsByLayer.size(); ++k) {
        for (std::size_t t = 0; t < dates.size(); ++t)
            cumulative[t] += weightsByLayer[k][t];
        QCPGraph* graph = addSeries(
            {names.value(static_cast<qsizetype>(k)), dates, cumulative, colors[k % colors.size()]}, true);
        QColor fill = colors[k % colors.size()];
        fill.setAlpha(200);
        graph->setBrush(fill);
        graph->setPen(QPen(fill.darker(115), 0.8));
        if (below)
            graph->setChannelFillGraph(below);
        below = graph;
    }
    finish();
    yAxis->setRange(0, 1);
    replot(QCustomPlot::rpQueuedReplot);
}

void StackedWeightsChart::mouseMoveEvent(QMouseEvent* event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (dates_.empty() || !axisRect()->rect().contains(event->pos()))
        return;
    const double x = xAxis->pixelToCoord(event->position().x());
    std::size_t t = 0;
    while (t + 1 < dates_.size() && dateKey(dates_[t + 1]) <= x)
        ++t;
    QStringList lines{dates_[t].toString(Qt::ISODate)};
    for (std::size_t k = weights_.size(); k-- > 0;)
        if (weights_[k][t] >= 0.005)
            lines << names_.value(static_cast<qsizetype>(k)) + QStringLiteral(": ") +
                         formatValue(weights_[k][t]);
    tracer_->point1->setCoords(dateKey(dates_[t]), 0);
    tracer_->point2->setCoords(dateKey(dates_[t]), 1);
    tracer_->setVisible(true);
    replot(QCustomPlot::rpQueuedReplot);
    QToolTip::showText(event->globalPosition().toPoint(), lines.join(QLatin1Char('\n')), this);
}

// ---------------------------------------------------------------------------------------------------

QuartileChart::QuartileChart(QWidget* parent) : TimeSeriesChart(parent)
{
    setFormat(Format::Percent, 0);
    yAxis->setRangeReversed(true); // the top of the peer group at the top
}

void QuartileChart::setHistory(const QString& name, const std::vector<QDate>& dates,
                               const std::vector<double>& percentile)
{
    clearSeries();
    clearItems();
    tracer_ = new QCPItemStraightLine(this);
    tracer_->setPen(QPen(QColor(120, 120, 120), 1, Qt::DashLine));
    tracer_->setVisible(false);
    // Quartile bands: 1st (top) darkest.
    const QColor bands[4] = {QColor(60, 140, 90, 70), QColor(60, 140, 90, 40), QColor(200, 150, 60, 40),
                             QColor(200, 90, 60, 60)};
    for (int q = 0; q < 4; ++q) {
        auto* rect = new QCPItemRect(this);
        rect->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
        rect->topLeft->setTypeY(QCPItemPosition::ptPlotCoords);
        rect->bottomRight->setTypeY(QCPItemPosition::ptPlotCoords);
        rect->topLeft->setCoords(0, 0.25 * q);
        rect->bottomRight->setCoords(1, 0.25 * (q + 1));
        rect->setPen(Qt::NoPen);
        rect->setBrush(bands[q]);
        rect->setLayer(QStringLiteral("background"));
        rect->setClipToAxisRect(true);
        auto* label = new QCPItemText(this);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(0.995, 0.25 * q + 0.125);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setText(QStringLiteral("Q%1").arg(q + 1));
        label->setColor(QColor(90, 90, 90));
        label->setClipToAxisRect(true);
    }
    QCPGraph* graph = addSeries({name, dates, percentile, QColor(30, 80, 160)});
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    finish();
    yAxis->setRange(0, 1);
    replot(QCustomPlot::rpQueuedReplot);
}

// ---------------------------------------------------------------------------------------------------

MonthlyReturnsTable::MonthlyReturnsTable(QWidget* parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    setColumnCount(13);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(30);
    horizontalHeader()->setSectionResizeMode(12, QHeaderView::ResizeToContents);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
}

void MonthlyReturnsTable::retranslate()
{
    QStringList headers;
    for (int m = 1; m <= 12; ++m)
        headers << QString::number(m);
    headers << tr("Year");
    setHorizontalHeaderLabels(headers);
}

void MonthlyReturnsTable::setReturns(const std::vector<QDate>& monthEnds, const std::vector<double>& returns)
{
    monthEnds_ = monthEnds;
    returns_ = returns;
    clearContents();
    retranslate();
    if (monthEnds.empty()) {
        setRowCount(0);
        return;
    }
    const int firstYear = monthEnds.front().year();
    const int lastYear = monthEnds.back().year();
    setRowCount(lastYear - firstYear + 1);
    QStringList years;
    std::vector<double> yearly(static_cast<std::size_t>(lastYear - firstYear + 1), 1.0);
    for (int y = lastYear; y >= firstYear; --y)
        years << QString::number(y);
    setVerticalHeaderLabels(years);
    for (std::size_t i = 0; i < monthEnds.size(); ++i) {
        const int row = lastYear - monthEnds[i].year(); // latest year first
        auto* item = new QTableWidgetItem(QString::number(returns[i] * 100, 'f', 1));
        item->setTextAlignment(Qt::AlignCenter);
        item->setBackground(divergingColor(returns[i], 0.08));
        item->setToolTip(QStringLiteral("%1: %2%").arg(monthEnds[i].toString(QStringLiteral("yyyy-MM")),
                                                       QString::number(returns[i] * 100, 'f', 2)));
        setItem(row, monthEnds[i].month() - 1, item);
        yearly[static_cast<std::size_t>(monthEnds[i].year() - firstYear)] *= 1 + returns[i];
    }
    for (int y = firstYear; y <= lastYear; ++y) {
        const double r = yearly[static_cast<std::size_t>(y - firstYear)] - 1;
        auto* item = new QTableWidgetItem(QString::number(r * 100, 'f', 1));
        item->setTextAlignment(Qt::AlignCenter);
        item->setBackground(divergingColor(r, 0.3));
        QFont bold = font();
        bold.setBold(true);
        item->setFont(bold);
        setItem(lastYear - y, 12, item);
    }
}

// ---------------------------------------------------------------------------------------------------

StyleBoxWidget::StyleBoxWidget(QWidget* parent) : QWidget(parent) {}

void StyleBoxWidget::setBox(const QString& title, const std::optional<funds::StyleGrid>& shares,
                            std::optional<int> cell, QColor tint)
{
    title_ = title;
    shares_ = shares;
    cell_ = cell;
    tint_ = tint;
    update();
}

void StyleBoxWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const int labelW = fm.horizontalAdvance(tr("Small")) + 10;
    const int titleH = fm.height() + 6;
    const int side = std::max(60, std::min(width() - labelW - 8, height() - titleH - fm.height() - 10));
    const int cellSide = side / 3;
    const QPoint origin(labelW, titleH);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(0, 0, width(), titleH), Qt::AlignLeft | Qt::AlignVCenter, title_);
    p.setFont(font());
    const QString sizes[3] = {tr("Large"), tr("Mid"), tr("Small")};
    const QString styles[3] = {tr("Value"), tr("Blend"), tr("Growth")};
    for (int r = 0; r < 3; ++r)
        p.drawText(QRect(0, origin.y() + r * cellSide, labelW - 4, cellSide),
                   Qt::AlignRight | Qt::AlignVCenter, sizes[r]);
    for (int c = 0; c < 3; ++c)
        p.drawText(QRect(origin.x() + c * cellSide, origin.y() + 3 * cellSide + 2, cellSide, fm.height() + 4),
                   Qt::AlignCenter, styles[c]);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c) {
            const int index = 3 * r + c;
            const QRect rect(origin.x() + c * cellSide, origin.y() + r * cellSide, cellSide, cellSide);
            const double share = shares_ ? (*shares_)[static_cast<std::size_t>(index)] : 0.0;
            QColor fill = tint_;
            fill.setAlphaF(static_cast<float>(std::clamp(0.08 + 0.9 * share / 0.6, 0.08, 0.98)));
            p.fillRect(rect, shares_ ? fill : palette().window().color());
            p.setPen(QPen(palette().mid().color(), 1));
            p.drawRect(rect);
            if (shares_) {
                p.setPen(share > 0.35 ? Qt::white : palette().text().color());
                p.drawText(rect, Qt::AlignCenter, QString::number(share * 100, 'f', 0) + QLatin1Char('%'));
            }
        }
    if (cell_) {
        const int r = *cell_ / 3, c = *cell_ % 3;
        p.setPen(QPen(QColor(20, 20, 20), 3));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRect(origin.x() + c * cellSide, origin.y() + r * cellSide, cellSide, cellSide)
                       .adjusted(1, 1, -1, -1));
    }
    if (!shares_) {
        p.setPen(palette().placeholderText().color());
        p.drawText(QRect(origin, QSize(3 * cellSide, 3 * cellSide)), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No holdings to classify"));
    }
}

} // namespace ws::widgets
