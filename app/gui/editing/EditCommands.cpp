#include "gui/editing/EditCommands.h"

#include "core/library/Catalog.h"
#include "core/library/TagNames.h"
#include "core/pack/MetadataSanitizer.h"
#include "gui/text/DisplayText.h"

namespace {
QList<qint64> minus(const QList<qint64> &a, const QList<qint64> &b)
{
    QList<qint64> result;
    for (qint64 id : a) {
        if (!b.contains(id))
            result.append(id);
    }
    return result;
}
} // namespace

TagDocumentsCommand::TagDocumentsCommand(CatalogEditor *editor, Action action, const QList<qint64> &documentIds,
                                         const QString &tag, QUndoCommand *parent)
    : CatalogCommand(editor, parent)
    , m_action(action)
    , m_ids(documentIds)
    , m_tag(MetadataSanitizer::cleanTagName(tag))
{
    setDescription(action == Add
                       ? tr("Add tag \"%1\" to %n document(s)", nullptr, int(documentIds.size()))
                             .arg(DisplayText::quoted(m_tag))
                       : tr("Remove tag \"%1\" from %n document(s)", nullptr, int(documentIds.size()))
                             .arg(DisplayText::quoted(m_tag)));
}

void TagDocumentsCommand::redo()
{
    submitRedo([action = m_action, ids = m_ids, tag = m_tag, state = m_state](Catalog &catalog, QString *) {
        const auto existing = catalog.tag(tag);
        const QList<qint64> tagged = catalog.documentsWithTag(tag);
        if (action == Add) {
            state->tagCreated = !existing;
            state->changed = minus(ids, tagged);
            return catalog.addTag(state->changed, tag);
        }
        state->color = existing ? existing->color : QString();
        state->changed.clear();
        for (qint64 id : ids) {
            if (tagged.contains(id))
                state->changed.append(id);
        }
        return catalog.removeTag(state->changed, tag);
    });
}

void TagDocumentsCommand::undo()
{
    submitUndo([action = m_action, tag = m_tag, state = m_state](Catalog &catalog, QString *) {
        if (action == Add) {
            if (!catalog.removeTag(state->changed, tag))
                return false;
            if (state->tagCreated)
                catalog.deleteTagIfUnused(tag);
            return true;
        }
        return catalog.ensureTag(tag, state->color) != 0 && catalog.addTag(state->changed, tag);
    });
}

CreateTagCommand::CreateTagCommand(CatalogEditor *editor, const QString &name, const QString &color)
    : CatalogCommand(editor)
    , m_name(MetadataSanitizer::cleanTagName(name))
    , m_color(color)
{
    setDescription(tr("Create tag \"%1\"").arg(DisplayText::quoted(m_name)));
}

void CreateTagCommand::redo()
{
    submitRedo([name = m_name, color = m_color](Catalog &catalog, QString *error) {
        if (catalog.tag(name)) {
            *error = tr("A tag \"%1\" exists already.").arg(name);
            return false;
        }
        return catalog.ensureTag(name, color) != 0;
    });
}

void CreateTagCommand::undo()
{
    submitUndo([name = m_name](Catalog &catalog, QString *) {
        catalog.deleteTagIfUnused(name);
        return true;
    });
}

DeleteTagCommand::DeleteTagCommand(CatalogEditor *editor, const QString &name)
    : CatalogCommand(editor)
    , m_name(TagNames::normalized(name))
{
    setDescription(tr("Delete tag \"%1\"").arg(DisplayText::quoted(m_name)));
}

void DeleteTagCommand::redo()
{
    submitRedo([name = m_name, state = m_state](Catalog &catalog, QString *) {
        const auto existing = catalog.tag(name);
        if (!existing)
            return true;
        state->color = existing->color;
        state->documents = catalog.documentsWithTag(name);
        return catalog.removeTag(state->documents, name) && catalog.deleteTagIfUnused(name);
    });
}

