#include "TestPdfWriter.h"
#include "core/library/Library.h"
#include "core/library/SqliteDatabase.h"
#include "gui/main/MainWindow.h"
#include "gui/preview/PreviewPane.h"
#include "gui/search/SearchResultModel.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The GUI thread never works long: on a library of 10,000 documents the window is driven through a
// search, a selection, a page change and scrolling, while a 5 ms timer checks that the event loop
// kept turning (the bound: no stretch of more than 100 ms of GUI-thread work between ticks).
class TestResponsiveness : public QObject
{
    Q_OBJECT

    static constexpr int Documents = 10000;
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Library> m_library;

    // Watches the event loop: the most CPU time the GUI thread spent between two ticks of a 5 ms
    // timer, i.e. work done without returning to the loop. Wall-clock gaps measured the machine's
    // load instead: a GUI thread ready to run while other processes held the cores, or waiting for
    // Qt's own paint helper threads (the raster engine fills large areas on a thread pool), made
    // gaps of 130–200 ms in which it worked 7–20 ms. The wall-clock gaps are still reported.
    struct GapMeter
    {
        QTimer timer;
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 lastCpuNs = 0;
        qint64 worst = 0;
        QStringList stalls; // the longer gaps, to find where a regression blocks
        // The calling thread's CPU time (/proc/thread-self/schedstat, first field).
        static qint64 threadCpuNs()
        {
            QFile file(QStringLiteral("/proc/thread-self/schedstat"));
            if (!file.open(QIODevice::ReadOnly))
                return -1;
            return file.readAll().simplified().split(' ').value(0).toLongLong();
        }
        GapMeter()
        {
            timer.setInterval(5);
            QObject::connect(&timer, &QTimer::timeout, [this] {
                const qint64 now = clock.elapsed();
                const qint64 cpuNs = threadCpuNs();
                const qint64 working = (cpuNs - lastCpuNs) / 1000000;
                worst = qMax(worst, working);
                if (now - last > 40 || working > 20)
                    stalls.append(QStringLiteral("%1 ms at %2 ms, %3 ms of it working")
                                      .arg(now - last)
                                      .arg(now)
                                      .arg(working));
                last = now;
                lastCpuNs = cpuNs;
            });
            clock.start();
            lastCpuNs = threadCpuNs();
            timer.start();
        }
    };

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QString error;
        m_library = Library::open(m_dir.path(), &error);
        QVERIFY2(m_library, qPrintable(error));
        // 10,000 documents of German text; every 500th is a real 8-page PDF in the store.
        const QStringList words = QStringLiteral(
            "Gemeinde Kommune Vergabe Ausschreibung Sensor Sensornetz Förderung Antrag Datenschutz Vereinbarung "
            "Datennutzung Straßenbeleuchtung Breitband Mobilität Beteiligung Bürger Haushalt Verwaltung Konzept "
            "Leistung Beschreibung Angebot Bewertung Kriterien Vertrag Laufzeit Kosten Betrieb Wartung Gateway "
            "LoRaWAN Funk Netz Plattform Daten Schnittstelle Sicherheit Risiko Maßnahme Zeitplan Meilenstein")
                                        .split(QLatin1Char(' '));
        const QStringList categories{QStringLiteral("Vergabe"), QStringLiteral("Förderung"), QStringLiteral("Datenschutz"),
                                     QStringLiteral("LoRaWAN & Netze"), QStringLiteral("Gremien")};
        QRandomGenerator random(20261127);
        // Stores a PDF of its own for document i (the catalog holds each file once).
        auto storePdf = [&](int i) {
            TestPdfWriter pdf;
            for (int page = 1; page <= 8; ++page)
                pdf.addPage({QStringLiteral("Seite %1 von Muster %2: Kanalsanierung im Ortsteil").arg(page).arg(i), QStringLiteral("Sensor Gateway Vergabe")});
            const QString path = m_dir.filePath(QStringLiteral("muster.pdf"));
            QString sha;
            bool existed = false;
            if (!pdf.writeTo(path) || !m_library->store().storeFile(path, &sha, &existed, &error))
                return QString();
            return sha;
        };
        QElapsedTimer clock;
        clock.start();
        Catalog &catalog = m_library->catalog();
        SqliteTransaction transaction(m_library->database());
        for (int i = 0; i < Documents; ++i) {
            DocumentRecord doc;
            const bool isPdf = i % 500 == 0;
            QString text;
            for (int w = 0; w < 120; ++w)
                text += words.at(random.bounded(int(words.size()))) + (w % 15 == 14 ? QStringLiteral(".\n") : QStringLiteral(" "));
            if (isPdf) {
                doc.sha256 = storePdf(i);
                QVERIFY2(!doc.sha256.isEmpty(), qPrintable(error));
                doc.filename = QStringLiteral("Muster_%1.pdf").arg(i);
                doc.format = QStringLiteral("pdf");
                doc.pages = 8;
                QStringList pages;
                for (int page = 1; page <= 8; ++page)
                    pages.append(QStringLiteral("Seite %1: Kanalsanierung im Ortsteil\nSensor Gateway Vergabe").arg(page));
                text = Catalog::joinPages(pages);
            } else {
                doc.sha256 = QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
                doc.filename = QStringLiteral("Dokument_%1.txt").arg(i);
                doc.format = QStringLiteral("txt");
            }
            doc.title = QStringLiteral("%1 %2 Nr. %3").arg(words.at(i % words.size()), words.at((i / 7) % words.size())).arg(i);
            doc.category = categories.at(i % categories.size());
            doc.year = 2015 + i % 10;
            doc.size = text.size();
            QVERIFY2(catalog.insertDocument(doc, text), qPrintable(catalog.lastError()));
        }
        QVERIFY(transaction.commit(&error));
        qInfo("library of %d documents written in %lld ms", Documents, clock.elapsed());
    }

    void windowStaysResponsive()
    {
        MainWindow window(*m_library);
        window.resize(1300, 850);
        QSignalSpy searches(&window, &MainWindow::searchFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.resultModel()->total(), Documents);
        // A new search reads the rows the list shows first, not a whole page: with a cold page
        // cache every row is a disk read.
        QVERIFY2(window.resultModel()->rowCount() <= 50, qPrintable(QString::number(window.resultModel()->rowCount())));
        // Measured from here: the first show of a window (fonts, style) is start-up, which the
        // start-up benchmark covers; this is about working in the window.
        QVERIFY2(GapMeter::threadCpuNs() >= 0,
                 "the kernel gives no per-thread CPU times (/proc/thread-self/schedstat)");
        GapMeter meter;
        qInfo("first rows after %lld ms", meter.clock.elapsed());

        // Type a query as a user does; the search runs on a worker.
        auto *edit = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        edit->setFocus();
        searches.clear();
        QTest::keyClicks(edit, QStringLiteral("Sensor Vergabe"), Qt::NoModifier, 30);
        QTRY_VERIFY_WITH_TIMEOUT(searches.count() > 0 && window.queryText() == QStringLiteral("Sensor Vergabe"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window.resultModel()->total() > 100, 20000);
        qInfo("typed search done after %lld ms", meter.clock.elapsed());

        // Select a PDF: details and first page render off the GUI thread; then page on.
        window.setQueryText(QStringLiteral("Kanalsanierung"));
        window.search();
        QTRY_COMPARE_WITH_TIMEOUT(window.resultModel()->total(), qint64(Documents / 500), 20000);
        auto *view = window.findChild<QTableView *>(QStringLiteral("resultView"));
        const qint64 chosen = window.resultModel()->hitAt(3)->id;
        view->setCurrentIndex(window.resultModel()->index(3, 0));
        QTRY_VERIFY_WITH_TIMEOUT(window.currentDocument() && window.currentDocument()->id == chosen, 20000);
        qInfo("search and selection done after %lld ms", meter.clock.elapsed());
        PreviewPane *preview = window.previewPane();
        QTRY_VERIFY_WITH_TIMEOUT(preview->isShowingPage() && preview->pageCount() == 8, 20000);
        QSignalSpy pages(preview, &PreviewPane::pageShown);
        const int target = preview->currentPage() + 1 < preview->pageCount() ? preview->currentPage() + 1 : preview->currentPage() - 1;
        target > preview->currentPage() ? preview->nextPage() : preview->previousPage();
        QTRY_VERIFY2_WITH_TIMEOUT(
            pages.count() > 0 && preview->currentPage() == target,
            qPrintable(QStringLiteral("page %1 of %2 wanted; showing %3 after %4 page(s) shown; message: %5")
                           .arg(target + 1)
                           .arg(preview->pageCount())
                           .arg(preview->currentPage() + 1)
                           .arg(pages.count())
                           .arg(preview->message())),
            20000);

        qInfo("page turned after %lld ms", meter.clock.elapsed());
        // Browse everything and scroll down: rows arrive page by page as the view asks.
        window.setQueryText(QString());
        window.search();
        QTRY_COMPARE_WITH_TIMEOUT(window.resultModel()->total(), qint64(Documents), 20000);
        for (int i = 0; i < 5; ++i) {
            const int rows = window.resultModel()->rowCount();
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
            QTRY_VERIFY_WITH_TIMEOUT(window.resultModel()->rowCount() > rows, 20000);
        }
        QVERIFY(window.resultModel()->rowCount() < Documents); // lazily, not all at once

#ifdef SRT_SANITIZE
        const qint64 bound = 400; // ASan/UBSan make every instruction on the GUI thread several times slower
#else
        const qint64 bound = 100;
#endif
        qInfo("most GUI-thread work between event-loop ticks: %lld ms (long gaps or work: %s)", meter.worst,
              qPrintable(meter.stalls.join(QStringLiteral(", "))));
        QVERIFY2(meter.worst <= bound,
                 qPrintable(QStringLiteral("the GUI thread worked %1 ms without returning to the event loop")
                                .arg(meter.worst)));
    }
};

QTEST_MAIN(TestResponsiveness)
#include "TestResponsiveness.moc"
