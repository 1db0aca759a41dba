// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/keychain_vault.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace hearken::auth {

namespace {

VaultError vaultError(const QKeychain::Job& job)
{
    VaultError error;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        error.kind = VaultError::Kind::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        error.kind = VaultError::Kind::Denied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error.kind = VaultError::Kind::Unavailable;
        break;
    default:
        error.kind = VaultError::Kind::Other;
        break;
    }
    error.message = QCoreApplication::translate("hearken::auth", "The system keychain refused: %1")
                        .arg(job.errorString());
    return error;
}

template <typename JobType>
JobType* newJob(const QString& service, const QString& key)
{
    auto* job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainVault::KeychainVault(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

void KeychainVault::read(const QString& key, ReadDone done)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError) {
            done(tl::unexpected(vaultError(*j)));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob*>(j)->textData());
    });
    job->start();
}

void KeychainVault::write(const QString& key, const QString& secret, Done done)
{
    auto* job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError)
            done(tl::unexpected(vaultError(*j)));
        else
            done({});
    });
    job->start();
}

void KeychainVault::remove(const QString& key, Done done)
{
    auto* job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(tl::unexpected(vaultError(*j)));
        else
            done({});
    });
    job->start();
}

} // namespace hearken::auth
