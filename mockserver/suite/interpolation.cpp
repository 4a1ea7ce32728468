#include "suite/interpolation.hpp"

#include <charconv>

namespace pcsim::suite {
namespace {

// Calls `literal` for text between references and `reference` for each ${name}.
template <typename Literal, typename Reference>
bool scan(std::string_view text, Literal&& literal, Reference&& reference, std::string* problem) {
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t dollar = text.find('$', i);
        if (dollar == std::string_view::npos || dollar + 1 >= text.size()) {
            literal(text.substr(i));
            return true;
        }
        literal(text.substr(i, dollar - i));
        if (text.compare(dollar, 3, "$${") == 0) {  // escaped: a literal ${
            literal("${");
            i = dollar + 3;
            continue;
        }
        if (text[dollar + 1] != '{') {
            literal("$");
            i = dollar + 1;
            continue;
        }
        std::size_t close = text.find('}', dollar + 2);
        if (close == std::string_view::npos) {
            if (problem) *problem = "'${' without a closing '}'";
            return false;
        }
        std::string_view name = text.substr(dollar + 2, close - dollar - 2);
        if (name.empty()) {
            if (problem) *problem = "'${}' names no variable";
            return false;
        }
        reference(std::string(name));
        i = close + 1;
    }
    return true;
}

}  // namespace

std::vector<std::string> referencedVariables(std::string_view text, std::string* problem) {
    std::vector<std::string> names;
    scan(
        text, [](std::string_view) {}, [&](std::string name) { names.push_back(std::move(name)); }, problem);
    return names;
}

std::string interpolate(std::string_view text, const VariableLookup& lookup) {
    std::string out;
    std::string problem;
    bool ok = scan(
        text, [&](std::string_view piece) { out.append(piece); },
        [&](const std::string& name) {
            auto value = lookup(name);
            if (!value) throw InterpolationError("unknown variable ${" + name + "}");
            if (value->is_string()) out += value->get<std::string>();
            else out += value->dump();
        },
        &problem);
    if (!ok) throw InterpolationError(problem + " in '" + std::string(text) + "'");
    return out;
}

nlohmann::json inferScalar(const std::string& text) {
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") return nullptr;
    if (text == "true" || text == "True" || text == "TRUE") return true;
    if (text == "false" || text == "False" || text == "FALSE") return false;
    std::string_view digits = text;
    if (!digits.empty() && digits.front() == '+') digits.remove_prefix(1);
    long long integer = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), integer);
    if (!digits.empty() && ec == std::errc{} && end == digits.data() + digits.size()) return integer;
    double number = 0;
    auto [numberEnd, numberEc] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (!digits.empty() && numberEc == std::errc{} && numberEnd == digits.data() + digits.size() &&
        digits.find_first_of("0123456789") != std::string_view::npos)
        return number;
    return text;
}

nlohmann::json JsonTemplate::render(const VariableLookup& lookup) const {
    if (slots.empty()) return value;
    nlohmann::json out = value;
    for (const auto& slot : slots) {
        // A value that is exactly one reference takes the variable's own JSON value (a saved
        // number stays a number, a saved object an object), quoted or not.
        auto names = referencedVariables(slot.text);
        if (names.size() == 1 && slot.text == "${" + names.front() + "}") {
            auto found = lookup(names.front());
            if (!found) throw InterpolationError("unknown variable ${" + names.front() + "}");
            out[slot.at] = *found;
            continue;
        }
        std::string text = interpolate(slot.text, lookup);
        out[slot.at] = slot.plain ? inferScalar(text) : nlohmann::json(text);
    }
    return out;
}

}  // namespace pcsim::suite
