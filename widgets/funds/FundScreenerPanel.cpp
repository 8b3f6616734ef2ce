#include "funds/FundScreenerPanel.h"

#include "audit/AuditTrail.h"
#include "core/AppCore.h"
#include "funds/FormulaCards.h"
#include "md/MdFormat.h"
#include "reference/Pinyin.h"
#include "store/Csv.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBlock>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ws::widgets {

namespace {

using funds::Metric;

constexpr int kReplaceFromRole = Qt::UserRole + 1;
constexpr int kReplaceLengthRole = Qt::UserRole + 2;
constexpr int kInsertRole = Qt::UserRole + 3;

QString trScreener(const char* text)
{
    return QCoreApplication::translate("ws::widgets::FundScreenerPanel", text);
}

// "sharpe_3y" → (Sharpe, "3y"), for the grid's columns.
std::optional<std::pair<Metric, QString>> splitIndicator(const QString& name)
{
    const qsizetype cut = name.lastIndexOf(QLatin1Char('_'));
    if (cut <= 0)
        return std::nullopt;
    const QString suffix = name.mid(cut + 1);
    static const QStringList suffixes{QStringLiteral("1m"),  QStringLiteral("3m"), QStringLiteral("6m"),
                                      QStringLiteral("ytd"), QStringLiteral("1y"), QStringLiteral("2y"),
                                      QStringLiteral("3y"),  QStringLiteral("5y"), QStringLiteral("si")};
    if (!suffixes.contains(suffix))
        return std::nullopt;
    const auto metric = funds::metricFromKey(name.left(cut));
    if (!metric)
        return std::nullopt;
    return std::pair{*metric, suffix};
}

QString windowLabel(const QString& suffix)
{
    static const std::pair<const char*, const char*> labels[] = {
        {"1m", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "1M")},
        {"3m", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "3M")},
        {"6m", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "6M")},
        {"ytd", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "YTD")},
        {"1y", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "1Y")},
        {"2y", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "2Y")},
        {"3y", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "3Y")},
        {"5y", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "5Y")},
        {"si", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "since inception")},
    };
    for (const auto& [id, label] : labels)
        if (suffix == QLatin1String(id))
            return trScreener(label);
    return suffix;
}

QString windowLongLabel(const QString& suffix)
{
    static const std::pair<const char*, const char*> labels[] = {
        {"1m", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "last month")},
        {"3m", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "last 3 months")},
        {"6m", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "last 6 months")},
        {"ytd", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "year to date")},
        {"1y", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "last year")},
        {"2y", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "last 2 years")},
        {"3y", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "last 3 years")},
        {"5y", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "last 5 years")},
        {"si", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "since inception")},
    };
    for (const auto& [id, label] : labels)
        if (suffix == QLatin1String(id))
            return trScreener(label);
    return suffix;
}

