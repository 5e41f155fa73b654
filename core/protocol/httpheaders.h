#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QPair>

namespace Sockscope {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// HTTP header helpers shared by both sides of the opening handshake and by the
// connections that log it.
namespace HttpHeaders {

// The first value of `name` (case-insensitive), or empty.
QByteArray value(const HeaderList &headers, const QByteArray &name);
// Whether a comma-separated header value lists `token` (case-insensitive).
bool hasToken(const QByteArray &value, const QByteArray &token);
// [[name, value], ...] in wire order.
QJsonArray toJson(const HeaderList &headers);
// Authorization values become "<scheme> [redacted]"; so does any header named in
// `alsoSecret` (an API key header, say).
HeaderList redacted(HeaderList headers, const QByteArray &alsoSecret = {});

} // namespace HttpHeaders

} // namespace Sockscope
