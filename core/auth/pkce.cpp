// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <vector>

namespace hearken::auth {

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray randomToken(int bytes)
{
    std::vector<quint32> words(size_t(bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return QByteArray(reinterpret_cast<const char*>(words.data()), bytes).toBase64(base64url);
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomToken(32);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(base64url);
}

} // namespace hearken::auth
