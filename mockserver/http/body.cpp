#include "http/body.hpp"

#include <algorithm>

#include "partnercenter/text.hpp"

namespace pcsim::http {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::isValidUtf8;

int jsonNestingDepth(std::string_view text, int limit) {
    int depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (char c : text) {
        if (inString) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') inString = false;
            continue;
        }
        if (c == '"') inString = true;
        else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit) return deepest;
        } else if (c == ']' || c == '}') --depth;
    }
    return deepest;
}

void onlyKeys(const nlohmann::json& object, std::initializer_list<std::string_view> allowed, std::string_view what,
              ListAllowed listAllowed) {
    if (!object.is_object()) throw BadRequest("The body must be a JSON object.");
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool known = std::any_of(allowed.begin(), allowed.end(),
                                       [&](std::string_view key) { return equalsIgnoreCase(it.key(), key); });
        if (known) continue;
        std::string message = "Unknown " + std::string(what) + " '" + it.key() + "'";
        if (listAllowed == ListAllowed::yes) {
            const char* separator = "; use ";
            for (auto key : allowed) {
                message.append(separator).append(key);
                separator = ", ";
            }
        }
        throw BadRequest(message + ".");
    }
}

nlohmann::json parseJsonBody(const HttpRequest& request) {
    if (request.body.empty()) throw BadRequest("The request body is empty; a JSON document is required.");
    if (!isValidUtf8(request.body)) throw BadRequest("The request body is not valid UTF-8.");
    // nlohmann's parser recurses per nesting level: refuse absurd depth before it can exhaust the stack.
    if (jsonNestingDepth(request.body, kMaxJsonDepth) > kMaxJsonDepth)
        throw BadRequest("The request body nests deeper than " + std::to_string(kMaxJsonDepth) + " levels.");
    // The parser's own messages name its internals ("[json.exception.parse_error.101] …"): the
    // client is told where, in words.
    try {
        return nlohmann::json::parse(request.body);
    } catch (const nlohmann::json::parse_error& e) {
        throw BadRequest("The request body is not valid JSON (at byte " + std::to_string(e.byte) + ").");
    } catch (const nlohmann::json::out_of_range&) {
        // nlohmann refuses a number past a double's range (1e400, a 400-digit integer) with
        // out_of_range, not parse_error: the client's mistake all the same.
        throw BadRequest("The request body holds a number too large to read.");
    } catch (const nlohmann::json::exception&) {
        throw BadRequest("The request body is not valid JSON.");
    }
}

}  // namespace pcsim::http
