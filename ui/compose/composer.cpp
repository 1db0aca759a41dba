// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/composer.h"

#include "approvals/approval_notice.h"
#include "compose/compose_edit.h"
#include "compose/second_answer_prompt.h"
#include "compose/warning_label.h"
#include "outbox/placeholders.h"
#include "outbox/reply_length.h"
#include "outbox/reply_mentions.h"
#include "outbox/robot_check.h"
#include "outbox/thanks.h"
#include "providers/provider_registry.h"
#include "session.h"
#include "shell/flow_layout.h"
#include "store/workspace.h"
#include "workflow/answer_check.h"
#include "workflow/desk_presence.h"
#include "workflow/time_text.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearken {

namespace {

// The workspace setting {product} is filled from.
const QString productKey = QStringLiteral("compose/product");
constexpr int robotDelayMs = 250;

// `byService`: the team's service sends it, not this window.
QString stateText(const OutboxEntry& entry, bool byService)
{
    const QString what =
        entry.kind == OutboxKind::Like ? Composer::tr("Like") : Composer::tr("Reply");
    switch (entry.state) {
    case OutboxState::Queued:
        if (!entry.nextAttemptAt)
            return Composer::tr("%1 waits for the account to sign in again").arg(what);
        if (entry.attempts == 0)
            return byService ? Composer::tr("%1 queued; the team's service sends it").arg(what)
                             : Composer::tr("%1 queued").arg(what);
        return Composer::tr("%1 waits to be tried again at %2 (%3)")
            .arg(what, timeText(*entry.nextAttemptAt), entry.lastError.toHtmlEscaped());
    case OutboxState::Sending:
        return Composer::tr("%1 sending…").arg(what);
    case OutboxState::Sent:
        return Composer::tr("%1 sent ✓").arg(what);
    case OutboxState::Failed: {
        QString text = Composer::tr("%1 failed: %2").arg(what, entry.lastError.toHtmlEscaped());
        const QString id = QString::number(entry.id);
        text += u" — <a href=\"retry:"_qs + id + u"\">"_qs + Composer::tr("Retry") + u"</a>"_qs;
        if (entry.kind == OutboxKind::Reply)
            text += u" · <a href=\"edit:"_qs + id + u"\">"_qs + Composer::tr("Edit") + u"</a>"_qs;
        text += u" · <a href=\"discard:"_qs + id + u"\">"_qs + Composer::tr("Discard") + u"</a>"_qs;
        return text;
    }
    }
    return {};
}

} // namespace

Composer::Composer(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_context(new QLabel(this))
    , m_saved(new QComboBox(this))
    , m_visibility(new QComboBox(this))
    , m_edit(new ComposeEdit(this))
    , m_placeholders(new WarningLabel(this))
    , m_robot(new WarningLabel(this))
    , m_collision(new WarningLabel(this))
    , m_status(new QLabel(this))
    , m_approval(new ApprovalNotice(session, this))
    , m_counter(new QLabel(this))
    , m_thank(new QPushButton(tr("Thank"), this))
    , m_sendDone(new QPushButton(tr("Send && done"), this))
    , m_send(new QPushButton(tr("Send"), this))
{
    setAccessibleName(tr("Reply"));
    buildLayout();
    m_robotDelay.setSingleShot(true);
    m_robotDelay.setInterval(robotDelayMs);
    connect(&m_robotDelay, &QTimer::timeout, this, &Composer::checkForRobot);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateChecks();
        m_robotDelay.start();
        if (m_presence && m_post)
            m_presence->setReplying(hasOwnWords(text()));
    });
    connect(m_edit, &ComposeEdit::sendRequested, this, [this](bool done) { send(done); });
    connect(m_edit, &ComposeEdit::leaveRequested, this, &Composer::leaveRequested);
    connect(m_send, &QPushButton::clicked, this, [this] { send(false); });
    connect(m_sendDone, &QPushButton::clicked, this, [this] { send(true); });
    connect(m_thank, &QPushButton::clicked, this, &Composer::thank);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0 && index <= m_savedReplies.size())
            useSavedReply(m_savedReplies.at(index - 1));
        m_saved->setCurrentIndex(0);
        focusEditor();
    });
    connect(m_status, &QLabel::linkActivated, this, &Composer::actOnEntry);
    connect(m_approval, &ApprovalNotice::reviseRequested, this,
            [this](qint64 id) { actOnEntry(u"edit:%1"_qs.arg(id)); });
    connect(m_approval, &ApprovalNotice::failed, this, &Composer::failed);
    ChangeNotifier& changes = session.workspace().changes();
    connect(&changes, &ChangeNotifier::outboxChanged, this, [this](const QList<qint64>& ids) {
        if (m_postId && ids.contains(*m_postId))
            refreshStatus();
    });
    connect(&changes, &ChangeNotifier::savedRepliesChanged, this, &Composer::reloadSavedReplies);
    reloadSavedReplies();
    showItem(std::nullopt);
}

