// The widgets of ImportDialog, apart from its behaviour in ImportDialog.cpp.
#include "dialogs/DateFormatBox.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/MappingTable.h"
#include "models/CellFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

using namespace Qt::StringLiterals;

void ImportDialog::buildLayout()
{
    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("Choose a CSV file…"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    m_kind = new QComboBox(this);
    for (Kind kind : allKinds())
        m_kind->addItem(kindLabel(kind), static_cast<int>(kind));

    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), u","_s);
    m_delimiter->addItem(tr("Semicolon ( ; )"), u";"_s);
    m_delimiter->addItem(tr("Tab"), u"tab"_s);
    m_delimiter->addItem(tr("Pipe ( | )"), u"|"_s);
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect"), -1);
    for (auto e : {csv::Encoding::Utf8, csv::Encoding::Utf8Bom, csv::Encoding::Utf16LE, csv::Encoding::Utf16BE,
                   csv::Encoding::Windows1252})
        m_encoding->addItem(csv::encodingName(e), static_cast<int>(e));
    m_dateFormat = new DateFormatBox(this);
    m_dateNote = new QLabel(this);
    m_dateNote->setWordWrap(true);
    m_dateNote->setVisible(false);
    m_decimalComma = new QCheckBox(tr("De&cimal comma (3,5) also between commas"), this);
    m_decimalComma->setToolTip(tr("A decimal comma is read as such whenever cells are separated by “;”, tab or "
                                  "“|”. Tick this for a comma-separated file whose numbers are written \"3,5\"."));

    m_createAgents = new QCheckBox(tr("Create &missing agents"), this);
    m_createAgents->setToolTip(tr("Agent IDs not yet known are added to team “Unassigned”."));
    m_update = new QCheckBox(tr("&Update rows that exist"), this);
    m_update->setToolTip(tr("Rows whose ID is already in the database are replaced by the file's version."));
    m_skipInvalid = new QCheckBox(tr("&Skip invalid rows, write them to:"), this);
    m_rejects = new QLineEdit(this);
    m_rejects->setPlaceholderText(tr("rejected rows file"));
    m_rejectsBrowse = new QPushButton(tr("Browse…"), this);

    m_detected = new QLabel(tr("Choose a CSV file to see how Floorboard reads it."), this);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_preview->setAccessibleDescription(
        tr("The first rows of the chosen file, one line of the file per row, as they will be read."));
    m_mapping = new MappingTable(this);
    m_problems = new QListWidget(this);
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setAccessibleDescription(
        tr("What stops the import or deserves a look, with the line of the file it is on."));
    m_preview->verticalHeader()->setVisible(false);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_preview, tr("Preview of the first rows"));
    m_tabs->addTab(m_mapping, tr("Column mapping"));
    // Problems stay in sight under the preview: they decide whether to import at all.
    m_problemsTitle = new QLabel(tr("Problems"), this);
    m_problemsTitle->setBuddy(m_problems);
    auto* problemsBox = new QWidget(this);
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 4, 0, 0);
    problemsLayout->addWidget(m_problemsTitle);
    problemsLayout->addWidget(m_problems);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tabs);
    split->addWidget(problemsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setVisible(false);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* top = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    top->addRow(fileLabel, fileRow);
    top->addRow(tr("Import &as:"), m_kind);

    auto* reading = new QGroupBox(tr("Reading"), this);
    auto* readingForm = new QFormLayout(reading);
    readingForm->addRow(tr("&Delimiter:"), m_delimiter);
    readingForm->addRow(tr("&Encoding:"), m_encoding);
    auto* dateLabel = new QLabel(tr("Dates &written as:"), this);
    dateLabel->setBuddy(m_dateFormat); // its focus proxy, the drop-down
    readingForm->addRow(dateLabel, m_dateFormat);
    readingForm->addRow(QString(), m_dateNote);
    readingForm->addRow(QString(), m_decimalComma);

    auto* writing = new QGroupBox(tr("Writing"), this);
    auto* writingLayout = new QVBoxLayout(writing);
    writingLayout->addWidget(m_createAgents);
    writingLayout->addWidget(m_update);
    writingLayout->addWidget(m_skipInvalid);
    auto* rejectsRow = new QHBoxLayout;
    rejectsRow->setContentsMargins(22, 0, 0, 0);
    rejectsRow->addWidget(m_rejects, 1);
    rejectsRow->addWidget(m_rejectsBrowse);
    writingLayout->addLayout(rejectsRow);

    auto* groups = new QHBoxLayout;
    groups->addWidget(reading, 1);
    groups->addWidget(writing, 1);

    auto* buttons = new QDialogButtonBox(this);
    auto* load = buttons->addButton(tr("&Load Profile…"), QDialogButtonBox::ResetRole);
    auto* save = buttons->addButton(tr("Sa&ve Profile…"), QDialogButtonBox::ResetRole);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_import->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(groups);
    layout->addWidget(m_detected);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browseFile);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        m_map = {};
        m_detectDates = true;
        schedulePreview();
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        m_map = {}; // the mapping was for the other kind's columns
        schedulePreview();
    });
    for (QComboBox* combo : {m_delimiter, m_encoding})
        connect(combo, &QComboBox::activated, this, &ImportDialog::schedulePreview);
    connect(m_dateFormat, &DateFormatBox::formatChanged, this, &ImportDialog::schedulePreview);
    // A format the user picks is theirs: detection does not overrule it.
    connect(m_dateFormat, &DateFormatBox::chosenByUser, this, [this] {
        m_detectDates = false;
        m_dateNote->setVisible(false);
    });
    for (QCheckBox* box : {m_createAgents, m_update, m_skipInvalid, m_decimalComma})
        connect(box, &QCheckBox::toggled, this, &ImportDialog::schedulePreview);
    connect(m_rejectsBrowse, &QPushButton::clicked, this, &ImportDialog::browseRejects);
    connect(m_mapping, &MappingTable::mappingChanged, this,
            [this](const std::string& target, const QStringList& sources) {
                if (sources.isEmpty())
                    m_map.sources.erase(target);
                else
                    m_map.sources[target] = std::vector<QString>(sources.begin(), sources.end());
                schedulePreview();
            });
    connect(load, &QPushButton::clicked, this, &ImportDialog::loadProfile);
    connect(save, &QPushButton::clicked, this, &ImportDialog::saveProfile);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

} // namespace fb::ui
