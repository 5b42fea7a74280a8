#include "TestScanWriter.h"

#include <QBuffer>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <memory>
#include <poppler-qt6.h>

namespace {
const QPageSize SmallPage(QSizeF(120, 60), QPageSize::Millimeter, QStringLiteral("Test"));

void drawLines(QPainter &painter, const QStringList &lines, int resolution)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(22);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const int margin = resolution / 3;
    const int lineHeight = resolution * 22 * 3 / (2 * 72);
    int y = margin + lineHeight;
    for (const QString &line : lines) {
        painter.drawText(margin, y, line);
        y += lineHeight;
    }
}
} // namespace

TestScanWriter &TestScanWriter::addTextPage(const QStringList &lines)
{
    m_pages.append({ lines, false });
    return *this;
}

TestScanWriter &TestScanWriter::addScannedPage(const QStringList &lines)
{
    m_pages.append({ lines, true });
    return *this;
}

QByteArray TestScanWriter::textPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(SmallPage);
        writer.setPageMargins(QMarginsF());
        writer.setResolution(Dpi);
        QPainter painter(&writer);
        for (int i = 0; i < m_pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            drawLines(painter, m_pages.at(i).lines, Dpi);
        }
    }
    return bytes;
}

QImage TestScanWriter::renderPage(int index) const
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(textPdf());
    if (!doc)
        return {};
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    std::unique_ptr<Poppler::Page> page = doc->page(index);
    return page ? page->renderToImage(Dpi, Dpi) : QImage();
}

bool TestScanWriter::writePdf(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QPdfWriter writer(&file);
    writer.setPageSize(SmallPage);
    writer.setPageMargins(QMarginsF());
    writer.setResolution(Dpi);
    QPainter painter(&writer);
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        if (m_pages.at(i).scanned) {
            const QImage image = renderPage(i);
            if (image.isNull())
                return false;
            painter.drawImage(QRect(QPoint(0, 0), image.size()), image);
        } else {
            drawLines(painter, m_pages.at(i).lines, Dpi);
        }
    }
    return painter.end();
}

bool TestScanWriter::writeImage(const QString &path) const
{
    const QImage image = renderPage(0);
    return !image.isNull() && image.save(path);
}

bool TestScanWriter::writeTiff(const QString &path) const
{
    QByteArray tiff("II*\0", 4);
    auto u16 = [&](quint16 v) { tiff.append(char(v & 0xff)).append(char(v >> 8)); };
    auto u32 = [&](quint32 v) {
        u16(quint16(v & 0xffff));
        u16(quint16(v >> 16));
    };
    auto setU32 = [&](qsizetype at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            tiff[at + i] = char((v >> (8 * i)) & 0xff);
    };
    qsizetype nextDirectoryAt = tiff.size();
    u32(0);
    for (int index = 0; index < m_pages.size(); ++index) {
        const QImage image = renderPage(index).convertToFormat(QImage::Format_Grayscale8);
        if (image.isNull())
            return false;
        const auto pixelsAt = quint32(tiff.size());
        const auto pixels = quint32(image.width() * image.height());
        for (int y = 0; y < image.height(); ++y)
            tiff.append(reinterpret_cast<const char *>(image.constScanLine(y)), image.width());
        if (tiff.size() % 2)
            tiff.append('\0'); // directories start on a word boundary
        const auto resolutionAt = quint32(tiff.size());
        u32(Dpi); // XResolution = YResolution = Dpi / 1
        u32(1);
        setU32(nextDirectoryAt, quint32(tiff.size()));
        const quint16 entries = 11;
        u16(entries);
        auto entry = [&](quint16 tag, quint16 type, quint32 value) {
            u16(tag);
            u16(type);
            u32(1);
            u32(value);
        };
        entry(256, 4, quint32(image.width())); // ImageWidth
        entry(257, 4, quint32(image.height())); // ImageLength
        entry(258, 3, 8); // BitsPerSample
        entry(259, 3, 1); // no compression
        entry(262, 3, 1); // BlackIsZero
        entry(273, 4, pixelsAt); // StripOffsets
        entry(278, 4, quint32(image.height())); // RowsPerStrip
        entry(279, 4, pixels); // StripByteCounts
        entry(282, 5, resolutionAt); // XResolution
        entry(283, 5, resolutionAt); // YResolution
        entry(296, 3, 2); // ResolutionUnit: inch
        nextDirectoryAt = tiff.size();
        u32(0);
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(tiff) == tiff.size();
}
