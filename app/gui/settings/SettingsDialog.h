#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}
class Library;
class MunicipalityProfilePage;

// Language (Deutsch, English, the system's) and the library folder. The language changes at once;
// another library folder is opened at the next start. A second tab holds the municipality's profile
// that templates are filled from (saved when OK is pressed).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // library: the open library, for its default municipality profile (may be null).
    explicit SettingsDialog(const QString &currentLibrary, QWidget *parent = nullptr,
                            Library *library = nullptr);
    ~SettingsDialog() override;

    MunicipalityProfilePage *profilePage() const { return m_profilePage; }
    void showProfilePage();
    void accept() override; // saves the municipality profile; stays open when that fails

    QString language() const; // "de", "en" or "" (system)
    QString libraryPath() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    MunicipalityProfilePage *m_profilePage;
    QString m_currentLibrary;
};
