// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace hearken {

// How a post reached us: addressed to one of our accounts, or written by one of them.
enum class PostKind { Mention, Reply, Quote, Comment, Own };

QString postKindName(PostKind kind);
std::optional<PostKind> postKindFromName(QStringView name);
QString postKindLabel(PostKind kind);

struct Person {
    qint64 id = 0;
    QString network;
    QString remoteId;
    QString handle;
    QString displayName;
    QString profileUrl;
    QString bio;
    std::optional<qint64> followers;
};

struct Post {
    qint64 id = 0;
    qint64 accountId = 0;
    QString network;
    QString remoteId;
    PostKind kind = PostKind::Mention;
    Person author;
    QString text;
    QString url;
    QString replyToRemoteId;
    QString rootRemoteId;
    qint64 createdAt = 0;
    bool isOwn() const { return kind == PostKind::Own; }
};

} // namespace hearken
