// `parallel:` — the same request N times at once, each on its own connection, released together so
// they really overlap on the server. Judged by counts: how many succeeded (2xx), how many failed,
// how many of each status, and how many distinct orders the answers name (orders[].id).
#include <latch>
#include <set>
#include <thread>

#include "suite/execute.hpp"

namespace pcsim::suite {

StepOutcome executeParallel(const Step&, const ParallelStep& parallel, CaseRun& run) {
    StepOutcome outcome;
    // Built one by one here (variables and tokens are the case's), sent together below.
    std::vector<HttpCall> calls;
    std::string shown;
    for (int i = 0; i < parallel.count; ++i) calls.push_back(buildCall(parallel.request, run, &shown));
    outcome.request = std::to_string(parallel.count) + " x " + shown;
    outcome.requestBody = excerptText(calls.front().body, 300);

    std::vector<HttpAnswer> answers(calls.size());
    std::latch ready(std::ptrdiff_t(calls.size()));
    {
        std::vector<std::jthread> senders;
        for (std::size_t i = 0; i < calls.size(); ++i)
            senders.emplace_back([&, i] {
                HttpClient http(run.http().caFile());
                ready.arrive_and_wait();
                answers[i] = http.send(calls[i]);
            });
    }

    std::map<long, int> statuses;
    int succeeded = 0;
    std::set<std::string> orders;
    for (const auto& answer : answers) {
        ++statuses[answer.status];
        if (answer.status / 100 != 2) continue;
        ++succeeded;
        auto body = parseBody(answer.body);
        if (body && body->contains("orders") && (*body)["orders"].is_array())
            for (const auto& order : (*body)["orders"])
                if (order.contains("id") && order["id"].is_string()) orders.insert(order["id"].get<std::string>());
    }
    const int failed = parallel.count - succeeded;

    std::string summary;
    for (const auto& [status, times] : statuses)
        summary += (summary.empty() ? "" : ", ") + (status ? std::to_string(status) : std::string("no answer")) + " x" +
                   std::to_string(times);
    summary += "; " + std::to_string(orders.size()) + " distinct order(s)";
    for (const auto& answer : answers)
        if (answer.status / 100 != 2) {  // one failing answer, to show what failure looked like
            summary +=
                "; e.g. " + (answer.answered() ? std::to_string(answer.status) + " " + excerptText(answer.body, 300)
                                               : answer.transportError);
            break;
        }
    outcome.response = summary;

    const bool anyExpectation = parallel.succeeded || parallel.failed || parallel.orders || !parallel.statuses.empty();
    auto check = [&](const std::string& subject, int expected, int actual) {
        if (expected != actual)
            outcome.mismatches.push_back({subject, std::to_string(expected), std::to_string(actual)});
    };
    if (!anyExpectation) check("succeeded (2xx)", parallel.count, succeeded);
    if (parallel.succeeded) check("succeeded (2xx)", *parallel.succeeded, succeeded);
    if (parallel.failed) check("failed", *parallel.failed, failed);
    if (parallel.orders) check("distinct orders", *parallel.orders, int(orders.size()));
    for (const auto& [status, times] : parallel.statuses) {
        auto it = statuses.find(status);
        check("answers with status " + std::to_string(status), times, it == statuses.end() ? 0 : it->second);
    }
    return outcome;
}

}  // namespace pcsim::suite
