#include "sim/scenario.hpp"

namespace pcsim::sim {

Throttling Throttling::documented() {
    Throttling t;
    t.enabled = true;
    t.rules.push_back({{"", "/v1/customers/**"}, 500, 60});  // `**` also matches "/v1/customers" itself
    return t;
}

}  // namespace pcsim::sim
