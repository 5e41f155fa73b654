#include "limitoptions.h"

#include "optionparsing.h"

#include <QCommandLineParser>

namespace Sockscope {

void LimitOptions::addTo(QCommandLineParser *parser)
{
    const LimitSettings d;
    parser->addOptions({
        {QStringLiteral("max-message-size"), tr("Close with 1009 when an incoming message exceeds BYTES; 0 = no limit (default %1).").arg(d.maxIncomingMessageBytes), tr("bytes")},
        {QStringLiteral("frame-size"), tr("Fragment outgoing messages into frames of at most BYTES; 0 = never (default %1).").arg(d.outgoingFrameBytes), tr("bytes")},
        {QStringLiteral("send-queue"), tr("High-water mark on unsent bytes (default %1).").arg(d.sendQueueBytes), tr("bytes")},
        {QStringLiteral("on-queue-full"), tr("When the send queue is full: wait (pause what Sockscope sends from, and stop reading a peer whose answers wait; what cannot pause is refused), reject, drop-oldest or close (default %1).").arg(overflowPolicyName(d.overflowPolicy)), tr("policy")},
    });
}

bool LimitOptions::read(const QCommandLineParser &parser, LimitSettings *limits, QString *error)
{
    if (!OptionParsing::readBytes(parser, QStringLiteral("max-message-size"), &limits->maxIncomingMessageBytes, error)
        || !OptionParsing::readBytes(parser, QStringLiteral("frame-size"), &limits->outgoingFrameBytes, error)
        || !OptionParsing::readBytes(parser, QStringLiteral("send-queue"), &limits->sendQueueBytes, error))
        return false;
    if (parser.isSet(QStringLiteral("on-queue-full"))
        && !overflowPolicyFromName(parser.value(QStringLiteral("on-queue-full")), &limits->overflowPolicy)) {
        *error = tr("--on-queue-full takes wait, reject, drop-oldest or close");
        return false;
    }
    return true;
}

} // namespace Sockscope
