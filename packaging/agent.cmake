# procglass-agent's polkit action. src/agent installs the program in bin, where `ssh HOST
# procglass-agent` and `docker exec -i C procglass-agent` find it on the PATH. The action makes
# `pkexec /usr/bin/procglass-agent` ask for an administrator's password (once per session:
# auth_admin_keep) and run only that program as root -- the window never does. Its exec.path must
# name the installed agent exactly, or pkexec refuses it: it is configured from
# CMAKE_INSTALL_FULL_BINDIR. A .deb made from a build whose prefix is not /usr would name the wrong
# path (cpack puts everything under /usr): scripts/debian12-package builds with /usr and checks it.
set(PROCGLASS_AGENT_INSTALL_PATH "${CMAKE_INSTALL_FULL_BINDIR}/procglass-agent")
set(PROCGLASS_AGENT_POLICY "${PROJECT_BINARY_DIR}/packaging/io.github.procglass.agent.policy")
configure_file(${PROJECT_SOURCE_DIR}/packaging/io.github.procglass.agent.policy.in ${PROCGLASS_AGENT_POLICY} @ONLY)
install(FILES ${PROCGLASS_AGENT_POLICY} DESTINATION ${CMAKE_INSTALL_DATADIR}/polkit-1/actions)
