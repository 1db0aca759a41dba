// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/team_command.h"

#include "cli/cli_text.h"
#include "cli/team_import_command.h"
#include "cli/team_password.h"
#include "cli/workspace_option.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/team_people.h"
#include "store/team_roles.h"
#include "store/workspace_location.h"

#include <QCommandLineParser>

#include <memory>

namespace hearken::cli {

namespace {

int init(const QCommandLineParser& parser, CliIo io);
int addPerson(const QCommandLineParser& parser, CliIo io);
int listPeople(const QCommandLineParser& parser, CliIo io);
int removePerson(const QCommandLineParser& parser, CliIo io);

struct TeamSubcommand {
    const char* name;
    const char* usage;
    const char* summary;
    int (*run)(const QCommandLineParser&, CliIo);
    // For a subcommand that reads its own arguments instead of the shared options.
    int (*runWithArguments)(const QStringList&, CliIo) = nullptr;
};

constexpr TeamSubcommand subcommands[] = {
    {"init", "init postgresql://ADMIN@HOST/DATABASE",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "Make an empty PostgreSQL database a team workspace: the schema, the "
                       "groups manager, supervisor and service, and their rights. Run it again "
                       "after upgrading Hearken."),
     init},
    {"add-person",
     "add-person NAME --role manager|supervisor|service --workspace postgresql://ADMIN@HOST/"
     "DATABASE [--generate-password]",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "Give a colleague a login in a group. The password is asked for twice "
                       "on a terminal, read from standard input, or generated and shown once."),
     addPerson},
    {"people", "people --workspace postgresql://ADMIN@HOST/DATABASE",
     QT_TRANSLATE_NOOP("hearken::cli", "List the team's people and their roles."), listPeople},
    {"remove-person", "remove-person NAME --workspace postgresql://ADMIN@HOST/DATABASE",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "Take a person off the team; what they did keeps their name."),
     removePerson},
    {"import", "import SOLO.hearken --workspace postgresql://USER@HOST/DATABASE",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "Move a solo workspace, with its history, into a team workspace that "
                       "holds no items yet. Its accounts sign in again on the team workspace."),
     nullptr, runTeamImportCommand},
};

QString usage()
{
    QStringList lines;
    for (const TeamSubcommand& subcommand : subcommands)
        lines.append(u"hearken team "_qs + QString::fromLatin1(subcommand.usage));
    return CliText::tr("Usage: %1").arg(lines.join(u"\n       "_qs));
}