// The base columns of the screen table (FundUniverse.h) with their titles.
struct BaseColumn
{
    const char* name;
    const char* title;
    const char* help;
    ScreenColumnKind kind;
};
constexpr BaseColumn kBaseColumns[] = {
    {"code", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Code"),
     QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Fund code"), ScreenColumnKind::Text},
    {"name", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Name"),
     QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Fund name"), ScreenColumnKind::Text},
    {"category", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Category"),
     QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel",
                       "Fund category; in expressions the ids equity, mixed, bond, index, qdii, money"),
     ScreenColumnKind::Text},
    {"company", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Company"),
     QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Fund management company"), ScreenColumnKind::Text},
    {"benchmark", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Benchmark"),
     QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Benchmark index code"), ScreenColumnKind::Text},
    {"manager", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Manager"),
     QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Current fund managers"), ScreenColumnKind::Text},
    {"aum", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "AUM (yuan)"),
     QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Latest reported assets under management, yuan"),
     ScreenColumnKind::Yuan},
    {"aum_yi", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "AUM (100m)"),
     QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel",
                       "Latest reported assets under management, 100 million yuan (亿元)"),
     ScreenColumnKind::Yi},
    {"age_years", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Age (years)"),
     QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Years from the first NAV to the as-of date"),
     ScreenColumnKind::Years},
    {"stars", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Rating"),
     QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel",
                       "Overall star rating (MRAR within the category, weighted over 3, 5 and 10 years)"),
     ScreenColumnKind::Stars},
    {"stars_3y", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Rating 3Y"),
     QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Three-year star rating"), ScreenColumnKind::Stars},
    {"stars_5y", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Rating 5Y"),
     QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Five-year star rating"), ScreenColumnKind::Stars},
    {"stars_10y", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Rating 10Y"),
     QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Ten-year star rating"), ScreenColumnKind::Stars},
    {"mrar_3y", QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "MRAR 3Y"),
     QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel",
                       "Morningstar risk-adjusted return over three years (γ = 2), annualised"),
     ScreenColumnKind::Percent},
};

const BaseColumn* baseColumn(const QString& name)
{
    for (const BaseColumn& c : kBaseColumns)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

ScreenColumnKind metricKind(Metric m)
{
    switch (funds::metricUnit(m)) {
    case funds::MetricUnit::Fraction:
        return ScreenColumnKind::Percent;
    case funds::MetricUnit::Periods:
        return ScreenColumnKind::Periods;
    case funds::MetricUnit::Ratio:
        break;
    }
    return ScreenColumnKind::Ratio;
}

// Returns and alphas carry the market's colours (red up, green down).
bool signedColumn(const QString& name)
{
    const auto split = splitIndicator(name);
    if (!split)
        return name == QLatin1String("mrar_3y");
    switch (split->first) {
    case Metric::CumulativeReturn:
    case Metric::AnnualizedReturn:
    case Metric::Alpha:
    case Metric::TmAlpha:
    case Metric::HmAlpha:
    case Metric::ClAlpha:
        return true;
    default:
        return false;
    }
}

QString cardToolTip(Metric metric, const QString& key, const QString& window)
{
    const funds::MetricCard& c = funds::card(metric);
    QString tip = QStringLiteral("<b>%1</b> · %2<br><code>%3</code><hr>")
                      .arg(funds::card(metric).displayName().toHtmlEscaped(), window.toHtmlEscaped(),
                           key.toHtmlEscaped());
    tip += QStringLiteral("<p><b>%1</b> %2</p>").arg(trScreener("Formula:"), c.formulaText().toHtmlEscaped());
    const auto line = [&](const char* label, const QString& text) {
        if (!text.isEmpty())
            tip += QStringLiteral("<p><b>%1</b> %2</p>").arg(trScreener(label), text.toHtmlEscaped());
    };
    line(QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Annualisation:"), c.annualizationText());
    line(QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Risk-free rate:"), c.riskFreeText());
    line(QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Averaging:"), c.averagingText());
    line(QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Deviation:"), c.deviationText());
    line(QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Undefined when:"), c.undefinedText());
    line(QT_TRANSLATE_NOOP("ws::widgets::FundScreenerPanel", "Notes:"), c.notesText());
    return QStringLiteral("<div style='max-width:460px'>%1</div>").arg(tip);
}

QString csvNumber(ScreenColumnKind kind, double value)
{
    switch (kind) {
    case ScreenColumnKind::Percent:
        return QString::number(value * 100, 'f', 4);
    case ScreenColumnKind::Stars:
    case ScreenColumnKind::Periods:
        return QString::number(std::llround(value));
    case ScreenColumnKind::Yuan:
        return QString::number(value, 'f', 0);
    default:
        return QString::number(value, 'g', 10);
    }
}

} // namespace

// ---- ScreenerTableModel --------------------------------------------------------------------------

ScreenColumnKind ScreenerTableModel::kindOf(const QString& columnName, bool factor)
{
    if (factor)
        return ScreenColumnKind::Factor;
    if (const BaseColumn* base = baseColumn(columnName))
        return base->kind;
    if (const auto split = splitIndicator(columnName))
        return metricKind(split->first);
    return ScreenColumnKind::Ratio;
}

QString ScreenerTableModel::titleOf(const QString& columnName)
{
    if (const BaseColumn* base = baseColumn(columnName))
        return trScreener(base->title);
    if (const auto split = splitIndicator(columnName))
        return funds::card(split->first).displayName() + QLatin1Char(' ') + windowLabel(split->second);
    return columnName;
}

QString ScreenerTableModel::toolTipOf(const QString& columnName, bool factor, const QString& expression)
{
    if (factor)
        return trScreener("Factor <b>%1</b> = <code>%2</code>")
            .arg(columnName.toHtmlEscaped(), expression.toHtmlEscaped());
    if (const BaseColumn* base = baseColumn(columnName))
        return QStringLiteral("<b>%1</b><br>%2<br><code>%3</code>")
            .arg(trScreener(base->title).toHtmlEscaped(), trScreener(base->help).toHtmlEscaped(),
                 columnName.toHtmlEscaped());
    if (const auto split = splitIndicator(columnName))
        return cardToolTip(split->first, columnName, windowLongLabel(split->second));
    return columnName;
}

QString ScreenerTableModel::format(ScreenColumnKind kind, double value)
{
    const QLocale locale;
    switch (kind) {
    case ScreenColumnKind::Percent:
        return locale.toString(value * 100, 'f', 2) + QLatin1Char('%');
    case ScreenColumnKind::Ratio:
        return locale.toString(value, 'f', 2);
    case ScreenColumnKind::Periods:
        return locale.toString(std::llround(value));
    case ScreenColumnKind::Stars: {
        const int stars = static_cast<int>(std::clamp<long long>(std::llround(value), 0, 5));
        return QString(stars, QChar(0x2605)) + QString(5 - stars, QChar(0x2606));
    }
    case ScreenColumnKind::Years:
        return locale.toString(value, 'f', 1);
    case ScreenColumnKind::Yi:
        return locale.toString(value, 'f', 2);
    case ScreenColumnKind::Yuan:
        return locale.toString(value, 'f', 0);
    case ScreenColumnKind::Factor:
        return std::abs(value) >= 1e4 || (value != 0 && std::abs(value) < 1e-3)
                   ? locale.toString(value, 'g', 4)
                   : locale.toString(value, 'f', 3);
    case ScreenColumnKind::Text:
        break;
    }
    return {};
}

void ScreenerTableModel::setSource(std::shared_ptr<const funds::Screener> screener,
                                   std::shared_ptr<const funds::UniverseSnapshot> snapshot)
{
    beginResetModel();
    screener_ = std::move(screener);
    snapshot_ = std::move(snapshot);
    rows_.clear();
    columns_.clear();
    kinds_.clear();
    signed_.clear();
    endResetModel();
}

void ScreenerTableModel::setRows(std::vector<int> rows)
{
    // Rows go and come without a reset, so the header keeps the user's column widths.
    if (!rows_.empty()) {
        beginRemoveRows({}, 0, static_cast<int>(rows_.size()) - 1);
        rows_.clear();
        endRemoveRows();
    }
    if (rows.empty())
        return;
    beginInsertRows({}, 0, static_cast<int>(rows.size()) - 1);
    rows_ = std::move(rows);
    resort();
    endInsertRows();
}

void ScreenerTableModel::setColumns(const QStringList& names)
{
    beginResetModel();
    columns_.clear();
    kinds_.clear();
    signed_.clear();
    if (screener_) {
        const funds::FundTable& table = screener_->table();
        const int factorsFrom = table.columnCount() - static_cast<int>(screener_->factors().size());
        for (const QString& name : names) {
            const int c = table.columnIndex(name);
            if (c < 0 || std::find(columns_.begin(), columns_.end(), c) != columns_.end())
                continue;
            columns_.push_back(c);
            kinds_.push_back(kindOf(table.column(c).name, c >= factorsFrom));
            signed_.push_back(c < factorsFrom && signedColumn(table.column(c).name));
        }
    }
    sortColumn_ = std::min(sortColumn_, static_cast<int>(columns_.size()) - 1);
    resort();
    endResetModel();
}

QStringList ScreenerTableModel::columns() const
{
    QStringList names;
    for (const int c : columns_)
        names << screener_->table().column(c).name;
    return names;
}

int ScreenerTableModel::rowOfFund(int fundIndex) const
{
    const auto it = std::find(rows_.begin(), rows_.end(), fundIndex);
    return it == rows_.end() ? -1 : static_cast<int>(it - rows_.begin());
}

const funds::FundColumn* ScreenerTableModel::tableColumn(int column) const
{
    if (!screener_ || column < 0 || column >= static_cast<int>(columns_.size()))
        return nullptr;
    return &screener_->table().column(columns_[static_cast<std::size_t>(column)]);
}

ScreenColumnKind ScreenerTableModel::kind(int column) const
{
    return column >= 0 && column < static_cast<int>(kinds_.size()) ? kinds_[static_cast<std::size_t>(column)]
                                                                   : ScreenColumnKind::Text;
}

QString ScreenerTableModel::title(int column) const
{
    const funds::FundColumn* c = tableColumn(column);
    return c ? titleOf(c->name) : QString();
}

int ScreenerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ScreenerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(columns_.size());
}

QVariant ScreenerTableModel::data(const QModelIndex& index, int role) const
{
    const funds::FundColumn* column = tableColumn(index.column());
    if (!column || index.row() < 0 || index.row() >= static_cast<int>(rows_.size()))
        return {};
    const auto row = static_cast<std::size_t>(rows_[static_cast<std::size_t>(index.row())]);
    const ScreenColumnKind k = kind(index.column());
    const bool text = column->type == funds::ValueType::Text;
    const bool defined = text || column->defined[row];
    switch (role) {
    case Qt::DisplayRole:
        if (text)
            return column->name == QLatin1String("category") ? funds::categoryName(column->texts[row])
                                                             : column->texts[row];
        return defined ? format(k, column->numbers[row]) : QStringLiteral("—");
    case Qt::TextAlignmentRole:
        if (text)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(
            (k == ScreenColumnKind::Stars || !defined ? Qt::AlignHCenter : Qt::AlignRight) |
            Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (text)
            return {};
        if (!defined)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (k == ScreenColumnKind::Stars)
            return QColor(0xd4, 0x8a, 0x00);
        if (signed_[static_cast<std::size_t>(index.column())] && column->numbers[row] != 0)
            return column->numbers[row] > 0 ? mdfmt::upColor() : mdfmt::downColor();
        return {};
    case Qt::ToolTipRole:
        if (column->name == QLatin1String("name") && snapshot_ && row < snapshot_->universe.funds.size()) {
            const funds::FundInfo& f = snapshot_->universe.funds[row];
            return QStringLiteral("%1 %2\n%3").arg(f.code, f.name, f.company);
        }
        if (column->name == QLatin1String("category"))
            return column->texts[row];
        return {};
    case SortValueRole:
        if (text)
            return column->texts[row];
        return defined ? QVariant(column->numbers[row]) : QVariant();
    case FundIndexRole:
        return static_cast<int>(row);
    default:
        return {};
    }
}

QVariant ScreenerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const funds::FundColumn* c = tableColumn(section);
    if (!c)
        return {};
    const int factorsFrom = screener_->table().columnCount() - static_cast<int>(screener_->factors().size());
    const bool factor = columns_[static_cast<std::size_t>(section)] >= factorsFrom;
    switch (role) {
    case Qt::DisplayRole:
        // Metric and window on two lines keep the many numeric columns narrow.
        if (const auto split = splitIndicator(c->name)) {
            const QString name = funds::card(split->first).displayName();
            const QString window = windowLabel(split->second);
            // A long name breaks at the space nearest its middle; the window ends the second line.
            qsizetype cut = -1;
            for (qsizetype i = 0; i < name.size() && name.size() > 12; ++i)
                if (name[i] == u' ' &&
                    (cut < 0 || std::abs(i - name.size() / 2) < std::abs(cut - name.size() / 2)))
                    cut = i;
            if (cut > 0)
                return name.left(cut) + QLatin1Char('\n') + name.mid(cut + 1) + QLatin1Char(' ') + window;
            return name + QLatin1Char('\n') + window;
        }
        return titleOf(c->name);
    case Qt::ToolTipRole: {
        QString expression;
        if (factor)
            for (const funds::FactorDefinition& f : screener_->factors())
                if (f.name.compare(c->name, Qt::CaseInsensitive) == 0)
                    expression = f.expression;
        return toolTipOf(c->name, factor, expression);
    }
    case KeyRole:
        return c->name;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((c->type == funds::ValueType::Text          ? Qt::AlignLeft
                                    : kind(section) == ScreenColumnKind::Stars ? Qt::AlignHCenter
                                                                               : Qt::AlignRight) |
                                   Qt::AlignVCenter);
    default:
        return {};
    }
}

void ScreenerTableModel::sort(int column, Qt::SortOrder order)
{
    sortColumn_ = column;
    sortOrder_ = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (the current row, the selection) follow their funds.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> funds;
    funds.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex& index : before)
        funds.push_back(rows_[static_cast<std::size_t>(index.row())]);
    resort();
    std::vector<int> rowOf(snapshot_ ? snapshot_->universe.funds.size() : 0, -1);
    for (std::size_t r = 0; r < rows_.size(); ++r)
        if (static_cast<std::size_t>(rows_[r]) < rowOf.size())
            rowOf[static_cast<std::size_t>(rows_[r])] = static_cast<int>(r);
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto fund = static_cast<std::size_t>(funds[static_cast<std::size_t>(i)]);
        after << (fund < rowOf.size() ? index(rowOf[fund], before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT sorted();
}

void ScreenerTableModel::resort()
{
    const funds::FundColumn* c = tableColumn(sortColumn_);
    if (!c || rows_.size() < 2)
        return;
    // The screener sorts column-at-a-time on the table: undefined last in either direction.
    const funds::SortKey key{c->name, sortOrder_ == Qt::DescendingOrder};
    auto result = screener_->sort(rows_, std::span(&key, 1));
    if (result.ok())
        rows_ = std::move(*result.value);
}

// ---- FundScreenerPanel ---------------------------------------------------------------------------

FundScreenerPanel::FundScreenerPanel(core::AppCore& core, QWidget* parent)
    : Panel(core, parent), filterEdit_(new QLineEdit(this)), filterErrorLabel_(new QLabel(this)),
      searchEdit_(new QLineEdit(this)), categoryBox_(new QComboBox(this)),
      factorsButton_(new QToolButton(this)), factorsBox_(new QWidget(this)),
      factorsEdit_(new QPlainTextEdit(factorsBox_)), factorsErrorLabel_(new QLabel(factorsBox_)),
      applyFactorsButton_(new QPushButton(factorsBox_)), factorsHelp_(new QLabel(factorsBox_)),
      columnsButton_(new QToolButton(this)), exportButton_(new QToolButton(this)),
      sendButton_(new QToolButton(this)), recomputeButton_(new QToolButton(this)),
      view_(new QTableView(this)), model_(new ScreenerTableModel(this)), completer_(new QCompleter(this)),
      completions_(new QStandardItemModel(this)), countLabel_(new QLabel(this)), demoLabel_(new QLabel(this)),
      statusLabel_(new QLabel(this)), progressBox_(new QWidget(this)), stageLabel_(new QLabel(progressBox_)),
      progressBar_(new QProgressBar(progressBox_)), cancelButton_(new QPushButton(progressBox_))
{
    filterEdit_->setObjectName(QStringLiteral("screenFilter"));
    filterEdit_->setClearButtonEnabled(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF());
    filterEdit_->setFont(mono);
    filterErrorLabel_->setObjectName(QStringLiteral("filterError"));
    filterErrorLabel_->setTextFormat(Qt::RichText);
    filterErrorLabel_->setWordWrap(true);
    filterErrorLabel_->hide();
    searchEdit_->setObjectName(QStringLiteral("screenSearch"));
    searchEdit_->setClearButtonEnabled(true);
    searchEdit_->setMaximumWidth(200);
    categoryBox_->setObjectName(QStringLiteral("screenCategory"));
    factorsButton_->setCheckable(true);
    factorsButton_->setObjectName(QStringLiteral("factorsToggle"));
    exportButton_->setObjectName(QStringLiteral("exportCsv"));
    sendButton_->setObjectName(QStringLiteral("sendToFof"));
    recomputeButton_->setObjectName(QStringLiteral("recompute"));
    columnsButton_->setObjectName(QStringLiteral("columns"));
    for (QToolButton* b : {factorsButton_, columnsButton_, exportButton_, sendButton_, recomputeButton_})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    demoLabel_->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #7a5b00; border-radius: 3px; padding: 1px 6px; }"));
    statusLabel_->setObjectName(QStringLiteral("status"));
    // The count always shows in full; a long status gives way.
    statusLabel_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    countLabel_->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);

    // Completion: the completer only offers; insertCompletion replaces the identifier prefix.
    completer_->setWidget(filterEdit_);
    completer_->setModel(completions_);
    completer_->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer_->setMaxVisibleItems(14);
    connect(completer_, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &FundScreenerPanel::insertCompletion);
    connect(filterEdit_, &QLineEdit::textEdited, this, [this] { updateCompletions(); });
    connect(filterEdit_, &QLineEdit::returnPressed, this, [this] {
        if (!completer_->popup()->isVisible())
            applyFilter();
    });
    auto* completeShortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Space")), filterEdit_);
    completeShortcut->setContext(Qt::WidgetShortcut);
    connect(completeShortcut, &QShortcut::activated, this, [this] { updateCompletions(true); });
    connect(filterEdit_, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !appliedFilter_.isEmpty())
            applyFilter(); // the clear button shows everything again
    });
    connect(searchEdit_, &QLineEdit::textChanged, this, &FundScreenerPanel::applyFilter);
    connect(categoryBox_, &QComboBox::currentIndexChanged, this, &FundScreenerPanel::applyFilter);

    // Factors editor, shown on demand.
    factorsEdit_->setObjectName(QStringLiteral("factorsEdit"));
    factorsEdit_->setFont(mono);
    factorsEdit_->setTabChangesFocus(true);
    factorsEdit_->setFixedHeight(factorsEdit_->fontMetrics().lineSpacing() * 4 + 12);
    factorsErrorLabel_->setObjectName(QStringLiteral("factorErrors"));
    factorsErrorLabel_->setWordWrap(true);
    factorsErrorLabel_->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    factorsErrorLabel_->hide();
    factorsHelp_->setWordWrap(true);
    factorsHelp_->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    auto* factorsSide = new QVBoxLayout;
    factorsSide->addWidget(applyFactorsButton_, 0, Qt::AlignLeft);
    factorsSide->addWidget(factorsHelp_, 1);
    auto* factorsRow = new QHBoxLayout;
    factorsRow->setContentsMargins(0, 0, 0, 0);
    factorsRow->addWidget(factorsEdit_, 3);
    factorsRow->addLayout(factorsSide, 2);
    auto* factorsLayout = new QVBoxLayout(factorsBox_);
    factorsLayout->setContentsMargins(0, 0, 0, 0);
    factorsLayout->setSpacing(2);
    factorsLayout->addLayout(factorsRow);
    factorsLayout->addWidget(factorsErrorLabel_);
    factorsBox_->hide();
    connect(factorsButton_, &QToolButton::toggled, factorsBox_, &QWidget::setVisible);
    connect(applyFactorsButton_, &QPushButton::clicked, this, [this] { applyFactors(); });
    auto* applyShortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), factorsEdit_);
    applyShortcut->setContext(Qt::WidgetShortcut);
    connect(applyShortcut, &QShortcut::activated, this, [this] { applyFactors(); });

    view_->setModel(model_);
    view_->setSortingEnabled(true);
    view_->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    view_->horizontalHeader()->setSectionsMovable(true);
    view_->horizontalHeader()->setHighlightSections(false);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    // Uniform rows: the view never measures 10,000 rows.
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 6);
    view_->horizontalHeader()->setStretchLastSection(false);
    // Rows change without a reset, so widths fitted when the columns change stay the user's.
    view_->horizontalHeader()->setResizeContentsPrecision(200);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FundScreenerPanel::publishCurrent);
    connect(view_, &QTableView::doubleClicked, this, &FundScreenerPanel::publishCurrent);
    connect(&core.selection(), &selection::SelectionHub::fundChanged, this, &FundScreenerPanel::follow);

    connect(columnsButton_, &QToolButton::clicked, this, &FundScreenerPanel::chooseColumns);
    connect(exportButton_, &QToolButton::clicked, this, &FundScreenerPanel::chooseExportFile);
    connect(sendButton_, &QToolButton::clicked, this, [this] { sendToFofBuilder(); });
    connect(recomputeButton_, &QToolButton::clicked, this, &FundScreenerPanel::startEvaluation);
    connect(cancelButton_, &QPushButton::clicked, this, [this] {
        cancelled_ = true;
        this->core().fundUniverse().cancel();
        progressBox_->hide();
        statusLabel_->setText(tr("Evaluation cancelled; Recompute starts it again."));
        recomputeButton_->setEnabled(true);
    });
    connect(this, &FundScreenerPanel::exportFinished, this,
            [this](bool ok, qint64 rows, const QString& what) {
                if (!ok)
                    QMessageBox::warning(this, tr("Export failed"), what);
                else
                    statusLabel_->setText(
                        tr("Exported %n row(s) to %1", nullptr, static_cast<int>(rows)).arg(what));
            });

    // The pool goes to whichever FOF builder is open, through the shared selection hub.
    connect(this, &FundScreenerPanel::poolChosen, this,
            [this](const QStringList& codes) { this->core().selection().chooseFundPool(codes); });

    funds::FundUniverse& universe = core.fundUniverse();
    connect(&universe, &funds::FundUniverse::progress, this, &FundScreenerPanel::onUniverseProgress);
    connect(&universe, &funds::FundUniverse::ready, this, &FundScreenerPanel::onUniverseReady);
    connect(&universe, &funds::FundUniverse::failed, this, &FundScreenerPanel::onUniverseFailed);

    progressBar_->setRange(0, 1000);
    progressBar_->setTextVisible(false);
    progressBar_->setFixedWidth(180);
    auto* progressLayout = new QHBoxLayout(progressBox_);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(stageLabel_);
    progressLayout->addWidget(progressBar_);
    progressLayout->addWidget(cancelButton_);
    progressBox_->hide();

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(4);
    bar->addWidget(createLinkButton());
    bar->addWidget(filterEdit_, 3);
    bar->addWidget(categoryBox_);
    bar->addWidget(searchEdit_, 1);
    bar->addWidget(factorsButton_);
    bar->addWidget(columnsButton_);
    bar->addWidget(sendButton_);
    bar->addWidget(exportButton_);
    bar->addWidget(recomputeButton_);
    auto* foot = new QHBoxLayout;
    foot->setContentsMargins(0, 0, 0, 0);
    foot->addWidget(countLabel_);
    foot->addSpacing(12);
    foot->addWidget(statusLabel_, 1);
    foot->addWidget(progressBox_);
    foot->addWidget(demoLabel_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    layout->addLayout(bar);
    layout->addWidget(filterErrorLabel_);
    layout->addWidget(factorsBox_);
    layout->addWidget(view_, 1);
    layout->addLayout(foot);

    const QSettings settings;
    filterEdit_->setText(settings.value(QStringLiteral("fundScreener/filter")).toString());
    factorsEdit_->setPlainText(settings.value(QStringLiteral("fundScreener/factors")).toString());
    factorsButton_->setChecked(!factorsEdit_->toPlainText().trimmed().isEmpty());
    pendingColumns_ = settings.value(QStringLiteral("fundScreener/columns"), defaultColumns()).toStringList();

    retranslate();
    if (universe.snapshot())
        onUniverseReady();
    else
        statusLabel_->setText(tr("Evaluating the fund universe…"));
}

