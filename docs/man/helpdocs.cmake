# SPDX-FileCopyrightText: 2026 The Procglass developers
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The manual pages procglass(1), procglass-cli(1), procglass-agent(1) and procglass-cli's bash
# completion, made by docs/man/generate from the built programs' --help and the templates beside
# it (so that they cannot drift from what the programs accept) into helpdocs/ of the build folder.
# Without the GUI (PROCGLASS_BUILD_GUI=OFF, the fuzz preset) there is no procglass(1).

if(CMAKE_CROSSCOMPILING)
    message(STATUS "Cross-compiling: no manual pages or completion (they run the built programs)")
    return()
endif()

set(PROCGLASS_HELPDOCS_DIR ${PROJECT_BINARY_DIR}/helpdocs)
set(procglass_man_dir ${PROJECT_SOURCE_DIR}/docs/man)
set(procglass_completion_in ${PROJECT_SOURCE_DIR}/packaging/procglass-cli.bash.in)
set(procglass_helpdocs_outputs ${PROCGLASS_HELPDOCS_DIR}/procglass-cli.1.gz
    ${PROCGLASS_HELPDOCS_DIR}/procglass-agent.1.gz ${PROCGLASS_HELPDOCS_DIR}/procglass-cli.bash)
set(procglass_helpdocs_programs procglass-cli procglass-agent)
set(procglass_helpdocs_templates ${procglass_man_dir}/procglass-cli.1.in ${procglass_man_dir}/procglass-agent.1.in)
set(procglass_helpdocs_gui)
if(TARGET procglass)
    list(APPEND procglass_helpdocs_outputs ${PROCGLASS_HELPDOCS_DIR}/procglass.1.gz)
    list(APPEND procglass_helpdocs_programs procglass)
    list(APPEND procglass_helpdocs_templates ${procglass_man_dir}/procglass.1.in)
    set(procglass_helpdocs_gui --gui $<TARGET_FILE:procglass>)
endif()

add_custom_command(
    OUTPUT ${procglass_helpdocs_outputs}
    COMMAND bash ${procglass_man_dir}/generate --out ${PROCGLASS_HELPDOCS_DIR} --templates ${procglass_man_dir}
            --completion ${procglass_completion_in} --version ${PROJECT_VERSION}
            --cli $<TARGET_FILE:procglass-cli> --agent $<TARGET_FILE:procglass-agent> ${procglass_helpdocs_gui}
    DEPENDS ${procglass_helpdocs_programs} ${procglass_man_dir}/generate ${procglass_helpdocs_templates}
            ${PROJECT_SOURCE_DIR}/packaging/changelog
            ${procglass_completion_in}
    COMMENT "Making the manual pages and the bash completion from the programs' --help"
    VERBATIM)
add_custom_target(procglass_helpdocs ALL DEPENDS ${procglass_helpdocs_outputs})

list(FILTER procglass_helpdocs_outputs INCLUDE REGEX "\\.1\\.gz$")
install(FILES ${procglass_helpdocs_outputs} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# bash-completion's folder, relative to the prefix, so that cpack (which installs under /usr) and
# `cmake --install --prefix P` both put it where bash-completion of that prefix looks.
set(PROCGLASS_BASH_COMPLETION_DIR ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_get_variable(procglass_bc_dir bash-completion completionsdir)
    pkg_get_variable(procglass_bc_prefix bash-completion prefix)
    if(procglass_bc_dir AND procglass_bc_prefix)
        string(REGEX REPLACE "/$" "" procglass_bc_prefix "${procglass_bc_prefix}")
        string(FIND "${procglass_bc_dir}" "${procglass_bc_prefix}/" procglass_bc_at)
        if(procglass_bc_at EQUAL 0)
            string(LENGTH "${procglass_bc_prefix}/" procglass_bc_length)
            string(SUBSTRING "${procglass_bc_dir}" ${procglass_bc_length} -1 PROCGLASS_BASH_COMPLETION_DIR)
        endif()
    endif()
endif()
install(FILES ${PROCGLASS_HELPDOCS_DIR}/procglass-cli.bash DESTINATION ${PROCGLASS_BASH_COMPLETION_DIR}
        RENAME procglass-cli)
