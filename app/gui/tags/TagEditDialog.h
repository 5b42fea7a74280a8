#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class TagEditDialog;
}

// Adds and removes tags on the selected documents at once (Ctrl+T): every tag that any of them
// carries is listed checked (all carry it) or half checked (some do); checking puts it on all,
// unchecking takes it off all; new tags are typed with completion from the library's tags.
class TagEditDialog : public QDialog
{
    Q_OBJECT

public:
    TagEditDialog(const QList<QStringList> &tagsPerDocument, const QStringList &libraryTags, QWidget *parent = nullptr);
    ~TagEditDialog() override;

    QStringList addedTags() const;   // to put on every selected document
    QStringList removedTags() const; // to take off every selected document
    // Checks the tag, adding it to the list when new (the "Add" button).
    void addTag(const QString &name);

private:
    std::unique_ptr<Ui::TagEditDialog> m_ui;
};
