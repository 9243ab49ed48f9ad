#include "common/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <atomic>

#if defined(_WIN32)
#include <io.h>
#elif defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace fb {

namespace {

std::atomic<qint64> g_failAfter{-1};

// QSaveFile::commit() syncs too but ignores the result; a file that did not
// reach the disk must not replace a good one, so the sync is checked here.
bool syncToDisk(QSaveFile& file)
{
    const int fd = file.handle();
    if (fd < 0)
        return true; // no descriptor (e.g. a Qt resource): nothing to sync
#if defined(_WIN32)
    return _commit(fd) == 0;
#elif defined(Q_OS_UNIX)
    return fsync(fd) == 0;
#else
    return true;
#endif
}

// A target that exists but is not a regular file (a terminal, a pipe, a
// device such as /dev/stdout or /dev/null) has nothing to replace: renaming a
// temporary file over it would put a plain file in the place of the device
// (and as root, in /dev). Such a target is written directly, with the same
// checks on every write and on the final flush.
bool isSpecialFile(const QString& path)
{
    const QFileInfo info(path); // follows symbolic links: /dev/stdout is one
    return info.exists() && !info.isFile() && !info.isDir();
}

} // namespace

struct AtomicFile::Impl final {
    QSaveFile file;
    QFile direct; // open instead of file when the target is a special file
    std::optional<Error> failure;
    qint64 written = 0;
    qint64 failAfter = -1;
    bool committed = false;

    explicit Impl(const QString& path) : file(path), direct(path) {}
    [[nodiscard]] QFileDevice& device() { return direct.isOpen() ? static_cast<QFileDevice&>(direct) : file; }
    [[nodiscard]] bool isOpen() const { return file.isOpen() || direct.isOpen(); }
    void cancel()
    {
        if (file.isOpen())
            file.cancelWriting();
        direct.close();
    }
};

AtomicFile::AtomicFile(QString path) : m_path(std::move(path)), d(std::make_unique<Impl>(m_path)) {}

AtomicFile::~AtomicFile()
{
    if (!d->committed)
        d->cancel();
}

Error AtomicFile::fail(const QString& why)
{
    d->failure = Error(why, m_path);
    d->cancel();
    return *d->failure;
}

Status AtomicFile::open()
{
    // Checked first because QSaveFile's own message for it names a temporary
    // file the user never asked for.
    const QDir folder = QFileInfo(m_path).absoluteDir();
    if (!folder.exists())
        return fail(
            QStringLiteral("cannot write: the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.path())));
    if (isSpecialFile(m_path)) {
        if (!d->direct.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write: %1").arg(d->direct.errorString()));
    } else if (!d->file.open(QIODevice::WriteOnly)) {
        return fail(QStringLiteral("cannot write: %1").arg(d->file.errorString()));
    }
    d->failAfter = g_failAfter.exchange(-1);
    return {};
}

Status AtomicFile::write(std::string_view bytes)
{
    if (d->failure)
        return *d->failure;
    if (!d->isOpen())
        return Error(QStringLiteral("cannot write: the file is not open"), m_path);
    const auto size = static_cast<qint64>(bytes.size());
    if (d->failAfter >= 0 && d->written + size > d->failAfter)
        return fail(QStringLiteral("cannot write: No space left on device"));
    if (d->device().write(bytes.data(), size) != size)
        return fail(QStringLiteral("cannot write: %1").arg(d->device().errorString()));
    d->written += size;
    return {};
}

Status AtomicFile::commit()
{
    if (d->failure)
        return *d->failure;
    if (d->committed)
        return Error(QStringLiteral("already committed"), m_path);
    if (!d->isOpen())
        return Error(QStringLiteral("cannot write: the file is not open"), m_path);
    if (d->direct.isOpen()) { // a device or pipe: flushed, nothing to sync or replace
        if (!d->direct.flush())
            return fail(QStringLiteral("cannot write: %1").arg(d->direct.errorString()));
        d->committed = true;
        d->direct.close();
        return {};
    }
    // QSaveFile::commit() can report success although the flush inside it
    // failed; flushing here first makes that failure visible.
    if (!d->file.flush())
        return fail(QStringLiteral("cannot write: %1").arg(d->file.errorString()));
    if (!syncToDisk(d->file))
        return fail(QStringLiteral("cannot write: the data did not reach the disk"));
    d->committed = true;
    if (!d->file.commit())
        return Error(QStringLiteral("cannot replace the file: %1").arg(d->file.errorString()), m_path);
    return {};
}

Status writeFileAtomically(const QString& path, std::string_view bytes)
{
    AtomicFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    if (auto written = file.write(bytes); !written)
        return written;
    return file.commit();
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    return writeFileAtomically(path, std::string_view(bytes.constData(), bytes.size()));
}

namespace testing {
void failAtomicWritesAfter(qint64 bytes)
{
    g_failAfter = bytes;
}
} // namespace testing

} // namespace fb
