#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Sockscope {

// The order in which the keys of a JSON text's objects were written, which QJsonObject
// forgets (it sorts them): a tool's input schema lists its properties in the order its author
// chose, and a form should follow it. Objects are named by their JSON Pointer (RFC 6901:
// "/result/tools/0/inputSchema/properties", "" for the top) relative to where the order was
// taken. scan() is one lexical pass over text that already parsed as JSON, not a second parse.
class JsonKeyOrder final
{
public:
    JsonKeyOrder() = default;

    // The objects of `json` at `under` and below it (every object when `under` is empty),
    // with pointers relative to `under`.
    static JsonKeyOrder scan(const QByteArray &json, const QString &under = {});
    // "/" + `key` with "~" and "/" escaped as RFC 6901 says.
    static QString pointerStep(const QString &key);

    bool isEmpty() const { return m_keys.isEmpty(); }
    // The keys of the object at `pointer` as written (a repeated key once); empty when unknown.
    QStringList keys(const QString &pointer = {}) const;
    // The objects at `pointer` and below, with pointers relative to it.
    JsonKeyOrder at(const QString &pointer) const;
    // `object`'s keys in the written order of the object at `pointer`; keys the text did not
    // have follow in QJsonObject's order, and keys it had that `object` lacks are left out.
    QStringList orderedKeys(const QJsonObject &object, const QString &pointer = {}) const;
    // Records the order of an object built by hand (a prompt's arguments, a URI template's
    // variables), so forms built from it follow that order too.
    void setKeys(const QString &pointer, const QStringList &keys);

    bool operator==(const JsonKeyOrder &other) const { return m_keys == other.m_keys; }
    bool operator!=(const JsonKeyOrder &other) const { return !(*this == other); }

private:
    QMap<QString, QStringList> m_keys; // sorted, so the objects below a pointer are one range
};

} // namespace Sockscope
