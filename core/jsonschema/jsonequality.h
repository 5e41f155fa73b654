#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace Sockscope {

// Equality as JSON means it: 1 and 1.0 are equal, objects regardless of member order. The
// canonical key is equal for equal values and different otherwise, so n values are told apart
// in one pass with a hash (uniqueItems), not by comparing every pair.
class JsonEquality final
{
public:
    static bool equal(const QJsonValue &a, const QJsonValue &b);
    static QByteArray canonicalKey(const QJsonValue &value);

private:
    static void appendKey(QByteArray *out, const QJsonValue &value);
};

} // namespace Sockscope
