#pragma once

#include "core/library/CatalogRecords.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TagManagerDialog;
}
class CatalogEditor;
class QTreeWidgetItem;
class QUndoStack;

// The library's tags as a tree ("/" nests): create, rename (nested tags follow), merge, recolor and
// delete, each an undoable command on the window's undo stack. The window refreshes the list after
// every edit through setTags().
class TagManagerDialog : public QDialog
{
    Q_OBJECT

public:
    TagManagerDialog(QUndoStack *undoStack, CatalogEditor *editor, QWidget *parent = nullptr);
    ~TagManagerDialog() override;

    void setTags(const QList<TagRecord> &tags);
    QString currentTag() const; // the selected tag's full name, empty when none

    // A small square of the tag's color (an empty icon for "no color").
    static QIcon colorIcon(const QString &color);

private:
    void createTag();
    void renameTag();
    void mergeTag();
    void recolorTag();
    void deleteTag();
    void updateButtons();
    QStringList tagNames() const;

    std::unique_ptr<Ui::TagManagerDialog> m_ui;
    QUndoStack *m_undoStack;
    CatalogEditor *m_editor;
    QList<TagRecord> m_tags;
};
