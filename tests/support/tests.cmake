# Shared test support: a raw HTTP client (over the suite runner's libcurl client), a plain TCP
# connection for wire-level tests, a pcsim server on port 0, and the pcsim command run as a process.
add_library(pcsim_test_support STATIC ${CMAKE_CURRENT_LIST_DIR}/raw_http.cpp ${CMAKE_CURRENT_LIST_DIR}/raw_connection.cpp
            ${CMAKE_CURRENT_LIST_DIR}/test_server.cpp ${CMAKE_CURRENT_LIST_DIR}/pcsim_process.cpp
            ${CMAKE_CURRENT_LIST_DIR}/https_get.cpp)
target_include_directories(pcsim_test_support PUBLIC ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(pcsim_test_support PUBLIC pcsim_http pcsim_suite nlohmann_json::nlohmann_json CURL::libcurl)
