# Unit tests of the text and ids module (client/include/partnercenter/text.hpp, ids.hpp).
file(GLOB PCSIM_TEXT_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp)
add_executable(test_text ${PCSIM_TEXT_TEST_SOURCES})
target_link_libraries(test_text PRIVATE partnercenter::text GTest::gtest_main)
gtest_discover_tests(test_text DISCOVERY_MODE PRE_TEST)
