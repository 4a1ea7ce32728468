# bench_engine: the reservation engine applying 10,000 VMs x 1,000 reservations x 720 hours in-process,
# with wall time and peak RSS, next to the same workload at 1/10 of the VMs and reservations.
add_executable(bench_engine ${CMAKE_CURRENT_LIST_DIR}/engine.cpp)
target_link_libraries(bench_engine PRIVATE pcsim_sim)
