// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outbox_repository.h"

#include <QList>
#include <QSet>
#include <QStringView>

namespace hearken {

// "Sounds like a robot": a reply is flagged when its words are nearly the same as replies we
// sent to other people recently. Texts are compared by their reply fingerprints (case, accents,
// punctuation, emoji, links and @mentions folded away) with the recipient's own name words
// removed, as sets of word trigrams (texts under three words as one whole shingle), by
// Jaccard similarity.
//
// Thresholds, chosen so that a canned answer with only the name changed is flagged and a
// reply that shares a stock opening but says something of its own is not:
// - similarity >= 0.6 (of the trigrams both texts have, at least 60% are shared),
// - within the last 14 days,
// - to at least 2 other people.
struct RobotCheckRules {
    double threshold = 0.6;
    qint64 windowSeconds = 14 * 24 * 60 * 60;
    int minPeople = 2;
};

// Jaccard similarity of two replies' word trigrams, 0 to 1; `nameA`/`nameB` are the
// recipients' names, whose words do not count.
double replySimilarity(QStringView a, QStringView nameA, QStringView b, QStringView nameB);

struct RobotWarning {
    // Other people who got nearly the same words within the window.
    int people = 0;
    bool warn = false;
};

// Our recent replies, read once, against which every draft is checked as it is typed.
class RobotCheck {
public:
    explicit RobotCheck(const QList<RecentReply>& recent = {},
                        const RobotCheckRules& rules = RobotCheckRules());

    // Checks `text` for `personId` (named `personName`).
    RobotWarning check(QStringView text, qint64 personId, QStringView personName) const;

private:
    struct Sent {
        qint64 personId = 0;
        QSet<QString> shingles;
    };
    QList<Sent> m_sent;
    RobotCheckRules m_rules;
};

// Checks `text` for `personId` (named `personName`) against our recent replies.
RobotWarning checkForRobot(QStringView text, qint64 personId, QStringView personName,
                           const QList<RecentReply>& recent,
                           const RobotCheckRules& rules = RobotCheckRules());

} // namespace hearken
