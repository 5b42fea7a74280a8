#include "core/util/Sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

// The content store names every file by this hash: it must be SHA-256 exactly, in pieces or whole.
class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void knownHashes()
    {
        QCOMPARE(Sha256::hash({}).toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sha256::hash("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    // Pieces of every size, across the 64-byte blocks, give the hash of the whole; result() starts
    // anew; a device is read to its end.
    void piecesAndDevicesGiveTheHashOfTheWhole()
    {
        QByteArray data;
        for (int i = 0; i < 300000; ++i)
            data.append(char(i * 7 + i / 251));
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        Sha256 sha;
        for (qsizetype at = 0, piece = 1; at < data.size(); at += piece, piece = piece * 3 % 1000 + 1)
            sha.addData(QByteArrayView(data.constData() + at, qMin(piece, data.size() - at)));
        QCOMPARE(sha.result(), expected);
        sha.addData("abc");
        QCOMPARE(sha.result(), Sha256::hash("abc"));
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QVERIFY(sha.addData(&buffer));
        QCOMPARE(sha.result(), expected);
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "TestSha256.moc"
