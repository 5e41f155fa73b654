#include "recordingsettingswidget.h"

#include "spinboxes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace Sockscope {

namespace {

constexpr int kMaxCapacity = 50000000;

} // namespace

RecordingSettingsWidget::RecordingSettingsWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recordingSettings"));
    const DocumentSettings d;
    const JsonRpcCorrelatorSettings p;
    m_capacity = SpinBoxes::count(this, QStringLiteral("recordingCapacity"), 1000, kMaxCapacity, int(d.eventCapacity),
                                  tr("Events kept for this connection; older ones are evicted, and counted."));
    m_pairing = new QComboBox(this);
    m_pairing->setObjectName(QStringLiteral("recordingPairing"));
    m_pairing->addItem(tr("JSON-RPC 2.0 (id, method, error)"), true);
    m_pairing->addItem(tr("Plain JSON with the keys below"), false);
    m_pairing->setToolTip(SpinBoxes::withDefault(tr("How responses are paired with their requests."), tr("JSON-RPC 2.0")));
    const auto line = [this](const QString &name, const QString &what, const QString &defaultText) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setToolTip(SpinBoxes::withDefault(what, defaultText));
        return edit;
    };
    m_idKey = line(QStringLiteral("recordingIdKey"), tr("The member that pairs a response with its request."), p.idKey);
    m_methodKey = line(QStringLiteral("recordingMethodKey"), tr("The member that names a request."), p.methodKey);
    m_errorKey = line(QStringLiteral("recordingErrorKey"), tr("A response holding this member is an error."), p.errorKey);
    m_errorTypes = line(QStringLiteral("recordingErrorTypes"),
                        tr("Or whose method member is one of these (comma-separated), e.g. tool_error."), tr("none"));
    m_timeout = SpinBoxes::milliseconds(this, QStringLiteral("recordingTimeout"), 0, p.timeoutMs,
                                        tr("A request unanswered this long is reported; 0 = never."));
    connect(m_pairing, &QComboBox::currentIndexChanged, this, &RecordingSettingsWidget::updateEnabled);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Events kept:"), m_capacity);
    form->addRow(tr("Pairing:"), m_pairing);
    form->addRow(tr("Id key:"), m_idKey);
    form->addRow(tr("Method key:"), m_methodKey);
    form->addRow(tr("Error key:"), m_errorKey);
    form->addRow(tr("Error types:"), m_errorTypes);
    form->addRow(tr("Request timeout:"), m_timeout);
    setSettings(d);
}

DocumentSettings RecordingSettingsWidget::settings(const DocumentSettings &base) const
{
    DocumentSettings s = base;
    s.eventCapacity = m_capacity->value();
    JsonRpcCorrelatorSettings &p = s.pairing;
    p.timeoutMs = m_timeout->value();
    if (m_pairing->currentData().toBool()) {
        const JsonRpcCorrelatorSettings d;
        p.idKey = d.idKey;
        p.methodKey = d.methodKey;
        p.errorKey = d.errorKey;
        p.errorTypes.clear();
    } else {
        p.idKey = m_idKey->text().trimmed();
        p.methodKey = m_methodKey->text().trimmed();
        p.errorKey = m_errorKey->text().trimmed();
        p.errorTypes.clear();
        for (const QString &type : m_errorTypes->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!type.trimmed().isEmpty())
                p.errorTypes.append(type.trimmed());
        }
    }
    return s;
}

void RecordingSettingsWidget::setSettings(const DocumentSettings &s)
{
    m_capacity->setValue(int(qMin<qsizetype>(s.eventCapacity, kMaxCapacity)));
    m_pairing->setCurrentIndex(s.pairing.isJsonRpc() ? 0 : 1);
    m_idKey->setText(s.pairing.idKey);
    m_methodKey->setText(s.pairing.methodKey);
    m_errorKey->setText(s.pairing.errorKey);
    m_errorTypes->setText(s.pairing.errorTypes.join(QStringLiteral(", ")));
    m_timeout->setValue(s.pairing.timeoutMs);
    updateEnabled();
}

QStringList RecordingSettingsWidget::problems() const
{
    QStringList list;
    if (!m_pairing->currentData().toBool()) {
        if (m_idKey->text().trimmed().isEmpty())
            list.append(tr("Plain JSON pairing needs an id key."));
        if (m_methodKey->text().trimmed().isEmpty())
            list.append(tr("Plain JSON pairing needs a method key."));
    }
    return list;
}

void RecordingSettingsWidget::updateEnabled()
{
    const bool plain = !m_pairing->currentData().toBool();
    for (QWidget *w : std::initializer_list<QWidget *>{m_idKey, m_methodKey, m_errorKey, m_errorTypes})
        w->setEnabled(plain);
}

} // namespace Sockscope
