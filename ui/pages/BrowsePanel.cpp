#include "pages/BrowsePanel.h"

#include "models/KindTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

using namespace Qt::StringLiterals;

BrowsePanel::BrowsePanel(KindTableModel* model, Texts texts, QWidget* parent)
    : QWidget(parent), m_model(model), m_texts(std::move(texts)), m_stack(new QStackedWidget(this)),
      m_view(new QTableView(this)), m_empty(new QLabel(this)), m_footer(new QLabel(this))
{
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setMargin(32);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    m_empty->setFont(emptyFont);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    connect(m_empty, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == u"clear"_s)
            emit clearFiltersRequested();
    });

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_footer->setForegroundRole(QPalette::PlaceholderText);
    m_footer->setContentsMargins(2, 0, 2, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_footer);

    connect(model, &KindTableModel::modelReset, this, [this] {
        m_sized = false;
        updateState();
    });
    connect(model, &KindTableModel::pageLoaded, this, [this] {
        if (!m_sized && m_model->rowCount() > 0) {
            // Fit the columns to the first page once; doing it on every page would make them jump.
            m_view->resizeColumnsToContents();
            // Some air between columns, and no column so wide that the others scroll away.
            const int maxWidth = m_view->fontMetrics().averageCharWidth() * 40;
            for (int c = 0; c < m_model->columnCount(); ++c)
                m_view->setColumnWidth(c, std::min(maxWidth, m_view->columnWidth(c) + 16));
            m_sized = true;
        }
        updateState();
    });
    connect(model, &KindTableModel::loadingChanged, this, &BrowsePanel::updateState);
    updateState();
}

void BrowsePanel::updateState()
{
    const int rows = m_model->rowCount();
    const bool empty = rows == 0 && m_model->atEnd() && !m_model->isLoading();
    if (empty) {
        m_empty->setText(m_model->hasFilter()
                             ? m_texts.noMatch + u"<br><br><a href=\"clear\">"_s + tr("Clear filters") + u"</a>"_s
                             : m_texts.empty);
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_view);

    if (rows == 0 && m_model->isLoading()) {
        m_footer->setText(tr("Loading…"));
    } else {
        QString text = m_texts.counted(rows);
        if (!m_model->atEnd())
            text += u' ' + m_texts.more;
        m_footer->setText(text);
    }
}

} // namespace fb::ui
