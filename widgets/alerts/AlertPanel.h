#pragma once

#include "alerts/AlertModel.h"
#include "shell/Panel.h"

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ws::widgets {

// The alert centre: every module's alerts with severity, source, time and text; filters;
// acknowledgement recorded with who and when (and audited); optional sound and flash; and the
// alert trend of the last 24 hours by severity (src-000 art. 1 asks for alert-trend analysis).
class AlertPanel : public Panel
{
    Q_OBJECT
public:
    explicit AlertPanel(core::AppCore& core, QWidget* parent = nullptr);
    QTableView* view() const { return view_; }
    alerts::AlertFilter* filter() const { return filter_; }

protected:
    void retranslate() override;

private:
    void onArrived(int count, alerts::Severity highest);
    void acknowledgeSelected();
    void refreshSources();
    void updateTrend();
    void updateSummary();

    alerts::AlertFilter* filter_;
    QTableView* view_;
    QComboBox* severityBox_;
    QComboBox* sourceBox_;
    QCheckBox* unackedOnly_;
    QLineEdit* textEdit_;
    QPushButton* ackButton_;
    QPushButton* ackAllButton_;
    QCheckBox* sound_;
    QCheckBox* flash_;
    QLabel* summary_;
    QCustomPlot* trend_;
    QTimer* trendTimer_;
};

} // namespace ws::widgets