void FundScreenerPanel::showEvent(QShowEvent* event)
{
    Panel::showEvent(event);
    if (!core().fundUniverse().snapshot() && !core().fundUniverse().busy())
        startEvaluation(); // first shown: the universe is computed for the panels that show it
}

FundScreenerPanel::~FundScreenerPanel()
{
    saveSettings();
}

QStringList FundScreenerPanel::defaultColumns()
{
    return {QStringLiteral("code"),
            QStringLiteral("name"),
            QStringLiteral("category"),
            QStringLiteral("stars"),
            QStringLiteral("annualized_return_1y"),
            QStringLiteral("annualized_return_3y"),
            QStringLiteral("sharpe_3y"),
            QStringLiteral("max_drawdown_3y"),
            QStringLiteral("annualized_volatility_3y"),
            QStringLiteral("aum_yi"),
            QStringLiteral("manager")};
}

void FundScreenerPanel::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("fundScreener/filter"), appliedFilter_);
    settings.setValue(QStringLiteral("fundScreener/factors"), factorsEdit_->toPlainText());
    settings.setValue(QStringLiteral("fundScreener/columns"), visibleColumns());
}

void FundScreenerPanel::retranslate()
{
    filterEdit_->setPlaceholderText(
        tr("Filter, e.g. sharpe_3y > 1 and max_drawdown_3y < 0.2 and category = \"equity\""));
    filterEdit_->setToolTip(tr(
        "<p>A condition over any indicator column (metric_window, e.g. sharpe_3y, annualized_return_1y), "
        "the fund's text columns and your factors. Enter applies it; Ctrl+Space lists what fits at the "
        "cursor.</p><p>Operators: and or not, &lt; &lt;= &gt; &gt;= = !=, in (…), between … and …, + - * /, "
        "20% for 0.2. Functions: abs sqrt log min max coalesce is_defined contains rank zscore.</p>"
        "<p>A fund without a value for a column is left out by any comparison on it.</p>"));
    searchEdit_->setPlaceholderText(tr("Code, name or pinyin"));
    searchEdit_->setToolTip(tr("Narrows the rows by code, part of the name or pinyin initials (e.g. HXCZ)"));
    categoryBox_->setToolTip(tr("Only funds of one category"));
    factorsButton_->setText(tr("Factors"));
    factorsButton_->setToolTip(tr("Define your own factors as expressions; each becomes a column"));
    factorsEdit_->setPlaceholderText(tr("quality = 0.5 * rank(sharpe_3y) + 0.5 * "
                                        "rank(-max_drawdown_3y)\nmomentum = zscore(cumulative_return_6m)"));
    applyFactorsButton_->setText(tr("Apply factors"));
    applyFactorsButton_->setToolTip(tr("Apply the factors (Ctrl+Enter)"));
    factorsHelp_->setText(tr("One factor per line: name = expression. Factors may use any column and each "
                             "other; rank and zscore are over the whole universe."));
    columnsButton_->setText(tr("Columns…"));
    columnsButton_->setToolTip(tr("Choose the columns: any metric over any window, grouped by metric"));
    exportButton_->setText(tr("Export CSV…"));
    exportButton_->setToolTip(
        tr("Export the rows and columns shown to a CSV file (recorded in the audit trail)"));
    sendButton_->setText(tr("Send to FOF builder"));
    sendButton_->setToolTip(
        tr("Hand the selected funds (or the first %1 rows shown) to the FOF builder as its pool")
            .arg(kMaxPool));
    recomputeButton_->setText(tr("Recompute"));
    recomputeButton_->setToolTip(tr("Evaluate the universe again from the cache (e.g. after an import)"));
    cancelButton_->setText(tr("Cancel"));
    demoLabel_->setText(tr("Demo data"));
    demoLabel_->setToolTip(tr("These funds were generated for demonstration; they are not real funds."));
    fillCategories();
    updateCount();
    if (!progressBox_->isVisible())
        showAsOf();
    if (model_->columnCount() > 0)
        Q_EMIT model_->headerDataChanged(Qt::Horizontal, 0, model_->columnCount() - 1);
}

