#pragma once

#include "sendjobsource.h"

#include <QCoreApplication>
#include <QFile>

namespace Sockscope {

// A file as a SendJob source: each line a message (text, or binary written as hex or base64
// per line), or the whole file as one message (text, or its bytes as binary). Lines are read
// a chunk at a time and only when the job asks for the next message, so a paused job reads
// nothing and a file of any size holds one chunk and one line in memory. Lines are split as
// `sockscope connect` splits standard input: at '\n', a '\r' before it dropped, an empty line
// sent as an empty message, a last line without '\n' sent too.
class FileSource final : public SendJobSource
{
    Q_DECLARE_TR_FUNCTIONS(FileSource)

public:
    enum class Mode : quint8 { Lines, Whole };
    // Lines: Text, Hex or Base64. Whole: Text or Binary (the file's bytes as they are).
    enum class Content : quint8 { Text, Hex, Base64, Binary };

    // Read at once from the file: the bound on what a paused job holds besides one line.
    static constexpr qint64 kReadChunkBytes = 64 * 1024;
    // One message is held whole in memory: without a max message size (0), this keeps a
    // wrong file (a disk image, a log of gigabytes without line breaks) from filling it.
    static constexpr qint64 kMaxBytesWithoutLimit = qint64(256) * 1024 * 1024;

    FileSource(const QString &path, Mode mode, Content content);

    bool open(qint64 maxMessageBytes, QString *problem) override;
    Next next(Message *message, QString *problem) override;
    // Lines: unknown until the end; whole: one.
    qint64 total() const override { return m_mode == Mode::Whole ? 1 : -1; }
    int permille() const override;
    // Lines read so far (the last one given out is this number).
    qint64 lineNumber() const { return m_lineNumber; }
    qint64 bufferedBytes() const { return m_buffer.size(); }

private:
    bool readChunk(QString *problem);
    bool convert(const QByteArray &line, Message *message, QString *problem) const;

    QFile m_file;
    Mode m_mode;
    Content m_content;
    qint64 m_limit = kMaxBytesWithoutLimit;
    qint64 m_size = 0;
    qint64 m_read = 0;
    QByteArray m_buffer; // read, not yet given out from m_position on
    qsizetype m_position = 0;
    qsizetype m_scanFrom = 0; // no '\n' before this offset
    qint64 m_lineNumber = 0;
    bool m_atEnd = false;
    bool m_wholeGiven = false;
};

} // namespace Sockscope
