#pragma once

#include <QLoggingCategory>

// One category per subsystem, quiet by default (see QT_LOGGING_RULES).
Q_DECLARE_LOGGING_CATEGORY(lcTransport)
Q_DECLARE_LOGGING_CATEGORY(lcProtocol)
Q_DECLARE_LOGGING_CATEGORY(lcHeartbeat)
Q_DECLARE_LOGGING_CATEGORY(lcReconnect)
Q_DECLARE_LOGGING_CATEGORY(lcJsonRpc)
Q_DECLARE_LOGGING_CATEGORY(lcMcp)
