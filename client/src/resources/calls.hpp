// The few shapes every resource call takes: GET a model, send a model and read one back.
// Resource classes stay one line per operation.
#pragma once

#include "../session.hpp"
#include "../url.hpp"
#include "partnercenter/models/reader.hpp"
#include "partnercenter/resources/context.hpp"

#include <string>

namespace partnercenter::detail {

template <class T>
T getResource(const Context& context, const std::string& path, const Query& query = {}) {
    return context.session->read<T>(ApiCall{"GET", withQuery(path, query), std::nullopt, {}}, context.correlationId);
}

template <class T, class Body>
T sendResource(const Context& context, const std::string& method, const std::string& path, const Body& body) {
    return context.session->read<T>(ApiCall{method, path, models::serialize(body), {}}, context.correlationId);
}

}  // namespace partnercenter::detail
