// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/topic_tagger.h"

#include "session.h"
#include "store/workspace.h"

#include <QInputDialog>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

namespace hearken {

namespace {

// Tagging on the undo stack, like the triage actions: undo takes the topic off the items this
// tagging added it to (never off items that had it already); redo puts it back.
class TagCommand : public QUndoCommand {
public:
    TagCommand(TopicTagger& tagger, Session& session, qint64 topicId, const QString& name,
               QList<qint64> postIds)
        : QUndoCommand(TopicTagger::tr("Tag with “%1”").arg(name))
        , m_tagger(&tagger)
        , m_session(session)
        , m_topicId(topicId)
        , m_postIds(std::move(postIds))
    {}

    void undo() override { apply(&TopicRepository::untag); }
    void redo() override
    {
        if (std::exchange(m_alreadyApplied, false))
            return;
        apply(&TopicRepository::tag);
    }

private:
    using Change = StoreResult<void> (TopicRepository::*)(qint64, qint64, const QString&, qint64);

    void apply(Change change)
    {
        TopicRepository& topics = m_session.workspace().topics();
        for (qint64 postId : std::as_const(m_postIds)) {
            auto changed =
                (topics.*change)(m_topicId, postId, m_session.actor(), m_session.clock()());
            if (!changed) {
                if (m_tagger)
                    Q_EMIT m_tagger->failed(changed.error().message);
                return;
            }
        }
    }

    QPointer<TopicTagger> m_tagger;
    Session& m_session;
    qint64 m_topicId;
    QList<qint64> m_postIds;
    bool m_alreadyApplied = true;
};

} // namespace

TopicTagger::TopicTagger(Session& session, QUndoStack& undo, QWidget* parent)
    : QObject(parent)
    , m_session(session)
    , m_undo(undo)
    , m_parent(parent)
{}

void TopicTagger::ask(const QList<qint64>& postIds)
{
    if (postIds.isEmpty())
        return;
    auto topics = m_session.workspace().topics().topics();
    if (!topics) {
        Q_EMIT failed(topics.error().message);
        return;
    }
    QStringList names;
    for (const Topic& topic : std::as_const(*topics)) {
        if (topic.status == TopicStatus::Open)
            names << topic.name;
    }
    auto* dialog = new QInputDialog(m_parent);
    dialog->setObjectName(u"topicDialog"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Follow-up topic"));
    dialog->setLabelText(tr("Tag with the topic (a new name starts a topic), to tell everyone "
                            "who raised it when it ships:"));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(true);
    dialog->setTextValue(QString());
    dialog->setOkButtonText(tr("Tag"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, postIds](const QString& name) { tag(name, postIds); });
    dialog->open();
}

bool TopicTagger::tag(const QString& name, const QList<qint64>& postIds)
{
    if (name.trimmed().isEmpty())
        return false;
    const qint64 now = m_session.clock()();
    auto topic = m_session.workspace().topics().topic(name, now);
    if (!topic) {
        Q_EMIT failed(topic.error().message);
        return false;
    }
    QList<qint64> added;
    bool tagsAll = true;
    for (qint64 postId : postIds) {
        auto had = m_session.workspace().topics().topicsOf(postId);
        if (!had) {
            Q_EMIT failed(had.error().message);
            tagsAll = false;
            break;
        }
        if (std::any_of(had->cbegin(), had->cend(), [&](const Topic& t) { return t.id == *topic; }))
            continue;
        if (auto tagged =
                m_session.workspace().topics().tag(*topic, postId, m_session.actor(), now);
            !tagged) {
            Q_EMIT failed(tagged.error().message);
            tagsAll = false;
            break;
        }
        added.append(postId);
    }
    if (!added.isEmpty())
        m_undo.push(new TagCommand(*this, m_session, *topic, name.trimmed(), added));
    return tagsAll;
}

} // namespace hearken
