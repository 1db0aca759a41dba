// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/approvals_command.h"

#include "cli/cli_text.h"
#include "cli/workspace_option.h"
#include "store/approval_repository.h"
#include "store/team_people.h"
#include "workflow/workspace_paths.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <algorithm>

namespace hearken::cli {

namespace {

// The workspace a subcommand works on, its approvals, and who runs it.
struct Desk {
    Workspace& workspace;
    ApprovalRepository approvals;
    QString person;
};

int list(const QCommandLineParser& parser, Desk& desk, CliIo io);
int approve(const QCommandLineParser& parser, Desk& desk, CliIo io);
int sendBack(const QCommandLineParser& parser, Desk& desk, CliIo io);
int rules(const QCommandLineParser& parser, Desk& desk, CliIo io);

struct ApprovalsSubcommand {
    const char* name;
    const char* usage;
    const char* summary;
    int (*run)(const QCommandLineParser&, Desk&, CliIo);
};

constexpr ApprovalsSubcommand subcommands[] = {
    {"list", "list",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "For a supervisor, every reply waiting for approval; for anyone else, "
                       "their own replies waiting or sent back, with the supervisor's note."),
     list},
    {"approve", "approve ID",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "Approve a waiting reply: the team's service sends it (supervisors)."),
     approve},
    {"return", "return ID --note TEXT",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "Send a waiting reply back to its author with what to change "
                       "(supervisors)."),
     sendBack},
    {"rules", "rules [--person NAME|--account HANDLE] [--on|--off]",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "List whose replies need approval, or turn that on or off for a person "
                       "or an account (supervisors)."),
     rules},
};

