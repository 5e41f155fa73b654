#pragma once

#include <QString>
#include <QStringList>

namespace Sockscope {

// What one rendering met: the names that were unknown (each once, in order) and the first
// error a variable source gave, which stops the rendering.
class TemplateReport final
{
public:
    void addUnknown(const QString &name);
    // Keeps the first error.
    void fail(const QString &error);

    bool failed() const { return m_failed; }
    const QString &error() const { return m_error; }
    const QStringList &unknown() const { return m_unknown; }

private:
    QStringList m_unknown;
    QString m_error;
    bool m_failed = false;
};

} // namespace Sockscope
