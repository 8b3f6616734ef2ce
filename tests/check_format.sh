#!/usr/bin/env bash
# Fails when a C++ source of the project differs from what the repo's .clang-format produces.
set -u
root=${1:-.}
clang_format=${2:-clang-format}
cd "$root" || exit 1
mapfile -t files < <(find app models widgets connectors tests -name '*.cpp' -o -name '*.h' | sort)
if ! "$clang_format" --dry-run --Werror "${files[@]}"; then
    echo "format: run clang-format -i on the files above"
    exit 1
fi
echo "format: ${#files[@]} files formatted"
