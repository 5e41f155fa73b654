#pragma once

#include "event.h"

#include <QJsonArray>

#include <optional>

namespace Sockscope {

// Typed reads of Event::details: the one place in the process that knows their keys
// (docs/EVENTS.md lists them). Code that asks what an event says calls these; only the JSON
// writers (stdout, session files) and readers of files see the keys themselves.
namespace EventDetails {

// A close's code; nothing when the close carried none (1005 and 1006 are never on the wire).
std::optional<int> closeCode(const Event &event);
QString closeReason(const Event &event);
// "local", "remote" or "none" (docs/EVENTS.md).
QString closedBy(const Event &event);
// A heartbeat answer's round trip.
std::optional<qint64> roundTripNs(const Event &event);
// An error event raised as a warning (the JSON-RPC pairing's findings, an MCP session's).
bool isWarning(const Event &event);
// The stable id of an Error ("error") or a Notice ("notice").
QString errorId(const Event &event);
QString noticeId(const Event &event);
// The sentence for people that errors, notices and refusals carry.
QString message(const Event &event);
// A refused or failed handshake's HTTP status (0 when none), reason phrase and body.
int httpStatus(const Event &event);
QString httpReason(const Event &event);
QString httpBody(const Event &event);
// A listening state change's URL.
QString url(const Event &event);
// The subprotocol an Open agreed on.
QString subprotocol(const Event &event);
// How many frames a message came in (0 when it was not recorded).
int frameCount(const Event &event);
QJsonArray requestHeaders(const Event &event);
QJsonArray responseHeaders(const Event &event);

} // namespace EventDetails

} // namespace Sockscope
