# Tests of the client library and pcctl against a real pcsim on 127.0.0.1 port 0.
file(GLOB PCSIM_CLIENT_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp)
add_executable(test_client ${PCSIM_CLIENT_TEST_SOURCES})
target_link_libraries(test_client PRIVATE partnercenter_client pcsim_test_support GTest::gtest_main)
target_compile_definitions(test_client PRIVATE
  PCSIM_CLIENT_TEST_DIR="${CMAKE_CURRENT_LIST_DIR}"
  PCSIM_E2E_DIR="${PROJECT_SOURCE_DIR}/tests/e2e"
  PCCTL_BINARY="$<TARGET_FILE:pcctl>"
  PARTNERCENTER_EXAMPLE_BINARY="$<TARGET_FILE:partnercenter_example>")
add_dependencies(test_client pcctl partnercenter_example)
pcsim_discover_tests(test_client CONCURRENCY "AuthTest.ThreadsShare*")
