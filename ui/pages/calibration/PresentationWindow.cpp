#include "pages/calibration/PresentationWindow.h"

#include "Appearance.h"
#include "charts/CalibrationCharts.h"
#include "common/DateFormat.h"

#include <QChartView>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui::calibration {

PresentationWindow::PresentationWindow(SessionViewPtr view, QWidget* parent) : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Calibration — shared screen"));
    m_session = new QLabel(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_model = new RevealModel(this);
    RevealDisplay display;
    display.maskAgents = true;
    display.initialsOnly = true;
    display.highContrast = true;
    m_model->setDisplay(display);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(true);
    m_table->setWordWrap(false); // a wrapped "93.2 (+18.2) ▲" read as two numbers: fitTable shrinks the type instead
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Reveal table"));
    m_table->setAccessibleDescription(tr("One row per attribute of the current interaction, one column per "
                                         "participant; scores beyond the tolerance are marked."));
    m_chartHost = new QWidget(this);
    m_chartLayout = new QVBoxLayout(m_chartHost);
    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_keys = new QLabel(tr("← → interaction   C chart   M agent names   I initials   Esc leave"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 16);
    layout->addWidget(m_session);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    layout->addWidget(m_chartHost, 1);
    layout->addWidget(m_keys);
    setFocusPolicy(Qt::StrongFocus);
    applyStyle();
    setView(std::move(view));
}

void PresentationWindow::applyStyle()
{
    setAutoFillBackground(true);
    setPalette(projectorPalette());
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const int height = screen ? screen->geometry().height() : 1080;
    // 2x the desktop type on a 1080-line projector, never below 1.6x.
    m_scale = std::max(1.6, height / 540.0);
    QFont base = QGuiApplication::font();
    base.setPointSizeF(base.pointSizeF() * m_scale);
    setFont(base);
    QFont title = base;
    title.setPointSizeF(base.pointSizeF() * 1.35);
    title.setBold(true);
    m_title->setFont(title);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.7);
    m_keys->setFont(small);
    m_session->setFont(small);
    m_table->setFont(base);
    QFont header = base;
    header.setBold(true);
    m_table->horizontalHeader()->setFont(header);
}

void PresentationWindow::showOn(QScreen* screen, bool fullScreen)
{
    if (screen && screen != this->screen()) {
        if (isFullScreen())
            showNormal(); // window managers move a full-screen window only after it leaves full screen
        setScreen(screen);
        setGeometry(fullScreen ? screen->geometry() : screen->availableGeometry());
    }
    applyStyle();
    if (fullScreen) {
        showFullScreen();
        return;
    }
    if (isFullScreen())
        showNormal();
    showMaximized();
}

void PresentationWindow::setView(SessionViewPtr view)
{
    m_view = std::move(view);
    m_model->setView(m_view);
    if (m_view && m_unit >= m_view->data.input.units.size())
        m_unit = 0;
    refresh();
}

void PresentationWindow::setHistory(std::shared_ptr<const analytics::CalibrationHistory> history)
{
    m_history = std::move(history);
    rebuildChart();
}

void PresentationWindow::showUnit(std::size_t unit)
{
    if (!m_view || m_view->data.input.units.empty())
        return;
    m_unit = std::min(unit, m_view->data.input.units.size() - 1);
    refresh();
    emit unitChanged(m_unit);
}

void PresentationWindow::nextChart()
{
    m_chart = static_cast<Chart>((static_cast<int>(m_chart) + 1) % 4);
    rebuildChart();
}

void PresentationWindow::setMaskAgents(bool masked)
{
    RevealDisplay d = m_model->display();
    d.maskAgents = masked;
    m_model->setDisplay(d);
    refresh();
}

void PresentationWindow::setInitialsOnly(bool initials)
{
    RevealDisplay d = m_model->display();
    d.initialsOnly = initials;
    m_model->setDisplay(d);
    refresh();
    rebuildChart();
}

QString PresentationWindow::titleText() const
{
    return m_title->text();
}

