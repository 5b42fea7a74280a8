#include "gui/personal/PersonalMarks.h"

#include "core/library/PersonalOverlay.h"
#include "gui/async/AsyncTask.h"
#include "gui/personal/PersonalNoteEdit.h"

#include <QAction>

namespace {
struct Marks
{
    QString sha256;
    bool favorite = false;
    QStringList tags;
};

// One overlay connection per task: tasks run on any pool thread, one connection per thread.
Marks loadMarks(const QString &sha256)
{
    Marks marks { sha256, false, {} };
    PersonalOverlay overlay;
    if (!sha256.isEmpty() && overlay.open(PersonalOverlay::defaultPath(), nullptr)) {
        marks.favorite = overlay.isFavorite(sha256);
        marks.tags = overlay.tags(sha256);
    }
    return marks;
}
} // namespace

PersonalMarks::PersonalMarks(QObject *parent)
    : QObject(parent)
    , m_favorite(new QAction(tr("On my list (Merkliste)"), this))
    , m_note(new PersonalNoteEdit)
{
    m_favorite->setObjectName(QStringLiteral("favoriteAction"));
    m_favorite->setCheckable(true);
    m_favorite->setEnabled(false);
    m_favorite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_favorite->setToolTip(
        tr("Keep the document on your own list; only you see it. Search it with meine:Merkliste."));
    connect(m_favorite, &QAction::triggered, this, &PersonalMarks::setFavorite);
}

PersonalMarks::~PersonalMarks()
{
    if (m_note && !m_note->parent())
        delete m_note.data();
}

void PersonalMarks::show(const QString &sha256)
{
    m_sha256 = sha256;
    m_note->showNoteOf(sha256);
    m_favorite->setEnabled(!sha256.isEmpty());
    m_favorite->setChecked(false);
    if (sha256.isEmpty())
        return;
    AsyncTask::runThenCallback(
        this, [sha256] { return loadMarks(sha256); },
        [this](const Marks &marks) {
            if (marks.sha256 != m_sha256)
                return; // another document is shown by now
            m_favorite->setChecked(marks.favorite);
            emit marksLoaded(marks.sha256, marks.favorite, marks.tags);
        });
}

void PersonalMarks::setFavorite(bool favorite)
{
    const QString sha256 = m_sha256;
    if (sha256.isEmpty())
        return;
    AsyncTask::runThenCallback(
        this,
        [sha256, favorite] {
            PersonalOverlay overlay;
            return overlay.open(PersonalOverlay::defaultPath(), nullptr)
                && overlay.setFavorite({ sha256 }, favorite);
        },
        [this](bool ok) {
            if (ok)
                emit favoritesChanged();
        });
}
