#pragma once

#include <QList>
#include <QString>

namespace Sockscope {

// A place inside a JSON value: member names and array indexes from the top. Written as a
// JSON Pointer (RFC 6901: "/items/2/name", "" for the top) for machines, and as
// "items[2].name" for people: the mock's errors and the MCP form's field paths use that.
class JsonInstancePath final
{
public:
    struct Step final
    {
        QString name;
        qsizetype index = -1; // >= 0: an array index; then `name` is unused

        bool isIndex() const { return index >= 0; }
        bool operator==(const Step &other) const { return index == other.index && name == other.name; }
    };

    JsonInstancePath() = default;

    bool isRoot() const { return m_steps.isEmpty(); }
    qsizetype depth() const { return m_steps.size(); }
    const QList<Step> &steps() const { return m_steps; }

    void pushMember(const QString &name) { m_steps.append(Step{name, -1}); }
    void pushIndex(qsizetype index) { m_steps.append(Step{QString(), index}); }
    void pop() { m_steps.removeLast(); }
    JsonInstancePath member(const QString &name) const;
    JsonInstancePath item(qsizetype index) const;

    // Whether `other` is this place or inside it.
    bool contains(const JsonInstancePath &other) const;

    // "/items/2/name", with "~" and "/" in names escaped as "~0" and "~1".
    QString pointer() const;
    // "items[2].name"; empty for the top.
    QString dotted() const;

    bool operator==(const JsonInstancePath &other) const { return m_steps == other.m_steps; }
    bool operator!=(const JsonInstancePath &other) const { return !(*this == other); }

private:
    QList<Step> m_steps;
};

} // namespace Sockscope
