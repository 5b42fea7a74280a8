#pragma once

#include "core/templating/MunicipalityProfile.h"

#include <QWidget>
#include <memory>

namespace Ui {
class MunicipalityProfilePage;
}
class Library;
class QLineEdit;

// The settings' "Gemeindeprofil" (issue #14): the municipality's details that fill templates, saved
// per user. Starts from the library's default when the user has none yet; on a writable library the
// admin stores the page as that default for everyone.
class MunicipalityProfilePage : public QWidget
{
    Q_OBJECT

public:
    // library: for its default profile (may be null); userPath: the user's profile file.
    explicit MunicipalityProfilePage(Library *library, QString userPath = ProfileStore::userProfilePath(),
                                     QWidget *parent = nullptr);
    ~MunicipalityProfilePage() override;

    // The fields as shown, with the values the user typed in templates before (kept as they were).
    MunicipalityProfile profile() const;
    // Writes the user's profile file when the page differs from what it showed at first (so an
    // untouched page started from the library's default keeps following that default).
    bool save(QString *error) const;
    // Whether the page was filled from the library's default (the user had no profile yet).
    bool startedFromLibraryDefault() const { return m_fromDefault; }

    QLineEdit *editFor(MunicipalityProfile::Field field) const;

signals:
    void libraryDefaultSaved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showProfile(const MunicipalityProfile &profile);
    void saveAsLibraryDefault();
    void chooseLogo();
    void retranslate();

    std::unique_ptr<Ui::MunicipalityProfilePage> m_ui;
    Library *m_library;
    QString m_userPath;
    MunicipalityProfile m_loaded; // for the remembered values the page does not show
    QByteArray m_shownJson; // profile() as first shown
    bool m_fromDefault = false;
    QString m_loadProblem;
};
