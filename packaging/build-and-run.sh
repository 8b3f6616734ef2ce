#!/usr/bin/env bash
# Installs the dependencies, builds the workstation and launches it on its embedded demo data.
# The README's run command. Extra arguments go to the workstation (e.g. --role risk, --lang zh_CN).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}

./packaging/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWS_BUILD_TESTS=OFF
cmake --build "$build" --parallel "$(nproc)" --target workstation wsctl
exec "$build/app/workstation" "$@"
