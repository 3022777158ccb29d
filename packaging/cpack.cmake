# SPDX-FileCopyrightText: 2026 The Procglass developers
# SPDX-License-Identifier: GPL-2.0-or-later

# The Debian package: `cpack -G DEB` in a build directory makes procglass_VERSION_ARCH.deb, with
# everything under /usr whatever CMAKE_INSTALL_PREFIX says (scripts/debian12-package builds it
# with /usr anyway and installs it in a fresh Debian 12 chroot). It holds what the install rules
# name: procglass, procglass-cli and procglass-agent in bin, the agent's polkit action
# (packaging/agent.cmake), the demo target in libexec/procglass, the .desktop file, the AppStream
# metainfo and the icon; translations are compiled into the GUI, tests and
# benchmarks are not installed. dpkg-shlibdeps finds the libraries the programs link; Depends and
# Recommends add what Qt loads at run time, which it cannot see.

# A name and an address, as Debian policy wants (lintian checks it); the changelog's entries are
# signed with it too. (A new cache name: the old one held a URL, and build trees keep cached values.)
set(PROCGLASS_DEBIAN_MAINTAINER "Procglass maintainers <maintainers@users.noreply.r-seed-40f67157.example>"
    CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME procglass)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Procglass developers")
set(CPACK_PACKAGE_CONTACT "${PROCGLASS_DEBIAN_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/procglass/procglass")
# The project's description without its article: lintian warns about a synopsis starting with one.
string(REGEX REPLACE "^(A|An|The) " "" CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
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
# ... but the programs in bin are stripped, as lintian wants, by this script in cpack's staging tree.
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/packaging/strip.cmake)
set(CPACK_PROCGLASS_STRIP "${CMAKE_STRIP}")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PROCGLASS_DEBIAN_MAINTAINER}")
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

# The documents Debian wants in /usr/share/doc/procglass, made at build time: the copyright file in
# the machine-readable (DEP-5) form, from the REUSE data of the sources of what is installed
# (packaging/copyright.sh: their SPDX headers or .reuse/dep5), and the changelog, compressed
# reproducibly (gzip -9n). The version has no Debian revision (a native package), so lintian wants
# changelog.gz, not changelog.Debian.gz. A file installed from a source under a license other than
# the code's belongs in PROCGLASS_COPYRIGHT_SOURCES; the first entry stands for the code ("Files: *").
set(PROCGLASS_COPYRIGHT_SOURCES
    CMakeLists.txt
    packaging/io.github.procglass.Procglass.desktop
    packaging/io.github.procglass.Procglass.metainfo.xml
    resources/icons/procglass.svg
    packaging/io.github.procglass.agent.policy.in
    packaging/lintian-overrides
    packaging/changelog)
list(TRANSFORM PROCGLASS_COPYRIGHT_SOURCES PREPEND ${PROJECT_SOURCE_DIR}/ OUTPUT_VARIABLE procglass_copyright_inputs)
file(GLOB procglass_license_texts CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/LICENSES/*.txt)
add_custom_command(
    OUTPUT ${PROJECT_BINARY_DIR}/packaging/copyright
    COMMAND bash ${PROJECT_SOURCE_DIR}/packaging/copyright.sh ${PROJECT_SOURCE_DIR}
            ${PROJECT_BINARY_DIR}/packaging/copyright ${PROCGLASS_COPYRIGHT_SOURCES}
    DEPENDS ${PROJECT_SOURCE_DIR}/packaging/copyright.sh ${PROJECT_SOURCE_DIR}/.reuse/dep5
            ${procglass_copyright_inputs} ${procglass_license_texts}
    COMMENT "Writing the Debian copyright file from the REUSE data"
    VERBATIM)

# The changelog's newest version must be the package's, or lintian and apt see two versions.
file(STRINGS ${PROJECT_SOURCE_DIR}/packaging/changelog procglass_changelog_top LIMIT_COUNT 1)
if(NOT procglass_changelog_top MATCHES "^procglass \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "packaging/changelog starts with '${procglass_changelog_top}', not version "
                        "${PROJECT_VERSION} (project()): add an entry for it")
endif()
add_custom_command(
    OUTPUT ${PROJECT_BINARY_DIR}/packaging/changelog.gz
    COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/packaging/changelog > ${PROJECT_BINARY_DIR}/packaging/changelog.gz
    DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog
    COMMENT "Compressing the Debian changelog")
add_custom_target(procglass_debian_docs ALL
    DEPENDS ${PROJECT_BINARY_DIR}/packaging/copyright ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
install(FILES ${PROJECT_BINARY_DIR}/packaging/copyright ${PROJECT_BINARY_DIR}/packaging/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/procglass)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME procglass)

include(CPack)
