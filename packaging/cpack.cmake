# The Debian package: `cpack -G DEB` in a build directory makes procglass_VERSION_ARCH.deb, with
# everything under /usr whatever CMAKE_INSTALL_PREFIX says (scripts/debian12-package builds it
# with /usr anyway and installs it in a fresh Debian 12 chroot). It holds what the install rules
# name: procglass, procglass-cli and procglass-agent in bin, the agent's polkit action
# (packaging/agent.cmake), the demo target in libexec/procglass, the .desktop file, the AppStream
# metainfo and the icon; translations are compiled into the GUI, tests and
# benchmarks are not installed. dpkg-shlibdeps finds the libraries the programs link; Depends and
# Recommends add what Qt loads at run time, which it cannot see.

set(PROCGLASS_PACKAGE_MAINTAINER "The Procglass developers <https://github.com/procglass/procglass>"
    CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME procglass)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Procglass developers")
set(CPACK_PACKAGE_CONTACT "${PROCGLASS_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/procglass/procglass")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The extended description of the Debian package: one paragraph, lines kept short for apt show.
set(CPACK_PACKAGE_DESCRIPTION [[
Procglass shows how the address space of a running process is laid out and
what its bytes are: a process list, every memory mapping labelled and drawn,
a hex view, search and value scans, export of mappings, bundles and ELF core
files, and disassembly. For teaching it explains each mapping, shows the
auxiliary vector and /proc/PID/status, and has a guided tour of a bundled
demo process. procglass-cli does the same work without a display.]])
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES OFF) # the demo's own symbols (_start, main) label its code in the Code tab and the tour

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PROCGLASS_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads its platform plugin (xcb, wayland, offscreen) at run time, so shlibdeps cannot see it;
# without it the GUI cannot start. Qt's own translations (qtbase_*.qm: the standard dialogs' words,
# loaded by installTranslations() in src/app) are only recommended: the GUI works without them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# pkexec runs procglass-agent as root for the window (File > Connect..., "as administrator"): without
# it the rest works, and sudo or ssh reach the agent instead.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, pkexec")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

include(CPack)
