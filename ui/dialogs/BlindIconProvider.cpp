#include "dialogs/BlindIconProvider.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStyle>

namespace fb::ui {

BlindIconProvider::BlindIconProvider()
{
    QStyle* style = QApplication::style();
    m_file = style->standardIcon(QStyle::SP_FileIcon);
    m_folder = style->standardIcon(QStyle::SP_DirIcon);
    m_drive = style->standardIcon(QStyle::SP_DriveHDIcon);
    m_computer = style->standardIcon(QStyle::SP_ComputerIcon);
    m_network = style->standardIcon(QStyle::SP_DriveNetIcon);
    m_trash = style->standardIcon(QStyle::SP_TrashIcon);
}

QIcon BlindIconProvider::icon(IconType type) const
{
    switch (type) {
    case Computer:
        return m_computer;
    case Desktop:
    case Folder:
        return m_folder;
    case Trashcan:
        return m_trash;
    case Network:
        return m_network;
    case Drive:
        return m_drive;
    case File:
        return m_file;
    }
    return m_file;
}

QIcon BlindIconProvider::icon(const QFileInfo& info) const
{
    // isRoot() and isDir() ask the file system about the entry (stat); they
    // never open the file.
    if (info.isRoot())
        return m_drive;
    return info.isDir() ? m_folder : m_file;
}

QString BlindIconProvider::type(const QFileInfo& info) const
{
    if (info.isRoot())
        return tr("Drive");
    if (info.isDir())
        return tr("Folder");
    const QString suffix = info.suffix();
    if (suffix.isEmpty())
        return tr("File");
    //: %1 is a file name's extension in capitals, e.g. "CSV File"
    return tr("%1 File").arg(suffix.toUpper());
}

} // namespace fb::ui
