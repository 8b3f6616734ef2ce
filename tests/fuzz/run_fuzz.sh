#!/usr/bin/env bash
# Builds one libFuzzer target with clang (ASan + UBSan) and runs it for a bounded time on a copy
# of its seed corpus. Usage: run_fuzz.sh SOURCE_DIR BUILD_DIR TARGET SECONDS SOURCES...
set -euo pipefail
src=$1 build=$2 target=$3 seconds=$4
shift 4
mkdir -p "$build"
bin="$build/$target"
"${CLANGXX:-clang++}" -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -I"$src/connectors" "$src/tests/fuzz/$target.cpp" "${@/#/$src/}" -o "$bin"
corpus="$build/$target-corpus"
mkdir -p "$corpus"
cp -n "$src/tests/fuzz/seeds/${target#fuzz_}"/* "$corpus"/ 2>/dev/null || true
"$bin" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=1024 -print_final_stats=1 "$corpus" 2>&1 | tail -n 15
