#pragma once

#include "mockanswer.h"
#include "mockresponse.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Sockscope {

// Turns a tool's configured response into the answer to one tools/call: templates filled,
// echo, tool and JSON-RPC errors, sums, sequences (counted per session or per server) and
// progress notifications before the answer, each at its time. Sans-I/O.
class MockToolResponder final
{
public:
    // One call of a tool, after its arguments were checked.
    struct Call final
    {
        QJsonObject args;
        QString tool;
        quint64 number = 0;   // {{call}}: 1 for the tool's first call in the session
        QJsonValue progressToken = QJsonValue(QJsonValue::Undefined);
        QString requestKey;   // JsonRpcId::key() of the request: progress is cancelled with it
    };

    // `serverCounters` (not owned, may be null) counts sequences with scope "server".
    explicit MockToolResponder(QHash<QString, quint64> *serverCounters = nullptr);

    MockAnswer answer(const MockResponse &response, const Call &call);

private:
    void resolve(const MockResponse &response, const Call &call, qint64 delayMs, MockAnswer *answer);
    static void sum(const MockResponse &response, const Call &call, QJsonObject vars, MockAnswer *answer);
    void progress(const MockResponse &response, const Call &call, const QJsonObject &vars, qint64 delayMs,
                  MockAnswer *answer);
    static QJsonObject variables(const Call &call);

    QHash<QString, quint64> *m_serverCounters;
    QHash<QString, quint64> m_counters; // sequences of this session
};

} // namespace Sockscope
