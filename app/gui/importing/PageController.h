#pragma once

#include <QObject>
#include <atomic>

class Library;
class QLabel;
class QToolButton;
class QWidget;

// Makes the pages of office documents in the background (PageBuilder on a worker thread with a
// connection of its own), after an import and at start for what an earlier session left queued,
// and then reads the scans imported without text recognition (OcrBacklog) once OCR is installed.
// Its status widget, for the status bar, shows "Pages: 12 of 30" with a button that pauses and
// resumes; it is hidden while there is nothing to do. Without LibreOffice and OCR it does nothing.
class PageController : public QObject
{
    Q_OBJECT

public:
    PageController(Library &library, QWidget *parentWindow);

    QWidget *statusWidget() const { return m_widget; }
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    // Starts on the queued documents unless running, paused, read-only or without LibreOffice.
    void start();
    void setPaused(bool paused);
    // Asks a run to stop (the rest stays queued); for closing the window.
    void cancel() { m_cancel = true; }

signals:
    // A run ended having made pages or read scans: hits and previews may name pages now.
    void pagesMade(int count);

private:
    void showProgress(int done, int total, bool ocr);

    Library &m_library;
    QWidget *m_widget;
    QLabel *m_label;
    QToolButton *m_pauseButton;
    std::atomic_bool m_cancel { false };
    bool m_running = false;
    bool m_paused = false;
};
