// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/remote_changes.h"

#include "store/change_notifier.h"
#include "store/sql.h"
#include "store/store_log.h"

#include <QSocketNotifier>

#include <algorithm>
#include <memory>

namespace hearken {

namespace {

const QString itemsKind = QStringLiteral("items");
const QString outboxKind = QStringLiteral("outbox");
const QString notesKind = QStringLiteral("notes");
const QString presenceKind = QStringLiteral("presence");
const QString approvalsKind = QStringLiteral("approvals");
const QString accountsKind = QStringLiteral("accounts");

bool isKnownKind(const QString& kind)
{
    return kind == itemsKind || kind == outboxKind || kind == notesKind || kind == presenceKind ||
           kind == approvalsKind || kind == accountsKind;
}

} // namespace

std::optional<ChangePayload> parseChangePayload(const QString& payload)
{
    if (payload == u"reset")
        return ChangePayload{{}, {}, true};
    const qsizetype colon = payload.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    ChangePayload parsed{payload.left(colon), {}, false};
    if (!isKnownKind(parsed.kind))
        return std::nullopt;
    const QStringView list = QStringView(payload).mid(colon + 1);
    for (const QStringView id : list.split(u',')) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (!ok || value <= 0)
            return std::nullopt;
        parsed.ids.append(value);
    }
    return parsed;
}

// The listening connection, on RemoteChanges' thread: connects, LISTENs, reads what arrives
// when its socket has something, and hands it to RemoteChanges on the window's thread.
class RemoteChanges::Listener : public QObject {
public:
    Listener(Database::Reopen open, RemoteChanges* owner, std::chrono::milliseconds retryEvery)
        : m_open(std::move(open))
        , m_owner(owner)
        , m_retry(new QTimer(this))
    {
        m_retry->setSingleShot(true);
        m_retry->setInterval(retryEvery);
        connect(m_retry, &QTimer::timeout, this, &Listener::listen);
    }

    void listen()
    {
        auto opened = m_open();
        if (!opened) {
            qCDebug(lcStore) << "Cannot listen to the team workspace's changes yet:"
                             << opened.error().message;
            m_retry->start();
            return;
        }
        m_database = std::move(*opened);
        const QSqlDriver* driver = m_database->connection().driver();
        const auto subscribed =
            sql::exec(m_database->connection(), QStringLiteral("LISTEN ") + QLatin1String(channel));
        const auto socket = sql::serverSocket(driver);
        if (!subscribed || !socket) {
            qCDebug(lcStore) << "Cannot listen to the team workspace's changes yet:"
                             << (subscribed ? QStringLiteral("no socket")
                                            : subscribed.error().message);
            m_database.reset();
            m_retry->start();
            return;
        }
        m_socket = std::make_unique<QSocketNotifier>(*socket, QSocketNotifier::Read);
        connect(m_socket.get(), &QSocketNotifier::activated, this, &Listener::read);
        const bool afterLoss = std::exchange(m_lost, false);
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, afterLoss] { owner->subscribed(afterLoss); },
            Qt::QueuedConnection);
        read();
    }

private:
    void read()
    {
        auto taken = sql::takeNotifications(m_database->connection().driver());
        if (!taken) {
            loseConnection();
            return;
        }
        QList<std::pair<QString, int>> changes;
        for (const sql::ServerNotification& notification : std::as_const(*taken)) {
            if (notification.channel == QLatin1String(channel))
                changes.append({notification.payload, notification.senderPid});
        }
        if (changes.isEmpty())
            return;
        QMetaObject::invokeMethod(
            m_owner,
            [owner = m_owner, changes] {
                for (const auto& [payload, sender] : changes)
                    owner->receive(payload, sender);
            },
            Qt::QueuedConnection);
    }

    void loseConnection()
    {
        qCInfo(lcStore) << "Lost the connection that listens to the team workspace's changes;"
                        << "trying again every" << m_retry->interval() << "ms";
        // libpq closed the socket: stop watching it before the event loop looks at it again.
        m_socket->setEnabled(false);
        m_socket.release()->deleteLater();
        m_database.reset();
        m_lost = true;
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner] { Q_EMIT owner->lost(); }, Qt::QueuedConnection);
        m_retry->start();
    }

    Database::Reopen m_open;
    RemoteChanges* m_owner;
    QTimer* m_retry;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QSocketNotifier> m_socket;
    bool m_lost = false;
};

RemoteChanges::RemoteChanges(Database& database, ChangeNotifier& changes,
                             std::chrono::milliseconds retryEvery, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_changes(changes)
    , m_listener(new Listener(database.reopener(), this, retryEvery))
{
    m_burst.setSingleShot(true);
    m_burst.setInterval(burst);
    connect(&m_burst, &QTimer::timeout, this, &RemoteChanges::announce);
    m_listener->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("hearken-live"));
}

RemoteChanges::~RemoteChanges()
{
    if (!m_thread.isRunning()) {
        delete m_listener;
        return;
    }
    // The listening connection belongs to its thread: close it there.
    QMetaObject::invokeMethod(
        m_listener, [listener = m_listener] { delete listener; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void RemoteChanges::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(
        m_listener, [listener = m_listener] { listener->listen(); }, Qt::QueuedConnection);
}

void RemoteChanges::subscribed(bool afterLoss)
{
    if (afterLoss) {
        m_resetPending = true;
        announce();
    }
    Q_EMIT listening(afterLoss);
}

void RemoteChanges::receive(const QString& payload, int senderPid)
{
    // This desk's own changes were announced by the repositories that made them.
    if (sql::serverProcessId(m_database.connection().driver()) == senderPid)
        return;
    const auto parsed = parseChangePayload(payload);
    if (!parsed) {
        qCWarning(lcStore) << "Ignored a change notification Hearken cannot read:"
                           << payload.left(80);
        return;
    }
    if (parsed->reset)
        m_resetPending = true;
    else
        m_pending[parsed->kind].unite(QSet<qint64>(parsed->ids.cbegin(), parsed->ids.cend()));
    if (!m_burst.isActive())
        m_burst.start();
}

void RemoteChanges::announce()
{
    m_burst.stop();
    const auto pending = std::exchange(m_pending, {});
    const auto ids = [&pending](const QString& kind) {
        QList<qint64> list = pending.value(kind).values();
        std::sort(list.begin(), list.end());
        return list;
    };
    if (std::exchange(m_resetPending, false))
        Q_EMIT m_changes.queueReset();
    else if (pending.contains(itemsKind))
        m_changes.announceChanged(ids(itemsKind));
    if (pending.contains(notesKind)) {
        const QList<qint64> notes = ids(notesKind);
        for (const qint64 postId : notes)
            Q_EMIT m_changes.notesChanged(postId);
        // As NoteRepository does: a row shows whether its item has notes.
        m_changes.announceChanged(notes);
    }
    if (pending.contains(outboxKind))
        Q_EMIT m_changes.outboxChanged(ids(outboxKind));
    if (pending.contains(presenceKind))
        Q_EMIT m_changes.presenceChanged(ids(presenceKind));
    if (pending.contains(approvalsKind))
        Q_EMIT m_changes.approvalsChanged();
    if (pending.contains(accountsKind))
        Q_EMIT m_changes.accountsChanged();
}

} // namespace hearken
