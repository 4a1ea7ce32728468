// One step of a case: `name`, exactly one action key, and (for the steps that take them) `expect`
// and `save`. The action's own reader lives with its kind (read_*.cpp); `request:` is read here.
#include "suite/read_context.hpp"

namespace pcsim::suite {
namespace {

using ActionReader = void (*)(const YAML::Node&, const std::string&, ReadContext&, Step&);
using ExpectReader = void (*)(const MapReader& expect, ReadContext&, Step&);

struct ActionKind {
    const char* key;
    ActionReader read;
    ExpectReader readExpect;              // nullptr: the step checks what it says itself, no `expect`
    std::vector<std::string> expectKeys;  // what its `expect:` may say
    bool takesSave;
};

void readRequest(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step) {
    step.action = RequestStep{readRequestSpec(node, path, ctx).value_or(RequestSpec{})};
}

// status, code, json, headers: the expectation of the steps that get one HTTP answer.
void readPlainExpectation(const MapReader& map, ReadContext& ctx, Step& step) {
    step.expect = readExpectation(map, ctx);
}

const std::vector<ActionKind>& actionKinds() {
    static const std::vector<std::string> plain = {"status", "code", "json", "headers"};
    static const std::vector<ActionKind> kinds = {
        {"request", readRequest, readPlainExpectation, plain, true},
        {"purchase",
         readPurchase,
         readPurchaseExpectation,
         {"ok", "json", "order", "reservation", "reservations", "error"},
         true},
        {"advance", readAdvance, readPlainExpectation, plain, false},
        {"fault", readFault, readPlainExpectation, plain, false},
        {"vms", readVms, readPlainExpectation, plain, true},
        {"parallel", readParallel, readParallelExpectation, {"succeeded", "failed", "orders", "statuses"}, false},
        {"verify", readVerify, nullptr, {}, false},
        {"invariants", readInvariants, nullptr, {}, false},
        {"coverage", readCoverage, readPlainExpectation, plain, true},
        {"login", readLogin, readPlainExpectation, plain, true},
    };
    return kinds;
}

std::vector<std::string> stepKeys() {
    std::vector<std::string> keys = {"name"};
    for (const auto& kind : actionKinds()) keys.push_back(kind.key);
    keys.push_back("expect");
    keys.push_back("save");
    return keys;
}

const std::vector<std::string> kMethods = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"};

}  // namespace

std::optional<RequestSpec> readRequestSpec(const YAML::Node& node, const std::string& path, ReadContext& ctx) {
    MapReader map(node, path, ctx.diags, {"method", "path", "query", "headers", "body", "rawBody", "auth"});
    if (!map.isMapping()) return std::nullopt;
    const std::size_t before = ctx.diags.count();
    RequestSpec spec;
    if (auto method = map.choice("method", kMethods)) spec.method = *method;
    if (auto target = templateField(map, "path", ctx, Need::required)) {
        if (target->empty() || (target->front() != '/' && target->rfind("${", 0) != 0))
            map.error("path", "'path' must start with '/': it is relative to the case's sandbox (e.g. /v1/customers)");
        spec.path = *target;
    }
    spec.query = readTextMap(map.value("query"), "query", ctx);
    spec.headers = readTextMap(map.value("headers"), "headers", ctx);
    if (map.has("body") && map.has("rawBody")) map.error("rawBody", "give 'body' (JSON) or 'rawBody' (text), not both");
    if (map.has("body")) spec.body = readJsonTemplate(map.value("body"), ctx);
    if (auto raw = templateField(map, "rawBody", ctx)) spec.rawBody = *raw;
    if (map.has("auth"))
        if (auto auth = readAuth(map, "auth")) spec.auth = *auth;
    if (ctx.diags.count() != before) return std::nullopt;
    return spec;
}

std::optional<Step> readStep(const YAML::Node& node, const std::string& path, ReadContext& ctx) {
    MapReader map(node, path, ctx.diags, stepKeys());
    if (!map.isMapping()) return std::nullopt;
    const std::size_t before = ctx.diags.count();
    // What this step saves is defined from the next step on, even when this one has problems (so
    // that one mistake is not reported again at every later use).
    struct DefineSavesAfter {
        ReadContext& ctx;
        YAML::Node saves;
        ~DefineSavesAfter() {
            if (saves.IsMap())
                for (const auto& item : saves)
                    if (item.first.IsScalar()) ctx.known.insert(item.first.Scalar());
        }
    } defineSaves{ctx, map.value("save")};
    Step step;
    step.place = {node.Mark().line + 1, node.Mark().column + 1};
    if (auto name = map.text("name")) step.name = *name;

    const ActionKind* kind = nullptr;
    std::vector<std::string> given;
    for (const auto& candidate : actionKinds())
        if (map.keyNode(candidate.key).IsDefined()) {
            given.push_back(candidate.key);
            if (!kind) kind = &candidate;
        }
    if (given.empty()) {
        std::vector<std::string> names;
        for (const auto& candidate : actionKinds()) names.push_back(candidate.key);
        map.error("a step needs one of: " + scenario::joinNames(names));
        return std::nullopt;
    }
    if (given.size() > 1) {
        map.error(given[1], "a step does one thing: '" + given[0] + "' and '" + given[1] + "' must be two steps");
        return std::nullopt;
    }
    // `expect` and `save` are read even when the action had problems: all of them in one pass.
    kind->read(map.value(kind->key), map.pathOf(kind->key), ctx, step);
    if (map.has("expect")) {
        if (kind->readExpect) {
            MapReader expect(map.value("expect"), map.pathOf("expect"), ctx.diags, kind->expectKeys);
            if (expect.isMapping()) kind->readExpect(expect, ctx, step);
        } else {
            map.error("expect",
                      "a '" + std::string(kind->key) + "' step checks what it says itself; it takes no 'expect'");
        }
    }
    if (map.has("save")) {
        if (kind->takesSave) step.save = readSaves(map.value("save"), ctx);
        else map.error("save", "a '" + std::string(kind->key) + "' step has no answer to save from");
    }
    if (ctx.diags.count() != before) return std::nullopt;
    return step;
}

}  // namespace pcsim::suite
