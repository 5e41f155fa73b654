#include "exitcodetable.h"

#include "exitcode.h"

namespace Sockscope {

namespace {

using Row = ExitCodeTable::Row;

const QList<Row> kConnect = {
    {ExitCode::Ok, QT_TRANSLATE_NOOP("ExitCodeTable", "success")},
    {ExitCode::Usage, QT_TRANSLATE_NOOP("ExitCodeTable", "bad command-line usage")},
    {ExitCode::BadSettings, QT_TRANSLATE_NOOP("ExitCodeTable", "invalid URL or unusable settings (for example an unreadable certificate file)")},
    {ExitCode::ConnectFailed, QT_TRANSLATE_NOOP("ExitCodeTable", "could not connect (host not found, connection refused, network error)")},
    {ExitCode::HandshakeRefused, QT_TRANSLATE_NOOP("ExitCodeTable", "the server refused or botched the WebSocket upgrade (HTTP status other than 101; the event carries status and body)")},
    {ExitCode::TlsFailed, QT_TRANSLATE_NOOP("ExitCodeTable", "TLS failure (certificate or TLS handshake)")},
    {ExitCode::HandshakeTimeout, QT_TRANSLATE_NOOP("ExitCodeTable", "the opening handshake timed out (`--handshake-timeout`)")},
    {ExitCode::ClosedAbnormally, QT_TRANSLATE_NOOP("ExitCodeTable", "the connection was lost, or closed with a code other than 1000/1001")},
    {ExitCode::Incomplete, QT_TRANSLATE_NOOP("ExitCodeTable", "ended (timeout or close) before `--count` messages arrived")},
    {ExitCode::SessionFile, QT_TRANSLATE_NOOP("ExitCodeTable", "the session file cannot be recorded or saved (`--record`, `--out`)")},
};

const QList<Row> kMcp = {
    {ExitCode::Ok, QT_TRANSLATE_NOOP("ExitCodeTable", "every call succeeded")},
    {ExitCode::Usage, QT_TRANSLATE_NOOP("ExitCodeTable", "bad command-line usage or script")},
    {ExitCode::BadSettings, QT_TRANSLATE_NOOP("ExitCodeTable", "invalid URL or unusable settings")},
    {ExitCode::ConnectFailed, QT_TRANSLATE_NOOP("ExitCodeTable", "could not connect (host not found, connection refused, network error)")},
    {ExitCode::HandshakeRefused, QT_TRANSLATE_NOOP("ExitCodeTable", "the server refused or botched the WebSocket upgrade")},
    {ExitCode::TlsFailed, QT_TRANSLATE_NOOP("ExitCodeTable", "TLS failure")},
    {ExitCode::HandshakeTimeout, QT_TRANSLATE_NOOP("ExitCodeTable", "the opening handshake timed out")},
    {ExitCode::ClosedAbnormally, QT_TRANSLATE_NOOP("ExitCodeTable", "the connection was lost before the calls finished (or Ctrl+C / SIGTERM stopped them)")},
    {ExitCode::InitializeFailed, QT_TRANSLATE_NOOP("ExitCodeTable", "initialize failed: a JSON-RPC error, an unknown (or, with `--strict-version`, another) protocol version, no answer, or the connection closed first")},
    {ExitCode::JsonRpcError, QT_TRANSLATE_NOOP("ExitCodeTable", "a call was answered with a JSON-RPC error (or an answer that is not valid JSON-RPC); the error is printed as `{\"error\": {...}}`")},
    {ExitCode::ToolError, QT_TRANSLATE_NOOP("ExitCodeTable", "`tools/call` returned a result with `isError: true`; the result is printed, the tool's text also on standard error")},
    {ExitCode::RequestTimeout, QT_TRANSLATE_NOOP("ExitCodeTable", "a call got no answer within `--request-timeout`")},
    {ExitCode::SessionFile, QT_TRANSLATE_NOOP("ExitCodeTable", "the session file cannot be recorded or saved (`--record`)")},
};

const QList<Row> kServe = {
    {ExitCode::Ok, QT_TRANSLATE_NOOP("ExitCodeTable", "stopped by Ctrl+C or SIGTERM")},
    {ExitCode::Usage, QT_TRANSLATE_NOOP("ExitCodeTable", "bad command-line usage")},
    {ExitCode::BadSettings, QT_TRANSLATE_NOOP("ExitCodeTable", "cannot listen (address in use, bad host, unusable TLS files)")},
    {ExitCode::SessionFile, QT_TRANSLATE_NOOP("ExitCodeTable", "the session file cannot be recorded or saved (`--record`)")},
};

const QList<Row> kMock = {
    {ExitCode::Ok, QT_TRANSLATE_NOOP("ExitCodeTable", "stopped by Ctrl+C or SIGTERM (or `--check-config` found the file valid)")},
    {ExitCode::Usage, QT_TRANSLATE_NOOP("ExitCodeTable", "bad command-line usage")},
    {ExitCode::BadSettings, QT_TRANSLATE_NOOP("ExitCodeTable", "invalid configuration file (the file, the JSON path and what is wrong go to standard error), or cannot listen (address in use, bad host, unusable TLS files)")},
    {ExitCode::SessionFile, QT_TRANSLATE_NOOP("ExitCodeTable", "the session file cannot be recorded or saved (`--record`)")},
};

const QList<Row> kReplay = {
    {ExitCode::Ok, QT_TRANSLATE_NOOP("ExitCodeTable", "every step passed (`--serve`: stopped by Ctrl+C or SIGTERM)")},
    {ExitCode::Usage, QT_TRANSLATE_NOOP("ExitCodeTable", "bad command-line usage")},
    {ExitCode::BadSettings, QT_TRANSLATE_NOOP("ExitCodeTable", "invalid target URL, or `--serve` cannot listen")},
    {ExitCode::SessionFile, QT_TRANSLATE_NOOP("ExitCodeTable", "the session file cannot be read, or holds nothing to replay")},
    {ExitCode::ReplayFailed, QT_TRANSLATE_NOOP("ExitCodeTable", "at least one step failed")},
};

constexpr int kHelpWidth = 100; // --help lines wrap here

// Appends `text` wrapped at word boundaries, continuation lines indented by `indent`.
void appendWrapped(QString *out, const QString &text, int indent)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int column = indent;
    bool first = true;
    for (const QString &word : words) {
        if (!first && column + 1 + word.size() > kHelpWidth) {
            *out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
            first = true;
        }
        if (!first) {
            *out += QLatin1Char(' ');
            ++column;
        }
        *out += word;
        column += int(word.size());
        first = false;
    }
}

} // namespace

