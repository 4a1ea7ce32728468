# Unit tests of the wire models (client/include/partnercenter/models).
file(GLOB PCSIM_MODELS_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp)
add_executable(test_models ${PCSIM_MODELS_TEST_SOURCES})
target_link_libraries(test_models PRIVATE partnercenter::models GTest::gtest GTest::gtest_main)
gtest_discover_tests(test_models DISCOVERY_MODE PRE_TEST)
