# bench_suites: `pcsim run` of 1,000 cases of a typical 8-step suite with 2 jobs against a pcsim in
# the process, next to the same requests sent by a plain loop (see bench/run.sh).
add_executable(bench_suites ${CMAKE_CURRENT_LIST_DIR}/suites.cpp)
target_link_libraries(bench_suites PRIVATE pcsim_suite pcsim_http CURL::libcurl Threads::Threads)
target_compile_definitions(bench_suites PRIVATE PCSIM_DEFAULT_SCENARIO="${PROJECT_SOURCE_DIR}/scenarios/default.yaml")
