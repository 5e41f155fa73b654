#pragma once

#include <QString>

namespace Sockscope {

// TLS for wss:// clients.
struct TlsSettings final
{
    QString caFile;          // PEM file of extra trusted CA certificates
    QString certificateFile; // PEM client certificate
    QString keyFile;         // PEM private key for the client certificate
    bool acceptInvalidCertificate = false; // always reported with a warning event
};

} // namespace Sockscope
