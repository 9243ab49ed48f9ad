#include "models/CellFormat.h"

#include "common/DateFormat.h"
#include "domain/ChoiceLabels.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>
#include <utility>

namespace fb::ui {

// Translation contexts shared with the QT_TRANSLATE_NOOP tables below.
namespace {
struct ColumnLabels {
    Q_DECLARE_TR_FUNCTIONS(ColumnLabels)
};
struct Kinds {
    Q_DECLARE_TR_FUNCTIONS(Kinds)
};
} // namespace

using namespace Qt::StringLiterals;

namespace {

// Labels translated in the "ColumnLabels" context; unknown columns (rubric
// attributes added at run time) get a readable form of their name.
struct Label {
    const char* name;
    const char* text;
};
constexpr std::array kLabels{
    Label{"agent_id", QT_TRANSLATE_NOOP("ColumnLabels", "Agent ID")},
    Label{"agent_name", QT_TRANSLATE_NOOP("ColumnLabels", "Agent")},
    Label{"name", QT_TRANSLATE_NOOP("ColumnLabels", "Name")},
    Label{"team", QT_TRANSLATE_NOOP("ColumnLabels", "Team")},
    Label{"supervisor", QT_TRANSLATE_NOOP("ColumnLabels", "Supervisor")},
    Label{"site", QT_TRANSLATE_NOOP("ColumnLabels", "Site")},
    Label{"shift", QT_TRANSLATE_NOOP("ColumnLabels", "Shift")},
    Label{"hire_date", QT_TRANSLATE_NOOP("ColumnLabels", "Hired on")},
    Label{"status", QT_TRANSLATE_NOOP("ColumnLabels", "Status")},
    Label{"left_on", QT_TRANSLATE_NOOP("ColumnLabels", "Left on")},
    Label{"interaction_id", QT_TRANSLATE_NOOP("ColumnLabels", "Interaction ID")},
    Label{"started_at", QT_TRANSLATE_NOOP("ColumnLabels", "Started at")},
    Label{"channel", QT_TRANSLATE_NOOP("ColumnLabels", "Channel")},
    Label{"queue", QT_TRANSLATE_NOOP("ColumnLabels", "Queue")},
    Label{"handle_seconds", QT_TRANSLATE_NOOP("ColumnLabels", "Handle time")},
    Label{"resolved_first_contact", QT_TRANSLATE_NOOP("ColumnLabels", "FCR")},
    Label{"repeat_contact", QT_TRANSLATE_NOOP("ColumnLabels", "Repeat contact")},
    Label{"escalated", QT_TRANSLATE_NOOP("ColumnLabels", "Escalated")},
    Label{"defects", QT_TRANSLATE_NOOP("ColumnLabels", "Defects")},
    Label{"csat", QT_TRANSLATE_NOOP("ColumnLabels", "CSAT")},
    Label{"contact_reason", QT_TRANSLATE_NOOP("ColumnLabels", "Contact reason")},
    Label{"evaluation_id", QT_TRANSLATE_NOOP("ColumnLabels", "Evaluation ID")},
    Label{"evaluator", QT_TRANSLATE_NOOP("ColumnLabels", "Evaluator")},
    Label{"evaluated_at", QT_TRANSLATE_NOOP("ColumnLabels", "Evaluated at")},
    Label{"comment", QT_TRANSLATE_NOOP("ColumnLabels", "Comment")},
    Label{"response_id", QT_TRANSLATE_NOOP("ColumnLabels", "Response ID")},
    Label{"week", QT_TRANSLATE_NOOP("ColumnLabels", "Week")},
    Label{"note_id", QT_TRANSLATE_NOOP("ColumnLabels", "Note ID")},
    Label{"ticket_id", QT_TRANSLATE_NOOP("ColumnLabels", "Ticket ID")},
    Label{"recognition_id", QT_TRANSLATE_NOOP("ColumnLabels", "Recognition ID")},
    Label{"to_agent", QT_TRANSLATE_NOOP("ColumnLabels", "To agent")},
};

QString readableName(const std::string& name)
{
    QString text = QString::fromStdString(name).replace(u'_', u' ');
    if (text.endsWith(u" id"_s))
        text = text.chopped(3) + u" ID"_s;
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString durationText(double seconds)
{
    const auto total = static_cast<qint64>(std::llround(seconds));
    const qint64 h = total / 3600, m = (total % 3600) / 60, s = total % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, QChar(u'0'));
}

std::optional<double> asNumber(const Value& v)
{
    if (const auto* i = std::get_if<qint64>(&v))
        return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    return std::nullopt;
}

} // namespace

QString columnToolTip(const std::string& canonicalName)
{
    QString text = columnLabel(canonicalName);
    if (canonicalName == "resolved_first_contact")
        text = ColumnLabels::tr("First-contact resolution: solved without a repeat contact");
    else if (canonicalName == "csat")
        text = ColumnLabels::tr("Customer satisfaction, 1 (poor) to 5 (great)");
    return ColumnLabels::tr("%1\nCSV column: %2").arg(text, QString::fromStdString(canonicalName));
}

QString columnLabel(const std::string& canonicalName)
{
    for (const auto& l : kLabels)
        if (canonicalName == l.name)
            return QCoreApplication::translate("ColumnLabels", l.text);
    return readableName(canonicalName);
}

QString kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Agents:
        return Kinds::tr("Agents");
    case Kind::Interactions:
        return Kinds::tr("Interactions");
    case Kind::QaEvaluations:
        return Kinds::tr("QA evaluations");
    case Kind::Pulses:
        return Kinds::tr("Pulse responses");
    case Kind::Coaching:
        return Kinds::tr("Coaching notes");
    case Kind::Feedback:
        return Kinds::tr("Feedback tickets");
    case Kind::Recognitions:
        return Kinds::tr("Recognitions");
    case Kind::MentoringPairs:
        return Kinds::tr("Mentoring pairs");
    case Kind::MentoringSessions:
        return Kinds::tr("Mentoring sessions");
    }
    return kindName(kind);
}

