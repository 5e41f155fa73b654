#pragma once

#include "jsonpath.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace Sockscope {

// Compares what came back with what was recorded: JSON structurally, with ignore rules
// (user paths plus, by default, `$.id` and members named timestamp, time, createdAt,
// updatedAt, date at any depth); anything else byte for byte. Each difference is one line
// for people: `$.result.content[0].text: expected "3", got "4"`.
class ReplayComparator final
{
    Q_DECLARE_TR_FUNCTIONS(ReplayComparator)

public:
    static constexpr int kMaxLines = 40;         // then "... and N more differences"
    static constexpr int kShownValueChars = 120; // longer values are cut with "…"
    static constexpr int kExcerptBytes = 32;     // around the first differing byte

    ReplayComparator();

    // The paths ignored by default; documented in docs/REPLAY.md.
    static QStringList defaultIgnorePaths();

    // False (with `error`) when a path is not a valid JsonPath; nothing changes then.
    bool setIgnorePaths(const QStringList &paths, QString *error);
    void setDefaultIgnores(bool on) { m_defaultIgnores = on; }
    bool defaultIgnores() const { return m_defaultIgnores; }

    // The differences; empty when equal under the ignore rules.
    QStringList compare(const QJsonValue &expected, const QJsonValue &actual) const;
    // Two messages: JSON when both are JSON text, else byte for byte with a short excerpt.
    QStringList compareMessages(const QByteArray &expected, bool expectedText,
                                const QByteArray &actual, bool actualText) const;

    bool isIgnored(const JsonPath::Location &location) const;

    // Compact JSON, cut to kShownValueChars.
    static QString showValue(const QJsonValue &value);

private:
    void diff(const QJsonValue &expected, const QJsonValue &actual, JsonPath::Location *location,
              QStringList *lines, int *more) const;
    void add(const QString &line, QStringList *lines, int *more) const;

    QList<JsonPath> m_paths;
    QList<JsonPath> m_defaults;
    bool m_defaultIgnores = true;
};

} // namespace Sockscope
