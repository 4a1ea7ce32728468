#include "gen/json_gen.hpp"

#include <cctype>

#include "gen/world_gen.hpp"

namespace pcsim::properties {

using rc::Gen;
namespace gen = rc::gen;

namespace {

// Properties whose value is data keyed by the client, not a model: their keys are left alone.
bool isFreeformProperty(const std::string& name) {
    static const char* const names[] = {"provisioningContext",
                                        "inventoryContext",
                                        "dynamicAttributes",
                                        "additionalInformation",
                                        "renewalOptions",
                                        "renewalInstructions",
                                        "includedQuantityOptions",
                                        "client",
                                        "data",
                                        "parameters",
                                        "body",
                                        "constraints",
                                        "properties"};
    for (const char* n : names)
        if (name.size() == std::string_view(n).size() &&
            std::equal(name.begin(), name.end(), n, [](char a, char b) { return std::tolower(a) == std::tolower(b); }))
            return true;
    return false;
}

std::string mapChars(const std::string& text, int (*f)(int)) {
    std::string out = text;
    for (char& c : out) c = char(f(static_cast<unsigned char>(c)));
    return out;
}

struct Respeller {
    const std::vector<Casing>& casings;
    bool enums;
    std::size_t next = 0;

    Casing take() { return casings.empty() ? Casing::asIs : casings[next++ % casings.size()]; }

    nlohmann::json operator()(const nlohmann::json& j) {
        if (j.is_array()) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& element : j) out.push_back((*this)(element));
            return out;
        }
        if (!j.is_object()) return j;
        nlohmann::json out = nlohmann::json::object();
        for (const auto& [name, value] : j.items()) {
            const std::string respelled = respellName(name, take());
            if (isFreeformProperty(name)) out[respelled] = value;
            else if (enums && name == "billingCycle" && value.is_string())
                out[respelled] = respellEnum(value.get<std::string>(), take());
            else out[respelled] = (*this)(value);
        }
        return out;
    }
};

const std::vector<std::string>& vocabulary() {
    static const std::vector<std::string> words{"lineItems",
                                                "catalogItemId",
                                                "quantity",
                                                "billingCycle",
                                                "termDuration",
                                                "provisioningContext",
                                                "subscriptionId",
                                                "scope",
                                                "duration",
                                                "id",
                                                "friendlyName",
                                                "participants",
                                                "key",
                                                "value",
                                                "targetItems",
                                                "productId",
                                                "skuId",
                                                "inventoryContext",
                                                "customerId",
                                                "status",
                                                "orderGroup",
                                                "addonItems",
                                                "error",
                                                "errorCode",
                                                "advance",
                                                "set",
                                                "attributes",
                                                "objectType",
                                                "links",
                                                "uri"};
    return words;
}

Gen<nlohmann::json> genScalar() {
    return gen::oneOf(gen::just(nlohmann::json()),
                      gen::map(gen::arbitrary<bool>(), [](bool b) { return nlohmann::json(b); }),
                      gen::map(gen::arbitrary<std::int64_t>(), [](std::int64_t n) { return nlohmann::json(n); }),
                      gen::map(gen::inRange(-1000, 1000), [](int n) { return nlohmann::json(n / 7.0); }),
                      gen::map(gen::element<std::string>("one_time", "shared", "single", "P1Y", "3Years", "",
                                                         "DZH318Z0BQ3Q:00G1:DZH318XZXK7M"),
                               [](std::string s) { return nlohmann::json(s); }),
                      gen::map(gen::container<std::string>(gen::inRange(' ', '\x7f')),
                               [](std::string s) { return nlohmann::json(s); }));
}

Gen<nlohmann::json> genJsonOfDepth(int depth) {
    if (depth <= 0) return genScalar();
    auto key = gen::oneOf(
        gen::map(gen::pair(gen::elementOf(vocabulary()), gen::element(Casing::asIs, Casing::upper, Casing::pascal)),
                 [](auto p) { return respellName(p.first, p.second); }),
        gen::container<std::string>(gen::inRange('a', '{')));
    auto inner = genJsonOfDepth(depth - 1);
    auto object = gen::map(smallVector(0, 4, gen::pair(key, inner)), [](const auto& members) {
        nlohmann::json out = nlohmann::json::object();
        for (const auto& [k, v] : members) out[k] = v;
        return out;
    });
    auto array = gen::map(smallVector(0, 3, inner),
                          [](const std::vector<nlohmann::json>& items) { return nlohmann::json(items); });
    return gen::weightedOneOf<nlohmann::json>({{2, genScalar()}, {3, object}, {1, array}});
}

}  // namespace

Gen<std::vector<Casing>> genCasings() {
    return smallVector(1, 6,
                       gen::element(Casing::asIs, Casing::lower, Casing::upper, Casing::pascal, Casing::alternating));
}

std::string respellName(const std::string& name, Casing casing) {
    switch (casing) {
        case Casing::asIs: return name;
        case Casing::lower: return mapChars(name, [](int c) { return std::tolower(c); });
        case Casing::upper: return mapChars(name, [](int c) { return std::toupper(c); });
        case Casing::pascal: {
            std::string out = name;
            if (!out.empty()) out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
            return out;
        }
        case Casing::alternating: {
            std::string out = name;
            for (std::size_t i = 0; i < out.size(); ++i)
                out[i] = char(i % 2 ? std::toupper(static_cast<unsigned char>(out[i]))
                                    : std::tolower(static_cast<unsigned char>(out[i])));
            return out;
        }
    }
    return name;
}

std::string respellEnum(const std::string& value, Casing casing) {
    switch (casing) {
        case Casing::lower: {  // one_time → onetime
            std::string out;
            for (char c : value)
                if (c != '_') out += char(std::tolower(static_cast<unsigned char>(c)));
            return out;
        }
        case Casing::pascal: {  // one_time → OneTime
            std::string out;
            bool start = true;
            for (char c : value) {
                if (c == '_') {
                    start = true;
                    continue;
                }
                out += start ? char(std::toupper(static_cast<unsigned char>(c))) : c;
                start = false;
            }
            return out;
        }
        default: return respellName(value, casing);
    }
}

nlohmann::json respellDocument(const nlohmann::json& document, const std::vector<Casing>& casings, bool enums) {
    return Respeller{casings, enums}(document);
}

Gen<nlohmann::json> genVocabularyJson() { return genJsonOfDepth(4); }

void showValue(Casing casing, std::ostream& os) {
    static const char* const names[] = {"as-is", "lower", "UPPER", "Pascal", "aLtErNaTiNg"};
    os << names[int(casing)];
}

}  // namespace pcsim::properties