void DeleteTagCommand::undo()
{
    submitUndo([name = m_name, state = m_state](Catalog &catalog, QString *) {
        return catalog.ensureTag(name, state->color) != 0 && catalog.addTag(state->documents, name);
    });
}

RenameTagCommand::RenameTagCommand(CatalogEditor *editor, const QString &from, const QString &to)
    : CatalogCommand(editor)
    , m_from(TagNames::normalized(from))
    , m_to(MetadataSanitizer::cleanTagName(to))
{
    setDescription(
        tr("Rename tag \"%1\" to \"%2\"").arg(DisplayText::quoted(m_from), DisplayText::quoted(m_to)));
}

void RenameTagCommand::redo()
{
    submitRedo([from = m_from, to = m_to](Catalog &catalog, QString *) { return catalog.renameTag(from, to); });
}

void RenameTagCommand::undo()
{
    submitUndo([from = m_from, to = m_to](Catalog &catalog, QString *) { return catalog.renameTag(to, from); });
}

MergeTagCommand::MergeTagCommand(CatalogEditor *editor, const QString &from, const QString &into)
    : CatalogCommand(editor)
    , m_from(TagNames::normalized(from))
    , m_into(MetadataSanitizer::cleanTagName(into))
{
    setDescription(
        tr("Merge tag \"%1\" into \"%2\"").arg(DisplayText::quoted(m_from), DisplayText::quoted(m_into)));
}

void MergeTagCommand::redo()
{
    submitRedo([from = m_from, into = m_into, state = m_state](Catalog &catalog, QString *) {
        const auto source = catalog.tag(from);
        state->fromColor = source ? source->color : QString();
        state->fromDocuments = catalog.documentsWithTag(from);
        state->intoDocuments = catalog.documentsWithTag(into);
        state->intoCreated = !catalog.tag(into);
        return catalog.mergeTag(from, into);
    });
}

void MergeTagCommand::undo()
{
    submitUndo([from = m_from, into = m_into, state = m_state](Catalog &catalog, QString *) {
        if (catalog.ensureTag(from, state->fromColor) == 0 || !catalog.addTag(state->fromDocuments, from)
            || !catalog.removeTag(minus(state->fromDocuments, state->intoDocuments), into))
            return false;
        if (state->intoCreated)
            catalog.deleteTagIfUnused(into);
        return true;
    });
}

RecolorTagCommand::RecolorTagCommand(CatalogEditor *editor, const QString &name, const QString &color)
    : CatalogCommand(editor)
    , m_name(TagNames::normalized(name))
    , m_color(color)
{
    setDescription(tr("Change the color of tag \"%1\"").arg(DisplayText::quoted(m_name)));
}

void RecolorTagCommand::redo()
{
    submitRedo([name = m_name, color = m_color, old = m_oldColor](Catalog &catalog, QString *) {
        const auto existing = catalog.tag(name);
        *old = existing ? existing->color : QString();
        return catalog.setTagColor(name, color);
    });
}

void RecolorTagCommand::undo()
{
    submitUndo([name = m_name, old = m_oldColor](Catalog &catalog, QString *) {
        return catalog.setTagColor(name, *old);
    });
}

EditMetadataCommand::EditMetadataCommand(CatalogEditor *editor, const DocumentRecord &before, const DocumentRecord &after)
    : CatalogCommand(editor)
    , m_before(before)
    , m_after(after)
{
    MetadataSanitizer::cleanEditable(&m_after);
    setDescription(tr("Edit the details of \"%1\"").arg(DisplayText::quoted(m_after.title)));
}

void EditMetadataCommand::redo()
{
    submitRedo(writer(m_after));
}

void EditMetadataCommand::undo()
{
    submitUndo(writer(m_before));
}

CatalogEditor::Job EditMetadataCommand::writer(const DocumentRecord &record)
{
    return [record](Catalog &catalog, QString *) { return catalog.updateDocumentMetadata(record); };
}
