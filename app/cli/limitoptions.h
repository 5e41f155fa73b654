#pragma once

#include "limits/limitsettings.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace Sockscope {

// Size limit and send-queue flags, the same for client and server commands.
class LimitOptions final
{
    Q_DECLARE_TR_FUNCTIONS(LimitOptions)

public:
    static void addTo(QCommandLineParser *parser);
    static bool read(const QCommandLineParser &parser, LimitSettings *settings, QString *error);
};

} // namespace Sockscope
