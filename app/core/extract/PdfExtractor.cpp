#include "core/extract/PdfExtractor.h"

#include "core/extract/OcrEngine.h"
#include "core/extract/ScanReader.h"
#include "core/extract/SourceFile.h"
#include "core/extract/TextBudget.h"

#include <QFile>
#include <QRectF>
#include <memory>
#include <poppler-document.h>
#include <poppler-page.h>
#include <poppler-qt6.h>

namespace {

// Words after which a line-end hyphen is a suspended compound ("Ein- und Ausgang"), not a break.
bool isConjunction(QStringView word)
{
    static constexpr const char16_t *kWords[]
        = { u"und", u"oder", u"bzw", u"sowie", u"bis", u"noch", u"als" };
    for (const char16_t *w : kWords) {
        if (word == QStringView(w))
            return true;
    }
    return false;
}

QString expandLigatures(QString text)
{
    static constexpr struct
    {
        char16_t ligature;
        const char16_t *letters;
    } kLigatures[] = {
        { 0xFB00, u"ff" },  { 0xFB01, u"fi" }, { 0xFB02, u"fl" }, { 0xFB03, u"ffi" },
        { 0xFB04, u"ffl" }, { 0xFB05, u"st" }, { 0xFB06, u"st" },
    };
    for (const auto &l : kLigatures) {
        if (text.contains(QChar(l.ligature)))
            text.replace(QChar(l.ligature), QString::fromUtf16(l.letters));
    }
    return text;
}

// OCR resolution for a page, lower for pages larger than A3 so that a poster-sized page cannot ask
// for a gigapixel image.
double ocrDpi(const Poppler::Page &page)
{
    constexpr double MaxSidePixels = 7000; // A3 at 300 dpi is 4961 × 3508
    const QSizeF points = page.pageSizeF();
    const double longest = qMax(points.width(), points.height()) / 72.0; // inches
    if (longest <= 0)
        return OcrEngine::Dpi;
    return qMin(double(OcrEngine::Dpi), MaxSidePixels / longest);
}

// The PDF through Poppler-Qt with its metadata and page count in result; null with result's error
// when it is unreadable, locked, empty or over the page limit.
std::unique_ptr<Poppler::Document> openDocument(const QString &path, const ExtractionLimits &limits,
                                                Extraction *result)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        result->error = PdfExtractor::tr("This is not a readable PDF file.");
        return nullptr;
    }
    if (document->isLocked()) {
        result->error = PdfExtractor::tr("The PDF file is password-protected.");
        return nullptr;
    }
    const int pageCount = document->numPages();
    if (pageCount <= 0) {
        result->error = PdfExtractor::tr("The PDF file has no pages.");
        return nullptr;
    }
    if (pageCount > limits.maxPages) {
        result->error = PdfExtractor::tr("The PDF file has %1 pages, more than the limit of %2 pages.")
                            .arg(pageCount)
                            .arg(limits.maxPages);
        return nullptr;
    }
    result->title = document->info(QStringLiteral("Title")).trimmed();
    result->author = document->info(QStringLiteral("Author")).trimmed();
    result->subject = document->info(QStringLiteral("Subject")).trimmed();
    result->paged = true;
    result->pageCount = pageCount;
    return document;
}

// A page's text as poppler-cpp gives it: UTF-16 in host byte order, already checked by iconv.
// Copied as it is rather than through ustring::to_utf8() and QString::fromUtf8(), two more
// conversions of every page; like fromUtf8, a leading byte order mark is dropped.
QString textOf(const poppler::ustring &utf16)
{
    static_assert(sizeof(poppler::ustring::value_type) == sizeof(QChar));
    const auto *begin = reinterpret_cast<const QChar *>(utf16.data());
    qsizetype size = qsizetype(utf16.size());
    if (size > 0 && begin->unicode() == 0xFEFF) {
        ++begin;
        --size;
    }
    return QString(begin, size);
}