QString usage()
{
    QStringList lines;
    for (const ApprovalsSubcommand& subcommand : subcommands)
        lines.append(u"hearken approvals "_qs + QString::fromLatin1(subcommand.usage));
    return CliText::tr("Usage: %1").arg(lines.join(u"\n       "_qs));
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString shownTime(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The reply ID a subcommand is about; 0 when it names none.
qint64 replyId(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    return words.size() == 3 ? words[2].toLongLong() : 0;
}

int failed(const StoreError& error, CliIo io)
{
    io.err << error.message << Qt::endl;
    return Failure;
}

int list(const QCommandLineParser&, Desk& desk, CliIo io)
{
    const auto supervises = desk.approvals.maySupervise();
    if (!supervises)
        return failed(supervises.error(), io);
    const auto replies =
        *supervises ? desk.approvals.waiting() : desk.approvals.ofAuthor(desk.person);
    if (!replies)
        return failed(replies.error(), io);
    if (replies->isEmpty())
        io.out << CliText::tr("No reply is waiting for approval.") << Qt::endl;
    for (const ReplyForApproval& reply : std::as_const(*replies)) {
        io.out << CliText::tr("#%1 by %2 on %3, waiting since %4, to %5: %6")
                      .arg(reply.outboxId)
                      .arg(reply.author, reply.accountHandle, shownTime(reply.createdAt),
                           reply.itemAuthor, reply.text.simplified())
               << u'\n';
        if (reply.state == ApprovalState::Returned)
            io.out
                << CliText::tr("    sent back by %1: %2").arg(reply.decidedBy, reply.returnedNote)
                << u'\n';
    }
    io.out.flush();
    return Success;
}

int approve(const QCommandLineParser& parser, Desk& desk, CliIo io)
{
    const qint64 id = replyId(parser);
    if (id <= 0) {
        io.err << usage() << Qt::endl;
        return UsageError;
    }
    if (auto approved = desk.approvals.approve(id, desk.person, now()); !approved)
        return failed(approved.error(), io);
    io.out << CliText::tr("Reply #%1 is approved; the team's service sends it.").arg(id)
           << Qt::endl;
    return Success;
}

int sendBack(const QCommandLineParser& parser, Desk& desk, CliIo io)
{
    const qint64 id = replyId(parser);
    const QString note = parser.value(QStringLiteral("note")).trimmed();
    if (id <= 0 || note.isEmpty()) {
        io.err << CliText::tr("Say what the author should change with --note.") << u'\n' << usage()
               << Qt::endl;
        return UsageError;
    }
    if (auto returned = desk.approvals.sendBack(id, note, desk.person, now()); !returned)
        return failed(returned.error(), io);
    io.out << CliText::tr("Reply #%1 went back to its author with your note.").arg(id) << Qt::endl;
    return Success;
}

int rules(const QCommandLineParser& parser, Desk& desk, CliIo io)
{
    const bool on = parser.isSet(QStringLiteral("on"));
    const bool off = parser.isSet(QStringLiteral("off"));
    const QString named = parser.value(QStringLiteral("person")).trimmed();
    const QString handle = parser.value(QStringLiteral("account")).trimmed();
    auto accounts = desk.workspace.accounts().accounts();
    if (!accounts)
        return failed(accounts.error(), io);
    if (on || off) {
        if (on == off || named.isEmpty() == handle.isEmpty()) {
            io.err << CliText::tr("Name one person (--person) or one account (--account), and "
                                  "--on or --off.")
                   << u'\n' << usage() << Qt::endl;
            return UsageError;
        }
        StoreResult<void> set;
        if (!named.isEmpty()) {
            set = desk.approvals.setPersonRule(named, on, desk.person, now());
        } else {
            const auto account = std::find_if(accounts->cbegin(), accounts->cend(),
                                              [&](const Account& a) { return a.handle == handle; });
            if (account == accounts->cend()) {
                QStringList known;
                for (const Account& a : std::as_const(*accounts))
                    known << a.handle;
                io.err << CliText::tr("There is no account %1; the accounts are: %2.")
                              .arg(handle, known.join(u", "_qs))
                       << Qt::endl;
                return UsageError;
            }
            set = desk.approvals.setAccountRule(account->id, on, desk.person, now());
        }
        if (!set)
            return failed(set.error(), io);
    }
    const auto all = desk.approvals.rules();
    if (!all)
        return failed(all.error(), io);
    if (all->isEmpty())
        io.out << CliText::tr("No reply needs approval.") << Qt::endl;
    for (const ApprovalRule& rule : std::as_const(*all)) {
        QString whose = rule.person;
        for (const Account& account : std::as_const(*accounts)) {
            if (rule.accountId == account.id)
                whose = CliText::tr("every reply on %1").arg(account.handle);
        }
        io.out << CliText::tr("%1 (set by %2 on %3)").arg(whose, rule.setBy, shownTime(rule.setAt))
               << u'\n';
    }
    io.out.flush();
    return Success;
}

} // namespace

int runApprovalsCommand(const QStringList& arguments, CliIo io)
{
    QString description =
        CliText::tr("Replies that need a supervisor's approval on a team workspace:");
    for (const ApprovalsSubcommand& subcommand : subcommands)
        description += u"\n  "_qs + QString::fromLatin1(subcommand.name).leftJustified(10) +
                       CliText::tr(subcommand.summary);
    description += u"\n\n"_qs + usage();
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("subcommand"), QStringLiteral("list, approve, "
                                                                              "return, rules"));
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("note"), CliText::tr("return: what the author should change."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("person"), CliText::tr("rules: a person's replies."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("account"), CliText::tr("rules: every reply on an account."),
                      QStringLiteral("handle")});
    parser.addOption({QStringLiteral("on"), CliText::tr("rules: they need approval from now on.")});
    parser.addOption({QStringLiteral("off"), CliText::tr("rules: they no longer need approval.")});
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;
    const QString name = parser.positionalArguments().value(1);
    const auto chosen =
        std::find_if(std::begin(subcommands), std::end(subcommands),
                     [&](const ApprovalsSubcommand& s) { return name == QLatin1String(s.name); });
    if (chosen == std::end(subcommands)) {
        io.err << usage() << Qt::endl;
        return UsageError;
    }
    auto workspace = openWorkspace(parser, io, OpenMode::MustExist);
    if (!workspace)
        return Failure;
    if (workspace->database().engine() != Engine::Postgresql) {
        io.err << ApprovalRepository::soloMessage() << Qt::endl;
        return Failure;
    }
    Desk desk{*workspace,
              {workspace->database(), workspace->changes()},
              actingPerson(workspace->database(), currentUserName())};
    return chosen->run(parser, desk, io);
}

} // namespace hearken::cli