void FundScreenerPanel::startEvaluation()
{
    cancelled_ = false;
    core().fundUniverse().evaluate(core().databasePath());
    statusLabel_->setText(tr("Evaluating the fund universe…"));
    recomputeButton_->setEnabled(false);
}

void FundScreenerPanel::onUniverseProgress(double fraction, const QString& stage)
{
    if (cancelled_)
        return;
    progressBox_->show();
    stageLabel_->setText(stage);
    progressBar_->setValue(static_cast<int>(std::lround(fraction * 1000)));
    recomputeButton_->setEnabled(false);
}

void FundScreenerPanel::onUniverseFailed(const QString& message)
{
    progressBox_->hide();
    recomputeButton_->setEnabled(true);
    statusLabel_->setText(
        QStringLiteral("<span style='color:#c0392b'>%1</span>")
            .arg(tr("The fund universe could not be evaluated: %1").arg(message).toHtmlEscaped()));
}

void FundScreenerPanel::onUniverseReady()
{
    progressBox_->hide();
    recomputeButton_->setEnabled(true);
    const std::shared_ptr<const funds::UniverseSnapshot> snapshot = core().fundUniverse().snapshot();
    if (!snapshot || snapshot == snapshot_)
        return;
    statusLabel_->setText(tr("Preparing the table…"));
    // Copying the table (hundreds of columns) and the pinyin of every name is work for a pool thread.
    const quint64 generation = ++buildGeneration_;
    QPointer<FundScreenerPanel> self(this);
    QThreadPool::globalInstance()->start([self, snapshot, generation] {
        auto screener = std::make_shared<funds::Screener>(snapshot->table);
        std::vector<QString> initials;
        initials.reserve(snapshot->universe.funds.size());
        for (const funds::FundInfo& f : snapshot->universe.funds)
            initials.push_back(reference::pinyinInitials(f.name));
        QMetaObject::invokeMethod(
            self,
            [self, snapshot, screener, initials = std::move(initials), generation]() mutable {
                if (!self || generation != self->buildGeneration_)
                    return;
                self->snapshot_ = snapshot;
                self->installScreener(std::move(screener), std::move(initials));
            },
            Qt::QueuedConnection);
    });
}

