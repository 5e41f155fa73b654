#pragma once

#include "event.h"

#include <QJsonObject>

namespace Sockscope {

// The JSON form of an event, shared by `sockscope connect`/`serve` output and session
// files. Documented in docs/EVENTS.md.
QJsonObject eventToJson(const Event &event);
// One compact line, no trailing newline.
QByteArray eventToJsonLine(const Event &event);
// Reads the JSON form back; false (with `error`) when a required field is missing.
bool eventFromJson(const QJsonObject &object, Event *event, QString *error);

} // namespace Sockscope
