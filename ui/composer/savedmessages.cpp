#include "savedmessages.h"

#include <QSettings>

#include <algorithm>

namespace Sockscope {

namespace {

const QString kGroup = QStringLiteral("composer/saved");

} // namespace

void SavedMessages::load(QSettings &settings)
{
    m_messages.clear();
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Message message;
        message.name = settings.value(QStringLiteral("name")).toString();
        message.text = settings.value(QStringLiteral("text")).toString();
        message.format = settings.value(QStringLiteral("format")).toInt();
        if (!message.name.isEmpty())
            put(message);
    }
    settings.endArray();
}

void SavedMessages::save(QSettings &settings) const
{
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(m_messages.size()));
    for (int i = 0; i < m_messages.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), m_messages.at(i).name);
        settings.setValue(QStringLiteral("text"), m_messages.at(i).text);
        settings.setValue(QStringLiteral("format"), m_messages.at(i).format);
    }
    settings.endArray();
}

void SavedMessages::put(const Message &message)
{
    remove(message.name);
    const auto at = std::lower_bound(m_messages.begin(), m_messages.end(), message, [](const Message &a, const Message &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    m_messages.insert(at, message);
}

bool SavedMessages::remove(const QString &name)
{
    return m_messages.removeIf([&name](const Message &message) { return message.name == name; }) > 0;
}

const SavedMessages::Message *SavedMessages::find(const QString &name) const
{
    for (const Message &message : m_messages) {
        if (message.name == name)
            return &message;
    }
    return nullptr;
}

} // namespace Sockscope
