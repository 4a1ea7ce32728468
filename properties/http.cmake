# Properties through HTTP: the stateful model-based purchase test (client library against a live
# pcsim on port 0) and the robustness properties (random bytes and JSON to every endpoint).
# Needs the client library (PCSIM_BUILD_CLIENT=ON, the default).
if(NOT TARGET partnercenter_client)
  message(STATUS "properties_http skipped: the client library is not built (PCSIM_BUILD_CLIENT=OFF)")
  return()
endif()
file(GLOB PCSIM_PROPERTY_HTTP_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/http/*.cpp)
add_executable(properties_http ${PCSIM_PROPERTY_HTTP_SOURCES})
target_link_libraries(properties_http PRIVATE pcsim_property_gen pcsim_test_support partnercenter_client
                      rapidcheck_gtest rapidcheck GTest::gtest GTest::gtest_main)
target_compile_definitions(properties_http PRIVATE PCSIM_PROPERTIES_HTTP_DIR="${CMAKE_CURRENT_LIST_DIR}/http")
gtest_discover_tests(properties_http DISCOVERY_MODE PRE_TEST PROPERTIES LABELS properties)
