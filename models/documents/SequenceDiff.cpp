#include "documents/SequenceDiff.h"

#include <algorithm>

namespace ws::documents {

namespace {

class Differ
{
public:
    Differ(std::span<const int> a, int aOffset, std::span<const int> b, int bOffset,
           std::vector<MatchBlock>& out, const SequenceDiffLimits& limits, const std::atomic_bool* cancel)
        : a_(a), b_(b), aOffset_(aOffset), bOffset_(bOffset), out_(out), limits_(limits), cancel_(cancel)
    {}

    void run() { diffRange(0, static_cast<int>(a_.size()), 0, static_cast<int>(b_.size()), 0); }

private:
    bool cancelled() const { return cancel_ && cancel_->load(std::memory_order_relaxed); }

    void record(int a, int b, int length)
    {
        if (length <= 0)
            return;
        a += aOffset_;
        b += bOffset_;
        if (!out_.empty()) {
            MatchBlock& last = out_.back();
            if (last.a + last.length == a && last.b + last.length == b) {
                last.length += length;
                return;
            }
        }
        out_.push_back(MatchBlock{a, b, length});
    }

    // Trims the common prefix (emitted now) and suffix (returned, to emit after the middle).
    int trim(int& alo, int& ahi, int& blo, int& bhi)
    {
        int p = 0;
        while (alo + p < ahi && blo + p < bhi && a_[alo + p] == b_[blo + p])
            ++p;
        record(alo, blo, p);
        alo += p;
        blo += p;
        int s = 0;
        while (ahi - s > alo && bhi - s > blo && a_[ahi - s - 1] == b_[bhi - s - 1])
            ++s;
        ahi -= s;
        bhi -= s;
        return s;
    }

    void diffRange(int alo, int ahi, int blo, int bhi, int depth)
    {
        if (cancelled())
            return;
        const int suffix = trim(alo, ahi, blo, bhi);
        if (alo < ahi && blo < bhi) {
            if ((ahi - alo) + (bhi - blo) > limits_.anchorAbove && depth < 8 &&
                anchored(alo, ahi, blo, bhi, depth)) {
                // done by anchors
            } else {
                myers(alo, ahi, blo, bhi);
            }
        }
        record(ahi, bhi, suffix);
    }

    struct Shingle
    {
        std::uint64_t key;
        int pos;
        int side; // 0 = a, 1 = b
    };

    std::uint64_t shingleKey(std::span<const int> s, int at, int k) const
    {
        std::uint64_t h = 1469598103934665603ULL;
        for (int j = 0; j < k; ++j)
            h = (h ^ static_cast<std::uint32_t>(s[at + j])) * 1099511628211ULL;
        return h;
    }

    // Patience step: anchors on shingles unique on both sides, longest increasing chain of them,
    // then recursion into the gaps. False when no anchor exists.
    bool anchored(int alo, int ahi, int blo, int bhi, int depth)
    {
        int k = std::max(1, limits_.shingle);
        if (ahi - alo < k || bhi - blo < k)
            k = 1;
        std::vector<Shingle> shingles;
        shingles.reserve(static_cast<std::size_t>((ahi - alo) + (bhi - blo)));
        for (int i = alo; i + k <= ahi; ++i)
            shingles.push_back(Shingle{shingleKey(a_, i, k), i, 0});
        for (int i = blo; i + k <= bhi; ++i)
            shingles.push_back(Shingle{shingleKey(b_, i, k), i, 1});
        std::sort(shingles.begin(), shingles.end(), [](const Shingle& x, const Shingle& y) {
            return x.key != y.key ? x.key < y.key : x.side < y.side;
        });
        std::vector<std::pair<int, int>> anchors; // (a, b)
        for (std::size_t i = 0; i < shingles.size();) {
            std::size_t j = i;
            while (j < shingles.size() && shingles[j].key == shingles[i].key)
                ++j;
            if (j - i == 2 && shingles[i].side == 0 && shingles[i + 1].side == 1) {
                const int pa = shingles[i].pos, pb = shingles[i + 1].pos;
                if (std::equal(a_.begin() + pa, a_.begin() + pa + k, b_.begin() + pb))
                    anchors.emplace_back(pa, pb);
            }
            i = j;
        }
        if (anchors.empty())
            return false;
        std::sort(anchors.begin(), anchors.end());
        // Longest increasing subsequence on b (patience sorting with back links).
        std::vector<int> tails, tailIndex, previous(anchors.size(), -1);
        for (std::size_t i = 0; i < anchors.size(); ++i) {
            const int pb = anchors[i].second;
            const auto it = std::lower_bound(tails.begin(), tails.end(), pb);
            const auto slot = static_cast<std::size_t>(it - tails.begin());
            if (slot > 0)
                previous[i] = tailIndex[slot - 1];
            if (it == tails.end()) {
                tails.push_back(pb);
                tailIndex.push_back(static_cast<int>(i));
            } else {
                *it = pb;
                tailIndex[slot] = static_cast<int>(i);
            }
        }
        std::vector<std::pair<int, int>> chain;
        for (int i = tailIndex.back(); i >= 0; i = previous[static_cast<std::size_t>(i)])
            chain.push_back(anchors[static_cast<std::size_t>(i)]);
        std::reverse(chain.begin(), chain.end());

        int curA = alo, curB = blo;
        for (auto [pa, pb] : chain) {
            if (pa < curA || pb < curB)
                continue; // inside the previous anchor's extended match
            while (pa > curA && pb > curB && a_[pa - 1] == b_[pb - 1]) {
                --pa;
                --pb;
            }
            diffRange(curA, pa, curB, pb, depth + 1);
            int length = 0;
            while (pa + length < ahi && pb + length < bhi && a_[pa + length] == b_[pb + length])
                ++length;
            record(pa, pb, length);
            curA = pa + length;
            curB = pb + length;
        }
        diffRange(curA, ahi, curB, bhi, depth + 1);
        return true;
    }

