#pragma once

// The formula-card registry: for every metric its JSON key, names, formula and conventions, shown
// by the fund panels (on hover over an indicator) and rendered into docs/metrics.md. The texts are
// marked for translation in the context "ws::funds::MetricCard"; the accessors translate them.

#include "funds/Metrics.h"

#include <QString>

#include <span>

namespace ws::funds {

struct MetricCard
{
    Metric metric;
    const char* key;           // the JSON key, e.g. "sharpe"; windows append "_3y" etc. in the grid
    const char* name;          // English name (source text for translation)
    const char* chineseName;   // the Chinese name used in docs/metrics.md and by the zh_CN translation
    const char* formula;       // in the notation of docs/metrics.md
    const char* annualization; // how P enters
    const char* riskFree;      // how rf enters
    const char* averaging;     // arithmetic or geometric
    const char* deviation;     // ddof, sample or population
    const char* undefinedWhen; // when the metric is reported as undefined
    const char* notes;

    QString displayName() const;
    QString formulaText() const;
    QString annualizationText() const;
    QString riskFreeText() const;
    QString averagingText() const;
    QString deviationText() const;
    QString undefinedText() const;
    QString notesText() const;
};

// Every metric's card, in Metric order (one per Metric).
std::span<const MetricCard> metricCards();
const MetricCard& card(Metric metric);
// The metric whose key is `key`, if any.
std::optional<Metric> metricFromKey(const QString& key);

// How a metric's value reads: a fraction (shown as a percentage: returns, risks, alphas), a
// number of periods (drawdown durations), or a plain ratio or statistic.
enum class MetricUnit { Fraction, Periods, Ratio };
MetricUnit metricUnit(Metric metric);

// The cards as Markdown, untranslated: the generated part of docs/metrics.md.
QString formulaCardsMarkdown();

} // namespace ws::funds
