#include "gui/preview/DocumentPrinter.h"

#include "core/preview/PdfPageRenderer.h"

#include <QPainter>
#include <QPrinter>

namespace {
constexpr double MaxDpi = 300; // enough for text on paper; a 1200 dpi printer would get huge images
}

QString DocumentPrinter::print(QPrinter &printer, const QString &pdfPath, int first, int last,
                               const std::function<bool(int page)> &progress)
{
    if (first < 1 || last < first)
        return tr("There are no pages %1 to %2 to print.").arg(first).arg(last);
    const double dpi = qMin(MaxDpi, double(printer.resolution()));
    QPainter painter;
    for (int page = first; page <= last; ++page) {
        if (progress && !progress(page)) {
            if (painter.isActive())
                printer.abort();
            return {};
        }
        const PdfPageRenderer::Result rendered = PdfPageRenderer::render(pdfPath, page - 1, dpi, {});
        if (!rendered.error.isEmpty()) {
            if (painter.isActive())
                printer.abort();
            return rendered.error;
        }
        if (!painter.isActive() && !painter.begin(&printer))
            return tr("The printer cannot be used: %1").arg(printer.printerName());
        if (page > first)
            printer.newPage();
        // Fitted to the printable area, centred, the proportions kept.
        const QRect area = painter.viewport();
        QSize size = rendered.image.size();
        size.scale(area.size(), Qt::KeepAspectRatio);
        QRect target(QPoint(), size);
        target.moveCenter(area.center());
        painter.setViewport(area);
        painter.setWindow(area);
        painter.drawImage(target, rendered.image);
    }
    painter.end();
    return {};
}