    void myers(int alo, int ahi, int blo, int bhi)
    {
        if (cancelled())
            return;
        const int suffix = trim(alo, ahi, blo, bhi);
        const int n = ahi - alo, m = bhi - blo;
        if (n > 0 && m > 0) {
            if (n == 1 || m == 1) {
                // One element against a run: it matches at its first occurrence, if any.
                if (n == 1) {
                    for (int j = blo; j < bhi; ++j)
                        if (b_[j] == a_[alo]) {
                            record(alo, j, 1);
                            break;
                        }
                } else {
                    for (int i = alo; i < ahi; ++i)
                        if (a_[i] == b_[blo]) {
                            record(i, blo, 1);
                            break;
                        }
                }
            } else {
                int x = 0, y = 0;
                if (bisect(alo, n, blo, m, x, y)) {
                    myers(alo, alo + x, blo, blo + y);
                    myers(alo + x, ahi, blo + y, bhi);
                }
                // else: nothing in common within budget, the gap is one replacement.
            }
        }
        record(ahi, bhi, suffix);
    }

    // Middle snake of a[alo, alo+n) against b[blo, blo+m) (Myers 1986, as in diff-match-patch).
    bool bisect(int alo, int n, int blo, int m, int& splitX, int& splitY)
    {
        const int maxD = (n + m + 1) / 2;
        const std::int64_t budgetD = std::max<std::int64_t>(64, limits_.myersBudget / (n + m));
        const int dLimit = static_cast<int>(std::min<std::int64_t>(maxD, budgetD));
        const int vOffset = maxD;
        const int vLength = 2 * maxD + 2;
        v1_.assign(static_cast<std::size_t>(vLength), -1);
        v2_.assign(static_cast<std::size_t>(vLength), -1);
        v1_[static_cast<std::size_t>(vOffset + 1)] = 0;
        v2_[static_cast<std::size_t>(vOffset + 1)] = 0;
        const int delta = n - m;
        const bool front = (delta % 2) != 0;
        int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        const int* A = a_.data() + alo;
        const int* B = b_.data() + blo;
        auto v1 = [this](int i) -> int& { return v1_[static_cast<std::size_t>(i)]; };
        auto v2 = [this](int i) -> int& { return v2_[static_cast<std::size_t>(i)]; };
        for (int d = 0; d < dLimit; ++d) {
            if ((d & 63) == 0 && cancelled())
                return false;
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const int k1Offset = vOffset + k1;
                int x1 = (k1 == -d || (k1 != d && v1(k1Offset - 1) < v1(k1Offset + 1)))
                             ? v1(k1Offset + 1)
                             : v1(k1Offset - 1) + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && A[x1] == B[y1]) {
                    ++x1;
                    ++y1;
                }
                v1(k1Offset) = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    const int k2Offset = vOffset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < vLength && v2(k2Offset) != -1) {
                        const int x2 = n - v2(k2Offset);
                        if (x1 >= x2) {
                            splitX = x1;
                            splitY = y1;
                            return true;
                        }
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const int k2Offset = vOffset + k2;
                int x2 = (k2 == -d || (k2 != d && v2(k2Offset - 1) < v2(k2Offset + 1)))
                             ? v2(k2Offset + 1)
                             : v2(k2Offset - 1) + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && A[n - x2 - 1] == B[m - y2 - 1]) {
                    ++x2;
                    ++y2;
                }
                v2(k2Offset) = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const int k1Offset = vOffset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < vLength && v1(k1Offset) != -1) {
                        const int x1 = v1(k1Offset);
                        const int y1 = vOffset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            splitX = x1;
                            splitY = y1;
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    std::span<const int> a_, b_;
    int aOffset_, bOffset_;
    std::vector<MatchBlock>& out_;
    const SequenceDiffLimits& limits_;
    const std::atomic_bool* cancel_;
    std::vector<int> v1_, v2_;
};

} // namespace

void appendMatchBlocks(std::span<const int> a, int aOffset, std::span<const int> b, int bOffset,
                       std::vector<MatchBlock>& out, const SequenceDiffLimits& limits,
                       const std::atomic_bool* cancel)
{
    Differ(a, aOffset, b, bOffset, out, limits, cancel).run();
}

std::vector<MatchBlock> matchBlocks(std::span<const int> a, std::span<const int> b,
                                    const SequenceDiffLimits& limits, const std::atomic_bool* cancel)
{
    std::vector<MatchBlock> out;
    appendMatchBlocks(a, 0, b, 0, out, limits, cancel);
    return out;
}

int editCount(const std::vector<MatchBlock>& blocks, int n, int m)
{
    int matched = 0;
    for (const MatchBlock& block : blocks)
        matched += block.length;
    return n + m - 2 * matched;
}

} // namespace ws::documents
