#include "TestLibraryHelpers.h"
#include "TestOfficeFiles.h"
#include "core/extract/PasswordProtection.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

// Office files protected by a password are told from their structure (#13). The encrypted files in
// tests/data/office were written by LibreOffice 7.4 (storeToURL with a Password, "geheim"): an ODT,
// a Word 97 and an Excel 97 file. LibreOffice 7.4 writes no encrypted DOCX, and no other tool for it is
// installed here; the OOXML case (an OLE2 container with an EncryptionInfo stream) is covered by its rule.
class TestPasswordProtection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString data(const QString &name) { return QStringLiteral(SRT_TEST_DATA_DIR "/office/") + name; }

private slots:
    void encryptedFilesAreProtected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("odt") << "verschluesselt.odt";
        QTest::newRow("doc") << "verschluesselt.doc";
        QTest::newRow("xls") << "verschluesselt.xls";
    }

    void encryptedFilesAreProtected()
    {
        QFETCH(QString, name);
        QVERIFY(QFileInfo::exists(data(name)));
        QVERIFY(PasswordProtection::isProtected(data(name)));
    }

    void plainFilesAreNot()
    {
        QVERIFY(!PasswordProtection::isProtected(data(QStringLiteral("unverschluesselt.doc"))));
        const QString odt = TestHelpers::writeFile(
            m_dir.path(), QStringLiteral("satzung.odt"),
            TestOfficeFiles::odt(QStringLiteral("Satzung"), { QStringLiteral("Text") }));
        const QString docx = TestHelpers::writeFile(
            m_dir.path(), QStringLiteral("satzung.docx"),
            TestOfficeFiles::docx(QStringLiteral("Satzung"), { QStringLiteral("Text") }));
        QVERIFY(!PasswordProtection::isProtected(odt));
        QVERIFY(!PasswordProtection::isProtected(docx));
        QVERIFY(!PasswordProtection::isProtected(m_dir.filePath(QStringLiteral("fehlt.doc"))));
    }

    // A damaged or hostile OLE2 container (sector numbers anywhere, a directory chain that loops)
    // is read within bounds and is not taken for protected.
    void damagedContainersAreReadSafely()
    {
        QByteArray header("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        header.resize(512, '\0');
        header[0x1E] = 9; // 512-byte sectors
        QRandomGenerator random(13);
        for (int round = 0; round < 200; ++round) {
            QByteArray bytes = header;
            for (int i = 0; i < 4096; ++i)
                bytes.append(char(random.bounded(256)));
            // The directory and the first FAT sector point into the random part, or past the end.
            qToLittleEndian<quint32>(random.bounded(12u), bytes.data() + 0x30);
            qToLittleEndian<quint32>(random.bounded(12u), bytes.data() + 0x4C);
            const QString path = TestHelpers::writeFile(m_dir.path(), QStringLiteral("kaputt.doc"), bytes);
            PasswordProtection::isProtected(path); // no crash, no endless loop
        }
        QVERIFY(!PasswordProtection::isProtected(
            TestHelpers::writeFile(m_dir.path(), QStringLiteral("kurz.doc"), header.left(100))));
    }
};

QTEST_GUILESS_MAIN(TestPasswordProtection)
#include "TestPasswordProtection.moc"
