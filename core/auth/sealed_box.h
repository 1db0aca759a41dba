// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <tl/expected.hpp>

#include <array>

namespace hearken::auth {

// Sealed boxes (libsodium's crypto_box_seal: X25519 and XSalsa20-Poly1305): anyone holding a
// public key seals a secret to it; only the holder of the key pair opens the blob, and a blob
// changed in any bit does not open.

// Starts libsodium. The composition root calls it once, before anything seals or opens; false
// when the library cannot start (the system gives it no randomness).
bool startSealing();

template <typename T>
using SealResult = tl::expected<T, QString>;

// An X25519 key pair. The private half is wiped from memory when the pair goes.
class SealingKeyPair {
public:
    static constexpr qsizetype keySize = 32;

    static SealingKeyPair generate();
    // The pair whose private key is `privateKey` (its public key follows from it).
    static SealResult<SealingKeyPair> fromPrivateKey(const QByteArray& privateKey);

    SealingKeyPair(const SealingKeyPair& other) = default;
    SealingKeyPair& operator=(const SealingKeyPair& other) = default;
    ~SealingKeyPair();

    QByteArray publicKey() const;
    // For writing the key to its file; wipe the copy when done.
    QByteArray privateKey() const;

private:
    SealingKeyPair() = default;
    friend SealResult<QByteArray> open(const SealingKeyPair& keys, const QByteArray& blob);

    std::array<unsigned char, keySize> m_public{};
    std::array<unsigned char, keySize> m_private{};
};

// `secret` sealed to `publicKey`; fails only when `publicKey` is not a key.
SealResult<QByteArray> seal(const QByteArray& publicKey, const QByteArray& secret);
// What `blob` holds, when it was sealed to `keys` and is whole.
SealResult<QByteArray> open(const SealingKeyPair& keys, const QByteArray& blob);

// A public key's fingerprint: the hex SHA-256 of its bytes, to tell keys apart in words.
QString fingerprintOf(const QByteArray& publicKey);

// Overwrites `bytes` with zeros in a way the compiler keeps.
void wipe(QByteArray& bytes);

} // namespace hearken::auth
