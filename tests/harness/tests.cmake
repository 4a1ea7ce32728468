# The harness (issue 6): sandboxes, the control plane's scenario, reset, faults, journal, verify,
# invariants and bundle routes — in process through App::handle and over real HTTP on port 0 — and
# the invariant checks against worlds broken on purpose.
file(GLOB PCSIM_HARNESS_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*_test.cpp)
add_executable(test_harness ${PCSIM_HARNESS_TEST_SOURCES})
target_link_libraries(test_harness PRIVATE pcsim_test_support GTest::gtest_main)
target_compile_definitions(test_harness PRIVATE PCSIM_E2E_DIR="${PROJECT_SOURCE_DIR}/tests/e2e"
                                                PCSIM_SCENARIOS_DIR="${PROJECT_SOURCE_DIR}/scenarios"
                                                PCSIM_DOCS_DIR="${PROJECT_SOURCE_DIR}/docs")
pcsim_discover_tests(test_harness CONCURRENCY "ControlAccess.ParallelClients*")
