#pragma once

#include <QDir>
#include <QString>
#include <QtTest>

// A fresh, empty folder per test function under the build tree (kept after the run for a look).
inline QString freshDir(const QString& name)
{
    const QString path = QStringLiteral(WS_TEST_TMP "/") + name;
    QDir(path).removeRecursively();
    QDir().mkpath(path);
    return path;
}
