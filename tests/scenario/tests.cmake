# The scenario loader and the built-in ISF tables.
file(GLOB PCSIM_SCENARIO_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp)
add_executable(test_scenario ${PCSIM_SCENARIO_TEST_SOURCES})
target_link_libraries(test_scenario PRIVATE pcsim_scenario GTest::gtest_main)
target_compile_definitions(test_scenario PRIVATE PCSIM_SCENARIOS_DIR="${PROJECT_SOURCE_DIR}/scenarios")
gtest_discover_tests(test_scenario DISCOVERY_MODE PRE_TEST)
