#pragma once

#include <QScrollArea>
#include <QStringList>

class QEvent;

class QVBoxLayout;
class QLabel;

namespace Sockscope {

// What the window shows with no document open: new documents of every kind, Open
// Session…, and the recent URLs and session files, each opened by one click. It scrolls
// rather than ask the window for room.
class WelcomePage final : public QScrollArea
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentUrls(const QStringList &urls);
    void setRecentSessions(const QStringList &paths);

Q_SIGNALS:
    void newClientRequested();
    void newMcpClientRequested();
    void newServerRequested();
    void newMockRequested();
    void openSessionRequested();
    void urlChosen(const QString &url);
    void sessionChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createButtons(QWidget *parent);
    QWidget *createRecent(QWidget *parent);
    // One entry per item, a link-like button named `<prefix><row>`; `none` when empty.
    void fillList(QVBoxLayout *list, const QStringList &items, const QString &prefix, const QString &none, bool files);

    QVBoxLayout *m_urls = nullptr;
    QVBoxLayout *m_sessions = nullptr;
    QStringList m_urlItems;
    QStringList m_sessionItems;
};

} // namespace Sockscope
