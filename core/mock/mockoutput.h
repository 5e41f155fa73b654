#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Sockscope {

// One thing MockSession wants done, for MockServer to carry out: send a message (now or
// after a delay), close the connection, drop what is still scheduled for a cancelled
// request, or report an event. Keeps the session free of sockets and timers.
struct MockOutput final
{
    enum class Kind : quint8 { Send, Close, Cancel, Report };

    Kind kind = Kind::Send;
    qint64 delayMs = 0;       // Send: after this long
    QByteArray text;          // Send: the message
    QString requestKey;       // Send, Cancel: JsonRpcId::key() of the request it answers
    QString method;           // Send: the request's method (faults may apply per method)
    bool isResponse = false;  // Send: a response (faults apply), not a notification
    quint16 closeCode = 0;    // Close
    QString reason;           // Close; Cancel: the client's reason
    QString reportId;         // Report: the stable id ("mock-initialized", ...)
    QString message;          // Report: for people
    bool warning = false;     // Report: a warning (an Error event) rather than a Notice
    QJsonObject details;      // Report: further fields of the event

    static MockOutput send(const QByteArray &text, qint64 delayMs = 0)
    {
        MockOutput output;
        output.text = text;
        output.delayMs = delayMs;
        return output;
    }
    static MockOutput response(const QByteArray &text, const QString &requestKey, const QString &method,
                               qint64 delayMs = 0)
    {
        MockOutput output = send(text, delayMs);
        output.requestKey = requestKey;
        output.method = method;
        output.isResponse = true;
        return output;
    }
    static MockOutput close(quint16 code, const QString &reason)
    {
        MockOutput output;
        output.kind = Kind::Close;
        output.closeCode = code;
        output.reason = reason;
        return output;
    }
    static MockOutput cancel(const QString &requestKey, const QString &reason)
    {
        MockOutput output;
        output.kind = Kind::Cancel;
        output.requestKey = requestKey;
        output.reason = reason;
        return output;
    }
    static MockOutput report(const QString &id, const QString &message, bool warning, const QJsonObject &details = {})
    {
        MockOutput output;
        output.kind = Kind::Report;
        output.reportId = id;
        output.message = message;
        output.warning = warning;
        output.details = details;
        return output;
    }
};

} // namespace Sockscope
