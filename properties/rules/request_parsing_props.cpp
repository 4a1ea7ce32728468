// Purchase requests with a structural mistake — a missing required field, a value of the wrong JSON
// type — are refused with a ParseError whose path names the offending field, whatever the letter
// case of the property names; without the mistake they read in full in any letter case.
#include "support/property.hpp"

#include "gen/cart_request_gen.hpp"
#include "gen/json_gen.hpp"
#include "gen/model_gen.hpp"

namespace pcsim::properties {
namespace {

namespace gen = rc::gen;

PCSIM_PROPERTY(RequestParsing, StructuralMistakesNameTheField, ()) {
    const std::size_t lines = *gen::inRange<std::size_t>(1, 4);
    const CartRequestMistake mistake = *genCartRequestMistake();
    const auto casings = *genCasings();

    nlohmann::json request = validCartRequest(lines);
    const std::string expectedPath = makeMistake(request, mistake);
    const nlohmann::json sent = respellDocument(request, casings, false);
    RC_LOG() << "request: " << sent.dump() << "\n";
    try {
        (void)models::parse_text<models::Cart>(sent.dump());
        RC_FAIL("the request was accepted");
    } catch (const models::ParseError& e) {
        RC_LOG() << "ParseError: " << e.what() << "\n";
        RC_ASSERT(e.path() == expectedPath);
    }
}

PCSIM_PROPERTY(RequestParsing, ValidRequestsReadInAnyLetterCase, ()) {
    const std::size_t lines = *gen::inRange<std::size_t>(1, 4);
    const auto casings = *genCasings();
    const nlohmann::json request = validCartRequest(lines);
    const auto expected = models::parse<models::Cart>(request);
    const nlohmann::json sent = respellDocument(request, casings, true);
    RC_LOG() << "request: " << sent.dump() << "\n";
    const auto cart = models::parse_text<models::Cart>(sent.dump());
    RC_ASSERT(cart == expected);
    RC_ASSERT(cart.lineItems.size() == lines);
}

}  // namespace
}  // namespace pcsim::properties
