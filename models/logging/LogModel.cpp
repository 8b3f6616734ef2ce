#include "logging/LogModel.h"

#include <QIODevice>

#include <atomic>

namespace ws::logging {

namespace {
std::atomic<LogModel*> g_sink{nullptr};
QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (LogModel* sink = g_sink.load())
        sink->append(type, QString::fromLatin1(context.category ? context.category : "default"), message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

int levelRank(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
    case QtFatalMsg:
        return 3;
    }
    return 0;
}

LogModel::LogModel(QObject* parent) : QAbstractTableModel(parent)
{
    drainTimer_.setInterval(100);
    connect(&drainTimer_, &QTimer::timeout, this, &LogModel::drainInbox);
    drainTimer_.start();
}

LogModel::~LogModel()
{
    LogModel* self = this;
    if (g_sink.compare_exchange_strong(self, nullptr))
        qInstallMessageHandler(g_previous);
}

void LogModel::installMessageHandler()
{
    g_sink.store(this);
    QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        g_previous = previous;
}

QString LogModel::levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return tr("Debug");
    case QtInfoMsg:
        return tr("Info");
    case QtWarningMsg:
        return tr("Warning");
    case QtCriticalMsg:
        return tr("Critical");
    case QtFatalMsg:
        return tr("Fatal");
    }
    return {};
}

void LogModel::append(QtMsgType type, const QString& category, const QString& message)
{
    std::lock_guard lock(inboxMutex_);
    inbox_.push_back(Line{QDateTime::currentDateTime(), type, category, message});
}

void LogModel::drainInbox()
{
    std::vector<Line> arrived;
    {
        std::lock_guard lock(inboxMutex_);
        arrived.swap(inbox_);
    }
    if (arrived.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(arrived.size()) - 1);
    for (Line& l : arrived)
        lines_.push_back(std::move(l));
    endInsertRows();
    const auto excess = static_cast<int>(lines_.size()) - kMaxRows;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        lines_.erase(lines_.begin(), lines_.begin() + excess);
        endRemoveRows();
    }
}

void LogModel::clear()
{
    beginResetModel();
    lines_.clear();
    endResetModel();
}

bool LogModel::save(QIODevice& out, QString* error) const
{
    for (const Line& l : lines_) {
        const QByteArray text =
            QStringLiteral("%1 [%2] %3: %4\n")
                .arg(l.time.toString(Qt::ISODateWithMs), levelName(l.type), l.category, l.message)
                .toUtf8();
        if (out.write(text) != text.size()) {
            *error = out.errorString();
            return false;
        }
    }
    return true;
}

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(lines_.size());
}
int LogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Line& l = lines_[static_cast<std::size_t>(index.row())];
    if (role == LevelRole)
        return levelRank(l.type);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return l.time.toString(QStringLiteral("HH:mm:ss.zzz"));
    case Level:
        return levelName(l.type);
    case Category:
        return l.category;
    case Message:
        return l.message;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Category:
        return tr("Category");
    case Message:
        return tr("Message");
    }
    return {};
}

void LogFilter::setMinimumLevel(int level)
{
    minimum_ = level;
    invalidateFilter();
}

void LogFilter::setText(const QString& text)
{
    text_ = text;
    invalidateFilter();
}

bool LogFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, LogModel::Message, sourceParent);
    if (idx.data(LogModel::LevelRole).toInt() < minimum_)
        return false;
    return text_.isEmpty() || idx.data().toString().contains(text_, Qt::CaseInsensitive) ||
           sourceModel()
               ->index(sourceRow, LogModel::Category, sourceParent)
               .data()
               .toString()
               .contains(text_, Qt::CaseInsensitive);
}

} // namespace ws::logging