void Composer::buildLayout()
{
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::PlainText);
    m_saved->setAccessibleName(tr("Saved replies"));
    m_saved->setToolTip(tr("Start from a saved reply; fill its {placeholders} before sending"));
    m_visibility->setAccessibleName(tr("Visibility"));
    m_visibility->addItem(tr("Same audience as the mention"), QString());
    m_visibility->addItem(tr("Public"), u"public"_qs);
    m_visibility->addItem(tr("Unlisted"), u"unlisted"_qs);
    m_visibility->addItem(tr("Followers only"), u"private"_qs);
    m_visibility->addItem(tr("Mentioned people only"), u"direct"_qs);
    m_edit->setAccessibleName(tr("Reply text"));
    m_edit->setPlaceholderText(
        tr("Write a reply… Ctrl+Enter sends, Ctrl+Shift+Enter sends and marks it done"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(70);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setAccessibleName(tr("Outbox state"));
    m_counter->setAccessibleName(tr("Length"));
    m_collision->setAccessibleName(tr("Someone else is replying"));
    m_send->setDefault(false);
    m_send->setToolTip(tr("Send the reply (Ctrl+Enter)"));
    m_sendDone->setToolTip(tr("Send the reply and mark the item done (Ctrl+Shift+Enter)"));
    m_thank->setToolTip(tr("Thank them as the workspace's thanks setting says (T)"));

    // Each choice as wide as its text; the audience goes below the saved replies in a narrow
    // column rather than being cut short.
    auto* choices = new FlowLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    choices->setSpacing(6);
    choices->setFirstStretches(true);
    choices->addWidget(m_saved);
    choices->addWidget(m_visibility);
    // The counter takes the room the buttons leave; in a narrow column, or a language with
    // longer words, the buttons wrap below rather than being cut short.
    auto* buttons = new FlowLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(6);
    buttons->setFirstStretches(true);
    buttons->addWidget(m_counter);
    buttons->addWidget(m_thank);
    buttons->addWidget(m_sendDone);
    buttons->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_context);
    layout->addWidget(m_collision);
    layout->addLayout(choices);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_placeholders);
    layout->addWidget(m_robot);
    layout->addWidget(m_status);
    layout->addWidget(m_approval);
    layout->addLayout(buttons);
}

void Composer::reloadSavedReplies()
{
    auto replies = m_session.workspace().notes().savedReplies();
    if (!replies) {
        Q_EMIT failed(replies.error().message);
        return;
    }
    m_savedReplies = *replies;
    m_saved->clear();
    m_saved->addItem(tr("Saved replies…"));
    for (const SavedReply& reply : std::as_const(m_savedReplies))
        m_saved->addItem(reply.title);
}

void Composer::showItem(std::optional<qint64> postId, std::optional<qint64> topicId)
{
    const bool changed = postId != m_postId;
    m_postId = postId;
    m_topicId = topicId;
    m_post.reset();
    if (postId) {
        auto post = m_session.workspace().posts().post(*postId);
        if (post)
            m_post = *post;
        else
            Q_EMIT failed(post.error().message);
    }
    m_product = m_session.workspace().settings().value(productKey).value_or(QString());
    if (changed) {
        m_openedAt = m_session.clock()();
        if (m_presence)
            m_presence->setItem(m_post ? postId : std::nullopt);
        m_editing.reset();
        m_edit->clear();
        m_visibility->setCurrentIndex(0);
        if (m_post) {
            m_edit->setPlainText(replyMentions(*m_post, ourHandle(), replyRulesHere()));
            m_edit->moveCursor(QTextCursor::End);
        }
    }
    setEnabled(m_post.has_value());
    m_visibility->setVisible(m_post && replyRulesHere().hasVisibility);
    showContext();
    showCollision();
    reloadRecentReplies();
    updateChecks();
    checkForRobot();
    refreshStatus();
    m_approval->showItem(postId, m_post ? m_post->accountId : 0);
}

