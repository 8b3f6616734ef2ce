#pragma once

#include "net/LinkState.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace ws::status {

// The state of every connector, for the status bar. Connectors report from their I/O threads
// through reporter(); the GUI thread takes a snapshot at most 10 times a second and is told only
// when something changed.
class ConnectorStatusModel : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString name;
        net::LinkState state = net::LinkState::Stopped;
        QString detail;
        QDateTime since;
        quint64 transitions = 0;
    };

    explicit ConnectorStatusModel(QObject* parent = nullptr);

    // Registers a connector and returns the callback it calls on each state change (any thread).
    std::function<void(net::LinkState, const std::string&)> reporter(const QString& name);
    void remove(const QString& name);
    // The GUI thread's copy as of the last tick.
    const std::vector<Entry>& entries() const { return snapshot_; }
    void refresh();

    static QString stateName(net::LinkState state);

Q_SIGNALS:
    void changed();

private:
    mutable std::mutex mutex_;
    std::vector<Entry> live_;
    bool dirty_ = false;
    std::vector<Entry> snapshot_;
    QTimer timer_;
};

} // namespace ws::status
