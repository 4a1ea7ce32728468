#include "scenario/yaml_document.hpp"

#include <fstream>
#include <sstream>

namespace pcsim::scenario {

std::optional<std::string> readFileText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void readYamlDocument(std::string_view text, Diagnostics& diags, const std::function<void(const YAML::Node&)>& read) {
    YAML::Node document;
    try {
        document = YAML::Load(std::string(text));
    } catch (const YAML::Exception& e) {
        diags.error(e.mark, "YAML syntax error: " + e.msg);
        return;
    }
    try {
        read(document);
    } catch (const YAML::Exception& e) {
        diags.error(e.mark, "cannot read this value: " + e.msg);
    }
}

}  // namespace pcsim::scenario
