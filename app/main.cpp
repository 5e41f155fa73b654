#include "cli/commandline.h"
#include "languageloader.h"
#include "mainwindow/mainwindow.h"
#include "preferences/apppreferences.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Sockscope"));
    QCoreApplication::setApplicationName(QStringLiteral("sockscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKSCOPE_VERSION));
}

// SOCKSCOPE_STARTUP_PROBE=1 (bench/suite, docs/PERFORMANCE.md): once the first paint of the
// window is done, print the monotonic clock and quit, so start-up to a painted window can be timed.
class StartupProbe final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // The rest of this paint pass runs before the queued call.
            QTimer::singleShot(0, this, [] {
                std::fprintf(stderr, "sockscope-startup-probe: painted at %lld ns\n",
                             static_cast<long long>(QDeadlineTimer::current().deadlineNSecs()));
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char **argv)
{
#ifdef SIGXFSZ
    // A file that outgrows the size limit (ulimit -f) must fail its write with EFBIG, which
    // a recording reports and survives like a full disk; by default SIGXFSZ would kill the
    // process, and every connection and the recording's last events with it.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    const QString language = Sockscope::LanguageLoader::takeLanguageOption(argc, argv);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (Sockscope::CommandLine::handles(arguments)) {
        // No display needed: a plain core application.
        QCoreApplication app(argc, argv);
        describeApplication();
        Sockscope::LanguageLoader::install(language);
        return Sockscope::CommandLine::run(arguments);
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Sockscope"));
    QApplication::setDesktopFileName(QStringLiteral("sockscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sockscope.png")));
    QSettings settings;
    Sockscope::AppPreferences preferences;
    preferences.load(settings);
    Sockscope::LanguageLoader::install(language.isEmpty() ? preferences.language : language); // --lang wins
    preferences.apply();
    if (qEnvironmentVariableIsSet("SOCKSCOPE_STARTUP_PROBE"))
        app.installEventFilter(new StartupProbe(&app));
    Sockscope::MainWindow window;
    window.show();
    return QApplication::exec();
}
