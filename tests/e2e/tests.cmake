# End-to-end tests: a real pcsim on 127.0.0.1 port 0, spoken to with a plain libcurl client and
# checked against the documented JSON (not against pcsim's own models).
file(GLOB PCSIM_E2E_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*_test.cpp)
add_executable(test_e2e ${PCSIM_E2E_SOURCES})
target_link_libraries(test_e2e PRIVATE pcsim_test_support GTest::gtest_main)
target_compile_definitions(test_e2e PRIVATE PCSIM_E2E_DIR="${CMAKE_CURRENT_LIST_DIR}"
                                            PCSIM_SCENARIOS_DIR="${PROJECT_SOURCE_DIR}/scenarios")
pcsim_discover_tests(test_e2e LABEL e2e CONCURRENCY "CartsTest.*Concurrent*")
