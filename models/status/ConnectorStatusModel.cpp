#include "status/ConnectorStatusModel.h"

#include <algorithm>

namespace ws::status {

ConnectorStatusModel::ConnectorStatusModel(QObject* parent) : QObject(parent)
{
    timer_.setInterval(100);
    connect(&timer_, &QTimer::timeout, this, &ConnectorStatusModel::refresh);
    timer_.start();
}

std::function<void(net::LinkState, const std::string&)> ConnectorStatusModel::reporter(const QString& name)
{
    {
        std::lock_guard lock(mutex_);
        if (std::none_of(live_.begin(), live_.end(), [&](const Entry& e) { return e.name == name; })) {
            live_.push_back(Entry{name, net::LinkState::Stopped, {}, QDateTime::currentDateTimeUtc(), 0});
            dirty_ = true;
        }
    }
    return [this, name](net::LinkState state, const std::string& detail) {
        std::lock_guard lock(mutex_);
        for (Entry& e : live_) {
            if (e.name != name)
                continue;
            if (e.state != state)
                e.since = QDateTime::currentDateTimeUtc();
            e.state = state;
            e.detail = QString::fromStdString(detail);
            ++e.transitions;
            dirty_ = true;
        }
    };
}

void ConnectorStatusModel::remove(const QString& name)
{
    std::lock_guard lock(mutex_);
    live_.erase(std::remove_if(live_.begin(), live_.end(), [&](const Entry& e) { return e.name == name; }),
                live_.end());
    dirty_ = true;
}

void ConnectorStatusModel::refresh()
{
    {
        std::lock_guard lock(mutex_);
        if (!dirty_)
            return;
        snapshot_ = live_;
        dirty_ = false;
    }
    Q_EMIT changed();
}

QString ConnectorStatusModel::stateName(net::LinkState state)
{
    switch (state) {
    case net::LinkState::Stopped:
        return tr("stopped");
    case net::LinkState::Connecting:
        return tr("connecting");
    case net::LinkState::Connected:
        return tr("connected");
    case net::LinkState::Backoff:
        return tr("reconnecting");
    }
    return {};
}

} // namespace ws::status
