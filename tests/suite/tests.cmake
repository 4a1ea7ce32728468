# The suite runner (pcsim run): the format's loader, interpolation, JSON paths, assertions and
# reports in process; runs against a real pcsim on port 0; the command's exit codes. And the sample
# suites of scenarios/suites/, run by `pcsim run` as CI runs them (ctest label `suites`).
file(GLOB PCSIM_SUITE_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp)
add_executable(test_suite ${PCSIM_SUITE_TEST_SOURCES})
target_link_libraries(test_suite PRIVATE pcsim_suite pcsim_test_support GTest::gtest_main)
add_dependencies(test_suite pcsim)
target_compile_definitions(test_suite PRIVATE PCSIM_BINARY="$<TARGET_FILE:pcsim>"
                                              PCSIM_SCENARIOS_DIR="${PROJECT_SOURCE_DIR}/scenarios")
pcsim_discover_tests(test_suite CONCURRENCY "SuiteRunner.ParallelSteps*")

file(GLOB PCSIM_SAMPLE_SUITES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/scenarios/suites/*.yaml)
add_test(NAME sample_suites
         COMMAND pcsim run ${PCSIM_SAMPLE_SUITES} --jobs 2
                 --junit ${CMAKE_BINARY_DIR}/suites/junit.xml --json ${CMAKE_BINARY_DIR}/suites/report.json)
# --jobs 2 runs two cases at once in one process (and embedded server): a concurrency test too.
set_tests_properties(sample_suites PROPERTIES LABELS "suites;concurrency")

# Two CI jobs at once against one `pcsim serve`: each passes as alone and leaves no sandbox behind.
add_test(NAME sample_suites_two_runs_one_server
         COMMAND ${CMAKE_CURRENT_LIST_DIR}/two_runs_one_server.sh $<TARGET_FILE:pcsim> ${PCSIM_SAMPLE_SUITES})
set_tests_properties(sample_suites_two_runs_one_server PROPERTIES LABELS suites)
