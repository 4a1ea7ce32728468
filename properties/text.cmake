# Properties of the text and ids module (client/include/partnercenter/text.hpp): no server at all.
file(GLOB PCSIM_PROPERTY_TEXT_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/text/*.cpp)
add_executable(properties_text ${PCSIM_PROPERTY_TEXT_SOURCES})
target_include_directories(properties_text PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(properties_text PRIVATE partnercenter::text rapidcheck_gtest rapidcheck GTest::gtest
                      GTest::gtest_main)
gtest_discover_tests(properties_text DISCOVERY_MODE PRE_TEST PROPERTIES LABELS properties)
