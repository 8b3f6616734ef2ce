// Screener benchmark: filter + sort over a synthetic fund universe with the real column set (every
// metric key × window, plus text and size columns), beside two baselines for the same filter: a
// hand-coded C++ loop (the floor) and a per-row tree-walking interpreter (what a naive engine does).
// Run by hand; the goal is "screener filter + sort over 10,000 funds ≤ 100 ms".
// Usage: bench_screener [funds]   (default 10,000)

#include "funds/FormulaCards.h"
#include "funds/Screener.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <random>
#include <vector>

using namespace ws::funds;
using Clock = std::chrono::steady_clock;

namespace {

const char* const kWindows[] = {"_1m", "_3m", "_6m", "_ytd", "_1y", "_2y", "_3y", "_5y", "_si"};

FundTable makeUniverse(int funds, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(0, 1);
    std::uniform_real_distribution<double> uniform(0, 1);
    const auto n = static_cast<std::size_t>(funds);
    FundTable table(n);
    const auto check = [](std::optional<QString> error) {
        if (error) {
            std::fprintf(stderr, "%s\n", qPrintable(*error));
            std::exit(1);
        }
    };
    std::vector<double> age(n);
    for (double& a : age)
        a = 0.2 + 15 * uniform(rng);
    for (const MetricCard& card : metricCards()) {
        for (std::size_t w = 0; w < std::size(kWindows); ++w) {
            std::vector<double> values(n);
            std::vector<std::uint8_t> defined(n);
            const double years[] = {1 / 12.0, 0.25, 0.5, 0.5, 1, 2, 3, 5, 0};
            for (std::size_t i = 0; i < n; ++i) {
                // Young funds have no long-window metrics; some metrics are undefined anyway.
                defined[i] = (age[i] >= years[w] && uniform(rng) > 0.03) ? 1 : 0;
                const double v = normal(rng);
                values[i] = card.metric == Metric::MaxDrawdown ? std::abs(0.15 + 0.1 * v) : v;
            }
            check(
                table.addNumberColumn(QLatin1String(card.key) + QLatin1String(kWindows[w]), values, defined));
        }
    }
    std::vector<double> aum(n);
    for (double& a : aum)
        a = std::exp(2 + 1.5 * normal(rng)); // 亿元, log-normal
    check(table.addNumberColumn(QStringLiteral("aum"), aum));
    check(table.addNumberColumn(QStringLiteral("age_years"), age));

    const QString categories[] = {QStringLiteral("equity"), QStringLiteral("bond"),  QStringLiteral("mixed"),
                                  QStringLiteral("index"),  QStringLiteral("money"), QStringLiteral("QDII")};
    const QString themes[] = {QStringLiteral("消费"), QStringLiteral("医药"),   QStringLiteral("科技"),
                              QStringLiteral("红利"), QStringLiteral("新能源"), QStringLiteral("价值")};
    const QString companies[] = {QStringLiteral("易方达"), QStringLiteral("华夏"), QStringLiteral("广发"),
                                 QStringLiteral("南方"),   QStringLiteral("嘉实"), QStringLiteral("富国")};
    std::vector<QString> code(n), name(n), category(n), company(n), manager(n);
    for (std::size_t i = 0; i < n; ++i) {
        code[i] = QStringLiteral("%1").arg(static_cast<int>(i) + 1, 6, 10, QLatin1Char('0'));
        company[i] = companies[rng() % std::size(companies)];
        name[i] = company[i] + themes[rng() % std::size(themes)] + QStringLiteral("混合A");
        category[i] = categories[rng() % std::size(categories)];
        manager[i] = QStringLiteral("经理%1").arg(rng() % 800);
    }
    check(table.addTextColumn(QStringLiteral("code"), code));
    check(table.addTextColumn(QStringLiteral("name"), name));
    check(table.addTextColumn(QStringLiteral("category"), category));
    check(table.addTextColumn(QStringLiteral("company"), company));
    check(table.addTextColumn(QStringLiteral("manager"), manager));
    return table;
}

// The median of `repeats` runs, in microseconds.
double medianMicros(int repeats, const std::function<void()>& run)
{
    std::vector<double> times;
    for (int r = 0; r < repeats; ++r) {
        const auto t0 = Clock::now();
        run();
        times.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    }
    std::nth_element(times.begin(), times.begin() + repeats / 2, times.end());
    return times[static_cast<std::size_t>(repeats / 2)];
}

// ------------------------------------------------------------- the tree-walking baseline

struct Value
{
    double number = 0;
    bool defined = false; // number defined / condition known
    bool truth = false;
    const QString* text = nullptr;
};

struct Node
{
    virtual ~Node() = default;
    virtual Value eval(std::size_t row) const = 0;
};

struct ColumnNode : Node
{
    const FundColumn* column;
    explicit ColumnNode(const FundColumn* c) : column(c) {}
    Value eval(std::size_t row) const override
    {
        if (column->type == ValueType::Text)
            return Value{0, true, false, &column->texts[row]};
        return Value{column->numbers[row], column->defined[row] != 0, false, nullptr};
    }
};

struct ConstNode : Node
{
    Value value;
    explicit ConstNode(Value v) : value(v) {}
    Value eval(std::size_t) const override { return value; }
};

struct CompareNode : Node
{
    char op;
    std::unique_ptr<Node> left, right;
    CompareNode(char o, std::unique_ptr<Node> l, std::unique_ptr<Node> r)
        : op(o), left(std::move(l)), right(std::move(r))
    {}
    Value eval(std::size_t row) const override
    {
        const Value a = left->eval(row), b = right->eval(row);
        if (a.text && b.text)
            return Value{0, true, *a.text == *b.text, nullptr};
        if (!a.defined || !b.defined)
            return Value{};
        const bool t = op == '<'   ? a.number < b.number
                       : op == '>' ? a.number > b.number
                                   : a.number == b.number;
        return Value{0, true, t, nullptr};
    }
};

struct AndNode : Node
{
    std::unique_ptr<Node> left, right;
    AndNode(std::unique_ptr<Node> l, std::unique_ptr<Node> r) : left(std::move(l)), right(std::move(r)) {}
    Value eval(std::size_t row) const override
    {
        const Value a = left->eval(row), b = right->eval(row);
        const bool falseSide = (a.defined && !a.truth) || (b.defined && !b.truth);
        if (falseSide)
            return Value{0, true, false, nullptr};
        return Value{0, a.defined && b.defined, a.defined && b.defined, nullptr};
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int funds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;
    const int repeats = 21;

    auto t0 = Clock::now();
    FundTable universe = makeUniverse(funds, 42);
    const double buildMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    std::printf("universe: %d funds × %d columns (built in %.0f ms); median of %d runs\n\n", funds,
                universe.columnCount(), buildMs, repeats);

    const QString filterText =
        QStringLiteral("sharpe_3y > 1 and max_drawdown_3y < 0.2 and category = \"equity\"");
    const FundTable& t = universe;
    const FundColumn& sharpe = t.column(t.columnIndex(u"sharpe_3y"));
    const FundColumn& drawdown = t.column(t.columnIndex(u"max_drawdown_3y"));
    const FundColumn& category = t.column(t.columnIndex(u"category"));
    const auto rows = static_cast<std::size_t>(funds);

    std::printf("filter: %s\n", qPrintable(filterText));
    std::size_t handCount = 0;
    const double hand = medianMicros(repeats, [&] {
        std::vector<int> out;
        const QString equity = QStringLiteral("equity");
        for (std::size_t i = 0; i < rows; ++i)
            if (sharpe.defined[i] && sharpe.numbers[i] > 1 && drawdown.defined[i] &&
                drawdown.numbers[i] < 0.2 && category.texts[i] == equity)
                out.push_back(static_cast<int>(i));
        handCount = out.size();
    });

    const QString equityText = QStringLiteral("equity");
    const auto tree = std::make_unique<AndNode>(
        std::make_unique<AndNode>(
            std::make_unique<CompareNode>('>', std::make_unique<ColumnNode>(&sharpe),
                                          std::make_unique<ConstNode>(Value{1, true, false, nullptr})),
            std::make_unique<CompareNode>('<', std::make_unique<ColumnNode>(&drawdown),
                                          std::make_unique<ConstNode>(Value{0.2, true, false, nullptr}))),
        std::make_unique<CompareNode>('=', std::make_unique<ColumnNode>(&category),
                                      std::make_unique<ConstNode>(Value{0, true, false, &equityText})));
    std::size_t treeCount = 0;
    const double treeWalk = medianMicros(repeats, [&] {
        std::vector<int> out;
        for (std::size_t i = 0; i < rows; ++i) {
            const Value v = tree->eval(i);
            if (v.defined && v.truth)
                out.push_back(static_cast<int>(i));
        }
        treeCount = out.size();
    });

    const double compile = medianMicros(repeats, [&] { (void)ScreenExpression::compile(filterText, t); });
    const auto compiled = ScreenExpression::compile(filterText, t);
    std::size_t engineCount = 0;
    const double engine =
        medianMicros(repeats, [&] { engineCount = compiled.value->selectedRows(t).size(); });
    std::printf("  %-52s %9.1f µs  (%zu rows)\n", "hand-coded C++ loop (floor)", hand, handCount);
    std::printf("  %-52s %9.1f µs  (%zu rows)\n", "tree-walking interpreter, per row (baseline)", treeWalk,
                treeCount);
    std::printf("  %-52s %9.1f µs\n", "engine: compile", compile);
    std::printf("  %-52s %9.1f µs  (%zu rows, %d instructions)\n", "engine: evaluate column-at-a-time",
                engine, engineCount, compiled.value->instructionCount());
    if (engineCount != handCount || treeCount != handCount)
        std::printf("  MISMATCH between the engine and the baselines\n");

    Screener screener(std::move(universe));
    const QString quality = QStringLiteral("0.5 * rank(sharpe_3y) + 0.5 * rank(-max_drawdown_3y)");
    const double factors = medianMicros(repeats, [&] {
        (void)screener.setFactors(
            {{QStringLiteral("quality"), quality},
             {QStringLiteral("value_score"), QStringLiteral("zscore(annualized_return_3y) - "
                                                            "zscore(annualized_volatility_3y)")}});
    });
    std::printf("\nfactors: quality = %s, value_score = zscore(…) − zscore(…)\n", qPrintable(quality));
    std::printf("  %-52s %9.1f µs\n", "setFactors (compile + evaluate both)", factors);

    struct Case
    {
        const char* label;
        QString filter;
        std::vector<SortKey> keys;
    };
    const Case cases[] = {
        {"issue filter, sort by sharpe_3y desc", filterText, {{QStringLiteral("sharpe_3y"), true}}},
        {"all rows, sort by category, quality desc",
         QString(),
         {{QStringLiteral("category"), false}, {QStringLiteral("quality"), true}}},
        {"heavy filter (rank, between, in, contains), 3 keys",
         QStringLiteral(
             "rank(sharpe_3y) >= 0.5 and annualized_return_1y between -50% and 80% and category in "
             "(\"equity\", \"mixed\") and not contains(name, \"医药\") and coalesce(aum, 0) > 2"),
         {{QStringLiteral("company"), false},
          {QStringLiteral("quality * 2 + value_score"), true},
          {QStringLiteral("code"), false}}},
        {"all rows, sort by an expression",
         QString(),
         {{QStringLiteral("annualized_return_1y / max(max_drawdown_1y, 1%)"), true}}},
    };
    std::printf("\nscreen = filter + sort, whole call (compile, evaluate, sort)\n");
    for (const Case& c : cases) {
        std::size_t count = 0;
        const double us = medianMicros(repeats, [&] {
            const auto result = screener.screen(c.filter, c.keys);
            count = result.ok() ? result.value->size() : 0;
        });
        std::printf("  %-52s %9.1f µs  (%zu rows)%s\n", c.label, us, count,
                    us <= 100000 ? "" : "  OVER 100 ms");
    }

    const QString typing = QStringLiteral("sharpe_3y > 1 and max_dr");
    std::size_t candidates = 0;
    const double complete =
        medianMicros(repeats, [&] { candidates = screener.complete(typing, typing.size()).size(); });
    std::printf("\ncompletion of \"%s\" over %d columns: %.1f µs (%zu candidates)\n", qPrintable(typing),
                screener.table().columnCount(), complete, candidates);
    return 0;
}
