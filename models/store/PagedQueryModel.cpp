#include "store/PagedQueryModel.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ws::store {

PagedQueryModel::PagedQueryModel(QObject* parent) : QAbstractTableModel(parent) {}

void PagedQueryModel::setDatabase(const QString& connectionName)
{
    connection_ = connectionName;
    reload();
}

void PagedQueryModel::reload()
{
    beginResetModel();
    changing_ = true; // views call fetchMore while a reset is announced: the first page is loaded here
    rows_.clear();
    total_ = 0;
    QSqlDatabase db = QSqlDatabase::database(connection_, false);
    if (db.isOpen()) {
        QVariantList values;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COUNT(*) ") + fromSql() + whereSql(&values));
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (q.exec() && q.next())
            total_ = q.value(0).toInt();
        else
            Q_EMIT queryFailed(q.lastError().text());
        if (total_ > 0)
            rows_ = readPage();
    }
    endResetModel();
    changing_ = false;
    Q_EMIT totalCountChanged(total_);
}

QVector<QVector<QVariant>> PagedQueryModel::readPage()
{
    QVariantList values;
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    q.setForwardOnly(true);
    q.prepare(selectSql() + whereSql(&values) + orderSql() + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(kPageSize);
    q.addBindValue(static_cast<int>(rows_.size()));
    QVector<QVector<QVariant>> page;
    if (!q.exec()) {
        Q_EMIT queryFailed(q.lastError().text());
        total_ = static_cast<int>(rows_.size()); // stop asking for pages that cannot come
        return page;
    }
    page.reserve(kPageSize);
    const int columns = q.record().count();
    while (q.next()) {
        QVector<QVariant> row(columns);
        for (int c = 0; c < columns; ++c)
            row[c] = q.value(c);
        page.push_back(std::move(row));
    }
    if (page.isEmpty())
        total_ = static_cast<int>(rows_.size()); // rows deleted since the count
    return page;
}

int PagedQueryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

bool PagedQueryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !changing_ && rows_.size() < total_;
}

void PagedQueryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QVector<QVector<QVariant>> page = readPage();
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(rows_.size());
    changing_ = true;
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    rows_ += page;
    endInsertRows();
    changing_ = false;
}

} // namespace ws::store