void PresentationWindow::refresh()
{
    if (!m_view || m_view->data.input.units.empty()) {
        m_session->clear();
        m_title->setText(tr("No interactions in this session."));
        m_model->setUnit(std::nullopt);
        return;
    }
    const auto& s = m_view->data.session;
    m_session->setText(tr("Calibration %1 · %2 · %3")
                           .arg(QString::fromStdString(s.id), format::date(s.heldOn),
                                m_view->referenceText(m_model->display().initialsOnly)));
    m_title->setText(tr("Interaction %1 of %2 · %3 · %4")
                         .arg(m_unit + 1)
                         .arg(m_view->data.input.units.size())
                         .arg(m_view->agentLabel(m_unit, m_model->display().maskAgents),
                              QString::fromStdString(m_view->data.input.units[m_unit])));
    m_model->setUnit(m_unit);
    m_table->setColumnHidden(RevealModel::InteractionColumn, true);
    m_table->setColumnHidden(RevealModel::AgentColumn, true);
    // Score columns share the width; the attribute names keep theirs (sections exist only now).
    m_table->horizontalHeader()->setSectionResizeMode(RevealModel::AttributeColumn, QHeaderView::ResizeToContents);
    fitTable();
    rebuildChart();
}

void PresentationWindow::fitTable()
{
    // Meeting-room type, but every cell on one line: on a narrow screen (a
    // 1280 x 720 projector, many participants) the table's type shrinks in
    // steps, down to the desktop size, until the widest cell of each score
    // column fits the width the stretched columns share.
    QFont type = font();
    const qreal smallest = QGuiApplication::font().pointSizeF();
    const int available = width() - contentsMargins().left() - contentsMargins().right() -
                          (layout() ? layout()->contentsMargins().left() + layout()->contentsMargins().right() : 0) -
                          2 * m_table->frameWidth() - 4;
    const QAbstractItemView* view = m_table; // sizeHintForColumn is public there, protected in QTableView
    for (;;) {
        m_table->setFont(type);
        QFont header = type;
        header.setBold(true);
        m_table->horizontalHeader()->setFont(header);
        int scoreColumns = 0, widest = 0;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            if (m_table->isColumnHidden(c) || c == RevealModel::AttributeColumn)
                continue;
            ++scoreColumns;
            widest = std::max({widest, view->sizeHintForColumn(c), m_table->horizontalHeader()->sectionSizeHint(c)});
        }
        const int left =
            available - std::max(view->sizeHintForColumn(RevealModel::AttributeColumn),
                                 m_table->horizontalHeader()->sectionSizeHint(RevealModel::AttributeColumn));
        if (scoreColumns == 0 || widest * scoreColumns <= left || type.pointSizeF() * 0.9 < smallest)
            break;
        type.setPointSizeF(type.pointSizeF() * 0.9);
    }
    // The table takes what its rows need (at most 60% of the screen); the chart gets the rest,
    // so its category labels have room at meeting-room type size.
    m_table->resizeRowsToContents();
    int h = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_model->rowCount(); ++r)
        h += m_table->rowHeight(r);
    m_table->setFixedHeight(std::min(h, height() * 3 / 5 > 0 ? height() * 3 / 5 : h));
}

void PresentationWindow::rebuildChart()
{
    while (auto* item = m_chartLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_view || m_chart == Chart::None) {
        m_chartHost->setVisible(false);
        return;
    }
    m_chartHost->setVisible(true);
    const bool initials = m_model->display().initialsOnly;
    std::map<std::string, std::string> initialsOf;
    for (const auto& p : m_view->data.session.participants)
        initialsOf[p.name] = p.initials;
    QChartView* chart = nullptr;
    switch (m_chart) {
    case Chart::SessionDeviation:
        chart = makeSessionDeviationChart(m_view->data.report, m_chartHost, initials, &initialsOf);
        break;
    case Chart::DeviationHistory:
        if (m_history)
            chart = makeDeviationHistoryChart(*m_history, m_chartHost, initials, &initialsOf);
        break;
    case Chart::AlphaHistory:
        if (m_history)
            chart = makeAlphaHistoryChart(*m_history, m_chartHost);
        break;
    case Chart::None:
        break;
    }
    if (!chart) {
        auto* wait = new QLabel(tr("The history is still loading."), m_chartHost);
        m_chartLayout->addWidget(wait);
        return;
    }
    setChartFontScale(chart, m_scale);
    m_chartLayout->addWidget(chart);
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        showUnit(m_unit + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        showUnit(m_unit > 0 ? m_unit - 1 : 0);
        return;
    case Qt::Key_Home:
        showUnit(0);
        return;
    case Qt::Key_End:
        if (m_view && !m_view->data.input.units.empty())
            showUnit(m_view->data.input.units.size() - 1);
        return;
    case Qt::Key_C:
        nextChart();
        return;
    case Qt::Key_M:
        setMaskAgents(!m_model->display().maskAgents);
        return;
    case Qt::Key_I:
        setInitialsOnly(!m_model->display().initialsOnly);
        return;
    case Qt::Key_Escape:
    case Qt::Key_F11:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitTable();
}

} // namespace fb::ui::calibration
