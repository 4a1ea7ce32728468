#pragma once
// Where a reservation came from and went to through split and merge (contract §4.4): the ARM
// `splitProperties` and `mergeProperties`, kept by reservation id.
#include <string>
#include <vector>

namespace pcsim::sim::engine {

struct ReservationLineage {
    std::string splitSource;                     // set on the two children of a split
    std::vector<std::string> splitDestinations;  // set on the reservation that was split
    std::vector<std::string> mergeSources;       // set on the result of a merge
    std::string mergeDestination;                // set on each merged source
};

}  // namespace pcsim::sim::engine
