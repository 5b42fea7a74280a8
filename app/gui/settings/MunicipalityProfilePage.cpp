#include "gui/settings/MunicipalityProfilePage.h"

#include "core/library/Library.h"
#include "gui/settings/AppSettings.h"
#include "gui/text/DisplayText.h"
#include "ui_MunicipalityProfilePage.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QImageReader>

MunicipalityProfilePage::MunicipalityProfilePage(Library *library, QString userPath, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MunicipalityProfilePage>())
    , m_library(library)
    , m_userPath(std::move(userPath))
{
    m_ui->setupUi(this);
    m_ui->statusLabel->setTextFormat(Qt::PlainText); // it may quote a file and its damage
    m_ui->standInEdit->setAccessibleName(tr("Further stand-in names, one per line"));
    m_ui->logoEdit->setAccessibleName(tr("Logo file"));
    connect(m_ui->logoButton, &QPushButton::clicked, this, &MunicipalityProfilePage::chooseLogo);
    connect(m_ui->saveDefaultButton, &QPushButton::clicked, this,
            &MunicipalityProfilePage::saveAsLibraryDefault);
    // Only the library's writer sets what everybody starts from; a published copy carries it.
    m_ui->saveDefaultButton->setVisible(m_library && !m_library->isReadOnly());

    QString problem;
    const auto mine = ProfileStore::load(m_userPath, &problem);
    if (!mine)
        m_loadProblem = problem;
    m_loaded = mine.value_or(MunicipalityProfile());
    MunicipalityProfile shown = m_loaded;
    if (m_library && m_loaded.isEmpty()) {
        const auto libraryDefault = ProfileStore::loadLibraryDefault(m_library->catalog(), &problem);
        if (libraryDefault && !libraryDefault->isEmpty()) {
            shown = m_loaded.over(*libraryDefault);
            m_fromDefault = true;
        } else if (!libraryDefault) {
            m_loadProblem = problem;
        }
    }
    showProfile(shown);
    m_shownJson = profile().toJson();
    retranslate();
}

MunicipalityProfilePage::~MunicipalityProfilePage() = default;

QLineEdit *MunicipalityProfilePage::editFor(MunicipalityProfile::Field field) const
{
    switch (field) {
    case MunicipalityProfile::Field::Name:
        return m_ui->nameEdit;
    case MunicipalityProfile::Field::District:
        return m_ui->districtEdit;
    case MunicipalityProfile::Field::Street:
        return m_ui->streetEdit;
    case MunicipalityProfile::Field::PostalCode:
        return m_ui->postalCodeEdit;
    case MunicipalityProfile::Field::City:
        return m_ui->cityEdit;
    case MunicipalityProfile::Field::Phone:
        return m_ui->phoneEdit;
    case MunicipalityProfile::Field::Email:
        return m_ui->emailEdit;
    case MunicipalityProfile::Field::Website:
        return m_ui->websiteEdit;
    case MunicipalityProfile::Field::Mayor:
        return m_ui->mayorEdit;
    case MunicipalityProfile::Field::ContactPerson:
        return m_ui->contactPersonEdit;
    case MunicipalityProfile::Field::Department:
        return m_ui->departmentEdit;
    case MunicipalityProfile::Field::Logo:
        return m_ui->logoEdit;
    }
    return nullptr;
}

void MunicipalityProfilePage::showProfile(const MunicipalityProfile &profile)
{
    for (const auto field : MunicipalityProfile::fields()) {
        const QString value = profile.value(field);
        editFor(field)->setText(field == MunicipalityProfile::Field::Logo ? QDir::toNativeSeparators(value)
                                                                          : value);
    }
    m_ui->standInEdit->setPlainText(profile.extraStandInNames.join(QLatin1Char('\n')));
}

MunicipalityProfile MunicipalityProfilePage::profile() const
{
    MunicipalityProfile profile;
    profile.remembered = m_loaded.remembered;
    for (const auto field : MunicipalityProfile::fields()) {
        QString value = editFor(field)->text().trimmed();
        if (field == MunicipalityProfile::Field::Logo)
            value = QDir::fromNativeSeparators(value);
        if (!value.isEmpty())
            profile.values.insert(field, value);
    }
    for (const QString &line : m_ui->standInEdit->toPlainText().split(QLatin1Char('\n'))) {
        const QString name = line.simplified();
        if (!name.isEmpty() && !profile.extraStandInNames.contains(name))
            profile.extraStandInNames.append(name);
    }
    return profile;
}

bool MunicipalityProfilePage::save(QString *error) const
{
    const MunicipalityProfile current = profile();
    if (current.toJson() == m_shownJson)
        return true;
    return ProfileStore::save(current, m_userPath, error);
}

void MunicipalityProfilePage::saveAsLibraryDefault()
{
    if (!m_library)
        return;
    QString error;
    if (!ProfileStore::saveLibraryDefault(*m_library, profile(), &error)) {
        DisplayText::warning(this, tr("Municipality profile"), error);
        return;
    }
    m_ui->statusLabel->setText(tr("Saved as the library's default: everyone without a profile of their own "
                                  "starts from these details."));
    emit libraryDefaultSaved();
}

void MunicipalityProfilePage::chooseLogo()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    const QString current = QDir::fromNativeSeparators(m_ui->logoEdit->text().trimmed());
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the logo"),
                                                      current.isEmpty() ? AppSettings::lastFolder() : current,
                                                      tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (file.isEmpty())
        return;
    AppSettings::setLastFolder(file);
    m_ui->logoEdit->setText(QDir::toNativeSeparators(file));
}

void MunicipalityProfilePage::retranslate()
{
    if (!m_loadProblem.isEmpty())
        m_ui->statusLabel->setText(
            tr("Your profile could not be read, so the page starts empty: %1").arg(m_loadProblem));
    else if (m_fromDefault)
        m_ui->statusLabel->setText(
            tr("Filled in from the library's default profile. Saving keeps these details "
               "as your own; change what differs for you."));
    m_ui->statusLabel->setVisible(!m_ui->statusLabel->text().isEmpty());
}

void MunicipalityProfilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}