void FundScreenerPanel::installScreener(std::shared_ptr<funds::Screener> screener,
                                        std::vector<QString> initials)
{
    const QStringList columns = model_->columnCount() > 0 ? visibleColumns() : pendingColumns_;
    screener_ = std::move(screener);
    initials_ = std::move(initials);
    hasDemoData_ = core().hasDemoData(); // once per universe, not per keystroke
    model_->setSource(screener_, snapshot_);
    applyFactors();
    QStringList wanted = columns;
    for (const funds::FactorDefinition& f : screener_->factors())
        if (!wanted.contains(f.name))
            wanted << f.name;
    model_->setColumns(wanted);
    if (model_->columnCount() == 0)
        model_->setColumns(defaultColumns());
    fillCategories();
    applyFilter();
    fitColumns();
    showAsOf();
    if (!core().selection().fund(linkGroup()).isEmpty())
        follow(static_cast<int>(linkGroup()), core().selection().fund(linkGroup()));
    Q_EMIT universeShown();
}

void FundScreenerPanel::showAsOf()
{
    if (!snapshot_)
        return;
    const QString seconds = QLocale().toString(static_cast<double>(snapshot_->computeMs) / 1000.0, 'f', 1);
    statusLabel_->setText(snapshot_->asOf.isValid()
                              ? tr("As of %1 · indicators computed in %2 s")
                                    .arg(QLocale().toString(snapshot_->asOf, QLocale::ShortFormat), seconds)
                              : tr("Each fund to its latest NAV · indicators computed in %1 s").arg(seconds));
}