bool isNumeric(const ColumnSpec& column)
{
    switch (column.type) {
    case ColumnType::Integer:
    case ColumnType::Number:
    case ColumnType::Duration:
    case ColumnType::Score:
        return true;
    default:
        return false;
    }
}

QString cellText(const ColumnSpec& column, const Value& value)
{
    if (isNull(value))
        return column.type == ColumnType::Score ? ColumnLabels::tr("NA") : QString();
    const auto number = asNumber(value);
    switch (column.type) {
    case ColumnType::Boolean:
        if (number)
            return *number != 0 ? ColumnLabels::tr("Yes") : ColumnLabels::tr("No");
        break;
    case ColumnType::Duration:
        if (number)
            return durationText(*number);
        break;
    case ColumnType::Integer:
    case ColumnType::Score:
        if (const auto* i = std::get_if<qint64>(&value))
            return QLocale().toString(*i);
        break;
    case ColumnType::Number:
        if (number)
            return QLocale().toString(*number, 'g', QLocale::FloatingPointShortest);
        break;
    case ColumnType::Date: {
        // Stored as ISO text; read in the locale's short date like every date on screen.
        const QString text = QString::fromStdString(valueToText(value));
        const QDate day = QDate::fromString(text, Qt::ISODate);
        return day.isValid() ? format::date(day) : text;
    }
    case ColumnType::DateTime: {
        // To the second, as stored: a contact is found again in its own system by its time.
        QString text = QString::fromStdString(valueToText(value));
        if (text.size() > 10 && text[10] == u'T')
            text[10] = u' ';
        return text;
    }
    case ColumnType::Enum: {
        QString text = choiceLabel(column.name, valueToText(value));
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        return text;
    }
    default:
        break;
    }
    return QString::fromStdString(valueToText(value));
}

} // namespace fb::ui
