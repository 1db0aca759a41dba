// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sealed_vault.h"

#include "auth/service_key.h"

#include <QCoreApplication>
#include <QTimer>

namespace hearken {

namespace {

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::store)
};

auth::VaultError unavailable(const StoreError& error)
{
    return {
        auth::VaultError::Kind::Unavailable,
        Text::tr("The team workspace's sealed secrets cannot be reached: %1").arg(error.message)};
}

QString noServiceKey()
{
    return Text::tr("No Hearken service has published its key in this team workspace yet, so "
                    "no token can be sealed to it. Start `hearken serve` once so that it "
                    "publishes its key, then sign in again.");
}

} // namespace

SealedVault::SealedVault(Database& database)
    : m_keys(database)
    , m_secrets(database)
{}

SealedVault::SealedVault(Database& database, const auth::ServiceKey& key)
    : SealedVault(database)
{
    m_serviceKey = &key;
}

void SealedVault::read(const QString& key, ReadDone done)
{
    answer(readNow(key), std::move(done));
}

void SealedVault::write(const QString& key, const QString& secret, Done done)
{
    answer(writeNow(key, secret), std::move(done));
}

void SealedVault::remove(const QString& key, Done done)
{
    answer(removeNow(key), std::move(done));
}

std::optional<QString> SealedVault::whyNothingCanBeSealed() const
{
    const auto published = m_keys.published();
    if (!published)
        return unavailable(published.error()).message;
    if (!*published)
        return noServiceKey();
    return std::nullopt;
}

auth::VaultResult<QString> SealedVault::readNow(const QString& key) const
{
    const auth::VaultError notFound{auth::VaultError::Kind::NotFound,
                                    Text::tr("No secret is stored for %1.").arg(key)};
    if (!m_serviceKey) {
        const auto held = m_secrets.holds(key);
        if (!held)
            return tl::unexpected(unavailable(held.error()));
        if (!*held)
            return tl::unexpected(notFound);
        return tl::unexpected(auth::VaultError{
            auth::VaultError::Kind::Denied,
            Text::tr("Only the Hearken service opens this account's tokens; a desk of a team "
                     "workspace never holds them.")});
    }
    const auto found = m_secrets.find(key);
    if (!found)
        return tl::unexpected(unavailable(found.error()));
    if (!*found)
        return tl::unexpected(notFound);
    if ((*found)->sealedTo != m_serviceKey->fingerprint())
        return tl::unexpected(auth::VaultError{
            auth::VaultError::Kind::Denied,
            Text::tr("The secret %1 is sealed to another service key (%2), not to this "
                     "service's (%3): sign its account in again from a desk, or start the "
                     "service with the key file that holds that key.")
                .arg(key, (*found)->sealedTo, m_serviceKey->fingerprint())});
    auto opened = auth::open(m_serviceKey->keys(), (*found)->blob);
    if (!opened)
        return tl::unexpected(auth::VaultError{
            auth::VaultError::Kind::Other,
            Text::tr("The secret %1 cannot be opened: %2 Sign its account in again from a desk.")
                .arg(key, opened.error())});
    const QString secret = QString::fromUtf8(*opened);
    auth::wipe(*opened);
    return secret;
}

auth::VaultResult<void> SealedVault::writeNow(const QString& key, const QString& secret)
{
    const auto published = m_keys.published();
    if (!published)
        return tl::unexpected(unavailable(published.error()));
    if (!*published)
        return tl::unexpected(
            auth::VaultError{auth::VaultError::Kind::Unavailable, noServiceKey()});
    QByteArray plain = secret.toUtf8();
    auto blob = auth::seal((*published)->publicKey, plain);
    auth::wipe(plain);
    if (!blob)
        return tl::unexpected(auth::VaultError{
            auth::VaultError::Kind::Other,
            Text::tr("The published service key cannot seal secrets (%1). Start `hearken serve "
                     "--replace-key` to publish a good one.")
                .arg(blob.error())});
    if (auto put = m_secrets.put(key, {*blob, (*published)->fingerprint}); !put)
        return tl::unexpected(unavailable(put.error()));
    return {};
}

auth::VaultResult<void> SealedVault::removeNow(const QString& key)
{
    if (auto removed = m_secrets.remove(key); !removed)
        return tl::unexpected(unavailable(removed.error()));
    return {};
}

template <typename Result, typename Callback>
void SealedVault::answer(Result result, Callback done)
{
    QTimer::singleShot(0, &m_answers,
                       [done = std::move(done), result = std::move(result)] { done(result); });
}

} // namespace hearken
