#include "TestLibraryHelpers.h"
#include "TestZipWriter.h"
#include "core/extract/ZipPackage.h"
#include "core/library/Catalog.h"
#include "core/library/Library.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// srtoolbox-cli use-template (issue #14): --dry-run lists the placeholders and their values, --set
// wins over the profile, an existing target is refused without --replace, a read-only library works.
namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(SRT_CLI_PATH), args);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

// "[Gemeinde]" split over three runs as Word writes it, a declared stand-in and a blank.
QByteArray templateDocx()
{
    const QByteArray document
        = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
          "<w:p><w:r><w:t xml:space=\"preserve\">Vereinbarung der </w:t></w:r><w:r><w:t>[</w:t></w:r>"
          "<w:proofErr w:type=\"spellStart\"/><w:r><w:t>Gemeinde</w:t></w:r><w:proofErr w:type=\"spellEnd\"/>"
          "<w:r><w:t>]</w:t></w:r></w:p>"
          "<w:p><w:r><w:t>Im Beispielkreis vertreten durch {{Bürgermeister}}, Unterschrift "
          "______</w:t></w:r></w:p>"
          "</w:body></w:document>";
    return TestZipWriter()
        .add(
            QStringLiteral("[Content_Types].xml"),
            R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)")
        .add(QStringLiteral("word/document.xml"), document)
        .toByteArray();
}
} // namespace

class TestCliUseTemplate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_id;

private slots:
    void initTestCase()
    {
        qputenv("SRTOOLBOX_PERSONAL", m_dir.filePath(QStringLiteral("user/personal.db")).toUtf8());
        qputenv("SRTOOLBOX_PROFILE", m_dir.filePath(QStringLiteral("user/profile.json")).toUtf8());
        const QString pack = m_dir.filePath(QStringLiteral("Paket"));
        TestHelpers::writeFile(pack, QStringLiteral("Vereinbarung.docx"), templateDocx());
        TestHelpers::writeFile(pack, QStringLiteral("toolbox.json"),
                               R"({"documents": [{"file": "Vereinbarung.docx",
                                   "placeholders": {"Beispielkreis": "district"}}]})");
        m_library = m_dir.filePath(QStringLiteral("Bibliothek"));
        const Run imported = cli({ QStringLiteral("--library"), m_library, QStringLiteral("import"), pack });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QString error;
        auto library = Library::open(m_library, &error);
        QVERIFY2(library, qPrintable(error));
        const QList<DocumentRecord> documents = library->catalog().documents();
        QCOMPARE(documents.size(), 1);
        m_id = QString::number(documents.first().id);
        TestHelpers::writeFile(
            m_dir.filePath(QStringLiteral("user")), QStringLiteral("profile.json"),
            R"({"fields": {"name": "Gemeinde Lahnfels", "district": "Kreis Limburg", "mayor": "Jana Roth"}})");
    }

    void dryRunListsThePlaceholdersAndSetWins()
    {
        const QString target = m_dir.filePath(QStringLiteral("nie.docx"));
        const Run run = cli({ QStringLiteral("--library"), m_library, QStringLiteral("use-template"), m_id,
                              QStringLiteral("--to"), target, QStringLiteral("--dry-run"),
                              QStringLiteral("--set"), QStringLiteral("GEMEINDE=Lahnfels & Co"),
                              QStringLiteral("--set"), QStringLiteral("_1=J. R.") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("[Gemeinde]\tLahnfels & Co\t--set\tText")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Beispielkreis\tKreis Limburg\tprofile\tText")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("{{Bürgermeister}}\tJana Roth\tprofile\tText")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral(
                     "______\tJ. R.\t--set\tText\tIm Beispielkreis vertreten durch {{Bürgermeister}}, "
                     "Unterschrift ______\n")),
                 qPrintable(run.out));
        QVERIFY(!QFile::exists(target));
    }

    void writesTheFilledCopyAndRefusesToOverwrite()
    {
        const QString target = m_dir.filePath(QStringLiteral("Vereinbarung Lahnfels.docx"));
        const QStringList args { QStringLiteral("--library"),
                                 m_library,
                                 QStringLiteral("--read-only"),
                                 QStringLiteral("use-template"),
                                 m_id,
                                 QStringLiteral("--to"),
                                 target,
                                 QStringLiteral("--set"),
                                 QStringLiteral("Bürgermeister=Max Weber") };
        const Run run = cli(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("replaced [Gemeinde] by Gemeinde Lahnfels")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("replaced {{Bürgermeister}} by Max Weber")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("left ______ (Text): no value given")), qPrintable(run.out));
        ZipPackage zip(target);
        QVERIFY(zip.open());
        const QByteArray document = zip.read(QStringLiteral("word/document.xml")).value_or(QByteArray());
        QVERIFY2(document.contains("<w:t>Gemeinde Lahnfels</w:t></w:r><w:proofErr"), document.constData());
        QVERIFY(document.contains("Im Kreis Limburg vertreten durch Max Weber, Unterschrift ______"));

        const Run again = cli(args);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("exists already")), qPrintable(again.err));
        const Run replaced = cli(args
                                 + QStringList { QStringLiteral("--replace"), QStringLiteral("--set"),
                                                 QStringLiteral("Gemeinde=Lahnfels") });
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        QVERIFY(replaced.out.contains(QStringLiteral("replaced [Gemeinde] by Lahnfels")));
    }

    void anExplicitProfileIsUsedAndAMissingOneRefused()
    {
        const QString profile = TestHelpers::writeFile(m_dir.path(), QStringLiteral("andere.json"),
                                                       R"({"fields": {"name": "Stadt Weilburg"}})");
        const Run run = cli({ QStringLiteral("--library"), m_library, QStringLiteral("use-template"), m_id,
                              QStringLiteral("--dry-run"), QStringLiteral("--profile"), profile });
        QVERIFY2(run.out.contains(QStringLiteral("[Gemeinde]\tStadt Weilburg\tprofile")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Beispielkreis\t\tno value")), qPrintable(run.out));
        const Run missing = cli({ QStringLiteral("--library"), m_library, QStringLiteral("use-template"),
                                  m_id, QStringLiteral("--dry-run"), QStringLiteral("--profile"),
                                  m_dir.filePath(QStringLiteral("fehlt.json")) });
        QCOMPARE(missing.exitCode, 1);
        const Run unknown = cli({ QStringLiteral("--library"), m_library, QStringLiteral("use-template"),
                                  QStringLiteral("999"), QStringLiteral("--to"),
                                  m_dir.filePath(QStringLiteral("x.docx")) });
        QCOMPARE(unknown.exitCode, 1);
        const Run noTarget
            = cli({ QStringLiteral("--library"), m_library, QStringLiteral("use-template"), m_id });
        QCOMPARE(noTarget.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliUseTemplate)
#include "TestCliUseTemplate.moc"
