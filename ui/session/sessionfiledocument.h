#pragma once

#include "document/connectiondocument.h"

#include "session/sessionheader.h"
#include "stats/connectionstats.h"

#include <QVector>

class QLabel;
class QPushButton;

namespace Sockscope {

struct LoadedSession;

// A session file opened read-only in a tab: its events in the same frames view, with the
// JSON-RPC pairing, the detail pane and the stats counted from the events. Nothing to
// connect or send: the connection bar, the composer and the record button are hidden.
class SessionFileDocument final : public ConnectionDocument
{
    Q_OBJECT

public:
    SessionFileDocument(const QString &path, const LoadedSession &session, const DocumentSettings &settings = {},
                    QWidget *parent = nullptr);
    ~SessionFileDocument() override;

    bool isServer() const override { return m_serverMode; }
    QString title() const override; // the file name
    bool isActive() const override { return false; }
    void start() override {}
    void stop() override {}
    void openSettings() override {}
    double messageRate(Direction) const override { return 0; }
    qint64 backpressuredBytes() const override { return 0; }

    QString path() const { return m_path; }
    const SessionHeader &header() const { return m_header; }
    qsizetype eventCount() const { return m_eventCount; }
    QLabel *infoLabel() const { return m_info; }
    // "Replay…" in the info bar: asks for the Replay dialog (File > Replay Session).
    QPushButton *replayButton() const { return m_replay; }

Q_SIGNALS:
    void replayRequested();

protected:
    void refresh(qint64 nowNs) override;
    void onRecordAdded(const FrameRecord &record) override;
    bool sendMessage(const QByteArray &data, bool isText, const SendTarget &target, QString *outcome) override;

private:
    QString m_path;
    SessionHeader m_header;
    ConnectionStats m_totals;
    QLabel *m_info;
    QPushButton *m_replay;
    qsizetype m_eventCount = 0;
    qint64 m_firstNs = -1;
    qint64 m_lastNs = -1;
    bool m_serverMode = false;
};

} // namespace Sockscope
