// docs/control-plane.openapi.yaml describes exactly the control routes the server has: every
// control route is documented with its method, and every documented operation exists.
#include <yaml-cpp/yaml.h>

#include <set>

#include "harness_fixture.hpp"
#include "partnercenter/text.hpp"
#include "sim/catalog.hpp"

namespace pcsim::testing {
namespace {

// "/_pcsim/faults/{name}" and "/_pcsim/faults/{x}" are one route: parameters compare by position.
std::string shape(const std::string& method, const std::string& pattern) {
    std::string out = method + " ";
    bool inParameter = false;
    for (char c : pattern) {
        if (c == '{') inParameter = true, out += "{}";
        else if (c == '}') inParameter = false;
        else if (!inParameter) out += c;
    }
    return out;
}

TEST(OpenApi, DocumentsEveryControlRouteAndNothingElse) {
    auto document = YAML::LoadFile(std::string(PCSIM_DOCS_DIR "/control-plane.openapi.yaml"));
    std::set<std::string> documented;
    for (const auto& path : document["paths"])
        for (const auto& operation : path.second)
            documented.insert(
                shape(partnercenter::text::toUpper(operation.first.as<std::string>()), path.first.as<std::string>()));

    InProcessApp pcsim;
    std::set<std::string> served;
    for (const auto& route : pcsim.app().router().routes())
        if (route.access == http::Access::control) served.insert(shape(route.method, route.pattern));

    EXPECT_EQ(documented, served);
    EXPECT_GE(served.size(), 20u);
}

}  // namespace
}  // namespace pcsim::testing