void FundScreenerPanel::fillCategories()
{
    const QSignalBlocker block(categoryBox_);
    const QString current = categoryBox_->currentData().toString();
    categoryBox_->clear();
    categoryBox_->addItem(tr("All categories"), QString());
    if (screener_) {
        const int c = screener_->table().columnIndex(u"category");
        if (c >= 0) {
            std::vector<QString> ids = screener_->table().column(c).dictionary;
            std::sort(ids.begin(), ids.end());
            for (const QString& id : ids)
                categoryBox_->addItem(funds::categoryName(id), id);
        }
    }
    categoryBox_->setCurrentIndex(std::max(0, categoryBox_->findData(current)));
}

void FundScreenerPanel::applyFilter()
{
    if (!screener_)
        return;
    const QString text = filterEdit_->text();
    auto result = screener_->filter(text);
    if (result.ok()) {
        appliedFilter_ = text;
        clearFilterError();
    } else {
        showFilterError(result.error);
        result = screener_->filter(appliedFilter_); // keep showing the last filter that worked
        if (!result.ok()) {
            appliedFilter_.clear();
            result = screener_->filter(QString());
        }
    }
    std::vector<int> rows = std::move(*result.value);

    // Category and search narrow the expression's rows (plain loops: 10,000 rows take microseconds).
    const funds::FundTable& table = screener_->table();
    const QString category = categoryBox_->currentData().toString();
    if (const int c = table.columnIndex(u"category"); c >= 0 && !category.isEmpty()) {
        const funds::FundColumn& column = table.column(c);
        std::erase_if(rows, [&](int r) { return column.texts[static_cast<std::size_t>(r)] != category; });
    }
    const QString term = searchEdit_->text().trimmed();
    if (!term.isEmpty()) {
        const funds::FundColumn& codes = table.column(table.columnIndex(u"code"));
        const funds::FundColumn& names = table.column(table.columnIndex(u"name"));
        const QString upper = term.toUpper();
        std::erase_if(rows, [&](int r) {
            const auto i = static_cast<std::size_t>(r);
            return !(codes.texts[i].startsWith(term) || names.texts[i].contains(term, Qt::CaseInsensitive) ||
                     (i < initials_.size() && initials_[i].startsWith(upper)));
        });
    }
    const QString current = core().selection().fund(linkGroup());
    model_->setRows(std::move(rows));
    updateCount();
    if (!current.isEmpty() && snapshot_) {
        if (const auto fund = snapshot_->indexOf(current)) {
            const int row = model_->rowOfFund(static_cast<int>(*fund));
            if (row >= 0) {
                following_ = true;
                view_->setCurrentIndex(model_->index(row, 0));
                following_ = false;
            }
        }
    }
}

void FundScreenerPanel::showFilterError(const funds::ScreenError& error)
{
    filterError_ = error.toString();
    // The expression with the offending token marked, and the message under it.
    const QString text = filterEdit_->text();
    const qsizetype at = std::clamp<qsizetype>(error.position, 0, text.size());
    qsizetype end = at;
    while (end < text.size() && !text[end].isSpace())
        ++end;
    const QString marked = end > at ? text.mid(at, end - at).toHtmlEscaped() : QStringLiteral("&nbsp;&nbsp;");
    filterErrorLabel_->setText(
        QStringLiteral("<span style='font-family:monospace'>%1<span style='background:#fde2e1;"
                       "text-decoration:underline;color:#c0392b'>%2</span>%3</span><br>"
                       "<span style='color:#c0392b'>%4</span>")
            .arg(text.left(at).toHtmlEscaped(), marked, text.mid(end).toHtmlEscaped(),
                 tr("Character %1: %2").arg(at + 1).arg(error.message.toHtmlEscaped())));
    filterErrorLabel_->show();
    filterEdit_->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
}

void FundScreenerPanel::clearFilterError()
{
    filterError_.clear();
    filterErrorLabel_->hide();
    filterEdit_->setStyleSheet({});
}

bool FundScreenerPanel::applyFactors()
{
    if (!screener_)
        return false;
    factorErrors_.clear();
    QList<QTextEdit::ExtraSelection> marks;
    const auto markLine = [&](int line) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(factorsEdit_->document()->findBlockByNumber(line));
        mark.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xc0, 0x39, 0x2b));
        mark.format.setBackground(QColor(0xfd, 0xe2, 0xe1));
        marks << mark;
    };

    std::vector<funds::FactorDefinition> factors;
    std::vector<int> lineOf;
    const QStringList lines = factorsEdit_->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (auto f = funds::parseFactorDefinition(line)) {
            factors.push_back(std::move(*f));
            lineOf.push_back(i);
        } else {
            factorErrors_ << tr("Line %1: write name = expression (the name in ASCII letters, digits and _)")
                                 .arg(i + 1);
            markLine(i);
        }
    }
    if (factorErrors_.isEmpty()) {
        if (auto error = screener_->setFactors(factors)) {
            int line = -1;
            for (std::size_t f = 0; f < factors.size(); ++f)
                if (factors[f].name.compare(error->factor, Qt::CaseInsensitive) == 0)
                    line = lineOf[f];
            factorErrors_ << tr("Line %1 (%2): %3").arg(line + 1).arg(error->factor, error->message);
            if (line >= 0)
                markLine(line);
        }
    }
    factorsEdit_->setExtraSelections(marks);
    factorsErrorLabel_->setText(factorErrors_.join(QLatin1Char('\n')));
    factorsErrorLabel_->setVisible(!factorErrors_.isEmpty());
    if (!factorErrors_.isEmpty()) {
        factorsButton_->setChecked(true);
        return false;
    }

    // Factor columns follow the definitions: new ones are appended, removed ones disappear.
    QStringList wanted;
    const funds::FundTable& table = screener_->table();
    for (const QString& name : model_->columns())
        if (table.columnIndex(name) >= 0)
            wanted << name;
    for (const funds::FactorDefinition& f : screener_->factors())
        if (!wanted.contains(f.name, Qt::CaseInsensitive))
            wanted << f.name;
    model_->setSource(screener_, snapshot_); // the table's columns changed under the model
    model_->setColumns(wanted.isEmpty() ? defaultColumns() : wanted);
    applyFilter();
    fitColumns();
    return true;
}

