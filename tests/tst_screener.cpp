// The fund screener (models/funds/Screener): precedence through the canonical form, three-valued
// undefined semantics, every compile error with its position, rank/zscore known answers, factors
// with dependencies and cycles, sorting, completion, Chinese literals, and a brute-force check of
// random expressions on random tables against a row-by-row interpreter written here.
#include "funds/Screener.h"

#include <QtTest>

#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <random>

using namespace ws::funds;

namespace {

// x = 1, —, 3, 4     y = 0, 1, —, 2     category and name with Chinese text.
FundTable smallTable()
{
    FundTable t(4);
    const std::vector<std::optional<double>> x{1.0, std::nullopt, 3.0, 4.0};
    const std::vector<std::optional<double>> y{0.0, 1.0, std::nullopt, 2.0};
    [[maybe_unused]] auto e1 = t.addNumberColumn(QStringLiteral("x"), x);
    [[maybe_unused]] auto e2 = t.addNumberColumn(QStringLiteral("y"), y);
    [[maybe_unused]] auto e3 =
        t.addNumberColumn(QStringLiteral("Sharpe_3Y"), std::vector<double>{0.5, 1.5, 2.5, 1.0});
    [[maybe_unused]] auto e4 =
        t.addTextColumn(QStringLiteral("category"), {QStringLiteral("股票型"), QStringLiteral("债券型"),
                                                     QStringLiteral("equity"), QStringLiteral("混合型")});
    [[maybe_unused]] auto e5 = t.addTextColumn(
        QStringLiteral("name"), {QStringLiteral("易方达消费行业"), QStringLiteral("招商产业债"),
                                 QStringLiteral("Consumer Growth"), QStringLiteral("兴全合润")});
    return t;
}

std::vector<int> rowsOf(const Screener& s, const QString& expression)
{
    const auto r = s.filter(expression);
    if (!r.ok())
        qWarning().noquote() << expression << r.error.toString();
    return r.value.value_or(std::vector<int>{-1});
}

std::vector<int> valueOf(const ScreenResult<std::vector<int>>& r)
{
    if (!r.ok())
        qWarning().noquote() << r.error.toString();
    return r.value.value_or(std::vector<int>{-1});
}

EvaluatedColumn evaluated(const FundTable& t, const QString& expression)
{
    const auto compiled = ScreenExpression::compile(expression, t);
    if (!compiled.ok())
        qWarning().noquote() << expression << compiled.error.toString();
    return compiled.ok() ? compiled.value->evaluate(t) : EvaluatedColumn{};
}

// ----------------------------------------------------------------- the row-by-row reference

// A generated expression: its text and a row-by-row meaning. Number: nullopt = undefined.
// Condition: nullopt = unknown. `level` is the precedence of its outermost operator (1 or … 8
// primary), used to print the fewest parentheses the grammar needs.
using Num = std::optional<double>;
using Cond = std::optional<bool>;
struct GenNumber
{
    QString text;
    int level;
    std::function<Num(int)> eval;
};
struct GenCond
{
    QString text;
    int level;
    std::function<Cond(int)> eval;
};
struct GenText
{
    QString text;
    std::function<QString(int)> eval;
};

constexpr int kOr = 1, kAnd = 2, kNot = 3, kCompare = 4, kAdd = 5, kMul = 6, kUnary = 7, kPrimary = 8;

Num finite(double v)
{
    return std::isfinite(v) ? Num(v) : std::nullopt;
}

struct RandomTable
{
    int rows = 0;
    std::vector<std::vector<Num>> numbers;   // n0..n3
    std::vector<std::vector<QString>> texts; // t0, t1
    FundTable table;
};

const QStringList kWords{QStringLiteral("股票型"), QStringLiteral("债券型"),      QStringLiteral("equity"),
                         QStringLiteral("Bond"),   QStringLiteral("消费 equity"), QString()};

class Generator
{
public:
    Generator(const RandomTable& t, std::mt19937& rng) : t_(t), rng_(rng) {}

    GenNumber number(int depth)
    {
        const int choice = depth <= 0 ? pick(2) : pick(12);
        switch (choice) {
        case 0: {
            static const std::vector<std::pair<QString, double>> constants{
                {QStringLiteral("0"), 0.0},     {QStringLiteral("1"), 1.0},
                {QStringLiteral("2"), 2.0},     {QStringLiteral("0.5"), 0.5},
                {QStringLiteral("1e-3"), 1e-3}, {QStringLiteral("20%"), 0.2},
                {QStringLiteral("3.25"), 3.25}, {QStringLiteral(".5"), 0.5},
                {QStringLiteral("1E2"), 100.0}};
            const auto& c = constants[static_cast<std::size_t>(pick(static_cast<int>(constants.size())))];
            const double v = c.second;
            return {c.first, kPrimary, [v](int) { return Num(v); }};
        }
        case 1: {
            const int column = pick(4);
            const auto* values = &t_.numbers[static_cast<std::size_t>(column)];
            QString name = QStringLiteral("n%1").arg(column);
            if (pick(3) == 0)
                name = name.toUpper();
            return {name, kPrimary, [values](int r) { return (*values)[static_cast<std::size_t>(r)]; }};
        }
        case 2:
        case 3: {
            static const char* ops[] = {"+", "-", "*", "/"};
            const int op = pick(4);
            const int level = op < 2 ? kAdd : kMul;
            GenNumber a = number(depth - 1), b = number(depth - 1);
            auto fa = a.eval, fb = b.eval;
            return {wrap(a.text, a.level, level) + QStringLiteral(" %1 ").arg(QLatin1String(ops[op])) +
                        wrap(b.text, b.level, level + 1),
                    level, [fa, fb, op](int r) -> Num {
                        const Num x = fa(r), y = fb(r);
                        if (!x || !y)
                            return std::nullopt;
                        switch (op) {
                        case 0:
                            return finite(*x + *y);
                        case 1:
                            return finite(*x - *y);
                        case 2:
                            return finite(*x * *y);
                        default:
                            return *y == 0 ? std::nullopt : finite(*x / *y);
                        }
                    }};
        }
        case 4: {
            GenNumber a = number(depth - 1);
            auto fa = a.eval;
            return {QStringLiteral("-") + wrap(a.text, a.level, kUnary), kUnary, [fa](int r) -> Num {
                        const Num x = fa(r);
                        return x ? finite(-*x) : std::nullopt;
                    }};
        }
        case 5: {
            static const char* names[] = {"abs", "sqrt", "log"};
            const int f = pick(3);
            GenNumber a = number(depth - 1);
            auto fa = a.eval;
            return {call(QLatin1String(names[f]), {a.text}), kPrimary, [fa, f](int r) -> Num {
                        const Num x = fa(r);
                        if (!x)
                            return std::nullopt;
                        if (f == 0)
                            return finite(std::abs(*x));
                        if (f == 1)
                            return *x < 0 ? std::nullopt : finite(std::sqrt(*x));
                        return *x <= 0 ? std::nullopt : finite(std::log(*x));
                    }};
        }
        case 6: {
            static const char* names[] = {"min", "max", "coalesce"};
            const int f = pick(3);
            const int count = 2 + pick(2);
            QStringList texts;
            std::vector<std::function<Num(int)>> args;
            for (int i = 0; i < count; ++i) {
                GenNumber a = number(depth - 1);
                texts.push_back(a.text);
                args.push_back(a.eval);
            }
            return {call(QLatin1String(names[f]), texts), kPrimary, [args, f](int r) -> Num {
                        if (f == 2) {
                            for (const auto& a : args)
                                if (const Num v = a(r))
                                    return v;
                            return std::nullopt;
                        }
                        Num acc = args[0](r);
                        for (std::size_t i = 1; i < args.size(); ++i) {
                            const Num v = args[i](r);
                            if (!acc || !v)
                                return std::nullopt;
                            acc = f == 0 ? std::min(*acc, *v) : std::max(*acc, *v);
                        }
                        return acc;
                    }};
        }
        case 7: {
            GenNumber a = number(depth - 1);
            const int rows = t_.rows;
            return {call(QStringLiteral("rank"), {a.text}), kPrimary,
                    [fa = memo(a.eval), rows](int r) -> Num {
                        const Num v = fa(r);
                        if (!v)
                            return std::nullopt;
                        double less = 0, equal = 0, defined = 0;
                        for (int k = 0; k < rows; ++k) {
                            if (const Num w = fa(k)) {
                                ++defined;
                                less += *w < *v ? 1 : 0;
                                equal += *w == *v ? 1 : 0;
                            }
                        }
                        if (defined == 1)
                            return 0.5;
                        return (2 * less + equal - 1) / 2 / (defined - 1);
                    }};
        }
        case 8: {
            GenNumber a = number(depth - 1);
            const int rows = t_.rows;
            return {call(QStringLiteral("zscore"), {a.text}), kPrimary,
                    [fa = memo(a.eval), rows](int r) -> Num {
                        const Num v = fa(r);
                        if (!v)
                            return std::nullopt;
                        double sum = 0, count = 0, largest = 0;
                        for (int k = 0; k < rows; ++k) {
                            if (const Num w = fa(k)) {
                                sum += *w;
                                ++count;
                                largest = std::max(largest, std::abs(*w));
                            }
                        }
                        if (count < 2)
                            return std::nullopt;
                        const double mean = sum / count;
                        double squares = 0;
                        for (int k = 0; k < rows; ++k)
                            if (const Num w = fa(k))
                                squares += (*w - mean) * (*w - mean);
                        const double sd = std::sqrt(squares / (count - 1));
                        if (!(sd > 64 * std::numeric_limits<double>::epsilon() * (1 + largest)))
                            return std::nullopt;
                        return (*v - mean) / sd;
                    }};
        }
        default: {
            GenNumber a = number(depth - 1);
            return {QStringLiteral("(") + a.text + QStringLiteral(")"), kPrimary, a.eval};
        }
        }
    }

