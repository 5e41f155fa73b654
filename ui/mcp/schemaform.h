#pragma once

#include "schemafield.h"

#include "jsonrpc/jsonkeyorder.h"
#include "jsonschema/jsonschemavalidator.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace Sockscope {

// The arguments of a tool (or a prompt) as a form built from a JSON Schema of type object:
// one editor per property in the schema's own order (given by a JsonKeyOrder, since
// QJsonObject sorts keys), required ones marked with *, nested objects in groups, arrays with
// Add and Remove. validate() checks before anything is sent, with the JsonSchemaValidator the
// mock uses, so the form refuses exactly what the mock would; it says what is wrong on a line
// under the form whose space is kept, so the fields never move, and tints the fields in error.
// value() and setValue() go to and from JSON.
class SchemaForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaForm(QWidget *parent = nullptr);

    // The schema of a prompt's arguments (strings; required as the prompt says), and in
    // `order` the arguments' order.
    static QJsonObject promptArgumentsSchema(const QJsonArray &arguments, JsonKeyOrder *order = nullptr);

    // `order`: the schema's key order as written, pointers relative to the schema.
    void setSchema(const QJsonObject &schema, const JsonKeyOrder &order = {});
    QJsonObject schema() const { return m_schema; }
    SchemaField *root() const { return m_root; }
    // The field at a path such as "user.address.city" or "tags[1]", or nullptr.
    SchemaField *field(const QString &path) const;

    QJsonObject value() const;
    void setValue(const QJsonObject &value);
    // Checks what would be sent against the schema (and that every field can be read); shows
    // the problems under the form, in the order of the fields. True when there are none.
    bool validate();
    QList<SchemaField::Problem> problems() const { return m_problems; }
    QString problemText() const;
    // Puts the cursor in the first field; false when there is none.
    bool focusFirstField();

Q_SIGNALS:
    void edited();

private:
    void showProblems();
    void revealFirstProblem();
    // The field a place in the value belongs to: the deepest one the form has on its way.
    SchemaField *fieldAt(const JsonInstancePath &location) const;
    void sortByFieldOrder();

    QJsonObject m_schema;
    JsonSchemaValidator m_validator;
    QScrollArea *m_scroll;
    QLabel *m_empty;
    QLabel *m_problemLabel;
    SchemaField *m_root = nullptr;
    QList<SchemaField::Problem> m_problems;
};

} // namespace Sockscope
