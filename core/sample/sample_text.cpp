// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/sample_text.h"

#include <array>
#include <string_view>

namespace hearken::sample {

namespace {

using Phrases = std::initializer_list<std::u16string_view>;

struct Template {
    std::u16string_view pattern;
    Tone tone;
    bool isQuestion;
};

constexpr std::array templates{
    Template{u"My {product} order #{order} still hasn't shipped after {days} days. Nobody answers "
             u"email. Really disappointed.",
             Tone::Criticism, false},
    Template{u"The new {product} tastes burnt. What happened? It used to be my favourite.",
             Tone::Criticism, true},
    Template{u"Third time this week the app logged me out in the middle of checkout. Please fix "
             u"it, this is ridiculous.",
             Tone::Criticism, false},
    Template{
        u"Waited 25 minutes at the {city} store for one {product}. Staff just ignored the queue.",
        Tone::Criticism, false},
    Template{u"I was charged twice for my subscription this month and support keeps closing my "
             u"ticket. Not OK @lumencoffee",
             Tone::Criticism, false},
    Template{u"Box arrived crushed and the {product} was everywhere 😡 not impressed",
             Tone::Criticism, false},
    Template{u"Why did you remove the {product}?? Worst decision ever.", Tone::Criticism, true},
    Template{u"Your {product} used to be great. Now it's overpriced and bland. Switching brands.",
             Tone::Criticism, false},
    Template{u"The {city} café was filthy today. Sticky tables, no milk, bins overflowing.",
             Tone::Criticism, false},
    Template{u"Huge thanks to the team at the {city} store, best {product} I've had in years ☕",
             Tone::Praise, false},
    Template{u"Just tried the new {product} and wow. Perfect start to the day!", Tone::Praise,
             false},
    Template{
        u"Shout-out to your support team, they sorted my order in ten minutes. Brilliant service 🙌",
        Tone::Praise, false},
    Template{u"Love the new recyclable packaging, great job @lumencoffee", Tone::Praise, false},
    Template{u"The {product} is absolutely delicious, thank you for bringing it back ❤️",
             Tone::Praise, false},
    Template{
        u"Barista at {city} remembered my order after one visit. That's how you keep customers 👏",
        Tone::Praise, false},
    Template{
        u"Been a subscriber for two years and the {product} still makes my mornings. Keep it up!",
        Tone::Praise, false},
    Template{u"Do you ship the {product} to {country}?", Tone::Other, true},
    Template{u"Is the {product} available in decaf?", Tone::Other, true},
    Template{u"When does the {city} store open on Sundays?", Tone::Other, true},
    Template{u"How do I pause my subscription? Can't find it anywhere in the app.", Tone::Other,
             true},
    Template{u"Any plans for an oat milk version of the {product}?", Tone::Other, true},
    Template{u"Which grind should I order for a moka pot?", Tone::Other, true},
    Template{u"Reading about how the {product} beans are sourced: {url}", Tone::Other, false},
    Template{u"Heading to the {city} store with @{friend} later", Tone::Other, false},
    Template{u"Our office switched to Lumen beans this week. We'll see.", Tone::Other, false},
    Template{u"Saw the Lumen Coffee truck at the {city} market this morning", Tone::Other, false},
    Template{u"Le {product} est délicieux, merci à toute l'équipe de {city} !", Tone::Praise,
             false},
    Template{u"Warum ist meine Bestellung #{order} nach {days} Tagen immer noch nicht da?",
             Tone::Criticism, true},
    Template{u"¿Tienen tienda en Sevilla? Me encantaría probar el {product}.", Tone::Other, true},
    Template{u"Café da loja de {city} estava frio e demorou meia hora. Péssimo.", Tone::Criticism,
             false},
};

constexpr Phrases products{u"cold brew",      u"espresso blend", u"oat flat white",
                           u"Kenya AA",       u"decaf roast",    u"subscription box",
                           u"hazelnut latte", u"Ethiopia Guji",  u"crème brûlée latte",
                           u"travel mug"};
constexpr Phrases cities{u"Zürich", u"São Paulo", u"Kraków", u"Malmö",  u"Montréal",
                         u"Leeds",  u"Austin",    u"Lyon",   u"Bergen", u"Porto"};
constexpr Phrases countries{u"Canada", u"Norway", u"Japan", u"Brazil", u"Ireland", u"Poland"};
constexpr Phrases firstNames{u"Ana",   u"Ben",   u"Chloé", u"Dev",   u"Emeka", u"Fatima",
                             u"Georg", u"Hana",  u"Iván",  u"Jonas", u"Keiko", u"Liam",
                             u"Maya",  u"Noor",  u"Oskar", u"Priya", u"Quinn", u"Rosa",
                             u"Sami",  u"Tomás", u"Uma",   u"Vera",  u"Wen",   u"Yusuf"};
constexpr Phrases lastNames{u"Okafor", u"Lindqvist", u"Martin", u"Patel",  u"Nakamura",
                            u"Silva",  u"Kowalski",  u"Haddad", u"Müller", u"O'Brien",
                            u"Nguyen", u"García",    u"Rossi",  u"Dubois", u"Kim"};
constexpr Phrases announcements{u"Our autumn {product} is here. Tell us what you think!",
                                u"We're opening a new café in {city} next month ☕",
                                u"Subscription boxes now ship in fully recyclable packaging.",
                                u"The app update is out: faster checkout and order tracking.",
                                u"Back by popular demand: the {product}. Limited batch!"};
constexpr Phrases apologies{
    u"Hi {name}, we're so sorry about this. Could you DM us your order number? We'll sort it out "
    u"today.",
    u"That's not the experience we want for you, {name}. We've passed this to the {city} team and "
    u"will follow up.",
    u"Sorry {name}, that shouldn't happen. Our support lead is looking into it now."};
constexpr Phrases answers{u"Hi {name}! Yes, it is. You'll find it under Shop → {product}.",
                          u"Good question, {name}: we're working on it and will share news soon.",
                          u"Hi {name}, you can do that under Account → Subscription in the app."};
constexpr Phrases thanks{u"Thank you so much, {name}! We'll pass it on to the team ☕",
                         u"Thanks {name}, that made our day 🙏",
                         u"Really appreciate it, {name}. See you soon!"};
constexpr Phrases acknowledgements{u"Glad you're enjoying it, {name}.",
                                   u"Noted, {name}, we'll share it with the team."};

QString str(std::u16string_view view)
{
    return QStringView(view).toString();
}

} // namespace

SampleTextSource::SampleTextSource(std::mt19937& random)
    : m_random(random)
{}

template <typename List>
const auto& SampleTextSource::pick(const List& list)
{
    std::uniform_int_distribution<std::size_t> index(0, list.size() - 1);
    return *(list.begin() + index(m_random));
}

QString SampleTextSource::fill(QString pattern)
{
    std::uniform_int_distribution<int> order(10000, 99999);
    std::uniform_int_distribution<int> days(4, 21);
    pattern.replace(QStringLiteral("{product}"), str(pick(products)));
    pattern.replace(QStringLiteral("{city}"), str(pick(cities)));
    pattern.replace(QStringLiteral("{country}"), str(pick(countries)));
    pattern.replace(QStringLiteral("{order}"), QString::number(order(m_random)));
    pattern.replace(QStringLiteral("{days}"), QString::number(days(m_random)));
    pattern.replace(QStringLiteral("{friend}"), str(pick(firstNames)).toLower());
    pattern.replace(QStringLiteral("{url}"),
                    QStringLiteral("https://example.org/stories/%1").arg(order(m_random)));
    return pattern;
}

SampleText SampleTextSource::mention()
{
    const Template& t = pick(templates);
    return {fill(str(t.pattern)), t.tone, t.isQuestion};
}

QString SampleTextSource::reply(const SampleText& to, const QString& name, bool thank)
{
    const Phrases& phrases = thank                        ? thanks
                             : to.tone == Tone::Criticism ? apologies
                             : to.isQuestion              ? answers
                                                          : acknowledgements;
    QString text = fill(str(pick(phrases)));
    return text.replace(QStringLiteral("{name}"), name);
}

QString SampleTextSource::announcement()
{
    return fill(str(pick(announcements)));
}

QString SampleTextSource::personName()
{
    return str(pick(firstNames)) + u' ' + str(pick(lastNames));
}

} // namespace hearken::sample
