#pragma once

#include <QList>
#include <QString>

namespace ws::core {

struct LibraryVersion
{
    QString name;
    QString version;
};

// The versions of the libraries this build runs with (run-time where the library reports it):
// Qt, SQLite, Boost, Eigen, OpenCV. The About dialog adds QCustomPlot from the widgets layer.
QList<LibraryVersion> libraryVersions();
QString applicationVersion();
// The CPU model from /proc/cpuinfo ("AMD EPYC"), for benchmark reports; "unknown" elsewhere.
QString cpuModel();

} // namespace ws::core
