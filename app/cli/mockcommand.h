#pragma once

#include <QObject>
#include <QStringList>

class QCommandLineParser;

namespace Sockscope {

class EventPrinter;
class CommandRecording;
class MockServer;

// `sockscope mock [options]`: a mock MCP server defined by a configuration file (or the
// built-in one), printing its URL first and then every event as a JSON line.
class MockCommand final : public QObject
{
    Q_OBJECT

public:
    explicit MockCommand(QObject *parent = nullptr);
    int run(const QStringList &arguments);

private:
    static void addOptionsTo(QCommandLineParser *parser);

    MockServer *m_server = nullptr;
    EventPrinter *m_printer = nullptr;
    CommandRecording *m_recording = nullptr;
};

} // namespace Sockscope
