# SPDX-FileCopyrightText: 2026 The Procglass developers
# SPDX-License-Identifier: GPL-2.0-or-later

# Run by cpack (CPACK_PRE_BUILD_SCRIPTS, packaging/cpack.cmake) in its staging tree before it makes
# the package: strips the programs in bin the way Debian's dh_strip does (lintian reports
# unstripped programs as an error). CPACK_STRIP_FILES stays off because it would strip every
# installed program, the demo target in libexec too, whose own symbols the Code tab and the guided
# tour show.
if(NOT CPACK_PROCGLASS_STRIP)
    message(FATAL_ERROR "packaging/strip.cmake: no strip program (CMAKE_STRIP was empty when configuring)")
endif()
file(GLOB_RECURSE procglass_staged_files LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*")
foreach(file IN LISTS procglass_staged_files)
    if(NOT file MATCHES "/bin/[^/]+$" OR IS_SYMLINK "${file}")
        continue()
    endif()
    file(READ "${file}" magic LIMIT 4 HEX)
    if(magic STREQUAL "7f454c46") # ELF: a script in bin is left as it is
        execute_process(COMMAND "${CPACK_PROCGLASS_STRIP}" --remove-section=.comment --remove-section=.note "${file}"
                        RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "packaging/strip.cmake: ${CPACK_PROCGLASS_STRIP} failed on ${file}")
        endif()
    endif()
endforeach()
