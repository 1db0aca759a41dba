// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/provider.h"

#include <QList>

#include <memory>

namespace hearken::echo {

// A network that exists only in tests: its syncer brings the same page of mentions every pass
// (written from memory, no server), its deliverer records what it is asked to send. Registered
// by a test, it proves that the window and the command line work with any provider, untouched.
class Provider : public hearken::Provider {
public:
    // Everything its deliverers were asked to send, in order.
    std::shared_ptr<QList<OutboxEntry>> sent = std::make_shared<QList<OutboxEntry>>();
    // Every token its sign-ins kept in the vault, in order.
    std::shared_ptr<QStringList> issuedTokens = std::make_shared<QStringList>();
    // What each pass brings: one mention per text, from "@caller".
    QStringList page{QStringLiteral("echo one"), QStringLiteral("echo two")};

    QString id() const override { return QStringLiteral("echo"); }
    QString label() const override { return QStringLiteral("Echo Net"); }
    NetworkMark mark() const override
    {
        return {NetworkColor{0x2e6b30, 0x8fd694}, NetworkMark::Shape::Wide, u'E'};
    }
    ReplyRules replyRules() const override;
    // One field, the account's name; the account is "@<name>.echo", and its token a new random
    // one.
    SignInForm signInForm() const override;
    std::unique_ptr<AccountSignIn> signIn(const SignInServices& services) const override;
    SyncEngine::Factory syncerFactory(const NetworkServices& services,
                                      const SyncOptions& options) const override;
    DeferredDeliverer::Make delivererMaker(const NetworkServices& services,
                                           const Account& account) const override;
    void signOut(const NetworkServices& services, auth::BrowserOpener& browser,
                 AccountKeeper& accounts, const Account& account, SignedOut done) const override;
    // Answers at once with the post's parent, "what came before".
    std::unique_ptr<ConversationFetcher>
    conversationFetcher(const NetworkServices& services) const override;
    // The account's "held" cursor, as a test stored it.
    QString heldBackNotice(const Account& account,
                           const QHash<QString, QString>& cursors) const override;
};

} // namespace hearken::echo