    GenText text()
    {
        if (pick(2) == 0) {
            const auto* values = &t_.texts[static_cast<std::size_t>(pick(2))];
            const QString name = values == &t_.texts[0] ? QStringLiteral("t0") : QStringLiteral("T1");
            return {name, [values](int r) { return (*values)[static_cast<std::size_t>(r)]; }};
        }
        const QString word = kWords[pick(static_cast<int>(kWords.size()))];
        return {QLatin1Char('"') + word + QLatin1Char('"'), [word](int) { return word; }};
    }

    GenCond condition(int depth)
    {
        const int choice = depth <= 0 ? pick(3) : pick(10);
        switch (choice) {
        case 0: {
            static const char* ops[] = {"<", "<=", ">", ">=", "=", "==", "!=", "<>"};
            const int op = pick(8);
            GenNumber a = number(depth - 1), b = number(depth - 1);
            auto fa = a.eval, fb = b.eval;
            return {wrap(a.text, a.level, kAdd) + QStringLiteral(" %1 ").arg(QLatin1String(ops[op])) +
                        wrap(b.text, b.level, kAdd),
                    kCompare, [fa, fb, op](int r) -> Cond {
                        const Num x = fa(r), y = fb(r);
                        if (!x || !y)
                            return std::nullopt;
                        switch (op) {
                        case 0:
                            return *x < *y;
                        case 1:
                            return *x <= *y;
                        case 2:
                            return *x > *y;
                        case 3:
                            return *x >= *y;
                        case 4:
                        case 5:
                            return *x == *y;
                        default:
                            return *x != *y;
                        }
                    }};
        }
        case 1: {
            GenText a = text(), b = text();
            const bool equal = pick(2) == 0;
            auto fa = a.eval, fb = b.eval;
            if (pick(3) == 0)
                return {call(QStringLiteral("contains"), {a.text, b.text}), kPrimary,
                        [fa, fb](int r) -> Cond { return fa(r).contains(fb(r), Qt::CaseInsensitive); }};
            return {a.text + (equal ? QStringLiteral(" = ") : QStringLiteral(" != ")) + b.text, kCompare,
                    [fa, fb, equal](int r) -> Cond { return (fa(r) == fb(r)) == equal; }};
        }
        case 2: {
            GenNumber a = number(depth - 1);
            auto fa = a.eval;
            return {call(QStringLiteral("is_defined"), {a.text}), kPrimary,
                    [fa](int r) -> Cond { return fa(r).has_value(); }};
        }
        case 3:
        case 4: {
            const bool isAnd = pick(2) == 0;
            const int level = isAnd ? kAnd : kOr;
            GenCond a = condition(depth - 1), b = condition(depth - 1);
            auto fa = a.eval, fb = b.eval;
            return {wrap(a.text, a.level, level) + QLatin1Char(' ') + keyword(isAnd ? "and" : "or") +
                        QLatin1Char(' ') + wrap(b.text, b.level, level + 1),
                    level, [fa, fb, isAnd](int r) -> Cond {
                        const Cond x = fa(r), y = fb(r);
                        if (isAnd) {
                            if (x == false || y == false)
                                return false;
                            if (x == true && y == true)
                                return true;
                            return std::nullopt;
                        }
                        if (x == true || y == true)
                            return true;
                        if (x == false && y == false)
                            return false;
                        return std::nullopt;
                    }};
        }
        case 5: {
            GenCond a = condition(depth - 1);
            auto fa = a.eval;
            return {keyword("not") + QLatin1Char(' ') + wrap(a.text, a.level, kNot), kNot,
                    [fa](int r) -> Cond {
                        const Cond x = fa(r);
                        return x ? Cond(!*x) : std::nullopt;
                    }};
        }
        case 6: {
            GenNumber a = number(depth - 1);
            const bool negated = pick(2) == 0;
            QStringList items;
            std::vector<std::function<Num(int)>> evals;
            for (int i = 0, n = 1 + pick(3); i < n; ++i) {
                GenNumber item = number(depth - 2);
                items.push_back(wrap(item.text, item.level, kAdd));
                evals.push_back(item.eval);
            }
            auto fa = a.eval;
            return {wrap(a.text, a.level, kAdd) + (negated ? QLatin1Char(' ') + keyword("not") : QString()) +
                        QLatin1Char(' ') + keyword("in") + QStringLiteral(" (") +
                        items.join(QStringLiteral(", ")) + QLatin1Char(')'),
                    kCompare, [fa, evals, negated](int r) -> Cond {
                        const Num x = fa(r);
                        Cond any = false;
                        for (const auto& e : evals) {
                            const Num v = e(r);
                            const Cond equal = (x && v) ? Cond(*x == *v) : std::nullopt;
                            if (equal == true)
                                any = true;
                            else if (!equal && any == false)
                                any = std::nullopt;
                        }
                        if (negated && any)
                            return !*any;
                        return any;
                    }};
        }
        case 7: {
            GenNumber a = number(depth - 1), lo = number(depth - 2), hi = number(depth - 2);
            auto fa = a.eval, flo = lo.eval, fhi = hi.eval;
            return {wrap(a.text, a.level, kAdd) + QLatin1Char(' ') + keyword("between") + QLatin1Char(' ') +
                        wrap(lo.text, lo.level, kAdd) + QLatin1Char(' ') + keyword("and") + QLatin1Char(' ') +
                        wrap(hi.text, hi.level, kAdd),
                    kCompare, [fa, flo, fhi](int r) -> Cond {
                        const Num x = fa(r), l = flo(r), h = fhi(r);
                        const Cond low = (x && l) ? Cond(*x >= *l) : std::nullopt;
                        const Cond high = (x && h) ? Cond(*x <= *h) : std::nullopt;
                        if (low == false || high == false)
                            return false;
                        if (low == true && high == true)
                            return true;
                        return std::nullopt;
                    }};
        }
        default: {
            GenCond a = condition(depth - 1);
            return {QStringLiteral("( ") + a.text + QStringLiteral(" )"), kPrimary, a.eval};
        }
        }
    }

private:
    // The cross-sectional functions read their argument in every row: remember it per row so
    // nested rank(zscore(…)) stays polynomial.
    std::function<Num(int)> memo(std::function<Num(int)> f) const
    {
        auto cache = std::make_shared<std::vector<std::optional<Num>>>(static_cast<std::size_t>(t_.rows));
        return [f, cache](int r) {
            auto& slot = (*cache)[static_cast<std::size_t>(r)];
            if (!slot)
                slot = f(r);
            return *slot;
        };
    }
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
    static QString wrap(const QString& text, int level, int needed)
    {
        return level >= needed ? text : QStringLiteral("(") + text + QStringLiteral(")");
    }
    QString keyword(const char* word)
    {
        const QString k = QLatin1String(word);
        return pick(3) == 0 ? k.toUpper() : k;
    }
    static QString call(const QString& name, const QStringList& args)
    {
        return name + QLatin1Char('(') + args.join(QStringLiteral(", ")) + QLatin1Char(')');
    }

