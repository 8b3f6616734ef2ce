#!/usr/bin/env bash
# Installs the dependencies, builds everything (warnings are errors) and runs every test headless.
# The README's test command; .ci/run calls it. BUILD_DIR overrides the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}

./packaging/install-deps.sh
start=$(date +%s)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$(nproc)"
built=$(date +%s)
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 600
done=$(date +%s)
echo "build: $((built - start)) s, tests: $((done - built)) s on $(nproc) cores"
