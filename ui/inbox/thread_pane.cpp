// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/thread_pane.h"

#include "store/post_repository.h"
#include "store/queue_repository.h"
#include "workflow/desk_presence.h"
#include "workflow/tone_triage.h"

#include <QDesktopServices>
#include <QKeyEvent>
#include <QPointer>
#include <QScrollBar>
#include <QTimer>

namespace hearken {

ThreadPane::ThreadPane(PostRepository& posts, QueueRepository& queue, const ToneTriage* tone,
                       NetworkNames networks, QWidget* parent)
    : QTextBrowser(parent)
    , m_posts(posts)
    , m_queue(queue)
    , m_tone(tone)
    , m_networks(std::move(networks))
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Conversation"));
    document()->setDocumentMargin(12);
    connect(this, &QTextBrowser::anchorClicked, this, &ThreadPane::openLink);
    render();
}

QVariant ThreadPane::loadResource(int, const QUrl&)
{
    return {};
}

void ThreadPane::showItem(std::optional<qint64> postId)
{
    if (postId == m_postId)
        return;
    m_postId = postId;
    render();
    verticalScrollBar()->setValue(0);
}

void ThreadPane::refreshIfShown(const QList<qint64>& postIds)
{
    if (!m_postId || !postIds.contains(*m_postId))
        return;
    const int scrolled = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scrolled);
}

void ThreadPane::render()
{
    if (!m_postId) {
        setHtml(placeholderHtml(tr("Choose an item to read it in its conversation."), palette()));
        return;
    }
    auto thread = m_posts.thread(*m_postId);
    auto author = m_posts.author(*m_postId);
    auto events = m_posts.events(*m_postId);
    if (!thread || !author || !events) {
        const StoreError& error = !thread   ? thread.error()
                                  : !author ? author.error()
                                            : events.error();
        setHtml(placeholderHtml(tr("This item cannot be shown."), palette()));
        Q_EMIT failed(error.message);
        return;
    }
    const auto focus = std::find_if(thread->cbegin(), thread->cend(),
                                    [](const ThreadEntry& entry) { return entry.isFocus; });
    setHtml(threadHtml({*thread, *author, *events,
                        focus == thread->cend() ? std::nullopt : explainTone(focus->post.text),
                        chainNote(thread->first().post), m_networks,
                        m_presence ? presenceSummary(m_presence->othersOn(*m_postId)) : QString()},
                       palette()));
}

void ThreadPane::setPresence(const DeskPresence* presence)
{
    m_presence = presence;
    connect(presence, &DeskPresence::othersChanged, this, &ThreadPane::refreshIfShown);
    if (m_postId)
        refreshIfShown({*m_postId});
}

QString ThreadPane::chainNote(const Post& top)
{
    if (top.replyToRemoteId.isEmpty() || !m_fetchChain)
        return {};
    if (!m_chains.contains(top.remoteId)) {
        m_chains.insert(top.remoteId, ChainFetch{});
        QPointer<ThreadPane> pane(this);
        const bool started = m_fetchChain(top, [pane, uri = top.remoteId](const QString& error) {
            if (!pane)
                return;
            pane->m_chains.insert(uri, ChainFetch{false, error});
            // Never inside render(), which may have asked.
            QTimer::singleShot(0, pane, [pane] {
                if (pane->m_postId)
                    pane->refreshIfShown({*pane->m_postId});
            });
        });
        if (!started)
            m_chains.insert(top.remoteId, ChainFetch{false, QString()});
    }
    const ChainFetch& fetch = m_chains[top.remoteId];
    if (fetch.running)
        return tr("Fetching the earlier posts of this conversation…");
    if (!fetch.error.isEmpty())
        return tr("The earlier posts of this conversation could not be fetched: %1")
            .arg(fetch.error);
    return {};
}

std::optional<ToneExplanation> ThreadPane::explainTone(const QString& text) const
{
    auto triage = m_queue.triageStates({*m_postId});
    if (!m_tone || !triage || triage->isEmpty())
        return std::nullopt;
    return ToneExplanation{triage->first(), m_tone->classify(text), m_tone->reasons(text)};
}

void ThreadPane::openLink(const QUrl& url)
{
    if (url.scheme() == u"https" || url.scheme() == u"http")
        QDesktopServices::openUrl(url);
}

void ThreadPane::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void ThreadPane::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT leaveRequested();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

} // namespace hearken
