#include "gui/personal/PersonalNoteEdit.h"

#include "core/library/PersonalOverlay.h"
#include "gui/main/WindowLayout.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// One overlay connection per task: tasks run on any pool thread, one connection per thread.
bool writeNote(const QString &sha256, const QString &note)
{
    PersonalOverlay overlay;
    return overlay.open(PersonalOverlay::defaultPath(), nullptr) && overlay.setNote(sha256, note);
}

QString readNote(const QString &sha256)
{
    PersonalOverlay overlay;
    return overlay.open(PersonalOverlay::defaultPath(), nullptr) ? overlay.note(sha256) : QString();
}
} // namespace

PersonalNoteEdit::PersonalNoteEdit(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_edit(new QPlainTextEdit(this))
    , m_saveDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("personalNote"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_edit);
    m_label->setBuddy(m_edit);
    m_edit->setTabChangesFocus(true);
    // A few lines in view; a longer note scrolls inside.
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * WindowLayout::NoteLines
                           + 2 * m_edit->frameWidth() + 8); // 8: the document margin of 4 above and below
    m_edit->installEventFilter(this);
    m_saveDelay->setSingleShot(true);
    m_saveDelay->setInterval(SaveDelayMs);
    connect(m_saveDelay, &QTimer::timeout, this, &PersonalNoteEdit::save);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_sha256.isEmpty())
            return;
        m_dirty = true;
        m_saveDelay->start();
    });
    retranslate();
    hide(); // until a document is shown
}

PersonalNoteEdit::~PersonalNoteEdit()
{
    // The window closes while notes wait for their save: written here (the window has waited for
    // the writes in flight, whose answers no longer come).
    if (m_dirty && !m_sha256.isEmpty())
        m_saving.insert(m_sha256, text());
    for (auto it = m_saving.cbegin(); it != m_saving.cend(); ++it)
        writeNote(it.key(), it.value());
}

QString PersonalNoteEdit::text() const
{
    return m_edit->toPlainText();
}

void PersonalNoteEdit::showNoteOf(const QString &sha256)
{
    if (sha256 == m_sha256)
        return;
    save();
    m_sha256 = sha256;
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->clear();
    }
    m_dirty = false;
    setVisible(!sha256.isEmpty());
    if (sha256.isEmpty()) {
        m_load.supersede();
        return;
    }
    m_edit->setEnabled(false); // until its note is read: typing now would be overwritten
    m_load.start([sha256] { return readNote(sha256); },
                 [this, sha256](const QString &note) {
                     if (sha256 != m_sha256)
                         return;
                     const QSignalBlocker blocker(m_edit);
                     m_edit->setPlainText(m_saving.value(sha256, note));
                     m_edit->setEnabled(true);
                     emit loaded(sha256);
                 });
}

void PersonalNoteEdit::save()
{
    m_saveDelay->stop();
    if (!m_dirty || m_sha256.isEmpty())
        return;
    m_dirty = false;
    m_saving.insert(m_sha256, text());
    writeNext();
}

void PersonalNoteEdit::writeNext()
{
    // One write at a time, so an older text never lands after a newer one.
    if (m_writing || m_saving.isEmpty())
        return;
    m_writing = true;
    const QString sha256 = m_saving.constBegin().key();
    const QString note = m_saving.constBegin().value();
    AsyncTask::runThenCallback(
        this, [sha256, note] { return writeNote(sha256, note); },
        [this, sha256, note](bool ok) {
            m_writing = false;
            if (m_saving.value(sha256) == note)
                m_saving.remove(sha256); // else typed on meanwhile: written next
            emit saved(sha256, ok);
            writeNext();
        });
}

bool PersonalNoteEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        save();
    return QWidget::eventFilter(watched, event);
}

void PersonalNoteEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PersonalNoteEdit::retranslate()
{
    m_label->setText(tr("My &note (only you can see it)"));
    m_edit->setAccessibleName(tr("My note"));
    m_edit->setPlaceholderText(tr("Notes for yourself on this document"));
}
