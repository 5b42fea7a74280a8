#pragma once

#include <QCoreApplication>

class Library;

// Makes the pages of a library's queued office documents for the command line (`pages --wait`, and
// `import` before it exits): progress on a terminal, each failure with its file and reason.
class PageConversion
{
    Q_DECLARE_TR_FUNCTIONS(PageConversion)

public:
    // An exit code: Ok, Failure when documents failed or the catalog could not be written,
    // Cancelled. Without LibreOffice nothing is converted and the note says what would.
    static int run(Library &library);
};
