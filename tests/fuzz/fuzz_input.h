// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_message.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

// What every harness shares: the input as Qt sees it, and a check that stops the run with
// the broken promise named, so that libFuzzer keeps the input as a crash.

namespace hearken::fuzz {

// The input without a copy: a read past its end is one ASan sees.
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A 200 answer from `url` carrying `body`, as the HTTP client hands one to a parser.
inline net::HttpResponse okAnswer(const QString& url, const QByteArray& body)
{
    net::HttpResponse response;
    response.status = 200;
    response.url = QUrl(url);
    response.body = body;
    return response;
}

inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The input as UTF-16, lone surrogates and all, as text from JSON ("\\ud800") can be.
inline QString utf16Text(const uint8_t* data, size_t size)
{
    QString text(qsizetype(size / 2), Qt::Uninitialized);
    if (!text.isEmpty())
        std::memcpy(text.data(), data, size_t(text.size()) * sizeof(QChar));
    return text;
}

[[noreturn]] inline void broken(const char* promise, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: broken promise: %s\n", file, line, promise);
    std::abort();
}

} // namespace hearken::fuzz

#define FUZZ_REQUIRE(condition)                                                                    \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::hearken::fuzz::broken(#condition, __FILE__, __LINE__);                               \
    } while (false)
