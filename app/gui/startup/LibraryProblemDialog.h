#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

// Shown at start when the library cannot be opened (a damaged catalog above all): the reason, and
// the ways out — restore one of the automatic backups of the catalog, open another library folder,
// or quit. The library is never recreated behind the user's back.
class LibraryProblemDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Quit, RestoreBackup, OpenOther };

    LibraryProblemDialog(const QString &libraryDir, const QString &message, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString backupPath() const; // with RestoreBackup
    QString otherLibrary() const { return m_otherLibrary; } // with OpenOther

private:
    Choice m_choice = Quit;
    QString m_otherLibrary;
    QComboBox *m_backups;
    QPushButton *m_restore;
};
