#include "gui/settings/SettingsDialog.h"

#include "gui/settings/AppSettings.h"
#include "gui/settings/MunicipalityProfilePage.h"
#include "gui/text/DisplayText.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>

SettingsDialog::SettingsDialog(const QString &currentLibrary, QWidget *parent, Library *library)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_profilePage(new MunicipalityProfilePage(library))
    , m_currentLibrary(currentLibrary)
{
    m_ui->setupUi(this);
    m_ui->profileLayout->addWidget(m_profilePage);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    // Language names in their own language, so that they can be found whatever the UI language is.
    m_ui->languageBox->addItem(tr("System language"), QString());
    m_ui->languageBox->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageBox->setCurrentIndex(qMax(0, m_ui->languageBox->findData(AppSettings::language())));
    const QString configured = AppSettings::libraryPath();
    m_ui->libraryEdit->setText(QDir::toNativeSeparators(configured.isEmpty() ? currentLibrary : configured));
    m_ui->noteLabel->setTextFormat(Qt::PlainText); // it names a folder
    retranslate();
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Library folder"), m_ui->libraryEdit->text());
        if (!dir.isEmpty())
            m_ui->libraryEdit->setText(QDir::toNativeSeparators(dir));
    });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::retranslate()
{
    // Words for the clerk: the command-line option and the variable are in the README for IT.
    m_ui->noteLabel->setText(
        tr("The library in use is %1. Another library folder is opened at the next start, "
           "unless the program is started with a library folder of its own (for example by "
           "a shortcut your IT department set up).")
            .arg(QDir::toNativeSeparators(m_currentLibrary)));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int languageIndex = m_ui->languageBox->currentIndex();
        m_ui->retranslateUi(this);
        m_ui->languageBox->setItemText(0, tr("System language"));
        m_ui->languageBox->setCurrentIndex(languageIndex);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::showProfilePage()
{
    m_ui->tabs->setCurrentWidget(m_ui->profileTab);
}

void SettingsDialog::accept()
{
    QString error;
    if (!m_profilePage->save(&error)) {
        showProfilePage();
        DisplayText::warning(this, tr("Municipality profile"), error);
        return;
    }
    QDialog::accept();
}

QString SettingsDialog::language() const
{
    return m_ui->languageBox->currentData().toString();
}

QString SettingsDialog::libraryPath() const
{
    return QDir::fromNativeSeparators(m_ui->libraryEdit->text().trimmed());
}
