# The reservation engine: worked examples and rules against worlds built in code (sim only), and the
# Azure-side surface, the VM and coverage control routes and the walk-through over real HTTP.
file(GLOB PCSIM_ENGINE_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*_test.cpp)
add_executable(test_engine ${PCSIM_ENGINE_TEST_SOURCES})
target_link_libraries(test_engine PRIVATE pcsim_sim pcsim_test_support GTest::gtest_main)
target_compile_definitions(test_engine PRIVATE PCSIM_SCENARIOS_DIR="${PROJECT_SOURCE_DIR}/scenarios")
gtest_discover_tests(test_engine DISCOVERY_MODE PRE_TEST)