void FundScreenerPanel::setVisibleColumns(const QStringList& names)
{
    if (!screener_) {
        pendingColumns_ = names;
        return;
    }
    model_->setColumns(names);
    fitColumns();
}

void FundScreenerPanel::fitColumns()
{
    // To the header and the first rows; long names and manager lists are capped, not the table's width.
    view_->resizeColumnsToContents();
    const int cap = view_->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18;
    for (int c = 0; c < model_->columnCount(); ++c)
        if (view_->columnWidth(c) > cap)
            view_->setColumnWidth(c, cap);
}

QStringList FundScreenerPanel::visibleColumns() const
{
    if (!screener_)
        return pendingColumns_;
    // In the order the user arranged the header.
    QStringList names;
    const QStringList columns = model_->columns();
    const QHeaderView* header = view_->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && logical < columns.size() && !header->isSectionHidden(logical))
            names << columns[logical];
    }
    return names;
}

void FundScreenerPanel::updateCompletions(bool force)
{
    if (!screener_)
        return;
    const QString text = filterEdit_->text();
    const qsizetype cursor = filterEdit_->cursorPosition();
    qsizetype start = cursor;
    while (start > 0 && (text[start - 1].isLetterOrNumber() || text[start - 1] == u'_'))
        --start;
    // Offer while an identifier is being typed, or everything on Ctrl+Space.
    if (!force && start == cursor) {
        completer_->popup()->hide();
        return;
    }
    const std::vector<funds::Completion> candidates = screener_->complete(text, cursor, 80);
    completions_->clear();
    for (const funds::Completion& c : candidates) {
        // Columns show their title in the UI language; functions their signature and summary.
        auto* item =
            new QStandardItem(c.kind == funds::Completion::Kind::Column
                                  ? c.text + QStringLiteral(" — ") + ScreenerTableModel::titleOf(c.text)
                                  : c.display);
        item->setData(c.text, kInsertRole);
        item->setData(static_cast<qlonglong>(c.replaceFrom), kReplaceFromRole);
        item->setData(static_cast<qlonglong>(c.replaceLength), kReplaceLengthRole);
        completions_->appendRow(item);
    }
    if (candidates.empty()) {
        completer_->popup()->hide();
        return;
    }
    const int x = filterEdit_->fontMetrics().horizontalAdvance(text.left(start)) + 6;
    QRect rect(std::min(x, std::max(0, filterEdit_->width() - 200)), 0, 480, filterEdit_->height());
    completer_->setCompletionPrefix(QString());
    completer_->complete(rect);
    completer_->popup()->setCurrentIndex(completions_->index(0, 0));
}

void FundScreenerPanel::insertCompletion(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QString insert = index.data(kInsertRole).toString();
    const auto from = static_cast<qsizetype>(index.data(kReplaceFromRole).toLongLong());
    const auto length = static_cast<qsizetype>(index.data(kReplaceLengthRole).toLongLong());
    QString text = filterEdit_->text();
    if (from < 0 || from + length > text.size())
        return;
    text.replace(from, length, insert);
    filterEdit_->setText(text);
    filterEdit_->setCursorPosition(static_cast<int>(from + insert.size()));
}

void FundScreenerPanel::chooseColumns()
{
    if (!screener_)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Screener columns"));
    dialog.resize(460, 620);
    auto* search = new QLineEdit(&dialog);
    search->setPlaceholderText(tr("Search metrics, windows or keys"));
    search->setClearButtonEnabled(true);
    auto* tree = new QTreeWidget(&dialog);
    tree->setHeaderLabels({tr("Column"), tr("Key")});
    tree->setColumnWidth(0, 280);
    const QStringList shown = visibleColumns();
    const funds::FundTable& table = screener_->table();

    // Groups: the fund's own columns, one per metric (its windows), and the factors.
    std::vector<QTreeWidgetItem*> groups;
    auto* fundGroup = new QTreeWidgetItem(tree, {tr("Fund")});
    QHash<int, QTreeWidgetItem*> metricGroups;
    QTreeWidgetItem* factorGroup = nullptr;
    const int factorsFrom = table.columnCount() - static_cast<int>(screener_->factors().size());
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString name = table.column(c).name;
        QTreeWidgetItem* parent = fundGroup;
        QString label = ScreenerTableModel::titleOf(name);
        if (c >= factorsFrom) {
            if (!factorGroup)
                factorGroup = new QTreeWidgetItem(tree, {tr("Factors")});
            parent = factorGroup;
        } else if (const auto split = splitIndicator(name)) {
            QTreeWidgetItem*& group = metricGroups[static_cast<int>(split->first)];
            if (!group) {
                group = new QTreeWidgetItem(tree, {funds::card(split->first).displayName()});
                group->setToolTip(0, cardToolTip(split->first,
                                                 QString::fromLatin1(funds::card(split->first).key),
                                                 tr("all windows")));
            }
            parent = group;
            label = windowLongLabel(split->second);
        }
        auto* item = new QTreeWidgetItem(parent, {label, name});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, shown.contains(name) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(0, ScreenerTableModel::toolTipOf(name, c >= factorsFrom, QString()));
        item->setData(0, Qt::UserRole, name);
    }
    const auto filterTree = [tree](const QString& term) {
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem* group = tree->topLevelItem(g);
            const bool groupMatch = group->text(0).contains(term, Qt::CaseInsensitive);
            int visible = 0;
            for (int i = 0; i < group->childCount(); ++i) {
                QTreeWidgetItem* item = group->child(i);
                const bool match = term.isEmpty() || groupMatch ||
                                   item->text(0).contains(term, Qt::CaseInsensitive) ||
                                   item->text(1).contains(term, Qt::CaseInsensitive);
                item->setHidden(!match);
                visible += match ? 1 : 0;
            }
            group->setHidden(visible == 0);
            group->setExpanded(!term.isEmpty() || g == 0);
        }
    };
    connect(search, &QLineEdit::textChanged, tree, filterTree);
    filterTree(QString());
    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, &dialog, [tree] {
        const QStringList defaults = defaultColumns();
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->parent())
                (*it)->setCheckState(0, defaults.contains((*it)->data(0, Qt::UserRole).toString())
                                            ? Qt::Checked
                                            : Qt::Unchecked);
    });
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(search);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    search->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Keep the current order for columns still shown; new ones go at the end in table order.
    QStringList checked;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->parent() && (*it)->checkState(0) == Qt::Checked)
            checked << (*it)->data(0, Qt::UserRole).toString();
    QStringList next;
    for (const QString& name : shown)
        if (checked.contains(name))
            next << name;
    for (const QString& name : checked)
        if (!next.contains(name))
            next << name;
    setVisibleColumns(next);
}

