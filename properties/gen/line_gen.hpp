#pragma once
// Generators of purchase requests (cart lines), valid and invalid, and their resolution against a
// world. A LinePick names its item and subscription by index (modulo what the world has), so that
// it shrinks independently of the world and stays meaningful for any world.
#include <rapidcheck.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

#include "gen/world_spec.hpp"
#include "sim/carts.hpp"

namespace pcsim::properties {

// A quantity relative to the SKU's bounds, so that the edges are hit often.
struct QuantityPick {
    enum class Anchor { literal, minimum, maximum, within } anchor = Anchor::literal;
    // The quantity is anchor + offset (literal: 0 + offset); for `within`, minimum + offset modulo
    // the number of allowed quantities (always within bounds).
    std::int64_t offset = 1;
};

// How the line spells its term: ISO termDuration, provisioningContext duration, or both.
enum class TermField { termDuration, duration, both };

struct LinePick {
    int item = 0;          // index into catalogItems(world), modulo its size
    int subscription = 0;  // index into the customer's subscriptions, modulo their number
    QuantityPick quantity;
    std::string scope = "shared";  // provisioningContext scope, as sent
    TermField termField = TermField::termDuration;
    bool upperCaseTerm = true;   // "P1Y" / "p1y", "1Year" / "1year"
    bool billToAzureId = false;  // name the subscription by its Azure id (accepted too)
    bool unknownItem = false;    // a catalog item id that does not exist
    bool unknownSubscription = false;
};

// What a pick means in a given world (for assertions and RC_LOG).
struct ResolvedPick {
    ItemRef item;
    std::size_t subscription = 0;
    std::int64_t quantity = 0;
    sim::CartLineInput line;
};

rc::Gen<QuantityPick> genQuantity();              // anywhere around the bounds, also below 1
rc::Gen<QuantityPick> genQuantityWithinBounds();  // always within [min, max]
rc::Gen<std::string> genScopeSpelling();          // shared / single in any letter case
rc::Gen<std::string> genInvalidScope();           // anything that is not shared or single
rc::Gen<LinePick> genValidLine();                 // known item and subscription, quantity within bounds, valid scope
rc::Gen<LinePick> genAnyLine();  // anything may be wrong: item, subscription, scope, quantity (also < 1)

std::int64_t quantityFor(const QuantityPick& pick, const SkuSpec& sku);
ResolvedPick resolve(const WorldSpec& world, std::size_t customer, const LinePick& pick);
// The same pick, but on the subscription with this index.
LinePick onSubscription(LinePick pick, std::size_t subscription);

sim::CartInput cartOf(std::vector<sim::CartLineInput> lines);

void showValue(const QuantityPick& value, std::ostream& os);
void showValue(const LinePick& value, std::ostream& os);
std::ostream& operator<<(std::ostream& os, const ResolvedPick& value);

}  // namespace pcsim::properties
