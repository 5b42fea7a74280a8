#include "TestLibraryHelpers.h"
#include "core/library/Library.h"
#include "gui/main/MainWindow.h"
#include "gui/search/SearchResultModel.h"
#include "gui/startup/LibraryProblemDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Damage found while the window is open — by a search, or by the check that runs after start —
// brings up the problem dialog with the way out, instead of rows without details.
class TestDamagedCatalogDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_pristine;
    qint64 m_pageSize = 0;
    qint64 m_documentsPage = 0;
    qint64 m_textPage = 0;
    QString m_backup;

    QString catalog() const { return m_dir.filePath(QStringLiteral("catalog.db")); }

    void flip(qint64 page)
    {
        QByteArray bytes = m_pristine;
        for (qint64 i = (page - 1) * m_pageSize; i < (page - 1) * m_pageSize + 16; ++i)
            bytes[i] = char(~bytes[i]);
        TestHelpers::writeFile(m_dir.path(), QStringLiteral("catalog.db"), bytes);
    }

    // Answers the problem dialog when it shows: clicks the button whose text starts with `button`.
    void answerDialog(const QString &button)
    {
        auto *timer = new QTimer(this);
        auto text = std::make_shared<QString>();
        connect(timer, &QTimer::timeout, this, [timer, text, button] {
            auto *dialog = qobject_cast<LibraryProblemDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                *text += label->text();
            for (QPushButton *candidate : dialog->findChildren<QPushButton *>()) {
                if (candidate->text().remove(QLatin1Char('&')).startsWith(button))
                    candidate->click();
            }
            timer->deleteLater();
        });
        timer->start(20);
        m_answered = text;
    }
    std::shared_ptr<QString> m_answered;

private slots:
    void initTestCase()
    {
        QString error;
        auto library = Library::open(m_dir.path(), &error);
        QVERIFY2(library, qPrintable(error));
        SqliteTransaction transaction(library->database());
        for (int i = 0; i < 240; ++i) {
            DocumentRecord doc;
            doc.sha256 = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
            doc.filename = QStringLiteral("Dokument%1.txt").arg(i);
            doc.title = QStringLiteral("Förderantrag %1").arg(i);
            doc.format = QStringLiteral("txt");
            QVERIFY(library->catalog().insertDocument(
                doc, QStringLiteral("Straßenbeleuchtung und Sensoren. ").repeated(40)));
        }
        QVERIFY(transaction.commit());
        m_pageSize = library->database().scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
        const auto middleLeaf = [&](const QString &table) {
            return library->database()
                .scalar(QStringLiteral(
                            "SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = 'leaf' ORDER BY pageno "
                            "LIMIT 1 OFFSET (SELECT count(*) / 2 FROM dbstat WHERE name = ?1 AND pagetype = "
                            "'leaf')"),
                        { table })
                .toLongLong();
        };
        m_documentsPage = middleLeaf(QStringLiteral("documents"));
        m_textPage = middleLeaf(QStringLiteral("document_text"));
        QVERIFY(m_documentsPage > 2 && m_textPage > 2);
        m_backup = library->backupCatalog(&error);
        QVERIFY2(!m_backup.isEmpty(), qPrintable(error));
        library.reset();
        m_pristine = TestHelpers::readFile(catalog());
    }

    void searchMeetingDamageOffersTheBackups()
    {
        flip(m_documentsPage);
        QString error;
        auto library = Library::open(m_dir.path(), &error);
        QVERIFY2(library, qPrintable(error));
        answerDialog(QStringLiteral("Quit"));
        MainWindow window(*library);
        window.show();
        // The browse at start reads every documents row.
        QTRY_VERIFY(window.problemOutcome().has_value());
        QCOMPARE(window.problemOutcome()->choice, LibraryProblemDialog::Quit);
        QVERIFY2(m_answered->contains(QStringLiteral("damaged")), qPrintable(*m_answered));
        QVERIFY2(m_answered->contains(catalog()), qPrintable(*m_answered));
        QVERIFY(!window.isVisible());
    }

    void backgroundCheckFindsDamageNoReadTouched()
    {
        flip(m_textPage); // document text: read by neither the browse nor the result list
        QString error;
        auto library = Library::open(m_dir.path(), &error);
        QVERIFY2(library, qPrintable(error));
        MainWindow window(*library);
        window.show();
        QTRY_COMPARE(window.resultModel()->total(), 240);
        QVERIFY(!window.problemOutcome());
        answerDialog(QStringLiteral("Restore this backup"));
        window.checkCatalogInBackground();
        QTRY_VERIFY(window.problemOutcome().has_value());
        QCOMPARE(window.problemOutcome()->choice, LibraryProblemDialog::RestoreBackup);
        QCOMPARE(window.problemOutcome()->backupPath, m_backup);
    }
};

QTEST_MAIN(TestDamagedCatalogDialog)
#include "TestDamagedCatalogDialog.moc"
