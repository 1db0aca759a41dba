// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/service_key.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace hearken::auth {

namespace {

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::auth)
};

constexpr QFileDevice::Permissions othersMayUse = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

SealResult<ServiceKey> ServiceKey::create(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    SealingKeyPair keys = SealingKeyPair::generate();
    QFile file(path);
    const auto cannotWrite = [&path, &file] {
        return tl::unexpected(
            Text::tr("The service key cannot be written to %1: %2.").arg(path, file.errorString()));
    };
    // Made readable by its owner only from the start, and never over a file made meanwhile.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return cannotWrite();
    QByteArray privateKey = keys.privateKey();
    QByteArray encoded = privateKey.toBase64() + '\n';
    const bool written = file.write(encoded) == encoded.size() && file.flush();
    wipe(privateKey);
    wipe(encoded);
    if (!written) {
        const auto refused = cannotWrite();
        file.remove();
        return refused;
    }
    return ServiceKey(std::move(keys), true);
}

SealResult<ServiceKey> ServiceKey::loadOrCreate(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return create(path);
    if (info.ownerId() != ::geteuid())
        return tl::unexpected(
            Text::tr("The service key %1 belongs to another user. The service must "
                     "own its key: run it as that user, or give it the file "
                     "(chown).")
                .arg(path));
    if (info.permissions() & othersMayUse)
        return tl::unexpected(
            Text::tr("The service key %1 can be read by other users. Run `chmod 600 "
                     "%1` and start the service again.")
                .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tl::unexpected(
            Text::tr("The service key %1 cannot be read: %2.").arg(path, file.errorString()));
    QByteArray encoded = file.readAll().trimmed();
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    wipe(encoded);
    auto keys = decoded ? SealingKeyPair::fromPrivateKey(*decoded)
                        : SealResult<SealingKeyPair>(tl::unexpected(QString()));
    wipe(*decoded);
    if (!keys)
        return tl::unexpected(
            Text::tr("The file %1 holds no service key. Restore the service's key "
                     "file, or move this file away so that a new key is made (desks "
                     "then sign the accounts in again).")
                .arg(path));
    return ServiceKey(*std::move(keys), false);
}

} // namespace hearken::auth
