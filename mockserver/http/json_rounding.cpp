#include "http/json_rounding.hpp"

#include <cmath>

namespace pcsim::http {

double roundedForJson(double value) { return std::round(value * 1e6) / 1e6; }

}  // namespace pcsim::http
