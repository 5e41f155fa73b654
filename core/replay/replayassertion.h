#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Sockscope {

// One check a replay makes beyond comparing with the recording; the `assertions` array of a
// session file's header (docs/REPLAY.md has every JSON form).
struct ReplayAssertion final
{
    Q_DECLARE_TR_FUNCTIONS(ReplayAssertion)

public:
    enum class Type : quint8 {
        Equals,             // the step's reply at `path` equals `value`
        Matches,            // ... is (or, not a string, its compact JSON is) matched by the regex `pattern`
        Exists,             // ... selects something
        NotificationWithin, // a notification `method` arrives within `ms` of sending `step`
        LatencyBelow,       // the step's reply arrives within `ms` (step 0: every step with a reply)
        NotClosed,          // the server does not close the connection during the run (and `ms` after it)
    };

    Type type = Type::Exists;
    int step = 0;      // 1-based; 0 only for LatencyBelow (every step) and NotClosed
    QString path;      // Equals, Matches, Exists
    QJsonValue value;  // Equals
    QString pattern;   // Matches
    QString method;    // NotificationWithin
    int ms = 0;        // NotificationWithin, LatencyBelow; NotClosed: grace after the last step

    // "equals", "matches", "exists", "notificationWithin", "latencyBelow", "notClosed".
    static QString typeName(Type type);
    static bool typeFromName(const QString &name, Type *type);

    QJsonObject toJson() const;
    // Members that do not belong to the type, wrong types and bad paths or patterns are errors.
    static bool fromJson(const QJsonObject &object, ReplayAssertion *assertion, QString *error);
    // For people: `step 3: $.result.content[0].text equals "5"`.
    QString describe() const;
};

} // namespace Sockscope
