#include "store/NetworkFs.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <string>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#endif

namespace fb::store {
namespace {

// Linux mount types (/proc/self/mountinfo) and macOS ones (statfs f_fstypename),
// with the folders a virtual machine shares from its host, which lock no
// better than a network share.
constexpr QStringView kNetworkTypes[] = {
    u"nfs",  u"nfs4",      u"cifs",   u"smb",    u"smb2",   u"smb3",   u"smbfs",    u"9p",
    u"afs",  u"ncpfs",     u"ncp",    u"coda",   u"davfs",  u"webdav", u"afpfs",    u"sshfs",
    u"ceph", u"glusterfs", u"lustre", u"vboxsf", u"vmhgfs", u"prl_fs", u"virtiofs",
};

// FUSE file systems are named "fuse.<program>"; only these programs reach
// over the network (fuseblk and plain "fuse" are usually local disks).
constexpr QStringView kNetworkFusePrograms[] = {
    u"sshfs",     u"davfs2",   u"rclone",    u"s3fs",       u"gcsfuse",     u"glusterfs",
    u"ceph-fuse", u"smbnetfs", u"curlftpfs", u"gvfsd-fuse", u"vmhgfs-fuse",
};

bool isSeparator(QChar c)
{
    return c == u'\\' || c == u'/';
}

} // namespace

bool isNetworkFileSystemType(QStringView type)
{
    const QString name = type.trimmed().toString().toLower();
    if (name.isEmpty())
        return false;
    for (const auto& t : kNetworkTypes)
        if (name == t)
            return true;
    if (name.startsWith(u"fuse.")) {
        const QStringView program = QStringView(name).mid(5);
        for (const auto& p : kNetworkFusePrograms)
            if (program == p)
                return true;
    }
    return false;
}

bool isUncPath(QStringView path)
{
    if (path.size() < 3 || !isSeparator(path[0]) || !isSeparator(path[1]))
        return false;
    // \\?\ and \\.\ prefix long and device paths; only \\?\UNC\ is a share.
    if (path[2] == u'?' || path[2] == u'.') {
        if (path.size() < 4 || !isSeparator(path[3]))
            return false;
        const QStringView rest = path.mid(4);
        return rest.size() > 4 && rest.left(3).compare(u"UNC", Qt::CaseInsensitive) == 0 && isSeparator(rest[3]);
    }
    return !isSeparator(path[2]); // "\\\" is no server name
}

bool isOnNetworkFileSystem(const QString& path)
{
    const QFileInfo info(path);
#ifdef _WIN32
    const QString native = QDir::toNativeSeparators(info.absoluteFilePath());
    if (isUncPath(native))
        return true;
    // A drive letter mapped to a share (net use Z: \\server\share) looks
    // like a local path, and QStorageInfo reports the share's own file
    // system (often NTFS), so ask Windows what kind of drive it is.
    if (native.size() >= 2 && native[1] == u':') {
        const std::wstring root = native.left(2).toStdWString() + L"\\";
        if (GetDriveTypeW(root.c_str()) == DRIVE_REMOTE)
            return true;
    }
#endif
    // The folder, not the file: a database about to be created does not exist yet.
    const QStorageInfo storage(info.absolutePath());
    return storage.isValid() && isNetworkFileSystemType(QString::fromLatin1(storage.fileSystemType()));
}

} // namespace fb::store
