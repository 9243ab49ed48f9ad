// AtomicFile: the one file writer. A file is replaced whole or not at all, and
// every failure names the file and the reason.
#include "common/AtomicFile.h"
#include "csv/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace fb;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeRaw(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write fixture");
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// After a refused write: the target holds its old bytes and no temporary
// file is left beside it.
bool onlyOldFileLeft(const QString& path, const QByteArray& old)
{
    const QFileInfo info(path);
    return readFile(path) == old && filesIn(info.absolutePath()) == QStringList{info.fileName()};
}

} // namespace

class TestAtomicFile final : public QObject {
    Q_OBJECT

private slots:
    // A fresh folder per test, so listing it shows what this test left behind.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { testing::failAtomicWritesAfter(-1); }
    void writesNewFile();
    void replacesOldFile();
    void severalWrites();
    void missingFolder();
    void failedWriteKeepsOldFile();
    void failedWriteInLaterChunkKeepsOldFile();
    void noCommitKeepsOldFile();
    void csvWriterFailureKeepsOldFile();
    void pipeIsWrittenNotReplaced();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAtomicFile::writesNewFile()
{
    const QString path = m_dir->filePath(QStringLiteral("new.txt"));
    QVERIFY(writeFileAtomically(path, std::string_view("a,b\r\n1,2\r\n")).ok());
    QCOMPARE(readFile(path), QByteArray("a,b\r\n1,2\r\n"));
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("new.txt")});
}

void TestAtomicFile::replacesOldFile()
{
    const QString path = m_dir->filePath(QStringLiteral("report.csv"));
    writeRaw(path, "old contents, longer than the new ones\n");
    QVERIFY(writeFileAtomically(path, QByteArray("new\n")).ok());
    QCOMPARE(readFile(path), QByteArray("new\n"));
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("report.csv")});
}

void TestAtomicFile::severalWrites()
{
    const QString path = m_dir->filePath(QStringLiteral("parts.txt"));
    AtomicFile file(path);
    QVERIFY(file.open().ok());
    QVERIFY(file.write(std::string_view("one ")).ok());
    QVERIFY(file.write(QByteArray("two")).ok());
    QCOMPARE(readFile(path), QByteArray()); // nothing visible before commit
    QVERIFY(file.commit().ok());
    QCOMPARE(readFile(path), QByteArray("one two"));
    const Status again = file.commit();
    QVERIFY(!again.ok());
    QCOMPARE(again.error().toString(), path + QStringLiteral(": already committed"));
}

void TestAtomicFile::missingFolder()
{
    const QString folder = m_dir->filePath(QStringLiteral("no-such-folder"));
    const QString path = folder + QStringLiteral("/out.csv");
    const Status s = writeFileAtomically(path, std::string_view("x"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().file, path);
    QCOMPARE(s.error().toString(), path + QStringLiteral(": cannot write: the folder ") +
                                       QDir::toNativeSeparators(folder) + QStringLiteral(" does not exist"));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(filesIn(m_dir->path()), QStringList());
}

void TestAtomicFile::failedWriteKeepsOldFile()
{
    const QString path = m_dir->filePath(QStringLiteral("report.csv"));
    const QByteArray old("the previous report\r\n1,2,3\r\n");
    writeRaw(path, old);
    testing::failAtomicWritesAfter(0);
    const Status s = writeFileAtomically(path, std::string_view("a new report that the full disk refuses\r\n"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().toString(), path + QStringLiteral(": cannot write: No space left on device"));
    QVERIFY(onlyOldFileLeft(path, old));
}

void TestAtomicFile::failedWriteInLaterChunkKeepsOldFile()
{
    const QString path = m_dir->filePath(QStringLiteral("report.csv"));
    const QByteArray old("old\n");
    writeRaw(path, old);
    testing::failAtomicWritesAfter(6);
    AtomicFile file(path);
    QVERIFY(file.open().ok());
    QVERIFY(file.write(std::string_view("first ")).ok());
    const Status second = file.write(std::string_view("second"));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().reason, QStringLiteral("cannot write: No space left on device"));
    // The failure sticks: a later write or the commit cannot replace the file.
    QCOMPARE(file.write(std::string_view("x")).error().reason, QStringLiteral("cannot write: No space left on device"));
    QCOMPARE(file.commit().error().toString(), path + QStringLiteral(": cannot write: No space left on device"));
    QVERIFY(onlyOldFileLeft(path, old));
}

void TestAtomicFile::noCommitKeepsOldFile()
{
    const QString path = m_dir->filePath(QStringLiteral("report.csv"));
    writeRaw(path, "old\n");
    {
        AtomicFile file(path);
        QVERIFY(file.open().ok());
        QVERIFY(file.write(std::string_view("half a rep")).ok());
    }
    QCOMPARE(readFile(path), QByteArray("old\n"));
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("report.csv")});
}

void TestAtomicFile::csvWriterFailureKeepsOldFile()
{
    const QString path = m_dir->filePath(QStringLiteral("export.csv"));
    const QByteArray old("id,name\r\n1,Ann\r\n");
    writeRaw(path, old);
    testing::failAtomicWritesAfter(3);
    auto writer = csv::CsvWriter::create(path);
    QVERIFY(writer.ok());
    (*writer)->writeRow({"id", "name"});
    (*writer)->writeRow({"2", "Bob"});
    const Status s = (*writer)->commit();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().toString(), path + QStringLiteral(": cannot write: No space left on device"));
    QVERIFY(onlyOldFileLeft(path, old));
}

// `--out /dev/stdout`: a pipe or device is written into, never replaced by a
// renamed temporary file (as root that would put a plain file in /dev).
void TestAtomicFile::pipeIsWrittenNotReplaced()
{
#ifdef Q_OS_UNIX
    const QString fifo = m_dir->filePath(QStringLiteral("out.fifo"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Opened for reading and writing so that neither side blocks on open.
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDWR | O_NONBLOCK);
    QVERIFY(reader >= 0);
    QVERIFY(writeFileAtomically(fifo, QByteArrayLiteral("a,b\n1,2\n")).ok());
    char buffer[64] = {};
    const auto n = ::read(reader, buffer, sizeof buffer);
    ::close(reader);
    QCOMPARE(QByteArray(buffer, int(n)), QByteArrayLiteral("a,b\n1,2\n"));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));                 // still the pipe, not a file renamed over it
    QCOMPARE(filesIn(m_dir->path()), QStringList()); // no temporary file left (a FIFO is not a QDir::Files entry)
#else
    QSKIP("FIFOs are a POSIX feature");
#endif
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
