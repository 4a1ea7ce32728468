#include "scenario/catalog_generator.hpp"

#include <cmath>
#include <unordered_set>

#include "partnercenter/text.hpp"
#include "scenario/catalog_naming.hpp"
#include "sim/purchase_terms.hpp"

namespace pcsim::scenario {

using partnercenter::text::equalsIgnoreCase;
using partnercenter::text::toLower;
using partnercenter::text::toUpper;
namespace {

// USD per hour of one ratio unit in US East, close to the public pay-as-you-go prices
// (D2s_v3 $0.096, D1_v2 $0.057, D11_v2 $0.148, B1s $0.0104, B2ms $0.0832, E2s_v3 $0.126).
double pricePerRatioUnit(std::string_view group) {
    struct GroupPrice {
        const char* group;
        double perUnit;
    };
    static constexpr GroupPrice prices[] = {
        {"DSv3 Series", 0.048},
        {"Dv3 Series", 0.048},
        {"Dv2 Series", 0.057},
        {"DSv2 Series", 0.057},
        {"Dv2 Series High Memory", 0.074},
        {"DSv2 Series High Memory", 0.074},
        {"BS Series", 0.0208},
        {"BS Series High Memory", 0.0416},
        {"ESv3 Series", 0.063},
        {"Ev3 Series", 0.063},
    };
    for (const auto& price : prices)
        if (equalsIgnoreCase(price.group, group)) return price.perUnit;
    return 0.05;
}

// Rounds to 1/scale; dividing (not multiplying by 0.01) gives the double nearest the decimal, so
// prices print as 1009.15, not 1009.1500000000001.
double roundTo(double value, double scale) { return std::round(value * scale) / scale; }

std::string sizeRegionKey(std::string_view armSkuName, std::string_view armRegionName) {
    return toLower(armSkuName) + '|' + toLower(armRegionName);
}

// Ids already taken in one scope, kept upper-cased (ids compare case-insensitively). Generated ids are
// upper-case already, so drawing one costs no conversion: this runs 300,000 times for a large catalog.
class TakenIds {
public:
    void reserve(std::size_t count) { taken_.reserve(count); }
    void add(std::string_view id) { taken_.insert(toUpper(id)); }
    std::string draw(sim::IdGenerator& ids, std::size_t length) {
        std::string id = ids.catalogId(length);
        while (!taken_.insert(id).second) id = ids.catalogId(length);
        return id;
    }

private:
    std::unordered_set<std::string> taken_;
};

// An availability id not used by the SKU's earlier availabilities (a SKU has one per term).
std::string freshAvailabilityId(sim::IdGenerator& ids, const sim::Sku& sku) {
    for (;;) {
        std::string id = ids.catalogId(12);
        bool taken = false;
        for (const auto& availability : sku.availabilities) taken = taken || equalsIgnoreCase(availability.id, id);
        if (!taken) return id;
    }
}

// The product a series' SKUs go into: the first one already holding SKUs of that group, else a new one.
std::size_t productForSeries(const std::string& series, std::vector<sim::Product>& products, sim::IdGenerator& ids,
                             TakenIds& productIds) {
    for (std::size_t i = 0; i < products.size(); ++i)
        for (const auto& sku : products[i].skus)
            if (equalsIgnoreCase(sku.isfGroup, series)) return i;
    sim::Product product;
    product.id = productIds.draw(ids, 12);
    product.title = defaultProductTitle(series);
    product.description = defaultProductDescription(series);
    product.targetViews = {"AzureReservations", "AzureReservationsVM"};
    products.push_back(std::move(product));
    return products.size() - 1;
}

}  // namespace

double generatedHourlyPrice(const sim::IsfEntry& size, const Region& region) {
    return roundTo(pricePerRatioUnit(size.group) * size.ratio * region.priceFactor, 10000);
}

double generatedTermPrice(double hourly, std::string_view term) {
    const auto share = sim::reservedShareOfOnDemand(term);
    if (!share) return generatedTermPrice(hourly, "P1Y");  // any other term is priced as one year
    return roundTo(hourly * sim::kHoursPerYear * sim::termYears(term) * *share, 100);
}

std::size_t generateCatalog(const CatalogGeneration& request, std::vector<sim::Product>& products,
                            sim::IdGenerator& ids) {
    TakenIds productIds;
    for (const auto& product : products) productIds.add(product.id);

    std::size_t added = 0;
    for (const auto& series : request.series) {
        std::size_t productIndex = productForSeries(series, products, ids, productIds);
        sim::Product& product = products[productIndex];

        const std::vector<std::string> sizes = sim::isfSizesOfGroup(series);
        const std::size_t skuCount = product.skus.size() + sizes.size() * request.regions.size();
        TakenIds skuIds;
        skuIds.reserve(skuCount);
        std::unordered_set<std::string> writtenByHand;
        for (const auto& sku : product.skus) {
            skuIds.add(sku.id);
            writtenByHand.insert(sizeRegionKey(sku.armSkuName, sku.armRegionName));
        }
        product.skus.reserve(skuCount);
        const std::string category = categoryOfGroup(series);
        for (const auto& sizeName : sizes) {
            const sim::IsfEntry& size = *sim::findIsf(sizeName);
            const std::string armSkuName = sim::armSkuNameOf(size);
            for (const auto& region : request.regions) {
                if (!writtenByHand.empty() && writtenByHand.count(sizeRegionKey(armSkuName, region.armName))) continue;
                sim::Sku sku;
                sku.id = skuIds.draw(ids, 4);
                sku.productId = product.id;
                sku.title = defaultSkuTitle(armSkuName, region.displayName, request.terms);
                sku.description = defaultSkuDescription(armSkuName, region.displayName, request.terms);
                sku.armSkuName = armSkuName;
                sku.armRegionName = region.armName;
                sku.region = region.displayName;
                sku.cores = size.cores;
                sku.ram = size.ramGb;
                sku.isfGroup = size.group;
                sku.isfRatio = size.ratio;
                sku.category = category;
                const double hourly = generatedHourlyPrice(size, region);
                sku.payAsYouGoHourly = hourly;
                sku.availabilities.reserve(request.terms.size());
                for (const auto& term : request.terms) {
                    sim::Availability availability;
                    availability.id = freshAvailabilityId(ids, sku);
                    availability.term = term;
                    availability.price = generatedTermPrice(hourly, term);
                    sku.availabilities.push_back(std::move(availability));
                }
                product.skus.push_back(std::move(sku));
                ++added;
            }
        }
    }
    return added;
}

}  // namespace pcsim::scenario
