#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

namespace Sockscope {

// The variables of one replay run, substituted into each message right before it is sent:
// {{uuid}}, {{now}} (ISO 8601 UTC with ms), {{nowMs}}, {{nextId}} (1, 2, ... one per message
// that uses it) and captured values {{name}}. The template language is the one of
// core/template (docs/TEMPLATES.md): `{{{{` is a literal `{{`; in a JSON message a string that
// is only a placeholder ("{{nextId}}") takes the value with its type, inside other text the
// value goes in as text, JSON-escaped. An unknown variable fails the message. docs/REPLAY.md.
class ReplayVariables final
{
    Q_DECLARE_TR_FUNCTIONS(ReplayVariables)

public:
    static constexpr qint64 kFirstId = 1;

    ReplayVariables();

    // A capture's name: one key of the template grammar (letters, digits, `_`, `-`; starting
    // with a letter or `_`).
    static bool isValidName(const QString &name);
    static bool isBuiltinName(const QString &name);
    // The variable names a payload uses, in order of first use (escapes skipped).
    static QStringList namesIn(const QByteArray &payload);

    void setCapture(const QString &name, const QJsonValue &value);
    // A capture that could not be taken: using it fails with `reason`.
    void setCaptureFailed(const QString &name, const QString &reason);
    bool hasCapture(const QString &name) const { return m_captures.contains(name); }
    QJsonValue capture(const QString &name) const { return m_captures.value(name); }

    // The id the next message that uses {{nextId}} gets.
    qint64 nextId() const { return m_nextId; }
    void setNextId(qint64 id) { m_nextId = id; }
    // For tests: where {{now}} and {{nowMs}} read the time (ms since the epoch, UTC).
    void setClock(const std::function<qint64()> &wallMs) { m_clock = wallMs; }

    // The payload with every variable replaced. False (with `error`) for an unknown variable
    // or one without a value; `out` is then unchanged.
    bool substitute(const QByteArray &payload, QByteArray *out, QString *error);

private:
    bool resolve(const QString &name, qint64 *messageId, QJsonValue *value, QString *error);

    QHash<QString, QJsonValue> m_captures;
    QHash<QString, QString> m_failedCaptures;
    qint64 m_nextId = kFirstId;
    std::function<qint64()> m_clock;
};

} // namespace Sockscope
