#include "guitestsupport.h"

#include "event/eventsink.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QWidget>

namespace SockscopeGuiTest {

void isolateSettings(const char *applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockscopeTests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(applicationName));
}

Sockscope::Event makeEvent(Sockscope::EventKind kind, Sockscope::Direction direction, const QByteArray &payload,
                           quint32 peerId, qint64 monotonicNs)
{
    Sockscope::Event event = Sockscope::makeEvent(kind, direction, 1, peerId);
    event.payload = payload;
    event.size = payload.size();
    if (monotonicNs > 0)
        event.monotonicNs = monotonicNs;
    return event;
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

QImage screenshot(QWidget *widget, const QString &name)
{
    settle();
    const QImage image = widget->grab().toImage();
    const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(name));
    return image;
}

} // namespace SockscopeGuiTest
