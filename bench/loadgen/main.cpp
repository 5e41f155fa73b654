// bench/loadgen: the load generator. N lean WebSocket clients against one URL, pattern
// pingpong (one message in flight per connection), flood (a window of W in flight), mcp
// (initialize, then tools/call with one request in flight) or idle (hold the connections,
// answering pings). Bounded by time and by count. Prints one JSON line on standard output
// (messages/s, MB/s, round-trip p50/p90/p99/max, errors, its own CPU share and, with
// --server-pid, the server's) and a summary on standard error. See docs/PERFORMANCE.md.

#include "loadrun.h"
#include "loadsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

using namespace SockscopeBench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sockscope_bench_loadgen"));

    const LoadSettings defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("WebSocket load generator (echo or MCP tools/call)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("ws://127.0.0.1:PORT/"));
    parser.addOptions({
        {{QStringLiteral("c"), QStringLiteral("connections")}, QStringLiteral("Connections (1)."), QStringLiteral("N"),
         QString::number(defaults.connections)},
        {{QStringLiteral("s"), QStringLiteral("size")}, QStringLiteral("Message payload bytes (64)."), QStringLiteral("BYTES"),
         QString::number(defaults.messageBytes)},
        {QStringLiteral("pattern"), QStringLiteral("pingpong, flood, mcp or idle (pingpong)."), QStringLiteral("P"),
         QStringLiteral("pingpong")},
        {{QStringLiteral("w"), QStringLiteral("window")}, QStringLiteral("Messages in flight per connection in flood (32)."),
         QStringLiteral("W"), QString::number(defaults.window)},
        {QStringLiteral("binary"), QStringLiteral("Binary messages instead of text.")},
        {QStringLiteral("count"), QStringLiteral("Stop after N answers in all (0 = time only)."), QStringLiteral("N"),
         QStringLiteral("0")},
        {{QStringLiteral("t"), QStringLiteral("seconds")}, QStringLiteral("Measured seconds (5)."), QStringLiteral("S"),
         QString::number(defaults.seconds)},
        {QStringLiteral("warmup"), QStringLiteral("Warm-up seconds before measuring (1)."), QStringLiteral("S"),
         QString::number(defaults.warmupSeconds)},
        {QStringLiteral("connect-window"), QStringLiteral("Opening handshakes in progress at once (64)."),
         QStringLiteral("N"), QString::number(defaults.connectWindow)},
        {QStringLiteral("connect-timeout"), QStringLiteral("Give up when not all are open after MS (30000)."),
         QStringLiteral("MS"), QString::number(defaults.connectTimeoutMs)},
        {QStringLiteral("server-pid"), QStringLiteral("Report this process's CPU share and memory."), QStringLiteral("PID")},
        {QStringLiteral("tool"), QStringLiteral("MCP tool to call (echo)."), QStringLiteral("NAME"), QStringLiteral("echo")},
        {QStringLiteral("argument"), QStringLiteral("The tool's string argument (text)."), QStringLiteral("NAME"),
         QStringLiteral("text")},
        {QStringLiteral("label"), QStringLiteral("Copied into the report."), QStringLiteral("TEXT")},
    });
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "sockscope_bench_loadgen: give one URL\n");
        return 2;
    }

    LoadSettings settings;
    settings.url = QUrl(parser.positionalArguments().constFirst());
    settings.connections = qMax(1, parser.value(QStringLiteral("connections")).toInt());
    settings.messageBytes = qMax<qint64>(0, parser.value(QStringLiteral("size")).toLongLong());
    const QString pattern = parser.value(QStringLiteral("pattern"));
    if (pattern == QLatin1String("pingpong"))
        settings.pattern = LoadSettings::Pattern::PingPong;
    else if (pattern == QLatin1String("flood"))
        settings.pattern = LoadSettings::Pattern::Flood;
    else if (pattern == QLatin1String("mcp"))
        settings.pattern = LoadSettings::Pattern::Mcp;
    else if (pattern == QLatin1String("idle"))
        settings.pattern = LoadSettings::Pattern::Idle;
    else {
        std::fprintf(stderr, "sockscope_bench_loadgen: unknown pattern %s\n", qUtf8Printable(pattern));
        return 2;
    }
    settings.window = qMax(1, parser.value(QStringLiteral("window")).toInt());
    settings.binary = parser.isSet(QStringLiteral("binary"));
    settings.count = parser.value(QStringLiteral("count")).toLongLong();
    settings.seconds = parser.value(QStringLiteral("seconds")).toDouble();
    settings.warmupSeconds = parser.value(QStringLiteral("warmup")).toDouble();
    settings.connectWindow = qMax(1, parser.value(QStringLiteral("connect-window")).toInt());
    settings.connectTimeoutMs = parser.value(QStringLiteral("connect-timeout")).toInt();
    settings.serverPid = parser.value(QStringLiteral("server-pid")).toLongLong();
    settings.mcpTool = parser.value(QStringLiteral("tool")).toUtf8();
    settings.mcpArgument = parser.value(QStringLiteral("argument")).toUtf8();
    if (!settings.url.isValid() || settings.url.scheme() != QLatin1String("ws") || settings.seconds <= 0) {
        std::fprintf(stderr, "sockscope_bench_loadgen: need a ws:// URL and a positive --seconds\n");
        return 2;
    }

    LoadRun run(settings);
    QObject::connect(&run, &LoadRun::finished, &app, [&] {
        QJsonObject report = run.report();
        report.insert(QStringLiteral("pattern"), pattern);
        report.insert(QStringLiteral("window"), settings.pattern == LoadSettings::Pattern::Flood ? settings.window : 1);
        report.insert(QStringLiteral("binary"), settings.binary);
        if (parser.isSet(QStringLiteral("label")))
            report.insert(QStringLiteral("label"), parser.value(QStringLiteral("label")));
        std::fprintf(stdout, "%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        std::fprintf(stderr,
                     "%s C=%d S=%lld %s: %.0f msg/s, %.2f MB/s, rtt p50 %.0f p90 %.0f p99 %.0f max %.0f us, "
                     "errors %.0f, load CPU %.0f%%%s\n",
                     qUtf8Printable(settings.url.toString()), settings.connections,
                     static_cast<long long>(settings.messageBytes), qUtf8Printable(pattern),
                     report.value(QStringLiteral("messagesPerSecond")).toDouble(),
                     report.value(QStringLiteral("mbPerSecond")).toDouble(),
                     report.value(QStringLiteral("p50Us")).toDouble(), report.value(QStringLiteral("p90Us")).toDouble(),
                     report.value(QStringLiteral("p99Us")).toDouble(), report.value(QStringLiteral("maxUs")).toDouble(),
                     report.value(QStringLiteral("errors")).toDouble(),
                     100 * report.value(QStringLiteral("loadCpuShare")).toDouble(),
                     report.contains(QStringLiteral("failed"))
                         ? qUtf8Printable(QStringLiteral(" FAILED: ") + report.value(QStringLiteral("failed")).toString())
                         : "");
        QCoreApplication::exit(report.contains(QStringLiteral("failed")) ? 1 : 0);
    });
    // Every run is bounded: connecting, warm-up and measuring have their own limits; this
    // is the last resort.
    const int hardLimitMs = settings.connectTimeoutMs + int((settings.warmupSeconds + settings.seconds) * 1000) + 60000;
    QTimer::singleShot(hardLimitMs, &app, [] {
        std::fprintf(stderr, "sockscope_bench_loadgen: hard time limit reached\n");
        QCoreApplication::exit(3);
    });
    QTimer::singleShot(0, &run, &LoadRun::start);
    return QCoreApplication::exec();
}
