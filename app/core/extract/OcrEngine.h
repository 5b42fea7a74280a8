#pragma once

#include "core/extract/OcrBoxes.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

// Reads the text of a page image with Tesseract (German and English), keeping each word's box.
// One engine serves one thread (Tesseract's API object is not shared); forThisThread() keeps one
// per thread, loaded once, since loading the language data costs a few hundred milliseconds.
class OcrEngine
{
    Q_DECLARE_TR_FUNCTIONS(OcrEngine)

public:
    // Pages are rendered at this resolution for recognition; Tesseract is trained on about 300 dpi.
    static constexpr int Dpi = 300;

    struct Page
    {
        QString text; // lines as read, joined with '\n'
        QList<OcrWord> words; // boxes as fractions of the image
        bool timedOut = false; // stopped at the time limit; text and words are what was read until then
        QString error;
    };

    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    static OcrEngine &forThisThread();

    // False when Tesseract's German language data is not installed (or cannot be loaded): then
    // nothing is recognized and missingReason() says what to install.
    bool isAvailable();
    static QString missingReason();

    Page recognize(const QImage &image, int dpi, int timeoutSeconds);
    // Whether the image is one shade of grey throughout (in the greys Tesseract reads): nothing on
    // it to read, so recognize() answers without asking Tesseract.
    static bool isBlank(const QImage &image);

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    bool m_tried = false;
    bool m_available = false;
};
