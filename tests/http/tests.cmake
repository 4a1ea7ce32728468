# Unit tests of the HTTP layer's parts, in process (no sockets): routing, matching, replay,
# throttling, tokens, body checks, and the App pipeline through App::handle.
file(GLOB PCSIM_HTTP_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*_test.cpp)
add_executable(test_http ${PCSIM_HTTP_TEST_SOURCES})
target_link_libraries(test_http PRIVATE pcsim_http GTest::gtest_main)
target_compile_definitions(test_http PRIVATE PCSIM_E2E_DIR="${PROJECT_SOURCE_DIR}/tests/e2e")
pcsim_discover_tests(test_http CONCURRENCY "ReplayCache.Concurrent*")
