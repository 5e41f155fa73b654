#pragma once

#include "replay/replaysettings.h"
#include "replay/replaysetup.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Sockscope {

class ReplayAssertionsEditor;

// The left side of the Replay dialog: what to replay against (URL, which recorded
// conversation, a bearer token the file left out), the timing (mode, speed, response
// timeout), the comparison (ignore paths, the default ignores) and the assertions.
class ReplayOptionsWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayOptionsWidget(QWidget *parent = nullptr);

    void setConversations(const QVector<ReplayConversation> &conversations);
    // The conversation `settings` names (connection 0: the first; connect 0: the connection's
    // first); -1 when there is none.
    int conversationIndexFor(const ReplaySettings &settings) const;
    void setConversation(int index);
    int conversation() const;
    const QVector<ReplayConversation> &conversations() const { return m_conversations; }

    // Timing, speed, timeout, ignore paths, default ignores; the captures are kept as they are.
    void setSettings(const ReplaySettings &settings);
    // As set, with the chosen conversation's connection and peer.
    ReplaySettings settings() const;

    void setUrl(const QString &url);
    QString url() const;
    void setUrlHistory(const QStringList &urls);
    QString bearerToken() const;
    // A note under the target: what the recording left out, or nothing.
    void setSecretsNote(const QString &note);

    ReplayAssertionsEditor *assertionsEditor() const { return m_assertions; }
    void addIgnorePath(const QString &path);

    // The URL is a ws:// or wss:// URL (unless !withUrl) and every ignore path is a valid JSON
    // path; else false with a message for people, and the field in error marked.
    bool validate(QString *error, bool withUrl = true);

Q_SIGNALS:
    void conversationChanged(int index);
    void changed();

private:
    // The constructor's parts: each group's fields, then the groups in the widget.
    void setUpTargetFields();
    void setUpTimingFields();
    void setUpIgnoreFields();
    void layOut();
    void updateTiming();
    void removeIgnorePaths();
    void updateIgnoreButtons();
    static QString roleText(const QString &role);
    static QString conversationTip(const QString &chosen);
    static QString conversationText(const ReplayConversation &conversation);
    static QString connectText(const ReplayConversation &conversation);
    static QString ordinal(int number);

    QVector<ReplayConversation> m_conversations;
    QList<ReplayCapture> m_captures;
    QComboBox *m_url;
    QComboBox *m_conversation;
    QLineEdit *m_bearer;
    QLabel *m_secretsNote;
    QComboBox *m_timing;
    QDoubleSpinBox *m_speed;
    QSpinBox *m_timeout;
    QListWidget *m_ignores;
    QPushButton *m_addIgnore;
    QPushButton *m_removeIgnore;
    QCheckBox *m_defaultIgnores;
    QLabel *m_capturesNote;
    ReplayAssertionsEditor *m_assertions;
    QString m_recordedUrl; // of the chosen conversation, to follow a change of conversation
};

} // namespace Sockscope
