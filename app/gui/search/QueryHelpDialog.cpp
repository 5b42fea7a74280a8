#include "gui/search/QueryHelpDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QString example(const QString &query, const QString &meaning)
{
    return QStringLiteral("<tr><td><a href=\"query:%1\"><code>%2</code></a></td><td>%3</td></tr>")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(query)), query.toHtmlEscaped(), meaning);
}
} // namespace

QueryHelpDialog::QueryHelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Query syntax"));
    resize(620, 560);
    m_text->setOpenLinks(false);
    m_text->setTabChangesFocus(true); // Tab leaves the text: no keyboard trap
    m_text->setAccessibleName(tr("Query syntax and examples"));
    m_text->setHtml(helpHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("query"))
            emit exampleChosen(QUrl::fromPercentEncoding(url.path().toUtf8()));
    });
}

void QueryHelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Query syntax"));
        m_text->setHtml(helpHtml());
    }
    QDialog::changeEvent(event);
}

QString QueryHelpDialog::helpHtml()
{
    return QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=\"6\">")
               .arg(tr("Searching"),
                    tr("Upper and lower case, umlauts (ä = ae = a, ß = ss) and word forms do not matter; "
                       "a part of a compound word finds the whole word. Click an example to try it."))
        + example(QStringLiteral("Straßenbeleuchtung Förderung"), tr("both words (AND)"))
        + example(QStringLiteral("\"Datenschutz-Folgenabschätzung\""), tr("the exact phrase"))
        + example(QStringLiteral("LoRaWAN ODER Sensor"), tr("either word (OR, ODER)"))
        + example(QStringLiteral("Vertrag -Entwurf"), tr("without a word (-word, NOT, NICHT)"))
        + example(QStringLiteral("Förder*"), tr("words beginning with …"))
        + example(QStringLiteral("(Vergabe ODER Ausschreibung) Sensor"), tr("grouping with parentheses"))
        + example(QStringLiteral("tag:LoRaWAN"), tr("documents with this tag"))
        + example(QStringLiteral("Datenschutzfolgenabschätzung"),
                  tr("a compound in any spelling: closed, with hyphen or spaced"))
        + example(QStringLiteral("AVV"),
                  tr("an abbreviation also finds its long form, and the other way round (list: srtoolbox-cli "
                     "abbreviations)"))
        + example(QStringLiteral("kategorie:Vergabe"), tr("category containing the word (also category:)"))
        + example(QStringLiteral("kategorie:\"Vergabe & Beschaffung\""), tr("exactly this category"))
        + example(QStringLiteral("typ:Mustertext"), tr("document type (also type:)"))
        + example(QStringLiteral("kommune:Fulda"), tr("municipality (also municipality:)"))
        + example(QStringLiteral("jahr:2021..2023"), tr("year or range of years (also year:)"))
        + example(QStringLiteral("format:pdf"), tr("file format: pdf, docx, odt, xlsx, md, …"))
        + example(QStringLiteral("titel:Vereinbarung"), tr("only in the title (also title:)"))
        + QStringLiteral("</table><p>%1</p>")
              .arg(tr("An empty search shows every document; the Sort box orders the hits by title, "
                      "year or category."));
}
