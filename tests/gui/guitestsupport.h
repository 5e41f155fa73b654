#pragma once

#include "event/event.h"

#include <QByteArray>
#include <QDebug>
#include <QImage>
#include <QObject>
#include <QString>

class QWidget;

namespace SockscopeGuiTest {

// Test-mode QSettings and application names, so tests never touch the user's settings.
void isolateSettings(const char *applicationName);
// A hand-made event (the stores and models do not care where events come from).
Sockscope::Event makeEvent(Sockscope::EventKind kind, Sockscope::Direction direction, const QByteArray &payload = {},
                           quint32 peerId = 0, qint64 monotonicNs = 0);
// Lets pending layouts, paints and queued events happen.
void settle();
// Saves `widget` as docs/screenshots/<name> when SOCKSCOPE_SCREENSHOT_DIR is set; returns
// the grabbed image either way.
QImage screenshot(QWidget *widget, const QString &name);

// The child of `parent` named `name` (objectName), or nullptr with a warning naming it.
template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

} // namespace SockscopeGuiTest