// The database a subcommand works on, as it is: these change who may use it, not its schema
// (init upgrades it itself). Nullptr after telling the user why not.
std::unique_ptr<Database> openTeamDatabase(const QString& uri, CliIo io)
{
    if (uri.isEmpty() || WorkspaceLocation::parse(uri).engine != Engine::Postgresql) {
        io.err << CliText::tr("A team workspace is a PostgreSQL database: name it as "
                              "postgresql://ADMIN@HOST/DATABASE.")
               << Qt::endl;
        return nullptr;
    }
    auto database = Database::openAtVersion(uri, 0);
    if (!database) {
        io.err << database.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(*database);
}

// The team of the database --workspace names, which the connection's role may manage.
struct ManagedTeam {
    std::unique_ptr<Database> database;
    TeamPeople people;
};

std::optional<ManagedTeam> teamToManage(const QCommandLineParser& parser, CliIo io)
{
    auto database = openTeamDatabase(parser.value(QStringLiteral("workspace")), io);
    if (!database)
        return std::nullopt;
    auto team = requireTeamAdmin(database->connection()).and_then([&] {
        return TeamPeople::of(database->connection());
    });
    if (!team) {
        io.err << team.error().message << Qt::endl;
        return std::nullopt;
    }
    return ManagedTeam{std::move(database), std::move(*team)};
}

// The one person a subcommand is about (its NAME); empty when it names none or several.
QString personNamed(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    return words.size() == 3 ? words[2].trimmed() : QString();
}

// How a person opens the team workspace from a desk.
QString deskUri(const QString& adminUri, const QString& person)
{
    const WorkspaceLocation location = WorkspaceLocation::parse(adminUri);
    const QString host =
        location.port > 0 ? u"%1:%2"_qs.arg(location.host).arg(location.port) : location.host;
    return u"postgresql://%1@%2/%3"_qs.arg(person, host, location.database);
}

int init(const QCommandLineParser& parser, CliIo io)
{
    const QString uri = parser.isSet(QStringLiteral("workspace"))
                            ? parser.value(QStringLiteral("workspace"))
                            : parser.positionalArguments().value(2);
    const auto database = openTeamDatabase(uri, io);
    if (!database)
        return Failure;
    const QSqlDatabase db = database->connection();
    auto ready = requireTeamAdmin(db)
                     .and_then([&] { return migrate(db, Database::newestSchemaVersion()); })
                     .and_then([&] { return applyTeamGrants(db); })
                     .and_then([&] { return TeamPeople::of(db); })
                     .and_then([](TeamPeople team) { return team.keepTeammates(); });
    if (!ready) {
        io.err << ready.error().message << Qt::endl;
        return Failure;
    }
    const TeamRoles roles(WorkspaceLocation::parse(uri).database);
    const QString shown = database->path();
    io.out << CliText::tr("The team workspace %1 is ready (schema %2); its groups are %3, %4 and "
                          "%5.\n\nNext:\n"
                          "  1. Give each colleague a login (the password is asked for, or add "
                          "--generate-password):\n"
                          "       hearken team add-person NAME --role manager|supervisor "
                          "--workspace %1\n"
                          "  2. Give the service a login, and start it on a machine that stays "
                          "on:\n"
                          "       hearken team add-person SERVICE --role service --workspace %1\n"
                          "       hearken serve --workspace %6\n"
                          "  3. On each desk, open %7 (File > Open team workspace..., or "
                          "hearken --workspace %7).\n")
                  .arg(shown)
                  .arg(database->schemaVersion())
                  .arg(roles.name(TeamRole::Manager), roles.name(TeamRole::Supervisor),
                       roles.name(TeamRole::Service), deskUri(uri, u"SERVICE"_qs),
                       deskUri(uri, u"NAME"_qs));
    io.out.flush();
    return Success;
}

int addPerson(const QCommandLineParser& parser, CliIo io)
{
    const QString name = personNamed(parser);
    const auto role = teamRoleNamed(parser.value(QStringLiteral("role")));
    if (name.isEmpty() || !role) {
        io.err << usage() << Qt::endl;
        return UsageError;
    }
    auto team = teamToManage(parser, io);
    if (!team)
        return Failure;
    const bool generate = parser.isSet(QStringLiteral("generate-password"));
    const auto password = generate ? std::optional(generatedPassword()) : readNewPassword(name, io);
    if (!password)
        return Failure;
    const auto verifier = passwordVerifier(team->database->connection(), name, *password, io);
    if (!verifier)
        return Failure;
    if (auto added = team->people.add(name, *role, *verifier); !added) {
        io.err << added.error().message << Qt::endl;
        return Failure;
    }
    io.out << CliText::tr("%1 is on the team as %2 and opens it as %3.")
                  .arg(name, teamRoleWord(*role),
                       deskUri(parser.value(QStringLiteral("workspace")), name))
           << Qt::endl;
    if (generate)
        io.out << CliText::tr("Their password, shown only this once: %1").arg(*password)
               << Qt::endl;
    return Success;
}

int listPeople(const QCommandLineParser& parser, CliIo io)
{
    auto team = teamToManage(parser, io);
    if (!team)
        return Failure;
    auto people = team->people.people();
    if (!people) {
        io.err << people.error().message << Qt::endl;
        return Failure;
    }
    for (const TeamPerson& person : std::as_const(*people))
        io.out << person.name.leftJustified(24) << u"  "_qs << teamRoleWord(person.role) << u'\n';
    io.out.flush();
    return Success;
}

int removePerson(const QCommandLineParser& parser, CliIo io)
{
    const QString name = personNamed(parser);
    if (name.isEmpty()) {
        io.err << usage() << Qt::endl;
        return UsageError;
    }
    auto team = teamToManage(parser, io);
    if (!team)
        return Failure;
    if (auto removed = team->people.remove(name); !removed) {
        io.err << removed.error().message << Qt::endl;
        return Failure;
    }
    io.out << CliText::tr("%1 is off the team.").arg(name) << Qt::endl;
    return Success;
}

} // namespace

QString teamSubcommandList()
{
    QStringList names;
    for (const TeamSubcommand& subcommand : subcommands)
        names.append(QString::fromLatin1(subcommand.name));
    return names.join(u", "_qs);
}

int runTeamCommand(const QStringList& arguments, CliIo io)
{
    QString description = CliText::tr("A team workspace in PostgreSQL, set up by its admin:");
    for (const TeamSubcommand& subcommand : subcommands)
        description += u"\n  "_qs + QString::fromLatin1(subcommand.name).leftJustified(14) +
                       CliText::tr(subcommand.summary);
    description += u"\n\n"_qs + usage();
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("subcommand"), teamSubcommandList());
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("role"),
                      CliText::tr("add-person: the person's role, manager, supervisor or service."),
                      QStringLiteral("role")});
    parser.addOption({QStringLiteral("generate-password"),
                      CliText::tr("add-person: make a password and show it once, instead of "
                                  "asking for one.")});
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;
    const QString name = parser.positionalArguments().value(1);
    for (const TeamSubcommand& subcommand : subcommands) {
        if (name != QLatin1String(subcommand.name))
            continue;
        return subcommand.run ? subcommand.run(parser, io)
                              : subcommand.runWithArguments(arguments, io);
    }
    io.err << usage() << Qt::endl;
    return UsageError;
}

} // namespace hearken::cli
