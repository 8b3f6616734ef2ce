#pragma once

#include <QDialog>

namespace ws::widgets {

// Version, data location and the versions of Qt, QCustomPlot, SQLite, Boost, Eigen and OpenCV.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QString& databasePath, bool demoData, QWidget* parent = nullptr);
    // "Qt 6.4.2", "QCustomPlot 2.1.0", ...: what the dialog lists, for tests and --version.
    static QStringList versionLines();
};

} // namespace ws::widgets
