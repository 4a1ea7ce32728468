#pragma once
// The pcsim command run as a process, as a user runs it: a command's exit code and output, and a
// `pcsim serve` that is always stopped (SIGTERM, waited for), even when an assertion ends the test.
#include <sys/types.h>

#include <cstdio>
#include <string>
#include <vector>

namespace pcsim::testing {

struct Ran {
    int exitCode;        // -1: did not exit normally
    std::string output;  // stdout and stderr
};

// Runs `commandLine` through the shell.
Ran runCommand(const std::string& commandLine);

class ServeProcess {
public:
    // `binary serve --port 0 arguments...`; returns once the server prints its address.
    ServeProcess(const std::string& binary, const std::vector<std::string>& arguments);
    ~ServeProcess();
    ServeProcess(const ServeProcess&) = delete;
    ServeProcess& operator=(const ServeProcess&) = delete;

    // http://127.0.0.1:PORT, from "pcsim listening on ..."; empty when the server did not say it.
    const std::string& baseUrl() const { return baseUrl_; }
    const std::string& firstLine() const { return firstLine_; }
    // The next line the server prints (without its newline); empty at the end of its output.
    std::string nextLine();
    pid_t pid() const { return pid_; }
    // SIGTERM, then waits: the exit code, -1 when it did not exit normally.
    int stop();

private:
    pid_t pid_ = -1;
    FILE* output_ = nullptr;
    std::string firstLine_, baseUrl_;
    int exitCode_ = -1;
};

}  // namespace pcsim::testing
