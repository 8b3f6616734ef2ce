#pragma once

// Page images compared as pictures: B aligned onto A (ECC, falling back to ORB features and a
// homography when the pages are shifted or scaled a lot), a difference mask, and the boxes around
// its connected regions. Catches what text extraction misses: seals, signatures, images, fonts,
// tables drawn as graphics.

#include "documents/PageContent.h"

#include <vector>

namespace ws::docsrc {

struct VisualOptions
{
    int threshold = 48;      // grey-level difference that counts (0–255)
    int minAreaPx = 16;      // smaller regions are noise
    int mergeDistancePx = 6; // regions this close become one box
    bool align = true;
};

struct VisualDiff
{
    bool aligned = false; // alignment converged (or was not needed)
    // B → A with both rasters brought to A's dpi: shift in A's pixels, scale, rotation in degrees.
    double shiftX = 0, shiftY = 0, scale = 1, rotationDeg = 0;
    std::vector<Box> boxesA; // difference regions in A's page points (raster.dpi converts)
    double changedShare = 0; // share of pixels that differ after alignment
    double elapsedMs = 0;
};

VisualDiff compareRasters(const Raster& a, const Raster& b, const VisualOptions& options = {});

} // namespace ws::docsrc