void Composer::showContext()
{
    if (!m_post) {
        m_context->setText(tr("Choose an item to reply to it."));
        return;
    }
    const QString ours = ourHandle();
    const Person& who = m_post->author;
    const QString name =
        who.displayName.isEmpty() ? who.handle : who.displayName + u" ("_qs + who.handle + u')';
    m_context->setText(
        tr("To %1 on %2, as %3").arg(name, m_session.providers().label(m_post->network), ours));
}

void Composer::setPresence(DeskPresence* presence)
{
    m_presence = presence;
    connect(presence, &DeskPresence::othersChanged, this, [this](const QList<qint64>& ids) {
        if (m_postId && ids.contains(*m_postId))
            showCollision();
    });
    if (m_post)
        presence->setItem(m_post->id);
    showCollision();
}

void Composer::showCollision()
{
    QStringList replying;
    std::optional<qint64> since;
    if (m_presence && m_post) {
        for (const Presence& other : m_presence->othersOn(m_post->id)) {
            if (other.activity != PresenceActivity::Replying)
                continue;
            replying << other.person;
            since = std::min(since.value_or(other.since), other.since);
        }
    }
    m_collision->setVisible(!replying.isEmpty());
    if (replying.isEmpty())
        return;
    const QString who = QLocale().createSeparatedList(replying);
    m_collision->setText((replying.size() == 1
                              ? tr("%1 is replying to this since %2. Coordinate before you answer.")
                              : tr("%1 are replying to this since %2. Coordinate before you "
                                   "answer."))
                             .arg(who, clockText(QDateTime::fromSecsSinceEpoch(*since).time())));
}

void Composer::reloadRecentReplies()
{
    const RobotCheckRules rules;
    auto recent =
        m_session.workspace().outbox().recentReplies(m_session.clock()() - rules.windowSeconds);
    if (!recent) {
        Q_EMIT failed(recent.error().message);
        return;
    }
    m_robotCheck = RobotCheck(*recent);
}

QString Composer::ourHandle() const
{
    if (!m_post)
        return {};
    auto accounts = m_session.workspace().accounts().accounts();
    for (const Account& account : accounts.value_or(QList<Account>())) {
        if (account.id == m_post->accountId)
            return account.handle;
    }
    return {};
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString& text)
{
    const QString filled = m_post ? addressed(text) : text;
    m_edit->setPlainText(filled);
    QTextCursor cursor = m_edit->textCursor();
    const qsizetype open = filled.indexOf(u'{');
    cursor.setPosition(open >= 0 ? int(open) : int(filled.size()));
    m_edit->setTextCursor(cursor);
}

void Composer::useSavedReply(const SavedReply& reply)
{
    setText(reply.body);
}

ReplyRules Composer::replyRulesHere() const
{
    if (!m_post)
        return {};
    return replyRules(m_session.providers().replyRules(m_post->network),
                      m_session.workspace()
                          .syncState()
                          .cursors(m_post->accountId)
                          .value_or(QHash<QString, QString>()));
}

QString Composer::addressed(const QString& text) const
{
    const ReplyRules rules = replyRulesHere();
    const PlaceholderValues values = placeholderValues(
        m_post->author, m_product, m_session.providers().label(m_post->network), rules);
    return withReplyMentions(fillPlaceholders(text, values), *m_post, ourHandle(), rules);
}

QString Composer::blockReason() const
{
    if (!m_post)
        return tr("Choose an item to reply to it.");
    const QString body = text();
    if (body.trimmed().isEmpty())
        return tr("Write something first.");
    if (!hasOwnWords(body))
        return tr("Write something after the @mentions first.");
    const QStringList unfilled = unfilledPlaceholders(body);
    if (!unfilled.isEmpty()) {
        QStringList names;
        for (const QString& name : unfilled)
            names << u'{' + name + u'}';
        return tr("Fill in %1 before sending.").arg(QLocale().createSeparatedList(names));
    }
    const ReplyRules rules = replyRulesHere();
    if (rules.limit && replyLength(body, rules) > *rules.limit)
        return tr("Too long for %1: at most %2.")
            .arg(m_session.providers().label(m_post->network))
            .arg(*rules.limit);
    return {};
}

void Composer::updateChecks()
{
    const QString body = text();
    const ReplyRules rules = replyRulesHere();
    const int length = m_post ? replyLength(body, rules) : 0;
    const auto limit = rules.limit;
    m_counter->setText(limit ? tr("%1 / %2").arg(length).arg(*limit) : tr("%1").arg(length));
    m_counter->setForegroundRole(limit && length > *limit ? QPalette::LinkVisited
                                                          : QPalette::PlaceholderText);
    const QStringList unfilled = unfilledPlaceholders(body);
    m_placeholders->setVisible(!unfilled.isEmpty());
    if (!unfilled.isEmpty())
        m_placeholders->setText(blockReason());
    const bool ready = blockReason().isEmpty();
    m_send->setEnabled(ready);
    m_sendDone->setEnabled(ready);
    m_send->setToolTip(ready ? tr("Send the reply (Ctrl+Enter)") : blockReason());
}

