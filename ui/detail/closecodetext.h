#pragma once

#include <QCoreApplication>
#include <QString>

namespace Sockscope {

// What a WebSocket close code means, in a sentence (CloseCode::name gives the short name).
class CloseCodeText final
{
    Q_DECLARE_TR_FUNCTIONS(CloseCodeText)

public:
    static QString meaning(int code);
};

} // namespace Sockscope
