// The steps that talk to the case's control plane (/_sandbox/{name}/_pcsim/...): the clock, fault
// rules, VMs, journal verification, invariants and the coverage report (harness contract).
#include "partnercenter/text.hpp"
#include "suite/execute.hpp"

namespace pcsim::suite {
using partnercenter::text::percentEncode;

namespace {

std::string vmsPath(CaseRun& run, const VmsStep& vms) {
    auto lookup = run.lookup();
    return "/_pcsim/customers/" + percentEncode(interpolate(vms.customer, lookup)) + "/subscriptions/" +
           percentEncode(interpolate(vms.subscription, lookup)) + "/vms";
}

// A control call whose answer must have the given status, unless the step's `expect` says otherwise.
StepOutcome control(const Step& step, CaseRun& run, const std::string& method, const std::string& path,
                    const std::optional<nlohmann::json>& body, int status) {
    StepOutcome outcome;
    sendAndJudge(run, controlCall(run, method, path, body), method + " " + path, step.expect, expectStatus(status),
                 step.save, outcome);
    return outcome;
}

// Sums a coverage report's rows of one VM into {usedUnits, coveredUnits, payAsYouGoUnits}.
nlohmann::json vmTotals(const nlohmann::json& report, const std::string& vmId) {
    double used = 0, covered = 0, payg = 0;
    int rows = 0;
    if (report.contains("rows") && report["rows"].is_array())
        for (const auto& row : report["rows"]) {
            if (row.value("vmId", std::string()) != vmId) continue;
            ++rows;
            used += row.value("usedUnits", 0.0);
            covered += row.value("coveredUnits", 0.0);
            payg += row.value("payAsYouGoUnits", 0.0);
        }
    return {{"vmId", vmId}, {"rows", rows}, {"usedUnits", used}, {"coveredUnits", covered}, {"payAsYouGoUnits", payg}};
}

double ratio(double covered, double used) { return used > 0 ? covered / used : 0.0; }

}  // namespace

StepOutcome executeAdvance(const Step& step, const AdvanceStep& advance, CaseRun& run) {
    auto lookup = run.lookup();
    nlohmann::json body = advance.by ? nlohmann::json{{"advance", interpolate(*advance.by, lookup)}}
                                     : nlohmann::json{{"set", interpolate(*advance.to, lookup)}};
    StepOutcome outcome = control(step, run, "POST", "/_pcsim/clock", body, 200);
    // Tokens live one simulated hour: the next request gets a fresh one.
    run.forgetTokens();
    return outcome;
}

StepOutcome executeFault(const Step& step, const FaultStep& fault, CaseRun& run) {
    if (fault.add) return control(step, run, "POST", "/_pcsim/faults", fault.add->render(run.lookup()), 201);
    std::string name = interpolate(*fault.clear, run.lookup());
    if (name == "all") return control(step, run, "DELETE", "/_pcsim/faults", std::nullopt, 204);
    return control(step, run, "DELETE", "/_pcsim/faults/" + percentEncode(name), std::nullopt, 204);
}

StepOutcome executeVms(const Step& step, const VmsStep& vms, CaseRun& run) {
    const std::string path = vmsPath(run, vms);
    switch (vms.op) {
        case VmsStep::Op::add: return control(step, run, "POST", path, vms.vm->render(run.lookup()), 201);
        case VmsStep::Op::change:
            return control(step, run, "PATCH", path + "/" + percentEncode(interpolate(vms.vmId, run.lookup())),
                           vms.vm->render(run.lookup()), 200);
        case VmsStep::Op::remove:
            return control(step, run, "DELETE", path + "/" + percentEncode(interpolate(vms.vmId, run.lookup())),
                           std::nullopt, 204);
    }
    return {};
}

StepOutcome executeVerify(const Step&, const VerifyStep& verify, CaseRun& run) {
    StepOutcome outcome;
    nlohmann::json body = {{"request", verify.pattern.render(run.lookup())}};
    if (verify.count) body["count"] = *verify.count;
    if (verify.atLeast) body["atLeast"] = *verify.atLeast;
    if (verify.atMost) body["atMost"] = *verify.atMost;
    auto answerBody = sendAndJudge(run, controlCall(run, "POST", "/_pcsim/verify", body), "POST /_pcsim/verify",
                                   std::nullopt, expectStatus(200), {}, outcome);
    if (!outcome.passed()) return outcome;
    if (!answerBody || !answerBody->value("ok", false)) {
        std::string expected;
        if (verify.count) expected = "exactly " + std::to_string(*verify.count);
        if (verify.atLeast) expected = "at least " + std::to_string(*verify.atLeast);
        if (verify.atMost)
            expected += (expected.empty() ? "" : " and ") + std::string("at most ") + std::to_string(*verify.atMost);
        std::string matched = answerBody && answerBody->contains("matched") ? (*answerBody)["matched"].dump() : "?";
        outcome.mismatches.push_back({"journal requests like " + excerpt(body["request"]), expected, matched});
    }
    return outcome;
}

StepOutcome executeInvariants(const Step&, const InvariantsStep&, CaseRun& run) {
    StepOutcome outcome;
    auto body = sendAndJudge(run, controlCall(run, "GET", "/_pcsim/invariants"), "GET /_pcsim/invariants", std::nullopt,
                             expectStatus(200), {}, outcome);
    if (!outcome.passed()) return outcome;
    if (body && body->value("ok", false)) return outcome;
    if (body && body->contains("violations") && (*body)["violations"].is_array() && !(*body)["violations"].empty()) {
        for (const auto& violation : (*body)["violations"])
            outcome.mismatches.push_back({"invariant " + violation.value("invariant", std::string("?")), "holds",
                                          violation.value("description", std::string()) + " (" +
                                              violation.value("subject", std::string()) + ")"});
    } else {
        outcome.mismatches.push_back({"invariants", "\"ok\": true", body ? excerpt(*body) : "no JSON"});
    }
    return outcome;
}

StepOutcome executeCoverage(const Step& step, const CoverageStep& coverage, CaseRun& run) {
    auto lookup = run.lookup();
    std::string path = "/_pcsim/customers/" + percentEncode(interpolate(coverage.customer, lookup)) + "/coverage";
    if (coverage.from) appendQuery(path, "from", interpolate(*coverage.from, lookup));
    if (coverage.to) appendQuery(path, "to", interpolate(*coverage.to, lookup));
    if (coverage.grain) appendQuery(path, "grain", interpolate(*coverage.grain, lookup));

    StepOutcome outcome;
    auto answer = send(run, controlCall(run, "GET", path), "GET " + path, outcome);
    if (!answer) return outcome;
    // `expect` is judged on the report with the runner's sums added.
    auto document = parseBody(answer->body);
    const bool report = answer->status == 200 && document && document->is_object();
    if (report) {
        const auto totals = document->value("totals", nlohmann::json::object());
        (*document)["coverage"] = ratio(totals.value("coveredUnits", 0.0), totals.value("usedUnits", 0.0));
        if (coverage.vm) {
            auto vm = vmTotals(*document, interpolate(*coverage.vm, lookup));
            vm["coverage"] = ratio(vm["coveredUnits"].get<double>(), vm["usedUnits"].get<double>());
            (*document)["vm"] = vm;
        }
    }
    Expectation expect = step.expect.value_or(Expectation{});
    if (!expect.status) expect.status = expectStatus(200).status;
    outcome.mismatches = judgeAnswer(expect, *answer, document, lookup);
    if (outcome.passed()) applySaves(step.save, &*answer, document, run, outcome);
    if (!outcome.passed() && report) {
        nlohmann::json shown = *document;
        shown.erase("rows");  // the sums say more than the first rows would
        outcome.response = "200 " + excerpt(shown, 600);
    }
    return outcome;
}

}  // namespace pcsim::suite
