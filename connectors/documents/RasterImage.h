#pragma once

// A Raster seen as an OpenCV image, shared by the OCR and the visual compare.

#include "documents/PageContent.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace ws::docsrc {

// The page in 8-bit grey. A grey raster comes back as a view of its pixels unless `copy` is set
// (the caller then owns pixels it may modify); colour rasters are always converted.
inline cv::Mat greyImage(const Raster& page, bool copy)
{
    const int type = page.channels == 4 ? CV_8UC4 : (page.channels == 3 ? CV_8UC3 : CV_8UC1);
    const cv::Mat view(page.height, page.width, type, const_cast<std::uint8_t*>(page.pixels.data()),
                       static_cast<std::size_t>(page.stride));
    cv::Mat grey;
    if (page.channels == 4)
        cv::cvtColor(view, grey, cv::COLOR_BGRA2GRAY);
    else if (page.channels == 3)
        cv::cvtColor(view, grey, cv::COLOR_BGR2GRAY);
    else
        grey = copy ? view.clone() : view;
    return grey;
}

} // namespace ws::docsrc
