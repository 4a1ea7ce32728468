// Everything of the Partner Center client library in one include.
#pragma once

#include "partnercenter/credentials.hpp"
#include "partnercenter/error.hpp"
#include "partnercenter/ids.hpp"
#include "partnercenter/models/models.hpp"
#include "partnercenter/options.hpp"
#include "partnercenter/paged_range.hpp"
#include "partnercenter/partner_client.hpp"
#include "partnercenter/purchase_flow.hpp"
#include "partnercenter/reservation_search.hpp"
#include "partnercenter/text.hpp"
