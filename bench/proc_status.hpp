#pragma once
// A field of /proc/PID/status in kB (VmRSS, VmHWM), for the benchmarks' memory figures.
#include <fstream>
#include <string>

namespace pcsim::bench {

// `process`: "self" or a pid. -1 when the field cannot be read.
inline long procStatusKb(const std::string& process, const std::string& field) {
    std::ifstream status("/proc/" + process + "/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind(field + ":", 0) == 0) return std::stol(line.substr(field.size() + 1));
    return -1;
}

}  // namespace pcsim::bench
