#pragma once

#include "event/event.h"

#include <QFile>
#include <QJsonObject>
#include <QString>

namespace SessionTest {

inline Sockscope::Event testEvent(quint64 seq, Sockscope::EventKind kind, Sockscope::Direction direction,
                              const QByteArray &payload = {}, const QJsonObject &details = {})
{
    Sockscope::Event e;
    e.sequence = seq;
    e.monotonicNs = qint64(1000000) * qint64(seq % 1000000000) + 17; // no overflow for huge seq
    e.wallMs = 1763805600000 + qint64(seq % 1000000000); // 2025-11-22T10:00:00.000Z onwards
    e.connectionId = 1;
    e.direction = direction;
    e.kind = kind;
    e.size = payload.size();
    e.payload = payload;
    e.details = details;
    return e;
}

inline Sockscope::Event textEvent(quint64 seq, const QByteArray &text = "{\"jsonrpc\":\"2.0\",\"method\":\"ping\"}")
{
    return testEvent(seq, Sockscope::EventKind::Text, Sockscope::Direction::Out, text);
}

inline QByteArray allBytes()
{
    QByteArray out(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        out[i] = char(i);
    return out;
}

// Empty when equal; otherwise which field differs, for QVERIFY2.
inline QString eventDifference(const Sockscope::Event &a, const Sockscope::Event &b)
{
    if (a.sequence != b.sequence)
        return QStringLiteral("seq %1 != %2").arg(a.sequence).arg(b.sequence);
    if (a.monotonicNs != b.monotonicNs)
        return QStringLiteral("monotonicNs %1 != %2").arg(a.monotonicNs).arg(b.monotonicNs);
    if (a.wallMs != b.wallMs)
        return QStringLiteral("wallMs %1 != %2").arg(a.wallMs).arg(b.wallMs);
    if (a.connectionId != b.connectionId || a.peerId != b.peerId)
        return QStringLiteral("conn/peer differ");
    if (a.direction != b.direction || a.kind != b.kind)
        return QStringLiteral("dir/kind differ");
    if (a.size != b.size)
        return QStringLiteral("size %1 != %2").arg(a.size).arg(b.size);
    if (a.payload != b.payload)
        return QStringLiteral("payload differs (seq %1)").arg(a.sequence);
    if (a.details != b.details)
        return QStringLiteral("details differ (seq %1)").arg(a.sequence);
    return {};
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace SessionTest
