// Buying reserved VM instances as one API, step by step as the Partner Center docs describe it
// (contract §7): pick the customer; find an active Azure subscription; make sure it is registered
// for reserved instances; find the catalog item; check inventory; build the cart; review; check
// out; wait for the order; collect the reservations.
//
// prepare() runs everything up to the review and buys nothing; complete() buys what the review
// shows. A step that fails throws PartnerCenterError whose step() names it and whose what() says
// why, e.g. "find an active Azure subscription: customer ... has no active Azure subscription".
#pragma once

#include "partnercenter/models/models.hpp"
#include "partnercenter/partner_client.hpp"
#include "partnercenter/reservation_search.hpp"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace partnercenter {

enum class PurchaseStep {
    pick_customer,
    find_subscription,
    ensure_registration,
    search_catalog,
    check_inventory,
    build_cart,
    review,
    checkout,
    wait_for_order,
    collect_reservations,
};

/// "pick the customer", "find an active Azure subscription", ...
[[nodiscard]] std::string_view describe(PurchaseStep step) noexcept;

/// Where the reservation discount applies.
enum class ReservationScope {
    shared,  ///< every subscription in the customer's billing context
    single,  ///< the purchasing subscription only
};
[[nodiscard]] std::string_view to_string(ReservationScope scope) noexcept;  ///< "shared" / "single"

/// One cart line: which reservation and how many.
struct ReservationLine {
    std::string size{};    ///< "Standard_D4s_v3" or "D4s_v3"
    std::string region{};  ///< "eastus2"
    std::string term = "P1Y";
    std::optional<std::string> series{};  ///< narrows the search; usually implied by the size
    int quantity = 1;
    ReservationScope scope = ReservationScope::shared;
};

struct PurchasePlan {
    std::string customerId{};
    /// Absent: the customer's first active Azure subscription (a registered one if there is one).
    std::optional<std::string> subscriptionId{};
    /// Market whose catalog to search; absent: the customer's own catalog.
    std::optional<std::string> country{};
    std::vector<ReservationLine> lines{};
};

struct PurchaseOptions {
    /// Time between polls of registration status, order status and entitlements.
    std::chrono::milliseconds pollInterval = std::chrono::seconds(10);
    int maxRegistrationPolls = 60;  ///< 10 minutes at the default interval
    int maxOrderPolls = 180;        ///< 30 minutes: orders may take 15 to show (contract §17)
    int maxReservationPolls = 30;   ///< entitlements appear after the order completes
    /// Empty: the client's retry sleeper, else std::this_thread::sleep_for.
    Sleeper sleeper{};
};

struct ReviewLine {
    ReservationOffer offer{};
    int quantity = 0;
    ReservationScope scope = ReservationScope::shared;
    std::string scopeMeaning{};         ///< a sentence saying what the scope covers
    std::optional<double> unitPrice{};  ///< per instance, whole term; absent when the service gives none
    std::optional<double> lineTotal{};
};

/// What will be bought, before anything is bought.
struct PurchaseReview {
    models::Customer customer{};
    models::Subscription subscription{};
    models::Cart cart{};  ///< created, not checked out
    std::vector<ReviewLine> lines{};
    std::optional<double> total{};  ///< absent unless every line has a price
    std::string currencyCode{};
    std::string correlationId{};  ///< the whole purchase is one logical operation
};

struct PurchaseResult {
    std::string orderId{};                ///< the first order (reservations form one order group)
    std::string status{};                 ///< "completed"
    std::vector<models::Order> orders{};  ///< as last read, with prices when the service gives them
    std::vector<models::Reservation> reservations{};
    /// Set when reservations could not be read (App-only credentials, or not visible yet).
    std::optional<std::string> reservationsNote{};
};

class PurchaseFlow {
public:
    using Progress = std::function<void(PurchaseStep step, std::string_view message)>;

    explicit PurchaseFlow(PartnerClient partner, PurchaseOptions options = {}, Progress progress = {});

    /// Steps up to the review. Creates the cart; buys nothing.
    PurchaseReview prepare(const PurchasePlan& plan);
    /// Checks out the reviewed cart, waits for the order and collects the reservations.
    PurchaseResult complete(const PurchaseReview& review);
    /// prepare() then complete(), for programs that need no confirmation.
    PurchaseResult buy(const PurchasePlan& plan);

    /// The registration step alone (also used by `pcctl register --wait`): registers the
    /// subscription unless it is, then polls until the status is `registered`.
    void ensureRegistered(const std::string& customerId, const std::string& subscriptionId);

private:
    PartnerClient partner_;
    PurchaseOptions options_;
    Progress progress_;
};

}  // namespace partnercenter
