#pragma once

// The book's orders, kept where their id finds them: (channel, ApplSeqNum) -> node.
//
// ApplSeqNum is dense per channel, so instead of hashing the id to find a node that lives
// elsewhere, each channel keeps pages of 4,096 nodes indexed by the number itself: the order
// with number s lives at offset s % 4096 of its channel's page s / 4096. Finding an order is a
// few reads of small hot tables and then the node itself: one cache miss where an index and a
// separate pool cost two (on a simulated morning, that second miss was a third of the time),
// and the orders of one moment sit side by side.
//
// Memory follows the live orders, not the day and not the values on the wire:
// - A page other than its channel's newest that falls below kSparse live orders is folded:
//   its orders move to overflow pages (a pool with a free list, found through a hash map) and
//   the page is reused. So each page holds at least kSparse live orders, or is its channel's
//   newest. Moving an order changes its node id; fold() reports each move so that whatever
//   links to the node (the level's queue) can follow.
// - Pages are only opened ahead of a channel's newest. A number behind it whose page is gone,
//   a number from 2^28 on (a channel's day is far below) and the channels beyond the first 64
//   go straight to the overflow.
// - All pages live in one reserved range of address space, committed 2 MiB at a time as it is
//   needed (advised as huge pages: lookups land anywhere in it) and kept until the index goes,
//   so a node id is simply an offset into it.

#include "md/IdMap.h"
#include "md/TickEvents.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <vector>

namespace ws::md {

namespace detail {
// A range of address space reserved up front (as much of `bytes` as the system grants) and
// committed from its start on demand, zeroed, in 2 MiB steps advised as huge pages.
class Arena
{
public:
    static constexpr std::size_t kStep = std::size_t{2} << 20;
    explicit Arena(std::size_t bytes);
    ~Arena();
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    std::byte* base() const { return base_; }
    std::size_t committed() const { return committed_; }
    // Commits kStep more; false when the reservation is used up or the memory is refused.
    bool grow();

private:
    std::byte* base_ = nullptr; // kStep aligned
    std::size_t reserved_ = 0;
    std::size_t committed_ = 0;
    void* mapping_ = nullptr;
    std::size_t mappingBytes_ = 0;
};
} // namespace detail

enum class OrderState : std::uint8_t { Free, Resting, Held }; // Free must be 0: pages start zeroed

// One order: 32 bytes, two to a cache line.
struct OrderNode
{
    static constexpr std::uint32_t kNone = ~std::uint32_t{0};
    std::int64_t price = 0;
    std::int64_t qty = 0;
    std::uint32_t prev = kNone; // time priority within the level
    std::uint32_t next = kNone;
    std::uint32_t home = 0; // Resting: its level (a LevelPool id); otherwise its book
    Side side = Side::Buy;
    OrderState state = OrderState::Free;
    bool traded = false;
    std::uint8_t tag = 0;
};
static_assert(sizeof(OrderNode) == 32);

class OrderIndex
{
public:
    static constexpr std::uint32_t kMissing = OrderNode::kNone;
    static constexpr std::uint64_t kDirectLimit = std::uint64_t{1} << 28; // numbers from here: overflow
    static constexpr std::size_t kMaxChannels = 64;                       // channels beyond: overflow
    static constexpr std::uint32_t kPageNodes = 4096;
    static constexpr std::uint32_t kSparse = 256; // an old page below this many live orders is folded
    static constexpr std::size_t kAge = 16;       // a page kAge behind its channel's newest is old

    OrderIndex()
        : slotOf_(65536, 0), arena_(kMaxPages * kPageBytes),
          nodes_(reinterpret_cast<OrderNode*>(arena_.base()))
    {
        channels_.reserve(kMaxChannels);
    }
    OrderIndex(const OrderIndex&) = delete;
    OrderIndex& operator=(const OrderIndex&) = delete;

    OrderNode& operator[](std::uint32_t id) { return nodes_[id]; }
    const OrderNode& operator[](std::uint32_t id) const { return nodes_[id]; }

