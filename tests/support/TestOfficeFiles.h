#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Office files for the page tests, written at test time: a DOCX and an ODT with a heading, a table
// and one page per entry of pages (page breaks between them), a DOCX whose image is linked from a
// web server, and a stand-in for LibreOffice that hangs on some files.
namespace TestOfficeFiles {
QByteArray docx(const QString &heading, const QStringList &pages);
QByteArray odt(const QString &heading, const QStringList &pages);
// The image is linked (TargetMode="External"), not embedded: converting must not fetch url.
QByteArray docxWithLinkedImage(const QString &url);

// An ODT whose Basic macro, bound to the document's opening, writes markerPath: a converter that
// runs macros leaves that file behind. (Opened with `soffice --headless` in a profile with
// MacroSecurityLevel 0 it does write the file; LibreOffice 7.4's --convert-to ran it in no profile.)
QByteArray odtWithOpenMacro(const QString &markerPath);

// LibreOffice for the tests, or empty (the test skips then, saying so).
QString soffice();
// Converts files (in one LibreOffice run) to the format given as LibreOffice names it ("doc:MS Word
// 97"), into outDir; false and *error when it fails.
bool convertWithLibreOffice(const QStringList &files, const QString &format, const QString &outDir,
                            QString *error);

// A shell script in dir that answers like `soffice --convert-to pdf --outdir D FILES`: for each file
// it copies pdf to D/<base>.pdf and prints LibreOffice's "convert" line, except that it hangs on a
// file whose name or content contains hangOn and crashes (SIGSEGV) on one holding "ABSTURZ".
// Returns its path.
QString fakeSoffice(const QString &dir, const QString &pdf, const QString &hangOn);
} // namespace TestOfficeFiles
