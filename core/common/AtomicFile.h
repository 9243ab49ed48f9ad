#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>

namespace fb {

// The one way Floorboard writes a file: bytes go to a temporary file beside
// the target, every write and an explicit flush are checked, the data is
// synced to disk, and only then does the temporary file replace the target.
// Any failure returns an Error naming the file and leaves the old file as it
// was; so a crash, a full disk or a missing folder never leaves half a report.
// A target that is a device or a pipe (`--out /dev/stdout`) is written
// directly instead: there is no file to replace, and what reached it cannot
// be taken back, but every write and the flush are still checked.
//
//   AtomicFile out(path);
//   if (auto s = out.open(); !s) return s;
//   if (auto s = out.write(bytes); !s) return s;
//   return out.commit();
class AtomicFile final {
public:
    explicit AtomicFile(QString path);
    ~AtomicFile(); // without commit() the temporary file is discarded
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    Status open();
    // After the first failure every later write and commit() return it again.
    Status write(std::string_view bytes);
    Status write(const QByteArray& bytes) { return write(std::string_view(bytes.constData(), bytes.size())); }
    // Flushes, syncs to disk and atomically replaces the target.
    Status commit();
    [[nodiscard]] const QString& fileName() const { return m_path; }

private:
    struct Impl;
    Error fail(const QString& why);
    QString m_path;
    std::unique_ptr<Impl> d;
};

// The whole file in one call.
Status writeFileAtomically(const QString& path, std::string_view bytes);
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

namespace testing {
// Makes the next AtomicFile fail once it has written this many bytes, as a
// full disk would; -1 turns it off. Only tests call it: a disk cannot be
// filled on demand.
void failAtomicWritesAfter(qint64 bytes);
} // namespace testing

} // namespace fb
