#include "sessionreader.h"

#include "event/eventjson.h"
#include "json/jsontext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace Sockscope {

namespace {

constexpr qint64 kChunkBytes = 1024 * 1024;

bool isBlank(const QByteArray &line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

// A string-aware brace scanner over the header's lines: braces inside strings (notes,
// assertions) do not count.
class HeaderScanner final
{
public:
    // The index of the brace that closes the header in `line` from `from` on, or -1.
    qsizetype closingBrace(const QByteArray &line, qsizetype from)
    {
        for (qsizetype i = from; i < line.size(); ++i) {
            const char c = line[i];
            if (m_inString) {
                if (m_escaped)
                    m_escaped = false;
                else if (c == '\\')
                    m_escaped = true;
                else if (c == '"')
                    m_inString = false;
            } else if (c == '"') {
                m_inString = true;
            } else if (c == '{' || c == '[') {
                ++m_depth;
            } else if (c == '}' || c == ']') {
                if (--m_depth == 0)
                    return i;
            }
        }
        return -1;
    }

private:
    int m_depth = 0;
    bool m_inString = false;
    bool m_escaped = false;
};

} // namespace

SessionReader::SessionReader() = default;
SessionReader::~SessionReader() = default;

void SessionReader::setLimits(qint64 maxHeaderBytes, qint64 maxLineBytes)
{
    m_maxHeaderBytes = maxHeaderBytes;
    m_maxLineBytes = maxLineBytes;
}

void SessionReader::reset()
{
    m_file.reset();
    m_device = nullptr;
    m_header = SessionHeader();
    m_buffer.clear();
    m_pos = 0;
    m_scanFrom = 0;
    m_atEnd = false;
    m_open = false;
    m_finished = false;
    m_failed = false;
    m_error.clear();
    m_warning.clear();
    m_line = 0;
    m_events = 0;
    m_droppedBytes = 0;
}

bool SessionReader::open(const QString &path)
{
    reset();
    m_name = path;
    auto file = std::make_unique<QFile>(path);
    if (!file->exists())
        return fail(QCoreApplication::translate("SessionReader", "no such file"));
    if (!file->open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("SessionReader", "cannot open: %1").arg(file->errorString()));
    m_file = std::move(file);
    m_device = m_file.get();
    return readHeader();
}

bool SessionReader::openDevice(QIODevice *device, const QString &displayName)
{
    reset();
    m_name = displayName;
    if (!device || !device->isReadable())
        return fail(QCoreApplication::translate("SessionReader", "cannot open: not readable"));
    m_device = device;
    return readHeader();
}

bool SessionReader::fail(const QString &problem)
{
    m_failed = true;
    m_error = m_name + QStringLiteral(": ") + problem;
    return false;
}

bool SessionReader::failAtLine(qint64 line, const QString &problem)
{
    return fail(QCoreApplication::translate("SessionReader", "line %1: %2").arg(line).arg(problem));
}

void SessionReader::addWarning(const QString &warning)
{
    if (!m_warning.isEmpty())
        m_warning += QLatin1Char('\n');
    m_warning += warning;
}

SessionReader::LineResult SessionReader::readLine(QByteArray *line, bool *terminated, qint64 limit)
{
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_scanFrom);
        if (newline >= 0) {
            const qsizetype length = newline - m_pos;
            if (length > limit)
                return LineResult::TooLong;
            *line = m_buffer.mid(m_pos, length);
            *terminated = true;
            m_pos = newline + 1;
            m_scanFrom = m_pos;
            return LineResult::Line;
        }
        m_scanFrom = m_buffer.size();
        if (m_buffer.size() - m_pos > limit)
            return LineResult::TooLong;
        if (m_atEnd) {
            if (m_pos >= m_buffer.size())
                return LineResult::End;
            *line = m_buffer.mid(m_pos);
            *terminated = false;
            m_pos = m_buffer.size();
            m_scanFrom = m_pos;
            return LineResult::Line;
        }
        // Drop what was consumed before reading on, so the buffer holds at most one line
        // plus one chunk.
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_scanFrom -= m_pos;
            m_pos = 0;
        }
        const qsizetype before = m_buffer.size();
        m_buffer.resize(before + kChunkBytes);
        const qint64 got = m_device->read(m_buffer.data() + before, kChunkBytes);
        if (got < 0) {
            m_buffer.resize(before);
            return LineResult::ReadError;
        }
        m_buffer.resize(before + qsizetype(got));
        if (got == 0)
            m_atEnd = true;
    }
}