QStringList ExitCodeTable::commands()
{
    return {QStringLiteral("connect"), QStringLiteral("serve"), QStringLiteral("mock"), QStringLiteral("mcp"),
            QStringLiteral("replay")};
}

QList<ExitCodeTable::Row> ExitCodeTable::of(const QString &command)
{
    if (command == QLatin1String("connect") || command == QLatin1String("record"))
        return kConnect;
    if (command == QLatin1String("mcp"))
        return kMcp;
    if (command == QLatin1String("serve"))
        return kServe;
    if (command == QLatin1String("mock"))
        return kMock;
    if (command == QLatin1String("replay"))
        return kReplay;
    return {};
}

QString ExitCodeTable::helpSection(const QString &command)
{
    QString section = tr("Exit codes:");
    for (const Row &row : of(command)) {
        const QString code = QString::number(row.code);
        section += QStringLiteral("\n  ") + code + QString(4 - int(code.size()), QLatin1Char(' '));
        QString meaning = tr(row.meaning);
        meaning.remove(QLatin1Char('`'));
        appendWrapped(&section, meaning, 6);
    }
    return section;
}

QString ExitCodeTable::markdownTable(const QString &command)
{
    QString table = QStringLiteral("| code | meaning |\n|-----:|---------|\n");
    for (const Row &row : of(command))
        table += QStringLiteral("| %1 | %2 |\n").arg(row.code).arg(QString::fromUtf8(row.meaning));
    return table;
}

} // namespace Sockscope
