#include "cli/commandline.h"
#include "languageloader.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Sockscope"));
    QCoreApplication::setApplicationName(QStringLiteral("sockscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKSCOPE_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
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
    Sockscope::LanguageLoader::install(language);
    Sockscope::MainWindow window;
    window.show();
    return QApplication::exec();
}
