// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/topic_tagger.h"

#include "session.h"
#include "store/workspace.h"

#include <QInputDialog>

namespace hearken {

TopicTagger::TopicTagger(Session& session, QWidget* parent)
    : QObject(parent)
    , m_session(session)
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
    for (qint64 postId : postIds) {
        if (auto tagged =
                m_session.workspace().topics().tag(*topic, postId, m_session.actor(), now);
            !tagged) {
            Q_EMIT failed(tagged.error().message);
            return false;
        }
    }
    return true;
}

} // namespace hearken
