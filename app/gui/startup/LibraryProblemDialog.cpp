#include "gui/startup/LibraryProblemDialog.h"

#include "core/library/Library.h"
#include "gui/text/DisplayText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

LibraryProblemDialog::LibraryProblemDialog(const QString &libraryDir, const QString &message, Situation situation, QWidget *parent)
    : QDialog(parent)
    , m_backups(new QComboBox(this))
    , m_restore(new QPushButton(tr("&Restore this backup"), this))
{
    const bool damaged = situation == Situation::Damaged;
    setWindowTitle(damaged ? tr("The catalog is damaged") : tr("The library cannot be opened"));
    setMinimumWidth(480);
    const QString format = damaged ? tr("<p><b>The catalog of the library %1 is damaged: what the window shows may be "
                                        "incomplete.</b></p><p>%2</p>")
                                   : tr("<p><b>The library %1 cannot be opened.</b></p><p>%2</p>");
    auto *text = new QLabel(format.arg(DisplayText::html(QDir::toNativeSeparators(libraryDir), DisplayText::MaxText),
                                       DisplayText::html(message, DisplayText::MaxText)),
                            this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    const QList<CatalogBackup::Info> backups = Library::backups(libraryDir);
    const QLocale locale;
    for (const CatalogBackup::Info &backup : backups)
        m_backups->addItem(tr("Backup of %1 (%2)").arg(locale.toString(backup.created.toLocalTime(), QLocale::ShortFormat),
                                                        locale.formattedDataSize(backup.size)),
                           backup.path);
    auto *backupLabel = new QLabel(backups.isEmpty() ? tr("There is no automatic backup of this catalog.")
                                                     : tr("The app keeps a copy of the catalog after every import. &Backups:"),
                                   this);
    backupLabel->setWordWrap(true);
    backupLabel->setBuddy(m_backups);
    m_backups->setVisible(!backups.isEmpty());
    m_restore->setVisible(!backups.isEmpty());
    m_backups->setAccessibleName(tr("Backups of the catalog"));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *other = buttons->addButton(tr("Open &another library…"), QDialogButtonBox::ActionRole);
    QPushButton *quit = buttons->addButton(damaged ? tr("&Quit (restore later)") : tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_choice = RestoreBackup;
        accept();
    });
    connect(other, &QPushButton::clicked, this, [this, libraryDir] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a library folder"), QFileInfo(libraryDir).absolutePath());
        if (dir.isEmpty())
            return;
        m_choice = OpenOther;
        m_otherLibrary = dir;
        accept();
    });
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(backupLabel);
    layout->addWidget(m_backups);
    layout->addWidget(m_restore, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    (backups.isEmpty() ? other : static_cast<QWidget *>(m_restore))->setFocus();
}

QString LibraryProblemDialog::backupPath() const
{
    return m_backups->currentData().toString();
}
