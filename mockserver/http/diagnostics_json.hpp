#pragma once
// Loader problems as a control-plane answer: 400, code 800002, a description quoting the first
// problem, and every problem as {"line", "column", "message"} in "diagnostics".
#include <string>
#include <vector>

#include "http/message.hpp"
#include "scenario/diagnostic.hpp"

namespace pcsim::http {

// `what`: "The scenario", "The fault rule".
HttpResponse invalidInput(const std::string& what, const std::vector<scenario::Diagnostic>& diagnostics);

}  // namespace pcsim::http
