# -DPCSIM_FUZZ=ON: the libFuzzer harnesses of fuzz/ (scripts/fuzz.sh builds and runs them in
# build-fuzz). libFuzzer ships with clang only, so the option refuses any other compiler. Every
# product library is compiled with the fuzzer's coverage instrumentation and ASan+UBSan, so that
# the fuzzer sees (and the sanitizers check) the code under test, not just the harness; only the
# harnesses link libFuzzer's main (fuzz/CMakeLists.txt).
option(PCSIM_FUZZ "Build the libFuzzer harnesses (clang only; scripts/fuzz.sh)" OFF)
if(PCSIM_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PCSIM_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # -fno-sanitize-recover: an undefined behaviour is a crash the fuzzer keeps, not a log line.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
