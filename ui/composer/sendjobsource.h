#pragma once

#include <QByteArray>
#include <QString>

namespace Sockscope {

// Where a SendJob's messages come from, one at a time: a job holds one message, never all
// of them, so a repeat count of millions or a file of gigabytes costs one message of memory.
class SendJobSource
{
public:
    struct Message final
    {
        QByteArray data;
        bool isText = true;
    };
    enum class Next : quint8 { Message, End, Failed };

    SendJobSource() = default;
    virtual ~SendJobSource() = default;
    Q_DISABLE_COPY_MOVE(SendJobSource)

    // Once, before the first next(): false with `problem` (for people) when the job cannot
    // start. `maxMessageBytes` is the largest message the source may make (0: no limit).
    virtual bool open(qint64 maxMessageBytes, QString *problem) = 0;
    // The next message; Failed with `problem` when the input cannot go on (a bad line).
    virtual Next next(Message *message, QString *problem) = 0;
    // Messages in all, or -1 while unknown (the lines of a file).
    virtual qint64 total() const = 0;
    // How much of the input is consumed, in per mille, when total() is unknown; -1 otherwise.
    virtual int permille() const { return -1; }
};

} // namespace Sockscope