bool SessionReader::failReadingHeader(LineResult result, bool started)
{
    switch (result) {
    case LineResult::Line:
        break;
    case LineResult::End:
        if (!started)
            return fail(QCoreApplication::translate("SessionReader", "the file is empty"));
        return failAtLine(m_line, QCoreApplication::translate(
                                      "SessionReader", "the header is incomplete: the file ends before its closing brace"));
    case LineResult::TooLong:
        return fail(QCoreApplication::translate("SessionReader",
                                                "the header is larger than %1 MiB; this is not a session file or it is damaged")
                        .arg(megabytes(m_maxHeaderBytes)));
    case LineResult::ReadError:
        return fail(QCoreApplication::translate("SessionReader", "cannot read: %1").arg(m_device->errorString()));
    }
    return false;
}

bool SessionReader::readHeader()
{
    QByteArray text;
    qint64 firstLine = 0;
    HeaderScanner scanner;
    bool started = false;
    for (;;) {
        QByteArray line;
        bool terminated = false;
        const qint64 budget = m_maxHeaderBytes - text.size();
        const LineResult read = readLine(&line, &terminated, budget);
        if (read != LineResult::Line)
            return failReadingHeader(read, started);
        ++m_line;
        qsizetype i = 0;
        if (!started) {
            // A UTF-8 byte order mark and blank lines before the header are harmless.
            if (m_line == 1 && line.startsWith("\xEF\xBB\xBF"))
                i = 3;
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
                ++i;
            if (i == line.size())
                continue;
            if (line[i] != '{') {
                return fail(QCoreApplication::translate("SessionReader",
                                                        "not a Sockscope session file (it does not begin with a JSON object)"));
            }
            started = true;
            firstLine = m_line;
        }
        const qsizetype begin = i;
        i = scanner.closingBrace(line, i);
        if (i < 0) {
            text += QByteArray::fromRawData(line.constData() + begin, line.size() - begin) + '\n';
            continue;
        }
        text += QByteArray::fromRawData(line.constData() + begin, i + 1 - begin);
        if (!isBlank(line.mid(i + 1))) {
            return failAtLine(m_line, QCoreApplication::translate(
                                          "SessionReader", "unexpected text after the header; each event belongs on a line of its own"));
        }
        break;
    }

    QJsonDocument document;
    JsonText::Error textError;
    if (!JsonText::parse(text, &document, &textError)) {
        return failAtLine(firstLine + textError.line - 1,
                          QCoreApplication::translate("SessionReader", "the header is not valid JSON: %1").arg(textError.detail));
    }
    QString error;
    if (!sessionHeaderFromJson(document.object(), &m_header, &error))
        return fail(error);
    m_open = true;
    return true;
}

SessionReader::Status SessionReader::next(Event *event)
{
    if (m_failed || !m_open)
        return Status::Error;
    if (m_finished)
        return Status::End;
    for (;;) {
        QByteArray line;
        bool terminated = false;
        switch (readLine(&line, &terminated, m_maxLineBytes)) {
        case LineResult::Line: break;
        case LineResult::End:
            m_finished = true;
            if (m_header.eventCount >= 0 && m_header.eventCount != m_events) {
                addWarning(QCoreApplication::translate("SessionReader",
                                                       "%1: the header says %2 events, but the file holds %3; it may have "
                                                       "been cut short or edited")
                               .arg(m_name)
                               .arg(m_header.eventCount)
                               .arg(m_events));
            }
            return Status::End;
        case LineResult::TooLong:
            failAtLine(m_line + 1, QCoreApplication::translate("SessionReader", "the line is longer than the limit of %1 MiB")
                                       .arg(megabytes(m_maxLineBytes)));
            return Status::Error;
        case LineResult::ReadError:
            fail(QCoreApplication::translate("SessionReader", "cannot read: %1").arg(m_device->errorString()));
            return Status::Error;
        }
        ++m_line;
        if (isBlank(line))
            continue;
        if (line.endsWith('\r'))
            line.chop(1);
        Event parsed;
        QString error;
        if (eventFromJsonLine(line, &parsed, &error)) {
            ++m_events;
            *event = std::move(parsed);
            return Status::Event;
        }
        if (!terminated) {
            // The process writing it stopped in the middle of a line: everything before is whole.
            m_droppedBytes = line.size();
            m_finished = true;
            if (m_tolerateTornTail) {
                addWarning(QCoreApplication::translate("SessionReader", "dropped a partial last line (%1 bytes)")
                               .arg(m_droppedBytes));
            } else {
                addWarning(QCoreApplication::translate("SessionReader",
                                                       "%1: line %2: the file ends in a partial line (%3 bytes), which was "
                                                       "skipped; the file was probably cut short")
                               .arg(m_name)
                               .arg(m_line)
                               .arg(m_droppedBytes));
            }
            return Status::End;
        }
        failAtLine(m_line, error);
        return Status::Error;
    }
}

} // namespace Sockscope
