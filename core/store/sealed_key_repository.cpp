// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sealed_key_repository.h"

#include "auth/service_key.h"
#include "store/database.h"
#include "store/dialect.h"
#include "store/sql.h"
#include "store/transaction.h"

namespace hearken {

namespace {

StoreResult<std::optional<PublishedKey>> newestKey(const QSqlDatabase& db)
{
    auto query = sql::exec(db, QStringLiteral("SELECT public_key, fingerprint, created_at FROM "
                                              "service_keys ORDER BY created_at DESC LIMIT 1"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstRow(*query, [](const QSqlQuery& row) {
        return PublishedKey{row.value(0).toByteArray(), row.value(1).toString(),
                            row.value(2).toLongLong()};
    });
}

StoreResult<qint64> secretsNotSealedTo(const QSqlDatabase& db, const QString& fingerprint)
{
    auto query =
        sql::exec(db, QStringLiteral("SELECT count(*) FROM sealed_secrets WHERE sealed_to <> ?"),
                  {fingerprint});
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, qint64(0));
}

} // namespace

SealedKeyRepository::SealedKeyRepository(Database& database)
    : m_database(database)
{}

StoreResult<std::optional<PublishedKey>> SealedKeyRepository::published() const
{
    return newestKey(m_database.connection());
}

StoreResult<KeyPublication> SealedKeyRepository::publish(const auth::ServiceKey& key,
                                                         KeyReplacement replacement)
{
    const QSqlDatabase db = m_database.connection();
    const Dialect& dialect = Dialect::of(db);
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    // SQLite's write transaction holds every other writer off; on PostgreSQL two services
    // starting at once take turns here, so that only one key is ever published.
    if (dialect.engine() == Engine::Postgresql) {
        if (auto locked = sql::exec(
                db, QStringLiteral("LOCK TABLE service_keys IN SHARE ROW EXCLUSIVE MODE"));
            !locked)
            return tl::unexpected(locked.error());
    }
    auto before = newestKey(db);
    if (!before)
        return tl::unexpected(before.error());
    KeyPublication publication;
    if (*before && (*before)->fingerprint == key.fingerprint()) {
        publication.message = QStringLiteral("The service key %1 is published in this workspace.")
                                  .arg(key.fingerprint());
        return publication;
    }
    if (*before) {
        publication.otherFingerprint = (*before)->fingerprint;
        if (replacement == KeyReplacement::Refuse) {
            publication.outcome = KeyPublication::Outcome::RefusedAnotherIsPublished;
            publication.message =
                QStringLiteral(
                    "Another service key (%1) is published in this workspace, and the "
                    "accounts' tokens are sealed to it. Start the service with the key file "
                    "that holds it, or with --replace-key to publish this key (%2) instead: "
                    "desks then sign every account in again.")
                    .arg(publication.otherFingerprint, key.fingerprint());
            return publication;
        }
        if (auto removed = sql::exec(db, QStringLiteral("DELETE FROM service_keys")); !removed)
            return tl::unexpected(removed.error());
    }
    if (auto inserted = sql::exec(db,
                                  QStringLiteral("INSERT INTO service_keys (fingerprint, "
                                                 "public_key, created_at) VALUES (?, ?, %1)")
                                      .arg(dialect.now()),
                                  {key.fingerprint(), key.publicKey()});
        !inserted)
        return tl::unexpected(inserted.error());
    auto stale = secretsNotSealedTo(db, key.fingerprint());
    if (!stale)
        return tl::unexpected(stale.error());
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());
    if (!*before) {
        publication.outcome = KeyPublication::Outcome::Published;
        publication.message = QStringLiteral("Published the service key %1: desks can now sign "
                                             "accounts in.")
                                  .arg(key.fingerprint());
        return publication;
    }
    publication.outcome = KeyPublication::Outcome::Replaced;
    publication.secretsToSealAgain = *stale;
    publication.message =
        QStringLiteral("Published the service key %1 in place of %2. Secrets sealed to the old "
                       "key, which the service cannot open: %3. Sign their accounts in again "
                       "from a desk.")
            .arg(key.fingerprint(), publication.otherFingerprint)
            .arg(*stale);
    return publication;
}

} // namespace hearken
