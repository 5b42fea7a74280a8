#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

// Shown at start when the library cannot be opened (a damaged catalog above all), or while it is
// open when damage to its catalog is found: the reason, and the ways out — restore one of the
// automatic backups of the catalog, open another library folder, or quit. The library is never
// recreated behind the user's back.
class LibraryProblemDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Quit, RestoreBackup, OpenOther };
    enum class Situation { Opening, Damaged }; // the library cannot be opened / was found damaged in use
    struct Outcome
    {
        Choice choice = Quit;
        QString backupPath;   // with RestoreBackup
        QString otherLibrary; // with OpenOther
    };

    LibraryProblemDialog(const QString &libraryDir, const QString &message, QWidget *parent = nullptr)
        : LibraryProblemDialog(libraryDir, message, Situation::Opening, parent)
    {
    }
    LibraryProblemDialog(const QString &libraryDir, const QString &message, Situation situation, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString backupPath() const; // with RestoreBackup
    QString otherLibrary() const { return m_otherLibrary; } // with OpenOther
    Outcome outcome() const { return {result() == Accepted ? m_choice : Quit, backupPath(), m_otherLibrary}; }

private:
    Choice m_choice = Quit;
    QString m_otherLibrary;
    QComboBox *m_backups;
    QPushButton *m_restore;
};
