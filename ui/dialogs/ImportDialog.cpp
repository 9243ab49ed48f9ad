#include "dialogs/ImportDialog.h"

#include "ScreenFit.h"
#include "Settings.h"
#include "background/DatabaseJobs.h"
#include "dialogs/DateFormatBox.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MappingTable.h"
#include "import/DateFormats.h"
#include "models/CellFormat.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringList>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

#include <algorithm>

namespace fb::ui {

using namespace Qt::StringLiterals;

ImportDialog::ImportDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_worker(new DatabaseJobs(databasePath, this, DatabaseJobs::OpenMode::ExistingOnly)),
      m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Import CSV"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ImportDialog::refreshPreview);
    buildLayout();
    updateButtons();
    resizeToScreen(this, QSize(980, 700));
}

ImportDialog::~ImportDialog() = default;

std::optional<Kind> ImportDialog::guessKind(const QString& fileName)
{
    // Try the longest run of leading words first: "qa_evaluations_july" is QA, not "qa" + noise.
    const QStringList words =
        QFileInfo(fileName).completeBaseName().toLower().split(QRegularExpression(u"[^a-z]+"_s), Qt::SkipEmptyParts);
    for (qsizetype n = words.size(); n > 0; --n)
        if (auto kind = kindFromName(words.mid(0, n).join(u'_')))
            return kind;
    for (const QString& word : words)
        if (auto kind = kindFromName(word))
            return kind;
    return std::nullopt;
}

void ImportDialog::setFile(const QString& file)
{
    m_file->setText(QDir::toNativeSeparators(file));
    if (auto kind = guessKind(file))
        setKind(*kind);
    m_map = {}; // another file has other headers
    m_detectDates = true;
    schedulePreview();
}

void ImportDialog::setKind(Kind kind)
{
    const int i = m_kind->findData(static_cast<int>(kind));
    if (i >= 0 && i != m_kind->currentIndex()) {
        m_kind->setCurrentIndex(i);
        m_map = {};
    }
    schedulePreview();
}

import::ImportOptions ImportDialog::options() const {import::ImportOptions o;
o.kind = static_cast<Kind>(m_kind->currentData().toInt());
o.file = QDir::fromNativeSeparators(m_file->text().trimmed());
const QString delimiter = m_delimiter->currentData().toString();
if (!delimiter.isEmpty())
    o.reader.delimiter = csv::parseDelimiter(delimiter);
if (m_encoding->currentIndex() > 0)
    o.reader.encoding = static_cast<csv::Encoding>(m_encoding->currentData().toInt());
o.dateFormat = m_dateFormat->format();
o.decimalComma = m_decimalComma->isChecked();
o.map = m_map;
o.createAgents = m_createAgents->isChecked();
o.update = m_update->isChecked();
o.updateOptionName = tr("\"%1\"").arg(m_update->text().remove(u'&'));
o.createAgentsOptionName = tr("\"%1\"").arg(m_createAgents->text().remove(u'&'));
o.mapHowTo = tr("the Column mapping tab");
o.skipInvalid = m_skipInvalid->isChecked();
if (o.skipInvalid)
    o.rejectsFile = QDir::fromNativeSeparators(m_rejects->text().trimmed());
return o;
} // namespace fb::ui

QString ImportDialog::detectedText() const
{
    return m_detected->text();
}

QString ImportDialog::dateNoteText() const
{
    return m_dateNote->isHidden() ? QString() : m_dateNote->text();
}

QStringList ImportDialog::problemTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_problems->count(); ++i)
        texts << m_problems->item(i)->text();
    return texts;
}

