#include "process.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace pcsim::client_testing {

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string tempFile(const char* tag) {
    std::string pattern = std::string("/tmp/pcsim-client-test-") + tag + "-XXXXXX";
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    ::close(fd);
    return pattern;
}

}  // namespace

ProcessResult runProcess(const std::vector<std::string>& argv, const std::map<std::string, std::string>& environment,
                         const std::string& input) {
    const std::string in = tempFile("in"), out = tempFile("out"), err = tempFile("err");
    std::ofstream(in, std::ios::binary) << input;

    // The environment is built before fork: the child only execs.
    std::vector<std::string> env;
    // A variable the test sets replaces the inherited one (getenv would find the first of two).
    for (char** e = environ; *e != nullptr; ++e) {
        const std::string entry(*e);
        const std::string name = entry.substr(0, entry.find('='));
        if (name.rfind("PARTNERCENTER_", 0) != 0 && !environment.count(name)) env.push_back(entry);
    }
    for (const auto& [name, value] : environment) env.push_back(name + "=" + value);
    std::vector<char*> envp, args;
    for (auto& e : env) envp.push_back(e.data());
    envp.push_back(nullptr);
    std::vector<std::string> argvCopy = argv;
    for (auto& a : argvCopy) args.push_back(a.data());
    args.push_back(nullptr);

    pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        int inFd = ::open(in.c_str(), O_RDONLY);
        int outFd = ::open(out.c_str(), O_WRONLY | O_TRUNC);
        int errFd = ::open(err.c_str(), O_WRONLY | O_TRUNC);
        ::dup2(inFd, 0);
        ::dup2(outFd, 1);
        ::dup2(errFd, 2);
        ::execve(args[0], args.data(), envp.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ProcessResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = readFile(out);
    result.err = readFile(err);
    for (const auto& path : {in, out, err}) ::unlink(path.c_str());
    return result;
}

}  // namespace pcsim::client_testing
