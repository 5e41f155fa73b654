#pragma once

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace Sockscope {

// Messages sent from the composer, newest last, for Ctrl+Up / Ctrl+Down. Browsing keeps
// the draft being written: going down past the newest entry brings it back. Bounded;
// a message sent twice in a row is kept once. Kept in QSettings ("composer/history").
class SendHistory final
{
public:
    struct Entry final
    {
        QString text;
        int format = 0; // the composer's format (text, hex, base64)
        bool operator==(const Entry &other) const { return text == other.text && format == other.format; }
    };

    explicit SendHistory(int capacity);

    void add(const Entry &entry);
    // An older entry; the first call remembers `draft`. Nothing when at the oldest.
    std::optional<Entry> previous(const Entry &draft);
    // A newer entry, or the draft after the newest. Nothing when not browsing.
    std::optional<Entry> next();
    bool isBrowsing() const { return m_position >= 0; }
    void stopBrowsing() { m_position = -1; }

    const QList<Entry> &entries() const { return m_entries; }
    void setEntries(const QList<Entry> &entries);
    void load(QSettings &settings);
    void save(QSettings &settings) const;
    int capacity() const { return m_capacity; }

private:
    int m_capacity;
    QList<Entry> m_entries;
    int m_position = -1; // index being shown, -1 = the draft
    Entry m_draft;
};

} // namespace Sockscope