    const RandomTable& t_;
    std::mt19937& rng_;
};

RandomTable randomTable(std::mt19937& rng, int rows)
{
    RandomTable t;
    t.rows = rows;
    t.table = FundTable(static_cast<std::size_t>(rows));
    std::uniform_int_distribution<int> small(-6, 6);
    std::uniform_real_distribution<double> real(-3, 3);
    std::uniform_int_distribution<int> percent(0, 99);
    for (int c = 0; c < 4; ++c) {
        std::vector<Num> values;
        for (int r = 0; r < rows; ++r) {
            if (percent(rng) < 20)
                values.push_back(std::nullopt);
            else // half small halves (ties, exact zeros), half arbitrary reals
                values.push_back(c % 2 == 0 ? small(rng) / 2.0 : real(rng));
        }
        [[maybe_unused]] auto e = t.table.addNumberColumn(QStringLiteral("n%1").arg(c), values);
        t.numbers.push_back(std::move(values));
    }
    for (int c = 0; c < 2; ++c) {
        std::vector<QString> values;
        for (int r = 0; r < rows; ++r)
            values.push_back(
                kWords[std::uniform_int_distribution<int>(0, static_cast<int>(kWords.size()) - 1)(rng)]);
        [[maybe_unused]] auto e = t.table.addTextColumn(QStringLiteral("t%1").arg(c), values);
        t.texts.push_back(std::move(values));
    }
    return t;
}

} // namespace

class TestScreener : public QObject
{
    Q_OBJECT

private slots:
    void precedence_data();
    void precedence();
    void literalsAndCase();
    void evaluatesByHand();
    void undefinedSemantics();
    void errors_data();
    void errors();
    void deepNesting();
    void tableErrors();
    void rankAndZscore();
    void factors();
    void factorErrors();
    void sorting();
    void sortingAgainstReference();
    void completion();
    void chineseText();
    void bruteForceAgainstRowInterpreter();
};

void TestScreener::precedence_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("mul over add") << "x + y * 2"
                                  << "(x + (y * 2))";
    QTest::newRow("left assoc -") << "x - y - 1"
                                  << "((x - y) - 1)";
    QTest::newRow("left assoc /") << "x / y / 2"
                                  << "((x / y) / 2)";
    QTest::newRow("unary minus") << "-x * y"
                                 << "((-x) * y)";
    QTest::newRow("double minus") << "x - -y"
                                  << "(x - (-y))";
    QTest::newRow("parens") << "(x + y) * 2"
                            << "((x + y) * 2)";
    QTest::newRow("and over or") << "x > 1 or y > 1 and x < 2"
                                 << "((x > 1) or ((y > 1) and (x < 2)))";
    QTest::newRow("not over and") << "not x > 1 and y < 2"
                                  << "((not (x > 1)) and (y < 2))";
    QTest::newRow("not not") << "not not x = 1"
                             << "(not (not (x = 1)))";
    QTest::newRow("cmp over arith") << "x + 1 >= y * 2"
                                    << "((x + 1) >= (y * 2))";
    QTest::newRow("between") << "x between 1 and 2 and y > 0"
                             << "((x between 1 and 2) and (y > 0))";
    QTest::newRow("between arith") << "x between y - 1 and y + 1"
                                   << "(x between (y - 1) and (y + 1))";
    QTest::newRow("not between") << "x not between 1 and 2"
                                 << "(not (x between 1 and 2))";
    QTest::newRow("in") << "x in (1, 2, y)"
                        << "(x in (1, 2, y))";
    QTest::newRow("not in") << "x NOT IN (1)"
                            << "(not (x in (1)))";
    QTest::newRow("== and <>") << "x == 1 or y <> 2"
                               << "((x = 1) or (y != 2))";
    QTest::newRow("functions") << "abs(min(x, y, 1)) < coalesce(x, 0)"
                               << "(abs(min(x, y, 1)) < coalesce(x, 0))";
    QTest::newRow("keyword case") << "X > 1 AND y < 2 Or NOT is_defined(x)"
                                  << "(((x > 1) and (y < 2)) or (not is_defined(x)))";
    QTest::newRow("column case") << "sharpe_3y > 1"
                                 << "(Sharpe_3Y > 1)";
    QTest::newRow("text") << "category = \"股票型\""
                          << "(category = \"股票型\")";
    QTest::newRow("escaped quote") << R"(name != "a\"b\\")"
                                   << R"((name != "a\"b\\"))";
}

