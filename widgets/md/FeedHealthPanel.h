#pragma once

#include "md/MdPanel.h"

#include <array>

class QCPBars;
class QCustomPlot;
class QLabel;
class QListView;
class QPushButton;
class QStringListModel;
class QTabWidget;
class QTableView;

namespace ws::widgets {

class RowsModel;

// The market-data feed's health: the connectors and their states, the appliance channels'
// sequencing (gaps, recovery, losses, which line came first), the book channels' validity, the
// cross-check of rebuilt books against the exchange's snapshots, the real-time index against
// the published one, latency percentiles per path and stage, and the book thread's load. With
// nothing connected it offers to start the demo feed. Columns widen to their contents at most
// once a second, the latency chart redraws at most twice.
class FeedHealthPanel : public MdPanel
{
    Q_OBJECT
public:
    explicit FeedHealthPanel(core::AppCore& core, QWidget* parent = nullptr);

    RowsModel* connectorsModel() const { return connectors_; }
    RowsModel* feedChannelsModel() const { return feedChannels_; }
    RowsModel* bookChannelsModel() const { return bookChannels_; }
    RowsModel* indicesModel() const { return indices_; }
    RowsModel* latencyModel() const { return latency_; }
    LiveLabel* crossCheckLabel() const { return crossCheck_; }
    LiveLabel* engineLabel() const { return engine_; }
    QPushButton* demoButton() const { return demoButton_; }
    QTabWidget* tabs() const { return tabs_; }

protected:
    void retranslate() override;
    void onSnapshot(const md::MarketSnapshot& snapshot) override;
    void changeEvent(QEvent* event) override;

private:
    void startDemo();
    void updateFeed();
    void applyTheme();
    QTableView* makeView(RowsModel* model, const QString& name);

    RowsModel* connectors_;
    RowsModel* feedChannels_;
    RowsModel* bookChannels_;
    RowsModel* indices_;
    RowsModel* latency_;
    QStringListModel* examples_;
    QTabWidget* tabs_;
    LiveLabel* engine_;
    LiveLabel* crossCheck_;
    QLabel* demoStatus_;
    QLabel* connectorsTitle_;
    QLabel* channelsTitle_;
    QLabel* booksTitle_;
    QLabel* examplesTitle_;
    QListView* examplesView_;
    QPushButton* demoButton_;
    QCustomPlot* latencyChart_;
    std::array<QCPBars*, 3> latencyBars_{};
    Throttle* latencyReplot_;
    QString demoError_;
};

} // namespace ws::widgets
