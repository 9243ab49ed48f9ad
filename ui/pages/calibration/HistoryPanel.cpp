#include "pages/calibration/HistoryPanel.h"

#include "background/DatabaseJobs.h"
#include "charts/CalibrationCharts.h"
#include "common/DateFormat.h"
#include "pages/calibration/SessionView.h"
#include "store/CalibrationStore.h"

#include <QChartView>
#include <QCoreApplication>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fb::ui::calibration {

// The tr() of this file's free functions: one translation context per file, which lupdate reads.
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::calibration::HistoryPanel)
};
} // namespace

QStringList convergenceSentences(const analytics::CalibrationHistory& h)
{
    QStringList out;
    for (std::size_t p = 0; p < h.participants.size(); ++p) {
        std::optional<std::size_t> first, last;
        int sessions = 0;
        for (std::size_t s = 0; s < h.sessions.size(); ++s)
            if (h.deviation[p][s]) {
                first = first.value_or(s);
                last = s;
                ++sessions;
            }
        const QString who = QString::fromStdString(h.participants[p]);
        if (sessions < 2) {
            out << Tr::tr("%1: one session so far, no trend yet.").arg(who);
            continue;
        }
        const double a = *h.deviation[p][*first];
        const double b = *h.deviation[p][*last];
        // A change under 0.1 points is within what one interaction more or less moves.
        const QString direction = b < a - 0.1   ? Tr::tr("converging")
                                  : b > a + 0.1 ? Tr::tr("drifting apart")
                                                : Tr::tr("steady");
        out << Tr::tr("%1: %2 → %3 points off the reference over %4 sessions (%5 to %6): %7.")
                   .arg(who, numberText(a, 2), numberText(b, 2))
                   .arg(sessions)
                   .arg(format::date(h.dates[*first]), format::date(h.dates[*last]), direction);
    }
    return out;
}

HistoryPanel::HistoryPanel(DatabaseJobs& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_charts = new QWidget(this);
    m_chartsLayout = new QVBoxLayout(m_charts);
    m_chartsLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
}

void HistoryPanel::reload()
{
    const int generation = ++m_generation;
    m_worker.run(
        this,
        [](store::Database& db) -> Result<analytics::CalibrationHistory> {
            auto sessions = store::loadCalibrationHistory(db);
            if (!sessions)
                return sessions.error();
            return analytics::calibrationHistory(sessions.value());
        },
        [this, generation](Result<analytics::CalibrationHistory> h) {
            if (generation != m_generation)
                return;
            if (!h) {
                m_summary->setText(h.error().toString());
                return;
            }
            m_history = std::make_shared<analytics::CalibrationHistory>(std::move(h.value()));
            present();
            emit loaded();
        });
}

QString HistoryPanel::summaryText() const
{
    return m_summary->text();
}

void HistoryPanel::present()
{
    while (auto* item = m_chartsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto& h = *m_history;
    if (h.sessions.size() < 2)
        m_summary->setText(tr("%n session(s) so far. Run two or more to see whether the participants' scores "
                              "converge.",
                              nullptr, static_cast<int>(h.sessions.size())));
    else
        m_summary->setText(tr("Mean absolute deviation from each session's reference, in points on the 0–4 "
                              "attributes (lower is better):\n") +
                           convergenceSentences(h).join(QLatin1Char('\n')));
    auto* deviation = makeDeviationHistoryChart(h, m_charts);
    auto* alpha = makeAlphaHistoryChart(h, m_charts);
    deviation->setMinimumHeight(340);
    alpha->setMinimumHeight(340);
    m_chartsLayout->addWidget(deviation);
    m_chartsLayout->addWidget(alpha);
}

} // namespace fb::ui::calibration
