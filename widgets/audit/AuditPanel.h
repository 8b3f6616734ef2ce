#pragma once

#include "audit/AuditTableModel.h"
#include "audit/AuditTrail.h"
#include "shell/Panel.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ws::widgets {

// The audit trail for compliance reviewers: every recorded action (who, when, what, on which
// object, with which result), filtered by text, log class and period; the hash chain verified on
// demand with the head hash shown; the filtered rows exported to CSV (itself audited).
class AuditPanel : public Panel
{
    Q_OBJECT
public:
    explicit AuditPanel(core::AppCore& core, QWidget* parent = nullptr);
    audit::AuditTableModel* model() const { return model_; }
    QLabel* verdict() const { return verdict_; }
    void exportCsv(const QString& path);

Q_SIGNALS:
    void exportFinished(bool ok, qint64 rows, const QString& pathOrError);

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void showVerdict(const audit::VerifyResult& r);

    audit::AuditTableModel* model_;
    QTableView* view_;
    QLineEdit* textEdit_;
    QComboBox* classBox_;
    QComboBox* periodBox_;
    QPushButton* verifyButton_;
    QPushButton* exportButton_;
    QLabel* count_;
    QLabel* verdict_;
    QTimer* reloadDelay_;
    bool stale_ = false;
};

} // namespace ws::widgets
