#include "gui/editing/CatalogEditor.h"

#include "core/library/Catalog.h"
#include "core/library/Library.h"
#include "core/library/SqliteDatabase.h"

#include <QMetaObject>
#include <QPointer>

CatalogEditor::CatalogEditor(const Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    m_pool.setMaxThreadCount(1);
}

CatalogEditor::~CatalogEditor()
{
    m_pool.waitForDone(); // an edit in flight is finished, never cut off
}

void CatalogEditor::submit(const QString &description, Job job)
{
    ++m_pending;
    QPointer<CatalogEditor> self(this);
    const Library *library = &m_library;
    m_pool.start([self, library, description, job = std::move(job)] {
        QString error;
        bool ok = false;
        if (auto db = library->openConnection(&error)) {
            Catalog catalog(*db);
            SqliteTransaction transaction(*db);
            ok = transaction.isActive() && job(catalog, &error) && transaction.commit(&error);
            if (!ok && error.isEmpty())
                error = catalog.lastError().isEmpty() ? db->lastError() : catalog.lastError();
        }
        QMetaObject::invokeMethod(
            self,
            [self, ok, description, error] {
                if (!self)
                    return;
                --self->m_pending;
                if (ok)
                    emit self->changed();
                else
                    emit self->failed(description, error);
                if (self->m_pending == 0)
                    emit self->idle();
            },
            Qt::QueuedConnection);
    });
}

void CatalogEditor::waitForDone()
{
    m_pool.waitForDone();
}
