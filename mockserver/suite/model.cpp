#include "suite/model.hpp"

namespace pcsim::suite {

const char* actionName(const Action& action) {
    struct Names {
        const char* operator()(const RequestStep&) const { return "request"; }
        const char* operator()(const PurchaseStep&) const { return "purchase"; }
        const char* operator()(const AdvanceStep&) const { return "advance"; }
        const char* operator()(const FaultStep&) const { return "fault"; }
        const char* operator()(const VmsStep&) const { return "vms"; }
        const char* operator()(const ParallelStep&) const { return "parallel"; }
        const char* operator()(const VerifyStep&) const { return "verify"; }
        const char* operator()(const InvariantsStep&) const { return "invariants"; }
        const char* operator()(const CoverageStep&) const { return "coverage"; }
        const char* operator()(const LoginStep&) const { return "login"; }
    };
    return std::visit(Names{}, action);
}

bool StatusExpectation::accepts(long status) const {
    for (int s : exact)
        if (s == status) return true;
    for (int c : classes)
        if (status / 100 == c) return true;
    return false;
}

std::string StatusExpectation::describe() const {
    std::string out;
    auto add = [&](const std::string& piece) { out += (out.empty() ? "" : " or ") + piece; };
    for (int s : exact) add(std::to_string(s));
    for (int c : classes) add(std::to_string(c) + "xx");
    return out;
}

const std::vector<std::string>& builtinVariables() {
    static const std::vector<std::string> names = {"appToken", "userToken", "tenantId", "clientId", "sandbox",
                                                   "baseUrl",  "uuid",      "caseName", "suiteName"};
    return names;
}

}  // namespace pcsim::suite
