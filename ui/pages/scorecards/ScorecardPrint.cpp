#include "pages/scorecards/ScorecardPrint.h"

#include "background/DatabaseJobs.h"
#include "common/IsoWeek.h"
#include "dialogs/FileDialogs.h"
#include "pages/scorecards/ScorecardFilters.h"
#include "pages/scorecards/ScorecardReads.h"

#include <QMenu>

namespace fb::ui::scorecards {

using analytics::Level;

ScorecardPrint::ScorecardPrint(DatabaseJobs* jobs, const ScorecardFilters* filters, QWidget* parent)
    : QPushButton(tr("&Print PDF"), parent), m_jobs(jobs), m_filters(filters)
{
    setToolTip(tr("Prints what is on screen, or every team's agents; one page per team, readable in black and "
                  "white"));
    auto* menu = new QMenu(this);
    m_shown = menu->addAction(QString(), this, [this] { choose(PrintScope::Shown); });
    m_all = menu->addAction(tr("All teams…"), this, [this] { choose(PrintScope::AllTeams); });
    connect(menu, &QMenu::aboutToShow, this, &ScorecardPrint::updateMenu);
    setMenu(menu);
    updateMenu();
}

void ScorecardPrint::updateMenu()
{
    // The first entry names what is on screen, so the choice is never a guess.
    const QString team = m_filters->team();
    switch (m_filters->level()) {
    case Level::Agent:
        m_shown->setText(team.isEmpty() ? tr("All teams…") : tr("This team: %1…").arg(team));
        m_all->setVisible(!team.isEmpty());
        break;
    case Level::Team:
        m_shown->setText(tr("The teams, as shown…"));
        m_all->setVisible(true);
        break;
    case Level::Site:
        m_shown->setText(tr("The sites, as shown…"));
        m_all->setVisible(true);
        break;
    }
}

void ScorecardPrint::choose(PrintScope scope)
{
    const QString team = scope == PrintScope::Shown ? m_filters->team() : QString();
    const QString name = team.isEmpty()
                             ? QStringLiteral("scorecards-%1.pdf")
                             : QStringLiteral("scorecards-%1-%2.pdf").arg(team.simplified().replace(u' ', u'-'));
    const QString file =
        fileDialogs::saveFile(this, tr("Print scorecards"), name.arg(IsoWeek::fromKey(m_filters->toWeek()).toString()),
                              tr("PDF files (*.pdf)"));
    if (!file.isEmpty())
        exportPdf(file, scope);
}

void ScorecardPrint::exportPdf(const QString& file, PrintScope scope)
{
    if (!m_filters->hasWeeks()) {
        emit finished(file, false, tr("Cannot write the PDF: there is no week with data yet."));
        return;
    }
    const int from = m_filters->fromWeek(), to = m_filters->toWeek(), version = m_filters->definitionVersion();
    // "All teams" prints the agents of every team; "as shown" the level and the team on screen.
    const Level level = scope == PrintScope::AllTeams ? Level::Agent : m_filters->level();
    const std::string team = scope == PrintScope::AllTeams ? std::string() : m_filters->team().toStdString();
    emit started(tr("Preparing the PDF…"));
    m_jobs->run(
        this,
        [version, level, from, to, team](store::Database& db) {
            return readPrintCards(db, version, level, from, to, team);
        },
        [this, file](const Result<PrintCards>& cards) {
            QStringList titles;
            const Status written =
                cards ? report::writeScorecardPdf(report::ScorecardPrint{cards->agents.get(), cards->totals.get()},
                                                  file, &titles)
                      : Status(cards.error());
            if (!written) {
                emit finished(file, false, tr("Cannot write the PDF: %1").arg(written.error().toString()));
                return;
            }
            m_agents = cards->agents;
            m_totals = cards->totals;
            m_titles = titles;
            emit finished(file, true,
                          titles.size() == 1 ? tr("PDF of 1 page written to %1").arg(file)
                                             : tr("PDF of %1 pages written to %2").arg(titles.size()).arg(file));
        });
}

QImage ScorecardPrint::lastPreview() const
{
    if (!m_totals)
        return {};
    return report::renderScorecardPreview(report::ScorecardPrint{m_agents.get(), m_totals.get()});
}

} // namespace fb::ui::scorecards
