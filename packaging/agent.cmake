# SPDX-FileCopyrightText: 2026 The Procglass developers
# SPDX-License-Identifier: GPL-2.0-or-later

# procglass-agent's polkit action. src/agent installs the program in bin, where `ssh HOST
# procglass-agent` and `docker exec -i C procglass-agent` find it on the PATH. The action makes
# `pkexec /usr/bin/procglass-agent` ask for an administrator's password (once per session:
# auth_admin_keep) and run only that program as root -- the window never does. Its exec.path must
# name the installed agent exactly, or pkexec does not apply it. So the installed action is made
# when installing, from the prefix installed to: `cmake --install --prefix P` and cpack (which
# installs under /usr whatever CMAKE_INSTALL_PREFIX said) name the program where they put it.
# PROCGLASS_AGENT_POLICY is the same action for this build's prefix, for tests/agent/tst_polkitpolicy.

set(PROCGLASS_AGENT_POLICY_IN ${PROJECT_SOURCE_DIR}/packaging/io.github.procglass.agent.policy.in)
set(PROCGLASS_AGENT_INSTALL_PATH "${CMAKE_INSTALL_FULL_BINDIR}/procglass-agent")
set(PROCGLASS_AGENT_POLICY "${PROJECT_BINARY_DIR}/packaging/io.github.procglass.agent.policy")
configure_file(${PROCGLASS_AGENT_POLICY_IN} ${PROCGLASS_AGENT_POLICY} @ONLY)

if(IS_ABSOLUTE "${CMAKE_INSTALL_BINDIR}")
    set(procglass_agent_path_at_install "${CMAKE_INSTALL_BINDIR}/procglass-agent")
else()
    set(procglass_agent_path_at_install "\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/procglass-agent")
endif()
install(CODE "
    set(PROCGLASS_AGENT_INSTALL_PATH \"${procglass_agent_path_at_install}\")
    configure_file(\"${PROCGLASS_AGENT_POLICY_IN}\"
        \"${PROJECT_BINARY_DIR}/packaging/installed/io.github.procglass.agent.policy\" @ONLY)
    file(INSTALL DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/polkit-1/actions\" TYPE FILE
        FILES \"${PROJECT_BINARY_DIR}/packaging/installed/io.github.procglass.agent.policy\")
")
