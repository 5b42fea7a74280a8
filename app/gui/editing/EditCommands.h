#pragma once

#include "core/library/CatalogRecords.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <memory>

#include "gui/editing/CatalogEditor.h"
#include "gui/text/DisplayText.h"

// The window's catalog edits as undoable commands (Ctrl+Z / Ctrl+Shift+Z). Each redo()/undo() hands
// a job to the CatalogEditor; what undo needs to know of the state before (which documents lacked
// the tag, the old color, ...) is recorded by the redo job itself, on the worker, at the moment it
// changes it, and kept in a State shared with the later undo job.

class CatalogCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)

protected:
    explicit CatalogCommand(CatalogEditor *editor, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_editor(editor)
    {
    }
    // Hands the job to the editor, named after the command ("Undo: …" for the undo side), so that a
    // failure message says which edit failed.
    void submitRedo(CatalogEditor::Job job) { m_editor->submit(text(), std::move(job)); }
    void submitUndo(CatalogEditor::Job job) { m_editor->submit(tr("Undo: %1").arg(text()), std::move(job)); }
    // The step as the undo stack names it; its menu entry (actionText) keeps an "&" of a tag name
    // from turning into a shortcut mark.
    void setDescription(const QString &text)
    {
        const QString line
            = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')); // "\n" would end text()
        setText(line + QLatin1Char('\n') + DisplayText::actionText(line));
    }

private:
    CatalogEditor *m_editor;
};

class TagDocumentsCommand : public CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(TagDocumentsCommand)

public:
    enum Action { Add, Remove };
    TagDocumentsCommand(CatalogEditor *editor, Action action, const QList<qint64> &documentIds, const QString &tag,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    struct State
    {
        QList<qint64> changed; // the documents whose tags this command changed
        bool tagCreated = false;
        QString color;
    };
    Action m_action;
    QList<qint64> m_ids;
    QString m_tag;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

class CreateTagCommand : public CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateTagCommand)

public:
    CreateTagCommand(CatalogEditor *editor, const QString &name, const QString &color);
    void redo() override;
    void undo() override;

private:
    QString m_name;
    QString m_color;
};

class DeleteTagCommand : public CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteTagCommand)

public:
    // Deletes a tag together with its assignments; undo puts both back.
    DeleteTagCommand(CatalogEditor *editor, const QString &name);
    void redo() override;
    void undo() override;

private:
    struct State
    {
        QList<qint64> documents;
        QString color;
    };
    QString m_name;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

class RenameTagCommand : public CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameTagCommand)

public:
    // Renames the tag and the tags nested below it ("A/x" follows "A").
    RenameTagCommand(CatalogEditor *editor, const QString &from, const QString &to);
    void redo() override;
    void undo() override;

private:
    QString m_from;
    QString m_to;
};

class MergeTagCommand : public CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeTagCommand)

public:
    // Every document of `from` gets `into`; `from` is deleted.
    MergeTagCommand(CatalogEditor *editor, const QString &from, const QString &into);
    void redo() override;
    void undo() override;

private:
    struct State
    {
        QList<qint64> fromDocuments;
        QList<qint64> intoDocuments; // before the merge
        QString fromColor;
        bool intoCreated = false;
    };
    QString m_from;
    QString m_into;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

class RecolorTagCommand : public CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecolorTagCommand)

public:
    RecolorTagCommand(CatalogEditor *editor, const QString &name, const QString &color);
    void redo() override;
    void undo() override;

private:
    QString m_name;
    QString m_color;
    std::shared_ptr<QString> m_oldColor = std::make_shared<QString>();
};

class EditMetadataCommand : public CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditMetadataCommand)

public:
    // The editable fields (Catalog::updateDocumentMetadata) from `before` to `after`.
    EditMetadataCommand(CatalogEditor *editor, const DocumentRecord &before, const DocumentRecord &after);
    void redo() override;
    void undo() override;

private:
    static CatalogEditor::Job writer(const DocumentRecord &record);
    DocumentRecord m_before;
    DocumentRecord m_after;
};
