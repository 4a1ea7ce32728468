#pragma once
// The request journal of a sandbox: the last N requests of the Partner Center surface (control
// requests are not recorded, so that looking at the journal never changes it), as a ring buffer so
// that a long soak never grows it past its bound. `dropped` counts what fell out of it.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "sim/time.hpp"

namespace pcsim::http {

struct JournalEntry {
    std::uint64_t seq = 0;
    sim::Timestamp time{};     // wall clock, when the request arrived
    sim::Timestamp simTime{};  // the sandbox's simulated clock then
    std::string method;
    std::string path;   // as the sandbox served it (without a /_sandbox/{name} prefix)
    std::string query;  // the raw query string
    int status = 0;     // 0: the connection was dropped (a `reset` fault)
    double durationMs = 0;
    std::string requestId;
    std::string correlationId;
    std::optional<std::string> fault;  // the injected fault's rule name
    std::string requestBody;           // the first kBodyExcerpt bytes
    std::string responseBody;          // the first kBodyExcerpt bytes
};

inline constexpr std::size_t kBodyExcerpt = 4096;
// A body cut to kBodyExcerpt bytes, never in the middle of a UTF-8 sequence.
std::string bodyExcerpt(const std::string& body);
// Its JSON: http/wire/journal_entry.hpp.

class Journal {
public:
    explicit Journal(std::size_t capacity);

    void record(JournalEntry entry);            // assigns the entry's seq
    std::vector<JournalEntry> entries() const;  // oldest first
    void clear();
    // Replaces the content (bundle import); entries keep their seq, numbering continues after them.
    void restore(std::vector<JournalEntry> entries, std::uint64_t dropped);

    std::size_t capacity() const { return capacity_; }
    std::size_t size() const;
    std::uint64_t dropped() const;

private:
    const std::size_t capacity_;
    mutable std::mutex mutex_;
    std::deque<JournalEntry> entries_;
    std::uint64_t nextSeq_ = 1;
    std::uint64_t dropped_ = 0;
};

}  // namespace pcsim::http
