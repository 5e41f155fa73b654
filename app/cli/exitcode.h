#pragma once

// Exit codes of the command-line commands; documented in `--help` and README.md.
namespace Sockscope::ExitCode {
constexpr int Ok = 0;
constexpr int Usage = 1;              // bad flags or arguments
constexpr int BadSettings = 2;        // invalid URL, unreadable TLS files
constexpr int ConnectFailed = 3;      // DNS failure, connection refused, network error
constexpr int HandshakeRefused = 4;   // HTTP status other than 101, or an invalid upgrade answer
constexpr int TlsFailed = 5;          // certificate or TLS handshake failure
constexpr int HandshakeTimeout = 6;   // no complete handshake within --handshake-timeout
constexpr int ClosedAbnormally = 7;   // connection lost, or closed with a code other than 1000/1001
constexpr int Incomplete = 8;         // ended (timeout or close) before --count messages arrived
constexpr int InitializeFailed = 9;   // mcp: connected, but initialize failed (error, unknown version, no answer)
constexpr int JsonRpcError = 10;      // mcp: a call was answered with a JSON-RPC error (or an invalid answer)
constexpr int ToolError = 11;         // mcp: tools/call answered a result with isError: true
constexpr int RequestTimeout = 12;    // mcp: a call got no answer within --request-timeout
constexpr int SessionFile = 13;       // a session file cannot be recorded, saved or read
constexpr int ReplayFailed = 14;      // replay: at least one step failed
} // namespace Sockscope::ExitCode
