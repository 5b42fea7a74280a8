#pragma once

#include <QMessageBox>
#include <QString>

class QLabel;

// Library data (titles, file names, tags, categories, pack names, report lines, errors that name a
// file) as the widgets show it. Qt takes anything that looks like HTML for rich text in tooltips,
// labels, input and message boxes: markup in a file name would render, and an <img> would load a
// local picture. And a value of any length would grow the window or the menu with it. So data is
// shown as literal text, through these helpers, and cut to a length that fits a view.
class DisplayText
{
public:
    static constexpr int MaxValue = 300; // one value in a label, a list cell or a tree item
    static constexpr int MaxQuoted = 80; // a value quoted in a sentence (questions, undo steps)
    static constexpr int MaxText = 4000; // a tooltip or a message

    // The value cut to max characters, the cut marked with an ellipsis.
    static QString elided(const QString &value, int max = MaxValue);
    // A value quoted inside a sentence: elided to MaxQuoted.
    static QString quoted(const QString &value) { return elided(value, MaxQuoted); }
    // The value, elided, escaped for embedding in rich text of our own (a table, a bold title).
    static QString html(const QString &value, int max = MaxValue);
    // Rich text that shows the plain text literally, white space kept: for widgets that guess the
    // format (tooltips, the labels of QInputDialog). Elided to MaxText.
    static QString richText(const QString &plain);
    static QString toolTip(const QString &plain) { return richText(plain); }
    // A window title that shows the text literally (QWidget reads "[*]" as the modified mark).
    static QString windowTitle(const QString &title);
    // A menu or button text that shows the value literally ("&" marks a shortcut there).
    static QString actionText(const QString &text);
    // A new label that shows its text as plain text (for QProgressDialog::setLabel()).
    static QLabel *plainLabel();

    // Message boxes whose text is plain, whatever data it holds. Not shown yet: open() or exec().
    static QMessageBox *messageBox(QMessageBox::Icon icon, const QString &title, const QString &text,
                                   QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                   QWidget *parent = nullptr);
    static void plainMessages(QMessageBox *box); // the same for a box made elsewhere
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text);
};
