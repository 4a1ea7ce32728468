#include "http/sandbox_address.hpp"

namespace pcsim::http {

namespace {
bool isAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

std::string nameProblem(std::string_view name) {
    // Quoted with its length only: the name is client input and may hold anything.
    return "The sandbox name '" + std::string(name.substr(0, 80)) + (name.size() > 80 ? "..." : "") +
           "' is not valid: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or a digit.";
}
}  // namespace

bool isValidSandboxName(std::string_view name) {
    if (name.empty() || name.size() > 64 || !isAlnum(name.front())) return false;
    for (char c : name)
        if (!isAlnum(c) && c != '.' && c != '_' && c != '-') return false;
    return true;
}

SandboxAddress resolveSandboxAddress(const HttpRequest& request) {
    SandboxAddress address;
    std::string_view path = request.path;
    if (path.starts_with(kSandboxPrefix) || path == kSandboxPrefix.substr(0, kSandboxPrefix.size() - 1)) {
        std::string_view rest = path.size() > kSandboxPrefix.size() ? path.substr(kSandboxPrefix.size()) : "";
        auto slash = rest.find('/');
        std::string_view name = rest.substr(0, slash);
        address.name = std::string(name);
        address.path = slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
        if (!isValidSandboxName(name)) address.problem = nameProblem(name);
        return address;
    }
    address.path = request.path;
    if (auto header = request.header(kSandboxHeader)) {
        address.name = *header;
        if (!isValidSandboxName(*header)) address.problem = nameProblem(*header);
    }
    return address;
}

}  // namespace pcsim::http
