#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace fb::ui {

// How the file writes its dates: a drop-down of the common formats, each with
// an example (ISO 8601, dd/MM/yyyy H:mm, MM/dd/yyyy h:mm AP, dd.MM.yyyy
// HH:mm, this computer's short format), and "Other…", which opens a field
// for a Qt format string of one's own.
class DateFormatBox final : public QWidget {
    Q_OBJECT
public:
    explicit DateFormatBox(QWidget* parent = nullptr);

    // The Qt format ("" for ISO 8601), as ImportOptions::dateFormat takes it.
    [[nodiscard]] QString format() const;
    // Selects the format's entry, or "Other…" with the format written in.
    void setFormat(const QString& format);
    // The formats offered, in order, without "Other…" (for detection).
    [[nodiscard]] QStringList formats() const;
    // "25/10/2026 14:30": a date and time written in the format.
    static QString example(const QString& format);

signals:
    void formatChanged(); // by the user or by setFormat()
    void chosenByUser();  // the user picked an entry (not setFormat())

private:
    void choiceChanged();

    QComboBox* m_choice;
    QLineEdit* m_other;
};

} // namespace fb::ui
