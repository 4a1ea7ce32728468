# Generators shared by every property suite here: worlds, purchase requests, wire models, JSON.
file(GLOB PCSIM_PROPERTY_GEN_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/gen/*.cpp)
add_library(pcsim_property_gen STATIC ${PCSIM_PROPERTY_GEN_SOURCES})
target_include_directories(pcsim_property_gen PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(pcsim_property_gen PUBLIC pcsim_sim pcsim_models rapidcheck)
