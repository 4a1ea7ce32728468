// The steps that drive the simulator's control plane: advance (clock), fault (add or clear a rule),
// vms (usage), verify (journal counts), invariants, coverage — and login (an explicit token call).
#include "scenario/sections.hpp"
#include "suite/interpolation.hpp"
#include "suite/read_context.hpp"

namespace pcsim::suite {
namespace {

// A copy of the rule with stand-ins for its ${variables}, which have no value yet: `/x` for a path
// that starts with one, `x` inside a path, a valid number anywhere else (500 for a status).
YAML::Node withStandIns(const YAML::Node& node, const std::string& key = {}) {
    if (node.IsMap()) {
        YAML::Node out(YAML::NodeType::Map);
        for (const auto& item : node) out[item.first] = withStandIns(item.second, item.first.Scalar());
        return out;
    }
    if (node.IsSequence()) {
        YAML::Node out(YAML::NodeType::Sequence);
        for (const auto& item : node) out.push_back(withStandIns(item, key));
        return out;
    }
    if (!node.IsScalar() || !hasVariables(node.Scalar())) return node;
    if (key == "status") return YAML::Node(500);
    if (key == "probability") return YAML::Node(0.5);
    if (key != "path") return YAML::Node(1);
    std::string text = node.Scalar();
    for (const auto& name : referencedVariables(text)) {
        const std::string reference = "${" + name + "}";
        text.replace(text.find(reference), reference.size(), text.rfind(reference, 0) == 0 ? "/x" : "x");
    }
    return YAML::Node(text);
}

bool holdsVariables(const YAML::Node& node) {
    if (node.IsScalar()) return hasVariables(node.Scalar());
    for (const auto& item : node) {
        const YAML::Node value = node.IsMap() ? YAML::Node(item.second) : YAML::Node(item);
        if (holdsVariables(value)) return true;
    }
    return false;
}

// Checks a fault rule with the scenario loader's own reader, so that a rule is valid in a suite
// exactly when it is valid in a scenario's `faults:` (with a name: it is how the rule is cleared).
// A rule with ${variables} is checked with stand-ins, whose copy has no positions: its problems are
// reported at the rule; the server checks the real values when the step runs.
void checkFaultRule(const YAML::Node& rule, const std::string& path, ReadContext& ctx) {
    scenario::UniqueIds names("fault name");
    if (!holdsVariables(rule)) {
        scenario::LoadContext load(ctx.diags);
        scenario::readFaultRule(rule, path, load, "", names);
        return;
    }
    scenario::Diagnostics problems(ctx.diags.file());
    scenario::LoadContext load(problems);
    scenario::readFaultRule(withStandIns(rule), path, load, "", names);
    for (const auto& problem : problems.sorted()) ctx.diags.error(rule, problem.message);
}

}  // namespace

void readAdvance(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step) {
    AdvanceStep& advance = step.action.emplace<AdvanceStep>();
    if (node.IsScalar()) {  // `advance: P7D`
        advance.by = readTemplateText(node, "'" + path + "'", ctx);
        return;
    }
    MapReader map(node, path, ctx.diags, {"by", "to"});
    if (!map.isMapping()) return;
    advance.by = templateField(map, "by", ctx);
    advance.to = templateField(map, "to", ctx);
    if (advance.by.has_value() == advance.to.has_value())
        map.error("'advance' takes 'by' (a duration such as PT24H or P7D) or 'to' (a timestamp), one of them");
}

void readFault(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step) {
    FaultStep& fault = step.action.emplace<FaultStep>();
    MapReader map(node, path, ctx.diags, {"add", "clear"});
    if (!map.isMapping()) return;
    if (map.has("add") == map.has("clear")) {
        map.error("'fault' takes 'add' (a rule, as in a scenario's faults:) or 'clear' (a rule's name, or all)");
    } else if (map.has("add")) {
        checkFaultRule(map.value("add"), map.pathOf("add"), ctx);
        fault.add = readJsonTemplate(map.value("add"), ctx);
    } else {
        fault.clear = templateField(map, "clear", ctx);
    }
}

void readVms(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step) {
    VmsStep& vms = step.action.emplace<VmsStep>();
    MapReader map(node, path, ctx.diags, {"customer", "subscription", "add", "change", "remove"});
    if (!map.isMapping()) return;
    vms.customer = templateField(map, "customer", ctx, Need::required).value_or("");
    vms.subscription = templateField(map, "subscription", ctx, Need::required).value_or("");
    int given = map.has("add") + map.has("change") + map.has("remove");
    if (given != 1) {
        map.error("'vms' takes one of 'add' (a VM), 'change' (id and the fields to change) or 'remove' (a VM id)");
    } else if (map.has("add")) {
        vms.op = VmsStep::Op::add;
        MapReader vm(map.value("add"), map.pathOf("add"), ctx.diags,
                     {"id", "resourceGroup", "region", "size", "count", "hours", "spot"});
        vm.text("region", Need::required);
        vm.text("size", Need::required);
        vms.vm = readJsonTemplate(map.value("add"), ctx);
    } else if (map.has("change")) {
        vms.op = VmsStep::Op::change;
        MapReader vm(map.value("change"), map.pathOf("change"), ctx.diags, {"id", "size", "count", "hours"});
        vms.vmId = templateField(vm, "id", ctx, Need::required).value_or("");
        vms.vm = readJsonTemplate(map.value("change"), ctx);
        if (vms.vm->value.is_object()) vms.vm->value.erase("id");
        std::erase_if(vms.vm->slots, [](const JsonTemplate::Slot& slot) { return slot.at.to_string() == "/id"; });
        if (vms.vm->value.empty()) vm.error("'change' needs the fields to change: size, count or hours");
    } else {
        vms.op = VmsStep::Op::remove;
        vms.vmId = templateField(map, "remove", ctx).value_or("");
    }
}

void readVerify(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step) {
    VerifyStep& verify = step.action.emplace<VerifyStep>();
    MapReader map(node, path, ctx.diags, {"request", "count", "atLeast", "atMost"});
    if (!map.isMapping()) return;
    // The fields of the journal's request patterns (GET .../_pcsim/journal/count); the server checks the values.
    MapReader pattern(
        map.value("request"), map.pathOf("request"), ctx.diags,
        {"method", "path", "status", "correlationId", "requestId", "fault", "since", "until", "simSince", "simUntil"});
    if (!map.has("request"))
        map.error("missing required key 'request' in " + path + " (the pattern of the requests to count)");
    verify.pattern = readJsonTemplate(map.value("request"), ctx);
    if (auto v = map.integer("count", Need::optional, 0)) verify.count = int(*v);
    if (auto v = map.integer("atLeast", Need::optional, 0)) verify.atLeast = int(*v);
    if (auto v = map.integer("atMost", Need::optional, 0)) verify.atMost = int(*v);
    if (!map.has("count") && !map.has("atLeast") && !map.has("atMost"))
        map.error("'verify' needs 'count', 'atLeast' or 'atMost'");
    if (map.has("count") && (map.has("atLeast") || map.has("atMost")))
        map.error("count", "'count' is exact; it cannot go with 'atLeast' or 'atMost'");
}

void readInvariants(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step) {
    step.action = InvariantsStep{};
    // `- invariants:` (empty), `- invariants: true` or `- invariants: {}`: nothing to configure.
    bool fine = !node.IsDefined() || node.IsNull() || (node.IsMap() && node.size() == 0) ||
                (node.IsScalar() && node.Scalar() == "true");
    if (!fine) ctx.diags.error(node, "'" + path + "' takes no settings: write '- invariants: true'");
}

void readCoverage(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step) {
    CoverageStep& coverage = step.action.emplace<CoverageStep>();
    MapReader map(node, path, ctx.diags, {"customer", "from", "to", "grain", "vm"});
    if (!map.isMapping()) return;
    coverage.customer = templateField(map, "customer", ctx, Need::required).value_or("");
    coverage.from = templateField(map, "from", ctx);
    coverage.to = templateField(map, "to", ctx);
    coverage.grain = map.choice("grain", {"hour", "day"});
    coverage.vm = templateField(map, "vm", ctx);
}

void readLogin(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step) {
    LoginStep& login = step.action.emplace<LoginStep>();
    MapReader map(node, path, ctx.diags,
                  {"as", "tenant", "clientId", "clientSecret", "refreshToken", "username", "password"});
    if (!map.isMapping()) return;
    if (auto as = map.choice("as", {"app", "user"})) login.user = *as == "user";
    login.tenant = templateField(map, "tenant", ctx);
    login.clientId = templateField(map, "clientId", ctx);
    login.clientSecret = templateField(map, "clientSecret", ctx);
    login.refreshToken = templateField(map, "refreshToken", ctx);
    login.username = templateField(map, "username", ctx);
    login.password = templateField(map, "password", ctx);
    if (!login.user && (login.refreshToken || login.username || login.password))
        map.error("refreshToken, username and password sign a user in: add 'as: user'");
}

}  // namespace pcsim::suite
