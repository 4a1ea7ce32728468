#include "suite/assertions.hpp"

#include <cmath>
#include <regex>

namespace pcsim::suite {
namespace {

const char* typeName(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::null: return "null";
        case nlohmann::json::value_t::boolean: return "a boolean";
        case nlohmann::json::value_t::string: return "a string";
        case nlohmann::json::value_t::array: return "an array";
        case nlohmann::json::value_t::object: return "an object";
        default: return "a number";
    }
}

// Every member of `expected` is in `actual` with a matching value; arrays: every expected element
// is matched by some actual element (in any order).
bool containsShape(const nlohmann::json& actual, const nlohmann::json& expected) {
    if (expected.is_object()) {
        if (!actual.is_object()) return false;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            auto found = actual.find(it.key());
            if (found == actual.end() || !containsShape(*found, it.value())) return false;
        }
        return true;
    }
    if (expected.is_array()) {
        if (!actual.is_array()) return false;
        for (const auto& want : expected) {
            bool any = false;
            for (const auto& have : actual) any = any || containsShape(have, want);
            if (!any) return false;
        }
        return true;
    }
    return jsonEquals(actual, expected);
}

std::string describe(Check check, const nlohmann::json& expected) {
    switch (check) {
        case Check::equals: return "equals " + excerpt(expected);
        case Check::matches: return "matches /" + expected.get<std::string>() + "/";
        case Check::exists:
        case Check::absent:  // read as `exists` with the answer turned round
            return expected.get<bool>() ? "exists" : "is absent";
        case Check::length: return "has length " + excerpt(expected);
        case Check::contains: return "contains " + excerpt(expected);
        case Check::atLeast: return "is at least " + excerpt(expected);
        case Check::atMost: return "is at most " + excerpt(expected);
    }
    return "?";
}

std::string shown(const std::optional<nlohmann::json>& actual) {
    if (!actual) return "nothing (no such path)";
    return excerpt(*actual);
}

std::optional<double> numberOf(const nlohmann::json& value) {
    if (value.is_number()) return value.get<double>();
    return std::nullopt;
}

}  // namespace

bool jsonEquals(const nlohmann::json& a, const nlohmann::json& b) {
    if (a.is_number() && b.is_number()) {
        double x = a.get<double>(), y = b.get<double>();
        return x == y || std::fabs(x - y) <= 1e-9 * std::max(std::fabs(x), std::fabs(y));
    }
    if (a.type() != b.type()) return false;
    if (a.is_array()) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!jsonEquals(a[i], b[i])) return false;
        return true;
    }
    if (a.is_object()) {
        if (a.size() != b.size()) return false;
        for (auto it = a.begin(); it != a.end(); ++it) {
            auto other = b.find(it.key());
            if (other == b.end() || !jsonEquals(it.value(), *other)) return false;
        }
        return true;
    }
    return a == b;
}

std::string excerpt(const nlohmann::json& value, std::size_t limit) {
    std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (text.size() > limit) text = text.substr(0, limit) + "…";
    return text;
}

std::string excerptText(const std::string& text, std::size_t limit) {
    if (text.size() <= limit) return text;
    return text.substr(0, limit) + "… (" + std::to_string(text.size()) + " bytes)";
}

