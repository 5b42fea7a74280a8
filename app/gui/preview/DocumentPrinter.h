#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QPrinter;

// Prints the pages of a PDF as the preview renders them (Poppler), each fitted to the printer's
// page, without the search's highlights. On the calling thread: the window shows a progress
// dialog, whose Cancel the progress callback reports.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    // Pages first..last, 1-based and inclusive. progress(page) is called before each page and
    // returns false to stop. Returns why printing failed, empty when it did not.
    static QString print(QPrinter &printer, const QString &pdfPath, int first, int last,
                         const std::function<bool(int page)> &progress = {});
};
