#include "replayvariables.h"

#include "template/templatefunctionsource.h"
#include "template/templatejsonrenderer.h"
#include "template/templateparser.h"
#include "template/texttemplate.h"

#include <QDateTime>
#include <QUuid>

namespace Sockscope {

namespace {

const QLatin1String kUuid("uuid");
const QLatin1String kNow("now");
const QLatin1String kNowMs("nowMs");
const QLatin1String kNextId("nextId");

} // namespace

ReplayVariables::ReplayVariables()
    : m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

bool ReplayVariables::isValidName(const QString &name)
{
    return TemplateParser::isKey(name);
}

bool ReplayVariables::isBuiltinName(const QString &name)
{
    return name == kUuid || name == kNow || name == kNowMs || name == kNextId;
}

QStringList ReplayVariables::namesIn(const QByteArray &payload)
{
    if (!payload.contains("{{"))
        return {};
    return TextTemplate::fromUtf8(payload).names();
}

void ReplayVariables::setCapture(const QString &name, const QJsonValue &value)
{
    m_failedCaptures.remove(name);
    m_captures.insert(name, value);
}

void ReplayVariables::setCaptureFailed(const QString &name, const QString &reason)
{
    m_captures.remove(name);
    m_failedCaptures.insert(name, reason);
}

bool ReplayVariables::resolve(const QString &name, qint64 *messageId, QJsonValue *value, QString *error)
{
    if (name == kUuid) {
        *value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else if (name == kNow) {
        *value = QDateTime::fromMSecsSinceEpoch(m_clock(), Qt::UTC).toString(Qt::ISODateWithMs);
    } else if (name == kNowMs) {
        *value = QJsonValue(m_clock());
    } else if (name == kNextId) {
        // Every use in one message is the same id: a request's id and a token built from it agree.
        if (*messageId < 0)
            *messageId = m_nextId++;
        *value = QJsonValue(*messageId);
    } else if (m_captures.contains(name)) {
        *value = m_captures.value(name);
    } else if (m_failedCaptures.contains(name)) {
        *error = tr("variable {{%1}} has no value: %2").arg(name, m_failedCaptures.value(name));
        return false;
    } else {
        *error = tr("unknown variable {{%1}} (built in: uuid, now, nowMs, nextId; or a capture)").arg(name);
        return false;
    }
    return true;
}

bool ReplayVariables::substitute(const QByteArray &payload, QByteArray *out, QString *error)
{
    if (!payload.contains("{{")) {
        *out = payload;
        if (error)
            error->clear();
        return true;
    }
    const qint64 savedNextId = m_nextId;
    qint64 messageId = -1;
    TemplateFunctionSource source([this, &messageId](const QStringList &path) {
        QJsonValue value;
        QString problem;
        const QString name = path.join(QLatin1Char('.'));
        if (!resolve(name, &messageId, &value, &problem))
            return TemplateLookup::failed(problem);
        return TemplateLookup::found(value);
    });
    // Unknown names fail in resolve(); the rule only meets an undefined capture (null, as before).
    TemplateReport report;
    const QString rendered =
        TemplateJsonRenderer::render(TextTemplate::fromUtf8(payload), source, TemplateUnknown::Empty, &report);
    if (report.failed()) {
        m_nextId = savedNextId; // a message that is not sent uses up no id
        if (error)
            *error = report.error();
        return false;
    }
    *out = rendered.toUtf8();
    if (error)
        error->clear();
    return true;
}

} // namespace Sockscope