void Composer::checkForRobot()
{
    const QString body = text();
    if (!m_post || body.trimmed().isEmpty()) {
        m_robot->hide();
        return;
    }
    const Person& who = m_post->author;
    const RobotWarning warning =
        m_robotCheck.check(body, who.id, QString(who.displayName + u' ' + who.handle));
    m_robot->setVisible(warning.warn);
    if (warning.warn)
        m_robot->setText(tr("Sounds like a robot: %1 other people got nearly the same words in "
                            "the last two weeks. You can still send it; a personal touch helps.")
                             .arg(warning.people));
}

void Composer::refreshStatus()
{
    if (!m_postId) {
        m_status->clear();
        m_status->hide();
        return;
    }
    auto entries = m_session.workspace().outbox().entriesFor(*m_postId);
    if (!entries) {
        Q_EMIT failed(entries.error().message);
        return;
    }
    QStringList lines;
    for (const OutboxEntry& entry : std::as_const(*entries))
        lines << stateText(entry, m_session.isServedByService());
    m_status->setText(lines.join(u"<br>"_qs));
    m_status->setVisible(!lines.isEmpty());
}

void Composer::actOnEntry(const QString& link)
{
    const QString action = link.section(u':', 0, 0);
    const qint64 id = link.section(u':', 1, 1).toLongLong();
    DeliveryEngine& outbox = m_session.outbox();
    StoreResult<void> done;
    if (action == u"retry") {
        done = outbox.retry(id, m_session.actor());
    } else if (action == u"discard") {
        done = outbox.discard(id, m_session.actor());
    } else if (action == u"edit") {
        auto entry = m_session.workspace().outbox().entry(id);
        if (entry && *entry) {
            m_edit->setPlainText((*entry)->text);
            m_editing = id;
            focusEditor();
        }
        return;
    }
    if (!done)
        Q_EMIT failed(done.error().message);
}

bool Composer::send(bool markDone)
{
    if (!blockReason().isEmpty() || !m_post)
        return false;
    DeliveryEngine& outbox = m_session.outbox();
    if (m_editing) {
        auto edited = outbox.edit(*m_editing, text(), m_session.actor());
        if (edited)
            edited = outbox.retry(*m_editing, m_session.actor());
        if (!edited) {
            Q_EMIT failed(edited.error().message);
            return false;
        }
    } else {
        const OutboxDraft draft{m_post->accountId,
                                m_post->id,
                                OutboxKind::Reply,
                                text(),
                                m_visibility->isVisible() ? m_visibility->currentData().toString()
                                                          : QString(),
                                m_session.actor(),
                                m_topicId};
        if (!sendChecked(draft))
            return false;
    }
    m_editing.reset();
    m_edit->clear();
    reloadRecentReplies();
    refreshStatus();
    Q_EMIT sent(m_post->id, markDone);
    return true;
}

bool Composer::sendChecked(const OutboxDraft& draft)
{
    auto check = checkAnswer(m_session.workspace(), draft, m_openedAt, m_session.clock()());
    if (!check) {
        Q_EMIT failed(check.error().message);
        return false;
    }
    const bool sendAnyway = !check->replies.isEmpty();
    if (sendAnyway && !askToSendSecondAnswer(this, check->replies))
        return false;
    if (auto queued = m_session.outbox().send(draft, check->guard(sendAnyway)); !queued) {
        Q_EMIT failed(queued.error().message);
        return false;
    }
    return true;
}

bool Composer::thank()
{
    if (!m_post)
        return false;
    const QString reply = addressed(defaultThanksText());
    const auto drafts = thanksDrafts(thanksMode(m_session.workspace().settings()),
                                     m_post->accountId, m_post->id, reply, m_session.actor());
    for (const OutboxDraft& draft : drafts) {
        if (!sendChecked(draft))
            return false;
    }
    refreshStatus();
    Q_EMIT thanked(m_post->id);
    return true;
}

void Composer::setQueueActionsVisible(bool visible)
{
    m_thank->setVisible(visible);
    m_sendDone->setVisible(visible);
}

void Composer::focusEditor()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

} // namespace hearken
