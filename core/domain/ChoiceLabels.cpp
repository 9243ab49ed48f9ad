#include "domain/ChoiceLabels.h"

#include <QCoreApplication>

#include <array>

namespace fb {
namespace {

struct Entry {
    std::string_view column;
    std::string_view value;
    const char* label; // source text in the "fb::ChoiceLabels" context
};

// Lower case as in a sentence ("ticket T0042 is reviewing"); a table shows them as they are.
constexpr std::array kEntries{
    // agents.status
    Entry{"status", "active", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "active")},
    Entry{"status", "left", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "left")},
    // feedback ticket status; "undecided" is what a digest says before a decision
    Entry{"status", "new", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "new")},
    Entry{"status", "reviewing", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "reviewing")},
    Entry{"status", "accepted", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "accepted")},
    Entry{"status", "deferred", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "deferred")},
    Entry{"status", "declined", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "declined")},
    Entry{"status", "fixed", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "fixed")},
    Entry{"status", "undecided", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "undecided")},
    // a ticket's history
    Entry{"action", "raised", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "raised")},
    Entry{"action", "plus_one", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "raised again (+1)")},
    Entry{"action", "reviewing", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "reviewing")},
    Entry{"action", "accepted", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "accepted")},
    Entry{"action", "deferred", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "deferred")},
    Entry{"action", "declined", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "declined")},
    Entry{"action", "fixed", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "fixed")},
    // interactions.channel
    Entry{"channel", "voice", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "voice")},
    Entry{"channel", "chat", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "chat")},
    Entry{"channel", "email", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "email")},
    Entry{"channel", "other", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "other")},
    // feedback ticket category (the defaults; a site may add and rename)
    Entry{"category", "policy", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "policy")},
    Entry{"category", "tool", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "tool")},
    Entry{"category", "training", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "training")},
    Entry{"category", "product", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "product")},
    Entry{"category", "schedule", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "schedule")},
    Entry{"category", "other", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "other")},
    // coaching_notes.stage
    Entry{"stage", "define", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "Define")},
    Entry{"stage", "demonstrate", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "Demonstrate")},
    Entry{"stage", "practice", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "Practice")},
    Entry{"stage", "commit", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "Commit")},
    Entry{"stage", "follow_up", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "Follow-up")},
    // coaching_notes.outcome and mentoring pairs' outcome
    Entry{"outcome", "met", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "Met")},
    Entry{"outcome", "partly", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "Partly met")},
    Entry{"outcome", "not_met", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "Not met")},
    Entry{"outcome", "stopped", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "Stopped")},
    // recognitions
    Entry{"visibility", "public", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "public")},
    Entry{"visibility", "private", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "private")},
    Entry{"from_role", "peer", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "peer")},
    Entry{"from_role", "lead", QT_TRANSLATE_NOOP("fb::ChoiceLabels", "lead")},
};

} // namespace

QString choiceLabel(std::string_view column, const std::string& value)
{
    for (const Entry& e : kEntries)
        if (e.column == column && e.value == value)
            return QCoreApplication::translate("fb::ChoiceLabels", e.label);
    return QString::fromStdString(value).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString choiceLabel(std::string_view column, const QString& value)
{
    return choiceLabel(column, value.toStdString());
}

std::vector<std::string> choiceValuesMatching(std::string_view column, const QString& text)
{
    std::vector<std::string> values;
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return values;
    for (const Entry& e : kEntries)
        if (e.column == column &&
            QCoreApplication::translate("fb::ChoiceLabels", e.label).contains(wanted, Qt::CaseInsensitive))
            values.emplace_back(e.value);
    return values;
}

} // namespace fb
