#pragma once

// The fund screener: filter expressions over any indicator column, user-defined factors, multi-key
// sorting and completion, over a columnar table of funds. The engine knows no indicator names; the
// table brings them (e.g. "sharpe_3y" from the metric keys × window suffixes, "category", "aum").
//
// Grammar (precedence from low to high; keywords and identifiers are case-insensitive):
//
//   expression  := or
//   or          := and { "or" and }
//   and         := not { "and" not }
//   not         := "not" not | comparison
//   comparison  := additive [ compare-op additive
//                           | ["not"] "in" "(" expression { "," expression } ")"
//                           | ["not"] "between" additive "and" additive ]
//   compare-op  := "<" | "<=" | ">" | ">=" | "=" | "==" | "!=" | "<>"
//   additive    := multiplicative { ("+" | "-") multiplicative }
//   multiplicative := unary { ("*" | "/") unary }
//   unary       := "-" unary | primary
//   primary     := number | string | identifier | identifier "(" [ expression { "," expression } ] ")"
//                | "(" expression ")"
//   number      := digits ["." digits] [("e"|"E") ["+"|"-"] digits] ["%"]     (20% is 0.2; ".5" too)
//   string      := '"' any text, \" and \\ escaped '"'                          (Chinese text is fine)
//   identifier  := (ASCII letter | "_") { ASCII letter | digit | "_" }
//
// Comparisons do not chain (a < b < c is an error: write a < b and b < c).
//
// Types: number, text, condition. Arithmetic and < <= > >= need numbers; text compares only with
// = == != <> and in (exact, case-sensitive), and with contains(). and/or/not need conditions. The
// filter must be a condition, a factor and a sort key a number (a sort key may also be text).
//
// Undefined: a number column may be undefined in a row (a metric that does not exist for that fund).
// Undefined propagates through arithmetic and functions; division by zero, log of x <= 0, sqrt of
// x < 0 and any overflow give undefined (never inf or NaN). A comparison with an undefined operand is
// unknown, and conditions follow SQL's three-valued logic: not unknown = unknown, unknown and false =
// false, unknown or true = true. A row is selected only when the filter is known to be true, so both
// "x > 1" and "not (x > 1)" leave out the rows where x is undefined; is_defined(x) tests explicitly.
// Text is never undefined (an empty string is a value).
//
// Functions:
//   abs(x) sqrt(x) log(x)        log is natural
//   min(x, y, …) max(x, y, …)    two or more arguments, undefined if any is
//   coalesce(x, y, …)            the first defined argument
//   is_defined(x)                a condition, never unknown
//   contains(text, "part")       a condition; case-insensitive for Latin letters
//   rank(x)                      percentile 0..1 over the rows where x is defined: (r − 1) / (n − 1)
//                                with r the 1-based rank, ties given their average rank; a single
//                                defined row gets 0.5
//   zscore(x)                    (x − mean) / sample std (ddof = 1) over the rows where x is defined;
//                                undefined when fewer than two rows or a deviation that is zero up
//                                to rounding (at most 64·ε·(1 + max abs(x)))
// rank and zscore are cross-sectional over all rows of the table (the whole universe), not over
// the rows a filter selects, so "rank(sharpe_3y) >= 0.8" is the top fifth of the universe.
//
// Evaluation is column-at-a-time: an expression compiles once (tokens → a recursive-descent parse
// that type-checks each node and emits it as an instruction → a flat program of vector
// instructions, operands first), and each instruction runs over every row of the table in one
// loop; constants stay one value wide. `in` evaluates its left side once.
// Positions in errors and completion are 0-based QString (UTF-16) indices into the expression text.

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace ws::funds {

enum class ValueType { Number, Text, Condition };

// A clear message and where in the text it applies. `factor` names the factor whose expression is
// wrong (empty for a filter or sort key).
struct ScreenError
{
    qsizetype position = 0;
    QString message;
    QString factor;
    QString toString() const;
};

// A value or the error that prevented it.
template <class T> struct ScreenResult
{
    std::optional<T> value;
    ScreenError error;
    bool ok() const { return value.has_value(); }
};

// One column of the table: numbers with validity, or text. `defined` is 1 where the number exists;
// an undefined number's slot holds 0. Text is also dictionary-encoded (a fund table has few
// distinct categories, companies, managers): texts[i] == dictionary[codes[i]], and
// codeOrder[code] is the code's place in the dictionary sorted by code point. Equality with a
// literal, contains() and sorting then work on integers.
struct FundColumn
{
    QString name;
    ValueType type = ValueType::Number;
    std::vector<double> numbers;
    std::vector<std::uint8_t> defined;
    std::vector<QString> texts;
    std::vector<std::uint32_t> codes;
    std::vector<QString> dictionary;
    std::vector<std::uint32_t> codeOrder;
};

// A columnar table of funds: named number and text columns of equal length. Names are identifiers
// (ASCII letters, digits, _), looked up case-insensitively.
class FundTable
{
public:
    explicit FundTable(std::size_t rowCount = 0) : rows_(rowCount) {}

    std::size_t rowCount() const { return rows_; }
    int columnCount() const { return static_cast<int>(columns_.size()); }
    const FundColumn& column(int index) const { return columns_[static_cast<std::size_t>(index)]; }
    // The column's index, or -1.
    int columnIndex(QStringView name) const;
    QStringList columnNames() const;

    // Adding fails with a message on a wrong length, an invalid or duplicate name. A NaN or infinite
    // value is stored as undefined; an empty `defined` means every finite value is defined.
    [[nodiscard]] std::optional<QString> addNumberColumn(const QString& name, std::span<const double> values,
                                                         std::span<const std::uint8_t> defined = {});
    [[nodiscard]] std::optional<QString> addNumberColumn(const QString& name,
                                                         std::span<const std::optional<double>> values);
    [[nodiscard]] std::optional<QString> addTextColumn(const QString& name, std::vector<QString> values);
    // Drops the columns from `count` on (the screener's factor columns).
    void truncateColumns(int count);

private:
    std::optional<QString> checkNewColumn(const QString& name, std::size_t length) const;
    void append(FundColumn column);

    std::size_t rows_ = 0;
    std::vector<FundColumn> columns_;
    QHash<QString, int> indexByLowerName_;
};

// The result of evaluating an expression over every row: numbers with validity, conditions as
// numbers 1/0 with `defined` = known, or text.
struct EvaluatedColumn
{
    ValueType type = ValueType::Number;
    std::vector<double> numbers;
    std::vector<std::uint8_t> defined;
    std::vector<QString> texts;
};

// A compiled expression, bound to the columns of the table it was compiled against: evaluate it on
// that table (or one with the same leading columns).
class ScreenExpression
{
public:
    ScreenExpression();
    ~ScreenExpression();
    ScreenExpression(const ScreenExpression&);
    ScreenExpression(ScreenExpression&&) noexcept;
    ScreenExpression& operator=(const ScreenExpression&);
    ScreenExpression& operator=(ScreenExpression&&) noexcept;

    // `placeholders`: extra names accepted as number columns not (yet) in the table (the factors'
    // names while their dependencies are worked out); references to them are reported by
    // referencedPlaceholders() and evaluate as undefined.
    static ScreenResult<ScreenExpression> compile(QStringView text, const FundTable& table,
                                                  const QStringList& placeholders = {});

    ValueType type() const { return type_; }
    // The expression fully parenthesized with canonical spelling, e.g. "((a + (b * 2)) > 1)".
    const QString& canonical() const { return canonical_; }
    // Indices into `placeholders` that the expression uses.
    const std::vector<int>& referencedPlaceholders() const { return placeholderRefs_; }
    // Positions of those references in the text (same order).
    const std::vector<qsizetype>& placeholderPositions() const { return placeholderPositions_; }
    int instructionCount() const;

    EvaluatedColumn evaluate(const FundTable& table) const;
    // The text column the expression is, or -1 when it is anything else (used to sort on codes).
    int plainTextColumn() const;
    // The rows where a condition is known true (in ascending order).
    std::vector<int> selectedRows(const FundTable& table) const;

    struct Instruction;

private:
    ValueType type_ = ValueType::Number;
    QString canonical_;
    std::vector<Instruction> program_;
    std::vector<int> placeholderRefs_;
    std::vector<qsizetype> placeholderPositions_;
    friend class ExpressionCompiler;
};

struct FactorDefinition
{
    QString name;
    QString expression;
};
// Splits "quality = 0.5 * rank(sharpe_3y)" at the first single '='; nullopt when there is none or
// the name is not an identifier.
std::optional<FactorDefinition> parseFactorDefinition(QStringView line);

struct SortKey
{
    QString expression; // a column name or any number/text expression
    bool descending = false;
};

struct Completion
{
    enum class Kind { Column, Factor, Function, Keyword };
    Kind kind = Kind::Column;
    QString text;              // what to insert, e.g. "sharpe_3y" or "rank("
    QString display;           // shown in the list, e.g. "rank(x) — percentile 0..1 …"
    qsizetype replaceFrom = 0; // the identifier prefix to replace: [replaceFrom, replaceFrom + replaceLength)
    qsizetype replaceLength = 0;
};

// The screener over one table: user-defined factors become number columns of the table, usable in
// filters, sort keys and other factors.
class Screener
{
public:
    explicit Screener(FundTable table);

    // The table with the factor columns appended after the base columns.
    const FundTable& table() const { return table_; }
    const std::vector<FactorDefinition>& factors() const { return factors_; }

    // Replaces all factors. Factors may use columns and each other in any order; a cycle, an unknown
    // name, a name clashing with a column or another factor, or an expression that is not a number is
    // an error naming the factor, and the previous factors stay.
    std::optional<ScreenError> setFactors(std::vector<FactorDefinition> factors);

    // The rows where `expression` is known true, ascending; an empty or blank expression selects all.
    ScreenResult<std::vector<int>> filter(QStringView expression) const;
    // `rows` reordered by the keys (first key first). Stable; undefined values go last whichever the
    // direction; text sorts by code point.
    ScreenResult<std::vector<int>> sort(std::span<const int> rows, std::span<const SortKey> keys) const;
    // filter then sort.
    ScreenResult<std::vector<int>> screen(QStringView filterExpression, std::span<const SortKey> keys) const;

    // Candidates for the identifier prefix that ends at `cursor` (nothing inside a string literal):
    // prefix matches before substring matches, then columns, factors, functions, keywords, then by
    // name; case-insensitive. An empty prefix lists everything. At most `limit` candidates.
    std::vector<Completion> complete(QStringView text, qsizetype cursor, int limit = 50) const;

private:
    std::optional<ScreenError> applyFactors(const std::vector<FactorDefinition>& factors);

    FundTable table_;
    int baseColumnCount_ = 0;
    std::vector<FactorDefinition> factors_;
};

// The functions of the language with their signatures, for help texts and completion.
struct ScreenFunctionInfo
{
    const char* name;
    const char* signature;
    const char* summary;
};
std::span<const ScreenFunctionInfo> screenFunctions();

// Levenshtein distance, case-insensitive (used for "did you mean").
int editDistance(QStringView a, QStringView b);

} // namespace ws::funds