// The text of page index: its text layer, or what OCR reads where that is not usable.
QString readPage(const poppler::document &textSource, Poppler::Document &document, int index,
                 ScanReader &scans)
{
    const std::unique_ptr<poppler::page> page { textSource.create_page(index) };
    if (!page)
        return QString();
    QString text = PdfExtractor::normalizePageText(
        textOf(page->text(poppler::rectf(), poppler::page::physical_layout)));
    if (!ScanReader::isUsableText(text) && scans.wantsPage(index + 1)) {
        if (const std::unique_ptr<Poppler::Page> scan = document.page(index)) {
            const double dpi = ocrDpi(*scan);
            const QString read = PdfExtractor::normalizePageText(
                scans.read(index + 1, scan->renderToImage(dpi, dpi), qRound(dpi)));
            if (!read.trimmed().isEmpty())
                text = read;
        }
    }
    return text;
}

} // namespace

QString PdfExtractor::normalizePageText(const QString &input)
{
    QString text = expandLigatures(input);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');

    // Strip trailing blanks per line first, so "-   \n" counts as a line-end hyphen.
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }

    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        const bool hasNext = i + 1 < lines.size();
        if (hasNext && !line.isEmpty()) {
            const QChar last = line.back();
            QStringView next = QStringView(lines.at(i + 1)).trimmed();
            if (last == QChar(0x00AD) && !next.isEmpty() && next.front().isLetter()) {
                // A soft hyphen at a line end always marks a break inside a word.
                line.chop(1);
                lines[i + 1] = line + next.toString();
                continue;
            }
            if (last == u'-' && line.size() >= 3 && line.at(line.size() - 2).isLetter()
                && line.at(line.size() - 3).isLetter() && !next.isEmpty() && next.front().isLower()) {
                qsizetype wordEnd = 0;
                while (wordEnd < next.size() && next.at(wordEnd).isLetter())
                    ++wordEnd;
                if (!isConjunction(next.left(wordEnd))) {
                    line.chop(1);
                    lines[i + 1] = line + next.toString();
                    continue;
                }
            }
        }
        line.remove(QChar(0x00AD));
        out.append(line);
        if (hasNext)
            out.append(u'\n');
    }
    // Trailing blank lines go as well.
    while (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

Extraction PdfExtractor::extract(const QString &path, const ExtractionLimits &limits) const
{
    Extraction result;
    result.error = SourceFile::check(path);
    if (!result.ok())
        return result;
    const std::unique_ptr<Poppler::Document> document = openDocument(path, limits, &result);
    if (!document)
        return result;
    // The text through Poppler's own C++ API: Poppler-Qt's Page::text copies the document's
    // cross-reference table for every page, so every font is parsed again on every page (1.4 to
    // 1.6 times pdftotext's CPU, bench/extract-bench.sh); poppler-cpp reads a page as pdftotext does.
    // Poppler-Qt stays for what it does well: the metadata and rendering scans for OCR.
    const std::unique_ptr<poppler::document> textSource(
        poppler::document::load_from_file(QFile::encodeName(path).toStdString()));
    if (!textSource || textSource->is_locked() || textSource->pages() != result.pageCount) {
        result.error = tr("This is not a readable PDF file.");
        return result;
    }

    TextBudget budget(limits.maxTextChars);
    // Pages without a usable text layer (scans) are rendered and read by OCR; a mixed PDF only
    // those. Smoothed edges read better.
    ScanReader scans(result, limits);
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    result.pages.reserve(result.pageCount);
    for (int i = 0; i < result.pageCount; ++i) {
        QString pageText;
        // Past the budget the remaining pages stay empty, so page numbers still line up.
        if (!budget.exhausted())
            budget.append(pageText, readPage(*textSource, *document, i, scans));
        result.pages.append(pageText);
    }
    scans.finish();
    if (budget.exhausted())
        result.warnings.append(budget.warning());
    result.textExtracted = true;
    return result;
}

void PdfExtractor::silencePopplerMessages()
{
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr);
}
