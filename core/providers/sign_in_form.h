// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace hearken {

// One thing a network's sign-in asks for. The window renders it as a form field, the command
// line as the option --key.
struct SignInField {
    enum class Kind {
        Text,
        // A server's name or address ("mastodon.social"), https unless a scheme is typed.
        Server,
        // A web address; may be empty unless required.
        Url,
        // A whole number of seconds, 1 to 3600.
        Seconds,
        // Typed hidden in the window, never on the command line: there --key only says that
        // one is given, and it is read from HEARKEN_<NETWORK>_<KEY> or standard input's first
        // line. Not required: the window offers it as a choice (`choice`) beside `otherwise`.
        Secret,
    };
    QString key;
    Kind kind = Kind::Text;
    // What a screen reader calls the field ("PDS").
    QString name;
    // The window's label, with its mnemonic ("&Server:").
    QString label;
    // The command line's help for --key.
    QString help;
    QString placeholder;
    // A note under the field in the window.
    QString hint;
    // What to do when a required (or chosen) field is empty.
    QString missing;
    // Url and Seconds fields: what is wrong with a value in a form the field does not take; %1
    // is the value.
    QString invalid;
    // Secret fields on the command line: what is missing when neither the variable nor standard
    // input gives one; %1 is the variable.
    QString notGiven;
    bool required = false;
    // Under "Advanced" in the window: for self-hosters.
    bool advanced = false;
    // Secret fields: the window's two choices, this one and the usual sign-in.
    QString choice;
    QString otherwise;
};

// What was given, by field key. A secret not chosen is absent; an empty text field may be.
using SignInValues = QHash<QString, QString>;

// What is wrong with the values (or what to think over before going on), and in which field.
struct FormProblem {
    enum class Kind {
        // Missing or not in the form the field takes: the person retypes it.
        Usage,
        // An address Hearken will not talk to.
        Refused,
    };
    QString key;
    QString message;
    Kind kind = Kind::Usage;
};

// Everything a network's sign-in asks for, for the window's form and the command line.
struct SignInForm {
    // The first words the window shows ("Type the server your account is on...").
    QString explanation;
    // The command line's description of `accounts add <network>`.
    QString commandLine;
    // Under the advanced fields in the window.
    QString advancedNote;
    QList<SignInField> fields;
    // A word of caution about values that are well-formed but probably a mistake; the window
    // asks to confirm it, the command line prints it and goes on.
    std::function<std::optional<FormProblem>(const SignInValues&)> caution;

    const SignInField* field(const QString& key) const;
};

// The first thing wrong with the values: a required field left empty, an address that is no web
// address or that Hearken refuses, a number out of range. Decided without the network.
std::optional<FormProblem> problemIn(const SignInForm& form, const SignInValues& values);

} // namespace hearken
