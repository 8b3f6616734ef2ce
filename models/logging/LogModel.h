#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <deque>
#include <mutex>
#include <vector>

namespace ws::logging {

// The log dock's model: Qt's message handler feeds it from any thread into an inbox drained by
// the GUI thread at most 10 times a second. Keeps the newest kMaxRows lines.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Level, Category, Message, ColumnCount };
    enum Roles { LevelRole = Qt::UserRole + 1 };
    static constexpr int kMaxRows = 20000;

    explicit LogModel(QObject* parent = nullptr);
    ~LogModel() override;

    // Routes qDebug/qInfo/qWarning/qCritical into this model (and on to the previous handler).
    void installMessageHandler();
    void append(QtMsgType type, const QString& category, const QString& message);
    void drainInbox();
    void clear();
    // Writes every line as text; false with `error` set on an I/O error.
    bool save(QIODevice& out, QString* error) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString levelName(QtMsgType type);

private:
    struct Line
    {
        QDateTime time;
        QtMsgType type;
        QString category;
        QString message;
    };
    std::deque<Line> lines_;
    std::mutex inboxMutex_;
    std::vector<Line> inbox_;
    QTimer drainTimer_;
};

// Minimum level and text filter.
class LogFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setMinimumLevel(int level); // 0 debug, 1 info, 2 warning, 3 critical
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int minimum_ = 0;
    QString text_;
};

// Severity order of QtMsgType (its enum values are not ordered by severity).
int levelRank(QtMsgType type);

} // namespace ws::logging
