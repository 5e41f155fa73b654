#pragma once

#include <QList>
#include <QString>

class QSettings;

namespace Sockscope {

// Messages saved from the composer under a name, shared by every document and kept in
// QSettings ("composer/saved"). Names are unique: saving under a taken name replaces it.
class SavedMessages final
{
public:
    struct Message final
    {
        QString name;
        QString text;
        int format = 0;
    };

    void load(QSettings &settings);
    void save(QSettings &settings) const;

    const QList<Message> &messages() const { return m_messages; }
    // Adds or replaces; kept sorted by name.
    void put(const Message &message);
    bool remove(const QString &name);
    const Message *find(const QString &name) const;

private:
    QList<Message> m_messages;
};

} // namespace Sockscope
