#pragma once
// Rendered responses of immutable resources (the catalog), kept by request target so that a catalog
// GET is rendered once and then served as bytes. Bounded: past `capacity` entries it stops adding.
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "http/message.hpp"

namespace pcsim::http {

class ResponseCache {
public:
    explicit ResponseCache(std::size_t capacity = 20'000) : capacity_(capacity) {}

    std::optional<HttpResponse> find(const std::string& key) const;
    void store(const std::string& key, const HttpResponse& response);

private:
    std::size_t capacity_;
    mutable std::shared_mutex mutex_;
    std::unordered_map<std::string, HttpResponse> entries_;
};

}  // namespace pcsim::http
