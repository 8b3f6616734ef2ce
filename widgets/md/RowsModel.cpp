#include "md/RowsModel.h"

#include <QFont>

namespace ws::widgets {

void RowsModel::setHeaders(const QStringList& headers)
{
    if (headers.size() != headers_.size()) {
        beginResetModel();
        headers_ = headers;
        endResetModel();
        return;
    }
    headers_ = headers;
    if (!headers_.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, static_cast<int>(headers_.size()) - 1);
}

void RowsModel::setRows(std::vector<Row> rows)
{
    const int oldCount = rowCount(), newCount = static_cast<int>(rows.size());
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        rows_.resize(rows.size());
        endRemoveRows();
    }
    const int common = std::min(oldCount, newCount);
    for (int r = 0; r < common; ++r) {
        auto& mine = rows_[static_cast<std::size_t>(r)];
        auto& theirs = rows[static_cast<std::size_t>(r)];
        if (mine == theirs)
            continue;
        if (mine.size() != theirs.size()) {
            mine = std::move(theirs);
            Q_EMIT dataChanged(index(r, 0), index(r, columnCount() - 1));
            continue;
        }
        for (std::size_t c = 0; c < mine.size(); ++c) {
            if (mine[c] == theirs[c])
                continue;
            mine[c] = std::move(theirs[c]);
            const QModelIndex i = index(r, static_cast<int>(c));
            Q_EMIT dataChanged(i, i);
        }
    }
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        for (int r = oldCount; r < newCount; ++r)
            rows_.push_back(std::move(rows[static_cast<std::size_t>(r)]));
        endInsertRows();
    }
}

int RowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int RowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(headers_.size());
}

QVariant RowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    if (static_cast<std::size_t>(index.column()) >= row.size())
        return {};
    const Cell& c = row[static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return c.text;
    case Qt::ForegroundRole:
        return c.foreground.isValid() ? QVariant(c.foreground) : QVariant();
    case Qt::BackgroundRole:
        return c.background.isValid() ? QVariant(c.background) : QVariant();
    case Qt::ToolTipRole:
        return c.toolTip.isEmpty() ? QVariant() : QVariant(c.toolTip);
    case Qt::TextAlignmentRole:
        return c.alignment.toInt();
    case Qt::FontRole:
        if (c.bold) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant RowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < headers_.size())
        return headers_.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace ws::widgets
