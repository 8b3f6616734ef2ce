#pragma once

#include <QDir>
#include <QString>
#include <QtTest>

#include <cstddef>
#include <string_view>
#include <vector>

// A fresh, empty folder per test function under the build tree (kept after the run for a look).
inline QString freshDir(const QString& name)
{
    const QString path = QStringLiteral(WS_TEST_TMP "/") + name;
    QDir(path).removeRecursively();
    QDir().mkpath(path);
    return path;
}

// Empties the test's own settings folder. ctest points XDG_CONFIG_HOME into this test's scratch
// folder; run by hand without it, QDir("") would be the working directory (a source checkout),
// so anything but a folder under WS_TEST_TMP is refused.
inline bool clearScratchConfig()
{
    const QString dir = QDir::cleanPath(qEnvironmentVariable("XDG_CONFIG_HOME"));
    const QString scratch = QDir::cleanPath(QStringLiteral(WS_TEST_TMP));
    if (dir.isEmpty() || !dir.startsWith(scratch + QLatin1Char('/')))
        return false;
    QDir(dir).removeRecursively();
    return true;
}

// Bytes from hex digits; anything else (spaces, newlines, comments' punctuation) is skipped.
inline std::vector<std::byte> fromHex(std::string_view hex)
{
    std::vector<std::byte> out;
    int hi = -1;
    for (char c : hex) {
        int v;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        else
            continue;
        if (hi < 0) {
            hi = v;
        } else {
            out.push_back(static_cast<std::byte>(hi * 16 + v));
            hi = -1;
        }
    }
    return out;
}