void TestScreener::precedence()
{
    QFETCH(QString, expression);
    QFETCH(QString, canonical);
    const FundTable t = smallTable();
    const auto compiled = ScreenExpression::compile(expression, t);
    QVERIFY2(compiled.ok(), qPrintable(compiled.error.toString()));
    QCOMPARE(compiled.value->canonical(), canonical);
}

void TestScreener::literalsAndCase()
{
    const FundTable t = smallTable();
    const struct
    {
        const char* text;
        double value;
    } cases[] = {{"1.5", 1.5},     {"1e-3", 1e-3}, {"2.5E+2", 250}, {"20%", 0.2},
                 {"12.5%", 0.125}, {".5", 0.5},    {"7", 7}};
    for (const auto& c : cases) {
        const EvaluatedColumn v = evaluated(t, QString::fromUtf8(c.text));
        QCOMPARE(v.numbers.size(), std::size_t{4});
        QCOMPARE(v.numbers[2], c.value);
        QCOMPARE(v.defined[2], std::uint8_t{1});
    }
    Screener s(smallTable());
    QCOMPARE(rowsOf(s, QStringLiteral("SHARPE_3y >= 150%")), (std::vector<int>{1, 2}));
    QCOMPARE(rowsOf(s, QStringLiteral("   ")), (std::vector<int>{0, 1, 2, 3}));
}

void TestScreener::evaluatesByHand()
{
    const FundTable t = smallTable();
    // x = 1, —, 3, 4; y = 0, 1, —, 2
    EvaluatedColumn v = evaluated(t, QStringLiteral("2 + 3 * x - x / 2"));
    QCOMPARE(v.numbers[0], 4.5);
    QCOMPARE(v.defined[1], std::uint8_t{0});
    QCOMPARE(v.numbers[3], 12.0);
    v = evaluated(t, QStringLiteral("max(x, y) - min(x, y, 10)"));
    QCOMPARE(v.numbers[0], 1.0);
    QCOMPARE(v.defined[2], std::uint8_t{0});
    QCOMPARE(v.numbers[3], 2.0);
    v = evaluated(t, QStringLiteral("sqrt(x * 4) + abs(-y) + log(1)"));
    QCOMPARE(v.numbers[0], 2.0);
    QCOMPARE(v.numbers[3], 6.0);
    v = evaluated(t, QStringLiteral("coalesce(x, y, 99)"));
    QCOMPARE(v.numbers, (std::vector<double>{1, 1, 3, 4}));
    QCOMPARE(v.type, ValueType::Number);

    Screener s(smallTable());
    QCOMPARE(rowsOf(s, QStringLiteral("x >= 3 or y = 0")), (std::vector<int>{0, 2, 3}));
    QCOMPARE(rowsOf(s, QStringLiteral("x between 1 and 3")), (std::vector<int>{0, 2}));
    QCOMPARE(rowsOf(s, QStringLiteral("x in (1, 4)")), (std::vector<int>{0, 3}));
    QCOMPARE(rowsOf(s, QStringLiteral("x not in (1, 4)")), (std::vector<int>{2}));
    QCOMPARE(rowsOf(s, QStringLiteral("1 < 2")), (std::vector<int>{0, 1, 2, 3}));
    QCOMPARE(rowsOf(s, QStringLiteral("1 > 2")), (std::vector<int>{}));
    QCOMPARE(rowsOf(s, QStringLiteral("category = \"equity\" or category in (\"债券型\", \"x\")")),
             (std::vector<int>{1, 2}));
    QCOMPARE(rowsOf(s, QStringLiteral("category != \"equity\"")), (std::vector<int>{0, 1, 3}));
    QCOMPARE(rowsOf(s, QStringLiteral("contains(name, \"GROWTH\")")), (std::vector<int>{2}));
}

void TestScreener::undefinedSemantics()
{
    Screener s(smallTable());
    // x = 1, —, 3, 4; y = 0, 1, —, 2
    QCOMPARE(rowsOf(s, QStringLiteral("x > 0")), (std::vector<int>{0, 2, 3}));
    QCOMPARE(rowsOf(s, QStringLiteral("not (x > 0)")), (std::vector<int>{}));        // unknown stays unknown
    QCOMPARE(rowsOf(s, QStringLiteral("not (x > 3)")), (std::vector<int>{0, 2}));    // row 1 left out
    QCOMPARE(rowsOf(s, QStringLiteral("x > 3 or y = 1")), (std::vector<int>{1, 3})); // unknown or true
    QCOMPARE(rowsOf(s, QStringLiteral("not (x > 9 and y > 5)")),
             (std::vector<int>{0, 1, 2, 3})); // false wins
    QCOMPARE(rowsOf(s, QStringLiteral("not (x > 0 and y > 0)")), (std::vector<int>{0}));
    QCOMPARE(rowsOf(s, QStringLiteral("is_defined(x)")), (std::vector<int>{0, 2, 3}));
    QCOMPARE(rowsOf(s, QStringLiteral("not is_defined(x / y)")), (std::vector<int>{0, 1, 2})); // 1/0
    QCOMPARE(rowsOf(s, QStringLiteral("x != 3")), (std::vector<int>{0, 3}));
    QCOMPARE(rowsOf(s, QStringLiteral("x in (3, y)")), (std::vector<int>{2}));
    QCOMPARE(rowsOf(s, QStringLiteral("x not in (3, y)")), (std::vector<int>{0, 3}));

    const FundTable& t = s.table();
    EvaluatedColumn v = evaluated(t, QStringLiteral("x / y"));
    QCOMPARE(v.defined, (std::vector<std::uint8_t>{0, 0, 0, 1}));
    QCOMPARE(v.numbers[3], 2.0);
    v = evaluated(t, QStringLiteral("log(y) + sqrt(-x) * 0"));
    QCOMPARE(v.defined, (std::vector<std::uint8_t>{0, 0, 0, 0}));
    v = evaluated(t, QStringLiteral("x * 1e308 * 1e10")); // overflow is undefined, never inf
    QCOMPARE(v.defined, (std::vector<std::uint8_t>{0, 0, 0, 0}));
    for (double n : v.numbers)
        QVERIFY(std::isfinite(n));
    v = evaluated(t, QStringLiteral("x > 2")); // a condition: numbers 1/0, defined = known
    QCOMPARE(v.type, ValueType::Condition);
    QCOMPARE(v.defined, (std::vector<std::uint8_t>{1, 0, 1, 1}));
    QCOMPARE(v.numbers, (std::vector<double>{0, 0, 1, 1}));

    // NaN in the input is undefined, not a number.
    FundTable nan(2);
    QVERIFY(!nan.addNumberColumn(QStringLiteral("v"), std::vector<double>{std::nan(""), 1.0}));
    QCOMPARE(valueOf(Screener(nan).filter(QStringLiteral("not (v > 5)"))), (std::vector<int>{1}));
}

