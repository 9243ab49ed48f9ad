#pragma once

#include <QAbstractFileIconProvider>
#include <QCoreApplication>
#include <QIcon>

namespace fb::ui {

// Icons and type names for the file dialogs from a file's name and kind
// alone, never from its content. Qt's own provider asks QMimeDatabase, which
// opens and reads a file whose name it does not know (a `.floorboard`
// database where that MIME type is not installed). Closing that handle drops
// every POSIX lock this process holds on the file, SQLite's included: the
// next floorboard-cli process to close the database then believes it is the
// last user and deletes the -wal and -shm under the window ("disk I/O error",
// issue 19 item 8). Made on the GUI thread; icon() and type() are called
// from the dialog's file-information thread and only read what was made.
class BlindIconProvider final : public QAbstractFileIconProvider {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::BlindIconProvider)
public:
    BlindIconProvider();

    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo& info) const override;
    QString type(const QFileInfo& info) const override;

private:
    QIcon m_file;
    QIcon m_folder;
    QIcon m_drive;
    QIcon m_computer;
    QIcon m_network;
    QIcon m_trash;
};

} // namespace fb::ui
