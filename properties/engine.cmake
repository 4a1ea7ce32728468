# Reservation engine invariants 1–11 of contract/azure-reservations.md §6, on random worlds built in
# code (sim only, no HTTP). 100 cases per property by default; RC_PARAMS="max_success=N" raises it.
file(GLOB PCSIM_ENGINE_PROPERTY_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/engine/*.cpp)
add_executable(properties_engine ${PCSIM_ENGINE_PROPERTY_SOURCES})
# PCSIM_PROPERTY comes from support/property.hpp; the worlds are built with the engine tests' helpers
# (tests/engine/engine_world.hpp).
target_include_directories(properties_engine PRIVATE ${CMAKE_CURRENT_LIST_DIR} ${PROJECT_SOURCE_DIR}/tests)
target_link_libraries(properties_engine PRIVATE rapidcheck_gtest rapidcheck GTest::gtest GTest::gtest_main pcsim_sim)
gtest_discover_tests(properties_engine DISCOVERY_MODE PRE_TEST PROPERTIES LABELS properties)
