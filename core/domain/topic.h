// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace hearken {

// Where a follow-up topic stands: still open, or closed one way or another. Shipped and fixed
// are the moments to tell everyone who raised it.
enum class TopicStatus { Open, Shipped, Fixed, Declined };

QString topicStatusName(TopicStatus status);
std::optional<TopicStatus> topicStatusFromName(QStringView name);
QString topicStatusLabel(TopicStatus status);

// Feedback many people gave about one thing ("export to PDF"), followed up when it changes.
struct Topic {
    qint64 id = 0;
    QString name;
    TopicStatus status = TopicStatus::Open;
    qint64 createdAt = 0;
    std::optional<qint64> closedAt;
    int items = 0;
    int told = 0;
};

// One person who raised a topic, in their own words, and whether they have been told.
struct TopicRaiser {
    qint64 postId = 0;
    qint64 accountId = 0;
    Person person;
    QString text;
    qint64 raisedAt = 0;
    std::optional<qint64> toldAt;
};

} // namespace hearken
