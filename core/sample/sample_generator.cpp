// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/sample_generator.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace hearken::sample {

namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;

const QString ourName = QStringLiteral("Lumen Coffee");

QString asciiName(const QString& name)
{
    QString plain = name.toLower();
    plain.remove(u' ').remove(u'\'');
    plain = plain.normalized(QString::NormalizationForm_KD);
    plain.removeIf([](QChar c) { return c.unicode() > 127; });
    return plain;
}

PostKind inboundKind(const SampleStyle& network, bool isReply, std::mt19937& random)
{
    if (isReply)
        return PostKind::Reply;
    // Drawn only where quotes exist: a network without them takes nothing from the sequence.
    if (network.quoteShare > 0 && std::bernoulli_distribution(network.quoteShare)(random))
        return PostKind::Quote;
    return PostKind::Mention;
}

} // namespace

SampleGenerator::SampleGenerator(quint32 seed, const QList<SampleStyle>& networks)
    : m_random(seed)
    , m_texts(m_random)
    , m_runTag(QStringLiteral("sample-") + QString::number(seed, 36) + u'-')
{
    for (const SampleStyle& network : networks)
        m_networks.insert(network.network, network);
}

QList<Account> SampleGenerator::sampleAccounts(const QList<SampleStyle>& networks)
{
    QList<Account> accounts;
    for (const SampleStyle& network : networks) {
        Account a;
        a.network = network.network;
        a.remoteId = QStringLiteral("sample-") + a.network;
        a.handle = network.accountHandle;
        a.displayName = ourName;
        a.serverUrl = network.serverUrl;
        a.authKind = QStringLiteral("sample");
        a.isSample = true;
        accounts.append(a);
    }
    return accounts;
}

QStringList SampleGenerator::sampleTeammates()
{
    return {QStringLiteral("Ana Ortiz"), QStringLiteral("Ben Okafor"),
            QStringLiteral("Chloé Martin"), QStringLiteral("Dev Patel")};
}

QString SampleGenerator::nextRemoteId()
{
    // Fixed width, like the ordered numeric ids networks hand out, so that ids sort as they grow.
    return m_runTag + QString::number(++m_serial).rightJustified(10, u'0');
}

Person SampleGenerator::person(const SampleStyle& network)
{
    // A bounded crowd, so that some people write several times.
    std::uniform_int_distribution<int> who(0, 4999);
    const int number = who(m_random);
    const QString key = network.network + QString::number(number);
    if (auto known = m_people.constFind(key); known != m_people.cend())
        return *known;
    std::mt19937 stable(quint32(number) * 2654435761u);
    SampleTextSource names(stable);
    Person p;
    p.network = network.network;
    p.remoteId = QStringLiteral("sample-person-%1").arg(number);
    p.displayName = names.personName();
    p.handle = network.personHandle(asciiName(p.displayName), number);
    p.followers = qint64(std::pow(10.0, std::uniform_real_distribution<double>(1, 5)(stable)));
    p.bio = QStringLiteral("Coffee enthusiast. Opinions my own.");
    m_people.insert(key, p);
    return p;
}

Post SampleGenerator::ownPost(const Account& account, qint64 at, const QString& text)
{
    Post post;
    post.accountId = account.id;
    post.network = account.network;
    post.remoteId = nextRemoteId();
    post.kind = PostKind::Own;
    post.author = {0, account.network, account.remoteId, account.handle, ourName, {}, {}, {}};
    post.text = text;
    post.createdAt = at;
    return post;
}

IngestBatch SampleGenerator::batch(const SampleTargets& targets, int count, qint64 now, qint64 span)
{
    IngestBatch batch;
    if (targets.accounts.isEmpty())
        return batch;
    std::uniform_int_distribution<qsizetype> whichAccount(0, targets.accounts.size() - 1);
    std::uniform_real_distribution<double> unit(0.0, 1.0);

    // Newer items are denser, as in a real inbox.
    QList<qint64> times(count);
    for (qint64& t : times)
        t = now - qint64(double(span) * unit(m_random) * unit(m_random));
    std::sort(times.begin(), times.end());

    QHash<qint64, Post> latestAnnouncement;
    for (qint64 receivedAt : times) {
        const Account& account = targets.accounts[whichAccount(m_random)];
        const auto style = m_networks.constFind(account.network);
        Q_ASSERT(style != m_networks.cend());
        const SampleStyle& network = *style;
        if (!latestAnnouncement.contains(account.id) || unit(m_random) < 0.02) {
            Post own = ownPost(account, receivedAt - 2 * hour, m_texts.announcement());
            latestAnnouncement.insert(account.id, own);
            batch.context.append(own);
        }
        const Post& announcement = latestAnnouncement[account.id];
        const bool isReply = unit(m_random) < 0.45;
        const SampleText said = m_texts.mention();

        InboundItem item;
        Post& post = item.post;
        post.accountId = account.id;
        post.network = account.network;
        post.remoteId = nextRemoteId();
        post.kind = inboundKind(network, isReply, m_random);
        post.author = person(network);
        post.text = isReply || network.mentionLead.isEmpty()
                        ? said.text
                        : network.mentionLead + u' ' + said.text;
        post.createdAt = receivedAt;
        if (isReply) {
            post.replyToRemoteId = announcement.remoteId;
            post.rootRemoteId = announcement.remoteId;
        }
        item.tone = said.tone;
        item.isQuestion = said.isQuestion;
        item.toneSource = ToneSource::Sample;
        item.toneConfidence = 0.6 + 0.39 * unit(m_random);

        const qint64 age = now - receivedAt;
        const double answerChance = age > 2 * 24 * hour ? 0.8 : age > 4 * hour ? 0.5 : 0.1;
        const bool answered = said.tone != Tone::Other || said.isQuestion
                                  ? unit(m_random) < answerChance
                                  : unit(m_random) < answerChance / 4;
        if (answered) {
            // A brand answers praise with thanks; a friendly reply without them would leave
            // the item flagged as unthanked although it reads as thanked.
            const bool thank = said.tone == Tone::Praise;
            OwnReply reply;
            const qint64 delay = 5 * minute + qint64(unit(m_random) * unit(m_random) * 30 * hour);
            reply.post =
                ownPost(account, std::min(now, receivedAt + delay),
                        m_texts.reply(said, post.author.displayName.section(u' ', 0, 0), thank));
            reply.post.replyToRemoteId = post.remoteId;
            reply.post.rootRemoteId = isReply ? announcement.remoteId : post.remoteId;
            reply.expressesThanks = thank;
            batch.ownReplies.append(reply);
            if (age > 24 * hour && unit(m_random) < 0.9)
                item.state = ItemState::Done;
        } else if (said.tone == Tone::Other && !said.isQuestion && unit(m_random) < 0.3) {
            item.state = ItemState::Dismissed;
        } else if (unit(m_random) < 0.04) {
            item.state = ItemState::Snoozed;
            item.snoozedUntil = now + qint64(1 + unit(m_random) * 47) * hour;
        }
        if (!targets.teammateIds.isEmpty() && unit(m_random) < 0.3) {
            std::uniform_int_distribution<qsizetype> who(0, targets.teammateIds.size() - 1);
            item.assigneeId = targets.teammateIds[who(m_random)];
        }
        batch.items.append(item);
    }
    return batch;
}

} // namespace hearken::sample
