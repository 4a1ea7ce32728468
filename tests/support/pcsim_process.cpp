#include "support/pcsim_process.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace pcsim::testing {

Ran runCommand(const std::string& commandLine) {
    Ran result{-1, {}};
    FILE* pipe = popen((commandLine + " 2>&1").c_str(), "r");
    if (!pipe) return result;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, pipe)) result.output += buffer;
    const int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

ServeProcess::ServeProcess(const std::string& binary, const std::vector<std::string>& arguments) {
    std::vector<std::string> words = {binary, "serve", "--port", "0"};
    words.insert(words.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& word : words) argv.push_back(word.data());
    argv.push_back(nullptr);

    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        execv(binary.c_str(), argv.data());
        _exit(127);
    }
    close(out[1]);
    output_ = fdopen(out[0], "r");
    char line[512] = {};
    if (pid_ < 0 || !output_ || !std::fgets(line, sizeof line, output_)) return;
    firstLine_ = line;
    const std::string prefix = "pcsim listening on ";
    if (firstLine_.rfind(prefix, 0) == 0) {
        baseUrl_ = firstLine_.substr(prefix.size());
        while (!baseUrl_.empty() && (baseUrl_.back() == '\n' || baseUrl_.back() == '\r')) baseUrl_.pop_back();
    }
}

std::string ServeProcess::nextLine() {
    char line[4096] = {};
    if (!output_ || !std::fgets(line, sizeof line, output_)) return {};
    std::string text = line;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

ServeProcess::~ServeProcess() {
    stop();
    if (output_) fclose(output_);
}

int ServeProcess::stop() {
    if (pid_ <= 0) return exitCode_;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    exitCode_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return exitCode_;
}

}  // namespace pcsim::testing
