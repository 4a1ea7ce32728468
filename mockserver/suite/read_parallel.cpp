// `parallel:` — N copies of one request sent at once — and its `expect:` (how many succeed, how
// many fail, which statuses, how many distinct orders the answers name).
#include "suite/read_context.hpp"

namespace pcsim::suite {

namespace {
constexpr int kMaxCopies = 256;
}  // namespace

void readParallel(const YAML::Node& node, const std::string& path, ReadContext& ctx, Step& step) {
    ParallelStep& parallel = step.action.emplace<ParallelStep>();
    MapReader map(node, path, ctx.diags, {"count", "request"});
    // A bad (or unreadable) count is reported here; the expectation's counts are then held to the
    // largest allowed, so that they add no errors of their own.
    parallel.count = kMaxCopies;
    if (!map.isMapping()) return;
    parallel.count = int(map.integer("count", Need::required, 2, kMaxCopies).value_or(kMaxCopies));
    if (!map.has("request")) map.error("missing required key 'request' in " + path);
    else if (auto request = readRequestSpec(map.value("request"), map.pathOf("request"), ctx))
        parallel.request = std::move(*request);
}

void readParallelExpectation(const MapReader& map, ReadContext& ctx, Step& step) {
    ParallelStep& parallel = std::get<ParallelStep>(step.action);
    const int n = parallel.count;
    if (auto v = map.integer("succeeded", Need::optional, 0, n)) parallel.succeeded = int(*v);
    if (auto v = map.integer("failed", Need::optional, 0, n)) parallel.failed = int(*v);
    if (auto v = map.integer("orders", Need::optional, 0, n)) parallel.orders = int(*v);
    if (!map.has("statuses")) return;
    YAML::Node statuses = map.value("statuses");
    if (!statuses.IsMap()) {
        map.error("statuses", "'statuses' must map statuses to counts, e.g. { 201: 1, 409: 9 }");
        return;
    }
    for (const auto& item : statuses) {
        auto status = scenario::readInteger(item.first, "a status", ctx.diags, 100, 599);
        auto times = scenario::readInteger(item.second, "a count", ctx.diags, 0, n);
        if (status && times) parallel.statuses[int(*status)] = int(*times);
    }
}

}  // namespace pcsim::suite
