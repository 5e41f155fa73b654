#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sockscope {

// How one replayed step went.
struct ReplayStepResult final
{
    int number = 0;
    QString label;
    bool passed = false;
    QString sent;            // the message as sent (variables substituted; binary as base64)
    QStringList failures;    // one readable line each
    QString diff;            // multi-line, for JUnit and the terminal
    qint64 latencyNs = -1;   // send to reply (request: its response); -1 without a reply

    // A recorded message the step's failure is about, whole, next to what arrived instead:
    // for showing both side by side (the app's Replay dialog). Binary messages as base64.
    struct Comparison
    {
        QString expected;        // a request's response carries the id actually sent
        QString actual;          // empty when nothing arrived
        bool arrived = false;
    };
    QList<Comparison> comparisons; // not in toJson(): the diff holds them for machines

    // {step, label, passed, latencyMs?, sent, failures: [...], diff?}
    QJsonObject toJson() const;
};

} // namespace Sockscope
