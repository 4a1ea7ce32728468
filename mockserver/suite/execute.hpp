#pragma once
// The executors of the step kinds (internal to the runner); executeStep picks one.
#include "suite/exchange.hpp"

namespace pcsim::suite {

StepOutcome executePurchase(const Step& step, const PurchaseStep& purchase, CaseRun& run);  // execute_purchase.cpp
StepOutcome executeParallel(const Step& step, const ParallelStep& parallel, CaseRun& run);  // execute_parallel.cpp
StepOutcome executeLogin(const Step& step, const LoginStep& login, CaseRun& run);           // execute_login.cpp
// execute_control.cpp
StepOutcome executeAdvance(const Step& step, const AdvanceStep& advance, CaseRun& run);
StepOutcome executeFault(const Step& step, const FaultStep& fault, CaseRun& run);
StepOutcome executeVms(const Step& step, const VmsStep& vms, CaseRun& run);
StepOutcome executeVerify(const Step& step, const VerifyStep& verify, CaseRun& run);
StepOutcome executeInvariants(const Step& step, const InvariantsStep& invariants, CaseRun& run);
StepOutcome executeCoverage(const Step& step, const CoverageStep& coverage, CaseRun& run);

}  // namespace pcsim::suite