void ImportDialog::browseFile()
{
    const QString file = fileDialogs::openFile(this, tr("Choose a CSV File"), Settings::lastImportFolder(),
                                               tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (file.isEmpty())
        return;
    Settings::setLastImportFolder(QFileInfo(file).absolutePath());
    setFile(file);
}

void ImportDialog::browseRejects()
{
    const QString file = fileDialogs::saveFile(this, tr("Write Rejected Rows To"), m_rejects->text(),
                                               tr("CSV files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        m_rejects->setText(QDir::toNativeSeparators(file));
}

void ImportDialog::schedulePreview()
{
    m_previewOk = false;
    updateButtons();
    m_previewTimer->start();
}

void ImportDialog::refreshPreview()
{
    const import::ImportOptions o = options();
    if (o.file.isEmpty()) {
        m_detected->setText(tr("Choose a CSV file to see how Floorboard reads it."));
        return;
    }
    m_detected->setText(tr("Reading %1…").arg(QFileInfo(o.file).fileName()));
    const quint64 generation = ++m_generation;
    m_worker->run(
        this, [o](store::Database& db) { return import::preview(db, o, 20); },
        [this, generation](Result<import::Preview> preview) {
            if (generation != m_generation)
                return; // the options changed while this file was being read
            if (preview.ok())
                showPreview(preview.value());
            else
                showPreviewError(preview.error());
            emit previewUpdated();
        });
}

void ImportDialog::showPreview(const import::Preview& p)
{
    m_detected->setText(
        tr("Detected: %1 · delimiter “%2” · %3 line endings")
            .arg(csv::encodingName(p.encoding), csv::delimiterName(p.delimiter), csv::lineEndingName(p.lineEnding)));
    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(p.header.size()));
    m_preview->setRowCount(static_cast<int>(p.rows.size()));
    QStringList header;
    for (const auto& h : p.header)
        header << QString::fromStdString(h);
    m_preview->setHorizontalHeaderLabels(header);
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        const auto& row = p.rows[static_cast<size_t>(r)];
        for (int c = 0; c < static_cast<int>(row.size()) && c < m_preview->columnCount(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(QString::fromStdString(row[static_cast<size_t>(c)])));
    }
    m_preview->resizeColumnsToContents();
    m_mapping->showColumns(p.columns, p.header);
    setProblems(p.problems, p.warnings, 0);
    detectDates(p);
    m_previewOk = true;
    updateButtons();
}

void ImportDialog::detectDates(const import::Preview& p)
{
    if (!m_detectDates)
        return;
    // The values of the kind's date columns, as the mapping joins them ("Date+Time").
    const KindSpec& spec = kindSpec(static_cast<Kind>(m_kind->currentData().toInt()));
    std::vector<QString> values;
    for (const auto& column : p.columns) {
        const auto c = std::find_if(spec.columns.begin(), spec.columns.end(),
                                    [&](const ColumnSpec& s) { return s.name == column.target; });
        if (c == spec.columns.end() || (c->type != ColumnType::Date && c->type != ColumnType::DateTime))
            continue;
        std::vector<int> at;
        for (const QString& source : column.sources) {
            const auto h = std::find(p.header.begin(), p.header.end(), source.toStdString());
            if (h != p.header.end())
                at.push_back(static_cast<int>(h - p.header.begin()));
        }
        if (at.empty() || at.size() != static_cast<size_t>(column.sources.size()))
            continue;
        for (const auto& row : p.rows) {
            QStringList parts;
            for (int i : at)
                parts << (static_cast<size_t>(i) < row.size() ? QString::fromStdString(row[static_cast<size_t>(i)])
                                                              : QString());
            values.push_back(parts.join(u' ').trimmed());
        }
    }
    const auto guess = import::detectDateFormat(values, m_dateFormat->formats());
    using Outcome = import::DateFormatGuess::Outcome;
    // ISO 8601, the default, needs no note.
    m_dateNote->setVisible(guess.outcome != Outcome::NoDates &&
                           !(guess.outcome == Outcome::Found && guess.format.isEmpty()));
    switch (guess.outcome) {
    case Outcome::NoDates:
        return; // keep looking once the mapping names the date columns
    case Outcome::Found:
        m_detectDates = false;
        m_dateNote->setText(tr("Detected from the first rows."));
        if (guess.format != m_dateFormat->format())
            m_dateFormat->setFormat(guess.format); // previews again with it
        return;
    case Outcome::Ambiguous: {
        QStringList examples;
        for (const QString& f : guess.formats)
            if (const auto read = import::readDateTime(guess.example, f))
                examples << QLocale().toString(read->first, QLocale::LongFormat);
        examples.removeDuplicates();
        m_dateNote->setText(tr("⚠ %1 can be read as %2: choose how the file writes dates.")
                                .arg(guess.example, examples.join(tr(" or "))));
        return;
    }
    case Outcome::Unknown:
        m_dateNote->setText(
            tr("⚠ %1 is in none of these formats: choose “Other…” and write its format.").arg(guess.example));
        return;
    }
}

void ImportDialog::showPreviewError(const Error& error)
{
    m_detected->setText(tr("Floorboard cannot read this file."));
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_mapping->clearAll();
    setProblems({error}, {}, 0);
    m_previewOk = false;
    updateButtons();
}

void ImportDialog::setProblems(const std::vector<Error>& problems, const std::vector<QString>& warnings, qint64 more)
{
    m_problems->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Error& e : problems)
        new QListWidgetItem(errorIcon, e.toString(), m_problems);
    for (const QString& w : warnings)
        new QListWidgetItem(warningIcon, w, m_problems);
    if (more > 0)
        new QListWidgetItem(tr("… and %L1 more problems").arg(more), m_problems);
    const int count = static_cast<int>(problems.size());
    QString title;
    if (count > 0)
        title = tr("<b>Problems (%L1)</b> — Floorboard imports nothing while any row has a problem, unless "
                   "“Skip invalid rows” is ticked.")
                    .arg(more + count);
    else if (!warnings.empty())
        title = tr("<b>Notes</b> — nothing stops the import.");
    else
        title = tr("<b>No problems</b> in the rows read so far.");
    m_problemsTitle->setText(title);
}

void ImportDialog::loadProfile()
{
    const QString file = fileDialogs::openFile(this, tr("Load Mapping Profile"), Settings::lastImportFolder(),
                                               tr("Mapping profiles (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    import::ImportOptions o = options();
    // A profile fills what is not set here, so the dialog's own choices go first to be overridden.
    o.reader = {};
    o.dateFormat.clear();
    o.decimalComma = false;
    o.map = {};
    if (Status st = import::applyProfile(file, o); !st.ok()) {
        QMessageBox::warning(this, tr("Load Mapping Profile"), st.error().toString());
        return;
    }
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(o.kind)));
    m_delimiter->setCurrentIndex(o.reader.delimiter ? m_delimiter->findData(csv::delimiterName(*o.reader.delimiter))
                                                    : 0);
    m_encoding->setCurrentIndex(o.reader.encoding ? m_encoding->findData(static_cast<int>(*o.reader.encoding)) : 0);
    m_dateFormat->setFormat(o.dateFormat);
    m_decimalComma->setChecked(o.decimalComma);
    m_detectDates = false; // the profile says how its files write dates
    m_map = o.map;
    schedulePreview();
}

void ImportDialog::saveProfile()
{
    const QString file = fileDialogs::saveFile(this, tr("Save Mapping Profile"),
                                               QFileInfo(options().file).absoluteDir().filePath(u"profile.json"_s),
                                               tr("Mapping profiles (*.json)"));
    if (file.isEmpty())
        return;
    if (Status st = import::saveProfile(file, options()); !st.ok())
        QMessageBox::warning(this, tr("Save Mapping Profile"), st.error().toString());
}

void ImportDialog::startImport()
{
    const import::ImportOptions o = options();
    if (o.skipInvalid && o.rejectsFile.isEmpty()) {
        QMessageBox::information(this, tr("Import CSV"), tr("Choose a file for the rejected rows first."));
        return;
    }
    m_running = true;
    updateButtons();
    m_worker->runWithProgress(
        this, tr("Import CSV"), tr("Importing %1…").arg(QFileInfo(o.file).fileName()),
        [o](store::Database& db, const JobProgress& job) -> Result<import::ImportReport> {
            return import::runImport(
                db, o, [&job](qint64 done, qint64 total) { job.progress(done, total); }, job.cancelFlag());
        },
        [this](Result<import::ImportReport> report) {
            m_running = false;
            updateButtons();
            if (!report.ok()) {
                QMessageBox::critical(this, tr("Import CSV"),
                                      tr("The file was not imported.\n\n%1").arg(report.error().toString()));
                return;
            }
            showReport(report.value());
            if (report->committed)
                emit imported(report.value());
        });
}

void ImportDialog::showReport(const import::ImportReport& report)
{
    QString headline;
    if (report.cancelled)
        headline = tr("Import cancelled — nothing was changed.");
    else if (report.committed)
        headline = tr("Import finished.");
    else if (report.hasErrors())
        headline = tr("Nothing was imported: some rows have problems. Fix them in the file, "
                      "or tick “Skip invalid rows” to import the others.");
    else
        headline = tr("Nothing was written.");
    m_summary->setText(u"<b>%1</b><br>%2"_s.arg(headline.toHtmlEscaped(), report.summary().toHtmlEscaped()));
    m_summary->setVisible(true);
    setProblems(report.problems, report.warnings, report.problemCount - static_cast<qint64>(report.problems.size()));
    if (report.committed)
        m_close->setFocus();
}

void ImportDialog::updateButtons()
{
    m_import->setEnabled(m_previewOk && !m_running);
    m_rejects->setEnabled(m_skipInvalid->isChecked());
    m_rejectsBrowse->setEnabled(m_skipInvalid->isChecked());
}

} // namespace fb::ui
