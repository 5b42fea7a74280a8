#include "core/extract/OcrEngine.h"

#include <algorithm>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

namespace {
struct TextDeleter
{
    void operator()(char *p) const { delete[] p; }
};
using TesseractText = std::unique_ptr<char, TextDeleter>;
} // namespace

OcrEngine::OcrEngine() = default;

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
}

OcrEngine &OcrEngine::forThisThread()
{
    thread_local OcrEngine engine;
    return engine;
}

bool OcrEngine::isAvailable()
{
    if (m_tried)
        return m_available;
    m_tried = true;
    m_api = std::make_unique<tesseract::TessBaseAPI>();
    // The data folder is Tesseract's own default (or TESSDATA_PREFIX). German is what the library
    // holds; English comes along where it is installed, for the English parts of German documents.
    if (m_api->Init(nullptr, "deu+eng", tesseract::OEM_LSTM_ONLY) == 0
        || m_api->Init(nullptr, "deu", tesseract::OEM_LSTM_ONLY) == 0) {
        // Tesseract's progress and warnings would otherwise go to stderr for every page.
        m_api->SetVariable("debug_file", "/dev/null");
        // The API's default treats a page as one block of text; letters, forms and tables have
        // columns and boxes. Automatic page layout, as the tesseract command does.
        m_api->SetPageSegMode(tesseract::PSM_AUTO);
        m_available = true;
    } else {
        m_api.reset();
    }
    return m_available;
}

bool OcrEngine::isBlank(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    if (gray.isNull())
        return true;
    const uchar shade = gray.constScanLine(0)[0];
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        if (std::any_of(line, line + gray.width(), [shade](uchar c) { return c != shade; }))
            return false;
    }
    return true;
}

QString OcrEngine::missingReason()
{
    return tr("Text recognition (OCR) with German language data is not installed (Debian package "
              "tesseract-ocr-deu); with it, the text of scanned pages and images would be searchable.");
}

OcrEngine::Page OcrEngine::recognize(const QImage &image, int dpi, int timeoutSeconds)
{
    Page page;
    if (!isAvailable()) {
        page.error = missingReason();
        return page;
    }
    if (image.isNull() || image.width() <= 0 || image.height() <= 0) {
        page.error = tr("The page image is empty.");
        return page;
    }
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    // Tesseract finds nothing on a page of one shade, but thresholding and layout analysis of a
    // 300 dpi page still cost it ~0.15 s: blank pages (the empty back of a chapter, a page left
    // free for the printer) are the most common page without text in real PDFs.
    if (isBlank(gray))
        return page;
    m_api->SetImage(gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    m_api->SetSourceResolution(dpi);

    tesseract::ETEXT_DESC monitor;
    if (timeoutSeconds > 0)
        monitor.set_deadline_msecs(timeoutSeconds * 1000);
    const int status = m_api->Recognize(&monitor);
    page.timedOut = monitor.deadline_exceeded();
    if (status != 0 && !page.timedOut) {
        m_api->Clear();
        page.error = tr("Text recognition failed on this page.");
        return page;
    }

    const double width = gray.width();
    const double height = gray.height();
    QStringList lines;
    QString line;
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    if (it) {
        do {
            if (it->Empty(tesseract::RIL_WORD))
                continue;
            const TesseractText text(it->GetUTF8Text(tesseract::RIL_WORD));
            const QString word = QString::fromUtf8(text.get()).trimmed();
            if (word.isEmpty())
                continue;
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) && !line.isEmpty()) {
                lines.append(line);
                line.clear();
            }
            if (!line.isEmpty())
                line.append(u' ');
            line.append(word);
            int left = 0, top = 0, right = 0, bottom = 0;
            if (it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
                page.words.append(
                    { word,
                      QRectF(left / width, top / height, (right - left) / width, (bottom - top) / height) });
        } while (it->Next(tesseract::RIL_WORD));
    }
    if (!line.isEmpty())
        lines.append(line);
    page.text = lines.join(u'\n');
    m_api->Clear();
    return page;
}
