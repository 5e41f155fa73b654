#pragma once

#include "serverdocumentbase.h"

class QComboBox;

namespace Sockscope {

// A server in a tab: a ServerConnection started and stopped from the connection bar, its
// peers listed beside the frames, and its mode beside the bar (as `sockscope serve`:
// silent, echo or broadcast); everything else is ServerDocumentBase's.
class ServerDocument final : public ServerDocumentBase
{
    Q_OBJECT

public:
    explicit ServerDocument(const DocumentSettings &settings = {}, QWidget *parent = nullptr);
    ~ServerDocument() override;

    QString title() const override;
    void start() override;
    QString sessionRole() const override { return QStringLiteral("server"); }
    QComboBox *modeCombo() const { return m_mode; }

protected:
    void showSettings(const ServerSettings &settings) override;

private:
    QWidget *createModeSelector();

    QComboBox *m_mode = nullptr;
};

} // namespace Sockscope
