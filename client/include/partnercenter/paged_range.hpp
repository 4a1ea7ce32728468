// A paged list as a C++20 input range: iterating it walks every item of every page, fetching the
// next page (links.next + its MS-ContinuationToken header) only when the previous one is used up.
//
//   for (const models::Customer& c : partner.customers().list(100)) ...
#pragma once

#include "partnercenter/models/common.hpp"

#include <cstddef>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <utility>

namespace partnercenter {

template <class T>
class PagedRange {
public:
    using Page = models::Collection<T>;
    /// Fetches the first page (nullopt) or the page a `next` link points at.
    using FetchPage = std::function<Page(const std::optional<models::Link>& next)>;

    explicit PagedRange(FetchPage fetch) : fetch_(std::move(fetch)) {}

    class iterator {
    public:
        using iterator_concept = std::input_iterator_tag;
        using iterator_category = std::input_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T*;
        using reference = const T&;

        iterator() = default;

        reference operator*() const { return state_->page.items[state_->index]; }
        pointer operator->() const { return &**this; }
        iterator& operator++() {
            ++state_->index;
            state_->settle();
            return *this;
        }
        void operator++(int) { ++*this; }
        friend bool operator==(const iterator& it, std::default_sentinel_t) { return !it.state_ || it.state_->done(); }

    private:
        friend class PagedRange;
        struct State {
            FetchPage fetch;
            Page page{};
            std::size_t index = 0;

            bool done() const { return index >= page.items.size(); }
            // Moves past exhausted pages (an empty page may still have a next link).
            void settle() {
                while (index >= page.items.size() && page.links && page.links->next) {
                    models::Link next = *page.links->next;
                    page = fetch(next);
                    index = 0;
                }
            }
        };
        explicit iterator(std::shared_ptr<State> state) : state_(std::move(state)) {}
        std::shared_ptr<State> state_{};
    };

    /// Starts a new walk from the first page.
    iterator begin() const {
        auto state = std::make_shared<typename iterator::State>();
        state->fetch = fetch_;
        state->page = fetch_(std::nullopt);
        state->settle();
        return iterator(std::move(state));
    }
    std::default_sentinel_t end() const noexcept { return {}; }

private:
    FetchPage fetch_;
};

}  // namespace partnercenter
