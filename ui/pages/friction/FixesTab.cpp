#include "pages/friction/FixesTab.h"

#include "common/DateFormat.h"
#include "pages/PageParts.h"
#include "pages/friction/FrictionRows.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace fb::ui {

FixesTab::FixesTab(QDate today, QWidget* parent) : QWidget(parent)
{
    auto* l = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<b>Blockers retired</b>: every fix with its date, friction, scope and owner. A fix "
                                "scoped to queues can be credited by difference-in-differences."),
                             this);
    intro->setWordWrap(true); // one long line would set the window's least width (837 px)
    l->addWidget(intro);
    m_table = makeResultTable(
        {tr("#"), tr("Date"), tr("Program week"), tr("Friction"), tr("Scope"), tr("What changed"), tr("Owner")},
        tr("Fixes log"), this);
    m_table->setAccessibleDescription(
        tr("One row per fix made during the program: when, for which friction, where, and who owns it."));
    l->addWidget(m_table, 1);
    auto* form = new QGroupBox(tr("Log a fix"), this);
    auto* fl = new QGridLayout(form);
    m_date = new QDateEdit(today, form);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(format::dateFormat());
    m_friction = new QComboBox(form);
    m_friction->setEditable(true);
    m_scope = new QLineEdit(form);
    m_scope->setPlaceholderText(tr("queues, comma-separated, or \"all\""));
    m_what = new QLineEdit(form);
    m_what->setPlaceholderText(tr("what changed"));
    m_owner = new QLineEdit(form);
    m_owner->setPlaceholderText(tr("who owns it"));
    const auto add = [&](int row, int col, const QString& text, QWidget* field) {
        auto* label = new QLabel(text, form);
        label->setBuddy(field);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        fl->addWidget(label, row, col);
        fl->addWidget(field, row, col + 1);
    };
    add(0, 0, tr("&Date:"), m_date);
    add(0, 2, tr("&Friction:"), m_friction);
    add(0, 4, tr("&Scope:"), m_scope);
    add(1, 0, tr("&What:"), m_what);
    add(1, 4, tr("&Owner:"), m_owner);
    fl->addWidget(m_what, 1, 1, 1, 3);
    fl->setColumnStretch(3, 1);
    fl->setColumnStretch(5, 1);
    auto* addButton = new QPushButton(tr("&Add fix"), form);
    auto* digest = new QPushButton(tr("Weekly &digest…"), form);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(digest);
    buttons->addWidget(addButton);
    fl->addLayout(buttons, 2, 0, 1, 6);
    connect(addButton, &QPushButton::clicked, this, &FixesTab::add);
    connect(digest, &QPushButton::clicked, this, &FixesTab::digestRequested);
    l->addWidget(form);
}

void FixesTab::setToday(QDate today)
{
    m_date->setDate(today);
}

void FixesTab::present(const analytics::ProgramReport& r)
{
    fillResultTable(m_table, FrictionRows::fixes(r), {0, 2});
    // The frictions offered are the confirmed and ranked ones; what the lead typed stays.
    const QString typed = m_friction->currentText();
    m_friction->clear();
    std::set<QString> known;
    for (const auto& c : r.confirmed)
        known.insert(QString::fromStdString(c.friction));
    for (const auto& f : r.rankedFrictions)
        known.insert(QString::fromStdString(f.friction));
    for (const auto& k : known)
        m_friction->addItem(k);
    m_friction->setCurrentText(typed);
}

void FixesTab::fixSaved(const QString& what)
{
    if (m_what->text().trimmed() == what)
        m_what->clear();
}

void FixesTab::add()
{
    ProgramFix fix;
    fix.fixedOn = m_date->date();
    fix.friction = m_friction->currentText().trimmed().toStdString();
    fix.what = m_what->text().trimmed().toStdString();
    fix.owner = m_owner->text().trimmed().toStdString();
    const QString scope = m_scope->text().trimmed();
    if (scope.compare(QLatin1String("all"), Qt::CaseInsensitive) != 0)
        for (const auto& s : scope.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!s.trimmed().isEmpty())
                fix.queues.push_back(s.trimmed().toStdString());
    if (fix.friction.empty() || fix.what.empty()) {
        QMessageBox::information(this, tr("Log a fix"), tr("A fix needs the friction it addresses and what changed."));
        return;
    }
    if (scope.isEmpty()) {
        QMessageBox::information(this, tr("Log a fix"),
                                 tr("Give the fix's scope: the queues it applies to, or \"all\"."));
        return;
    }
    emit addRequested(fix);
}

} // namespace fb::ui