void TestScreener::errors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown column") << "sharpe_3y > 1 and sharpe_3z > 2" << 18
                                    << "unknown column 'sharpe_3z'; did you mean 'Sharpe_3Y'?";
    QTest::newRow("unknown, no near") << "x > zzzzzzzzzz" << 4 << "unknown column 'zzzzzzzzzz'";
    QTest::newRow("unknown function")
        << "x > 1 and rnak(x) > 0" << 10 << "unknown function 'rnak'; did you mean 'rank'?";
    QTest::newRow("arg count") << "rank(x, y) > 0" << 0 << "rank() takes 1 argument, got 2";
    QTest::newRow("arg count 2") << "contains(name)" << 0 << "contains() takes 2 arguments, got 1";
    QTest::newRow("variadic count") << "1 + min(x)" << 4 << "min() takes two or more arguments, got 1";
    QTest::newRow("text <") << "name < \"b\"" << 5
                            << "text can only be compared with =, != or in, not with '<'";
    QTest::newRow("number = text") << "x = \"b\"" << 2 << "cannot compare a number with text";
    QTest::newRow("text arithmetic") << "x + name > 1" << 4 << "'+' needs a number, but this is text";
    QTest::newRow("and of numbers") << "x > 1 and y" << 10 << "'and' needs a condition, but this is a number";
    QTest::newRow("not of number") << "not x" << 4 << "'not' needs a condition, but this is a number";
    QTest::newRow("arith of condition")
        << "(x > 1) * 2 > 0" << 0 << "'*' needs a number, but this is a condition";
    QTest::newRow("trailing garbage") << "x > 1 y" << 6 << "unexpected 'y' after the end of the expression";
    QTest::newRow("trailing paren") << "x > 1)" << 5 << "unexpected ')' after the end of the expression";
    QTest::newRow("chained") << "0 < x < 2" << 6 << "comparisons do not chain";
    QTest::newRow("missing paren") << "(x > 1 and y > 0" << 16
                                   << "missing ')' to close the '(' at position 0";
    QTest::newRow("missing call paren") << "abs(x > 1" << 9 << "missing ')' to close the call of abs()";
    QTest::newRow("ends early") << "x >" << 3 << "the expression ends too early";
    QTest::newRow("ends after and") << "x > 1 and " << 10 << "the expression ends too early";
    QTest::newRow("keyword as value") << "and > 1" << 0 << "expected a value, found the keyword 'and'";
    QTest::newRow("symbol as value") << "x > * 2" << 4 << "expected a value, found '*'";
    QTest::newRow("unterminated") << "name = \"abc" << 7 << "unterminated string";
    QTest::newRow("bad char") << "x > 1 @ 2" << 6 << "unexpected character '@'";
    QTest::newRow("chinese ident") << "消费 > 1" << 0 << "identifiers use ASCII letters";
    QTest::newRow("single quotes") << "name = 'a'" << 7 << "double quotes";
    QTest::newRow("bang") << "!x" << 0 << "'!' must be followed by '='";
    QTest::newRow("exponent") << "x > 1e" << 4 << "an exponent needs digits";
    QTest::newRow("number into name") << "x > 3y" << 4 << "a number cannot run into 'y'";
    QTest::newRow("between and") << "x between 1 or 2" << 12 << "expected 'and' in 'between";
    QTest::newRow("in paren") << "x in 1" << 5 << "expected '(' after 'in'";
    QTest::newRow("in type") << "x in (1, \"a\")" << 9 << "'in' list items must be a number";
    QTest::newRow("is_defined text") << "is_defined(name)" << 11
                                     << "is_defined() needs a number, but this is text";
    QTest::newRow("contains number") << "contains(x, \"a\")" << 9
                                     << "contains() needs text, but this is a number";
    QTest::newRow("empty") << "" << 0 << "empty expression";
    QTest::newRow("compare conditions") << "(x > 1) = (y > 1)" << 8 << "conditions cannot be compared";
    QTest::newRow("after chinese") << "category = \"股票型\" and x >" << 24
                                   << "the expression ends too early";
}

void TestScreener::errors()
{
    QFETCH(QString, expression);
    QFETCH(int, position);
    QFETCH(QString, message);
    const FundTable t = smallTable();
    const auto compiled = ScreenExpression::compile(expression, t);
    QVERIFY(!compiled.ok());
    QVERIFY2(compiled.error.message.contains(message), qPrintable(compiled.error.message));
    QCOMPARE(compiled.error.position, qsizetype{position});
    // The screener reports the same error, and a filter that is not a condition.
    Screener s(smallTable());
    if (!expression.isEmpty())
        QCOMPARE(s.filter(expression).error.position, qsizetype{position});
    const auto notCondition = s.filter(QStringLiteral("x + 1"));
    QVERIFY(!notCondition.ok());
    QVERIFY(notCondition.error.message.contains(QStringLiteral("a filter must be a condition")));
}

void TestScreener::deepNesting()
{
    const FundTable t = smallTable();
    // 150 levels are fine; 100 000 are an error at the level that goes too deep, not a stack overflow.
    QVERIFY(ScreenExpression::compile(
                QString(150, QLatin1Char('(')) + QStringLiteral("x") + QString(150, QLatin1Char(')')), t)
                .ok());
    for (const QString& deep : {QString(100000, QLatin1Char('(')) + QStringLiteral("x"),
                                QStringLiteral("- ").repeated(100000) + QStringLiteral("x"),
                                QStringLiteral("not ").repeated(100000) + QStringLiteral("x > 1"),
                                QStringLiteral("abs(").repeated(100000) + QStringLiteral("x")}) {
        const auto compiled = ScreenExpression::compile(deep, t);
        QVERIFY(!compiled.ok());
        QVERIFY2(compiled.error.message.contains(QStringLiteral("nested too deeply")),
                 qPrintable(compiled.error.message));
        QVERIFY(compiled.error.position > 0 && compiled.error.position < 1000);
    }
}

void TestScreener::tableErrors()
{
    FundTable t(2);
    QVERIFY(!t.addNumberColumn(QStringLiteral("a"), std::vector<double>{1, 2}));
    QVERIFY(t.addNumberColumn(QStringLiteral("A"), std::vector<double>{1, 2})
                ->contains(QStringLiteral("duplicate")));
    QVERIFY(
        t.addNumberColumn(QStringLiteral("b"), std::vector<double>{1})->contains(QStringLiteral("1 values")));
    QVERIFY(t.addNumberColumn(QStringLiteral("c"), std::vector<double>{1, 2}, std::vector<std::uint8_t>{1})
                ->contains(QStringLiteral("validity")));
    QVERIFY(t.addTextColumn(QStringLiteral("夏普"), {QString(), QString()})
                ->contains(QStringLiteral("identifier")));
    QVERIFY(
        t.addTextColumn(QStringLiteral("and"), {QString(), QString()})->contains(QStringLiteral("keyword")));
    QVERIFY(t.addTextColumn(QStringLiteral("2x"), {QString(), QString()}));
    QCOMPARE(t.columnCount(), 1);
    QCOMPARE(t.columnIndex(u"A"), 0);

    // An empty table: every expression evaluates to nothing, without error.
    FundTable empty(0);
    QVERIFY(!empty.addNumberColumn(QStringLiteral("v"), std::vector<double>{}));
    QVERIFY(!empty.addTextColumn(QStringLiteral("c"), {}));
    Screener s(std::move(empty));
    QCOMPARE(rowsOf(s, QStringLiteral("rank(v) > 0 or zscore(v) < 0 or c = \"a\" or 1 < 2")),
             std::vector<int>{});
    QCOMPARE(rowsOf(s, QString()), std::vector<int>{});
    const SortKey byC[] = {{QStringLiteral("c"), false}};
    QCOMPARE(valueOf(s.screen(QString(), byC)), std::vector<int>{});
}

