#include "eventprinter.h"

#include "optionparsing.h"

#include "event/eventjson.h"
#include "jsonrpc/jsonrpcpairing.h"

#include <QCommandLineParser>
#include <QTimer>

namespace Sockscope {

EventPrinter::EventPrinter(FILE *stream, QObject *parent)
    : QObject(parent), m_stream(stream)
{
}

EventPrinter::~EventPrinter()
{
    flush();
}

namespace {

// The longest prefix of `utf8` of at most `bytes` bytes that ends on a character boundary.
qsizetype utf8Prefix(const QByteArray &utf8, qsizetype bytes)
{
    qsizetype end = std::min(bytes, utf8.size());
    // Step back over continuation bytes (10xxxxxx) so the cut never splits a character.
    while (end > 0 && end < utf8.size() && (uchar(utf8.at(end)) & 0xC0) == 0x80)
        --end;
    return end;
}

} // namespace

void EventPrinter::addOptionTo(QCommandLineParser *parser)
{
    parser->addOption({QStringLiteral("max-print"),
                       tr("Print at most BYTES of each payload (the line then says \"truncated\": true; \"size\" is "
                          "the full size). Messages are never cut. 0 = whole payloads (the default)."),
                       tr("bytes")});
}

bool EventPrinter::readOption(const QCommandLineParser &parser, QString *error)
{
    return OptionParsing::readBytes(parser, QStringLiteral("max-print"), &m_maxPayloadBytes, error);
}

void EventPrinter::setJsonRpcPairing(bool on)
{
    if (!on) {
        m_pairing.reset();
    } else if (!m_pairing) {
        // A flood of requests nobody answers (an echo) would otherwise hold 100,000 pending per
        // side: the printed lines pair up to this many at once, and mark the rest "untracked".
        JsonRpcCorrelatorSettings settings;
        settings.maxPending = kMaxPendingPaired;
        m_pairing = std::make_unique<JsonRpcPairing>(settings);
    }
}

Event EventPrinter::annotated(const Event &event)
{
    // Requests left unanswered past the timeout are let go, so a long run holds only what
    // can still be answered (their timeouts are not lines of their own here).
    const std::optional<qint64> deadline = m_pairing->nextDeadlineNs();
    if (deadline && *deadline <= event.monotonicNs)
        m_pairing->expire(event.monotonicNs);
    const JsonRpcAnnotation annotation = m_pairing->observe(event);
    if (!annotation.isJudged())
        return event;
    Event shown = event;
    shown.details.insert(QStringLiteral("rpc"), annotation.toJson());
    return shown;
}

void EventPrinter::print(const Event &original)
{
    const Event event = m_pairing ? annotated(original) : original;
    if (m_maxPayloadBytes <= 0 || event.payload.size() <= m_maxPayloadBytes) {
        printLine(eventToJsonLine(event));
        return;
    }
    Event cut = event;
    const qsizetype keep = event.kind == EventKind::Text ? utf8Prefix(event.payload, qsizetype(m_maxPayloadBytes))
                                                         : qsizetype(m_maxPayloadBytes);
    cut.payload = event.payload.left(keep);
    cut.details.insert(QStringLiteral("truncated"), true);
    printLine(eventToJsonLine(cut));
}

void EventPrinter::printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), m_stream);
    std::fputc('\n', m_stream);
    if (!m_flushPending) {
        m_flushPending = true;
        QTimer::singleShot(0, this, &EventPrinter::flush);
    }
}

void EventPrinter::flush()
{
    m_flushPending = false;
    std::fflush(m_stream);
}

} // namespace Sockscope
