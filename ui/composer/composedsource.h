#pragma once

#include "sendjobsource.h"

#include <QList>
#include <QStringList>

namespace Sockscope {

class VariableSubstituter;

// The composer's messages as a SendJob source: one message repeated (Send Repeatedly) or a
// list of them in order (Send All Saved). Text gets its {{variables}} substituted afresh for
// every message, so each {{nextId}} and {{uuid}} is new; binary is parsed once, up front.
class ComposedSource final : public SendJobSource
{
public:
    struct Entry final
    {
        QByteArray data; // UTF-8 text with variables, or the bytes of a binary message
        bool isText = true;
    };

    // `variables` (the composer's, so {{nextId}} goes on counting) must outlive the source.
    ComposedSource(QList<Entry> entries, qint64 repeat, VariableSubstituter *variables);

    bool open(qint64 maxMessageBytes, QString *problem) override;
    Next next(Message *message, QString *problem) override;
    qint64 total() const override { return m_total; }
    // Variables it did not know, left as written (as a single send reports them).
    const QStringList &unknownVariables() const { return m_unknown; }

private:
    QList<Entry> m_entries;
    VariableSubstituter *m_variables;
    qint64 m_total;
    qint64 m_index = 0;
    QStringList m_unknown;
};

} // namespace Sockscope
