#!/usr/bin/env bash
# Fails when a layer includes what it must not. The CMake target links enforce the same at build
# time for libraries; this also catches a header that happens to be on the include path.
set -u
root=${1:-.}
status=0
check() { # folder, regex, what
    local hits
    hits=$(grep -rnE "$2" "$root/$1" --include='*.h' --include='*.cpp' || true)
    if [ -n "$hits" ]; then
        echo "layering: $1 must not include $3:"
        echo "$hits"
        status=1
    fi
}
check models '#include <(QtWidgets/|QtGui/|QWidget|QApplication|QPainter|QColor|QBrush|QIcon|QPixmap|qcustomplot)' "QtGui/QtWidgets"
check connectors '#include <(Q[A-Z]|Qt[A-Z])' "Qt"
check widgets '#include <boost/' "Boost.Asio (networking belongs in connectors)"
if [ $status -eq 0 ]; then
    echo "layering: 3 passed, 0 failed"
else
    echo "layering: failed"
fi
exit $status
