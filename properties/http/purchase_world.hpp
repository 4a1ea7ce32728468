#pragma once
// What the HTTP properties know of purchase_world.yaml: its ids, its catalog and its subscriptions.
// Keep the two in step.
#include <array>
#include <string>
#include <vector>

namespace pcsim::properties::world {

inline const std::string kScenario = std::string(PCSIM_PROPERTIES_HTTP_DIR "/purchase_world.yaml");
inline const std::string kTenant = "11111111-1111-4111-8111-111111111111";
inline const std::string kClientId = "22222222-2222-4222-8222-222222222222";
inline const std::string kSecret = "app-secret";
inline const std::string kRefreshToken = "user-refresh";

struct Item {
    std::string catalogItemId;
    std::string term;
    long minimum;
    long maximum;
    long priceCents;
    bool requiresRegistration;
};
inline const std::array<Item, 2> kItems{Item{"DZH318Z0BQ3Q:00G1:DZH318XZXK7M", "P1Y", 1, 5, 105120, true},
                                        Item{"DZH318Z0BQ4R:00B1:DZH318XZXM2B", "P3Y", 2, 10, 9005, false}};
inline const std::string kUnknownItem = "DZH318Z0BQ3Q:00G1:DZH318XZXZZZ";

struct Subscription {
    std::string id;
    bool active;
    bool azure;
    bool registered;  // at the start
};
struct Customer {
    std::string id;
    std::string name;
    std::vector<Subscription> subscriptions;
    bool faulty;  // has the scenario's faults on its cart and checkout paths
};
inline const std::array<Customer, 2> kCustomers{Customer{"4c1b5f0e-2a7d-4e3b-9a10-6f2d8c9e1a55",
                                                         "Fabrikam",
                                                         {{"2E6B0F4A-9C1D-4B7E-8F3A-5D2C1B0A9E87", true, true, true},
                                                          {"3F7C1A5B-0D2E-4C8F-9A4B-6E3D2C1B0A98", true, true, false},
                                                          {"4A8D2B6C-1E3F-4D9A-8B5C-7F4E3D2C1B0A", false, true, true},
                                                          {"5C9E3A4D-2F6B-4C8A-9DAE-9F8A7B6C5D43", true, false, false}},
                                                         false},
                                                Customer{"5d2c6a1f-3b8e-4f4c-8b21-7a3e9d0f2b66",
                                                         "Flaky",
                                                         {{"5B9E3C7D-2F4A-4E0B-9C6D-8A5F4E3D2C1B", true, true, true},
                                                          {"6C0F4D8E-3A5B-4F1C-8D7E-9B6A5F4E3D2C", true, true, false}},
                                                         true}};
inline const std::string kUnknownSubscription = "0BADBAD0-0000-4000-8000-000000000000";

// The lost-checkout-answer fault holds back the answer to every Nth checkout of a Flaky cart.
inline constexpr int kLostCheckoutAnswerEvery = 4;

}  // namespace pcsim::properties::world
