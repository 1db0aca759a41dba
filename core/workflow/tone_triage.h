// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ingest_writer.h"
#include "store/store_error.h"
#include "triage/tone_classifier.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace hearken {

class Workspace;

// What one correction taught the workspace's model: its learned layer before and after, so
// that undo and redo can put either back exactly.
struct LearnedChange {
    AdaptiveLayer before;
    AdaptiveLayer after;
};

// The tone classifier at work in one workspace: it labels what arrives, learns from the
// corrections people make, and says which words drove a decision.
class ToneTriage {
public:
    using Clock = std::function<qint64()>;

    // The shipped classifier with this workspace's corrections on top.
    static StoreResult<ToneClassifier> adaptedClassifier(const ToneClassifier& shipped,
                                                         Workspace& workspace);
    static StoreResult<ToneTriage> open(const ToneClassifier& shipped, Workspace& workspace,
                                        Clock clock);

    // Labels the inbound items nobody labelled yet, and marks which of our replies thank.
    void classify(IngestBatch& batch) const;

    // A person said these items have this tone (or do or do not ask a question): the
    // workspace's model learns it and keeps it.
    StoreResult<LearnedChange> learnTone(const QList<qint64>& postIds, Tone tone);
    StoreResult<LearnedChange> learnQuestion(const QList<qint64>& postIds, bool isQuestion);
    // Puts the learned layer `from` back to `to` (undo and redo of a correction). When the
    // stored layer is no longer `from` (forgotten, or corrected elsewhere since), it is left as
    // it is and the model follows what is stored.
    StoreResult<void> restoreLearning(const AdaptiveLayer& from, const AdaptiveLayer& to);
    // Forgets every correction: the shipped model again.
    StoreResult<void> resetLearning();
    int corrections() const { return m_classifier.adaptation().correctionCount(); }

    ToneResult classify(const QString& text) const { return m_classifier.classify(text); }
    QStringList reasons(const QString& text, int count = 5) const;

private:
    ToneTriage(ToneClassifier shipped, ToneClassifier adapted, Workspace& workspace, Clock clock);
    StoreResult<LearnedChange>
    learn(const QList<qint64>& postIds,
          const std::function<void(AdaptiveLayer&, const QString&)>& lesson);

    ToneClassifier m_shipped;
    ToneClassifier m_classifier;
    Workspace* m_workspace;
    Clock m_clock;
};

} // namespace hearken