void TestScreener::rankAndZscore()
{
    FundTable t(5);
    const std::vector<std::optional<double>> v{10.0, 20.0, 20.0, std::nullopt, 40.0};
    const std::vector<std::optional<double>> single{std::nullopt, 3.0, std::nullopt, std::nullopt,
                                                    std::nullopt};
    QVERIFY(!t.addNumberColumn(QStringLiteral("v"), v));
    QVERIFY(!t.addNumberColumn(QStringLiteral("s"), single));
    // Defined values 10, 20, 20, 40: ranks 1, 2.5, 2.5, 4 of n = 4 → (r − 1) / 3 = 0, 0.5, 0.5, 1.
    EvaluatedColumn r = evaluated(t, QStringLiteral("rank(v)"));
    QCOMPARE(r.defined, (std::vector<std::uint8_t>{1, 1, 1, 0, 1}));
    QCOMPARE(r.numbers[0], 0.0);
    QCOMPARE(r.numbers[1], 0.5);
    QCOMPARE(r.numbers[2], 0.5);
    QCOMPARE(r.numbers[4], 1.0);
    r = evaluated(t, QStringLiteral("rank(-v)"));
    QCOMPARE(r.numbers[0], 1.0);
    QCOMPARE(r.numbers[4], 0.0);
    r = evaluated(t, QStringLiteral("rank(s)"));
    QCOMPARE(r.defined, (std::vector<std::uint8_t>{0, 1, 0, 0, 0}));
    QCOMPARE(r.numbers[1], 0.5);
    r = evaluated(t, QStringLiteral("rank(7)")); // a constant: all tied
    QCOMPARE(r.numbers, (std::vector<double>(5, 0.5)));

    // mean 22.5, squared deviations 156.25 + 6.25 + 6.25 + 306.25 = 475, sample sd = √(475/3).
    const double sd = std::sqrt(475.0 / 3.0);
    r = evaluated(t, QStringLiteral("zscore(v)"));
    QCOMPARE(r.defined, (std::vector<std::uint8_t>{1, 1, 1, 0, 1}));
    QVERIFY(std::abs(r.numbers[0] - (-12.5 / sd)) < 1e-14);
    QVERIFY(std::abs(r.numbers[1] - (-2.5 / sd)) < 1e-14);
    QVERIFY(std::abs(r.numbers[4] - (17.5 / sd)) < 1e-14);
    r = evaluated(t, QStringLiteral("zscore(s)")); // one value
    QCOMPARE(r.defined, (std::vector<std::uint8_t>(5, 0)));
    r = evaluated(t, QStringLiteral("zscore(v * 0 + 0.1)")); // no deviation
    QCOMPARE(r.defined, (std::vector<std::uint8_t>(5, 0)));
    Screener s(t);
    QCOMPARE(rowsOf(s, QStringLiteral("rank(v) >= 0.5")), (std::vector<int>{1, 2, 4}));
}

void TestScreener::factors()
{
    Screener s(smallTable());
    // Sharpe_3Y = 0.5, 1.5, 2.5, 1.0 → rank 0, 2/3, 1, 1/3; x = 1, —, 3, 4 → rank(-x) = 1, —, 0.5, 0.
    const std::optional<ScreenError> error = s.setFactors({
        {QStringLiteral("doubled"), QStringLiteral("quality * 2")}, // uses a factor defined after it
        {QStringLiteral("quality"), QStringLiteral("0.5 * rank(sharpe_3y) + 0.5 * rank(-x)")},
    });
    QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
    const FundTable& t = s.table();
    QCOMPARE(t.columnCount(), 7);
    const int q = t.columnIndex(u"QUALITY");
    QVERIFY(q >= 0);
    const FundColumn& quality = t.column(q);
    QCOMPARE(quality.defined, (std::vector<std::uint8_t>{1, 0, 1, 1}));
    QCOMPARE(quality.numbers[0], 0.5);
    QCOMPARE(quality.numbers[2], 0.75);
    QCOMPARE(quality.numbers[3], 1.0 / 6.0);
    const FundColumn& doubled = t.column(t.columnIndex(u"doubled"));
    QCOMPARE(doubled.numbers[2], 1.5);
    QCOMPARE(rowsOf(s, QStringLiteral("quality > 0.4 and doubled < 1.2")), (std::vector<int>{0}));
    const SortKey byQuality[] = {{QStringLiteral("quality"), true}};
    QCOMPARE(valueOf(s.screen(QString(), byQuality)), (std::vector<int>{2, 0, 3, 1}));

    // Replacing the factors drops the old columns.
    QVERIFY(!s.setFactors({{QStringLiteral("half"), QStringLiteral("x / 2")}}));
    QCOMPARE(s.table().columnCount(), 6);
    QCOMPARE(s.table().columnIndex(u"quality"), -1);
    QCOMPARE(rowsOf(s, QStringLiteral("half = 2")), (std::vector<int>{3}));

    const auto parsed = parseFactorDefinition(u" quality = 0.5 * rank(sharpe_3y) ");
    QVERIFY(parsed);
    QCOMPARE(parsed->name, QStringLiteral("quality"));
    QCOMPARE(parsed->expression, QStringLiteral(" 0.5 * rank(sharpe_3y) "));
    QVERIFY(!parseFactorDefinition(u"x == 1"));
    QVERIFY(!parseFactorDefinition(u"x <= 1"));
    QVERIFY(!parseFactorDefinition(u"no equals"));
    QVERIFY(!parseFactorDefinition(u"2x = 1"));
}

