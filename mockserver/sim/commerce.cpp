#include "sim/commerce.hpp"

namespace pcsim::sim {

std::string toString(Scope scope) { return scope == Scope::single ? "Single" : "Shared"; }

std::string toString(OrderStatus status) {
    switch (status) {
        case OrderStatus::pending: return "pending";
        case OrderStatus::completed: return "completed";
        case OrderStatus::cancelled: return "cancelled";
    }
    return "unknown";
}

OrderStatus Order::statusAt(Timestamp now) const {
    if (cancelledAt) return OrderStatus::cancelled;
    return now >= completesAt ? OrderStatus::completed : OrderStatus::pending;
}

double Order::totalPrice() const {
    double total = 0;
    for (const auto& line : lines) total += double(line.quantity) * line.unitPrice;
    return total;
}

}  // namespace pcsim::sim
