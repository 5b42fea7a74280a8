#pragma once

#include "gui/async/AsyncTask.h"

#include <QListWidget>

// Small pictures of a document's pages beside the page view, as in a PDF viewer: where the
// document's parts are, and a click goes there. Rendered a few at a time on a worker thread once
// shown; at most MaxPages (a long document shows its first pages, the page buttons reach the rest).
class PageThumbnails : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int MaxPages = 60;
    static constexpr int Batch = 6; // pages per render task
    static constexpr double Dpi = 12.0; // an A4 page about 100 px wide

    explicit PageThumbnails(QWidget *parent = nullptr);

    // The pages of the PDF at path; pageCount 0 or 1: nothing to show.
    void showPages(const QString &path, int pageCount);
    // Another count than showPages() had (an office document's pages are counted at the first render).
    void setPageCount(int pageCount);
    void clearPages();
    // Marks the page shown (0-based) without reporting it.
    void setCurrentPage(int page);
    int renderedPages() const { return m_rendered; }

signals:
    void pageChosen(int page); // 0-based, by the user

protected:
    void showEvent(QShowEvent *event) override;

private:
    void renderFrom(int first);

    QString m_path;
    int m_rendered = 0;
    bool m_started = false; // rendering began (it waits until the thumbnails are shown)
    AsyncTask::LatestRequest m_request { this };
};
