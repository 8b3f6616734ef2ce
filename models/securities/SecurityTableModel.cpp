#include "securities/SecurityTableModel.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace ws::securities {

SecurityTableModel::SecurityTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SecurityTableModel::setDatabase(const QString& connectionName)
{
    connection_ = connectionName;
    reload();
}

QSqlDatabase SecurityTableModel::db() const { return QSqlDatabase::database(connection_, false); }

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

void SecurityTableModel::reload()
{
    beginResetModel();
    changing_ = true; // views ask for more rows while a change is announced: the first page is loaded here
    rows_.clear();
    total_ = 0;
    if (db().isOpen()) {
        QVariantList values;
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM stk_security s") + filter_.whereClause(&values));
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (q.exec() && q.next())
            total_ = q.value(0).toInt();
        else
            Q_EMIT queryFailed(q.lastError().text());
    }
    if (total_ > 0)
        appendPage();
    endResetModel();
    changing_ = false;
    Q_EMIT totalCountChanged(total_);
}

bool SecurityTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !changing_ && rows_.size() < total_;
}

void SecurityTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QVector<Row> page = readPage();
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(rows_.size());
    changing_ = true;
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    rows_ += page;
    endInsertRows();
    changing_ = false;
}

void SecurityTableModel::appendPage() { rows_ += readPage(); }

QVector<SecurityTableModel::Row> SecurityTableModel::readPage()
{
    QVariantList values;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(selectColumns(chineseNames_) + filter_.whereClause(&values) + orderByClause(sortColumn_, sortOrder_) +
              QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(kPageSize);
    q.addBindValue(static_cast<int>(rows_.size()));
    if (!q.exec()) {
        Q_EMIT queryFailed(q.lastError().text());
        total_ = static_cast<int>(rows_.size()); // stop asking for pages that cannot come
        return {};
    }
    QVector<Row> page;
    page.reserve(kPageSize);
    while (q.next())
        page.push_back(Row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(9).toString(),
                           q.value(7).toLongLong(), q.value(8).toLongLong(), q.value(10).toBool()});
    if (page.isEmpty())
        total_ = static_cast<int>(rows_.size()); // rows deleted since the count
    return page;
}

int SecurityTableModel::rowOf(const QString& code, const QString& exchange)
{
    for (;;) {
        for (int i = 0; i < rows_.size(); ++i)
            if (rows_[i].code == code && (exchange.isEmpty() || rows_[i].exchange == exchange))
                return i;
        if (!canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

int SecurityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int SecurityTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SecurityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const Row& r = rows_[index.row()];
    switch (role) {
    case CodeRole: return r.code;
    case ExchangeRole: return r.exchange;
    case IndustryCodeRole: return r.industryCode;
    case DemoRole: return r.demo;
    case Qt::TextAlignmentRole:
        if (index.column() == TotalShares || index.column() == FloatShares)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code: return r.code;
        case Name: return r.name;
        case Pinyin: return r.pinyin;
        case Exchange: return r.exchange == QLatin1String("SZSE") ? tr("SZSE") : tr("SSE");
        case Board:
            if (r.board == QLatin1String("main")) return tr("Main board");
            if (r.board == QLatin1String("sme")) return tr("SME board");
            if (r.board == QLatin1String("chinext")) return tr("ChiNext");
            if (r.board == QLatin1String("star")) return tr("STAR Market");
            return r.board;
        case Industry: return r.industryName;
        case ListDate: return r.listDate;
        case TotalShares: return QLocale().toString(r.totalShares);
        case FloatShares: return QLocale().toString(r.floatShares);
        }
        return {};
    case Qt::ToolTipRole:
        return r.demo ? tr("Demo data: generated, not a real listing") : QVariant();
    default: return {};
    }
}

QString SecurityTableModel::columnTitle(int column)
{
    switch (column) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Pinyin: return tr("Pinyin");
    case Exchange: return tr("Exchange");
    case Board: return tr("Board");
    case Industry: return tr("Industry (SW)");
    case ListDate: return tr("Listed");
    case TotalShares: return tr("Total shares");
    case FloatShares: return tr("Float shares");
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
