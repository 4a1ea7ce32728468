# The pcsim command line, run as a process: serve on port 0 and stop on SIGTERM; validate.
add_executable(test_cli ${CMAKE_CURRENT_LIST_DIR}/cli_test.cpp ${CMAKE_CURRENT_LIST_DIR}/serve_transport_test.cpp)
target_link_libraries(test_cli PRIVATE pcsim_test_support GTest::gtest_main)
add_dependencies(test_cli pcsim)
target_compile_definitions(test_cli PRIVATE PCSIM_BINARY="$<TARGET_FILE:pcsim>"
                                            PCSIM_SCENARIOS_DIR="${PROJECT_SOURCE_DIR}/scenarios")
gtest_discover_tests(test_cli DISCOVERY_MODE PRE_TEST)
