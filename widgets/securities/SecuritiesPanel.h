#pragma once

#include "securities/SecurityTableModel.h"
#include "shell/Panel.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace ws::widgets {

// The securities master: every security in the cache, filtered by code / pinyin initials / name,
// industry, exchange and board; sortable; exported to CSV. Selecting a row sets the current
// security of the panel's link group, and the panel follows its group's selection.
class SecuritiesPanel : public Panel
{
    Q_OBJECT
public:
    explicit SecuritiesPanel(core::AppCore& core, QWidget* parent = nullptr);

    securities::SecurityTableModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    QLineEdit* filterEdit() const { return filterEdit_; }
    // Writes the current filter's rows to `path` on a pool thread; exportFinished() reports.
    void exportCsv(const QString& path);

Q_SIGNALS:
    void exportFinished(bool ok, qint64 rows, const QString& pathOrError);

protected:
    void retranslate() override;

private:
    void applyFilter();
    void fillIndustries();
    void follow(int group, const QString& code, const QString& exchange);
    void publishCurrent();
    void updateCount();
    void chooseExportFile();

    securities::SecurityTableModel* model_;
    QTableView* view_;
    QLineEdit* filterEdit_;
    QComboBox* industryBox_;
    QComboBox* exchangeBox_;
    QComboBox* boardBox_;
    QLabel* countLabel_;
    QLabel* demoLabel_;
    QToolButton* exportButton_;
    QTimer* filterDelay_;
    bool following_ = false;
};

} // namespace ws::widgets
