#pragma once

#include "core/export/Exporter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

// Where and how to export: a folder (optionally with subfolders by category, optionally replacing
// same-named files) or a zip pack.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(int documentCount, QWidget *parent = nullptr);
    ~ExportDialog() override;

    bool toZip() const;
    QString target() const;
    Exporter::Options options() const;
    void setTarget(bool zip, const QString &path);
    void accept() override; // asks before an existing zip is replaced

private:
    void updateState();
    std::unique_ptr<Ui::ExportDialog> m_ui;
    bool m_replaceZip = false;
};
