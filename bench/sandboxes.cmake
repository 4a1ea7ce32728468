# bench_sandboxes: the memory of 200 live sandboxes, the cost of a sandbox per test case, and a
# 1,000,000-request journal soak, in process (App::handle, no sockets).
add_executable(bench_sandboxes ${CMAKE_CURRENT_LIST_DIR}/sandboxes.cpp)
target_link_libraries(bench_sandboxes PRIVATE pcsim_http)
target_compile_definitions(bench_sandboxes PRIVATE PCSIM_DEFAULT_SCENARIO="${PROJECT_SOURCE_DIR}/scenarios/default.yaml")
