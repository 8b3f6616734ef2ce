#include "md/MdFormat.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <QSqlQuery>

#include <array>
#include <cmath>

namespace ws::widgets::mdfmt {

bool chineseUnits()
{
    return QLocale().language() == QLocale::Chinese;
}

QString price(std::int64_t p)
{
    if (p == 0)
        return QStringLiteral("—");
    return QString::number(yuan(p), 'f', 2);
}

QString change(std::int64_t last, std::int64_t prevClose)
{
    if (last == 0 || prevClose == 0)
        return {};
    const double d = yuan(last - prevClose);
    return (d > 0 ? QStringLiteral("+") : QString()) + QString::number(d, 'f', 2);
}

double changeRatio(std::int64_t last, std::int64_t prevClose)
{
    if (last == 0 || prevClose == 0)
        return 0;
    return static_cast<double>(last - prevClose) / static_cast<double>(prevClose);
}

QString changePercent(std::int64_t last, std::int64_t prevClose)
{
    if (last == 0 || prevClose == 0)
        return {};
    const double r = changeRatio(last, prevClose) * 100;
    return (r > 0 ? QStringLiteral("+") : QString()) + QString::number(r, 'f', 2) + QLatin1Char('%');
}

QString compact(double value)
{
    const QLocale locale;
    const double a = std::abs(value);
    if (chineseUnits()) {
        if (a >= 1e8)
            return QCoreApplication::translate("ws::widgets::md", "%1 yi").arg(value / 1e8, 0, 'f', 2);
        if (a >= 1e4)
            return QCoreApplication::translate("ws::widgets::md", "%1 wan")
                .arg(value / 1e4, 0, 'f', a >= 1e7 ? 0 : (a >= 1e6 ? 1 : 2));
    } else {
        if (a >= 1e9)
            return QCoreApplication::translate("ws::widgets::md", "%1B").arg(value / 1e9, 0, 'f', 2);
        if (a >= 1e6)
            return QCoreApplication::translate("ws::widgets::md", "%1M").arg(value / 1e6, 0, 'f', 2);
        if (a >= 1e4)
            return QCoreApplication::translate("ws::widgets::md", "%1K").arg(value / 1e3, 0, 'f', 1);
    }
    if (a == std::floor(a))
        return locale.toString(static_cast<qint64>(value));
    return locale.toString(value, 'f', 2);
}

QString lotsText(std::int64_t qty)
{
    return compact(lots(qty));
}

QString amountText(std::int64_t amount)
{
    return compact(std::round(amountYuan(amount)));
}

QString clock(int timeMs, bool withMs)
{
    const int s = timeMs / 1000;
    QString t = QStringLiteral("%1:%2:%3")
                    .arg(s / 3600, 2, 10, QLatin1Char('0'))
                    .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                    .arg(s % 60, 2, 10, QLatin1Char('0'));
    if (withMs)
        t += QStringLiteral(".%1").arg(timeMs % 1000, 3, 10, QLatin1Char('0'));
    return t;
}

bool darkPalette()
{
    // Asked for every coloured cell painted: the lightness only when the palette changed.
    static qint64 key = -1;
    static bool dark = false;
    const QPalette palette = QApplication::palette();
    if (palette.cacheKey() != key) {
        key = palette.cacheKey();
        dark = palette.color(QPalette::Window).lightness() < 128;
    }
    return dark;
}

QColor upColor()
{
    return darkPalette() ? QColor(0xFF, 0x52, 0x52) : QColor(0xD3, 0x2F, 0x2F);
}

QColor downColor()
{
    return darkPalette() ? QColor(0x4C, 0xD9, 0x64) : QColor(0x1B, 0x8E, 0x3E);
}

QColor directionColor(double delta, const QPalette& palette)
{
    if (delta > 0)
        return upColor();
    if (delta < 0)
        return downColor();
    return palette.color(QPalette::Text);
}

int tradingMinute(int minuteOfDay)
{
    if (minuteOfDay < 9 * 60 + 30)
        return 0;
    if (minuteOfDay < 11 * 60 + 30)
        return minuteOfDay - (9 * 60 + 30);
    if (minuteOfDay < 13 * 60)
        return 119;
    if (minuteOfDay < 15 * 60)
        return minuteOfDay - 13 * 60 + 120;
    return kTradingMinutes - 1;
}

double tradingSecond(int timeMs)
{
    const double s = timeMs / 1000.0;
    constexpr double open = 9 * 3600 + 30 * 60, noon = 11 * 3600 + 30 * 60, afternoon = 13 * 3600,
                     close = 15 * 3600;
    if (s < open)
        return 0;
    if (s < noon)
        return s - open;
    if (s < afternoon)
        return noon - open;
    if (s < close)
        return noon - open + s - afternoon;
    return noon - open + close - afternoon;
}

QString tradingClock(double tradingMinutes, bool startOfInterval)
{
    const int m = static_cast<int>(std::floor(tradingMinutes + 1e-6));
    const int minuteOfDay = m < 120 || (m == 120 && !startOfInterval) ? 9 * 60 + 30 + m : 13 * 60 + (m - 120);
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

QHash<QString, QString> securityNames(const QSqlDatabase& db)
{
    QHash<QString, QString> names;
    if (!db.isOpen())
        return names;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT code, name FROM stk_security WHERE exchange = 'SZSE'")))
        return names;
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    return names;
}

double TradingTimeTicker::getTickStep(const QCPRange& range)
{
    static constexpr std::array<double, 15> steps{1,   2,   5,   10,   15,   30,   60,   120,
                                                  300, 600, 900, 1800, 3600, 7200, 14400};
    const double span = range.size() * (seconds_ ? 1 : 60);
    const double wanted = std::max(1, tickCount());
    double step = steps.back();
    for (double s : steps) {
        if (span / s <= wanted + 1) {
            step = s;
            break;
        }
    }
    return seconds_ ? step : std::max(1.0, step / 60);
}

QString TradingTimeTicker::getTickLabel(double tick, const QLocale&, QChar, int)
{
    const double minutes = seconds_ ? tick / 60 : tick;
    if (std::abs(minutes - 120) < 1e-6)
        return QStringLiteral("11:30/13:00");
    QString label = tradingClock(minutes);
    if (seconds_) {
        const int sec = static_cast<int>(std::llround(tick)) % 60;
        if (sec != 0)
            label += QStringLiteral(":%1").arg(sec, 2, 10, QLatin1Char('0'));
    }
    return label;
}

} // namespace ws::widgets::mdfmt

namespace ws::widgets::mdfmt {

void applyPlotTheme(QCustomPlot* plot)
{
    const QPalette p = QApplication::palette();
    const QColor text = p.color(QPalette::Text), base = p.color(QPalette::Base);
    QColor grid = text;
    grid.setAlpha(40);
    plot->setBackground(base);
    for (QCPAxisRect* rect : plot->axisRects()) {
        rect->setBackground(base);
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(QPen(text));
            axis->setTickPen(QPen(text));
            axis->setSubTickPen(QPen(text));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
            axis->grid()->setZeroLinePen(Qt::NoPen);
        }
    }
    if (plot->legend) {
        plot->legend->setBrush(base);
        plot->legend->setTextColor(text);
        plot->legend->setBorderPen(QPen(grid));
    }
}

} // namespace ws::widgets::mdfmt
