# Unit tests of the simulation layer: worlds built in code (world_builder.hpp), no HTTP, no YAML.
file(GLOB PCSIM_SIM_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cpp)
add_executable(test_sim ${PCSIM_SIM_TEST_SOURCES})
target_link_libraries(test_sim PRIVATE pcsim_sim GTest::gtest_main)
pcsim_discover_tests(test_sim CONCURRENCY "CheckoutConcurrency.*")
