#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Sockscope {

// Replaces `{{uuid}}`, `{{now}}` and `{{nextId}}` in a composed message when it is sent,
// with the one template language (core/template, docs/TEMPLATES.md; `{{{{` is a literal `{{`).
// `{{nextId}}` is one number per message (every occurrence in it the same), counting up
// from 1 per document, so a request and its own references agree. Unknown names stay as
// written and are reported. Sans-I/O: the clock and the uuid source can be replaced.
class VariableSubstituter final
{
    Q_DECLARE_TR_FUNCTIONS(VariableSubstituter)

public:
    struct Result final
    {
        QByteArray text;
        QStringList unknown; // names left as written
        bool usedNextId = false;
    };

    VariableSubstituter();

    Result substitute(const QByteArray &utf8);
    // The id the next `{{nextId}}` gets.
    qint64 nextId() const { return m_nextId; }
    void setNextId(qint64 id) { m_nextId = id; }

    void setClock(std::function<qint64()> wallMs) { m_clock = std::move(wallMs); }
    void setUuidSource(std::function<QString()> uuid) { m_uuid = std::move(uuid); }

    // The names it knows, for the composer's help text.
    static QStringList names();

private:
    qint64 m_nextId = 1;
    std::function<qint64()> m_clock;
    std::function<QString()> m_uuid;
};

} // namespace Sockscope
