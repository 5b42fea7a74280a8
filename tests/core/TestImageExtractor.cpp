#include "TestScanWriter.h"
#include "core/extract/ImageExtractor.h"
#include "core/extract/OcrBoxes.h"
#include "core/extract/OcrEngine.h"

#include <QtTest>
#include <thread>

class TestImageExtractor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeImage(const QString &name, const QStringList &lines)
    {
        const QString path = m_dir.filePath(name);
        TestScanWriter writer;
        writer.addScannedPage(lines);
        [&] { QVERIFY(writer.writeImage(path)); }();
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!OcrEngine::forThisThread().isAvailable())
            QSKIP("Tesseract with German data is not installed");
    }

    void readsTheTextOfAnImage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << "beschluss.png";
        QTest::newRow("jpeg") << "beschluss.jpg";
    }

    void readsTheTextOfAnImage()
    {
        QFETCH(QString, name);
        const QString path
            = writeImage(name, { QStringLiteral("Ratsbeschluss"), QStringLiteral("Haushaltssatzung 2024") });
        const Extraction x = ImageExtractor().extract(path);
        QVERIFY2(x.ok(), qPrintable(x.error));
        QVERIFY(x.textExtracted);
        QVERIFY(x.paged);
        QCOMPARE(x.pageCount, 1);
        QCOMPARE(x.pages.size(), 1);
        QVERIFY2(x.pages.at(0).contains(QStringLiteral("Ratsbeschluss")), qPrintable(x.pages.at(0)));
        QVERIFY2(x.pages.at(0).contains(QStringLiteral("Haushaltssatzung")), qPrintable(x.pages.at(0)));
        QCOMPARE(x.ocrPages.size(), 1);
        QCOMPARE(x.ocrPages.at(0).page, 1);
        QList<OcrWord> words;
        QVERIFY(OcrBoxes::decode(x.ocrPages.at(0).boxes, &words));
        const auto word = std::find_if(words.cbegin(), words.cend(), [](const OcrWord &w) {
            return w.text == QStringLiteral("Ratsbeschluss");
        });
        QVERIFY(word != words.cend());
        // The first line, at the left: top-left quarter of the page.
        QVERIFY2(word->box.left() < 0.5 && word->box.top() < 0.5 && word->box.width() > 0.1,
                 qPrintable(QString::number(word->box.left())));
    }

    void tiffThroughLeptonica()
    {
        // Qt here has no TIFF writer: write one with the test's own minimal encoder, uncompressed grey.
        TestScanWriter writer;
        writer.addScannedPage({ QStringLiteral("Ratsbeschluss") });
        const QImage image = writer.renderPage(0).convertToFormat(QImage::Format_Grayscale8);
        QByteArray tiff("II*\0", 4);
        auto u16 = [&](quint16 v) { tiff.append(char(v & 0xff)).append(char(v >> 8)); };
        auto u32 = [&](quint32 v) {
            u16(quint16(v & 0xffff));
            u16(quint16(v >> 16));
        };
        const quint32 pixels = quint32(image.width() * image.height());
        u32(8 + pixels); // the directory follows the pixels
        for (int y = 0; y < image.height(); ++y)
            tiff.append(reinterpret_cast<const char *>(image.constScanLine(y)), image.width());
        const quint16 entries = 8;
        u16(entries);
        auto entry = [&](quint16 tag, quint16 type, quint32 value) {
            u16(tag);
            u16(type);
            u32(1);
            u32(value);
        };
        entry(256, 4, quint32(image.width())); // ImageWidth
        entry(257, 4, quint32(image.height())); // ImageLength
        entry(258, 3, 8); // BitsPerSample
        entry(259, 3, 1); // no compression
        entry(262, 3, 1); // BlackIsZero
        entry(273, 4, 8); // StripOffsets
        entry(278, 4, quint32(image.height())); // RowsPerStrip
        entry(279, 4, pixels); // StripByteCounts
        u32(0);
        const QString path = m_dir.filePath(QStringLiteral("fax.tif"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tiff);
        file.close();

        const Extraction x = ImageExtractor().extract(path);
        QVERIFY2(x.ok(), qPrintable(x.error));
        QVERIFY2(x.textExtracted, qPrintable(x.warnings.join(u'\n')));
        QVERIFY2(x.pages.value(0).contains(QStringLiteral("Ratsbeschluss")), qPrintable(x.pages.value(0)));
    }

    // A multi-page TIFF (a scanner's, a fax): every page is read, each page's text and boxes under
    // its own number, so hits name the page; the OCR page limit holds for the TIFF's pages as for a PDF's.
    void multiPageTiffReadsEveryPage()
    {
        TestScanWriter writer;
        writer.addScannedPage({ QStringLiteral("Ratsbeschluss") })
            .addScannedPage({ QStringLiteral("Friedhofssatzung") })
            .addScannedPage({ QStringLiteral("Gebührenordnung") });
        const QString path = m_dir.filePath(QStringLiteral("drei-seiten.tif"));
        QVERIFY(writer.writeTiff(path));

        const Extraction x = ImageExtractor().extract(path);
        QVERIFY2(x.ok(), qPrintable(x.error));
        QVERIFY2(x.warnings.isEmpty(), qPrintable(x.warnings.join(u'\n')));
        QCOMPARE(x.pageCount, 3);
        QCOMPARE(x.pages.size(), 3);
        QVERIFY2(x.pages.at(0).contains(QStringLiteral("Ratsbeschluss")), qPrintable(x.pages.at(0)));
        QVERIFY2(x.pages.at(1).contains(QStringLiteral("Friedhofssatzung")), qPrintable(x.pages.at(1)));
        QVERIFY2(x.pages.at(2).contains(QStringLiteral("Gebührenordnung")), qPrintable(x.pages.at(2)));
        QCOMPARE(x.ocrPages.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(x.ocrPages.at(i).page, i + 1);

        ExtractionLimits limits;
        limits.maxOcrPages = 2;
        const Extraction limited = ImageExtractor().extract(path, limits);
        QCOMPARE(limited.pageCount, 3);
        QCOMPARE(limited.pages.size(), 3);
        QVERIFY(limited.pages.at(2).isEmpty());
        QCOMPARE(limited.ocrPages.size(), 2);
        QCOMPARE(limited.warnings.size(), 1);
        QVERIFY2(limited.warnings.at(0).contains(QStringLiteral("first 2")),
                 qPrintable(limited.warnings.at(0)));
    }

    // An image without text, or one that cannot be decoded, is kept with its metadata as before.
    void metadataOnlyWhenNothingIsRead()
    {
        const QString blank = m_dir.filePath(QStringLiteral("leer.png"));
        QImage white(400, 200, QImage::Format_RGB32);
        white.fill(Qt::white);
        QVERIFY(white.save(blank));
        Extraction x = ImageExtractor().extract(blank);
        QVERIFY(x.ok());
        QVERIFY(!x.textExtracted);
        QVERIFY(x.ocrPages.isEmpty());
        QVERIFY(x.warnings.isEmpty()); // a picture without words is nothing to warn about

        const QString broken = m_dir.filePath(QStringLiteral("kaputt.png"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\nnothing else");
        file.close();
        x = ImageExtractor().extract(broken);
        QVERIFY(x.ok());
        QVERIFY(!x.textExtracted);
        QCOMPARE(x.warnings.size(), 1);
    }

    // Without Tesseract's German data an image is cataloged with metadata only, as before OCR, and
    // the warning says what to install.
    void withoutOcrDataMetadataOnly()
    {
        const QString path = writeImage(QStringLiteral("ohne-ocr.png"), { QStringLiteral("Ratsbeschluss") });
        QTemporaryDir noData;
        const QByteArray saved = qgetenv("TESSDATA_PREFIX");
        qputenv("TESSDATA_PREFIX", noData.path().toUtf8());
        Extraction x;
        std::thread([&] { x = ImageExtractor().extract(path); }).join(); // a fresh engine looks again
        if (saved.isNull())
            qunsetenv("TESSDATA_PREFIX");
        else
            qputenv("TESSDATA_PREFIX", saved);
        QVERIFY(x.ok());
        QVERIFY(!x.textExtracted);
        QVERIFY(x.ocrPages.isEmpty());
        QCOMPARE(x.warnings.size(), 1);
        QVERIFY2(x.warnings.at(0).contains(QStringLiteral("tesseract-ocr-deu")),
                 qPrintable(x.warnings.at(0)));
    }

    // A decompression bomb: a small PNG that declares 40,000 × 40,000 pixels (6.4 GB decoded) is
    // refused from its header, before anything is allocated for it, and kept with its metadata.
    void hugeImageRefusedBeforeDecoding()
    {
        const auto crc32 = [](const QByteArray &bytes) {
            quint32 crc = 0xffffffffu;
            for (const char byte : bytes) {
                crc ^= quint8(byte);
                for (int k = 0; k < 8; ++k)
                    crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
            }
            return ~crc;
        };
        const auto chunk = [&](const QByteArray &type, const QByteArray &data) {
            QByteArray out;
            QDataStream stream(&out, QIODevice::WriteOnly);
            stream << quint32(data.size());
            out += type + data;
            QByteArray crc;
            QDataStream(&crc, QIODevice::WriteOnly) << crc32(type + data);
            return out + crc;
        };
        QByteArray header;
        QDataStream(&header, QIODevice::WriteOnly) << quint32(40000) << quint32(40000) << quint8(8)
                                                   << quint8(0) << quint8(0) << quint8(0) << quint8(0);
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header)
            + chunk("IDAT", QByteArray("\x78\x9c\x03\x00\x00\x00\x00\x01", 8)) + chunk("IEND", QByteArray());
        const QString path = m_dir.filePath(QStringLiteral("bombe.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(png);
        file.close();
        const Extraction x = ImageExtractor().extract(path);
        QVERIFY(x.ok());
        QVERIFY(!x.textExtracted);
        QCOMPARE(x.warnings.size(), 1);
        QVERIFY2(x.warnings.at(0).contains(QStringLiteral("too large to read (40000 × 40000 pixels)")),
                 qPrintable(x.warnings.at(0)));
    }

    void pageLimit()
    {
        ExtractionLimits limits;
        limits.maxOcrPages = 0;
        const Extraction x = ImageExtractor().extract(
            writeImage(QStringLiteral("limit.png"), { QStringLiteral("Ratsbeschluss") }), limits);
        QVERIFY(x.ok());
        QVERIFY(!x.textExtracted);
        QCOMPARE(x.warnings.size(), 1);
        QVERIFY2(x.warnings.at(0).contains(QStringLiteral("first 0")), qPrintable(x.warnings.at(0)));
    }
};

QTEST_MAIN(TestImageExtractor)
#include "TestImageExtractor.moc"
