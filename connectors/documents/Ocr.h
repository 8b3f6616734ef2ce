#pragma once

// Scans and images to text: OpenCV preprocessing (deskew, denoise, binarise, layout blocks) then
// Tesseract (chi_sim + eng by default), keeping each character's box and confidence.

#include "documents/PageContent.h"

#include <atomic>
#include <string>

namespace ws::docsrc {

struct OcrOptions
{
    std::string languages = "chi_sim+eng";
    std::string dataPath; // empty: Tesseract's own default (Debian: /usr/share/tesseract-ocr/5/tessdata)
    bool deskew = true;
    bool denoise = true;
    const std::atomic_bool* cancel = nullptr;
};

// True when Tesseract and every requested language are installed; otherwise `why` says what is missing.
bool ocrAvailable(const OcrOptions& options, std::string* why);

// Recognises one page raster (any dpi; boxes come back in page points, using raster.dpi).
PageText recognise(const Raster& page, int pageNumber, const OcrOptions& options, SourceError* error);

// Reads an image file (PNG, JPEG, TIFF, BMP) as a grey raster; `dpi` from the file or 300.
Raster loadImage(const std::string& path, SourceError* error);

} // namespace ws::docsrc