    // key = channel << 48 | ApplSeqNum (the book's order key). The live order's node id, or
    // kMissing.
    std::uint32_t find(std::uint64_t key) const
    {
        const std::uint64_t seq = key & kSeqMask;
        const std::uint8_t slot = slotOf_[key >> 48];
        if (slot != 0 && seq < kDirectLimit) {
            const Channel& c = channels_[slot - 1u];
            const std::size_t p = seq >> kPageBits;
            if (p < c.pages.size() && c.pages[p] != kNoPage) {
                const std::uint32_t id =
                    c.pages[p] << kPageBits | static_cast<std::uint32_t>(seq & kPageMask);
                return (*this)[id].state != OrderState::Free ? id : kMissing;
            }
        }
        return overflow_.size() == 0 ? kMissing : overflow_.find(key);
    }

    // The node for a new order `key`, kMissing when `key` is live already (erase it first). The
    // caller fills it in and sets a state other than Free; erase() when the order goes.
    std::uint32_t insert(std::uint64_t key)
    {
        const std::uint64_t seq = key & kSeqMask;
        const std::uint8_t slot = slotOf_[key >> 48];
        if (slot != 0 && seq < kDirectLimit) {
            Channel& c = channels_[slot - 1u];
            const std::size_t p = seq >> kPageBits;
            if (p < c.pages.size() && c.pages[p] != kNoPage) {
                const std::uint32_t id =
                    c.pages[p] << kPageBits | static_cast<std::uint32_t>(seq & kPageMask);
                // A number above the channel's highest cannot be live: no need to read the node
                // (a cache miss) before it is written.
                if (seq > c.highest)
                    c.highest = seq;
                else if (nodes_[id].state != OrderState::Free)
                    return kMissing;
                ++size_;
                ++info_[c.pages[p]].live;
                // The channel's next orders come here next: fetch their lines ahead.
                __builtin_prefetch(nodes_ + id + kPrefetchAhead, 1);
                return id;
            }
        }
        return insertSlow(key);
    }

    // The order `key` at node `id` is gone.
    void erase(std::uint64_t key, std::uint32_t id)
    {
        nodes_[id].state = OrderState::Free;
        --size_;
        PageInfo& info = info_[id >> kPageBits];
        if (info.kind == PageKind::Overflow)
            eraseOverflow(key, id);
        else if (--info.live < kSparse && !info.queued)
            queueIfOld(id >> kPageBits);
    }

    std::size_t size() const { return size_; }

    // Pages waiting to be folded: fold() them when no node id is held anywhere but in the
    // nodes and levels (between events).
    bool foldPending() const { return !sparse_.empty(); }
    // Moves the live orders of sparse pages to the overflow; moved(from, to) after each move,
    // with the node already at `to` (its links still name the old ids of neighbours that move
    // later, whose own call fixes them).
    template <class Moved> void fold(Moved&& moved)
    {
        while (!sparse_.empty()) {
            const std::uint32_t pid = sparse_.back();
            sparse_.pop_back();
            info_[pid].queued = false;
            if (info_[pid].kind != PageKind::Direct || info_[pid].live >= kSparse)
                continue;
            Channel& c = channels_[info_[pid].channel];
            const std::size_t number = info_[pid].number;
            if (number + kAge > c.newest)
                continue;
            const std::uint64_t base = std::uint64_t{c.id} << 48 | std::uint64_t{number} << kPageBits;
            OrderNode* page = nodes_ + std::size_t{pid} * kPageNodes;
            for (std::uint32_t i = 0; i < kPageNodes && info_[pid].live > 0; ++i)
                if (page[i].state != OrderState::Free) {
                    const std::uint32_t to = allocateOverflow();
                    (*this)[to] = page[i];
                    page[i].state = OrderState::Free;
                    --info_[pid].live;
                    overflow_.insert(base | i, to);
                    moved(pid << kPageBits | i, to);
                }
            c.pages[number] = kNoPage;
            releasePage(pid);
        }
    }

