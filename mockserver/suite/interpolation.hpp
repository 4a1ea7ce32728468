#pragma once
// `${name}` in suite values: replaced, when the step runs, by the variable's value. A variable
// holds JSON (what `save` took from a response, or what `variables:` wrote); strings are inserted
// as they are, other values as their JSON text. `$${` writes a literal `${`.
//
// In a JSON body (and in expected values), a value that is nothing but one `${name}` takes the
// variable's JSON value: `quantity: "${qty}"` sends a number when qty holds one, `lineItems:
// ["${line}"]` the object `line` holds. Text around a reference makes a string; a plain (unquoted)
// YAML scalar is then typed as YAML would type it (`1${n}` with n = 2 is the number 12).
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace pcsim::suite {

// Looks a variable up; nullopt when unknown. May throw InterpolationError (e.g. a token that
// cannot be minted).
using VariableLookup = std::function<std::optional<nlohmann::json>(const std::string& name)>;

struct InterpolationError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The names a text refers to, in order; `problem` is set for an unterminated or empty `${`.
std::vector<std::string> referencedVariables(std::string_view text, std::string* problem = nullptr);

// Throws InterpolationError naming an unknown variable.
std::string interpolate(std::string_view text, const VariableLookup& lookup);
// True when `text` names a variable (`${...}`): its value is known only when the step runs.
inline bool hasVariables(std::string_view text) { return text.find("${") != std::string_view::npos; }

// A plain scalar's text read as YAML would type it: integer, number, true/false, null, else string.
nlohmann::json inferScalar(const std::string& text);

// A JSON value some of whose strings hold `${variables}`: the slots are filled at run time.
struct JsonTemplate {
    struct Slot {
        nlohmann::json::json_pointer at;
        std::string text;
        bool plain = false;  // a plain YAML scalar: the result is typed as YAML would type it
    };
    nlohmann::json value;
    std::vector<Slot> slots;

    nlohmann::json render(const VariableLookup& lookup) const;
};

}  // namespace pcsim::suite
