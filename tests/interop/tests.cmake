# Interop: stock Microsoft client libraries (@azure/identity, @azure/arm-reservations,
# @azure/msal-node, Debian's python3-msal) run against a real pcsim, directly and through its
# intercepting proxy. Each test is tests/interop/with-pcsim.sh starting pcsim on port 0 (--tls,
# --proxy-port 0, a temporary --ca-dir) and running one program with the mode's environment.
# The Node programs need tests/interop/node_modules (scripts/setup.sh runs npm ci there): without it
# they fail saying so. Without node on the machine they are not added at all.
set(PCSIM_INTEROP_DIR ${CMAKE_CURRENT_LIST_DIR})

function(pcsim_interop_test name mode)
  add_test(NAME interop.${name}
           COMMAND ${PCSIM_INTEROP_DIR}/with-pcsim.sh $<TARGET_FILE:pcsim> ${PROJECT_SOURCE_DIR}/scenarios/default.yaml
                   ${mode} ${ARGN})
  set_tests_properties(interop.${name} PROPERTIES LABELS interop TIMEOUT 60)
endfunction()

find_program(PCSIM_NODE node)
if(PCSIM_NODE)
  pcsim_interop_test(IdentityAndArmReservationsDirect direct ${PCSIM_NODE} partner-and-arm.mjs)
  pcsim_interop_test(IdentityAndArmReservationsThroughProxy proxy ${PCSIM_NODE} partner-and-arm.mjs)
  pcsim_interop_test(MsalNodeThroughProxy proxy ${PCSIM_NODE} msal-node.mjs)
  pcsim_interop_test(IdentityTokenCacheAcrossClockAndExpiry direct ${PCSIM_NODE} token-clock.mjs)
else()
  message(STATUS "node not found: the Node.js interop tests (ctest -L interop) are left out")
endif()

# Debian's python3-msal is installed for /usr/bin/python3 (a python3 earlier on PATH may lack it).
pcsim_interop_test(MsalPythonDirect direct /usr/bin/python3 msal_python.py)
pcsim_interop_test(MsalPythonThroughProxy proxy /usr/bin/python3 msal_python.py)
