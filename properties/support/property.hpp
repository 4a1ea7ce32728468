#pragma once
// PCSIM_PROPERTY: a RapidCheck property registered as a GoogleTest case (like RC_GTEST_PROP) that
// also reports how many cases passed — RapidCheck's own glue prints nothing on success — and, on
// failure, the seed and how to replay the shrunk counterexample.
//
//   PCSIM_PROPERTY(CartLifecycle, OrderedCartRefusesUpdates, ()) { ... RC_ASSERT(...); }
//
// Properties that need a fixture (a live server) call checkProperty() from an ordinary TEST.
// Case counts: RC_PARAMS="max_success=N" (default 100). Replay: RC_PARAMS="reproduce=..." as printed.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <iostream>
#include <sstream>
#include <string>
#include <utility>

namespace pcsim::properties {

template <class Testable>
void checkProperty(Testable&& testable) {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    rc::detail::TestMetadata metadata;
    metadata.id = std::string(test->test_suite_name()) + "/" + test->name();
    metadata.description = test->name();

    const auto result = rc::detail::checkTestable(std::forward<Testable>(testable), metadata);
    if (result.template is<rc::detail::SuccessResult>()) {
        const auto& success = result.template get<rc::detail::SuccessResult>();
        std::cout << "property " << metadata.id << ": " << success.numSuccess << " cases passed" << std::endl;
        if (!success.distribution.empty()) {
            rc::detail::printResultMessage(result, std::cout);
            std::cout << std::endl;
        }
        return;
    }
    std::ostringstream message;
    rc::detail::printResultMessage(result, message);
    message << "\nseed=" << rc::detail::configuration().testParams.seed
            << " (the RC_PARAMS=\"reproduce=...\" line printed when the program exits replays exactly this"
               " counterexample; RC_PARAMS=\"seed=N\" reruns the whole search)";
    FAIL() << message.str();
}

}  // namespace pcsim::properties

#define PCSIM_PROPERTY(Suite, Name, ArgList)                                                   \
    void pcsimProperty_##Suite##_##Name ArgList;                                               \
    TEST(Suite, Name) { ::pcsim::properties::checkProperty(&pcsimProperty_##Suite##_##Name); } \
    void pcsimProperty_##Suite##_##Name ArgList
