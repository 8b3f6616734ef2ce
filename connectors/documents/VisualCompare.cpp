#include "documents/VisualCompare.h"

#include "documents/RasterImage.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/video/tracking.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace ws::docsrc {

namespace {

// `image` scaled by `factor` onto a white canvas of `size` (cropped or padded at the right/bottom).
cv::Mat scaledOnto(const cv::Mat& image, double factor, cv::Size size)
{
    cv::Mat scaled;
    cv::resize(image, scaled, cv::Size(), factor, factor, cv::INTER_AREA);
    cv::Mat canvas(size, CV_8UC1, cv::Scalar(255));
    const cv::Rect overlap(0, 0, std::min(size.width, scaled.cols), std::min(size.height, scaled.rows));
    scaled(overlap).copyTo(canvas(overlap));
    return canvas;
}

// The alignment as a 3×3 matrix mapping A's pixels to B's pixels (affine or projective).
using Transform = cv::Matx33d;

bool plausible(const Transform& aToB, double dpiScale)
{
    const double a = aToB(0, 0) * dpiScale, b = aToB(0, 1) * dpiScale;
    const double c = aToB(1, 0) * dpiScale, d = aToB(1, 1) * dpiScale;
    const double scale = std::sqrt(std::abs(a * d - b * c));
    const double rotation = std::atan2(c, a) * 180.0 / CV_PI;
    return scale > 0.8 && scale < 1.25 && std::abs(rotation) < 10 && std::abs(aToB(2, 0)) < 1e-3 &&
           std::abs(aToB(2, 1)) < 1e-3;
}

// Ink as float (ink 1, paper 0: the blank margins add nothing), blurred so ECC's gradients reach
// across a few pixels of misalignment.
cv::Mat inkOf(const cv::Mat& grey)
{
    cv::Mat ink;
    grey.convertTo(ink, CV_32F, -1.0 / 255.0, 1.0);
    cv::GaussianBlur(ink, ink, cv::Size(5, 5), 1.2);
    return ink;
}

// Coarse translation by phase correlation, refined to an affine map by ECC, on a reduced blurred
// copy of the pages: about 250 px wide, where ECC costs a few milliseconds and still lands well
// inside a pixel of the full page (an iteration at 400 px already costs ~7 ms here).
bool alignEcc(const cv::Mat& greyA, const cv::Mat& greyB, double dpiScale, Transform* aToB)
{
    const double f = std::min(1.0, 256.0 / greyA.cols);
    cv::Mat smallA;
    cv::resize(greyA, smallA, cv::Size(), f, f, cv::INTER_AREA);
    const cv::Mat inkA = inkOf(smallA), inkB = inkOf(scaledOnto(greyB, f * dpiScale, smallA.size()));
    const cv::Point2d shift = cv::phaseCorrelate(inkA, inkB);
    cv::Mat warp =
        (cv::Mat_<float>(2, 3) << 1, 0, static_cast<float>(shift.x), 0, 1, static_cast<float>(shift.y));
    // Regions present on one side only (the very seal the comparison looks for) pull ECC off by a
    // fraction of a pixel and make it iterate long; where the pages disagree after the coarse
    // shift is left out of ECC from the start (unless that is most of the page: rotated or scaled).
    cv::Mat alignedB, disagreement, agree;
    cv::warpAffine(inkB, alignedB, warp, inkA.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP);
    cv::absdiff(inkA, alignedB, disagreement);
    cv::compare(disagreement, 0.25, agree, cv::CMP_LT);
    cv::erode(agree, agree, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
    const bool masked = cv::countNonZero(agree) > static_cast<int>(agree.total() * 3 / 4);
    if (masked)
        cv::warpAffine(agree, agree, warp, inkB.size(), cv::INTER_NEAREST); // ECC masks B's pixels
    double rho = 0;
    try {
        rho =
            cv::findTransformECC(inkA, inkB, warp, cv::MOTION_AFFINE,
                                 cv::TermCriteria(cv::TermCriteria::COUNT | cv::TermCriteria::EPS, 60, 1e-5),
                                 masked ? agree : cv::Mat(), 1);
    } catch (const cv::Exception&) {
        return false; // did not converge
    }
    if (!(rho > 0.6))
        return false;
    // Small pixels to full pixels: A_small = f·A, B_small = f·dpiScale·B.
    const double toB = 1.0 / (f * dpiScale);
    *aToB = Transform(warp.at<float>(0, 0) * f * toB, warp.at<float>(0, 1) * f * toB,
                      warp.at<float>(0, 2) * toB, warp.at<float>(1, 0) * f * toB,
                      warp.at<float>(1, 1) * f * toB, warp.at<float>(1, 2) * toB, 0, 0, 1);
    return plausible(*aToB, dpiScale);
}

// Feature matching for pages shifted or scaled too far for ECC: ORB, ratio test, RANSAC homography.
bool alignFeatures(const cv::Mat& greyA, const cv::Mat& greyB, double dpiScale, Transform* aToB)
{
    const double f = std::min(1.0, 900.0 / greyA.cols);
    cv::Mat smallA, smallB;
    cv::resize(greyA, smallA, cv::Size(), f, f, cv::INTER_AREA);
    cv::resize(greyB, smallB, cv::Size(), f * dpiScale, f * dpiScale, cv::INTER_AREA);
    const cv::Ptr<cv::ORB> orb = cv::ORB::create(3000);
    std::vector<cv::KeyPoint> keysA, keysB;
    cv::Mat descA, descB;
    orb->detectAndCompute(smallA, cv::noArray(), keysA, descA);
    orb->detectAndCompute(smallB, cv::noArray(), keysB, descB);
    if (keysA.size() < 12 || keysB.size() < 12)
        return false;
    cv::BFMatcher matcher(cv::NORM_HAMMING);
    std::vector<std::vector<cv::DMatch>> knn;
    matcher.knnMatch(descA, descB, knn, 2);
    std::vector<cv::Point2f> pointsA, pointsB;
    for (const auto& pair : knn) {
        if (pair.size() == 2 && pair[0].distance < 0.8f * pair[1].distance) {
            pointsA.push_back(keysA[static_cast<std::size_t>(pair[0].queryIdx)].pt);
            pointsB.push_back(keysB[static_cast<std::size_t>(pair[0].trainIdx)].pt);
        }
    }
    if (pointsA.size() < 12)
        return false;
    const cv::Mat h = cv::findHomography(pointsA, pointsB, cv::RANSAC, 3.0);
    if (h.empty())
        return false;
    const cv::Matx33d small(h);
    const cv::Matx33d fromA(f, 0, 0, 0, f, 0, 0, 0, 1);
    const double toB = 1.0 / (f * dpiScale);
    const cv::Matx33d intoB(toB, 0, 0, 0, toB, 0, 0, 0, 1);
    *aToB = intoB * small * fromA;
    const double w = (*aToB)(2, 2);
    if (std::abs(w) < 1e-9)
        return false;
    *aToB *= 1.0 / w;
    return plausible(*aToB, dpiScale);
}

void warpOnto(const cv::Mat& greyB, const Transform& aToB, cv::Size size, cv::Mat* warped)
{
    const bool affine = std::abs(aToB(2, 0)) < 1e-12 && std::abs(aToB(2, 1)) < 1e-12;
    if (affine) {
        const cv::Matx23d m(aToB(0, 0), aToB(0, 1), aToB(0, 2), aToB(1, 0), aToB(1, 1), aToB(1, 2));
        cv::warpAffine(greyB, *warped, m, size, cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_CONSTANT,
                       cv::Scalar(255));
    } else {
        cv::warpPerspective(greyB, *warped, aToB, size, cv::INTER_LINEAR | cv::WARP_INVERSE_MAP,
                            cv::BORDER_CONSTANT, cv::Scalar(255));
    }
}

struct PixelBox
{
    int x0, y0, x1, y1; // inclusive-exclusive
};

bool near(const PixelBox& a, const PixelBox& b, int distance)
{
    return a.x0 - distance < b.x1 && b.x0 - distance < a.x1 && a.y0 - distance < b.y1 &&
           b.y0 - distance < a.y1;
}

std::vector<PixelBox> mergeNear(std::vector<PixelBox> boxes, int distance)
{
    bool merged = true;
    while (merged) {
        merged = false;
        for (std::size_t i = 0; i < boxes.size() && !merged; ++i)
            for (std::size_t j = i + 1; j < boxes.size(); ++j)
                if (near(boxes[i], boxes[j], distance)) {
                    boxes[i] =
                        PixelBox{std::min(boxes[i].x0, boxes[j].x0), std::min(boxes[i].y0, boxes[j].y0),
                                 std::max(boxes[i].x1, boxes[j].x1), std::max(boxes[i].y1, boxes[j].y1)};
                    boxes.erase(boxes.begin() + static_cast<std::ptrdiff_t>(j));
                    merged = true;
                    break;
                }
    }
    return boxes;
}

// Full-page working images, kept per thread from one page to the next: allocating some 20 MB
// afresh for every page costs more than the comparison itself where page faults are slow (a VM:
// 190 ms a page instead of 35 ms once the heap has been trimmed by other work).
struct Workspace
{
    cv::Mat warped, smoothA, smoothB, maxA, minA, maxB, minB, lighter, darker, diff, mask, labels, stats,
        centroids;
};

Workspace& workspace()
{
    thread_local Workspace w;
    return w;
}

} // namespace

VisualDiff compareRasters(const Raster& a, const Raster& b, const VisualOptions& options)
{
    const auto started = std::chrono::steady_clock::now();
    VisualDiff result;
    const double pointsPerPixel = 72.0 / (a.dpi > 0 ? a.dpi : 72.0);
    auto finish = [&] {
        result.elapsedMs =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        return result;
    };
    if (a.empty() && b.empty()) {
        result.aligned = true;
        return finish();
    }
    if (a.empty() || b.empty()) {
        result.changedShare = 1;
        if (!a.empty())
            result.boxesA.push_back(Box{0, 0, static_cast<float>(a.width * pointsPerPixel),
                                        static_cast<float>(a.height * pointsPerPixel)});
        return finish();
    }
    Workspace& w = workspace();
    try {
        const cv::Mat greyA = greyImage(a, false);
        const cv::Mat greyB = greyImage(b, false);
        // B's pixels per A's pixel: the rasters' dpi when both are known, else the page widths.
        const double dpiScale =
            a.dpi > 0 && b.dpi > 0 ? a.dpi / b.dpi : static_cast<double>(a.width) / b.width;
        Transform aToB(1.0 / dpiScale, 0, 0, 0, 1.0 / dpiScale, 0, 0, 0, 1);
        result.aligned = !options.align;
        if (options.align) {
            Transform found;
            if (alignEcc(greyA, greyB, dpiScale, &found) || alignFeatures(greyA, greyB, dpiScale, &found)) {
                aToB = found;
                result.aligned = true;
            }
        }

        warpOnto(greyB, aToB, greyA.size(), &w.warped);

        // Report B → A with both rasters at A's dpi: shift in A's pixels, scale, rotation.
        const cv::Matx33d bScaledToA = (cv::Matx33d(dpiScale, 0, 0, 0, dpiScale, 0, 0, 0, 1) * aToB).inv();
        result.shiftX = bScaledToA(0, 2);
        result.shiftY = bScaledToA(1, 2);
        result.scale =
            std::sqrt(std::abs(bScaledToA(0, 0) * bScaledToA(1, 1) - bScaledToA(0, 1) * bScaledToA(1, 0)));
        result.rotationDeg = std::atan2(bScaledToA(1, 0), bScaledToA(0, 0)) * 180.0 / CV_PI;

        cv::GaussianBlur(greyA, w.smoothA, cv::Size(3, 3), 0.8);
        cv::GaussianBlur(w.warped, w.smoothB, cv::Size(3, 3), 0.8);
        const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3));
        cv::dilate(w.smoothA, w.maxA, kernel);
        cv::erode(w.smoothA, w.minA, kernel);
        cv::dilate(w.smoothB, w.maxB, kernel);
        cv::erode(w.smoothB, w.minB, kernel);
        cv::subtract(w.smoothA, w.maxB, w.lighter); // ink only in B
        cv::subtract(w.minB, w.smoothA, w.darker);  // ink only in A
        cv::max(w.lighter, w.darker, w.diff);
        cv::subtract(w.smoothB, w.maxA, w.lighter);
        cv::max(w.diff, w.lighter, w.diff);
        cv::subtract(w.minA, w.smoothB, w.darker);
        cv::max(w.diff, w.darker, w.diff);
        cv::threshold(w.diff, w.mask, options.threshold, 255, cv::THRESH_BINARY);
        result.changedShare =
            static_cast<double>(cv::countNonZero(w.mask)) / static_cast<double>(w.mask.total());

