#pragma once

#include "mockconfig.h"
#include "mockconfigerror.h"

#include <QCoreApplication>
#include <QString>

namespace Sockscope {

class JsonReader;

// Reads a mock configuration file (format "sockscope-mock", version 1, docs/MOCK.md) into a
// MockConfig. Strict: an unknown member, a wrong type, a value out of range, a duplicate
// name, an unknown placeholder or a malformed input schema rejects the file with the JSON
// path and what is wrong (error()). The built-in default ships as resources/mock/default.json.
// The sections have readers of their own (mocktoolreader.h, mockresourcereader.h, ...).
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
    bool fail(const QString &path, const QString &message);

    static bool readTop(const JsonReader &root, MockConfig *config);
    static bool readFormat(const JsonReader &root);
    static bool readServer(const JsonReader &server, MockConfig *config);
    static bool readProtocolVersions(const JsonReader &versions, MockConfig *config);
    static bool readCapabilities(const JsonReader &capabilities, MockConfig *config);
    // Items of one list, each with a name (or URI) no other item of the list has.
    template<typename Item, typename NameOf>
    static bool readUnique(const JsonReader &list, const QString &nameKey, NameOf nameOf, QList<Item> *items);

    MockConfigError m_error;
    QString m_file;
};

} // namespace Sockscope
