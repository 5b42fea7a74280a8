#pragma once

#include "gui/async/AsyncTask.h"

#include <QWidget>

class Library;
class QLabel;
class QListWidget;

// "Related documents" under the details of the selected document: the documents closest in content
// (Searcher::similarDocuments), loaded on a worker as the selection changes; a newer selection drops
// the answer for an older one. Activating an entry reports the document.
class RelatedDocumentsList : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Shown = 5;

    explicit RelatedDocumentsList(const Library &library, QWidget *parent = nullptr);

    void showFor(qint64 documentId);
    void clear();

signals:
    void documentActivated(qint64 documentId);

private:
    const Library &m_library;
    QLabel *m_heading;
    QListWidget *m_list;
    AsyncTask::LatestRequest m_request { this };
};
