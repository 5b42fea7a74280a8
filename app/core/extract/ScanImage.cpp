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

QImage loadWithLeptonica(const QString &path, QString *error)
{
    QByteArray data;
    // A compressed scan is rarely larger than its pixels; the pixel bound comes next.
    const QString readError = SourceFile::readAll(path, 512ll * 1024 * 1024, &data);
    if (!readError.isEmpty()) {
        *error = readError;
        return {};
    }
    setMsgSeverity(L_SEVERITY_NONE); // damaged files are reported through *error, not on stderr
    const auto *bytes = reinterpret_cast<const l_uint8 *>(data.constData());
    l_int32 format = 0;
    l_int32 width = 0, height = 0;
    if (findFileFormatBuffer(bytes, &format) != 0 || (format != IFF_WEBP && !L_FORMAT_IS_TIFF(format))
        || pixReadHeaderMem(bytes, size_t(data.size()), nullptr, &width, &height, nullptr, nullptr, nullptr)
            != 0
        || width <= 0 || height <= 0) {
        *error = ScanImage::tr("The image cannot be read; it may be damaged or of a kind not supported.");
        return {};
    }
    if (qint64(width) * height > ScanImage::MaxPixels) {
        *error = tooLarge(width, height);
        return {};
    }
    // The first page of a multi-page TIFF.
    PixPtr pix(pixReadMem(bytes, size_t(data.size())));
    PixPtr rgb(pix ? pixConvertTo32(pix.get()) : nullptr);
    if (!rgb) {
        *error = ScanImage::tr("The image cannot be read; it may be damaged or of a kind not supported.");
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
    return image;
}

} // namespace

int ScanImage::resolution(const QImage &image)
{
    const int dpi = qRound(image.dotsPerMeterX() * 0.0254);
    return dpi >= 150 && dpi <= 1200 ? dpi : 300;
}

QImage ScanImage::load(const QString &path, QString *error)
{
    const QString checkError = SourceFile::check(path);
    if (!checkError.isEmpty()) {
        *error = checkError;
        return {};
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    if (reader.canRead()) {
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
    return loadWithLeptonica(path, error);
}
