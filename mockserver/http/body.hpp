#pragma once
// Reading request bodies safely: JSON that is not JSON, nested too deeply, not UTF-8 or of the
// wrong shape becomes a 400 800002 naming the problem (thrown as BadRequest, caught once in App).
#include <initializer_list>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "http/message.hpp"
#include "http/wire/fields.hpp"
#include "partnercenter/models/reader.hpp"

namespace pcsim::http {

// The one bad-input error: a ParseError of the whole request (no path), whose description is the
// message as given. The readers' own ParseErrors, which name a path, reach App the same way, so one
// catch answers both.
struct BadRequest : partnercenter::models::ParseError {
    explicit BadRequest(std::string description) : ParseError({}, std::move(description)) {}
};

inline constexpr int kMaxJsonDepth = 64;

// Parses the body as JSON; throws BadRequest when empty, malformed, not UTF-8 or deeper than kMaxJsonDepth.
nlohmann::json parseJsonBody(const HttpRequest& request);
// Reads a JSON value as a model (http/wire/fields.hpp or a client model): a field missing or of the
// wrong type is a BadRequest whose description is `prefix` and the field's path in words.
template <class T>
T readModel(const nlohmann::json& json, const std::string& prefix = {}) {
    try {
        return partnercenter::models::parse<T>(json);
    } catch (const partnercenter::models::ParseError& e) {
        throw BadRequest(prefix + wire::describe(e) + ".");
    }
}
// parseJsonBody, then readModel.
template <class T>
T readJsonBody(const HttpRequest& request) {
    return readModel<T>(parseJsonBody(request));
}

// Unknown keys are errors, as in scenario files: a typo never passes silently. Throws BadRequest
// "Unknown <what> '<key>'." for the first key that none of `allowed` names (compared without case),
// or "...; use a, b, c." when `listAllowed`; and "The body must be a JSON object." for a non-object.
enum class ListAllowed { no, yes };
void onlyKeys(const nlohmann::json& object, std::initializer_list<std::string_view> allowed,
              std::string_view what = "key", ListAllowed listAllowed = ListAllowed::no);

// The deepest nesting of arrays/objects in a JSON text (strings are skipped); stops counting past `limit`.
int jsonNestingDepth(std::string_view text, int limit);

}  // namespace pcsim::http
