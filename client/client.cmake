# The Partner Center C++ client library (partnercenter::client), the pcctl command, the example
# program, and the install rules that let another CMake project find_package(partnercenter).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

file(GLOB_RECURSE PARTNERCENTER_CLIENT_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/src/*.cpp)
list(FILTER PARTNERCENTER_CLIENT_SOURCES EXCLUDE REGEX "/src/(models|text)/")
add_library(partnercenter_client STATIC ${PARTNERCENTER_CLIENT_SOURCES})
add_library(partnercenter::client ALIAS partnercenter_client)
target_include_directories(partnercenter_client
  PUBLIC $<BUILD_INTERFACE:${CMAKE_CURRENT_LIST_DIR}/include> $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>
  PRIVATE ${CMAKE_CURRENT_LIST_DIR}/src)
target_link_libraries(partnercenter_client PUBLIC pcsim_models PRIVATE CURL::libcurl)
target_compile_features(partnercenter_client PUBLIC cxx_std_20)
set_target_properties(partnercenter_client PROPERTIES EXPORT_NAME client POSITION_INDEPENDENT_CODE ON)
pcsim_precompile_headers(partnercenter_client ${PCSIM_STD_HEADERS} <nlohmann/json.hpp>)

# The models' include path as seen from the build tree and from an installation.
set_target_properties(pcsim_models PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES
    "$<BUILD_INTERFACE:${CMAKE_CURRENT_LIST_DIR}/include>;$<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>"
  EXPORT_NAME models)

# pcctl: one file per command family.
file(GLOB PCCTL_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/pcctl/*.cpp)
add_executable(pcctl ${PCCTL_SOURCES})
target_link_libraries(pcctl PRIVATE partnercenter_client CLI11::CLI11)
pcsim_precompile_headers(pcctl ${PCSIM_STD_HEADERS} <nlohmann/json.hpp>)

# The README's example program, built with the project so it cannot rot.
add_executable(partnercenter_example ${CMAKE_CURRENT_LIST_DIR}/examples/purchase_example.cpp)
target_link_libraries(partnercenter_example PRIVATE partnercenter::client)

# ---- install: headers, libraries, pcctl, CMake package and pkg-config file ----------------------
set(PARTNERCENTER_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/partnercenter)
install(TARGETS partnercenter_client pcsim_models partnercenter_text EXPORT partnercenterTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(TARGETS pcctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${CMAKE_CURRENT_LIST_DIR}/include/partnercenter DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT partnercenterTargets NAMESPACE partnercenter:: DESTINATION ${PARTNERCENTER_CMAKE_DIR})

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/cmake/partnercenterConfig.cmake.in
                              ${CMAKE_CURRENT_BINARY_DIR}/partnercenterConfig.cmake
                              INSTALL_DESTINATION ${PARTNERCENTER_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/partnercenterConfigVersion.cmake
                                 VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/partnercenterConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/partnercenterConfigVersion.cmake
        DESTINATION ${PARTNERCENTER_CMAKE_DIR})

# The .pc file finds the prefix from its own place, so `cmake --install --prefix DIR` works too.
string(REGEX REPLACE "[^/]+" ".." PARTNERCENTER_PC_TO_PREFIX "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
configure_file(${CMAKE_CURRENT_LIST_DIR}/cmake/partnercenter.pc.in ${CMAKE_CURRENT_BINARY_DIR}/partnercenter.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/partnercenter.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
