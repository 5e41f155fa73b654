#pragma once

#include "jsonschemanode.h"
#include "jsonschemaproblem.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <memory>

namespace Sockscope {

// Reads a JSON Schema once into JsonSchemaNodes, saying what is malformed on the way: a
// keyword of the wrong type, a pattern PCRE2 cannot compile, a $ref that leads nowhere. A
// malformed keyword is left out (a value is not refused for the schema's fault), except that a
// broken pattern or $ref refuses what reaches it, since it cannot be checked. $ref follows
// "#", "#/JSON/pointer" (with ~0, ~1 and percent escapes, into $defs, definitions or anywhere in
// the document) and "#name" for a $anchor; every $ref is resolved against the root ($id is not
// followed).
class JsonSchemaCompiler final
{
public:
    // Subschemas nested deeper than this are not read (a problem; nothing reaching them passes).
    static constexpr int kMaxSchemaDepth = 256;

    static std::shared_ptr<const JsonSchemaCompiled> compile(const QJsonValue &schema, QList<JsonSchemaProblem> *problems);

private:
    struct PendingRef final
    {
        JsonSchemaNode *node;
        JsonInstancePath location; // of the "$ref" member
    };

    JsonSchemaCompiler(const QJsonValue &root, JsonSchemaCompiled *out, QList<JsonSchemaProblem> *problems);

    JsonSchemaNode *compileHere(const QJsonValue &schema, int depth);
    const JsonSchemaNode *subschema(const QJsonObject &schema, const QString &key, int depth);
    QList<const JsonSchemaNode *> schemaList(const QJsonObject &schema, const QString &key, int depth);
    QList<QPair<QString, const JsonSchemaNode *>> schemaMap(const QJsonObject &schema, const QString &key, int depth);

    void readValueKeywords(JsonSchemaNode *node, const QJsonObject &schema);
    void readNumberKeywords(JsonSchemaNode *node, const QJsonObject &schema);
    void readCounts(JsonSchemaNode *node, const QJsonObject &schema);
    void readObjectKeywords(JsonSchemaNode *node, const QJsonObject &schema, int depth);
    void readArrayKeywords(JsonSchemaNode *node, const QJsonObject &schema, int depth);
    void readApplicators(JsonSchemaNode *node, const QJsonObject &schema, int depth);

    bool readNumber(const QJsonObject &schema, const QString &key, std::optional<double> *out);
    bool readCount(const QJsonObject &schema, const QString &key, qint64 *out);
    bool readPattern(const QString &text, const QString &key, std::optional<JsonSchemaPattern> *out);
    QStringList readNames(const QJsonValue &value, const QString &key);
    void mustBe(const QString &key, const QString &expectedType, const QJsonValue &value);

    void resolveRefs();
    bool locate(const QString &ref, JsonInstancePath *target, QJsonValue *value, const JsonInstancePath &where);

    QJsonValue m_root;
    JsonSchemaCompiled *m_out;
    QList<JsonSchemaProblem> *m_problems;
    JsonInstancePath m_location; // of the schema being read
    QHash<QString, JsonSchemaNode *> m_byPointer;
    QHash<QString, JsonInstancePath> m_anchors;
    QList<PendingRef> m_refs;
};

} // namespace Sockscope
