# Debian package: binaries, desktop entry, icon, translations, AppStream metadata.
# `cmake --build build --target package` writes build/workstation_<version>_amd64.deb;
# packaging/test-deb.sh installs it into a fresh Debian 12 root and runs both binaries.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "workstation")
set(CPACK_PACKAGE_VENDOR "Workstation team")
set(CPACK_PACKAGE_CONTACT "Workstation team <workstation@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Analyst & Trader Workstation for the Chinese securities industry")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://localhost/workstation")
# Shared-library dependencies come from dpkg-shlibdeps; the Qt plugins and fonts loaded at run time
# are named here because no linker sees them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
include(CPack)
