#pragma once

#include <QMainWindow>

class QLabel;

namespace Sockscope {

// The application window: menus, status bar and the central area.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    QWidget *createWelcomePage();
    void showAbout();
    void restoreWindowState();

    QLabel *m_statusLabel = nullptr;
};

} // namespace Sockscope
