#include "http/journal.hpp"

#include <stdexcept>

namespace pcsim::http {

std::string bodyExcerpt(const std::string& body) {
    if (body.size() <= kBodyExcerpt) return body;
    std::size_t cut = kBodyExcerpt;
    // Step back over continuation bytes (10xxxxxx) so that the excerpt stays valid UTF-8.
    while (cut > 0 && (static_cast<unsigned char>(body[cut]) & 0xC0) == 0x80) --cut;
    return body.substr(0, cut);
}

nlohmann::ordered_json toJson(const JournalEntry& e) {
    return {{"seq", e.seq},
            {"time", sim::formatTimestamp(e.time)},
            {"simTime", sim::formatTimestamp(e.simTime)},
            {"method", e.method},
            {"path", e.path},
            {"query", e.query},
            {"status", e.status},
            {"durationMs", e.durationMs},
            {"requestId", e.requestId},
            {"correlationId", e.correlationId},
            {"fault", e.fault ? nlohmann::ordered_json(*e.fault) : nlohmann::ordered_json(nullptr)},
            {"requestBody", e.requestBody},
            {"responseBody", e.responseBody}};
}

namespace {
const nlohmann::json& member(const nlohmann::json& json, const char* name) {
    if (!json.is_object() || !json.contains(name)) throw std::invalid_argument(std::string("missing '") + name + "'");
    return json.at(name);
}

std::string text(const nlohmann::json& json, const char* name) {
    const auto& value = member(json, name);
    if (!value.is_string()) throw std::invalid_argument(std::string("'") + name + "' must be a string");
    return value.get<std::string>();
}

sim::Timestamp timestamp(const nlohmann::json& json, const char* name) {
    auto parsed = sim::parseTimestamp(text(json, name));
    if (!parsed) throw std::invalid_argument(std::string("'") + name + "' is not an ISO 8601 timestamp");
    return *parsed;
}
}  // namespace

JournalEntry journalEntryFromJson(const nlohmann::json& json) {
    JournalEntry e;
    const auto& seq = member(json, "seq");
    if (!seq.is_number_unsigned()) throw std::invalid_argument("'seq' must be a positive integer");
    e.seq = seq.get<std::uint64_t>();
    e.time = timestamp(json, "time");
    e.simTime = timestamp(json, "simTime");
    e.method = text(json, "method");
    e.path = text(json, "path");
    e.query = text(json, "query");
    const auto& status = member(json, "status");
    if (!status.is_number_integer()) throw std::invalid_argument("'status' must be an integer");
    e.status = status.get<int>();
    const auto& duration = member(json, "durationMs");
    if (!duration.is_number()) throw std::invalid_argument("'durationMs' must be a number");
    e.durationMs = duration.get<double>();
    e.requestId = text(json, "requestId");
    e.correlationId = text(json, "correlationId");
    if (const auto& fault = member(json, "fault"); !fault.is_null()) e.fault = text(json, "fault");
    e.requestBody = text(json, "requestBody");
    e.responseBody = text(json, "responseBody");
    return e;
}

Journal::Journal(std::size_t capacity) : capacity_(capacity) {}

void Journal::record(JournalEntry entry) {
    // The entry that makes room is freed after the lock is released: every request of the sandbox
    // records here, and freeing its strings under the lock made the others wait.
    JournalEntry evicted;
    std::lock_guard lock(mutex_);
    entry.seq = nextSeq_++;
    if (capacity_ == 0) {
        ++dropped_;
        return;
    }
    if (entries_.size() == capacity_) {
        evicted = std::move(entries_.front());
        entries_.pop_front();
        ++dropped_;
    }
    entries_.push_back(std::move(entry));
}

std::vector<JournalEntry> Journal::entries() const {
    std::lock_guard lock(mutex_);
    return {entries_.begin(), entries_.end()};
}

void Journal::clear() {
    std::lock_guard lock(mutex_);
    entries_.clear();
    dropped_ = 0;
}

void Journal::restore(std::vector<JournalEntry> entries, std::uint64_t dropped) {
    std::lock_guard lock(mutex_);
    entries_.clear();
    dropped_ = dropped;
    // A bundle from a server with a larger journal keeps its newest entries.
    std::size_t skip = entries.size() > capacity_ ? entries.size() - capacity_ : 0;
    dropped_ += skip;
    for (std::size_t i = skip; i < entries.size(); ++i) {
        nextSeq_ = std::max(nextSeq_, entries[i].seq + 1);
        entries_.push_back(std::move(entries[i]));
    }
}

std::size_t Journal::size() const {
    std::lock_guard lock(mutex_);
    return entries_.size();
}

std::uint64_t Journal::dropped() const {
    std::lock_guard lock(mutex_);
    return dropped_;
}

}  // namespace pcsim::http
