#pragma once
// Reading a YAML file the way every pcsim loader does (scenarios, suites, fault rules sent at run
// time): the text of the file, then the parsed document, with every failure a diagnostic rather
// than an exception thrown at the caller.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "scenario/diagnostic.hpp"

namespace pcsim::scenario {

// The file's bytes; nullopt when it cannot be opened.
std::optional<std::string> readFileText(const std::string& path);

// Parses `text` and hands the document to `read`. A syntax error (yaml-cpp stops at the first, so
// it is the only diagnostic) and a YAML exception thrown by `read` (not expected: readers check node
// types before use) are reported into `diags`.
void readYamlDocument(std::string_view text, Diagnostics& diags, const std::function<void(const YAML::Node&)>& read);

}  // namespace pcsim::scenario
