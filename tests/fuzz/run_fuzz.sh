#!/usr/bin/env bash
# Builds one libFuzzer target with clang (ASan + UBSan) and runs it for a bounded time on a copy
# of its seed corpus. Usage: run_fuzz.sh SOURCE_DIR BUILD_DIR TARGET SECONDS [pkg:MODULE...] SOURCES...
# A `pkg:MODULE` argument adds that pkg-config module's flags (e.g. pkg:Qt6Core, pkg:poppler-cpp);
# Qt is built with -reduce-relocations, so code using it is compiled with -fPIC.
set -euo pipefail
src=$1 build=$2 target=$3 seconds=$4
shift 4
modules=()
sources=()
for arg in "$@"; do
    case $arg in
    pkg:*) modules+=("${arg#pkg:}") ;;
    *) sources+=("$src/$arg") ;;
    esac
done
extra=()
if ((${#modules[@]})); then
    read -r -a extra <<<"$(pkg-config --cflags --libs "${modules[@]}")"
    extra+=(-fPIC)
fi
mkdir -p "$build"
bin="$build/$target"
"${CLANGXX:-clang++}" -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -I"$src/connectors" -I"$src/models" "$src/tests/fuzz/$target.cpp" "${sources[@]}" "${extra[@]}" -o "$bin"
corpus="$build/$target-corpus"
mkdir -p "$corpus"
cp -n "$src/tests/fuzz/seeds/${target#fuzz_}"/* "$corpus"/ 2>/dev/null || true
export LSAN_OPTIONS="suppressions=$src/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
"$bin" -artifact_prefix="$build/$target-" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=1024 -print_final_stats=1 "$corpus" 2>&1 | tail -n 15
