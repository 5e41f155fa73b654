#pragma once

#include "jsonrpc/jsonkeyorder.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace Sockscope {

class CodeEditor;
class SchemaForm;

// The arguments of a call: the form built from the schema, or (Raw JSON) the arguments
// object typed as JSON. Switching carries the value across; JSON that is not an object keeps
// the raw view open and says why.
class McpArgumentsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit McpArgumentsEditor(QWidget *parent = nullptr);

    // `order`: the schema's key order as written (pointers relative to the schema), so the
    // fields follow the author's order rather than QJsonObject's alphabetical one.
    void setSchema(const QJsonObject &schema, const JsonKeyOrder &order = {});
    SchemaForm *form() const { return m_form; }
    CodeEditor *rawEditor() const { return m_raw; }
    QToolButton *rawToggle() const { return m_rawToggle; }
    bool isRaw() const;
    // False (and the view shows the problem) when the form does not validate or the raw
    // text is not a JSON object.
    bool arguments(QJsonObject *out);
    void setArguments(const QJsonObject &arguments);
    // Puts the cursor in the first field (or the JSON text); false when there is none.
    bool focusFirstField();
    // Why arguments() said no.
    QString problem() const { return m_problem; }

private:
    void setRaw(bool raw);
    bool parseRaw(QJsonObject *out);
    void showRawProblem(const QString &problem);

    SchemaForm *m_form;
    CodeEditor *m_raw;
    QStackedWidget *m_stack;
    QToolButton *m_rawToggle;
    QLabel *m_rawProblem;
    QString m_problem;
};

} // namespace Sockscope
