#pragma once

#include <QJsonObject>
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

    // {step, label, passed, latencyMs?, sent, failures: [...], diff?}
    QJsonObject toJson() const;
};

} // namespace Sockscope
