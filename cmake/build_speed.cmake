# How pcsim builds quickly on a small machine (scripts/build-times.sh shows where the time goes):
#   * unity builds: each target's sources are compiled in batches, so the heavy headers (nlohmann,
#     Pistache, GoogleTest, RapidCheck) are parsed, and their templates instantiated, once a batch;
#   * precompiled headers per layer (pcsim_precompile_headers below) for what a batch still parses;
#   * ccache when it is installed, lld when the compiler can use it.
# -DPCSIM_UNITY_BUILD=OFF compiles file by file (what an IDE's single-file compile wants).
option(PCSIM_UNITY_BUILD "Compile each target's sources in batches (unity build)" ON)
set(PCSIM_UNITY_BATCH_SIZE 8 CACHE STRING "Sources per unity batch")
if(PCSIM_UNITY_BUILD)
  set(CMAKE_UNITY_BUILD ON)
  set(CMAKE_UNITY_BUILD_BATCH_SIZE ${PCSIM_UNITY_BATCH_SIZE})
endif()

option(PCSIM_PRECOMPILED_HEADERS "Precompile the third-party headers of each layer" ON)

find_program(PCSIM_CCACHE ccache)
if(PCSIM_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  # The sloppiness lets ccache cache translation units that use a precompiled header; the base
  # directory lets two clones of the repository share the cache.
  set(CMAKE_CXX_COMPILER_LAUNCHER
      ${CMAKE_COMMAND} -E env CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
      CCACHE_BASEDIR=${PROJECT_SOURCE_DIR} ${PCSIM_CCACHE})
endif()

include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=lld PCSIM_HAVE_LLD)
if(PCSIM_HAVE_LLD)
  add_link_options(-fuse-ld=lld)
endif()

option(PCSIM_WERROR "Treat warnings as errors (scripts/test.sh and CI turn it on)" OFF)
if(PCSIM_WERROR)
  add_compile_options(-Werror)
endif()

# pcsim_precompile_headers(TARGET <headers>...): the target's precompiled header. Layers name only
# the headers they may use (sim: the standard library alone, so the precompiled header cannot hide
# a JSON include in the rules). Building one costs about as much as parsing its headers three times,
# so a target compiled in fewer than three translation units (unity batches) goes without.
function(pcsim_precompile_headers target)
  if(NOT PCSIM_PRECOMPILED_HEADERS)
    return()
  endif()
  get_target_property(sources ${target} SOURCES)
  list(FILTER sources INCLUDE REGEX "\\.cpp$")
  list(LENGTH sources units)
  if(CMAKE_UNITY_BUILD)
    math(EXPR units "(${units} + ${CMAKE_UNITY_BUILD_BATCH_SIZE} - 1) / ${CMAKE_UNITY_BUILD_BATCH_SIZE}")
  endif()
  if(units GREATER_EQUAL 3)
    target_precompile_headers(${target} PRIVATE ${ARGN})
  endif()
endfunction()

# pcsim_test_optimisation(TARGET): test code at -O1 when the product is optimised. Most of a test
# file's compile time is spent optimising template code (GoogleTest, RapidCheck generators) whose
# speed does not matter; the product's libraries the tests link keep the build type's flags.
function(pcsim_test_optimisation target)
  if(CMAKE_BUILD_TYPE MATCHES "^(Release|RelWithDebInfo)$")
    target_compile_options(${target} PRIVATE -O1)
  endif()
endfunction()

set(PCSIM_STD_HEADERS <algorithm> <chrono> <cstdint> <functional> <map> <memory> <mutex> <optional>
    <string> <string_view> <unordered_map> <utility> <variant> <vector>)
