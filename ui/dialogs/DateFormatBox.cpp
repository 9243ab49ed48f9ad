#include "dialogs/DateFormatBox.h"

#include "csv/ExcelCells.h"
#include "import/DateFormats.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>

namespace fb::ui {

namespace {

// The item data of "Other…": not a format (an invalid QVariant).
bool isOther(const QVariant& data)
{
    return !data.isValid();
}

} // namespace

DateFormatBox::DateFormatBox(QWidget* parent)
    : QWidget(parent), m_choice(new QComboBox(this)), m_other(new QLineEdit(this))
{
    QStringList formats = import::commonDateFormats();
    // This computer's short format, unless a common one already says it.
    const QString system = csv::shortDateTimeFormat(QLocale::system());
    for (const QString& f : formats) {
        if (f.isEmpty())
            m_choice->addItem(tr("ISO 8601 — %1").arg(example(f)), f);
        else
            m_choice->addItem(tr("%1 — %2").arg(f, example(f)), f);
    }
    if (!formats.contains(system))
        m_choice->addItem(tr("This computer: %1 — %2").arg(system, example(system)), system);
    m_choice->addItem(tr("Other…"), QVariant());
    m_choice->setAccessibleName(tr("Date format"));
    m_other->setPlaceholderText(tr("Qt format, e.g. d.M.yyyy H:mm"));
    m_other->setToolTip(tr("dd day, MM month, yyyy year, HH hour (H without leading zero, h with AP for "
                           "AM/PM), mm minutes, ss seconds"));
    m_other->setAccessibleName(tr("Other date format"));
    m_other->setVisible(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice, 1);
    layout->addWidget(m_other, 1);
    setFocusProxy(m_choice);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &DateFormatBox::choiceChanged);
    connect(m_choice, &QComboBox::activated, this, &DateFormatBox::chosenByUser);
    connect(m_other, &QLineEdit::textChanged, this, &DateFormatBox::formatChanged);
}

QString DateFormatBox::format() const
{
    const QVariant data = m_choice->currentData();
    return isOther(data) ? m_other->text().trimmed() : data.toString();
}

void DateFormatBox::setFormat(const QString& format)
{
    {
        const QSignalBlocker blockChoice(m_choice);
        const QSignalBlocker blockOther(m_other);
        int i = -1;
        for (int k = 0; k < m_choice->count() && i < 0; ++k)
            if (!isOther(m_choice->itemData(k)) && m_choice->itemData(k).toString() == format)
                i = k;
        if (i < 0) {
            i = m_choice->count() - 1; // Other…
            m_other->setText(format);
        }
        m_choice->setCurrentIndex(i);
        m_other->setVisible(isOther(m_choice->currentData()));
    }
    emit formatChanged();
}

QStringList DateFormatBox::formats() const
{
    QStringList out;
    for (int k = 0; k < m_choice->count(); ++k)
        if (!isOther(m_choice->itemData(k)))
            out << m_choice->itemData(k).toString();
    return out;
}

QString DateFormatBox::example(const QString& format)
{
    const QDateTime sample(QDate(2026, 10, 25), QTime(14, 30));
    // In English whatever the window's language, so "AP" shows as the file has it: PM.
    return format.isEmpty() ? sample.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                            : QLocale::c().toString(sample, format);
}

void DateFormatBox::choiceChanged()
{
    const bool other = isOther(m_choice->currentData());
    m_other->setVisible(other);
    if (other)
        m_other->setFocus();
    emit formatChanged();
}

} // namespace fb::ui
