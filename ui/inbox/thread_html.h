// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "domain/network_names.h"
#include "domain/queue_item.h"
#include "store/post_repository.h"
#include "triage/tone_classifier.h"

#include <QList>
#include <QPalette>
#include <QString>

namespace hearken {

// Why the item has its tone: who decided it, and what the model reads in the text.
struct ToneExplanation {
    TriageState triage;
    ToneResult model;
    QStringList reasons;
};

// Everything the thread pane shows about one item.
struct ThreadContent {
    QList<ThreadEntry> thread;
    AuthorSummary author;
    QList<Event> events;
    std::optional<ToneExplanation> tone;
    // A quiet line above the conversation: its earlier posts are being fetched, or could not be.
    QString chainNote;
    // What the networks are called (the author's profile link, a deletion on the network).
    NetworkNames networks;
    // Who else on the team is on the item right now ("Ana is replying"), shown above it all.
    QString presence;
};

// The item in its conversation, its author and its history as a small HTML page. Every
// piece of remote text is escaped and nothing refers to a resource: the page loads nothing.
QString threadHtml(const ThreadContent& content, const QPalette& palette);

// The quiet text the pane shows when there is nothing to read.
QString placeholderHtml(const QString& text, const QPalette& palette);

} // namespace hearken
