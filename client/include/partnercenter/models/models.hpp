// All wire models of the Partner Center purchase API (namespace partnercenter::models).
#pragma once

#include "partnercenter/models/cart.hpp"
#include "partnercenter/models/catalog.hpp"
#include "partnercenter/models/common.hpp"
#include "partnercenter/models/customer.hpp"
#include "partnercenter/models/entitlement.hpp"
#include "partnercenter/models/error.hpp"
#include "partnercenter/models/order.hpp"
#include "partnercenter/models/reader.hpp"
#include "partnercenter/models/subscription.hpp"
