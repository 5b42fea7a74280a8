#pragma once

#include "core/library/CatalogRecords.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class MetadataDialog;
}

// Edits a document's details (title, description, category, type, municipality, year, license);
// the window turns the result into an undoable command. Categories, types and municipalities are
// offered from the values the library already uses, so spellings stay consistent.
class MetadataDialog : public QDialog
{
    Q_OBJECT

public:
    // known: "category" / "type" / "municipality" → values in use (the facets of the current search)
    MetadataDialog(const DocumentRecord &document, const QHash<QString, QStringList> &known, QWidget *parent = nullptr);
    ~MetadataDialog() override;

    DocumentRecord record() const; // the document with the edited fields

private:
    std::unique_ptr<Ui::MetadataDialog> m_ui;
    DocumentRecord m_document;
};
