# Rule-level properties: mockserver/sim and the wire models called directly, no HTTP
# (thousands of cases per second). `ctest -L properties`; RC_PARAMS="max_success=N" for more cases.
file(GLOB PCSIM_PROPERTY_RULE_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/rules/*.cpp)
add_executable(properties_rules ${PCSIM_PROPERTY_RULE_SOURCES})
target_link_libraries(properties_rules PRIVATE pcsim_property_gen rapidcheck_gtest rapidcheck GTest::gtest
                      GTest::gtest_main)
gtest_discover_tests(properties_rules DISCOVERY_MODE PRE_TEST PROPERTIES LABELS properties)
