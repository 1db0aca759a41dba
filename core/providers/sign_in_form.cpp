// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sign_in_form.h"

#include "net/url_policy.h"

#include <QUrl>

namespace hearken {

namespace {

std::optional<FormProblem> problemOf(const SignInField& field, const QString& typed)
{
    const auto usage = [&](const QString& message) {
        return FormProblem{field.key, message, FormProblem::Kind::Usage};
    };
    const auto refused = [&](const QString& message) {
        return FormProblem{field.key, message, FormProblem::Kind::Refused};
    };
    switch (field.kind) {
    case SignInField::Kind::Text:
    case SignInField::Kind::Secret:
        return std::nullopt;
    case SignInField::Kind::Server:
        if (const auto base = net::serverBaseUrl(typed); !base)
            return refused(base.error());
        return std::nullopt;
    case SignInField::Kind::Url: {
        const QUrl url = QUrl::fromUserInput(typed);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"https" && url.scheme() != u"http"))
            return usage(field.invalid.arg(typed));
        if (const auto refusal = net::refusalOf(url))
            return refused(*refusal);
        return std::nullopt;
    }
    case SignInField::Kind::Seconds: {
        bool number = false;
        const double seconds = typed.toDouble(&number);
        if (!number || seconds < 1 || seconds > 3600)
            return usage(field.invalid.arg(typed));
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace

const SignInField* SignInForm::field(const QString& key) const
{
    for (const SignInField& f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

std::optional<FormProblem> problemIn(const SignInForm& form, const SignInValues& values)
{
    for (const SignInField& field : form.fields) {
        const bool given = values.contains(field.key);
        const QString typed = values.value(field.key).trimmed();
        if (typed.isEmpty()) {
            const bool needed =
                field.required || (field.kind == SignInField::Kind::Secret && given);
            if (needed)
                return FormProblem{field.key, field.missing, FormProblem::Kind::Usage};
            continue;
        }
        if (auto problem = problemOf(field, typed))
            return problem;
    }
    return std::nullopt;
}

} // namespace hearken
