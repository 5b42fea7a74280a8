#include "gui/startup/StaleLockOffer.h"

#include "gui/text/DisplayText.h"

#include <QLocale>
#include <QPushButton>

std::optional<LibraryLock::Holder> StaleLockOffer::staleHolder(const QString &libraryDir)
{
    if (LibraryLock::holder(libraryDir))
        return std::nullopt; // held where this computer sees it: alive
    return LibraryLock::named(libraryDir);
}

QString StaleLockOffer::question(const LibraryLock::Holder &holder)
{
    const QString since = QLocale().toString(holder.since.toLocalTime(), QLocale::ShortFormat);
    return tr("The library is marked as being changed by another program:\n\n"
              "Program: %1 (process %2)\nUser: %3\nComputer: %4\nSince: %5\n\n"
              "Until that program closes, this window shows the library read-only. If it no longer "
              "runs (its computer was switched off or the program crashed), you can remove the mark and "
              "change the library here. Do this only if you are sure: two programs changing the library "
              "at once can damage it.\n\nRemove the mark and open the library for changes?")
        .arg(holder.program)
        .arg(holder.pid)
        .arg(holder.user, holder.host, since);
}

bool StaleLockOffer::offer(QWidget *parent, const QString &libraryDir)
{
    const std::optional<LibraryLock::Holder> holder = staleHolder(libraryDir);
    if (!holder)
        return false;
    QMessageBox *box = DisplayText::messageBox(QMessageBox::Question, tr("Library in use?"),
                                               question(*holder), QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("staleLockQuestion"));
    QPushButton *remove = box->addButton(tr("&Remove mark"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeLockButton"));
    QPushButton *readOnly = box->addButton(tr("Open &read-only"), QMessageBox::RejectRole);
    box->setDefaultButton(readOnly); // the safe choice for a quick Enter, and Escape
    box->setEscapeButton(readOnly);
    box->exec();
    const bool chosen = box->clickedButton() == remove;
    delete box;
    if (!chosen)
        return false;
    QString error;
    if (!LibraryLock::breakStale(libraryDir, *holder, &error)) {
        DisplayText::warning(parent, tr("Library in use?"), error);
        return false;
    }
    return true;
}
