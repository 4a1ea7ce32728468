#pragma once
// What an invariant check found: the invariants it checked, by name, and every violation with the
// thing it concerns (an order, a cart, a reservation, a VM at an hour).
#include <cstddef>
#include <string>
#include <vector>

namespace pcsim::sim {

struct InvariantViolation {
    std::string invariant;    // the name, as listed in `checked`
    std::string description;  // what is wrong, with the values
    std::string subject;      // "order O1 line 0", "reservation R", "vm C/S/vm-1 hours [h, h')"
};

struct InvariantReport {
    // A broken world can break an invariant everywhere; the report keeps the first ones.
    static constexpr std::size_t kMaxViolations = 1000;

    std::vector<std::string> checked;
    std::vector<InvariantViolation> violations;
    std::size_t omitted = 0;  // violations past kMaxViolations

    bool ok() const { return violations.empty(); }
    void check(std::string name) { checked.push_back(std::move(name)); }
    void violation(std::string invariant, std::string description, std::string subject) {
        if (violations.size() >= kMaxViolations) {
            ++omitted;
            return;
        }
        violations.push_back({std::move(invariant), std::move(description), std::move(subject)});
    }
};

}  // namespace pcsim::sim