void TestScreener::factorErrors()
{
    Screener s(smallTable());
    QVERIFY(!s.setFactors({{QStringLiteral("keep"), QStringLiteral("x + 1")}}));

    const auto check = [&](std::vector<FactorDefinition> factors, const QString& factor, int position,
                           const QString& message) {
        const auto error = s.setFactors(std::move(factors));
        QVERIFY(error);
        QCOMPARE(error->factor, factor);
        QVERIFY2(error->message.contains(message), qPrintable(error->message));
        QCOMPARE(error->position, qsizetype{position});
        // The previous factors stay.
        QCOMPARE(s.factors().size(), std::size_t{1});
        QCOMPARE(s.table().columnCount(), 6);
        QCOMPARE(rowsOf(s, QStringLiteral("keep = 2")), (std::vector<int>{0}));
    };
    check({{QStringLiteral("p"), QStringLiteral("q + 1")},
           {QStringLiteral("q"), QStringLiteral("2 * r")},
           {QStringLiteral("r"), QStringLiteral("x + p")}},
          QStringLiteral("r"), 4, QStringLiteral("factors form a cycle: p → q → r → p"));
    check({{QStringLiteral("self"), QStringLiteral("1 + self")}}, QStringLiteral("self"), 4,
          QStringLiteral("cycle: self → self"));
    check({{QStringLiteral("quality"), QStringLiteral("rank(x)")},
           {QStringLiteral("f"), QStringLiteral("qualty * 2")}},
          QStringLiteral("f"), 0, QStringLiteral("unknown column 'qualty'; did you mean 'quality'?"));
    check({{QStringLiteral("x"), QStringLiteral("1")}}, QStringLiteral("x"), 0,
          QStringLiteral("name of a column"));
    check({{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("A"), QStringLiteral("2")}},
          QStringLiteral("A"), 0, QStringLiteral("defined twice"));
    check({{QStringLiteral("c"), QStringLiteral("x > 1")}}, QStringLiteral("c"), 0,
          QStringLiteral("a factor must be a number, but this expression is a condition"));
    check({{QStringLiteral("bad name"), QStringLiteral("1")}}, QStringLiteral("bad name"), 0,
          QStringLiteral("not an identifier"));
    check({{QStringLiteral("or"), QStringLiteral("1")}}, QStringLiteral("or"), 0, QStringLiteral("keyword"));
    check({{QStringLiteral("g"), QStringLiteral("x +")}}, QStringLiteral("g"), 3,
          QStringLiteral("ends too early"));
}

void TestScreener::sorting()
{
    FundTable t(6);
    const std::vector<std::optional<double>> v{2.0, std::nullopt, 1.0, 2.0, std::nullopt, 3.0};
    QVERIFY(!t.addNumberColumn(QStringLiteral("v"), v));
    QVERIFY(!t.addTextColumn(QStringLiteral("c"),
                             {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b"),
                              QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}));
    Screener s(std::move(t));
    const std::vector<int> all{0, 1, 2, 3, 4, 5};
    const auto sorted = [&](std::vector<SortKey> keys) {
        return s.sort(all, keys).value.value_or(std::vector<int>{});
    };
    // Undefined last either way; ties keep the input order.
    QCOMPARE(sorted({{QStringLiteral("v"), false}}), (std::vector<int>{2, 0, 3, 5, 1, 4}));
    QCOMPARE(sorted({{QStringLiteral("v"), true}}), (std::vector<int>{5, 0, 3, 2, 1, 4}));
    QCOMPARE(sorted({{QStringLiteral("c"), false}, {QStringLiteral("v"), true}}),
             (std::vector<int>{5, 3, 1, 0, 2, 4}));
    QCOMPARE(sorted({{QStringLiteral("c"), true}, {QStringLiteral("-v"), false}}),
             (std::vector<int>{0, 2, 4, 5, 3, 1}));
    QCOMPARE(sorted({}), all);
    const std::vector<int> subset{4, 3, 0};
    const SortKey byV[] = {{QStringLiteral("v"), false}};
    QCOMPARE(valueOf(s.sort(subset, byV)), (std::vector<int>{3, 0, 4}));
    QCOMPARE(valueOf(s.screen(QStringLiteral("c = \"a\""), byV)), (std::vector<int>{3, 5, 1}));

    const SortKey condition[] = {{QStringLiteral("v > 1"), false}};
    QVERIFY(s.sort(all, condition).error.message.contains(QStringLiteral("number or text")));
    const SortKey unknown[] = {{QStringLiteral("w"), false}};
    QVERIFY(
        s.sort(all, unknown).error.message.contains(QStringLiteral("unknown column 'w'; did you mean 'v'?")));
    const std::vector<int> outside{0, 6};
    QVERIFY(s.sort(outside, byV).error.message.contains(QStringLiteral("not in the table")));
}

void TestScreener::sortingAgainstReference()
{
    std::mt19937 rng(7);
    for (int round = 0; round < 20; ++round) {
        RandomTable r = randomTable(rng, 80);
        Screener s(r.table);
        const bool d0 = round % 2 == 0, d1 = round % 3 == 0;
        const SortKey keys[] = {
            {QStringLiteral("t0"), d0}, {QStringLiteral("n0"), d1}, {QStringLiteral("n1 * 2"), !d1}};
        std::vector<int> rows;
        for (int i = 79; i >= 0; i -= 2)
            rows.push_back(i);
        const auto sorted = s.sort(rows, keys);
        QVERIFY(sorted.ok());
        // Reference: insertion sort (stable by construction) with the rule written out.
        const auto before = [&](int a, int b) {
            const QString& ta = r.texts[0][static_cast<std::size_t>(a)];
            const QString& tb = r.texts[0][static_cast<std::size_t>(b)];
            if (ta != tb)
                return d0 ? ta > tb : ta < tb;
            const auto numberKey = [](Num x, Num y, bool desc) -> int {
                if (x.has_value() != y.has_value())
                    return x ? -1 : 1;
                if (!x || *x == *y)
                    return 0;
                return (desc ? *x > *y : *x < *y) ? -1 : 1;
            };
            int c = numberKey(r.numbers[0][static_cast<std::size_t>(a)],
                              r.numbers[0][static_cast<std::size_t>(b)], d1);
            if (c != 0)
                return c < 0;
            const auto twice = [](Num x) { return x ? Num(*x * 2) : std::nullopt; };
            c = numberKey(twice(r.numbers[1][static_cast<std::size_t>(a)]),
                          twice(r.numbers[1][static_cast<std::size_t>(b)]), !d1);
            return c < 0;
        };
        std::vector<int> expected;
        for (int row : rows) {
            auto at = expected.end();
            while (at != expected.begin() && before(row, *(at - 1)))
                --at;
            expected.insert(at, row);
        }
        QCOMPARE(*sorted.value, expected);
    }
}

