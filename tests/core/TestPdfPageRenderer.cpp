#include "TestPdfWriter.h"
#include "core/preview/PdfPageRenderer.h"

#include <QTemporaryDir>
#include <QTest>

// The PDF page marks what the search matched, not the query letter for letter.
class TestPdfPageRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("antrag.pdf"));
        QVERIFY(TestPdfWriter()
                    .addPage({ QStringLiteral("Deckblatt"), QStringLiteral("Antrag auf Zuschuss") })
                    .addPage({ QStringLiteral("Die Förderung wird beantragt."),
                               QStringLiteral("Der Glasfaser-Ausbau folgt.") })
                    .writeTo(m_path));
    }

    // "foerderung" must mark "Förderung"; Poppler's own search found nothing (no hits, no hit buttons).
    void marksFoldedAndStemmedForms()
    {
        const PdfPageRenderer::Result page
            = PdfPageRenderer::render(m_path, 1, 50, { QStringLiteral("foerderung") });
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.hitCount, 1);
        QCOMPARE(PdfPageRenderer::pagesWithHits(m_path, { QStringLiteral("Förderungen") }), QList<int> { 1 });
    }

    void marksTheHyphenatedSpellingOfAClosedCompound()
    {
        QCOMPARE(PdfPageRenderer::render(m_path, 1, 50, { QStringLiteral("Glasfaserausbau") }).hitCount, 1);
        QCOMPARE(PdfPageRenderer::render(m_path, 1, 50, { QStringLiteral("Vulkan") }).hitCount, 0);
        QCOMPARE(PdfPageRenderer::pagesWithHits(m_path, { QStringLiteral("Vulkan") }), QList<int>());
    }
};

QTEST_GUILESS_MAIN(TestPdfPageRenderer)
#include "TestPdfPageRenderer.moc"
