// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/notes_panel.h"

#include "session.h"
#include "store/workspace.h"
#include "workflow/time_text.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hearken {

namespace {

// Adding a note; undo takes it away again (the history keeps both).
class NoteCommand : public QUndoCommand {
public:
    NoteCommand(Session& session, qint64 postId, QString text,
                std::function<void(const QString&)> failed)
        : QUndoCommand(NotesPanel::tr("Add note"))
        , m_session(session)
        , m_postId(postId)
        , m_text(std::move(text))
        , m_failed(std::move(failed))
    {}

    void redo() override
    {
        auto note = m_session.workspace().notes().add(m_postId, m_session.actor(), m_text,
                                                      m_session.clock()());
        if (!note) {
            m_failed(note.error().message);
            setObsolete(true);
            return;
        }
        m_noteId = note->id;
    }

    void undo() override
    {
        if (auto removed = m_session.workspace().notes().remove(m_noteId, m_session.actor(),
                                                                m_session.clock()());
            !removed)
            m_failed(removed.error().message);
    }

private:
    Session& m_session;
    qint64 m_postId;
    QString m_text;
    std::function<void(const QString&)> m_failed;
    qint64 m_noteId = 0;
};

} // namespace

NotesPanel::NotesPanel(Session& session, QUndoStack& undo, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_list(new QListWidget(this))
    , m_field(new QLineEdit(this))
{
    setAccessibleName(tr("Notes"));
    m_list->setAccessibleName(tr("Notes on this item"));
    m_list->setWordWrap(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMaximumHeight(90);
    m_field->setAccessibleName(tr("New note"));
    m_field->setPlaceholderText(tr("Add an internal note (never sent)… Return saves it"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_list);
    layout->addWidget(m_field);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (addNote(m_field->text())) {
            m_field->clear();
            Q_EMIT leaveRequested();
        }
    });
    connect(&session.workspace().changes(), &ChangeNotifier::notesChanged, this,
            [this](qint64 postId) {
                if (postId == m_postId)
                    reload();
            });
    showItem(std::nullopt);
}

bool NotesPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Escape and Return belong to the field, not to the window's shortcuts.
    if (watched == m_field && event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        Q_EMIT leaveRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void NotesPanel::showItem(std::optional<qint64> postId)
{
    m_postId = postId;
    setEnabled(postId.has_value());
    reload();
}

void NotesPanel::reload()
{
    m_list->clear();
    if (!m_postId) {
        m_list->hide();
        return;
    }
    auto notes = m_session.workspace().notes().notes(*m_postId);
    if (!notes) {
        Q_EMIT failed(notes.error().message);
        return;
    }
    for (const Note& note : std::as_const(*notes))
        m_list->addItem(tr("%1, %2: %3").arg(note.author, timeText(note.at), note.text));
    m_list->setVisible(!notes->isEmpty());
}

bool NotesPanel::addNote(const QString& text)
{
    if (!m_postId || text.trimmed().isEmpty())
        return false;
    const int before = m_undo.count();
    m_undo.push(new NoteCommand(m_session, *m_postId, text.trimmed(),
                                [this](const QString& message) { Q_EMIT failed(message); }));
    return m_undo.count() > before;
}

void NotesPanel::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
}

} // namespace hearken
