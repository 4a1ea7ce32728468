#pragma once
// A load problem, located in the scenario file, and the collector that gathers all of them in one
// pass (so `pcsim validate` can list every problem at once, not just the first).
#include <string>
#include <vector>

namespace YAML {
class Mark;
class Node;
}  // namespace YAML

namespace pcsim::scenario {

struct Diagnostic {
    std::string file;
    int line = 0;    // 1-based; 0 when the problem concerns the whole file (e.g. it cannot be read)
    int column = 0;  // 1-based
    std::string message;

    // "FILE:LINE:COLUMN: message" (or "FILE: message" without a position), the format compilers use,
    // so editors can jump to the spot.
    std::string toString() const;
    bool operator==(const Diagnostic&) const = default;
};

class Diagnostics {
public:
    explicit Diagnostics(std::string file) : file_(std::move(file)) {}

    void error(const YAML::Mark& mark, std::string message);
    // At the node's start; a node that does not exist in the file (no mark) reports at line 0.
    void error(const YAML::Node& node, std::string message);
    void fileError(std::string message);

    bool empty() const { return list_.empty(); }
    std::size_t count() const { return list_.size(); }
    const std::string& file() const { return file_; }
    // In file order (line, then column), whatever order the checks ran in.
    std::vector<Diagnostic> sorted() const;

private:
    std::string file_;
    std::vector<Diagnostic> list_;
};

}  // namespace pcsim::scenario
