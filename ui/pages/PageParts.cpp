#include "pages/PageParts.h"

#include "AppSupport.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTimer>

namespace fb::ui {

QLabel* makePageTitle(const QString& title, QWidget* parent)
{
    auto* label = new QLabel(title, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setAccessibleName(title);
    return label;
}

QLabel* makePageSubtitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

QTableWidget* makeResultTable(const QStringList& headers, const QString& accessibleName, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(true);
    t->setAccessibleName(accessibleName);
    return t;
}

QLineEdit* makeSearchBox(const QString& placeholder, QWidget* parent, QTimer** debounce)
{
    auto* edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setMinimumWidth(260);
    edit->setAccessibleName(placeholder);
    auto* timer = new QTimer(edit);
    timer->setSingleShot(true);
    timer->setInterval(250);
    QObject::connect(edit, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    *debounce = timer;
    return edit;
}

} // namespace fb::ui