    // Calls f(key, id) for every live order of one channel (no change to the index meanwhile).
    template <class F> void forEachInChannel(std::uint16_t channel, F&& f) const
    {
        if (const std::uint8_t slot = slotOf_[channel]) {
            const Channel& c = channels_[slot - 1u];
            for (std::size_t p = 0; p < c.pages.size(); ++p)
                if (c.pages[p] != kNoPage)
                    for (std::uint32_t i = 0; i < kPageNodes; ++i) {
                        const std::uint32_t id = c.pages[p] << kPageBits | i;
                        if ((*this)[id].state != OrderState::Free)
                            f(std::uint64_t{channel} << 48 | (std::uint64_t{p} << kPageBits | i), id);
                    }
        }
        overflow_.forEach([&](std::uint64_t key, std::uint32_t id) {
            if (key >> 48 == channel)
                f(key, id);
        });
    }

    // Forgets every order of one channel (its numbers may start again from 1).
    void eraseChannel(std::uint16_t channel);

    // Pages in use: direct (each holds kPageNodes nodes of one channel) and overflow.
    std::size_t directPages() const { return count(PageKind::Direct); }
    std::size_t overflowPages() const { return count(PageKind::Overflow); }
    // Orders kept in the overflow.
    std::size_t overflowSize() const { return overflow_.size(); }
    // Memory taken for pages so far (it is reused, and kept until the index goes).
    std::size_t committedBytes() const { return arena_.committed(); }

private:
    static constexpr int kPageBits = 12;
    static constexpr std::uint64_t kPageMask = kPageNodes - 1;
    static constexpr std::uint64_t kSeqMask = 0xFFFF'FFFF'FFFFull;
    static constexpr std::uint32_t kNoPage = ~std::uint32_t{0};
    static constexpr std::size_t kPageBytes = kPageNodes * sizeof(OrderNode);
    static constexpr std::uint32_t kPrefetchAhead = 16;                                // nodes: 8 cache lines
    static constexpr std::size_t kMaxPages = (std::size_t{1} << (32 - kPageBits)) - 1; // ids < kMissing
    static_assert(kPageNodes == 1u << kPageBits && detail::Arena::kStep % kPageBytes == 0);

    enum class PageKind : std::uint8_t { Spare, Direct, Overflow };
    struct PageInfo
    {
        std::uint32_t number = 0; // Direct: seq >> kPageBits
        std::uint16_t live = 0;   // Direct: live orders
        std::uint8_t channel = 0; // Direct: index in channels_
        PageKind kind = PageKind::Spare;
        bool queued = false; // in sparse_
    };
    struct Channel
    {
        std::uint16_t id = 0;
        std::vector<std::uint32_t> pages; // page id by seq >> kPageBits, kNoPage: none
        std::size_t newest = kNoPage;     // the highest page opened
        std::uint64_t highest = 0;        // the highest number inserted directly
    };

    // The slow paths (OrderBook.cpp).
    std::uint32_t insertSlow(std::uint64_t key);
    void eraseOverflow(std::uint64_t key, std::uint32_t id);
    void queueIfOld(std::uint32_t pid); // a sparse page: to fold, if it is old
    Channel* channelFor(std::uint16_t id);
    std::uint32_t takePage();
    void openPage(Channel& c, std::size_t p);
    std::uint32_t allocateOverflow();

    // A page whose nodes are all Free goes back to the spares.
    void releasePage(std::uint32_t pid)
    {
        info_[pid] = PageInfo{};
        spare_.push_back(pid);
    }

    std::size_t count(PageKind kind) const
    {
        return static_cast<std::size_t>(
            std::count_if(info_.begin(), info_.end(), [kind](const PageInfo& i) { return i.kind == kind; }));
    }

    std::vector<std::uint8_t> slotOf_; // channel id -> 1 + index in channels_, 0: none
    std::vector<Channel> channels_;
    detail::Arena arena_;               // the pages, page id p at p * kPageBytes
    OrderNode* nodes_ = nullptr;        // arena_.base(): node id i is nodes_[i]
    std::vector<PageInfo> info_;        // by page id
    std::vector<std::uint32_t> spare_;  // page ids, all nodes Free
    std::vector<std::uint32_t> sparse_; // direct pages to fold
    std::uint32_t freeOverflow_ = kMissing;
    IdMap overflow_{16}; // key -> node id of the orders in overflow pages
    std::size_t size_ = 0;
};

} // namespace ws::md