std::optional<Mismatch> judge(const Assertion& assertion, const std::string& subject,
                              const std::optional<nlohmann::json>& actual, const VariableLookup& lookup) {
    const nlohmann::json expected = assertion.expected.render(lookup);
    auto fail = [&](std::string why = {}) -> std::optional<Mismatch> {
        std::string got = shown(actual);
        if (!why.empty()) got += " (" + why + ")";
        return Mismatch{subject, describe(assertion.check, expected), got};
    };
    const bool present = actual && !actual->is_null();
    switch (assertion.check) {
        case Check::exists:
        case Check::absent:
            if (present == expected.get<bool>()) return std::nullopt;
            return fail();
        case Check::equals:
            if (actual && jsonEquals(*actual, expected)) return std::nullopt;
            if (actual && actual->type() != expected.type() && !(actual->is_number() && expected.is_number()))
                return fail(std::string(typeName(*actual)) + ", not " + typeName(expected));
            return fail();
        case Check::matches: {
            if (!present) return fail();
            std::string text = actual->is_string() ? actual->get<std::string>() : actual->dump();
            std::regex pattern;
            try {
                pattern = std::regex(expected.get<std::string>(), std::regex::ECMAScript);
            } catch (const std::regex_error& e) {
                return fail(std::string("the pattern is not a valid regular expression: ") + e.what());
            }
            if (std::regex_search(text, pattern)) return std::nullopt;
            return fail();
        }
        case Check::length: {
            if (!present) return fail();
            std::size_t size = actual->is_string()                           ? actual->get<std::string>().size()
                               : (actual->is_array() || actual->is_object()) ? actual->size()
                                                                             : std::size_t(-1);
            if (size == std::size_t(-1)) return fail(std::string(typeName(*actual)) + " has no length");
            if (expected.is_number() && double(size) == expected.get<double>()) return std::nullopt;
            return fail("length " + std::to_string(size));
        }
        case Check::contains:
            if (!present) return fail();
            if (actual->is_string() && expected.is_string()) {
                if (actual->get<std::string>().find(expected.get<std::string>()) != std::string::npos)
                    return std::nullopt;
                return fail();
            }
            if (actual->is_array()) {
                for (const auto& element : *actual)
                    if (containsShape(element, expected)) return std::nullopt;
                return fail();
            }
            if (containsShape(*actual, expected)) return std::nullopt;
            return fail();
        case Check::atLeast:
        case Check::atMost: {
            auto value = present ? numberOf(*actual) : std::nullopt;
            auto bound = numberOf(expected);
            if (!value || !bound) return fail(present ? "not a number" : "");
            bool ok = assertion.check == Check::atLeast ? *value >= *bound - 1e-9 * std::fabs(*bound)
                                                        : *value <= *bound + 1e-9 * std::fabs(*bound);
            if (ok) return std::nullopt;
            return fail();
        }
    }
    return std::nullopt;
}

std::optional<nlohmann::json> parseBody(const std::string& body) {
    if (body.empty()) return std::nullopt;
    auto parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_discarded()) return std::nullopt;
    return parsed;
}

std::vector<Mismatch> judgeDocument(const std::vector<PathAssertions>& checks, const nlohmann::json& document,
                                    const VariableLookup& lookup) {
    std::vector<Mismatch> out;
    for (const auto& check : checks) {
        auto actual = check.path.find(document);
        for (const auto& assertion : check.assertions) {
            auto mismatch = judge(assertion, check.path.text(), actual, lookup);
            if (!mismatch) continue;
            if (auto parent = check.path.deepestParent(document))
                mismatch->context = parent->first + " = " + excerpt(parent->second, 300);
            out.push_back(std::move(*mismatch));
        }
    }
    return out;
}

std::vector<Mismatch> judgeAnswer(const Expectation& expect, const HttpAnswer& answer,
                                  const std::optional<nlohmann::json>& body, const VariableLookup& lookup) {
    std::vector<Mismatch> out;
    if (!answer.answered()) {
        out.push_back({"answer", "an HTTP answer", "none: " + answer.transportError});
        return out;
    }
    const bool statusOk = expect.status ? expect.status->accepts(answer.status) : answer.status / 100 == 2;
    if (!statusOk)
        out.push_back({"status", expect.status ? expect.status->describe() : "2xx", std::to_string(answer.status)});
    if (!expect.json.empty()) {
        if (body) {
            auto found = judgeDocument(expect.json, *body, lookup);
            out.insert(out.end(), found.begin(), found.end());
        } else {
            out.push_back(
                {"body", "JSON", answer.body.empty() ? "an empty body" : "not JSON: " + excerptText(answer.body, 120)});
        }
    }
    for (const auto& header : expect.headers) {
        auto it = answer.headers.find(header.name);
        for (const auto& assertion : header.assertions) {
            // Headers are text (the loader wrote the expected values as text); the bounds read a
            // numeric header as its number.
            std::optional<nlohmann::json> value;
            if (it != answer.headers.end())
                value = assertion.check == Check::atLeast || assertion.check == Check::atMost
                            ? inferScalar(it->second)
                            : nlohmann::json(it->second);
            if (auto mismatch = judge(assertion, "header " + header.name, value, lookup))
                out.push_back(std::move(*mismatch));
        }
    }
    return out;
}

}  // namespace pcsim::suite
