#include "heartbeatoptions.h"

#include "optionparsing.h"

#include <QCommandLineParser>

namespace Sockscope {

void HeartbeatOptions::addTo(QCommandLineParser *parser, bool canReconnect)
{
    const HeartbeatSettings d;
    parser->addOptions({
        {QStringLiteral("ping-interval"), tr("Send an RFC 6455 ping every S seconds (default %1 once a heartbeat is on).").arg(d.intervalMs / 1000.0), tr("seconds")},
        {QStringLiteral("ping-timeout"), tr("A heartbeat unanswered after S seconds is missed (default %1).").arg(d.timeoutMs / 1000.0), tr("seconds")},
        {QStringLiteral("mcp-ping"), tr("Heartbeat with MCP \"ping\" requests instead of RFC pings.")},
        {QStringLiteral("app-ping"), tr("Heartbeat with this application message (for example \"ping\")."), tr("text")},
        {QStringLiteral("app-pong"), tr("The answer expected to --app-ping (default \"%1\").").arg(QString::fromUtf8(d.appPong)), tr("text")},
        {QStringLiteral("app-ping-binary"), tr("Send and expect the application heartbeat as binary messages.")},
        {QStringLiteral("answer-app-ping"), tr("Answer an incoming application \"ping\" with \"pong\" (see --app-ping, --app-pong).")},
        {QStringLiteral("on-heartbeat-miss"),
         canReconnect ? tr("What a missed heartbeat does: log, close or reconnect (default %1).").arg(heartbeatMissOutcomeName(d.onMiss))
                      : tr("What a missed heartbeat does: log or close (default %1).").arg(heartbeatMissOutcomeName(d.onMiss)),
         tr("outcome")},
    });
}

bool HeartbeatOptions::read(const QCommandLineParser &parser, bool canReconnect, HeartbeatSettings *hb, QString *error)
{
    if (parser.isSet(QStringLiteral("ping-interval")))
        hb->kind = HeartbeatKind::Rfc;
    if (parser.isSet(QStringLiteral("mcp-ping")))
        hb->kind = HeartbeatKind::Mcp;
    if (parser.isSet(QStringLiteral("app-ping"))) {
        if (parser.isSet(QStringLiteral("mcp-ping"))) {
            *error = tr("choose one of --mcp-ping and --app-ping");
            return false;
        }
        hb->kind = HeartbeatKind::App;
        hb->appPing = parser.value(QStringLiteral("app-ping")).toUtf8();
    }
    if (parser.isSet(QStringLiteral("app-pong")))
        hb->appPong = parser.value(QStringLiteral("app-pong")).toUtf8();
    hb->appBinary = parser.isSet(QStringLiteral("app-ping-binary"));
    hb->answerAppPing = parser.isSet(QStringLiteral("answer-app-ping"));
    if (!OptionParsing::readSeconds(parser, QStringLiteral("ping-interval"), HeartbeatSettings::kInterval, &hb->intervalMs, error)
        || !OptionParsing::readSeconds(parser, QStringLiteral("ping-timeout"), HeartbeatSettings::kTimeout, &hb->timeoutMs, error))
        return false;
    if (parser.isSet(QStringLiteral("on-heartbeat-miss"))) {
        const QString outcome = parser.value(QStringLiteral("on-heartbeat-miss"));
        if (!heartbeatMissOutcomeFromName(outcome, &hb->onMiss)
            || (!canReconnect && hb->onMiss == HeartbeatMissOutcome::Reconnect)) {
            *error = canReconnect ? tr("--on-heartbeat-miss takes log, close or reconnect")
                                  : tr("--on-heartbeat-miss takes log or close");
            return false;
        }
    }
    return true;
}

} // namespace Sockscope
