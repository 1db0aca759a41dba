// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/tone_triage.h"

#include "store/workspace.h"
#include "triage/gratitude.h"

namespace hearken {

namespace {

// How the store holds a layer: no bytes at all for the shipped model.
QByteArray storedForm(const AdaptiveLayer& layer)
{
    return layer == AdaptiveLayer() ? QByteArray() : layer.toBytes();
}

} // namespace

StoreResult<ToneClassifier> ToneTriage::adaptedClassifier(const ToneClassifier& shipped,
                                                          Workspace& workspace)
{
    auto bytes = workspace.toneAdaptation().load();
    if (!bytes)
        return tl::unexpected(bytes.error());
    if (bytes->isEmpty())
        return shipped;
    auto layer = AdaptiveLayer::fromBytes(*bytes);
    if (!layer)
        return storeError(StoreError::Kind::Query,
                          QStringLiteral("The workspace's learned tone corrections are unreadable "
                                         "(%1); reset them to go on with the shipped model.")
                              .arg(layer.error()));
    return shipped.withAdaptation(*layer);
}

StoreResult<ToneTriage> ToneTriage::open(const ToneClassifier& shipped, Workspace& workspace,
                                         Clock clock)
{
    auto adapted = adaptedClassifier(shipped, workspace);
    if (!adapted)
        return tl::unexpected(adapted.error());
    return ToneTriage(shipped, *adapted, workspace, std::move(clock));
}

ToneTriage::ToneTriage(ToneClassifier shipped, ToneClassifier adapted, Workspace& workspace,
                       Clock clock)
    : m_shipped(std::move(shipped))
    , m_classifier(std::move(adapted))
    , m_workspace(&workspace)
    , m_clock(std::move(clock))
{}

void ToneTriage::classify(IngestBatch& batch) const
{
    for (InboundItem& item : batch.items) {
        if (item.toneSource)
            continue;
        const ToneResult result = m_classifier.classify(item.post.text);
        item.tone = result.tone;
        item.toneConfidence = result.toneConfidence;
        item.toneSource = ToneSource::Model;
        item.isQuestion = result.isQuestion;
    }
    for (OwnReply& reply : batch.ownReplies)
        reply.expressesThanks = reply.expressesThanks || expressesGratitude(reply.post.text);
}

QStringList ToneTriage::reasons(const QString& text, int count) const
{
    return m_classifier.reasons(text, count);
}

StoreResult<LearnedChange> ToneTriage::learnTone(const QList<qint64>& postIds, Tone tone)
{
    return learn(postIds, [this, tone](AdaptiveLayer& layer, const QString& text) {
        layer.learnTone(m_classifier, text, tone);
    });
}

StoreResult<LearnedChange> ToneTriage::learnQuestion(const QList<qint64>& postIds, bool isQuestion)
{
    return learn(postIds, [this, isQuestion](AdaptiveLayer& layer, const QString& text) {
        layer.learnQuestion(m_classifier, text, isQuestion);
    });
}

StoreResult<LearnedChange>
ToneTriage::learn(const QList<qint64>& postIds,
                  const std::function<void(AdaptiveLayer&, const QString&)>& lesson)
{
    AdaptiveLayer layer = m_classifier.adaptation();
    for (qint64 id : postIds) {
        auto post = m_workspace->posts().post(id);
        if (!post)
            return tl::unexpected(post.error());
        lesson(layer, post->text);
    }
    if (auto saved =
            m_workspace->toneAdaptation().save(layer.toBytes(), layer.correctionCount(), m_clock());
        !saved)
        return tl::unexpected(saved.error());
    LearnedChange change{m_classifier.adaptation(), layer};
    m_classifier = m_shipped.withAdaptation(std::move(layer));
    return change;
}

StoreResult<void> ToneTriage::restoreLearning(const AdaptiveLayer& from, const AdaptiveLayer& to)
{
    if (auto replaced = m_workspace->toneAdaptation().replace(storedForm(from), storedForm(to),
                                                              to.correctionCount(), m_clock());
        !replaced)
        return tl::unexpected(replaced.error());
    auto adapted = adaptedClassifier(m_shipped, *m_workspace);
    if (!adapted)
        return tl::unexpected(adapted.error());
    m_classifier = std::move(*adapted);
    return {};
}

StoreResult<void> ToneTriage::resetLearning()
{
    if (auto reset = m_workspace->toneAdaptation().reset(); !reset)
        return reset;
    m_classifier = m_shipped;
    return {};
}

} // namespace hearken