void TestScreener::completion()
{
    FundTable t(1);
    for (const char* name : {"sharpe_1y", "sharpe_3y", "max_drawdown_3y", "annualized_return_3y", "aum"})
        QVERIFY(!t.addNumberColumn(QString::fromUtf8(name), std::vector<double>{1}));
    QVERIFY(!t.addTextColumn(QStringLiteral("name"), {QStringLiteral("x")}));
    Screener s(std::move(t));
    QVERIFY(!s.setFactors({{QStringLiteral("quality"), QStringLiteral("rank(sharpe_3y)")}}));

    const auto texts = [](const std::vector<Completion>& list) {
        QStringList out;
        for (const Completion& c : list)
            out.push_back(c.text);
        return out;
    };
    auto c = s.complete(u"SHA", 3);
    QCOMPARE(texts(c), (QStringList{QStringLiteral("sharpe_1y"), QStringLiteral("sharpe_3y")}));
    QCOMPARE(c[0].replaceFrom, 0);
    QCOMPARE(c[0].replaceLength, 3);
    QCOMPARE(c[0].kind, Completion::Kind::Column);

    // Prefix matches (columns, then functions) before substring matches.
    const QString text = QStringLiteral("sharpe_3y > 1 and m");
    c = s.complete(text, text.size());
    QCOMPARE(texts(c), (QStringList{QStringLiteral("max_drawdown_3y"), QStringLiteral("max("),
                                    QStringLiteral("min("), QStringLiteral("aum"), QStringLiteral("name")}));
    QCOMPARE(c[0].replaceFrom, 18);
    QCOMPARE(c[1].kind, Completion::Kind::Function);
    QVERIFY(c[1].display.startsWith(QStringLiteral("max(x, y, …)")));

    // Cursor inside the text: the prefix is what precedes the cursor.
    c = s.complete(u"rank(sh) > 0.5", 7);
    QCOMPARE(c.size(), std::size_t{2});
    QCOMPARE(c[0].replaceFrom, 5);
    QCOMPARE(c[0].replaceLength, 2);

    c = s.complete(u"x > 1 an", 8);
    // A prefix match of any kind beats a substring match (rank).
    QCOMPARE(texts(c), (QStringList{QStringLiteral("annualized_return_3y"), QStringLiteral("and"),
                                    QStringLiteral("rank(")}));
    QCOMPARE(c[1].kind, Completion::Kind::Keyword);

    c = s.complete(u"qual", 4);
    QCOMPARE(c.size(), std::size_t{1});
    QCOMPARE(c[0].kind, Completion::Kind::Factor);

    c = s.complete(u"zsc", 3);
    QCOMPARE(texts(c), QStringList{QStringLiteral("zscore(")});
    QVERIFY(c[0].display.contains(QStringLiteral("zscore(x)")));

    QVERIFY(s.complete(u"name = \"sha", 11).empty()); // inside a string
    QVERIFY(s.complete(u"x > 1e", 6).empty());        // inside a number
    QVERIFY(s.complete(u"x > 1.5e", 8).empty());
    QVERIFY(s.complete(u"qqqq", 4).empty());
    c = s.complete(u"", 0); // everything, columns first
    QCOMPARE(c.size(), std::size_t{6 + 1 + 10 + 5});
    QCOMPARE(c.front().kind, Completion::Kind::Column);
    QCOMPARE(c.back().kind, Completion::Kind::Keyword);
    QCOMPARE(s.complete(u"", 0, 3).size(), std::size_t{3});
    c = s.complete(u"name = \"a\\\" b\" and aU", 21); // an escaped quote does not end the string
    QCOMPARE(texts(c), QStringList{QStringLiteral("aum")});
}

void TestScreener::chineseText()
{
    Screener s(smallTable());
    QCOMPARE(rowsOf(s, QStringLiteral("category = \"股票型\"")), (std::vector<int>{0}));
    QCOMPARE(rowsOf(s, QStringLiteral("category in (\"股票型\", \"混合型\") and x > 1")),
             (std::vector<int>{3}));
    QCOMPARE(rowsOf(s, QStringLiteral("contains(name, \"消费\") or contains(name, \"债\")")),
             (std::vector<int>{0, 1}));
    QCOMPARE(rowsOf(s, QStringLiteral("not contains(name, \"消费\")")), (std::vector<int>{1, 2, 3}));
    QCOMPARE(rowsOf(s, QStringLiteral("category <> \"股票\"")), (std::vector<int>{0, 1, 2, 3}));
    const SortKey byName[] = {{QStringLiteral("name"), false}};
    QCOMPARE(s.sort(std::vector<int>{0, 1, 2, 3}, byName).value->front(), 2); // Latin sorts before CJK
    const auto error = s.filter(QStringLiteral("contains(name, \"消费\") and 消费"));
    QCOMPARE(error.error.position, qsizetype{25});
}

void TestScreener::bruteForceAgainstRowInterpreter()
{
    std::mt19937 rng(20261204);
    int conditions = 0, numbers = 0, selectedTotal = 0;
    for (int round = 0; round < 150; ++round) {
        const RandomTable r = randomTable(rng, 1 + static_cast<int>(rng() % 60));
        Generator gen(r, rng);
        for (int e = 0; e < 60; ++e) {
            const int depth = 1 + static_cast<int>(rng() % 4);
            const bool asCondition = rng() % 3 != 0;
            QString text;
            std::function<Num(int)> number;
            std::function<Cond(int)> condition;
            if (asCondition) {
                GenCond g = gen.condition(depth);
                text = g.text;
                condition = g.eval;
            } else {
                GenNumber g = gen.number(depth);
                text = g.text;
                number = g.eval;
            }
            const auto compiled = ScreenExpression::compile(text, r.table);
            QVERIFY2(compiled.ok(), qPrintable(text + QStringLiteral(" → ") + compiled.error.toString()));
            const EvaluatedColumn got = compiled.value->evaluate(r.table);
            QCOMPARE(got.numbers.size(), static_cast<std::size_t>(r.rows));
            for (int row = 0; row < r.rows; ++row) {
                const auto k = static_cast<std::size_t>(row);
                if (asCondition) {
                    QCOMPARE(compiled.value->type(), ValueType::Condition);
                    const Cond want = condition(row);
                    QVERIFY2(got.defined[k] == (want ? 1 : 0),
                             qPrintable(QStringLiteral("%1 row %2").arg(text).arg(row)));
                    if (want)
                        QVERIFY2((got.numbers[k] != 0) == *want,
                                 qPrintable(QStringLiteral("%1 row %2").arg(text).arg(row)));
                } else {
                    QCOMPARE(compiled.value->type(), ValueType::Number);
                    const Num want = number(row);
                    QVERIFY2(got.defined[k] == (want ? 1 : 0),
                             qPrintable(QStringLiteral("%1 row %2").arg(text).arg(row)));
                    if (want)
                        QVERIFY2(std::abs(got.numbers[k] - *want) <= 1e-12 * (1 + std::abs(*want)),
                                 qPrintable(QStringLiteral("%1 row %2: %3 vs %4")
                                                .arg(text)
                                                .arg(row)
                                                .arg(got.numbers[k])
                                                .arg(*want)));
                }
            }
            if (asCondition) {
                ++conditions;
                std::vector<int> expected;
                for (int row = 0; row < r.rows; ++row)
                    if (condition(row) == true)
                        expected.push_back(row);
                QCOMPARE(compiled.value->selectedRows(r.table), expected);
                selectedTotal += static_cast<int>(expected.size());
            } else {
                ++numbers;
            }
        }
    }
    // The generator must exercise both kinds and select some but not all rows.
    QVERIFY(conditions > 4000 && numbers > 2000);
    QVERIFY(selectedTotal > 10000);
    qInfo("%d conditions, %d number expressions, %d selected rows", conditions, numbers, selectedTotal);
}

QTEST_MAIN(TestScreener)
#include "tst_screener.moc"
