#include "funds/Screener.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>

namespace ws::funds {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isIdentStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_';
}

bool isIdentChar(QChar c)
{
    const char16_t u = c.unicode();
    return isIdentStart(c) || (u >= '0' && u <= '9');
}

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

const QStringList& keywords()
{
    static const QStringList list{QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"),
                                  QStringLiteral("in"), QStringLiteral("between")};
    return list;
}

bool isIdentifier(QStringView name)
{
    if (name.isEmpty() || !isIdentStart(name.front()))
        return false;
    return std::all_of(name.begin(), name.end(), isIdentChar);
}

constexpr ScreenFunctionInfo kFunctions[] = {
    {"abs", "abs(x)", "absolute value"},
    {"coalesce", "coalesce(x, y, …)", "the first defined argument"},
    {"contains", "contains(text, \"part\")", "text contains part (case-insensitive for Latin letters)"},
    {"is_defined", "is_defined(x)", "x is defined (never unknown)"},
    {"log", "log(x)", "natural logarithm; undefined for x <= 0"},
    {"max", "max(x, y, …)", "largest argument"},
    {"min", "min(x, y, …)", "smallest argument"},
    {"rank", "rank(x)", "percentile 0..1 among the rows where x is defined, ties averaged"},
    {"sqrt", "sqrt(x)", "square root; undefined for x < 0"},
    {"zscore", "zscore(x)", "(x − mean) / sample std over the rows where x is defined"},
};

