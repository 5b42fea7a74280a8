#include "TestPdfWriter.h"
#include "core/extract/ExtractionClient.h"
#include "core/extract/ExtractionProtocol.h"
#include "core/extract/ExtractorRegistry.h"
#include "core/extract/OcrBoxes.h"
#include "core/i18n/Translations.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtEndian>
#include <QtTest>

#include <atomic>
#include <thread>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

// The client end to end through the real srtoolbox-extract worker of this build tree, with the
// worker's test hooks (srtoolbox-extract-testhooks, built for the tests only) making files named __crash__,
// __hang__ and
// __hog__ misbehave on purpose.
class TestExtractionClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_worker;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString writeText(const QString &name, const QString &text) { return writeFile(name, text.toUtf8()); }

    // A stand-in worker: a shell script, for replies the real worker never sends.
    QString writeScript(const QString &name, const QByteArray &body)
    {
        const QString path = writeFile(name, "#!/bin/sh\n" + body + "\n");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    static Extraction sampleExtraction()
    {
        Extraction x;
        x.title = QStringLiteral("Straßenbeleuchtung – Übersicht");
        x.author = QStringLiteral("Grünflächenamt Müllheim");
        x.subject = QString(); // null stays null
        x.pages = {QStringLiteral("Seite 1: Größe ÄÖÜ äöü ß €"), QString(""), QStringLiteral("Seite 3 \U0001F600")};
        x.paged = true;
        x.pageCount = 3;
        x.textExtracted = true;
        x.warnings = {QStringLiteral("Schriftart fehlt")};
        x.error = QString();
        x.ocrPages
            = { { 3, OcrBoxes::encode({ { QStringLiteral("Seite"), QRectF(0.1, 0.1, 0.2, 0.05) } }) } };
        return x;
    }

    static void compare(const Extraction &a, const Extraction &b)
    {
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.title.isNull(), b.title.isNull());
        QCOMPARE(a.author, b.author);
        QCOMPARE(a.subject, b.subject);
        QCOMPARE(a.subject.isNull(), b.subject.isNull());
        QCOMPARE(a.pages, b.pages);
        QCOMPARE(a.paged, b.paged);
        QCOMPARE(a.pageCount, b.pageCount);
        QCOMPARE(a.textExtracted, b.textExtracted);
        QCOMPARE(a.warnings, b.warnings);
        QCOMPARE(a.error, b.error);
        QCOMPARE(a.ocrPages.size(), b.ocrPages.size());
        for (qsizetype i = 0; i < a.ocrPages.size(); ++i) {
            QCOMPARE(a.ocrPages.at(i).page, b.ocrPages.at(i).page);
            QCOMPARE(a.ocrPages.at(i).boxes, b.ocrPages.at(i).boxes);
        }
    }

    // Our child processes, from /proc.
    static QList<pid_t> children()
    {
        QList<pid_t> pids;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : entries) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            // "pid (comm) state ppid ...": comm may contain spaces, so split after its ')'.
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.value(1).toInt() == getpid())
                pids.append(pid.toInt());
        }
        return pids;
    }

    static QByteArray payloadOf(const QByteArray &frame)
    {
        QByteArray buffer = frame;
        QByteArray payload;
        if (ExtractionProtocol::takeFrame(buffer, &payload, ExtractionProtocol::MaxResultBytes)
            != ExtractionProtocol::FrameStatus::Complete)
            qFatal("not a frame");
        return payload;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_worker = QStringLiteral(SRT_TESTHOOK_WORKER);
        QVERIFY2(QFileInfo(m_worker).isExecutable(), "build the srtoolbox-extract-testhooks target");
    }

    // Every test ends and reaps all the workers it started.
    void cleanup()
    {
        int status = 0;
        errno = 0;
        QCOMPARE(waitpid(-1, &status, WNOHANG), pid_t(-1));
        QCOMPARE(errno, ECHILD);
    }

    void requestRoundTrip()
    {
        ExtractionRequest request;
        request.path = QStringLiteral("/tmp/Satzung über Gebühren/Straßenreinigung_Ä.pdf");
        request.format = DocumentFormat::Pdf;
        request.limits.maxMemberBytes = 5'000'000'000ll;
        request.limits.maxTextChars = 1234;
        request.limits.maxPages = 7;
        request.limits.maxOcrPages = 3;
        request.limits.ocrSecondsPerPage = 9;
        request.limits.ocrSecondsPerDocument = 11;
        const QByteArray frame = ExtractionProtocol::encodeRequest(request);
        QCOMPARE(qFromBigEndian<quint32>(frame.constData()), quint32(frame.size() - 4));
        ExtractionRequest decoded;
        QVERIFY(ExtractionProtocol::decodeRequest(payloadOf(frame), &decoded));
        QCOMPARE(decoded.path, request.path);
        QCOMPARE(decoded.format, DocumentFormat::Pdf);
        QCOMPARE(decoded.limits.maxMemberBytes, 5'000'000'000ll);
        QCOMPARE(decoded.limits.maxTextChars, 1234ll);
        QCOMPARE(decoded.limits.maxPages, 7);
        QCOMPARE(decoded.limits.maxOcrPages, 3);
        QCOMPARE(decoded.limits.ocrSecondsPerPage, 9);
        QCOMPARE(decoded.limits.ocrSecondsPerDocument, 11);

        QList<DocumentFormat> formats = DocumentFormats::all();
        formats.append(DocumentFormat::Unknown);
        for (DocumentFormat format : std::as_const(formats)) {
            request.format = format;
            QVERIFY(ExtractionProtocol::decodeRequest(payloadOf(ExtractionProtocol::encodeRequest(request)), &decoded));
            QCOMPARE(decoded.format, format);
        }
    }

    void resultRoundTrip()
    {
        const Extraction x = sampleExtraction();
        Extraction decoded;
        QVERIFY(ExtractionProtocol::decodeResult(payloadOf(ExtractionProtocol::encodeResult(x)), &decoded));
        compare(decoded, x);
        QVERIFY(decoded.subject.isNull());
        QVERIFY(!decoded.pages.at(1).isNull());

        Extraction failed;
        failed.error = QStringLiteral("Die Datei ist beschädigt.");
        QVERIFY(ExtractionProtocol::decodeResult(payloadOf(ExtractionProtocol::encodeResult(failed)), &decoded));
        compare(decoded, failed);
        QVERIFY(!decoded.ok());
    }

    // OCR pages from a worker are checked like everything else it sends: page numbers within the
    // page count and ascending, boxes that the box reader accepts.
    void badOcrPagesRejected()
    {
        const auto decodes = [](const Extraction &x) {
            Extraction decoded;
            return ExtractionProtocol::decodeResult(payloadOf(ExtractionProtocol::encodeResult(x)), &decoded);
        };
        Extraction x = sampleExtraction();
        QVERIFY(decodes(x));
        x.ocrPages[0].page = 4; // beyond the page count
        QVERIFY(!decodes(x));
        x.ocrPages[0].page = 0;
        QVERIFY(!decodes(x));
        x = sampleExtraction();
        x.ocrPages.append(x.ocrPages.at(0)); // the same page twice
        QVERIFY(!decodes(x));
        x = sampleExtraction();
        x.ocrPages[0].boxes.chop(1); // a box list the reader refuses
        QVERIFY(!decodes(x));
    }

    void framing()
    {
        const QByteArray frame = ExtractionProtocol::encodeResult(sampleExtraction());
        QByteArray payload;
        // Byte by byte, as a pipe might deliver it: incomplete until the last byte.
        QByteArray buffer;
        for (qsizetype i = 0; i < frame.size() - 1; ++i) {
            buffer.append(frame.at(i));
            QCOMPARE(ExtractionProtocol::takeFrame(buffer, &payload, ExtractionProtocol::MaxResultBytes),
                     ExtractionProtocol::FrameStatus::Incomplete);
        }
        buffer.append(frame.back());
        buffer.append(frame); // and a second frame behind it
        QCOMPARE(ExtractionProtocol::takeFrame(buffer, &payload, ExtractionProtocol::MaxResultBytes),
                 ExtractionProtocol::FrameStatus::Complete);
        QCOMPARE(payload, frame.mid(4));
        QCOMPARE(buffer, frame);

        QByteArray huge("\xff\xff\xff\xff" "abc", 7);
        QCOMPARE(ExtractionProtocol::takeFrame(huge, &payload, ExtractionProtocol::MaxResultBytes),
                 ExtractionProtocol::FrameStatus::Invalid);
        QByteArray request = ExtractionProtocol::encodeRequest({QString(100000, u'x'), DocumentFormat::Text, {}});
        QCOMPARE(ExtractionProtocol::takeFrame(request, &payload, 1000), ExtractionProtocol::FrameStatus::Invalid);
        QVERIFY(ExtractionProtocol::encodeRequest({QString(600000, u'x'), DocumentFormat::Text, {}}).isEmpty());
    }

    void garbageRejected()
    {
        const QByteArray result = payloadOf(ExtractionProtocol::encodeResult(sampleExtraction()));
        const QByteArray request =
            payloadOf(ExtractionProtocol::encodeRequest({QStringLiteral("/a.txt"), DocumentFormat::Text, {}}));
        Extraction x;
        ExtractionRequest r;
        QVERIFY(!ExtractionProtocol::decodeResult({}, &x));
        QVERIFY(!ExtractionProtocol::decodeRequest({}, &r));
        QVERIFY(!ExtractionProtocol::decodeResult(request, &x)); // wrong message type
        QVERIFY(!ExtractionProtocol::decodeRequest(result, &r));
        QVERIFY(!ExtractionProtocol::decodeResult(result + '\0', &x)); // trailing byte
        for (qsizetype n = 0; n < result.size(); ++n) // every truncation
            QVERIFY(!ExtractionProtocol::decodeResult(result.left(n), &x));
        for (qsizetype n = 0; n < request.size(); ++n)
            QVERIFY(!ExtractionProtocol::decodeRequest(request.left(n), &r));

        // Header: magic at 0, version at 4, type at 6; then the title's length at 7.
        auto patched = [](QByteArray bytes, qsizetype at, const QByteArray &with) {
            bytes.replace(at, with.size(), with);
            return bytes;
        };
        QVERIFY(!ExtractionProtocol::decodeResult(patched(result, 0, "XXXX"), &x));
        QVERIFY(!ExtractionProtocol::decodeResult(patched(result, 4, QByteArray("\0\1", 2)),
                                                  &x)); // a worker before OCR boxes
        QVERIFY(!ExtractionProtocol::decodeResult(patched(result, 4, QByteArray("\0\3", 2)), &x));
        QVERIFY(!ExtractionProtocol::decodeResult(patched(result, 7, "\x7f\xff\xff\xfe"), &x)); // longer than the payload
        QVERIFY(!ExtractionProtocol::decodeResult(patched(result, 7, QByteArray("\0\0\0\3", 4)), &x)); // odd UTF-16 length

        // A page count of four billion: refused before anything is reserved for it.
        Extraction empty;
        const QByteArray emptyPayload = payloadOf(ExtractionProtocol::encodeResult(empty));
        const qsizetype pagesAt = 7 + 3 * 4; // after three null strings
        QVERIFY(ExtractionProtocol::decodeResult(emptyPayload, &x));
        QVERIFY(!ExtractionProtocol::decodeResult(patched(emptyPayload, pagesAt, "\xff\xff\xff\xf0"), &x));
        QVERIFY(!ExtractionProtocol::decodeResult(patched(emptyPayload, pagesAt + 4, "\x02"), &x)); // bool 2

        // An unknown format id.
        const QByteArray unknownFormat = payloadOf(ExtractionProtocol::encodeRequest({QStringLiteral("/a"), DocumentFormat::Pdf, {}}));
        const qsizetype idAt = unknownFormat.indexOf(QByteArray("\0p\0d\0f", 6));
        QVERIFY(idAt > 0);
        QVERIFY(!ExtractionProtocol::decodeRequest(patched(unknownFormat, idAt, QByteArray("\0x\0y\0z", 6)), &r));

        // Random damage never crashes (ASan/UBSan builds check the "never UB" part); a decoded
        // result is complete and consistent.
        QRandomGenerator random(20240611);
        int decoded = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes = i % 2 ? result : request;
            const int flips = 1 + int(random.bounded(4));
            for (int f = 0; f < flips; ++f)
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            if (i % 7 == 0)
                bytes.truncate(random.bounded(int(bytes.size())));
            Extraction damaged;
            ExtractionRequest damagedRequest;
            if (ExtractionProtocol::decodeResult(bytes, &damaged)) {
                ++decoded;
                QVERIFY(damaged.pageCount >= 0);
            }
            if (ExtractionProtocol::decodeRequest(bytes, &damagedRequest))
                QVERIFY(!damagedRequest.path.isEmpty());
        }
        QVERIFY(decoded < 20000);
        const QByteArray noise = QByteArray::fromHex("00112233445566778899aabbccddeeff").repeated(64);
        QVERIFY(!ExtractionProtocol::decodeResult(noise, &x));
        QVERIFY(!ExtractionProtocol::decodeRequest(noise, &r));
    }

    void extractsLikeInProcess()
    {
        TestPdfWriter pdf;
        pdf.setInfo(QStringLiteral("Title"), QStringLiteral("Bebauungsplan Süd"));
        pdf.addPage({QStringLiteral("Erste Seite: Grünfläche")}).addPage({QStringLiteral("Zweite Seite: Größe")});
        const QList<std::pair<QString, DocumentFormat>> files = {
            {writeText(QStringLiteral("satzung.txt"), QStringLiteral("Haushaltssatzung der Gemeinde Müllheim\nGröße: äöüß")),
             DocumentFormat::Text},
            {writeFile(QStringLiteral("plan.pdf"), pdf.toByteArray()), DocumentFormat::Pdf},
            {writeFile(QStringLiteral("kaputt.pdf"), "%PDF-1.4 not really"), DocumentFormat::Pdf},
            {writeFile(QStringLiteral("bild.png"), "\x89PNG"), DocumentFormat::Image},
        };
        ExtractionClient client(m_worker, 1, 20, 0);
        for (const auto &[path, format] : files) {
            ExtractionClient::Failure failure = ExtractionClient::Failure::Crashed;
            const Extraction viaWorker = client.extract(path, format, {}, &failure);
            QCOMPARE(failure, ExtractionClient::Failure::None);
            compare(viaWorker, ExtractorRegistry::extractFile(path, format));
        }
        const Extraction text = client.extract(files.at(0).first, DocumentFormat::Text);
        QVERIFY(text.ok());
        QCOMPARE(text.pages, QStringList{QStringLiteral("Haushaltssatzung der Gemeinde Müllheim\nGröße: äöüß")});
        const Extraction plan = client.extract(files.at(1).first, DocumentFormat::Pdf);
        QCOMPARE(plan.title, QStringLiteral("Bebauungsplan Süd"));
        QCOMPARE(plan.pageCount, 2);
        QVERIFY(plan.pages.at(1).contains(QStringLiteral("Größe")));
        QVERIFY(!client.extract(files.at(2).first, DocumentFormat::Pdf).ok()); // the extractor's own error
        QCOMPARE(client.workersStarted(), 1); // errors of the extractor keep the worker
    }

    void crashCostsOnlyThatFile()
    {
        const QString crash = writeText(QStringLiteral("a__crash__.txt"), QStringLiteral("nie gelesen"));
        const QString next = writeText(QStringLiteral("danach.txt"), QStringLiteral("Weiter geht’s"));
        ExtractionClient client(m_worker, 1, 20, 0);
        ExtractionClient::Failure failure = ExtractionClient::Failure::None;
        const Extraction x = client.extract(crash, DocumentFormat::Text, {}, &failure);
        QCOMPARE(x.error, QStringLiteral("the extractor crashed (signal %1)").arg(SIGABRT));
        QCOMPARE(failure, ExtractionClient::Failure::Crashed);
        QVERIFY(x.pages.isEmpty());
        QVERIFY(!x.textExtracted);
        QCOMPARE(client.workersRunning(), 0);

        const Extraction y = client.extract(next, DocumentFormat::Text, {}, &failure);
        QCOMPARE(failure, ExtractionClient::Failure::None);
        QCOMPARE(y.pages, QStringList{QStringLiteral("Weiter geht’s")});
        QCOMPARE(client.workersStarted(), 2);
    }

    void hangTimesOut()
    {
        const QString hang = writeText(QStringLiteral("b__hang__.txt"), QStringLiteral("x"));
        const QString next = writeText(QStringLiteral("danach2.txt"), QStringLiteral("Nach dem Hänger"));
        ExtractionClient client(m_worker, 1, 2, 0);
        QElapsedTimer timer;
        timer.start();
        ExtractionClient::Failure failure = ExtractionClient::Failure::None;
        const Extraction x = client.extract(hang, DocumentFormat::Text, {}, &failure);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(x.error, QStringLiteral("timed out after 2 s"));
        QCOMPARE(failure, ExtractionClient::Failure::TimedOut);
        QVERIFY2(elapsed >= 1900 && elapsed < 3500, qPrintable(QString::number(elapsed)));

        const Extraction y = client.extract(next, DocumentFormat::Text, {}, &failure);
        QCOMPARE(failure, ExtractionClient::Failure::None);
        QCOMPARE(y.pages, QStringList{QStringLiteral("Nach dem Hänger")});
    }

    void hogExceedsMemory()
    {
        if (!ExtractionClient::memoryLimitSupported())
            QSKIP("AddressSanitizer build: ASan reserves huge virtual memory, so the worker sets no RLIMIT_AS");
        TestPdfWriter pdf;
        pdf.addPage({QStringLiteral("Nach dem Speicherfresser")});
        const QString next = writeFile(QStringLiteral("danach3.pdf"), pdf.toByteArray());
        ExtractionClient client(m_worker, 1, 20, 200);
        // operator new failing (the new handler), and malloc failing ending in abort() as in
        // Poppler's gmalloc.
        for (const QString &name : {QStringLiteral("c__hog__.txt"), QStringLiteral("d__hog_malloc__.txt")}) {
            ExtractionClient::Failure failure = ExtractionClient::Failure::None;
            const Extraction x = client.extract(writeText(name, QStringLiteral("x")), DocumentFormat::Text, {}, &failure);
            QCOMPARE(x.error, QStringLiteral("exceeded the memory limit of 200 MB"));
            QCOMPARE(failure, ExtractionClient::Failure::OutOfMemory);

            const Extraction y = client.extract(next, DocumentFormat::Pdf, {}, &failure);
            QCOMPARE(failure, ExtractionClient::Failure::None); // 200 MB are plenty for an ordinary file
            QCOMPARE(y.pages.size(), 1);
            QVERIFY(y.pages.at(0).contains(QStringLiteral("Speicherfresser")));
        }
        QCOMPARE(client.workersStarted(), 3);
    }

    // The test hooks exist only in srtoolbox-extract-testhooks: the shipped worker, the one the
    // programs find, extracts such a file like any other, whatever the environment says.
    void shippedWorkerHasNoHooks()
    {
        const QString shipped = ExtractionClient::defaultWorkerPath();
        QCOMPARE(QFileInfo(shipped).fileName(), QStringLiteral("srtoolbox-extract"));
        qputenv("SRTOOLBOX_EXTRACT_TEST_HOOK",
                "1"); // what switched the hooks on in the shipped worker before
        for (const QString &name : { QStringLiteral("e__crash__.txt"), QStringLiteral("e__hang__.txt") }) {
            const QString path = writeText(name, QStringLiteral("Harmlos"));
            ExtractionClient client(shipped, 1, 20, 0);
            const Extraction x = client.extract(path, DocumentFormat::Text);
            QCOMPARE(x.error, QString());
            QCOMPARE(x.pages, QStringList{QStringLiteral("Harmlos")});
        }
        qunsetenv("SRTOOLBOX_EXTRACT_TEST_HOOK");
    }

    // Warnings come from the worker, in the language the application had when the client was made.
    void workerSpeaksTheClientsLanguage()
    {
        // A format without an extractor (images have one now: OCR).
        const QString file = writeFile(QStringLiteral("daten.bin"), "\x01\x02");
        QVERIFY(Translations::install(QStringLiteral("de")));
        const Extraction inProcess = ExtractorRegistry::extractFile(file, DocumentFormat::Unknown);
        const Extraction viaWorker
            = ExtractionClient(m_worker, 1, 20, 0).extract(file, DocumentFormat::Unknown);
        Translations::install(QStringLiteral("en")); // the source language, as in the other tests
        QCOMPARE(inProcess.warnings.value(0),
                 QStringLiteral(
                     "Format other: Nur die Metadaten werden katalogisiert, es wird kein Text extrahiert."));
        QCOMPARE(viaWorker.warnings, inProcess.warnings);
    }

    // An idle worker that died is replaced without failing the next file.
    void deadIdleWorkerReplaced()
    {
        const QString path = writeText(QStringLiteral("h.txt"), QStringLiteral("Ersatz"));
        ExtractionClient client(m_worker, 1, 20, 0);
        QCOMPARE(client.extract(path, DocumentFormat::Text).pages.value(0), QStringLiteral("Ersatz"));
        // Kill our one worker while it is idle.
        const QList<pid_t> workers = children();
        QCOMPARE(workers.size(), 1);
        QCOMPARE(::kill(workers.front(), SIGKILL), 0);
        QTest::qWait(100);
        ExtractionClient::Failure failure = ExtractionClient::Failure::Crashed;
        QCOMPARE(client.extract(path, DocumentFormat::Text, {}, &failure).pages.value(0), QStringLiteral("Ersatz"));
        QCOMPARE(failure, ExtractionClient::Failure::None);
        QCOMPARE(client.workersStarted(), 2);
    }

    // A descriptor the application left inheritable does not reach the worker.
    void workerInheritsNoDescriptors()
    {
        const QString path = writeText(QStringLiteral("offen.txt"), QStringLiteral("offen"));
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY); // no O_CLOEXEC
        QVERIFY(fd > 2);
        ExtractionClient client(m_worker, 1, 20, 0);
        QCOMPARE(client.extract(path, DocumentFormat::Text).pages.value(0), QStringLiteral("offen"));
        const QList<pid_t> workers = children();
        ::close(fd);
        QCOMPARE(workers.size(), 1);
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(workers.front()));
        const QStringList entries = fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        QVERIFY(entries.size() >= 3);
        for (const QString &entry : entries)
            QVERIFY2(QFile::symLinkTarget(fds.filePath(entry)) != path, qPrintable(entry));
    }

    void manyThreadsFewWorkers()
    {
        constexpr int Files = 40;
        constexpr int Threads = 8;
        QStringList paths;
        for (int i = 0; i < Files; ++i)
            paths.append(writeText(QStringLiteral("datei%1.txt").arg(i), QStringLiteral("Datei Nr. %1 – Grüße").arg(i)));
        ExtractionClient client(m_worker, 2, 20, 0);
        QList<Extraction> results(Files);
        std::atomic_int next{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.emplace_back([&] {
                for (int i = next++; i < Files; i = next++)
                    results[i] = client.extract(paths.at(i), DocumentFormat::Text);
            });
        }
        for (auto &thread : threads)
            thread.join();
        for (int i = 0; i < Files; ++i) {
            QCOMPARE(results.at(i).error, QString());
            QCOMPARE(results.at(i).pages, QStringList{QStringLiteral("Datei Nr. %1 – Grüße").arg(i)});
        }
        QCOMPARE(client.workersStarted(), 2);
        QCOMPARE(client.workersRunning(), 2);
    }

    void destructorReapsWorkers()
    {
        const QString path = writeText(QStringLiteral("kurz.txt"), QStringLiteral("kurz"));
        QElapsedTimer timer;
        {
            ExtractionClient client(m_worker, 3, 20, 0);
            QStringList texts(3);
            std::vector<std::thread> threads;
            for (int t = 0; t < 3; ++t)
                threads.emplace_back([&, t] { texts[t] = client.extract(path, DocumentFormat::Text).pages.value(0); });
            for (auto &thread : threads)
                thread.join();
            QCOMPARE(texts, QStringList(3, QStringLiteral("kurz")));
            QVERIFY(client.workersRunning() >= 1);
            timer.start();
        }
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        // cleanup() checks that no child, running or zombie, is left.
    }

    void missingWorker()
    {
        ExtractionClient client(m_dir.filePath(QStringLiteral("nicht-da/srtoolbox-extract")), 1, 5, 0);
        ExtractionClient::Failure failure = ExtractionClient::Failure::None;
        const Extraction x = client.extract(writeText(QStringLiteral("f.txt"), QStringLiteral("f")), DocumentFormat::Text, {}, &failure);
        QCOMPARE(failure, ExtractionClient::Failure::NoWorker);
        QVERIFY2(x.error.contains(QStringLiteral("could not be started")), qPrintable(x.error));
        QCOMPARE(client.workersRunning(), 0);
    }

    void badRepliesDiscardTheWorker()
    {
        const QString file = writeText(QStringLiteral("g.txt"), QStringLiteral("g"));
        const QList<QByteArray> scripts = {
            "printf '\\377\\377\\377\\377'; exec sleep 30",        // a length beyond any frame
            "printf '\\000\\000\\000\\005hello'; exec sleep 30",   // a frame, but no result in it
            "cat >/dev/null",                                       // never answers, ends at EOF
        };
        for (const QByteArray &body : scripts) {
            ExtractionClient client(writeScript(QStringLiteral("fake.sh"), body), 1, 1, 0);
            ExtractionClient::Failure failure = ExtractionClient::Failure::None;
            QElapsedTimer timer;
            timer.start();
            const Extraction x = client.extract(file, DocumentFormat::Text, {}, &failure);
            if (body.startsWith("cat")) {
                QCOMPARE(failure, ExtractionClient::Failure::TimedOut);
            } else {
                QCOMPARE(x.error, QStringLiteral("the extractor sent an invalid reply"));
                QCOMPARE(failure, ExtractionClient::Failure::BadReply);
                QVERIFY(timer.elapsed() < 1500);
            }
            QCOMPARE(client.workersRunning(), 0);
        }
        // A worker that exits with an unexpected code.
        ExtractionClient client(writeScript(QStringLiteral("exit.sh"), "exit 7"), 1, 5, 0);
        QCOMPARE(client.extract(file, DocumentFormat::Text).error, QStringLiteral("the extractor crashed (exit code 7)"));
    }

    // Not a pass/fail test: prints what a round trip through a worker costs per file.
    void overhead()
    {
        constexpr int Files = 1000;
        QStringList paths;
        for (int i = 0; i < Files; ++i)
            paths.append(writeText(QStringLiteral("klein%1.txt").arg(i), QStringLiteral("Kleine Datei %1").arg(i)));
        auto run = [&](int threads, const std::function<Extraction(const QString &)> &extract, int files = 1000) {
            std::atomic_int next{0};
            std::atomic_int good{0};
            QElapsedTimer timer;
            timer.start();
            std::vector<std::thread> pool;
            for (int t = 0; t < threads; ++t) {
                pool.emplace_back([&] {
                    for (int i = next++; i < files; i = next++)
                        good += extract(paths.at(i)).pages.value(0) == QStringLiteral("Kleine Datei %1").arg(i);
                });
            }
            for (auto &thread : pool)
                thread.join();
            const qint64 ns = timer.nsecsElapsed();
            return std::pair{good.load(), double(ns) / files / 1000.0};
        };
        auto inProcess = [](const QString &p) { return ExtractorRegistry::extractFile(p, DocumentFormat::Text); };
        for (int workers : {1, 2}) {
            ExtractionClient client(m_worker, workers, 20, 0);
            auto viaWorker = [&](const QString &p) { return client.extract(p, DocumentFormat::Text); };
            run(workers, viaWorker, 20); // start-up is not per file: start all workers first
            QCOMPARE(client.workersStarted(), workers);
            const auto [inGood, inMicros] = run(workers, inProcess);
            const auto [wGood, wMicros] = run(workers, viaWorker);
            QCOMPARE(inGood, Files);
            QCOMPARE(wGood, Files);
            qInfo("%d thread(s): in-process %.1f µs/file, through %d worker(s) %.1f µs/file", workers, inMicros,
                  workers, wMicros);
        }
        QElapsedTimer timer;
        timer.start();
        {
            ExtractionClient client(m_worker, 1, 20, 0);
            client.extract(paths.at(0), DocumentFormat::Text);
        }
        qInfo("worker start-up + first file + shutdown: %.1f ms", double(timer.nsecsElapsed()) / 1e6);
    }
};

QTEST_GUILESS_MAIN(TestExtractionClient)
#include "TestExtractionClient.moc"
