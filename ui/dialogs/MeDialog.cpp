#include "dialogs/MeDialog.h"

#include "Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace fb::ui {

MeDialog::MeDialog(const QStringList& teams, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("My Team and Name"));
    auto* intro = new QLabel(tr("Floorboard opens on your team and fills in your name as evaluator and coach. "
                                "You can change both later in File ▸ My Team and Name…"),
                             this);
    intro->setWordWrap(true);
    m_team = new QComboBox(this);
    m_team->addItem(tr("All teams"), QString());
    for (const QString& t : teams)
        m_team->addItem(t, t);
    const QString saved = Settings::myTeam();
    if (!saved.isEmpty() && m_team->findData(saved) < 0)
        m_team->addItem(saved, saved); // a team of another database stays chosen
    m_team->setCurrentIndex(std::max(0, m_team->findData(saved)));
    m_name = new QLineEdit(Settings::myName(), this);
    m_name->setPlaceholderText(tr("as written in evaluations and coaching notes"));
    m_name->setMinimumWidth(260);
    auto* form = new QFormLayout;
    form->addRow(tr("My &team:"), m_team);
    form->addRow(tr("My &name:"), m_name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString MeDialog::team() const
{
    return m_team->currentData().toString();
}

QString MeDialog::name() const
{
    return m_name->text().trimmed();
}

void MeDialog::accept()
{
    Settings::setMe(team(), name());
    QDialog::accept();
}

} // namespace fb::ui