QString suggestion(const QString& name, const QStringList& candidates)
{
    QString best;
    int bestDistance = std::max(2, static_cast<int>(name.size()) / 3) + 1;
    for (const QString& c : candidates) {
        const int d = editDistance(name, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

QString typeName(ValueType t)
{
    switch (t) {
    case ValueType::Number:
        return QStringLiteral("a number");
    case ValueType::Text:
        return QStringLiteral("text");
    case ValueType::Condition:
        return QStringLiteral("a condition");
    }
    return {};
}

} // namespace

QString ScreenError::toString() const
{
    const QString where = factor.isEmpty() ? QString() : QStringLiteral("factor '%1': ").arg(factor);
    return QStringLiteral("%1position %2: %3").arg(where).arg(position).arg(message);
}

int editDistance(QStringView a, QStringView b)
{
    const QString x = a.toString().toLower();
    const QString y = b.toString().toLower();
    std::vector<int> previous(static_cast<std::size_t>(y.size()) + 1);
    std::vector<int> current(previous.size());
    std::iota(previous.begin(), previous.end(), 0);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const auto uj = static_cast<std::size_t>(j);
            const int substitute = previous[uj - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
            current[uj] = std::min({previous[uj] + 1, current[uj - 1] + 1, substitute});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

std::span<const ScreenFunctionInfo> screenFunctions()
{
    return kFunctions;
}

// ---------------------------------------------------------------------------------------- table

int FundTable::columnIndex(QStringView name) const
{
    return indexByLowerName_.value(name.toString().toLower(), -1);
}

QStringList FundTable::columnNames() const
{
    QStringList names;
    names.reserve(static_cast<qsizetype>(columns_.size()));
    for (const FundColumn& c : columns_)
        names.push_back(c.name);
    return names;
}

std::optional<QString> FundTable::checkNewColumn(const QString& name, std::size_t length) const
{
    if (!isIdentifier(name))
        return QStringLiteral("column name '%1' is not an identifier (ASCII letters, digits, _)").arg(name);
    if (keywords().contains(name.toLower()))
        return QStringLiteral("column name '%1' is a keyword").arg(name);
    if (columnIndex(name) >= 0)
        return QStringLiteral("duplicate column '%1'").arg(name);
    if (length != rows_)
        return QStringLiteral("column '%1' has %2 values, the table %3 rows")
            .arg(name)
            .arg(length)
            .arg(rows_);
    return std::nullopt;
}

void FundTable::append(FundColumn column)
{
    indexByLowerName_.insert(column.name.toLower(), columnCount());
    columns_.push_back(std::move(column));
}

std::optional<QString> FundTable::addNumberColumn(const QString& name, std::span<const double> values,
                                                  std::span<const std::uint8_t> defined)
{
    if (auto error = checkNewColumn(name, values.size()))
        return error;
    if (!defined.empty() && defined.size() != values.size())
        return QStringLiteral("column '%1': %2 validity flags for %3 values")
            .arg(name)
            .arg(defined.size())
            .arg(values.size());
    FundColumn c{name, ValueType::Number, {}, {}, {}, {}, {}, {}};
    c.numbers.resize(values.size());
    c.defined.resize(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const bool ok = std::isfinite(values[i]) && (defined.empty() || defined[i] != 0);
        c.numbers[i] = ok ? values[i] : 0.0;
        c.defined[i] = ok ? 1 : 0;
    }
    append(std::move(c));
    return std::nullopt;
}

std::optional<QString> FundTable::addNumberColumn(const QString& name,
                                                  std::span<const std::optional<double>> values)
{
    std::vector<double> numbers(values.size());
    std::vector<std::uint8_t> defined(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        numbers[i] = values[i].value_or(0.0);
        defined[i] = values[i].has_value() ? 1 : 0;
    }
    return addNumberColumn(name, numbers, defined);
}

std::optional<QString> FundTable::addTextColumn(const QString& name, std::vector<QString> values)
{
    if (auto error = checkNewColumn(name, values.size()))
        return error;
    FundColumn c{name, ValueType::Text, {}, {}, std::move(values), {}, {}, {}};
    QHash<QString, std::uint32_t> codeOf;
    c.codes.reserve(c.texts.size());
    for (const QString& text : c.texts) {
        auto it = codeOf.find(text);
        if (it == codeOf.end()) {
            it = codeOf.insert(text, static_cast<std::uint32_t>(c.dictionary.size()));
            c.dictionary.push_back(text);
        }
        c.codes.push_back(*it);
    }
    std::vector<std::uint32_t> sorted(c.dictionary.size());
    std::iota(sorted.begin(), sorted.end(), 0u);
    std::sort(sorted.begin(), sorted.end(), [&](std::uint32_t x, std::uint32_t y) {
        return QString::compare(c.dictionary[x], c.dictionary[y]) < 0;
    });
    c.codeOrder.resize(sorted.size());
    for (std::size_t k = 0; k < sorted.size(); ++k)
        c.codeOrder[sorted[k]] = static_cast<std::uint32_t>(k);
    append(std::move(c));
    return std::nullopt;
}

void FundTable::truncateColumns(int count)
{
    while (columnCount() > std::max(count, 0)) {
        indexByLowerName_.remove(columns_.back().name.toLower());
        columns_.pop_back();
    }
}

// -------------------------------------------------------------------------------------- program

enum class Op {
    LoadColumn,
    LoadNumber,
    LoadText,
    Placeholder,
    Neg,
    Add,
    Sub,
    Mul,
    Div,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Equal,
    NotEqual,
    TextEqual,
    TextNotEqual,
    And,
    Or,
    Not,
    Abs,
    Sqrt,
    Log,
    Min,
    Max,
    Coalesce,
    IsDefined,
    Contains,
    Rank,
    Zscore,
};

// One vector instruction; its result is register number = its index in the program (single
// assignment), its operands earlier registers.
struct ScreenExpression::Instruction
{
    Op op = Op::LoadNumber;
    ValueType type = ValueType::Number;
    int a = -1;
    int b = -1;
    int column = -1;
    double number = 0;
    QString text;
};

ScreenExpression::ScreenExpression() = default;
ScreenExpression::~ScreenExpression() = default;
ScreenExpression::ScreenExpression(const ScreenExpression&) = default;
ScreenExpression::ScreenExpression(ScreenExpression&&) noexcept = default;
ScreenExpression& ScreenExpression::operator=(const ScreenExpression&) = default;
ScreenExpression& ScreenExpression::operator=(ScreenExpression&&) noexcept = default;

int ScreenExpression::instructionCount() const
{
    return static_cast<int>(program_.size());
}

// ----------------------------------------------------------------------------------------- lexer

namespace {

struct Token
{
    enum class Kind { Number, String, Identifier, Symbol, End };
    Kind kind = Kind::End;
    qsizetype position = 0;
    double number = 0;
    QString text;     // identifier lowercased, string content, symbol spelling
    QString spelling; // as written
};

struct CompileFailure
{
    ScreenError error;
};

[[noreturn]] void fail(qsizetype position, QString message)
{
    throw CompileFailure{ScreenError{position, std::move(message), {}}};
}

std::vector<Token> tokenize(QStringView text)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.position = i;
        if (isDigit(c) || (c == u'.' && i + 1 < n && isDigit(text[i + 1]))) {
            qsizetype j = i;
            while (j < n && isDigit(text[j]))
                ++j;
            if (j < n && text[j] == u'.') {
                ++j;
                while (j < n && isDigit(text[j]))
                    ++j;
            }
            if (j < n && (text[j] == u'e' || text[j] == u'E')) {
                qsizetype k = j + 1;
                if (k < n && (text[k] == u'+' || text[k] == u'-'))
                    ++k;
                if (k >= n || !isDigit(text[k]))
                    fail(i, QStringLiteral("malformed number '%1': an exponent needs digits")
                                .arg(text.mid(i, k - i).toString()));
                while (k < n && isDigit(text[k]))
                    ++k;
                j = k;
            }
            bool ok = false;
            t.number = QLocale::c().toDouble(text.mid(i, j - i), &ok);
            if (!ok || !std::isfinite(t.number))
                fail(i, QStringLiteral("malformed number '%1'").arg(text.mid(i, j - i).toString()));
            if (j < n && text[j] == u'%') {
                t.number /= 100.0;
                ++j;
            }
            if (j < n && (isIdentChar(text[j]) || text[j] == u'.'))
                fail(i, QStringLiteral("malformed number '%1': a number cannot run into '%2'")
                            .arg(text.mid(i, j - i).toString(), QString(text[j])));
            t.kind = Token::Kind::Number;
            t.spelling = text.mid(i, j - i).toString();
            i = j;
        } else if (isIdentStart(c)) {
            qsizetype j = i;
            while (j < n && isIdentChar(text[j]))
                ++j;
            t.kind = Token::Kind::Identifier;
            t.spelling = text.mid(i, j - i).toString();
            t.text = t.spelling.toLower();
            i = j;
        } else if (c == u'"') {
            qsizetype j = i + 1;
            QString content;
            bool closed = false;
            while (j < n) {
                if (text[j] == u'\\' && j + 1 < n && (text[j + 1] == u'"' || text[j + 1] == u'\\')) {
                    content += text[j + 1];
                    j += 2;
                } else if (text[j] == u'"') {
                    closed = true;
                    ++j;
                    break;
                } else {
                    content += text[j++];
                }
            }
            if (!closed)
                fail(i, QStringLiteral("unterminated string: the '\"' here has no closing '\"'"));
            t.kind = Token::Kind::String;
            t.text = content;
            t.spelling = text.mid(i, j - i).toString();
            i = j;
        } else {
            static const QString twoChar[] = {QStringLiteral("<="), QStringLiteral(">="),
                                              QStringLiteral("=="), QStringLiteral("!="),
                                              QStringLiteral("<>")};
            t.kind = Token::Kind::Symbol;
            const QStringView two = text.mid(i, 2);
            if (std::find(std::begin(twoChar), std::end(twoChar), two) != std::end(twoChar)) {
                t.text = two.toString();
                i += 2;
            } else if (QStringLiteral("()+-*/<>=,").contains(c)) {
                t.text = QString(c);
                ++i;
            } else if (c == u'!') {
                fail(i, QStringLiteral("'!' must be followed by '=' (write not for negation)"));
            } else if (c == u'\'') {
                fail(i, QStringLiteral("strings are written in double quotes, e.g. \"equity\""));
            } else if (c.unicode() > 127) {
                fail(i, QStringLiteral("unexpected character '%1': identifiers use ASCII letters, digits "
                                       "and _; put text in double quotes")
                            .arg(c));
            } else {
                fail(i, QStringLiteral("unexpected character '%1'").arg(c));
            }
            t.spelling = t.text;
        }
        tokens.push_back(std::move(t));
    }
    Token end;
    end.position = n;
    tokens.push_back(end);
    return tokens;
}

QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    escaped.replace(QStringLiteral("\""), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

// ---------------------------------------------------------------------------------------- parser

// A recursive-descent parser that type-checks each node as it is built and emits its instruction:
// the recursion is the typed tree, the emitted list the flat program (operands before their users).
class ExpressionCompiler
{
public:
    ExpressionCompiler(std::vector<Token> tokens, const FundTable& table, const QStringList& placeholders,
                       ScreenExpression& out)
        : tokens_(std::move(tokens)), table_(table), placeholders_(placeholders), out_(out)
    {}

    void run()
    {
        if (tokens_.front().kind == Token::Kind::End)
            fail(0, QStringLiteral("empty expression"));
        const Node root = parseOr();
        if (peek().kind != Token::Kind::End)
            fail(peek().position,
                 QStringLiteral("unexpected '%1' after the end of the expression").arg(peek().spelling));
        out_.type_ = root.type;
        out_.canonical_ = root.canonical;
    }

private:
    struct Node
    {
        int reg = -1;
        ValueType type = ValueType::Number;
        qsizetype position = 0;
        QString canonical;
    };

    const Token& peek(int ahead = 0) const
    {
        const auto i = std::min(next_ + static_cast<std::size_t>(ahead), tokens_.size() - 1);
        return tokens_[i];
    }
    Token take() { return tokens_[std::min(next_++, tokens_.size() - 1)]; }
    bool isKeyword(const Token& t, const char* word) const
    {
        return t.kind == Token::Kind::Identifier && t.text == QLatin1String(word);
    }
    bool isSymbol(const Token& t, const char* symbol) const
    {
        return t.kind == Token::Kind::Symbol && t.text == QLatin1String(symbol);
    }

    int push(ScreenExpression::Instruction instruction)
    {
        out_.program_.push_back(std::move(instruction));
        return static_cast<int>(out_.program_.size()) - 1;
    }
    Node make(Op op, ValueType type, const Node& a, const Node* b, qsizetype position, QString canonical)
    {
        ScreenExpression::Instruction in;
        in.op = op;
        in.type = type;
        in.a = a.reg;
        in.b = b ? b->reg : -1;
        return Node{push(std::move(in)), type, position, std::move(canonical)};
    }

    static void require(const Node& n, ValueType type, const QString& what)
    {
        if (n.type != type)
            fail(n.position,
                 QStringLiteral("%1 needs %2, but this is %3").arg(what, typeName(type), typeName(n.type)));
    }

    // Bounds the recursion so a pathological "((((…" or "- - - …" is an error, not a stack overflow.
    struct DepthGuard
    {
        int& depth;
        DepthGuard(int& d, qsizetype position) : depth(d)
        {
            if (++depth > kMaxDepth)
                fail(position, QStringLiteral("the expression is nested too deeply (more than %1 levels)")
                                   .arg(kMaxDepth));
        }
        ~DepthGuard() { --depth; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;
    };
    static constexpr int kMaxDepth = 200;

    Node parseOr()
    {
        const DepthGuard guard(depth_, peek().position);
        Node left = parseAnd();
        while (isKeyword(peek(), "or")) {
            take();
            const Node right = parseAnd();
            require(left, ValueType::Condition, QStringLiteral("'or'"));
            require(right, ValueType::Condition, QStringLiteral("'or'"));
            left = make(Op::Or, ValueType::Condition, left, &right, left.position,
                        QStringLiteral("(%1 or %2)").arg(left.canonical, right.canonical));
        }
        return left;
    }

    Node parseAnd()
    {
        Node left = parseNot();
        while (isKeyword(peek(), "and")) {
            take();
            const Node right = parseNot();
            require(left, ValueType::Condition, QStringLiteral("'and'"));
            require(right, ValueType::Condition, QStringLiteral("'and'"));
            left = make(Op::And, ValueType::Condition, left, &right, left.position,
                        QStringLiteral("(%1 and %2)").arg(left.canonical, right.canonical));
        }
        return left;
    }

    Node parseNot()
    {
        if (isKeyword(peek(), "not")) {
            const DepthGuard guard(depth_, peek().position);
            const qsizetype position = take().position;
            const Node operand = parseNot();
            require(operand, ValueType::Condition, QStringLiteral("'not'"));
            return make(Op::Not, ValueType::Condition, operand, nullptr, position,
                        QStringLiteral("(not %1)").arg(operand.canonical));
        }
        return parseComparison();
    }

    static bool isComparison(const Token& t)
    {
        static const QStringList ops{QStringLiteral("<"),  QStringLiteral("<="), QStringLiteral(">"),
                                     QStringLiteral(">="), QStringLiteral("="),  QStringLiteral("=="),
                                     QStringLiteral("!="), QStringLiteral("<>")};
        return t.kind == Token::Kind::Symbol && ops.contains(t.text);
    }

    Node equality(const Node& left, const Node& right, bool equal, qsizetype position)
    {
        if (left.type == ValueType::Condition || right.type == ValueType::Condition)
            fail(position, QStringLiteral("conditions cannot be compared; combine them with and / or"));
        if (left.type != right.type)
            fail(position,
                 QStringLiteral("cannot compare %1 with %2").arg(typeName(left.type), typeName(right.type)));
        const bool text = left.type == ValueType::Text;
        const Op op = text ? (equal ? Op::TextEqual : Op::TextNotEqual) : (equal ? Op::Equal : Op::NotEqual);
        return make(
            op, ValueType::Condition, left, &right, left.position,
            QStringLiteral("(%1 %2 %3)")
                .arg(left.canonical, equal ? QStringLiteral("=") : QStringLiteral("!="), right.canonical));
    }

    Node parseComparison()
    {
        const Node left = parseAdditive();
        const Token& t = peek();
        Node result = left;
        bool compared = false;
        if (isComparison(t)) {
            const Token op = take();
            const Node right = parseAdditive();
            compared = true;
            if (op.text == QLatin1String("=") || op.text == QLatin1String("==") ||
                op.text == QLatin1String("!=") || op.text == QLatin1String("<>")) {
                result =
                    equality(left, right, op.text == QLatin1String("=") || op.text == QLatin1String("=="),
                             op.position);
            } else {
                if (left.type == ValueType::Text || right.type == ValueType::Text)
                    fail(op.position,
                         QStringLiteral("text can only be compared with =, != or in, not with '%1'")
                             .arg(op.text));
                if (left.type == ValueType::Condition || right.type == ValueType::Condition)
                    fail(op.position,
                         QStringLiteral("conditions cannot be compared; combine them with and / or"));
                const Op code = op.text == QLatin1String("<")    ? Op::Less
                                : op.text == QLatin1String("<=") ? Op::LessEqual
                                : op.text == QLatin1String(">")  ? Op::Greater
                                                                 : Op::GreaterEqual;
                result = make(code, ValueType::Condition, left, &right, left.position,
                              QStringLiteral("(%1 %2 %3)").arg(left.canonical, op.text, right.canonical));
            }
        } else {
            const bool negated =
                isKeyword(t, "not") && (isKeyword(peek(1), "in") || isKeyword(peek(1), "between"));
            if (negated)
                take();
            if (isKeyword(peek(), "in")) {
                result = parseIn(left);
                compared = true;
            } else if (isKeyword(peek(), "between")) {
                result = parseBetween(left);
                compared = true;
            }
            if (negated)
                result = make(Op::Not, ValueType::Condition, result, nullptr, left.position,
                              QStringLiteral("(not %1)").arg(result.canonical));
        }
        if (compared && (isComparison(peek()) || isKeyword(peek(), "in") || isKeyword(peek(), "between")))
            fail(peek().position, QStringLiteral("comparisons do not chain; write a < b and b < c"));
        return result;
    }

    Node parseIn(const Node& left)
    {
        const qsizetype inPosition = take().position;
        if (left.type == ValueType::Condition)
            fail(inPosition, QStringLiteral("'in' needs a number or text on its left, not a condition"));
        if (!isSymbol(peek(), "("))
            fail(peek().position, QStringLiteral("expected '(' after 'in'"));
        const qsizetype open = take().position;
        Node result;
        QStringList items;
        for (;;) {
            const Node item = parseAdditive();
            if (item.type != left.type)
                fail(item.position,
                     QStringLiteral("'in' list items must be %1 like its left side, but this is %2")
                         .arg(typeName(left.type), typeName(item.type)));
            Node equal = equality(left, item, true, item.position);
            result = items.isEmpty() ? equal
                                     : make(Op::Or, ValueType::Condition, result, &equal, left.position, {});
            items.push_back(item.canonical);
            if (isSymbol(peek(), ","))
                take();
            else
                break;
        }
        if (!isSymbol(peek(), ")"))
            fail(peek().position,
                 QStringLiteral("missing ')' to close the 'in' list opened at position %1").arg(open));
        take();
        result.position = left.position;
        result.canonical =
            QStringLiteral("(%1 in (%2))").arg(left.canonical, items.join(QStringLiteral(", ")));
        return result;
    }

    Node parseBetween(const Node& left)
    {
        const qsizetype position = take().position;
        const Node low = parseAdditive();
        if (!isKeyword(peek(), "and"))
            fail(peek().position, QStringLiteral("expected 'and' in 'between … and …'"));
        take();
        const Node high = parseAdditive();
        require(left, ValueType::Number, QStringLiteral("'between'"));
        require(low, ValueType::Number, QStringLiteral("'between'"));
        require(high, ValueType::Number, QStringLiteral("'between'"));
        const Node lower = make(Op::GreaterEqual, ValueType::Condition, left, &low, position, {});
        const Node upper = make(Op::LessEqual, ValueType::Condition, left, &high, position, {});
        return make(
            Op::And, ValueType::Condition, lower, &upper, left.position,
            QStringLiteral("(%1 between %2 and %3)").arg(left.canonical, low.canonical, high.canonical));
    }

    Node arithmetic(const Node& left, const Node& right, const QString& symbol)
    {
        require(left, ValueType::Number, QStringLiteral("'%1'").arg(symbol));
        require(right, ValueType::Number, QStringLiteral("'%1'").arg(symbol));
        const Op op = symbol == QLatin1String("+")   ? Op::Add
                      : symbol == QLatin1String("-") ? Op::Sub
                      : symbol == QLatin1String("*") ? Op::Mul
                                                     : Op::Div;
        return make(op, ValueType::Number, left, &right, left.position,
                    QStringLiteral("(%1 %2 %3)").arg(left.canonical, symbol, right.canonical));
    }

    Node parseAdditive()
    {
        Node left = parseMultiplicative();
        while (isSymbol(peek(), "+") || isSymbol(peek(), "-")) {
            const QString symbol = take().text;
            const Node right = parseMultiplicative();
            left = arithmetic(left, right, symbol);
        }
        return left;
    }

    Node parseMultiplicative()
    {
        Node left = parseUnary();
        while (isSymbol(peek(), "*") || isSymbol(peek(), "/")) {
            const QString symbol = take().text;
            const Node right = parseUnary();
            left = arithmetic(left, right, symbol);
        }
        return left;
    }

    Node parseUnary()
    {
        if (isSymbol(peek(), "-")) {
            const DepthGuard guard(depth_, peek().position);
            const qsizetype position = take().position;
            const Node operand = parseUnary();
            require(operand, ValueType::Number, QStringLiteral("unary '-'"));
            return make(Op::Neg, ValueType::Number, operand, nullptr, position,
                        QStringLiteral("(-%1)").arg(operand.canonical));
        }
        return parsePrimary();
    }

    Node parsePrimary()
    {
        const Token t = take();
        switch (t.kind) {
        case Token::Kind::Number: {
            ScreenExpression::Instruction in;
            in.op = Op::LoadNumber;
            in.number = t.number;
            return Node{push(std::move(in)), ValueType::Number, t.position,
                        QString::number(t.number, 'g', QLocale::FloatingPointShortest)};
        }
        case Token::Kind::String: {
            ScreenExpression::Instruction in;
            in.op = Op::LoadText;
            in.type = ValueType::Text;
            in.text = t.text;
            return Node{push(std::move(in)), ValueType::Text, t.position, quoted(t.text)};
        }
        case Token::Kind::Identifier:
            if (isSymbol(peek(), "("))
                return parseCall(t);
            if (keywords().contains(t.text))
                fail(t.position, QStringLiteral("expected a value, found the keyword '%1'").arg(t.spelling));
            return parseColumn(t);
        case Token::Kind::Symbol:
            if (t.text == QLatin1String("(")) {
                Node inner = parseOr();
                if (!isSymbol(peek(), ")"))
                    fail(peek().position,
                         QStringLiteral("missing ')' to close the '(' at position %1").arg(t.position));
                take();
                inner.position = t.position;
                return inner;
            }
            fail(t.position, QStringLiteral("expected a value, found '%1'").arg(t.spelling));
        case Token::Kind::End:
            break;
        }
        fail(t.position, QStringLiteral("the expression ends too early: a value is missing"));
    }

    Node parseColumn(const Token& t)
    {
        ScreenExpression::Instruction in;
        const int column = table_.columnIndex(t.text);
        if (column >= 0) {
            const FundColumn& c = table_.column(column);
            in.op = Op::LoadColumn;
            in.type = c.type;
            in.column = column;
            return Node{push(std::move(in)), c.type, t.position, c.name};
        }
        for (qsizetype p = 0; p < placeholders_.size(); ++p) {
            if (placeholders_[p].compare(t.text, Qt::CaseInsensitive) == 0) {
                in.op = Op::Placeholder;
                in.column = static_cast<int>(p);
                out_.placeholderRefs_.push_back(static_cast<int>(p));
                out_.placeholderPositions_.push_back(t.position);
                return Node{push(std::move(in)), ValueType::Number, t.position, placeholders_[p]};
            }
        }
        const QString near = suggestion(t.text, table_.columnNames() + placeholders_);
        fail(t.position,
             near.isEmpty()
                 ? QStringLiteral("unknown column '%1'").arg(t.spelling)
                 : QStringLiteral("unknown column '%1'; did you mean '%2'?").arg(t.spelling, near));
    }

    Node parseCall(const Token& name)
    {
        take(); // "("
        std::vector<Node> args;
        if (!isSymbol(peek(), ")")) {
            for (;;) {
                args.push_back(parseOr());
                if (isSymbol(peek(), ","))
                    take();
                else
                    break;
            }
        }
        if (!isSymbol(peek(), ")"))
            fail(peek().position, QStringLiteral("missing ')' to close the call of %1() at position %2")
                                      .arg(name.text)
                                      .arg(name.position));
        take();

        const QString& f = name.text;
        const auto known =
            std::find_if(std::begin(kFunctions), std::end(kFunctions),
                         [&](const ScreenFunctionInfo& info) { return f == QLatin1String(info.name); });
        if (known == std::end(kFunctions)) {
            QStringList names;
            for (const ScreenFunctionInfo& info : kFunctions)
                names.push_back(QLatin1String(info.name));
            const QString near = suggestion(f, names);
            fail(name.position,
                 near.isEmpty()
                     ? QStringLiteral("unknown function '%1'").arg(name.spelling)
                     : QStringLiteral("unknown function '%1'; did you mean '%2'?").arg(name.spelling, near));
        }
        const bool variadic =
            f == QLatin1String("min") || f == QLatin1String("max") || f == QLatin1String("coalesce");
        const std::size_t arity = f == QLatin1String("contains") ? 2 : 1;
        if (variadic && args.size() < 2)
            fail(name.position, QStringLiteral("%1() takes two or more arguments, got %2 (signature %3)")
                                    .arg(f)
                                    .arg(args.size())
                                    .arg(QString::fromUtf8(known->signature)));
        if (!variadic && args.size() != arity)
            fail(name.position, QStringLiteral("%1() takes %2 argument%3, got %4 (signature %5)")
                                    .arg(f)
                                    .arg(arity)
                                    .arg(arity == 1 ? QString() : QStringLiteral("s"))
                                    .arg(args.size())
                                    .arg(QString::fromUtf8(known->signature)));

        QStringList canonicalArgs;
        for (const Node& a : args)
            canonicalArgs.push_back(a.canonical);
        const QString canonical = QStringLiteral("%1(%2)").arg(f, canonicalArgs.join(QStringLiteral(", ")));
        const QString what = QStringLiteral("%1()").arg(f);

        if (f == QLatin1String("contains")) {
            require(args[0], ValueType::Text, what);
            require(args[1], ValueType::Text, what);
            return make(Op::Contains, ValueType::Condition, args[0], &args[1], name.position, canonical);
        }
        for (const Node& a : args)
            require(a, ValueType::Number, what);
        if (variadic) {
            const Op op = f == QLatin1String("min")   ? Op::Min
                          : f == QLatin1String("max") ? Op::Max
                                                      : Op::Coalesce;
            Node acc = args[0];
            for (std::size_t i = 1; i < args.size(); ++i)
                acc = make(op, ValueType::Number, acc, &args[i], name.position, canonical);
            return acc;
        }
        const Op op = f == QLatin1String("abs")          ? Op::Abs
                      : f == QLatin1String("sqrt")       ? Op::Sqrt
                      : f == QLatin1String("log")        ? Op::Log
                      : f == QLatin1String("is_defined") ? Op::IsDefined
                      : f == QLatin1String("rank")       ? Op::Rank
                                                         : Op::Zscore;
        const ValueType type = op == Op::IsDefined ? ValueType::Condition : ValueType::Number;
        return make(op, type, args[0], nullptr, name.position, canonical);
    }

    std::vector<Token> tokens_;
    std::size_t next_ = 0;
    int depth_ = 0;
    const FundTable& table_;
    const QStringList& placeholders_;
    ScreenExpression& out_;
};

ScreenResult<ScreenExpression> ScreenExpression::compile(QStringView text, const FundTable& table,
                                                         const QStringList& placeholders)
{
    ScreenResult<ScreenExpression> result;
    try {
        ScreenExpression expression;
        ExpressionCompiler compiler(tokenize(text), table, placeholders, expression);
        compiler.run();
        result.value = std::move(expression);
    } catch (const CompileFailure& failure) {
        result.error = failure.error;
    }
    return result;
}

// ------------------------------------------------------------------------------------ evaluation

namespace {

// A register: `size` is the row count, or 1 for a value the same in every row (a constant). Number:
// num + def (defined). Condition: bit (true) + def (known). Text: a column or one value.
struct Register
{
    std::size_t size = 0;
    const double* num = nullptr;
    const std::uint8_t* def = nullptr;
    const std::uint8_t* bit = nullptr;
    const std::vector<QString>* textColumn = nullptr;
    const FundColumn* dictionaryColumn = nullptr; // set for a text column (codes + dictionary)
    QString textValue;
    std::vector<double> ownNum;
    std::vector<std::uint8_t> ownDef;
    std::vector<std::uint8_t> ownBit;

    const QString& textAt(std::size_t i) const { return textColumn ? (*textColumn)[i] : textValue; }
    bool scalar() const { return size == 1; }
};

// Runs body(i, ia, ib) for every output row with the operands' indices (0 for a constant), one
// loop per operand shape so the common column-column and column-constant cases vectorize.
template <class Body> std::size_t forRows(std::size_t rows, const Register& a, const Register& b, Body&& body)
{
    if (a.scalar() && b.scalar()) {
        body(std::size_t{0}, std::size_t{0}, std::size_t{0});
        return 1;
    }
    if (a.scalar()) {
        for (std::size_t i = 0; i < rows; ++i)
            body(i, std::size_t{0}, i);
    } else if (b.scalar()) {
        for (std::size_t i = 0; i < rows; ++i)
            body(i, i, std::size_t{0});
    } else {
        for (std::size_t i = 0; i < rows; ++i)
            body(i, i, i);
    }
    return rows;
}

std::size_t outputSize(std::size_t rows, const Register& a, const Register& b)
{
    return a.scalar() && b.scalar() ? 1 : rows;
}

void allocateNumber(Register& out, std::size_t size)
{
    out.size = size;
    out.ownNum.resize(size);
    out.ownDef.resize(size);
    out.num = out.ownNum.data();
    out.def = out.ownDef.data();
}

void allocateCondition(Register& out, std::size_t size)
{
    out.size = size;
    out.ownBit.resize(size);
    out.ownDef.resize(size);
    out.bit = out.ownBit.data();
    out.def = out.ownDef.data();
}

// Number ∘ number → number; a non-finite result (x/0, overflow, log 0) is undefined.
template <class F>
void numberBinary(Register& out, const Register& a, const Register& b, std::size_t rows, F f)
{
    allocateNumber(out, outputSize(rows, a, b));
    double* o = out.ownNum.data();
    std::uint8_t* od = out.ownDef.data();
    forRows(rows, a, b, [&](std::size_t i, std::size_t ia, std::size_t ib) {
        const double r = f(a.num[ia], b.num[ib]);
        const bool ok = (a.def[ia] & b.def[ib]) && std::isfinite(r);
        o[i] = ok ? r : 0.0;
        od[i] = ok ? 1 : 0;
    });
}

template <class F> void numberUnary(Register& out, const Register& a, F f)
{
    allocateNumber(out, a.size);
    for (std::size_t i = 0; i < a.size; ++i) {
        const double r = f(a.num[i]);
        const bool ok = a.def[i] && std::isfinite(r);
        out.ownNum[i] = ok ? r : 0.0;
        out.ownDef[i] = ok ? 1 : 0;
    }
}

template <class F>
void numberCompare(Register& out, const Register& a, const Register& b, std::size_t rows, F f)
{
    allocateCondition(out, outputSize(rows, a, b));
    std::uint8_t* o = out.ownBit.data();
    std::uint8_t* od = out.ownDef.data();
    forRows(rows, a, b, [&](std::size_t i, std::size_t ia, std::size_t ib) {
        const std::uint8_t known = a.def[ia] & b.def[ib];
        od[i] = known;
        o[i] = known & (f(a.num[ia], b.num[ib]) ? 1 : 0);
    });
}

// Broadcasts a number register to full length (for the cross-sectional functions).
void fullNumber(const Register& a, std::size_t rows, std::vector<double>& values,
                std::vector<std::uint8_t>& defined)
{
    values.resize(rows);
    defined.resize(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        const std::size_t k = a.scalar() ? 0 : i;
        values[i] = a.num[k];
        defined[i] = a.def[k];
    }
}

void rankInto(Register& out, const Register& a, std::size_t rows)
{
    std::vector<double> values;
    std::vector<std::uint8_t> defined;
    fullNumber(a, rows, values, defined);
    // (value, row) pairs side by side: sorting them is faster than sorting row indices through
    // the values.
    std::vector<std::pair<double, std::size_t>> sorted;
    sorted.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i)
        if (defined[i])
            sorted.emplace_back(values[i], i);
    std::sort(sorted.begin(), sorted.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    allocateNumber(out, rows);
    std::fill(out.ownDef.begin(), out.ownDef.end(), 0);
    const std::size_t n = sorted.size();
    for (std::size_t lo = 0; lo < n;) {
        std::size_t hi = lo;
        while (hi + 1 < n && sorted[hi + 1].first == sorted[lo].first)
            ++hi;
        // 0-based average rank of the tie group, scaled to 0..1.
        const double average = (static_cast<double>(lo) + static_cast<double>(hi)) / 2.0;
        const double percentile = n == 1 ? 0.5 : average / static_cast<double>(n - 1);
        for (std::size_t k = lo; k <= hi; ++k) {
            out.ownNum[sorted[k].second] = percentile;
            out.ownDef[sorted[k].second] = 1;
        }
        lo = hi + 1;
    }
}

void zscoreInto(Register& out, const Register& a, std::size_t rows)
{
    std::vector<double> values;
    std::vector<std::uint8_t> defined;
    fullNumber(a, rows, values, defined);
    allocateNumber(out, rows);
    std::fill(out.ownDef.begin(), out.ownDef.end(), 0);
    std::size_t count = 0;
    double sum = 0;
    double largest = 0;
    for (std::size_t i = 0; i < rows; ++i) {
        if (defined[i]) {
            ++count;
            sum += values[i];
            largest = std::max(largest, std::abs(values[i]));
        }
    }
    if (count < 2)
        return;
    const double mean = sum / static_cast<double>(count);
    double squares = 0;
    for (std::size_t i = 0; i < rows; ++i)
        if (defined[i])
            squares += (values[i] - mean) * (values[i] - mean);
    const double deviation = std::sqrt(squares / static_cast<double>(count - 1));
    if (!(deviation > 64 * std::numeric_limits<double>::epsilon() * (1 + largest)))
        return;
    for (std::size_t i = 0; i < rows; ++i) {
        if (defined[i]) {
            out.ownNum[i] = (values[i] - mean) / deviation;
            out.ownDef[i] = 1;
        }
    }
}

// Runs the program over the table; the last register is the result.
std::vector<Register> runProgram(std::span<const ScreenExpression::Instruction> program,
                                 const FundTable& table)
{
    const std::size_t rows = table.rowCount();
    std::vector<Register> regs(program.size());
    static const std::uint8_t kZero = 0;
    for (std::size_t k = 0; k < program.size(); ++k) {
        const ScreenExpression::Instruction& in = program[k];
        Register& out = regs[k];
        const Register& a = in.a >= 0 ? regs[static_cast<std::size_t>(in.a)] : out;
        const Register& b = in.b >= 0 ? regs[static_cast<std::size_t>(in.b)] : out;
        switch (in.op) {
        case Op::LoadColumn: {
            const bool present = in.column < table.columnCount() && table.column(in.column).type == in.type;
            if (!present) { // a table without the compiled-against columns: everything undefined
                out.size = 1;
                out.num = &in.number;
                out.def = &kZero;
                out.bit = &kZero;
                out.textValue = QString();
                break;
            }
            const FundColumn& c = table.column(in.column);
            out.size = rows;
            if (c.type == ValueType::Text) {
                out.textColumn = &c.texts;
                out.dictionaryColumn = &c;
            } else {
                out.num = c.numbers.data();
                out.def = c.defined.data();
            }
            break;
        }
        case Op::LoadNumber:
            out.size = 1;
            out.num = &in.number;
            out.ownDef.assign(1, 1);
            out.def = out.ownDef.data();
            break;
        case Op::LoadText:
            out.size = 1;
            out.textValue = in.text;
            break;
        case Op::Placeholder:
            out.size = 1;
            out.num = &in.number;
            out.def = &kZero;
            break;
        case Op::Neg:
            numberUnary(out, a, [](double x) { return -x; });
            break;
        case Op::Abs:
            numberUnary(out, a, [](double x) { return std::abs(x); });
            break;
        case Op::Sqrt:
            numberUnary(out, a, [](double x) { return x >= 0 ? std::sqrt(x) : kNaN; });
            break;
        case Op::Log:
            numberUnary(out, a, [](double x) { return x > 0 ? std::log(x) : kNaN; });
            break;
        case Op::Add:
            numberBinary(out, a, b, rows, [](double x, double y) { return x + y; });
            break;
        case Op::Sub:
            numberBinary(out, a, b, rows, [](double x, double y) { return x - y; });
            break;
        case Op::Mul:
            numberBinary(out, a, b, rows, [](double x, double y) { return x * y; });
            break;
        case Op::Div:
            numberBinary(out, a, b, rows, [](double x, double y) { return y != 0 ? x / y : kNaN; });
            break;
        case Op::Min:
            numberBinary(out, a, b, rows, [](double x, double y) { return y < x ? y : x; });
            break;
        case Op::Max:
            numberBinary(out, a, b, rows, [](double x, double y) { return y > x ? y : x; });
            break;
        case Op::Coalesce: {
            allocateNumber(out, outputSize(rows, a, b));
            forRows(rows, a, b, [&](std::size_t i, std::size_t ia, std::size_t ib) {
                const bool first = a.def[ia] != 0;
                out.ownNum[i] = first ? a.num[ia] : b.num[ib];
                out.ownDef[i] = first ? 1 : b.def[ib];
            });
            break;
        }
        case Op::Less:
            numberCompare(out, a, b, rows, [](double x, double y) { return x < y; });
            break;
        case Op::LessEqual:
            numberCompare(out, a, b, rows, [](double x, double y) { return x <= y; });
            break;
        case Op::Greater:
            numberCompare(out, a, b, rows, [](double x, double y) { return x > y; });
            break;
        case Op::GreaterEqual:
            numberCompare(out, a, b, rows, [](double x, double y) { return x >= y; });
            break;
        case Op::Equal:
            numberCompare(out, a, b, rows, [](double x, double y) { return x == y; });
            break;
        case Op::NotEqual:
            numberCompare(out, a, b, rows, [](double x, double y) { return x != y; });
            break;
        case Op::TextEqual:
        case Op::TextNotEqual: {
            const std::size_t size = (a.textColumn || b.textColumn) ? rows : 1;
            allocateCondition(out, size);
            const std::uint8_t wantEqual = in.op == Op::TextEqual ? 1 : 0;
            std::fill(out.ownDef.begin(), out.ownDef.end(), 1);
            const Register* column = a.dictionaryColumn ? &a : b.dictionaryColumn ? &b : nullptr;
            const Register& other = column == &a ? b : a;
            if (column && !other.textColumn) { // column = literal: compare codes
                const FundColumn& c = *column->dictionaryColumn;
                const auto found = std::find(c.dictionary.begin(), c.dictionary.end(), other.textValue);
                const auto code = static_cast<std::uint32_t>(found - c.dictionary.begin()); // size = none
                const std::uint32_t* codes = c.codes.data();
                for (std::size_t i = 0; i < size; ++i)
                    out.ownBit[i] = (codes[i] == code ? 1 : 0) == wantEqual ? 1 : 0;
                break;
            }
            for (std::size_t i = 0; i < size; ++i)
                out.ownBit[i] = ((a.textAt(i) == b.textAt(i)) ? 1 : 0) == wantEqual ? 1 : 0;
            break;
        }
        case Op::Contains: {
            const std::size_t size = (a.textColumn || b.textColumn) ? rows : 1;
            allocateCondition(out, size);
            std::fill(out.ownDef.begin(), out.ownDef.end(), 1);
            if (a.dictionaryColumn && !b.textColumn) { // once per distinct text, then by code
                const FundColumn& c = *a.dictionaryColumn;
                std::vector<std::uint8_t> match(c.dictionary.size());
                for (std::size_t code = 0; code < match.size(); ++code)
                    match[code] = c.dictionary[code].contains(b.textValue, Qt::CaseInsensitive) ? 1 : 0;
                for (std::size_t i = 0; i < size; ++i)
                    out.ownBit[i] = match[c.codes[i]];
                break;
            }
            for (std::size_t i = 0; i < size; ++i)
                out.ownBit[i] = a.textAt(i).contains(b.textAt(i), Qt::CaseInsensitive) ? 1 : 0;
            break;
        }
        case Op::And: {
            // Three-valued: false if either side is known false, true if both are known true.
            allocateCondition(out, outputSize(rows, a, b));
            forRows(rows, a, b, [&](std::size_t i, std::size_t ia, std::size_t ib) {
                const std::uint8_t ka = a.def[ia], kb = b.def[ib], va = a.bit[ia], vb = b.bit[ib];
                out.ownBit[i] = va & vb;
                out.ownDef[i] = (ka & kb) | (ka & (va ^ 1)) | (kb & (vb ^ 1));
            });
            break;
        }
        case Op::Or: {
            allocateCondition(out, outputSize(rows, a, b));
            forRows(rows, a, b, [&](std::size_t i, std::size_t ia, std::size_t ib) {
                const std::uint8_t ka = a.def[ia], kb = b.def[ib], va = a.bit[ia], vb = b.bit[ib];
                out.ownBit[i] = va | vb;
                out.ownDef[i] = (ka & kb) | va | vb;
            });
            break;
        }
        case Op::Not:
            allocateCondition(out, a.size);
            for (std::size_t i = 0; i < a.size; ++i) {
                out.ownDef[i] = a.def[i];
                out.ownBit[i] = a.def[i] & (a.bit[i] ^ 1);
            }
            break;
        case Op::IsDefined:
            allocateCondition(out, a.size);
            std::fill(out.ownDef.begin(), out.ownDef.end(), 1);
            std::copy(a.def, a.def + a.size, out.ownBit.begin());
            break;
        case Op::Rank:
            rankInto(out, a, rows);
            break;
        case Op::Zscore:
            zscoreInto(out, a, rows);
            break;
        }
    }

    return regs;
}

} // namespace

EvaluatedColumn ScreenExpression::evaluate(const FundTable& table) const
{
    const std::size_t rows = table.rowCount();
    const std::vector<Register> regs = runProgram(program_, table);
    EvaluatedColumn result;
    result.type = type_;
    if (regs.empty())
        return result;
    const Register& r = regs.back();
    const auto at = [&](std::size_t i) { return r.scalar() ? 0 : i; };
    if (type_ == ValueType::Text) {
        result.texts.resize(rows);
        for (std::size_t i = 0; i < rows; ++i)
            result.texts[i] = r.textAt(at(i));
        return result;
    }
    result.numbers.resize(rows);
    result.defined.resize(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        result.defined[i] = r.def[at(i)];
        result.numbers[i] = type_ == ValueType::Number ? r.num[at(i)] : r.bit[at(i)];
    }
    return result;
}

std::vector<int> ScreenExpression::selectedRows(const FundTable& table) const
{
    std::vector<int> rows;
    if (type_ != ValueType::Condition)
        return rows;
    const std::vector<Register> regs = runProgram(program_, table);
    if (regs.empty())
        return rows;
    const Register& r = regs.back();
    if (r.scalar()) { // a constant condition: all rows or none
        if (r.def[0] && r.bit[0])
            for (std::size_t i = 0; i < table.rowCount(); ++i)
                rows.push_back(static_cast<int>(i));
        return rows;
    }
    for (std::size_t i = 0; i < r.size; ++i)
        if (r.def[i] & r.bit[i])
            rows.push_back(static_cast<int>(i));
    return rows;
}

int ScreenExpression::plainTextColumn() const
{
    const bool plain =
        program_.size() == 1 && program_[0].op == Op::LoadColumn && program_[0].type == ValueType::Text;
    return plain ? program_[0].column : -1;
}

// -------------------------------------------------------------------------------------- screener

std::optional<FactorDefinition> parseFactorDefinition(QStringView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] != u'=')
            continue;
        const bool partOfOperator = (i + 1 < line.size() && line[i + 1] == u'=') ||
                                    (i > 0 && QStringLiteral("<>!=").contains(line[i - 1]));
        if (partOfOperator)
            return std::nullopt;
        const QString name = line.left(i).trimmed().toString();
        if (!isIdentifier(name))
            return std::nullopt;
        return FactorDefinition{name, line.mid(i + 1).toString()};
    }
    return std::nullopt;
}

Screener::Screener(FundTable table) : table_(std::move(table)), baseColumnCount_(table_.columnCount()) {}

std::optional<ScreenError> Screener::setFactors(std::vector<FactorDefinition> factors)
{
    table_.truncateColumns(baseColumnCount_);
    if (auto error = applyFactors(factors)) {
        table_.truncateColumns(baseColumnCount_);
        (void)applyFactors(factors_); // they applied before, so they apply again
        return error;
    }
    factors_ = std::move(factors);
    return std::nullopt;
}

std::optional<ScreenError> Screener::applyFactors(const std::vector<FactorDefinition>& factors)
{
    const auto failure = [](const QString& factor, qsizetype position, QString message) {
        return ScreenError{position, std::move(message), factor};
    };
    QStringList names;
    for (const FactorDefinition& f : factors) {
        if (!isIdentifier(f.name))
            return failure(f.name, 0,
                           QStringLiteral("factor name '%1' is not an identifier (ASCII letters, digits, _)")
                               .arg(f.name));
        if (keywords().contains(f.name.toLower()))
            return failure(f.name, 0, QStringLiteral("factor name '%1' is a keyword").arg(f.name));
        if (table_.columnIndex(f.name) >= 0)
            return failure(f.name, 0, QStringLiteral("factor '%1' has the name of a column").arg(f.name));
        if (names.contains(f.name, Qt::CaseInsensitive))
            return failure(f.name, 0, QStringLiteral("factor '%1' is defined twice").arg(f.name));
        names.push_back(f.name);
    }

    // First pass: compile against the base columns with the factor names as placeholders, to type-check
    // and to learn the dependencies.
    std::vector<ScreenExpression> firstPass;
    for (const FactorDefinition& f : factors) {
        auto compiled = ScreenExpression::compile(f.expression, table_, names);
        if (!compiled.ok()) {
            compiled.error.factor = f.name;
            return compiled.error;
        }
        if (compiled.value->type() != ValueType::Number)
            return failure(f.name, 0,
                           QStringLiteral("a factor must be a number, but this expression is %1")
                               .arg(typeName(compiled.value->type())));
        firstPass.push_back(std::move(*compiled.value));
    }

    // Depth-first topological order; a reference to a factor still on the stack closes a cycle.
    enum class Mark { None, Active, Done };
    std::vector<Mark> marks(factors.size(), Mark::None);
    std::vector<int> order;
    std::vector<int> stack;
    std::optional<ScreenError> cycle;
    const auto visit = [&](auto&& self, int f) -> void {
        marks[static_cast<std::size_t>(f)] = Mark::Active;
        stack.push_back(f);
        const ScreenExpression& e = firstPass[static_cast<std::size_t>(f)];
        for (std::size_t r = 0; r < e.referencedPlaceholders().size() && !cycle; ++r) {
            const int dep = e.referencedPlaceholders()[r];
            if (marks[static_cast<std::size_t>(dep)] == Mark::Active) {
                QStringList path;
                const auto from = std::find(stack.begin(), stack.end(), dep);
                for (auto it = from; it != stack.end(); ++it)
                    path.push_back(names[*it]);
                path.push_back(names[dep]);
                cycle =
                    failure(names[f], e.placeholderPositions()[r],
                            QStringLiteral("factors form a cycle: %1").arg(path.join(QStringLiteral(" → "))));
            } else if (marks[static_cast<std::size_t>(dep)] == Mark::None) {
                self(self, dep);
            }
        }
        stack.pop_back();
        marks[static_cast<std::size_t>(f)] = Mark::Done;
        order.push_back(f);
    };
    for (int f = 0; f < static_cast<int>(factors.size()) && !cycle; ++f)
        if (marks[static_cast<std::size_t>(f)] == Mark::None)
            visit(visit, f);
    if (cycle)
        return cycle;

    // Second pass, dependencies first: each factor compiles against the columns of those before it.
    for (const int f : order) {
        const FactorDefinition& def = factors[static_cast<std::size_t>(f)];
        auto compiled = ScreenExpression::compile(def.expression, table_);
        if (!compiled.ok()) {
            compiled.error.factor = def.name;
            return compiled.error;
        }
        const EvaluatedColumn values = compiled.value->evaluate(table_);
        if (auto error = table_.addNumberColumn(def.name, values.numbers, values.defined))
            return failure(def.name, 0, *error);
    }
    return std::nullopt;
}

ScreenResult<std::vector<int>> Screener::filter(QStringView expression) const
{
    ScreenResult<std::vector<int>> result;
    if (expression.trimmed().isEmpty()) {
        std::vector<int> all(table_.rowCount());
        std::iota(all.begin(), all.end(), 0);
        result.value = std::move(all);
        return result;
    }
    auto compiled = ScreenExpression::compile(expression, table_);
    if (!compiled.ok()) {
        result.error = compiled.error;
        return result;
    }
    if (compiled.value->type() != ValueType::Condition) {
        result.error =
            ScreenError{0,
                        QStringLiteral("a filter must be a condition such as sharpe_3y > 1, but this "
                                       "expression is %1")
                            .arg(typeName(compiled.value->type())),
                        {}};
        return result;
    }
    result.value = compiled.value->selectedRows(table_);
    return result;
}

ScreenResult<std::vector<int>> Screener::sort(std::span<const int> rows, std::span<const SortKey> keys) const
{
    ScreenResult<std::vector<int>> result;
    for (const int r : rows) {
        if (r < 0 || static_cast<std::size_t>(r) >= table_.rowCount()) {
            result.error = ScreenError{
                0, QStringLiteral("row %1 is not in the table (%2 rows)").arg(r).arg(table_.rowCount()), {}};
            return result;
        }
    }
    std::vector<EvaluatedColumn> columns;
    for (const SortKey& key : keys) {
        auto compiled = ScreenExpression::compile(key.expression, table_);
        if (!compiled.ok()) {
            result.error = compiled.error;
            return result;
        }
        if (compiled.value->type() == ValueType::Condition) {
            result.error =
                ScreenError{0, QStringLiteral("a sort key must be a number or text, not a condition"), {}};
            return result;
        }
        if (const int text = compiled.value->plainTextColumn(); text >= 0) {
            // A text column sorts as the integer place of each row's text in its sorted dictionary.
            const FundColumn& c = table_.column(text);
            EvaluatedColumn order;
            order.numbers.resize(c.codes.size());
            order.defined.assign(c.codes.size(), 1);
            for (std::size_t i = 0; i < c.codes.size(); ++i)
                order.numbers[i] = c.codeOrder[c.codes[i]];
            columns.push_back(std::move(order));
        } else {
            columns.push_back(compiled.value->evaluate(table_));
        }
    }
    std::vector<int> sorted(rows.begin(), rows.end());
    std::stable_sort(sorted.begin(), sorted.end(), [&](int x, int y) {
        const auto ux = static_cast<std::size_t>(x), uy = static_cast<std::size_t>(y);
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const EvaluatedColumn& c = columns[k];
            const bool descending = keys[k].descending;
            if (c.type == ValueType::Text) {
                const int cmp = QString::compare(c.texts[ux], c.texts[uy]);
                if (cmp != 0)
                    return descending ? cmp > 0 : cmp < 0;
                continue;
            }
            if (c.defined[ux] != c.defined[uy])
                return c.defined[ux] > c.defined[uy]; // undefined last in either direction
            if (!c.defined[ux])
                continue;
            if (c.numbers[ux] != c.numbers[uy])
                return descending ? c.numbers[ux] > c.numbers[uy] : c.numbers[ux] < c.numbers[uy];
        }
        return false;
    });
    result.value = std::move(sorted);
    return result;
}

ScreenResult<std::vector<int>> Screener::screen(QStringView filterExpression,
                                                std::span<const SortKey> keys) const
{
    auto selected = filter(filterExpression);
    if (!selected.ok() || keys.empty())
        return selected;
    return sort(*selected.value, keys);
}

std::vector<Completion> Screener::complete(QStringView text, qsizetype cursor, int limit) const
{
    cursor = std::clamp<qsizetype>(cursor, 0, text.size());
    bool inString = false;
    for (qsizetype i = 0; i < cursor; ++i) {
        if (inString && text[i] == u'\\' && i + 1 < cursor)
            ++i;
        else if (text[i] == u'"')
            inString = !inString;
    }
    if (inString)
        return {};
    qsizetype start = cursor;
    while (start > 0 && isIdentChar(text[start - 1]))
        --start;
    if (start < cursor && isDigit(text[start]))
        return {}; // inside a number
    if (start > 0 && text[start - 1] == u'.')
        return {}; // the fraction of a number
    const QString prefix = text.mid(start, cursor - start).toString().toLower();

    struct Candidate
    {
        int tier;
        Completion completion;
    };
    std::vector<Candidate> candidates;
    const auto consider = [&](Completion::Kind kind, const QString& name, QString insert, QString display) {
        const QString lower = name.toLower();
        int tier;
        if (lower.startsWith(prefix))
            tier = 0;
        else if (lower.contains(prefix))
            tier = 1;
        else
            return;
        candidates.push_back(
            {tier, Completion{kind, std::move(insert), std::move(display), start, cursor - start}});
    };
    for (int c = 0; c < table_.columnCount(); ++c) {
        const FundColumn& column = table_.column(c);
        const bool factor = c >= baseColumnCount_;
        QString display = column.name + (factor                           ? QStringLiteral(" — factor")
                                         : column.type == ValueType::Text ? QStringLiteral(" — text")
                                                                          : QStringLiteral(" — number"));
        consider(factor ? Completion::Kind::Factor : Completion::Kind::Column, column.name, column.name,
                 std::move(display));
    }
    for (const ScreenFunctionInfo& f : kFunctions) {
        const QString name = QString::fromUtf8(f.name);
        consider(Completion::Kind::Function, name, name + QLatin1Char('('),
                 QString::fromUtf8(f.signature) + QStringLiteral(" — ") + QString::fromUtf8(f.summary));
    }
    for (const QString& k : keywords())
        consider(Completion::Kind::Keyword, k, k, k);

    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
        if (x.tier != y.tier)
            return x.tier < y.tier;
        if (x.completion.kind != y.completion.kind)
            return x.completion.kind < y.completion.kind;
        return x.completion.text.compare(y.completion.text, Qt::CaseInsensitive) < 0;
    });
    std::vector<Completion> result;
    for (const Candidate& c : candidates) {
        if (static_cast<int>(result.size()) >= limit)
            break;
        result.push_back(c.completion);
    }
    return result;
}

} // namespace ws::funds
