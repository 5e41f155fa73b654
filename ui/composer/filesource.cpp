#include "filesource.h"

#include "binaryinput.h"

#include "protocol/utf8validator.h"

#include <QFileInfo>
#include <QLocale>

namespace Sockscope {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

FileSource::FileSource(const QString &path, Mode mode, Content content)
    : m_file(path), m_mode(mode), m_content(content)
{
}

bool FileSource::open(qint64 maxMessageBytes, QString *problem)
{
    const QFileInfo info(m_file.fileName());
    const QString name = info.fileName();
    if (info.isDir()) {
        *problem = tr("%1 is a folder, not a file.").arg(name);
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read %1: %2.").arg(name, m_file.errorString());
        return false;
    }
    // A pipe or a device blocks the window on a read and may never end.
    if (m_file.isSequential() || !info.isFile()) {
        *problem = tr("%1 is not a regular file.").arg(name);
        return false;
    }
    m_limit = maxMessageBytes > 0 ? maxMessageBytes : kMaxBytesWithoutLimit;
    m_size = m_file.size();
    if (m_mode == Mode::Lines)
        return true;
    if (m_size > m_limit) {
        *problem = maxMessageBytes > 0
                       ? tr("%1 is %2, over the max message size of %3 (the connection's settings, Limits): not sent.")
                             .arg(name, sizeText(m_size), sizeText(m_limit))
                       : tr("%1 is %2, over the %3 a whole file may hold: not sent.").arg(name, sizeText(m_size), sizeText(m_limit));
        return false;
    }
    // Read now, so a file that is not text is said before anything is sent.
    m_buffer = m_file.readAll();
    m_read = m_buffer.size();
    if (m_file.error() != QFileDevice::NoError) {
        *problem = tr("Cannot read %1: %2.").arg(name, m_file.errorString());
        return false;
    }
    m_file.close();
    if (m_content == Content::Text && !Utf8Validator::isValid(m_buffer.constData(), m_buffer.size())) {
        *problem = tr("%1 is not valid UTF-8 text: send it as binary.").arg(name);
        return false;
    }
    return true;
}

int FileSource::permille() const
{
    if (m_size <= 0)
        return m_atEnd ? 1000 : 0;
    // What was given out, not what was read ahead.
    const qint64 consumed = m_read - (m_buffer.size() - m_position);
    return int(qBound(qint64(0), consumed * 1000 / m_size, qint64(1000)));
}

bool FileSource::readChunk(QString *problem)
{
    // Keep only what is not given out yet; the rest of the buffer's memory is reused.
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_scanFrom -= m_position;
        m_position = 0;
    }
    const qsizetype had = m_buffer.size();
    m_buffer.resize(had + kReadChunkBytes);
    const qint64 got = m_file.read(m_buffer.data() + had, kReadChunkBytes);
    if (got < 0) {
        m_buffer.resize(had);
        *problem = tr("Cannot read %1: %2.").arg(QFileInfo(m_file.fileName()).fileName(), m_file.errorString());
        return false;
    }
    m_buffer.resize(had + got);
    m_read += got;
    if (got == 0)
        m_atEnd = true;
    return true;
}

SendJobSource::Next FileSource::next(Message *message, QString *problem)
{
    if (m_mode == Mode::Whole) {
        if (m_wholeGiven)
            return Next::End;
        m_wholeGiven = true;
        message->isText = m_content == Content::Text;
        message->data = std::exchange(m_buffer, QByteArray());
        m_position = 0;
        m_atEnd = true;
        return Next::Message;
    }
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', qMax(m_scanFrom, m_position));
        qsizetype end = newline;
        qsizetype next = newline + 1;
        if (newline < 0) {
            const qsizetype waiting = m_buffer.size() - m_position;
            if (waiting > m_limit) {
                *problem = tr("Line %1 is longer than the max message size of %2: stopped there.")
                               .arg(QLocale().toString(m_lineNumber + 1), sizeText(m_limit));
                return Next::Failed;
            }
            if (!m_atEnd) {
                m_scanFrom = m_buffer.size();
                if (!readChunk(problem))
                    return Next::Failed;
                continue;
            }
            if (waiting == 0)
                return Next::End;
            end = m_buffer.size(); // the last line, without '\n'
            next = end;
        }
        const qsizetype start = m_position;
        if (newline >= 0 && end > start && m_buffer.at(end - 1) == '\r')
            --end;
        if (end - start > m_limit) {
            *problem = tr("Line %1 is longer than the max message size of %2: stopped there.")
                           .arg(QLocale().toString(m_lineNumber + 1), sizeText(m_limit));
            return Next::Failed;
        }
        m_position = next;
        m_scanFrom = next;
        ++m_lineNumber;
        return convert(m_buffer.mid(start, end - start), message, problem) ? Next::Message : Next::Failed;
    }
}

bool FileSource::convert(const QByteArray &line, Message *message, QString *problem) const
{
    const QString number = QLocale().toString(m_lineNumber);
    switch (m_content) {
    case Content::Text:
    case Content::Binary:
        if (m_content == Content::Text && !Utf8Validator::isValid(line.constData(), line.size())) {
            *problem = tr("Line %1 is not valid UTF-8 text: send the file as binary.").arg(number);
            return false;
        }
        message->isText = m_content == Content::Text;
        message->data = line;
        return true;
    case Content::Hex:
    case Content::Base64: {
        const bool hex = m_content == Content::Hex;
        const BinaryInput::Result parsed =
            BinaryInput::parse(QString::fromUtf8(line), hex ? BinaryInput::Format::Hex : BinaryInput::Format::Base64);
        if (!parsed.ok) {
            *problem = hex ? tr("Line %1 is not hex: %2").arg(number, parsed.error)
                           : tr("Line %1 is not base64: %2").arg(number, parsed.error);
            return false;
        }
        message->isText = false;
        message->data = parsed.data;
        return true;
    }
    }
    return false;
}

} // namespace Sockscope
