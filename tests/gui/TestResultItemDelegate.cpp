#include "core/search/SearchTypes.h"
#include "gui/search/ResultItemDelegate.h"
#include "gui/search/SearchResultModel.h"

#include <QApplication>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>
#include <QTextLayout>

// A search hit as drawn in the result list (#16, items 3 and 11).
class TestResultItemDelegate : public QObject
{
    Q_OBJECT

    static QString marked(const QString &word) { return SearchHit::MarkStart + word + SearchHit::MarkEnd; }

    static QImage paint(const QModelIndex &index, QStyle::State state)
    {
        ResultItemDelegate delegate;
        QImage canvas(400, ResultItemDelegate::rowHeight(QApplication::font()), QImage::Format_RGB32);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        QStyleOptionViewItem option;
        option.rect = canvas.rect();
        option.font = QApplication::font();
        option.state = QStyle::State_Enabled | state;
        option.palette.setColor(QPalette::Text, Qt::black);
        option.palette.setColor(QPalette::Base, Qt::white);
        option.palette.setColor(QPalette::Highlight, QColor(0, 0, 200));
        delegate.paint(&painter, option, index);
        return canvas;
    }

    static int pixels(const QImage &image, QRgb color)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) == color ? 1 : 0;
        return count;
    }

private slots:
    void readsTheMarks()
    {
        const auto text = ResultItemDelegate::markedText(
            QStringLiteral("…die ") + marked(QStringLiteral("Straßenbeleuchtung"))
            + QStringLiteral(" der\nGemeinde ") + marked(QStringLiteral("LED")));
        QCOMPARE(text.text, QStringLiteral("…die Straßenbeleuchtung der Gemeinde LED"));
        QCOMPARE(text.marks.size(), 2);
        QCOMPARE(text.text.mid(text.marks.at(0).first, text.marks.at(0).second),
                 QStringLiteral("Straßenbeleuchtung"));
        QCOMPARE(text.text.mid(text.marks.at(1).first, text.marks.at(1).second), QStringLiteral("LED"));
        // An unmatched mark marks nothing.
        QVERIFY(ResultItemDelegate::markedText(QString(SearchHit::MarkEnd) + QStringLiteral("x"))
                    .marks.isEmpty());
    }

    void theSnippetWrapsToTwoLinesAndIsCutAfter()
    {
        QTextLayout layout(QString(60, QLatin1Char('w')).replace(QLatin1Char('w'), QStringLiteral("Wort ")),
                           QApplication::font());
        bool elided = false;
        ResultItemDelegate::layoutSnippet(layout, 200, &elided);
        QCOMPARE(layout.lineCount(), ResultItemDelegate::SnippetLines);
        QVERIFY(elided);
        QTextLayout shortText(QStringLiteral("kurz"), QApplication::font());
        ResultItemDelegate::layoutSnippet(shortText, 200, &elided);
        QCOMPARE(shortText.lineCount(), 1);
        QVERIFY(!elided);
        // Room for title, two snippet lines and the metadata.
        QVERIFY(ResultItemDelegate::rowHeight(QApplication::font())
                >= 4 * QFontMetrics(QApplication::font()).height());
    }

    // #16, item 7: the format as the file's extension, not the catalog's group ("LEGACY-OFFICE").
    void theFormatIsTheFilesExtension()
    {
        SearchResult result;
        SearchHit doc;
        doc.id = 1;
        doc.title = QStringLiteral("Alter Bericht");
        doc.filename = QStringLiteral("Bericht.doc");
        doc.format = QStringLiteral("doc");
        SearchHit logo = doc;
        logo.id = 2;
        logo.filename = QStringLiteral("Logo.png");
        logo.format = QStringLiteral("image");
        result.hits = { doc, logo };
        result.total = 2;
        SearchResultModel model;
        model.setResult(result);
        QCOMPARE(model.index(0, SearchResultModel::Format).data().toString(), QStringLiteral("DOC"));
        QCOMPARE(model.index(1, SearchResultModel::Format).data().toString(), QStringLiteral("PNG"));
        QVERIFY(model.index(0, SearchResultModel::Title)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .endsWith(QStringLiteral("DOC")));
    }

    void paintsTheMarkedWordsAndTheFocus()
    {
        QStandardItemModel model(1, SearchResultModel::ColumnCount);
        model.setData(model.index(0, 0), QStringLiteral("Förderantrag"));
        model.setData(model.index(0, 0),
                      QStringLiteral("mit ") + marked(QStringLiteral("Straßenbeleuchtung")),
                      SearchResultModel::SnippetRole);
        model.setData(model.index(0, SearchResultModel::Type), QStringLiteral("Beispieldokument"));
        const QImage plain = paint(model.index(0, 0), {});
        QVERIFY2(pixels(plain, QColor(0xff, 0xd5, 0x4f).rgb()) > 50, "the marked word has no highlight");
        // The row with the keyboard has a frame in the highlight colour (#16, item 11).
        const QImage focused = paint(model.index(0, 0), QStyle::State_HasFocus);
        QVERIFY(pixels(focused, QColor(0, 0, 200).rgb()) > pixels(plain, QColor(0, 0, 200).rgb()) + 100);
    }
    // The user's own tags (#18) are drawn apart from the library's: outlined in the highlight colour.
    void paintsPersonalTagsOutlined()
    {
        QStandardItemModel model(1, SearchResultModel::ColumnCount);
        model.setData(model.index(0, 0), QStringLiteral("Förderantrag"));
        model.setData(model.index(0, 0), QStringList { QStringLiteral("Förderung") },
                      SearchResultModel::TagsRole);
        const QImage without = paint(model.index(0, 0), {});
        model.setData(model.index(0, 0), QStringList { QStringLiteral("Projekt/Licht") },
                      SearchResultModel::PersonalTagsRole);
        const QImage with = paint(model.index(0, 0), {});
        QCOMPARE(pixels(without, QColor(0, 0, 200).rgb()), 0);
        QVERIFY2(pixels(with, QColor(0, 0, 200).rgb()) > 40, "no outlined chip");
    }
};

QTEST_MAIN(TestResultItemDelegate)
#include "TestResultItemDelegate.moc"
