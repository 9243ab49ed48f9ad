#include "common/AtomicFile.h"

#include <QDir>
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

} // namespace

struct AtomicFile::Impl final {
    QSaveFile file;
    std::optional<Error> failure;
    qint64 written = 0;
    qint64 failAfter = -1;
    bool committed = false;

    explicit Impl(const QString& path) : file(path) {}
};

AtomicFile::AtomicFile(QString path) : m_path(std::move(path)), d(std::make_unique<Impl>(m_path)) {}

AtomicFile::~AtomicFile()
{
    if (!d->committed && d->file.isOpen())
        d->file.cancelWriting();
}

Error AtomicFile::fail(const QString& why)
{
    d->failure = Error(why, m_path);
    if (d->file.isOpen())
        d->file.cancelWriting();
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
    if (!d->file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write: %1").arg(d->file.errorString()));
    d->failAfter = g_failAfter.exchange(-1);
    return {};
}

Status AtomicFile::write(std::string_view bytes)
{
    if (d->failure)
        return *d->failure;
    if (!d->file.isOpen())
        return Error(QStringLiteral("cannot write: the file is not open"), m_path);
    const auto size = static_cast<qint64>(bytes.size());
    if (d->failAfter >= 0 && d->written + size > d->failAfter)
        return fail(QStringLiteral("cannot write: No space left on device"));
    if (d->file.write(bytes.data(), size) != size)
        return fail(QStringLiteral("cannot write: %1").arg(d->file.errorString()));
    d->written += size;
    return {};
}

Status AtomicFile::commit()
{
    if (d->failure)
        return *d->failure;
    if (d->committed)
        return Error(QStringLiteral("already committed"), m_path);
    if (!d->file.isOpen())
        return Error(QStringLiteral("cannot write: the file is not open"), m_path);
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
