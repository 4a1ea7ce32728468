#pragma once
// Cart requests (POST/PUT .../carts bodies) with one structural mistake: a required field removed,
// or a field given a value of the wrong JSON type. Knows the path the refusal must name.
#include <rapidcheck.h>

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

namespace pcsim::properties {

struct CartRequestMistake {
    std::string field;           // "" = the lineItems array itself
    bool remove = false;         // remove the field (else: replace its value)
    nlohmann::json replacement;  // the wrong value
    std::size_t line = 0;        // which line item (modulo their number)
};

rc::Gen<CartRequestMistake> genCartRequestMistake();

// A well-formed request of `lines` reservation lines (camelCase, as in the docs).
nlohmann::json validCartRequest(std::size_t lines,
                                const std::string& subscriptionId = "2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87");

// Makes the mistake in `request`; returns the path a refusal must name, e.g. "lineItems[1].quantity".
std::string makeMistake(nlohmann::json& request, const CartRequestMistake& mistake);

void showValue(const CartRequestMistake& mistake, std::ostream& os);

}  // namespace pcsim::properties
