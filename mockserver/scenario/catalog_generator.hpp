#pragma once
// `catalog.generate`: a large synthetic catalog from the built-in ISF tables, for load and scale
// tests. Every (series × size of the series × region × term) becomes a purchasable item: one
// product per series, one SKU per (size, region), one availability per term, with plausible,
// deterministic prices.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/regions.hpp"
#include "sim/catalog.hpp"
#include "sim/ids.hpp"
#include "sim/isf_tables.hpp"

namespace pcsim::scenario {

struct CatalogGeneration {
    std::vector<std::string> series;  // built-in ISF group names, as the tables spell them
    std::vector<Region> regions;
    std::vector<std::string> terms;  // P1Y, P3Y, P5Y
};

// Appends the generated SKUs to `products`. A series that already has a product (one holding SKUs
// of that group, written by hand) gets its SKUs added to that product, and a (size, region) the
// product already lists is left as written; other series get a new product. Ids come from `ids`
// and never collide with ids already in `products`. Returns the number of SKUs added.
std::size_t generateCatalog(const CatalogGeneration& request, std::vector<sim::Product>& products,
                            sim::IdGenerator& ids);

// The on-demand price per hour of one instance: a per-series price per ratio unit × the size's
// ratio × the region's price factor, rounded to 4 decimals (D2s_v3 in eastus: 0.096).
double generatedHourlyPrice(const sim::IsfEntry& size, const Region& region);
// The upfront price of a whole term: P1Y ≈ 60 % of a year on demand, P3Y ≈ 40 % of three years,
// P5Y ≈ 35 % of five years; rounded to cents.
double generatedTermPrice(double hourly, std::string_view term);

}  // namespace pcsim::scenario
