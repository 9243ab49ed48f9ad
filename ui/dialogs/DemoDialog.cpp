#include "dialogs/DemoDialog.h"

#include "dialogs/FileDialogs.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace fb::ui {

namespace {

QSpinBox* spin(int min, int max, int value, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

DemoDialog::DemoDialog(const QString& suggestedPath, QWidget* parent)
    : QDialog(parent), m_path(new QLineEdit(suggestedPath, this))
{
    setWindowTitle(tr("Create Demo Site"));
    const demo::DemoOptions defaults;
    m_agents = spin(1, 10000, defaults.agents, this);
    m_teams = spin(1, 200, defaults.teams, this);
    m_weeks = spin(1, 260, defaults.weeks, this);
    m_contacts = spin(1, 5000, defaults.contactsPerWeek, this);
    m_seed = spin(0, 999999, static_cast<int>(defaults.seed), this);
    m_start = new QDateEdit(defaults.start, this);
    m_start->setCalendarPopup(true);

    auto* intro = new QLabel(tr("A realistic contact center with agents, teams, interactions, QA, pulses and "
                                "coaching, to try Floorboard without your own data. The same seed always "
                                "gives the same site."),
                             this);
    intro->setWordWrap(true);

    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    auto* pathRowLabel = new QLabel(tr("&Save as:"), this);
    pathRowLabel->setBuddy(m_path); // a layout cannot be a buddy; the line edit can
    form->addRow(pathRowLabel, pathRow);
    form->addRow(tr("&Agents:"), m_agents);
    form->addRow(tr("&Teams:"), m_teams);
    form->addRow(tr("&Weeks:"), m_weeks);
    form->addRow(tr("&Contacts per agent and week:"), m_contacts);
    form->addRow(tr("First &week starts:"), m_start);
    form->addRow(tr("S&eed:"), m_seed);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &DemoDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

demo::DemoOptions DemoDialog::options() const
{
    demo::DemoOptions o;
    o.agents = m_agents->value();
    o.teams = m_teams->value();
    o.weeks = m_weeks->value();
    o.contactsPerWeek = m_contacts->value();
    o.seed = static_cast<quint64>(m_seed->value());
    o.start = m_start->date();
    return o;
}

QString DemoDialog::path() const
{
    return m_path->text().trimmed();
}

void DemoDialog::browse()
{
    const QString file = fileDialogs::saveFile(this, tr("Save Demo Site As"), path(),
                                               tr("Floorboard databases (*.floorboard);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

} // namespace fb::ui
