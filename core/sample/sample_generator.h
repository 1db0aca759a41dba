// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "domain/sample_style.h"
#include "sample/sample_text.h"
#include "store/ingest_writer.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <random>

namespace hearken::sample {

// Where generated items go: the workspace ids of the sample accounts and teammates.
struct SampleTargets {
    QList<Account> accounts;
    QList<qint64> teammateIds;
};

// Generates realistic inbound items across the networks given by their styles, with threads,
// our own replies, and the triage a busy team would have done. Deterministic per seed.
class SampleGenerator {
public:
    SampleGenerator(quint32 seed, const QList<SampleStyle>& networks);

    // The sample brand's accounts, one per network (not yet saved: their ids are 0).
    static QList<Account> sampleAccounts(const QList<SampleStyle>& networks);
    static QStringList sampleTeammates();

    // `count` items received over the `span` seconds before `now`.
    IngestBatch batch(const SampleTargets& targets, int count, qint64 now, qint64 span);

private:
    Person person(const SampleStyle& network);
    Post ownPost(const Account& account, qint64 at, const QString& text);
    QString nextRemoteId();

    std::mt19937 m_random;
    SampleTextSource m_texts;
    QString m_runTag;
    qint64 m_serial = 0;
    QHash<QString, SampleStyle> m_networks;
    QHash<QString, Person> m_people;
};

} // namespace hearken::sample
