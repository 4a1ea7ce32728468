#pragma once
// Runs a program (pcctl, the example) as a child process with a given environment and stdin, and
// collects its exit code, stdout and stderr.
#include <map>
#include <string>
#include <vector>

namespace pcsim::client_testing {

struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// `environment` is added to the parent's, after every PARTNERCENTER_* variable is removed.
ProcessResult runProcess(const std::vector<std::string>& argv, const std::map<std::string, std::string>& environment,
                         const std::string& input = {});

}  // namespace pcsim::client_testing
