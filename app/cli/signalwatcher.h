#pragma once

#include <QObject>

namespace Sockscope {

// Turns SIGINT and SIGTERM into a Qt signal, so commands close their connections
// cleanly instead of dying mid-message.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);
};

} // namespace Sockscope