void FundScreenerPanel::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export screened funds"), QStringLiteral("funds-screen.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void FundScreenerPanel::exportCsv(const QString& path)
{
    // Copy what the worker needs (columns are a few vectors; texts are shared, not copied).
    struct ExportColumn
    {
        funds::FundColumn column;
        ScreenColumnKind kind;
        QString header;
    };
    std::vector<ExportColumn> columns;
    const QStringList names = visibleColumns();
    for (const QString& name : names) {
        const int view = static_cast<int>(model_->columns().indexOf(name));
        const funds::FundColumn* c = model_->tableColumn(view);
        if (!c)
            continue;
        const ScreenColumnKind k = model_->kind(view);
        QString header = ScreenerTableModel::titleOf(name);
        if (k == ScreenColumnKind::Percent)
            header += QStringLiteral(" (%)");
        columns.push_back({*c, k, header});
    }
    std::vector<int> rows = model_->rows();
    QHash<QString, QString> categories;
    if (screener_)
        if (const int c = screener_->table().columnIndex(u"category"); c >= 0)
            for (const QString& id : screener_->table().column(c).dictionary)
                categories.insert(id, funds::categoryName(id));
    const QString filter = appliedFilter_;
    QPointer<FundScreenerPanel> self(this);
    QThreadPool::globalInstance()->start([self, path, filter, columns = std::move(columns),
                                          rows = std::move(rows), categories = std::move(categories)] {
        QSaveFile file(path);
        qint64 written = -1;
        QString error;
        if (file.open(QIODevice::WriteOnly)) {
            QByteArray out("\xEF\xBB\xBF");
            QStringList fields;
            for (const ExportColumn& c : columns)
                fields << store::csvField(c.header);
            out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
            for (const int r : rows) {
                const auto i = static_cast<std::size_t>(r);
                fields.clear();
                for (const ExportColumn& c : columns) {
                    if (c.column.type == funds::ValueType::Text)
                        fields << store::csvField(c.column.name == QLatin1String("category")
                                                      ? categories.value(c.column.texts[i], c.column.texts[i])
                                                      : c.column.texts[i]);
                    else
                        fields << (c.column.defined[i] ? csvNumber(c.kind, c.column.numbers[i]) : QString());
                }
                out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
                if (out.size() > (1 << 20)) {
                    file.write(out);
                    out.clear();
                }
            }
            file.write(out);
            if (file.commit())
                written = static_cast<qint64>(rows.size());
            else
                error = file.errorString();
        } else {
            error = file.errorString();
        }
        QMetaObject::invokeMethod(
            self,
            [self, path, filter, written, error] {
                if (!self)
                    return;
                self->core().audit().record(
                    QStringLiteral("export.csv"), QFileInfo(path).absoluteFilePath(),
                    written >= 0 ? QStringLiteral("ok") : QStringLiteral("failed"),
                    written >= 0
                        ? QStringLiteral("fund screen, %1 rows, filter '%2'").arg(written).arg(filter)
                        : error);
                Q_EMIT self->exportFinished(written >= 0, written, written >= 0 ? path : error);
            },
            Qt::QueuedConnection);
    });
}

QStringList FundScreenerPanel::sendToFofBuilder()
{
    if (!screener_)
        return {};
    const funds::FundColumn& codes = screener_->table().column(screener_->table().columnIndex(u"code"));
    std::vector<int> viewRows;
    const QModelIndexList selected = view_->selectionModel()->selectedRows();
    if (selected.size() >= 2) {
        for (const QModelIndex& index : selected)
            viewRows.push_back(index.row());
        std::sort(viewRows.begin(), viewRows.end());
    } else {
        for (int r = 0; r < std::min(model_->rowCount(), kMaxPool); ++r)
            viewRows.push_back(r);
    }
    QStringList pool;
    for (const int r : viewRows) {
        if (pool.size() >= kMaxPool)
            break;
        pool << codes.texts[static_cast<std::size_t>(model_->rows()[static_cast<std::size_t>(r)])];
    }
    if (pool.isEmpty())
        return pool;
    statusLabel_->setText(tr("%n fund(s) sent to the FOF builder", nullptr, static_cast<int>(pool.size())));
    Q_EMIT poolChosen(pool);
    return pool;
}

void FundScreenerPanel::publishCurrent()
{
    if (following_ || !snapshot_)
        return;
    const QModelIndex index = view_->currentIndex();
    if (!index.isValid())
        return;
    const int fund = model_->data(index, ScreenerTableModel::FundIndexRole).toInt();
    if (fund >= 0 && static_cast<std::size_t>(fund) < snapshot_->universe.funds.size())
        core().selection().setFund(linkGroup(),
                                   snapshot_->universe.funds[static_cast<std::size_t>(fund)].code);
}

void FundScreenerPanel::follow(int group, const QString& code)
{
    if (group != static_cast<int>(linkGroup()) || linkGroup() == selection::LinkGroup::None || !snapshot_ ||
        following_)
        return;
    const auto fund = snapshot_->indexOf(code);
    if (!fund)
        return;
    const int row = model_->rowOfFund(static_cast<int>(*fund));
    if (row < 0)
        return; // filtered out: the screen stays as the user set it
    const QModelIndex current = view_->currentIndex();
    if (current.isValid() && current.row() == row)
        return;
    following_ = true;
    view_->setCurrentIndex(model_->index(row, 0));
    view_->scrollTo(view_->currentIndex(), QAbstractItemView::PositionAtCenter);
    following_ = false;
}

void FundScreenerPanel::updateCount()
{
    const int total = screener_ ? static_cast<int>(screener_->table().rowCount()) : 0;
    countLabel_->setText(
        tr("%1 of %2 funds").arg(QLocale().toString(model_->rowCount()), QLocale().toString(total)));
    demoLabel_->setVisible(hasDemoData_);
}

} // namespace ws::widgets
