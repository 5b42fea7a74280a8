#pragma once

#include "core/templating/MunicipalityProfile.h"
#include "core/templating/TemplateFiller.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <functional>
#include <memory>

namespace Ui {
class UseTemplateDialog;
}
class QPushButton;
class QTableWidget;
class QLineEdit;

// "Use template…" (issue #14): the placeholders a template holds, each with the value proposed from
// the municipality profile (editable), the sentence it sits in, and where the filled copy goes.
// Scanning and writing run on a worker thread; the stored template is only read, so this works on a
// read-only library. Formats that cannot be filled (PDF, spreadsheets) get a plain copy to edit.
class UseTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    struct Template
    {
        QString sourcePath; // the stored file
        QString fileName; // its original name: the format and the copy's extension
        QString title;
        QHash<QString, QString> declared; // the manifest's placeholders: written form → meaning
    };

    // userProfilePath: where typed values are remembered; libraryDefault: the admin's profile.
    UseTemplateDialog(Template source, QString userProfilePath, MunicipalityProfile libraryDefault,
                      QWidget *parent = nullptr);
    ~UseTemplateDialog() override;

    // Asked before an existing file is replaced; the default asks the user. For tests.
    void setReplaceQuestion(std::function<bool(const QString &path)> ask) { m_askReplace = std::move(ask); }

    bool isBusy() const { return m_busy; }
    bool isFillable() const { return m_scan.fillable; }
    QTableWidget *placeholderTable() const;
    QLineEdit *targetEdit() const;
    QPushButton *fillButton() const { return m_fillButton; }
    QString note() const;
    QString contextText() const;
    // The message shown after writing (Open, Show in folder); null before.
    QMessageBox *resultBox() const { return m_resultBox; }

    enum Column { WrittenColumn, WhereColumn, ValueColumn };

    void reject() override; // not while the copy is being written: it would land unannounced

signals:
    void scanned();
    // After a try to write: the path on success, else the reason.
    void finished(bool ok, const QString &pathOrError);

protected:
    void changeEvent(QEvent *event) override;

private:
    void startScan();
    void showScan(bool ok, const TemplateScan &scan, const QString &error);
    void showContext();
    void chooseTarget();
    void fill();
    void showFilled(const QString &target, bool ok, const FillResult &result, const QString &error);
    QString rememberValues() const; // the reason when the profile could not be saved
    QString targetPath() const;
    void setBusy(bool busy);
    void retranslate();
    QString whereText(const Placeholder &placeholder) const;

    std::unique_ptr<Ui::UseTemplateDialog> m_ui;
    Template m_source;
    QString m_userProfilePath;
    MunicipalityProfile m_userProfile;
    MunicipalityProfile m_profile; // the user's over the library default: what is proposed from
    QString m_profileProblem;
    TemplateScan m_scan;
    bool m_scanned = false;
    QString m_scanError;
    bool m_busy = false;
    bool m_writing = false;
    QPushButton *m_fillButton;
    std::function<bool(const QString &)> m_askReplace;
    QPointer<QMessageBox> m_resultBox;
};
