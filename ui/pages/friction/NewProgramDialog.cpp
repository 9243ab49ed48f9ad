#include "pages/friction/NewProgramDialog.h"

#include "common/DateFormat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

namespace fb::ui {

NewProgramDialog::NewProgramDialog(const std::vector<std::string>& teams, QDate today, QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_teams(new QListWidget(this)),
      m_start(new QDateEdit(today.addDays(1 - today.dayOfWeek()), this))
{
    setWindowTitle(tr("New program"));
    auto* form = new QFormLayout(this);
    for (const auto& t : teams) {
        auto* item = new QListWidgetItem(QString::fromStdString(t), m_teams);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(format::dateFormat());
    auto* hint = new QLabel(tr("Weeks 1-2 baseline, 3-4 rapid fixes, 5-6 recognition, 7-8 comparison. "
                               "The start is moved to the Monday of its week."),
                            this);
    hint->setWordWrap(true);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Teams:"), m_teams);
    m_teams->setAccessibleDescription(tr("The teams taking part in the program: tick each one."));
    form->addRow(tr("&Start (Monday):"), m_start);
    form->addRow(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

std::string NewProgramDialog::name() const
{
    return m_name->text().trimmed().toStdString();
}

std::vector<std::string> NewProgramDialog::teams() const
{
    std::vector<std::string> chosen;
    for (int i = 0; i < m_teams->count(); ++i)
        if (m_teams->item(i)->checkState() == Qt::Checked)
            chosen.push_back(m_teams->item(i)->text().toStdString());
    return chosen;
}

QDate NewProgramDialog::monday() const
{
    const QDate d = m_start->date();
    return d.addDays(1 - d.dayOfWeek());
}

} // namespace fb::ui
