#pragma once

#include "event/event.h"

#include <QCoreApplication>
#include <QString>

namespace Sockscope {

// Watches one client connection's events and says in one sentence why it ended or never
// opened: the close code and reason and who closed, the limit a message broke and the flag
// that raises it, the HTTP status and body of a refused upgrade. For commands that print
// results rather than events, so a failure is explained without --verbose.
class CloseExplanation final
{
    Q_DECLARE_TR_FUNCTIONS(CloseExplanation)

public:
    void observe(const Event &event);
    // Empty while nothing ended the connection.
    QString text() const;
    void reset();

private:
    bool m_closed = false;
    int m_closeCode = 0;
    QString m_closeReason;
    QString m_closedBy;
    QString m_error;          // stable id of the last error event that was not a warning
    QString m_errorMessage;
    int m_httpStatus = 0;
    QString m_httpReason;
    QString m_httpBody;
};

} // namespace Sockscope
