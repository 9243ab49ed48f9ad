#include "csv/ReaderImpl.h"

// The record parser: a small state machine over decoded UTF-8 that copies
// runs of ordinary text at a time and refills its buffer from the source
// only when the buffer is used up, so chunk boundaries can fall anywhere.

namespace fb::csv {

namespace {

// Problems kept in memory; a file with a stray quote on every one of its
// million lines must not cost a million messages. The fatal problem (quote
// never closed) is always kept.
constexpr std::size_t kMaxProblems = 1000;

enum class State { FieldStart, Unquoted, Quoted, AfterQuote };

} // namespace

bool CsvReader::Impl::readChunk()
{
    if (sourceDone)
        return false;
    const qint64 want = detail::chunkSize();
    if (passthrough) {
        const std::size_t old = buf.size();
        buf.resize(old + static_cast<std::size_t>(want));
        const qint64 got = device->read(buf.data() + old, want);
        buf.resize(old + static_cast<std::size_t>(std::max<qint64>(got, 0)));
        if (got < 0)
            addProblem(line, QStringLiteral("read error: %1").arg(device->errorString()), true);
        if (got <= 0) {
            sourceDone = true;
            return false;
        }
        consumed += got;
        return true;
    }
    raw.resize(static_cast<std::size_t>(want));
    const qint64 got = device->read(raw.data(), want);
    if (got < 0)
        addProblem(line, QStringLiteral("read error: %1").arg(device->errorString()), true);
    if (got <= 0) {
        sourceDone = true;
        const std::size_t old = buf.size();
        decoder.finish(buf);
        return buf.size() > old;
    }
    consumed += got;
    decoder.decode(raw.data(), static_cast<std::size_t>(got), buf);
    return true; // may have decoded nothing (half a UTF-16 unit); callers loop
}

void CsvReader::Impl::consumeLineBreak()
{
    const char c = buf[pos++];
    ++line;
    LineEnding kind = LineEnding::Lf;
    if (c == '\r') {
        kind = LineEnding::Cr;
        if (ensure() && buf[pos] == '\n') {
            ++pos;
            kind = LineEnding::CrLf;
        }
    }
    if (lineEnding == LineEnding::None)
        lineEnding = kind;
}

void CsvReader::Impl::addProblem(qint64 at, QString message, bool fatal)
{
    if (fatal)
        failed = true;
    if (problems.size() >= kMaxProblems && !fatal) {
        ++omitted;
        return;
    }
    problems.push_back(Problem{at, std::move(message)});
}

bool CsvReader::Impl::next(Record& record)
{
    if (failed)
        return false; // after a fatal problem nothing more is read
    std::vector<std::string>& fields = record.fields;
    for (;;) {
        if (!ensure())
            return false;
        const char c = buf[pos];
        if (c != '\n' && c != '\r')
            break;
        if (!options.skipEmptyLines) {
            // A blank line is a record of one empty field, as PapaParse has it.
            record.line = line;
            record.index = ++index;
            fields.resize(1);
            fields[0].clear();
            consumeLineBreak();
            return true;
        }
        consumeLineBreak();
    }
    record.line = line;
    record.index = ++index;

    // Reuse the caller's strings: their capacity makes the next record cheap.
    std::size_t count = 0;
    auto startField = [&]() -> std::string* {
        if (count < fields.size())
            fields[count].clear();
        else
            fields.emplace_back();
        return &fields[count++];
    };
    auto finish = [&] {
        fields.resize(count);
        return true;
    };

    // Bytes of the record so far (the fields' text as kept, delimiters; not
    // the quotes around a field), checked once per run of text and per field,
    // so a line of millions of fields stops early and in linear time. Every
    // byte a field keeps counts, a doubled quote or a line break too: a field
    // of nothing but "" grew without bound before (found by fuzz_csvreader).
    const auto limit =
        options.maxRecordBytes > 0 ? static_cast<std::size_t>(options.maxRecordBytes) : static_cast<std::size_t>(-1);
    std::size_t bytes = 0;
    auto tooLong = [&] {
        addProblem(record.line,
                   QStringLiteral("record is longer than %1 bytes; reading stopped here (raise the limit with "
                                  "--max-field)")
                       .arg(limit),
                   true);
        fields.clear();
        return false;
    };

    std::string* field = startField();
    State state = State::FieldStart;
    bool strayReported = false;
    qint64 quoteLine = 0;
    std::size_t spaces = 0; // spaces between a closing quote and what follows
    const char delim = delimiter;
    for (;;) {
        switch (state) {
        case State::FieldStart:
            if (bytes > limit)
                return tooLong();
            if (!ensure())
                return finish(); // "a," at the end: the last field is empty
            strayReported = false;
            if (buf[pos] == '"') {
                ++pos;
                quoteLine = line;
                state = State::Quoted;
            } else {
                state = State::Unquoted;
            }
            break;
        case State::Unquoted: {
            const char* data = buf.data();
            const std::size_t end = buf.size();
            std::size_t p = pos;
            while (p < end && !unquotedStop[static_cast<unsigned char>(data[p])])
                ++p;
            bytes += p - pos;
            if (bytes > limit)
                return tooLong();
            field->append(data + pos, p - pos);
            pos = p;
            if (p == end) {
                if (!ensure())
                    return finish();
                break;
            }
            const char c = data[p];
            if (c == delim) {
                ++pos;
                ++bytes;
                field = startField();
                state = State::FieldStart;
            } else if (c == '"') {
                // RFC 4180 forbids it, but `5'10"` and `37°36'37.8"N` are
                // common: keep the quote as text and say so once per field.
                ++pos;
                ++bytes;
                field->push_back('"');
                if (!strayReported)
                    addProblem(line, QStringLiteral("stray quote in unquoted field"));
                strayReported = true;
            } else {
                consumeLineBreak();
                return finish();
            }
            break;
        }
        case State::Quoted: {
            const char* data = buf.data();
            const std::size_t end = buf.size();
            std::size_t p = pos;
            while (p < end && !quotedStop[static_cast<unsigned char>(data[p])])
                ++p;
            bytes += p - pos;
            if (bytes > limit)
                return tooLong();
            field->append(data + pos, p - pos);
            pos = p;
            if (p == end) {
                if (!ensure()) {
                    addProblem(quoteLine,
                               QStringLiteral("quoted field starting on line %1 is never closed").arg(quoteLine), true);
                    return finish(); // the partial record, as far as the file goes
                }
                break;
            }
            const char c = data[p];
            ++pos;
            if (c == '"') {
                state = State::AfterQuote;
                spaces = 0;
            } else {
                // A line break kept verbatim; it still moves the line counter
                // so that later records and problems name the right line.
                field->push_back(c);
                ++bytes;
                ++line;
                if (c == '\r' && ensure() && buf[pos] == '\n') {
                    field->push_back('\n');
                    ++bytes;
                    ++pos;
                }
            }
            break;
        }
        case State::AfterQuote: {
            if (!ensure())
                return finish();
            const char c = buf[pos];
            if (c == '"' && spaces == 0) {
                field->push_back('"'); // a doubled quote
                ++bytes;
                ++pos;
                state = State::Quoted;
            } else if (c == delim) {
                ++pos;
                ++bytes;
                field = startField();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                consumeLineBreak();
                return finish();
            } else if (c == ' ') {
                // `"a"  ,b`: spaces after the closing quote are dropped, as
                // PapaParse does.
                ++spaces;
                ++pos;
            } else {
                // `"b"c,d`: PapaParse's InvalidQuotes case. The quote did not
                // close the field after all; it is kept as text and the field
                // goes on until a quote followed by a delimiter, a line break
                // or the end of the file (possibly never: then the field is
                // reported as never closed).
                addProblem(line, QStringLiteral("quote inside quoted field is not followed by a delimiter or line "
                                                "break; kept as text"));
                field->push_back('"');
                field->append(spaces, ' ');
                bytes += 1 + spaces;
                state = State::Quoted;
            }
            break;
        }
        }
    }
}

} // namespace fb::csv
