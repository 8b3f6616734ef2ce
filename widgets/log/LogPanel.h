#pragma once

#include "logging/LogModel.h"
#include "shell/Panel.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ws::widgets {

// The application log: every qDebug/qInfo/qWarning/qCritical of every thread, filtered by level
// and text, following the newest line unless the user scrolls away; clear and save to a file.
class LogPanel : public Panel
{
    Q_OBJECT
public:
    explicit LogPanel(core::AppCore& core, QWidget* parent = nullptr);

protected:
    void retranslate() override;

private:
    void save();

    logging::LogFilter* filter_;
    QTableView* view_;
    QComboBox* levelBox_;
    QLineEdit* textEdit_;
    QCheckBox* follow_;
    QPushButton* clearButton_;
    QPushButton* saveButton_;
};

} // namespace ws::widgets
