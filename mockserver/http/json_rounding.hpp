#pragma once
// How fractional figures are written in JSON answers.

namespace pcsim::http {

// Hours, units and percentages are sums of fractions of hours: rounding to 6 decimals keeps
// 0.1 + 0.2 from printing as 0.30000000000000004 while every minute of usage stays visible.
double roundedForJson(double value);

}  // namespace pcsim::http
