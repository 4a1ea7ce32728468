# Text and ids (partnercenter::text): case folding, percent-encoding, UTF-8 checks and GUIDs. It
# depends on nothing, so the models, the client and every server layer (even sim, which may not
# see JSON) share one copy of these rules.
include(GNUInstallDirs)
file(GLOB PARTNERCENTER_TEXT_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/src/text/*.cpp)
add_library(partnercenter_text STATIC ${PARTNERCENTER_TEXT_SOURCES})
add_library(partnercenter::text ALIAS partnercenter_text)
target_include_directories(partnercenter_text PUBLIC $<BUILD_INTERFACE:${CMAKE_CURRENT_LIST_DIR}/include>
                                                     $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_compile_features(partnercenter_text PUBLIC cxx_std_20)
set_target_properties(partnercenter_text PROPERTIES EXPORT_NAME text POSITION_INDEPENDENT_CODE ON)
