#pragma once

#include "listeningdocument.h"

namespace Sockscope {

// A server in a tab: a ServerConnection started and stopped from the connection bar, its
// peers listed beside the frames (everything else is ListeningDocument's).
class ServerDocument final : public ListeningDocument
{
    Q_OBJECT

public:
    explicit ServerDocument(const DocumentSettings &settings = {}, QWidget *parent = nullptr);
    ~ServerDocument() override;

    QString title() const override;
    void start() override;
    QString sessionRole() const override { return QStringLiteral("server"); }
};

} // namespace Sockscope
