#pragma once

// What the Level-2 panels share: formatting of the exchange's raw integers as Chinese terminals
// show them, the up/down colours (red up, green down), the trading-time axis without the lunch
// break, and the security names from the cache.
//
// Raw units (see md/MarketSnapshot.h): prices yuan x 1e4, quantities shares x 100, amounts
// yuan x 1e6.

#include <qcustomplot.h>

#include <QColor>
#include <QHash>
#include <QString>

#include <cstdint>

class QPalette;
class QSqlDatabase;

namespace ws::widgets::mdfmt {

inline constexpr double kPriceScale = 1e4;  // raw price units per yuan
inline constexpr double kQtyPerLot = 1e4;   // raw quantity units per lot (手, 100 shares)
inline constexpr double kQtyPerShare = 1e2; // raw quantity units per share
inline constexpr double kAmountScale = 1e6; // raw amount units per yuan

inline double yuan(std::int64_t price)
{
    return static_cast<double>(price) / kPriceScale;
}
inline double lots(std::int64_t qty)
{
    return static_cast<double>(qty) / kQtyPerLot;
}
inline double amountYuan(std::int64_t amount)
{
    return static_cast<double>(amount) / kAmountScale;
}

// Whether numbers use the Chinese units 万 / 亿 (the UI language is Chinese) or K / M / B.
bool chineseUnits();

// "12.34"; "—" for 0 (no price).
QString price(std::int64_t price);
// "+0.12" / "-0.12" against the previous close; empty without a last price.
QString change(std::int64_t last, std::int64_t prevClose);
// "+1.23%"
QString changePercent(std::int64_t last, std::int64_t prevClose);
double changeRatio(std::int64_t last, std::int64_t prevClose);
// A count with 万 / 亿 (or K / M / B) when large: "8,123", "12.35万", "1.20亿".
QString compact(double value);
// Lots (手) of a raw quantity, compact: "1,234", "12.3万".
QString lotsText(std::int64_t qty);
// Yuan of a raw amount, compact.
QString amountText(std::int64_t amount);
// "09:30:01" or "09:30:01.250" from milliseconds since midnight.
QString clock(int timeMs, bool withMs = false);

// Red for up, green for down, the text colour for unchanged; brighter on a dark palette.
QColor upColor();
QColor downColor();
QColor directionColor(double delta, const QPalette& palette);
bool darkPalette();

// Trading minutes: 0 = 09:30, 120 = 11:30 = 13:00, 240 = 15:00; the opening auction's minute
// counts as 09:30 and the closing uncross as 14:59.
inline constexpr int kTradingMinutes = 240;
int tradingMinute(int minuteOfDay);
// Seconds of trading since 09:30 (lunch removed) of a time of day in ms; before 09:30 is 0.
double tradingSecond(int timeMs);
// "10:15" of a trading minute: 120 reads "11:30" as the end of an interval, "13:00" as its start.
QString tradingClock(double tradingMinutes, bool startOfInterval = false);

// The securities cache's names by code (SZSE listings), empty when the cache has none.
QHash<QString, QString> securityNames(const QSqlDatabase& db);

// An axis ticker for trading time (trading minutes or seconds as keys) with clock labels and
// steps that are whole minutes.
class TradingTimeTicker : public QCPAxisTicker
{
public:
    explicit TradingTimeTicker(bool keysInSeconds) : seconds_(keysInSeconds) {}

protected:
    double getTickStep(const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;

private:
    bool seconds_;
};

} // namespace ws::widgets::mdfmt

namespace ws::widgets::mdfmt {
// Background, axes, grid and legend of a chart in the application palette's colours (light or
// dark theme).
void applyPlotTheme(QCustomPlot* plot);
} // namespace ws::widgets::mdfmt
