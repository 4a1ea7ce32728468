# Wire models: the single description of the Partner Center JSON (client parses, server renders).
file(GLOB PCSIM_MODELS_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/src/models/*.cpp)
add_library(pcsim_models STATIC ${PCSIM_MODELS_SOURCES})
add_library(partnercenter::models ALIAS pcsim_models)
target_include_directories(pcsim_models PUBLIC ${CMAKE_CURRENT_LIST_DIR}/include)
target_link_libraries(pcsim_models PUBLIC partnercenter_text nlohmann_json::nlohmann_json)
target_compile_features(pcsim_models PUBLIC cxx_std_20)
set_target_properties(pcsim_models PROPERTIES POSITION_INDEPENDENT_CODE ON)
pcsim_precompile_headers(pcsim_models ${PCSIM_STD_HEADERS} <nlohmann/json.hpp>)
