#!/usr/bin/env bash
# Installs every build, test and run-time dependency from Debian 12's archive.
# Idempotent: packages already present are left alone. Runs as root, or through sudo otherwise.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git dpkg-dev file clang-format
    clang libclang-rt-14-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6
    libqcustomplot-dev libqcustomplot2.1-qt6
    libsqlite3-dev sqlite3
    libboost-dev
    libpcap-dev tcpdump
    libeigen3-dev
    libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev libopencv-features2d-dev
    libopencv-calib3d-dev libopencv-video-dev
    libpoppler-cpp-dev libtesseract-dev tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim
    libquazip1-qt6-dev poppler-utils qpdf
    fonts-noto-cjk
    appstream desktop-file-utils
)

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q "${missing[@]}"
