#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace ws::core {
class AppCore;
}

namespace ws::widgets {

// The status bar's right side: each connector's state as a coloured dot with its name, the cache
// writer's state, and the count of unacknowledged alerts. Refreshed from coalesced snapshots.
class ConnectorStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectorStatusWidget(core::AppCore& core, QWidget* parent = nullptr);
    // The texts shown, e.g. "md.szse: connected", for tests.
    QStringList texts() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void updateCache();
    void updateAlerts(int unacknowledged);

    core::AppCore& core_;
    QHBoxLayout* connectorsLayout_;
    QList<QLabel*> connectorLabels_;
    QLabel* cache_;
    QLabel* alerts_;
    QLabel* demo_;
};

} // namespace ws::widgets
