#!/usr/bin/env bash
# Installs the .deb on a fresh Debian 12 root (debootstrap, kept in the build folder for reuse) and
# runs `workstation --version` and `wsctl --version` there, plus `wsctl demo init` on a new cache.
# Needs root and Debian's archive. Usage: packaging/test-deb.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
root="$build/deb-test-root"

if [ "$(id -u)" -ne 0 ]; then echo "test-deb: needs root (debootstrap, chroot)" >&2; exit 2; fi
command -v debootstrap >/dev/null || apt-get install -y -q debootstrap

cmake --build "$build" --target package
deb=$(ls -t "$build"/workstation_*_amd64.deb | head -n 1)
echo "test-deb: package $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --contents "$deb" | awk '{print $6}' | grep -E 'bin/|\.desktop|metainfo|icons|\.qm' | sed 's/^/  /'

if [ ! -x "$root/usr/bin/apt-get" ]; then
    rm -rf "$root"
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
cp "$deb" "$root/tmp/workstation.deb"
for fs in proc sys dev; do mountpoint -q "$root/$fs" || mount --bind "/$fs" "$root/$fs"; done
trap 'for fs in proc sys dev; do umount -l "$root/$fs" 2>/dev/null || true; done' EXIT
chroot "$root" /bin/bash -euc '
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get purge -y -q workstation >/dev/null 2>&1 || true
    apt-get install -y -q /tmp/workstation.deb >/dev/null
    workstation --version
    wsctl --version
    d=$(mktemp -d)
    wsctl --data-dir "$d" demo init
    wsctl --data-dir "$d" audit verify
    QT_QPA_PLATFORM=offscreen workstation --data-dir "$d" --screenshot "$d/shot.png"
    test -s "$d/shot.png"
    test -f /usr/share/applications/workstation.desktop
    test -f /usr/share/metainfo/io.github.workstation.metainfo.xml
    ls /usr/share/workstation/translations/
'
echo "test-deb: ok"
