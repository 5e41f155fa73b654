#pragma once

#include "document/documentsettings.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Sockscope {

// What the document records: how many events it keeps, and how requests and responses
// are paired (JSON-RPC ids, or a plain-JSON key such as request_id), with the timeout.
class RecordingSettingsWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit RecordingSettingsWidget(QWidget *parent = nullptr);

    // Only eventCapacity and pairing are edited; the rest comes from `base`.
    DocumentSettings settings(const DocumentSettings &base) const;
    void setSettings(const DocumentSettings &settings);
    QStringList problems() const;

private:
    void updateEnabled();

    QSpinBox *m_capacity;
    QComboBox *m_pairing;
    QLineEdit *m_idKey;
    QLineEdit *m_methodKey;
    QLineEdit *m_errorKey;
    QLineEdit *m_errorTypes;
    QSpinBox *m_timeout;
};

} // namespace Sockscope
