#include "logging.h"

Q_LOGGING_CATEGORY(lcTransport, "sockscope.transport", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProtocol, "sockscope.protocol", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHeartbeat, "sockscope.heartbeat", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReconnect, "sockscope.reconnect", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJsonRpc, "sockscope.jsonrpc", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMcp, "sockscope.mcp", QtWarningMsg)
