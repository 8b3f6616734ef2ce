#include "securities/SecurityTableModel.h"

#include <QLocale>

namespace ws::securities {

namespace {
// Positions in selectColumns().
enum Field {
    FCode,
    FName,
    FPinyin,
    FExchange,
    FBoard,
    FIndustryName,
    FListDate,
    FTotal,
    FFloat,
    FIndustry,
    FDemo
};
} // namespace

SecurityTableModel::SecurityTableModel(QObject* parent) : PagedQueryModel(parent) {}

QString SecurityTableModel::selectSql() const
{
    return selectColumns(chineseNames_);
}
QString SecurityTableModel::fromSql() const
{
    return QStringLiteral("FROM stk_security s");
}
QString SecurityTableModel::whereSql(QVariantList* values) const
{
    return filter_.whereClause(values);
}
QString SecurityTableModel::orderSql() const
{
    return orderByClause(sortColumn_, sortOrder_);
}

void SecurityTableModel::setFilter(const Filter& filter)
{
    filter_ = filter;
    reload();
}

void SecurityTableModel::setChineseNames(bool chinese)
{
    if (chinese == chineseNames_)
        return;
    chineseNames_ = chinese;
    reload();
}

void SecurityTableModel::sort(int column, Qt::SortOrder order)
{
    sortColumn_ = column;
    sortOrder_ = order;
    reload();
}

int SecurityTableModel::rowOf(const QString& code, const QString& exchange)
{
    for (int i = 0;; ++i) {
        if (i == fetchedCount()) {
            if (!canFetchMore({}))
                return -1;
            fetchMore({});
            if (i == fetchedCount())
                return -1;
        }
        const auto& r = rawRow(i);
        if (r[FCode].toString() == code && (exchange.isEmpty() || r[FExchange].toString() == exchange))
            return i;
    }
}

int SecurityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecurityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& r = rawRow(index.row());
    switch (role) {
    case CodeRole:
        return r[FCode];
    case ExchangeRole:
        return r[FExchange];
    case IndustryCodeRole:
        return r[FIndustry];
    case DemoRole:
        return r[FDemo].toBool();
    case Qt::TextAlignmentRole:
        if (index.column() == TotalShares || index.column() == FloatShares)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return r[FDemo].toBool() ? tr("Demo data: generated, not a real listing") : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Code:
        return r[FCode];
    case Name:
        return r[FName];
    case Pinyin:
        return r[FPinyin];
    case Exchange:
        return r[FExchange].toString() == QLatin1String("SZSE") ? tr("SZSE") : tr("SSE");
    case Board: {
        const QString board = r[FBoard].toString();
        if (board == QLatin1String("main"))
            return tr("Main board");
        if (board == QLatin1String("sme"))
            return tr("SME board");
        if (board == QLatin1String("chinext"))
            return tr("ChiNext");
        if (board == QLatin1String("star"))
            return tr("STAR Market");
        return board;
    }
    case Industry:
        return r[FIndustryName];
    case ListDate:
        return r[FListDate];
    case TotalShares:
        return QLocale().toString(r[FTotal].toLongLong());
    case FloatShares:
        return QLocale().toString(r[FFloat].toLongLong());
    }
    return {};
}

QString SecurityTableModel::columnTitle(int column)
{
    switch (column) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Pinyin:
        return tr("Pinyin");
    case Exchange:
        return tr("Exchange");
    case Board:
        return tr("Board");
    case Industry:
        return tr("Industry (SW)");
    case ListDate:
        return tr("Listed");
    case TotalShares:
        return tr("Total shares");
    case FloatShares:
        return tr("Float shares");
    }
    return {};
}

QVariant SecurityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace ws::securities
