#include "shell/StatusWidgets.h"

#include "alerts/AlertModel.h"
#include "core/AppCore.h"
#include "status/ConnectorStatusModel.h"
#include "store/DbWriter.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>

namespace ws::widgets {

namespace {
QString stateColor(net::LinkState s)
{
    switch (s) {
    case net::LinkState::Connected:
        return QStringLiteral("#2e7d32");
    case net::LinkState::Connecting:
        return QStringLiteral("#f9a825");
    case net::LinkState::Backoff:
        return QStringLiteral("#c62828");
    case net::LinkState::Stopped:
        return QStringLiteral("#757575");
    }
    return QStringLiteral("#757575");
}
} // namespace

ConnectorStatusWidget::ConnectorStatusWidget(core::AppCore& core, QWidget* parent)
    : QWidget(parent), core_(core), connectorsLayout_(new QHBoxLayout), cache_(new QLabel(this)),
      alerts_(new QLabel(this)), demo_(new QLabel(this))
{
    setObjectName(QStringLiteral("connectorStatus"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    connectorsLayout_->setSpacing(10);
    layout->addWidget(demo_);
    layout->addLayout(connectorsLayout_);
    layout->addWidget(cache_);
    layout->addWidget(alerts_);
    demo_->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #7a5b00; border-radius: 3px; padding: 0 6px; }"));
    connect(&core.connectors(), &status::ConnectorStatusModel::changed, this,
            &ConnectorStatusWidget::rebuild);
    connect(&core, &core::AppCore::cacheCommitted, this, &ConnectorStatusWidget::updateCache);
    connect(&core, &core::AppCore::demoDataReady, this, &ConnectorStatusWidget::updateCache);
    connect(&core.alerts(), &alerts::AlertModel::unacknowledgedCountChanged, this,
            &ConnectorStatusWidget::updateAlerts);
    rebuild();
    updateCache();
    updateAlerts(core.alerts().unacknowledgedCount());
}

void ConnectorStatusWidget::rebuild()
{
    const auto& entries = core_.connectors().entries();
    while (connectorLabels_.size() > static_cast<qsizetype>(entries.size()))
        delete connectorLabels_.takeLast();
    while (connectorLabels_.size() < static_cast<qsizetype>(entries.size())) {
        auto* label = new QLabel(this);
        connectorsLayout_->addWidget(label);
        connectorLabels_.push_back(label);
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        QLabel* label = connectorLabels_[static_cast<qsizetype>(i)];
        label->setText(QStringLiteral("<span style='color:%1'>●</span> %2: %3")
                           .arg(stateColor(e.state), e.name.toHtmlEscaped(),
                                status::ConnectorStatusModel::stateName(e.state)));
        label->setToolTip(tr("%1 since %2\n%3")
                              .arg(status::ConnectorStatusModel::stateName(e.state),
                                   e.since.toLocalTime().toString(QStringLiteral("HH:mm:ss")), e.detail));
    }
}

void ConnectorStatusWidget::updateCache()
{
    const store::DbWriter::Stats s = core_.writer().stats();
    cache_->setText(
        tr("Cache: %1 · %2 write(s)").arg(QFileInfo(core_.databasePath()).fileName()).arg(s.jobs));
    cache_->setToolTip(tr("%1\nWAL journal; %2 batch(es) committed, %3 failed, %4 queued")
                           .arg(core_.databasePath())
                           .arg(s.batches)
                           .arg(s.failed)
                           .arg(s.queued));
    demo_->setText(tr("Demo data"));
    demo_->setToolTip(tr("The cache holds generated demo data, not real market or client data."));
    demo_->setVisible(core_.hasDemoData());
}

void ConnectorStatusWidget::updateAlerts(int unacknowledged)
{
    alerts_->setText(
        unacknowledged > 0
            ? tr("<span style='color:#c62828'>▲</span> %n unacknowledged alert(s)", nullptr, unacknowledged)
            : tr("No open alerts"));
}

QStringList ConnectorStatusWidget::texts() const
{
    QStringList out;
    for (const auto& e : core_.connectors().entries())
        out << QStringLiteral("%1: %2").arg(e.name, status::ConnectorStatusModel::stateName(e.state));
    return out;
}

void ConnectorStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
        updateCache();
        updateAlerts(core_.alerts().unacknowledgedCount());
    }
    QWidget::changeEvent(event);
}

} // namespace ws::widgets
