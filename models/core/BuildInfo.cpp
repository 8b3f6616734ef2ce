#include "core/BuildInfo.h"

#include <Eigen/Core>
#include <boost/version.hpp>
#include <opencv2/core/utility.hpp>
#include <sqlite3.h>

#include <QFile>
#include <QtGlobal>

namespace ws::core {

QList<LibraryVersion> libraryVersions()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("Boost"), QStringLiteral("%1.%2.%3")
                                      .arg(BOOST_VERSION / 100000)
                                      .arg(BOOST_VERSION / 100 % 1000)
                                      .arg(BOOST_VERSION % 100)},
        {QStringLiteral("Eigen"), QStringLiteral("%1.%2.%3")
                                      .arg(EIGEN_WORLD_VERSION)
                                      .arg(EIGEN_MAJOR_VERSION)
                                      .arg(EIGEN_MINOR_VERSION)},
        {QStringLiteral("OpenCV"), QString::fromStdString(cv::getVersionString())},
    };
}

QString applicationVersion()
{
    return QStringLiteral(WS_VERSION);
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    for (const QByteArray& line : file.readAll().split('\n'))
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    return QStringLiteral("unknown");
}

} // namespace ws::core
