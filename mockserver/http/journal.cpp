#include "http/journal.hpp"

#include <algorithm>

namespace pcsim::http {

std::string bodyExcerpt(const std::string& body) {
    if (body.size() <= kBodyExcerpt) return body;
    std::size_t cut = kBodyExcerpt;
    // Step back over continuation bytes (10xxxxxx) so that the excerpt stays valid UTF-8.
    while (cut > 0 && (static_cast<unsigned char>(body[cut]) & 0xC0) == 0x80) --cut;
    return body.substr(0, cut);
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
