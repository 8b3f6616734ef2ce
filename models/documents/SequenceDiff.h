#pragma once

// Diff of two sequences of integer ids (paragraph hashes or token ids), as the blocks they share.
//
// Common prefix and suffix are trimmed first. Short ranges go to Myers' O(ND) algorithm
// (linear-space middle-snake bisection, as in diff-match-patch). Long ranges are first anchored
// on shingles of `shingle` ids that occur exactly once on each side (patience diff; the longest
// increasing run of anchors keeps the order), then the gaps between anchors are diffed the same
// way, so a long document with scattered edits costs close to linear time. A gap whose Myers
// cost would exceed `myersBudget` is reported as replaced whole rather than taking forever.

#include <atomic>
#include <cstdint>
#include <span>
#include <vector>

namespace ws::documents {

struct MatchBlock
{
    int a = 0, b = 0, length = 0; // a[a + i] == b[b + i] for i < length
    friend bool operator==(const MatchBlock&, const MatchBlock&) = default;
};

struct SequenceDiffLimits
{
    int anchorAbove = 2048;                // n + m beyond which anchors are sought first
    int shingle = 1;                       // anchor on unique runs of this many ids
    std::int64_t myersBudget = 40'000'000; // about (n + m) · D steps per gap
};

// Blocks in increasing order on both sides, adjacent blocks merged. Stops early (returning what
// it has) when `cancel` is set.
std::vector<MatchBlock> matchBlocks(std::span<const int> a, std::span<const int> b,
                                    const SequenceDiffLimits& limits = {},
                                    const std::atomic_bool* cancel = nullptr);

// As matchBlocks, appending blocks with a and b offset by aOffset and bOffset.
void appendMatchBlocks(std::span<const int> a, int aOffset, std::span<const int> b, int bOffset,
                       std::vector<MatchBlock>& out, const SequenceDiffLimits& limits = {},
                       const std::atomic_bool* cancel = nullptr);

// Insertions plus deletions that the blocks leave: n + m - 2 · matched.
int editCount(const std::vector<MatchBlock>& blocks, int n, int m);

} // namespace ws::documents
