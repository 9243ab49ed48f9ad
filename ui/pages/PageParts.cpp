#include "pages/PageParts.h"

#include "AppSupport.h"
#include "Settings.h"
#include "dialogs/FileDialogs.h"
#include "export/ReportXlsx.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::PageParts)
};

} // namespace

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

QVBoxLayout* makePageLayout(QWidget* page, const QString& title, const QString& subtitle)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(18, 14, 18, 8);
    layout->setSpacing(8);
    layout->addWidget(makePageTitle(title, page));
    layout->addWidget(makePageSubtitle(subtitle, page));
    return layout;
}

QString exportTablesAsk(QWidget* page, const QString& caption, const QString& warningTitle,
                        const std::function<bool(const QString& dir, QString* error)>& write,
                        const QString& workbookName)
{
    QMessageBox choice(QMessageBox::Question, warningTitle,
                       Tr::tr("Export the tables as one Excel workbook (a sheet per table), "
                              "or as CSV files in a folder (a file per table)?"),
                       QMessageBox::Cancel, page);
    QPushButton* workbook = choice.addButton(Tr::tr("&Excel Workbook…"), QMessageBox::AcceptRole);
    QPushButton* folder = choice.addButton(Tr::tr("&CSV Files…"), QMessageBox::AcceptRole);
    choice.setDefaultButton(workbook);
    choice.exec();
    QString target;
    if (choice.clickedButton() == workbook)
        target = fileDialogs::saveFile(page, Tr::tr("Save the tables as an Excel workbook"),
                                       QDir(Settings::lastExportFolder()).filePath(workbookName),
                                       Tr::tr("Excel workbook (*.xlsx)"));
    else if (choice.clickedButton() == folder)
        target = fileDialogs::folder(page, caption);
    if (target.isEmpty())
        return {};
    if (choice.clickedButton() == workbook && !exporting::isXlsxPath(target))
        target += QStringLiteral(".xlsx"); // Qt's own dialog adds no suffix of its own
    QString error;
    if (!write(target, &error)) {
        QMessageBox::warning(page, warningTitle, error);
        return {};
    }
    return target;
}

csv::WriterOptions csvWriterOptions()
{
    // The system's locale, not the window's language: Excel splits and reads
    // numbers by the regional settings, whatever language Floorboard speaks.
    return Settings::excelCsv() ? csv::excelOptions(QLocale::system()) : csv::WriterOptions{};
}

bool writeTables(const std::vector<exporting::NamedTable>& tables, const QString& target, QString* error)
{
    const Status written = exporting::isXlsxPath(target)
                               ? exporting::writeXlsxTables(tables, target)
                               : exporting::writeCsvTables(tables, target, csvWriterOptions());
    if (!written && error)
        *error = written.error().toString();
    return written.ok();
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

void fillResultTable(QTableWidget* t, const std::vector<QStringList>& rows, const std::set<int>& numeric)
{
    t->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r)
        for (int c = 0; c < rows[static_cast<size_t>(r)].size() && c < t->columnCount(); ++c) {
            auto* item = new QTableWidgetItem(rows[static_cast<size_t>(r)][c]);
            item->setToolTip(rows[static_cast<size_t>(r)][c]);
            if (numeric.count(c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            t->setItem(r, c, item);
        }
    t->resizeColumnsToContents();
    for (int c = 0; c < t->columnCount(); ++c)
        t->setColumnWidth(c, std::min(t->columnWidth(c), 420));
    t->resizeRowsToContents();
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

void setFilterChoices(QComboBox* box, const QString& allText, const QStringList& choices)
{
    setFilterChoices(box, allText, choices, [](const QString& choice) { return choice; });
}

void setFilterChoices(QComboBox* box, const QString& allText, const QStringList& choices,
                      const std::function<QString(const QString&)>& label)
{
    const QSignalBlocker block(box);
    const QString current = filterChoice(box);
    box->clear();
    box->addItem(allText);
    for (const QString& choice : choices)
        box->addItem(label(choice), choice);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

QString filterChoice(const QComboBox* box)
{
    if (box->currentIndex() <= 0)
        return {};
    const QVariant value = box->currentData();
    return value.isValid() ? value.toString() : box->currentText(); // an item added by text alone
}

} // namespace fb::ui
