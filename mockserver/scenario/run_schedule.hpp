#pragma once
// A VM's `hours`: "always", "off", or a daily UTC window "HH:MM-HH:MM" (end exclusive; the window
// may cross midnight, "22:00-06:00"; "24:00" is accepted as an end).
#include <optional>
#include <string_view>

#include "sim/customer.hpp"

namespace pcsim::scenario {

std::optional<sim::RunSchedule> parseRunSchedule(std::string_view text);

}  // namespace pcsim::scenario
