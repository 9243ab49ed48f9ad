#pragma once

#include <QString>
#include <QStringView>

namespace fb::store {

// Whether a file lives on a network file system, where SQLite's WAL mode is
// unsafe: WAL keeps its index in shared memory (the -shm file, mapped by
// every connection), and network file systems neither share that memory
// between machines nor lock it reliably, so two writers can corrupt the file.

// True for the names QStorageInfo::fileSystemType() gives network and
// cluster file systems (nfs, nfs4, cifs, smb3, 9p, fuse.sshfs, ...); case
// does not matter. Local ones (ext4, btrfs, NTFS, tmpfs, fuseblk, ...) and
// the empty name are false.
[[nodiscard]] bool isNetworkFileSystemType(QStringView type);

// True for a Windows UNC path (\\server\share\..., //server/share/..., or
// \\?\UNC\server\share\...), which always names a network share. Long-path
// (\\?\C:\...) and device (\\.\...) paths are not UNC.
[[nodiscard]] bool isUncPath(QStringView path);

// Whether path (an existing file, or one about to be created in an existing
// folder) is on a network file system: its file-system type, and on Windows
// also a UNC path or a drive letter mapped to a share. False when unsure.
[[nodiscard]] bool isOnNetworkFileSystem(const QString& path);

} // namespace fb::store
