#pragma once

#include "import/Importer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace fb::ui {

class DatabaseJobs;
class DateFormatBox;
class MappingTable;

// Import CSV: file, kind, reading options and column mapping, with a preview
// of the first rows and their problems before anything is written; then the
// import itself off the GUI thread with progress and Cancel, and its report.
class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& file); // also guesses the kind from the file name
    void setKind(Kind kind);
    [[nodiscard]] import::ImportOptions options() const;

    // What the preview currently says, for tests and accessibility.
    [[nodiscard]] QString detectedText() const;
    [[nodiscard]] QStringList problemTexts() const;
    // What date detection says under "Dates written as" (empty when hidden).
    [[nodiscard]] QString dateNoteText() const;
    [[nodiscard]] QTableWidget* previewTable() const { return m_preview; }

    // "interactions_2026-07.csv" -> Interactions.
    static std::optional<Kind> guessKind(const QString& fileName);

signals:
    void previewUpdated();
    void imported(const fb::import::ImportReport& report); // committed imports only

private:
    void buildLayout();
    void browseFile();
    void browseRejects();
    void schedulePreview();
    void refreshPreview();
    void showPreview(const import::Preview& preview);
    // Picks the date format from the first rows when they allow one reading only.
    void detectDates(const import::Preview& preview);
    void showPreviewError(const Error& error);
    void setProblems(const std::vector<Error>& problems, const std::vector<QString>& warnings, qint64 more);
    void loadProfile();
    void saveProfile();
    void startImport();
    void showReport(const import::ImportReport& report);
    void updateButtons();

    DatabaseJobs* m_worker;
    import::ColumnMap m_map;
    quint64 m_generation = 0;
    bool m_previewOk = false;
    bool m_running = false;

    QLineEdit* m_file;
    QComboBox* m_kind;
    QComboBox* m_delimiter;
    QComboBox* m_encoding;
    DateFormatBox* m_dateFormat;
    QLabel* m_dateNote;        // what detection found, or why the user must choose
    QCheckBox* m_decimalComma; // --decimal-comma
    // True until the user picks a date format or detection settled one for this file.
    bool m_detectDates = true;
    QCheckBox* m_createAgents;
    QCheckBox* m_update;
    QCheckBox* m_skipInvalid;
    QLineEdit* m_rejects;
    QPushButton* m_rejectsBrowse;
    QLabel* m_detected;
    QTabWidget* m_tabs;
    QTableWidget* m_preview;
    MappingTable* m_mapping;
    QLabel* m_problemsTitle;
    QListWidget* m_problems;
    QLabel* m_summary;
    QPushButton* m_import;
    QPushButton* m_close;
    QTimer* m_previewTimer;
};

} // namespace fb::ui
