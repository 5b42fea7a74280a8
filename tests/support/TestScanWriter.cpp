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
