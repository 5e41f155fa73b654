#pragma once

#include "mockconfig.h"
#include "mockconfigerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Sockscope {

// Reads a mock configuration file (format "sockscope-mock", version 1, docs/MOCK.md) into a
// MockConfig. Strict: an unknown member, a wrong type, a value out of range, a duplicate
// name, an unknown placeholder or a malformed input schema rejects the file with the JSON
// path and what is wrong (error()). The built-in default ships as resources/mock/default.json.
class MockConfigLoader final
{
    Q_DECLARE_TR_FUNCTIONS(MockConfigLoader)

public:
    static constexpr int MaxDelayMs = 86400000;      // a day: longer is a typo
    static constexpr int MaxProgressSteps = 100000;
    static constexpr qint64 MaxOversizedBytes = qint64(1) << 30;

    // The built-in configuration's name in the Qt resources.
    static QString builtinFileName();

    bool loadFile(const QString &fileName, MockConfig *config);
    bool loadBuiltin(MockConfig *config);
    // `fileName` only names the source in errors.
    bool loadData(const QByteArray &json, const QString &fileName, MockConfig *config);

    const MockConfigError &error() const { return m_error; }

private:
    enum class Need : quint8 { Optional, Required };

    bool fail(const QString &path, const QString &message);
    bool wrongType(const QString &path, const QString &expected, const QJsonValue &value);
    bool checkMembers(const QJsonObject &object, const QString &path, const QStringList &allowed);
    bool readString(const QJsonObject &object, const QString &path, const QString &key, QString *out,
                    Need need = Need::Optional, bool allowEmpty = false);
    bool readInt(const QJsonObject &object, const QString &path, const QString &key, int *out, int min, int max,
                 Need need = Need::Optional);
    bool readInt64(const QJsonObject &object, const QString &path, const QString &key, qint64 *out, qint64 min,
                   qint64 max);
    bool readRate(const QJsonObject &object, const QString &path, const QString &key, double *out);
    bool readBool(const QJsonObject &object, const QString &path, const QString &key, bool *out);
    bool readObject(const QJsonObject &object, const QString &path, const QString &key, QJsonObject *out,
                    Need need = Need::Optional);
    bool readArray(const QJsonObject &object, const QString &path, const QString &key, QJsonArray *out,
                   Need need = Need::Optional);
    bool readStringList(const QJsonObject &object, const QString &path, const QString &key, QStringList *out);
    bool checkPlaceholders(const QJsonValue &value, const QString &path, const QStringList &roots,
                           const QStringList &argumentNames = {}, bool checkArguments = false);
    bool checkContentItem(const QJsonValue &value, const QString &path);

    bool readTop(const QJsonObject &root, MockConfig *config);
    bool readServer(const QJsonObject &object, const QString &path, MockConfig *config);
    bool readCapabilities(const QJsonObject &object, const QString &path, MockConfig *config);
    bool readTool(const QJsonValue &value, const QString &path, MockTool *tool);
    bool readResponse(const QJsonValue &value, const QString &path, MockResponse *response);
    bool readToolResult(const QJsonObject &object, const QString &path, const QStringList &roots, bool requireContent,
                        MockResponse *response);
    bool readResource(const QJsonValue &value, const QString &path, MockResource *resource);
    bool readResourceTemplate(const QJsonValue &value, const QString &path, MockResourceTemplate *resourceTemplate);
    bool readBody(const QJsonObject &object, const QString &path, QString *text, QByteArray *blob, bool *isBlob);
    bool readPrompt(const QJsonValue &value, const QString &path, MockPrompt *prompt);
    bool readNotification(const QJsonValue &value, const QString &path, MockNotification *notification);
    bool readFaults(const QJsonObject &object, const QString &path, MockFaults *faults);

    MockConfigError m_error;
    QString m_file;
};

} // namespace Sockscope
