#pragma once

#include "event.h"

#include <QJsonObject>

namespace Sockscope {

// The JSON form of an event, shared by `sockscope connect`/`serve` output and session
// files. Documented in docs/EVENTS.md.
QJsonObject eventToJson(const Event &event);
// One compact line, no trailing newline.
QByteArray eventToJsonLine(const Event &event);
// Reads the JSON form back; false (with `error`, `event` untouched) when a required field
// (seq, time, monotonicNs, conn, dir, kind) is missing or malformed. Integers are read
// exactly as 64-bit values; unknown fields land in `details`.
bool eventFromJson(const QJsonObject &object, Event *event, QString *error);
// One line of JSON (as eventToJsonLine() writes it) back into an event; refuses invalid JSON
// and anything but an object.
bool eventFromJsonLine(const QByteArray &line, Event *event, QString *error);

} // namespace Sockscope
