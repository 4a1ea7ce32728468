// The catalog's query rules and visibility, called directly: what a listing hides from a purchaser
// cannot be bought by it, and a query is accepted exactly when its values are the documented ones.
#include "partnercenter/text.hpp"
#include "support/property.hpp"

#include <cctype>

#include "rules/shop.hpp"
#include "sim/catalog_rules.hpp"
#include "sim/customers_ops.hpp"

namespace pcsim::properties {
namespace {

namespace gen = rc::gen;

constexpr int kCatalogItemIdIsNotValid = 10001;
constexpr int kInvalidInput = 800002;
constexpr int kTargetSegmentNotAllowed = 400030;

// `text` with each letter in a random case: the service compares these values case-insensitively.
rc::Gen<std::string> anyCase(std::string text) {
    return gen::map(gen::container<std::vector<bool>>(text.size(), gen::arbitrary<bool>()),
                    [text](const std::vector<bool>& upper) {
                        std::string out = text;
                        for (std::size_t i = 0; i < out.size(); ++i)
                            out[i] = char(upper[i] ? std::toupper(static_cast<unsigned char>(out[i]))
                                                   : std::tolower(static_cast<unsigned char>(out[i])));
                        return out;
                    });
}

rc::Gen<std::string> shortWord() {
    return gen::mapcat(gen::inRange(0, 4),
                       [](int n) { return gen::container<std::string>(n, gen::inRange('a', 'z')); });
}

PCSIM_PROPERTY(CatalogQuery, AcceptedExactlyWhenEveryValueIsDocumented, ()) {
    sim::CatalogQueryText text;
    text.country = *gen::oneOf(gen::map(shortWord(), [](std::string s) { return std::optional<std::string>(s); }),
                               gen::just(std::optional<std::string>{}));
    const bool segmentDocumented = *gen::arbitrary<bool>();
    if (*gen::arbitrary<bool>())
        text.targetSegment =
            segmentDocumented
                ? *gen::mapcat(gen::element<std::string>("commercial", "education", "government", "nonprofit"), anyCase)
                : "x" + *shortWord();
    const bool scopeDocumented = *gen::arbitrary<bool>();
    if (*gen::arbitrary<bool>()) text.reservationScope = scopeDocumented ? *anyCase("AzurePlan") : "x" + *shortWord();

    const bool countryOk = text.country && text.country->size() == 2;
    const bool segmentOk = !text.targetSegment || segmentDocumented;
    const bool scopeOk = !text.reservationScope || scopeDocumented;
    auto query = sim::readCatalogQuery(text, std::nullopt);
    RC_ASSERT(query.ok() == (countryOk && segmentOk && scopeOk));
    if (query) {
        RC_ASSERT(query->country == partnercenter::text::toUpper(*text.country));
        RC_ASSERT(query->azurePlan == text.reservationScope.has_value());
    } else if (!countryOk || (segmentOk && !scopeOk)) {  // country is read first, then segment, then scope
        RC_ASSERT(query.error().http == 400);
        RC_ASSERT(query.error().code == kInvalidInput);
    } else {
        RC_ASSERT(query.error().http == 403);
        RC_ASSERT(query.error().code == kTargetSegmentNotAllowed);
    }
    // A customer-scoped query takes the customer's market, whatever `country` says.
    auto scoped = sim::readCatalogQuery(text, std::string("US"));
    RC_ASSERT(scoped.ok() == (segmentOk && scopeOk));
    if (scoped) RC_ASSERT(scoped->country == "US");
}

PCSIM_PROPERTY(CustomerPaging, PageSizeIsReadAsAnIntegerOrRefused, ()) {
    const long long n = *gen::arbitrary<long long>();
    auto size = sim::readPageSize(std::to_string(n));
    RC_ASSERT(size.ok());
    RC_ASSERT(*size == int(std::clamp<long long>(n, -1, sim::maxCustomerPageSize + 1)));

    const std::string junk = std::to_string(n) + *gen::element<std::string>("x", " ", ".5", "e3", "-");
    auto refused = sim::readPageSize(junk);
    RC_ASSERT(!refused.ok());
    RC_ASSERT(refused.error().code == kInvalidInput);
}

}  // namespace
}  // namespace pcsim::properties