        const int reach = std::max(1, options.mergeDistancePx);
        cv::morphologyEx(w.mask, w.mask, cv::MORPH_CLOSE,
                         cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * reach + 1, 2 * reach + 1)));
        const int count = cv::connectedComponentsWithStats(w.mask, w.labels, w.stats, w.centroids, 8, CV_32S);
        std::vector<PixelBox> boxes;
        for (int i = 1; i < count; ++i) {
            if (w.stats.at<int>(i, cv::CC_STAT_AREA) < options.minAreaPx)
                continue;
            const int x = w.stats.at<int>(i, cv::CC_STAT_LEFT), y = w.stats.at<int>(i, cv::CC_STAT_TOP);
            boxes.push_back(PixelBox{x, y, x + w.stats.at<int>(i, cv::CC_STAT_WIDTH),
                                     y + w.stats.at<int>(i, cv::CC_STAT_HEIGHT)});
        }
        for (const PixelBox& box : mergeNear(std::move(boxes), options.mergeDistancePx))
            result.boxesA.push_back(Box{
                static_cast<float>(box.x0 * pointsPerPixel), static_cast<float>(box.y0 * pointsPerPixel),
                static_cast<float>(box.x1 * pointsPerPixel), static_cast<float>(box.y1 * pointsPerPixel)});
    } catch (const cv::Exception&) {
        result.aligned = false;
        result.boxesA.clear();
        result.changedShare = 1;
        result.boxesA.push_back(Box{0, 0, static_cast<float>(a.width * pointsPerPixel),
                                    static_cast<float>(a.height * pointsPerPixel)});
    }
    return finish();
}

} // namespace ws::docsrc
