#include "gui/text/DisplayText.h"

#include <QLabel>

QString DisplayText::elided(const QString &value, int max)
{
    if (value.size() <= max)
        return value;
    int cut = qMax(0, max - 1);
    if (cut > 0 && value.at(cut - 1).isHighSurrogate())
        --cut; // never half a character
    return value.left(cut) + QChar(0x2026);
}

QString DisplayText::html(const QString &value, int max)
{
    // pre-wrap: spaces as they are (HTML would fold them), lines still wrap.
    return QStringLiteral("<span style=\"white-space:pre-wrap\">%1</span>")
        .arg(elided(value, max).toHtmlEscaped());
}

QString DisplayText::richText(const QString &plain)
{
    // A leading tag makes Qt::mightBeRichText() certain; the text inside is escaped.
    return QStringLiteral("<p>%1</p>").arg(html(plain, MaxText));
}

QString DisplayText::windowTitle(const QString &title)
{
    return QString(title).replace(QLatin1String("[*]"), QLatin1String("[*][*]"));
}

QString DisplayText::actionText(const QString &text)
{
    return QString(text).replace(QLatin1Char('&'), QLatin1String("&&"));
}

QLabel *DisplayText::plainLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    return label;
}

void DisplayText::plainMessages(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    // The informative text has a label of its own, made when it is first set.
    for (QLabel *label : box->findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
}

QMessageBox *DisplayText::messageBox(QMessageBox::Icon icon, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QWidget *parent)
{
    auto *box = new QMessageBox(icon, title, QString(), buttons, parent);
    box->setTextFormat(Qt::PlainText);
    box->setText(elided(text, MaxText));
    return box;
}

namespace {
QMessageBox::StandardButton run(QMessageBox *box)
{
    box->setAttribute(Qt::WA_DeleteOnClose);
    return QMessageBox::StandardButton(box->exec());
}
} // namespace

void DisplayText::warning(QWidget *parent, const QString &title, const QString &text)
{
    run(messageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent));
}

void DisplayText::information(QWidget *parent, const QString &title, const QString &text)
{
    run(messageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent));
}

void DisplayText::critical(QWidget *parent, const QString &title, const QString &text)
{
    run(messageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, parent));
}

QMessageBox::StandardButton DisplayText::question(QWidget *parent, const QString &title, const QString &text)
{
    return run(messageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent));
}
