#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

// Language (Deutsch, English, the system's) and the library folder. The language changes at once;
// another library folder is opened at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const QString &currentLibrary, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString language() const; // "de", "en" or "" (system)
    QString libraryPath() const;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};
