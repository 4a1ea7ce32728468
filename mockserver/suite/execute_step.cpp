// Runs a step by its kind. The kinds' executors live in execute_*.cpp; `request` is here, being the
// plainest: build the call, send it, judge `expect` (default: any 2xx), save.
#include "suite/execute.hpp"

namespace pcsim::suite {
namespace {

StepOutcome executeRequest(const Step& step, const RequestStep& request, CaseRun& run) {
    StepOutcome outcome;
    std::string shown;
    HttpCall call = buildCall(request.request, run, &shown);
    sendAndJudge(run, call, shown, step.expect, Expectation{}, step.save, outcome);
    return outcome;
}

struct Describe {
    std::string operator()(const RequestStep& s) const { return "request " + s.request.method + " " + s.request.path; }
    std::string operator()(const PurchaseStep& s) const {
        return "purchase " + s.quantity + " x " + s.size + " in " + s.region + " (" + s.term + ", " + s.scope + ")";
    }
    std::string operator()(const AdvanceStep& s) const {
        return s.by ? "advance the clock by " + *s.by : "set the clock to " + *s.to;
    }
    std::string operator()(const FaultStep& s) const {
        if (s.add) return "add the fault " + s.add->value.value("name", std::string("?"));
        return *s.clear == "all" ? std::string("clear every fault") : "clear the fault " + *s.clear;
    }
    std::string operator()(const VmsStep& s) const {
        switch (s.op) {
            case VmsStep::Op::add: return "add a VM to " + s.subscription;
            case VmsStep::Op::change: return "change the VM " + s.vmId;
            case VmsStep::Op::remove: return "remove the VM " + s.vmId;
        }
        return "vms";
    }
    std::string operator()(const ParallelStep& s) const {
        return std::to_string(s.count) + " x " + s.request.method + " " + s.request.path + " at once";
    }
    std::string operator()(const VerifyStep&) const { return "verify the journal"; }
    std::string operator()(const InvariantsStep&) const { return "check the invariants"; }
    std::string operator()(const CoverageStep& s) const { return "coverage of " + s.customer; }
    std::string operator()(const LoginStep& s) const { return s.user ? "login as the user" : "login as the app"; }
};

}  // namespace

std::string describeStep(const Step& step) { return std::visit(Describe{}, step.action); }

StepOutcome executeStep(const Step& step, CaseRun& run) {
    try {
        struct Run {
            const Step& step;
            CaseRun& run;
            StepOutcome operator()(const RequestStep& a) const { return executeRequest(step, a, run); }
            StepOutcome operator()(const PurchaseStep& a) const { return executePurchase(step, a, run); }
            StepOutcome operator()(const AdvanceStep& a) const { return executeAdvance(step, a, run); }
            StepOutcome operator()(const FaultStep& a) const { return executeFault(step, a, run); }
            StepOutcome operator()(const VmsStep& a) const { return executeVms(step, a, run); }
            StepOutcome operator()(const ParallelStep& a) const { return executeParallel(step, a, run); }
            StepOutcome operator()(const VerifyStep& a) const { return executeVerify(step, a, run); }
            StepOutcome operator()(const InvariantsStep& a) const { return executeInvariants(step, a, run); }
            StepOutcome operator()(const CoverageStep& a) const { return executeCoverage(step, a, run); }
            StepOutcome operator()(const LoginStep& a) const { return executeLogin(step, a, run); }
        };
        return std::visit(Run{step, run}, step.action);
    } catch (const InterpolationError& e) {
        StepOutcome outcome;
        outcome.error = e.what();
        return outcome;
    } catch (const std::exception& e) {
        StepOutcome outcome;
        outcome.error = std::string("the step could not run: ") + e.what();
        return outcome;
    }
}

}  // namespace pcsim::suite
