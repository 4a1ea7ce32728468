# bench_flows: create-cart + checkout flows per second against a running pcsim (see bench/run.sh).
add_executable(bench_flows ${CMAKE_CURRENT_LIST_DIR}/flows.cpp)
target_link_libraries(bench_flows PRIVATE CURL::libcurl nlohmann_json::nlohmann_json Threads::Threads)
