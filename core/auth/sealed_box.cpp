// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/sealed_box.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <sodium.h>

namespace hearken::auth {

static_assert(SealingKeyPair::keySize == crypto_box_PUBLICKEYBYTES);
static_assert(SealingKeyPair::keySize == crypto_box_SECRETKEYBYTES);

namespace {

const unsigned char* bytesOf(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::auth)
};

} // namespace

bool startSealing()
{
    return sodium_init() >= 0;
}

SealingKeyPair SealingKeyPair::generate()
{
    SealingKeyPair keys;
    crypto_box_keypair(keys.m_public.data(), keys.m_private.data());
    return keys;
}

SealResult<SealingKeyPair> SealingKeyPair::fromPrivateKey(const QByteArray& privateKey)
{
    if (privateKey.size() != keySize)
        return tl::unexpected(Text::tr("A private key is %1 bytes long; this one has %2.")
                                  .arg(keySize)
                                  .arg(privateKey.size()));
    SealingKeyPair keys;
    std::copy(privateKey.cbegin(), privateKey.cend(), keys.m_private.begin());
    crypto_scalarmult_base(keys.m_public.data(), keys.m_private.data());
    return keys;
}

SealingKeyPair::~SealingKeyPair()
{
    sodium_memzero(m_private.data(), m_private.size());
}

QByteArray SealingKeyPair::publicKey() const
{
    return QByteArray(reinterpret_cast<const char*>(m_public.data()), keySize);
}

QByteArray SealingKeyPair::privateKey() const
{
    return QByteArray(reinterpret_cast<const char*>(m_private.data()), keySize);
}

SealResult<QByteArray> seal(const QByteArray& publicKey, const QByteArray& secret)
{
    if (publicKey.size() != SealingKeyPair::keySize)
        return tl::unexpected(Text::tr("A public key is %1 bytes long; this one has %2.")
                                  .arg(SealingKeyPair::keySize)
                                  .arg(publicKey.size()));
    QByteArray blob(secret.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(blob.data()), bytesOf(secret),
                        quint64(secret.size()), bytesOf(publicKey)) != 0)
        return tl::unexpected(Text::tr("The secret could not be sealed to the public key."));
    return blob;
}

SealResult<QByteArray> open(const SealingKeyPair& keys, const QByteArray& blob)
{
    if (blob.size() < qsizetype(crypto_box_SEALBYTES))
        return tl::unexpected(Text::tr("The sealed secret is cut short: it cannot be opened."));
    QByteArray secret(blob.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(secret.data()), bytesOf(blob),
                             quint64(blob.size()), keys.m_public.data(),
                             keys.m_private.data()) != 0) {
        wipe(secret);
        return tl::unexpected(
            Text::tr("The sealed secret does not open with this key: it was sealed "
                     "to another key, or changed since."));
    }
    return secret;
}

QString fingerprintOf(const QByteArray& publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
}

} // namespace hearken::auth
