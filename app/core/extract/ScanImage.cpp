#include "core/extract/ScanImage.h"

#include "core/extract/SourceFile.h"

#include <QImageReader>
#include <leptonica/allheaders.h>
#include <memory>

namespace {

struct PixDeleter
{
    void operator()(PIX *pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

QString tooLarge(qint64 width, qint64 height)
{
    return ScanImage::tr("The image is too large to read (%1 × %2 pixels).").arg(width).arg(height);
}

QString unreadable()
{
    return ScanImage::tr("The image cannot be read; it may be damaged or of a kind not supported.");
}

} // namespace

ScanImage::ScanImage(const QString &path)
    : m_path(path)
{
    m_error = SourceFile::check(path);
    if (!m_error.isEmpty())
        return;
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    if (reader.canRead() && reader.format() != "tiff") {
        m_qt = true;
        m_pageCount = 1;
        return;
    }
    // A compressed scan is rarely larger than its pixels; each page's pixels are bounded next.
    m_error = SourceFile::readAll(path, 512ll * 1024 * 1024, &m_data);
    if (!m_error.isEmpty())
        return;
    setMsgSeverity(L_SEVERITY_NONE); // damaged files are reported through error(), not on stderr
    const auto *bytes = reinterpret_cast<const l_uint8 *>(m_data.constData());
    l_int32 format = 0;
    if (findFileFormatBuffer(bytes, &format) != 0 || (format != IFF_WEBP && !L_FORMAT_IS_TIFF(format))) {
        m_error = unreadable();
        m_data.clear();
        return;
    }
    m_tiff = L_FORMAT_IS_TIFF(format);
    l_int32 pages = 1;
    if (m_tiff) {
        FILE *stream = fopenReadFromMemory(bytes, size_t(m_data.size()));
        if (!stream || tiffGetCount(stream, &pages) != 0)
            pages = 0;
        if (stream)
            fclose(stream);
    }
    if (pages <= 0) {
        m_error = unreadable();
        m_data.clear();
        return;
    }
    m_pageCount = int(pages);
}

QImage ScanImage::page(int index, QString *error) const
{
    if (!m_error.isEmpty() || index < 0 || index >= m_pageCount) {
        *error = m_error.isEmpty() ? tr("The image has no page %1.").arg(index + 1) : m_error;
        return {};
    }
    return m_qt ? readWithQt(error) : readWithLeptonica(index, error);
}

QImage ScanImage::readWithQt(QString *error) const
{
    QImageReader reader(m_path);
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaxPixels) {
        *error = tooLarge(size.width(), size.height());
        return {};
    }
    reader.setAllocationLimit(int(MaxPixels * 4 / (1024 * 1024)) + 1);
    reader.setAutoTransform(true); // a phone photo's orientation
    QImage image = reader.read();
    if (image.isNull())
        *error = tr("The image cannot be read: %1").arg(reader.errorString());
    return image;
}

QImage ScanImage::readWithLeptonica(int index, QString *error) const
{
    const auto *bytes = reinterpret_cast<const l_uint8 *>(m_data.constData());
    const auto size = size_t(m_data.size());
    l_int32 width = 0, height = 0;
    const l_ok header = m_tiff
        ? readHeaderMemTiff(bytes, size, index, &width, &height, nullptr, nullptr, nullptr, nullptr, nullptr)
        : pixReadHeaderMem(bytes, size, nullptr, &width, &height, nullptr, nullptr, nullptr);
    if (header != 0 || width <= 0 || height <= 0) {
        *error = unreadable();
        return {};
    }
    if (qint64(width) * height > MaxPixels) {
        *error = tooLarge(width, height);
        return {};
    }
    PixPtr pix(m_tiff ? pixReadMemTiff(bytes, size, index) : pixReadMem(bytes, size));
    PixPtr rgb(pix ? pixConvertTo32(pix.get()) : nullptr);
    if (!rgb) {
        *error = unreadable();
        return {};
    }
    const int w = int(pixGetWidth(rgb.get()));
    const int h = int(pixGetHeight(rgb.get()));
    QImage image(w, h, QImage::Format_RGB32);
    if (image.isNull()) {
        *error = tooLarge(w, h);
        return {};
    }
    const l_uint32 *pixels = pixGetData(rgb.get());
    const int wordsPerLine = int(pixGetWpl(rgb.get()));
    for (int y = 0; y < h; ++y) {
        const l_uint32 *in = pixels + qsizetype(y) * wordsPerLine;
        auto *out = reinterpret_cast<QRgb *>(image.scanLine(y));
        // Leptonica keeps a pixel as 0xRRGGBBAA in a native word.
        for (int x = 0; x < w; ++x)
            out[x] = qRgb(int(in[x] >> 24), int((in[x] >> 16) & 0xff), int((in[x] >> 8) & 0xff));
    }
    // The resolution the TIFF names, so that resolution() sees it as it sees a PNG's.
    const l_int32 dpi = pixGetXRes(pix.get());
    if (dpi > 0) {
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(qMax(1, int(pixGetYRes(pix.get()))) / 0.0254));
    }
    return image;
}

int ScanImage::resolution(const QImage &image)
{
    const int dpi = qRound(image.dotsPerMeterX() * 0.0254);
    return dpi >= 150 && dpi <= 1200 ? dpi : 300;
}

QImage ScanImage::load(const QString &path, QString *error)
{
    const ScanImage image(path);
    return image.page(0, error);
}
