// A step's outcome with its secrets masked, before any report sees it: reports and bundles of
// failing cases end up in CI artifacts.
#include <cctype>

#include "sim/secrets.hpp"
#include "suite/step_outcome.hpp"

namespace pcsim::suite {
namespace {

// "$.refresh_token", "$.items[0].password", "header Authorization": the name it ends with.
std::string_view lastName(std::string_view subject) {
    std::size_t end = subject.size();
    while (end > 0 && (subject[end - 1] == ']' || subject[end - 1] == '\'' || subject[end - 1] == '"')) --end;
    std::size_t start = end;
    auto isNameChar = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; };
    while (start > 0 && isNameChar(subject[start - 1])) --start;
    return subject.substr(start, end - start);
}

}  // namespace

void maskSecrets(StepOutcome& outcome) {
    outcome.request = sim::maskSecrets(std::move(outcome.request));
    outcome.requestBody = sim::maskSecrets(std::move(outcome.requestBody));
    outcome.response = sim::maskSecrets(std::move(outcome.response));
    outcome.error = sim::maskSecrets(std::move(outcome.error));
    for (auto& mismatch : outcome.mismatches) {
        // The value alone does not say it is a secret; the field it was read from does.
        if (sim::isSecretName(lastName(mismatch.subject))) {
            if (!mismatch.actual.empty()) mismatch.actual = std::string(sim::kSecretMask);
            // "equals dev-refresh-1" → "equals ***": the assertion stays readable.
            if (auto space = mismatch.expected.find(' '); space != std::string::npos)
                mismatch.expected = mismatch.expected.substr(0, space + 1) + std::string(sim::kSecretMask);
        }
        mismatch.expected = sim::maskSecrets(std::move(mismatch.expected));
        mismatch.actual = sim::maskSecrets(std::move(mismatch.actual));
        mismatch.context = sim::maskSecrets(std::move(mismatch.context));
    }
}

}  // namespace pcsim::suite
