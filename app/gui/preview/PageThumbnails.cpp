#include "gui/preview/PageThumbnails.h"

#include "core/preview/PdfPageRenderer.h"
#include "gui/main/WindowLayout.h"

#include <QPixmap>

namespace {
QSize thumbnailSize()
{
    return { 84, 118 }; // A4 at Dpi, with a little room
}
} // namespace

PageThumbnails::PageThumbnails(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("pageThumbnails"));
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setIconSize(thumbnailSize());
    setSpacing(WindowLayout::ThumbnailSpacing);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedWidth(thumbnailSize().width() + 2 * frameWidth() + WindowLayout::ThumbnailScrollBarRoom);
    setAccessibleName(tr("Pages"));
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit pageChosen(row(item)); });
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit pageChosen(row(item)); });
}

void PageThumbnails::clearPages()
{
    m_request.supersede();
    m_path.clear();
    m_rendered = 0;
    m_started = false;
    clear();
}

void PageThumbnails::showPages(const QString &path, int pageCount)
{
    clearPages();
    m_path = path;
    setPageCount(pageCount);
}

void PageThumbnails::setPageCount(int pageCount)
{
    const int pages = qMin(pageCount, MaxPages);
    if (m_path.isEmpty() || pages == count())
        return;
    m_request.supersede();
    clear();
    m_rendered = 0;
    QPixmap blank(thumbnailSize());
    blank.fill(palette().color(QPalette::Base));
    for (int page = 0; page < pages; ++page) {
        auto *item = new QListWidgetItem(QIcon(blank), QString::number(page + 1), this);
        item->setToolTip(tr("Page %1").arg(page + 1));
        item->setTextAlignment(Qt::AlignHCenter);
    }
    m_started = false;
    if (pages > 1 && isVisible())
        renderFrom(0);
}

void PageThumbnails::showEvent(QShowEvent *event)
{
    QListWidget::showEvent(event);
    // Hidden (a narrow pane), nothing is rendered: the workers are the page's and the search's.
    if (!m_started && count() > 1)
        renderFrom(0);
}

void PageThumbnails::renderFrom(int first)
{
    m_started = true;
    const QString path = m_path;
    const int last = qMin(first + Batch, count());
    m_request.add(
        [path, first, last] {
            QList<QImage> images;
            for (int page = first; page < last; ++page)
                images.append(PdfPageRenderer::render(path, page, Dpi, {}).image);
            return images;
        },
        [this, first, last](const QList<QImage> &images) {
            for (int i = 0; i < images.size() && first + i < count(); ++i) {
                if (!images.at(i).isNull())
                    item(first + i)->setIcon(QIcon(QPixmap::fromImage(images.at(i).scaled(
                        thumbnailSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation))));
            }
            m_rendered = last;
            if (last < count())
                renderFrom(last);
        });
}

void PageThumbnails::setCurrentPage(int page)
{
    if (page < 0 || page >= count())
        return;
    const QSignalBlocker blocker(this);
    setCurrentRow(page);
    scrollToItem(item(page));
}
