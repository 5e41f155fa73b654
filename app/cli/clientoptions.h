#pragma once

#include "transport/clientsettings.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

class QCommandLineParser;

namespace Sockscope {

// The connection flags shared by every command that opens a client connection
// (`connect` now; `mcp`, `record` and `replay` reuse them). Help texts name the
// defaults from ClientSettings, so they are written once.
class ClientOptions final
{
    Q_DECLARE_TR_FUNCTIONS(ClientOptions)

public:
    void addTo(QCommandLineParser *parser);
    // Fills `settings` from the parsed flags; false with `error` for a bad value.
    bool read(const QCommandLineParser &parser, ClientSettings *settings, QString *error) const;

private:
    QList<QCommandLineOption> m_options;
};

} // namespace Sockscope
