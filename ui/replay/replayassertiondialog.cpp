#include "replayassertiondialog.h"

#include "common/themecolors.h"
#include "jsonrpc/jsonrpccodec.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sockscope {

namespace {

constexpr int kMaxMs = 86400000; // what ReplayAssertion accepts

using Type = ReplayAssertion::Type;

QString problemStyle(const QWidget *widget)
{
    return QStringLiteral("border: 1px solid %1; border-radius: 3px;").arg(ThemeColors::problem(widget->palette()).name());
}

// Any JSON value as typed: "5" is a string, 5 a number.
bool parseValue(const QString &text, QJsonValue *value)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return false;
    *value = document.array().first();
    return true;
}

} // namespace

ReplayAssertionDialog::ReplayAssertionDialog(const QStringList &steps, QWidget *parent)
    : QDialog(parent),
      m_steps(steps),
      m_type(new QComboBox(this)),
      m_step(new QComboBox(this)),
      m_path(new QLineEdit(this)),
      m_value(new QLineEdit(this)),
      m_pattern(new QLineEdit(this)),
      m_method(new QLineEdit(this)),
      m_ms(new QSpinBox(this)),
      m_msLabel(new QLabel(this)),
      m_hint(new QLabel(this)),
      m_error(new QLabel(this)),
      m_form(new QFormLayout),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("replayAssertionDialog"));
    setWindowTitle(tr("Assertion"));

    m_type->setObjectName(QStringLiteral("assertionTypeCombo"));
    for (const Type type : {Type::Equals, Type::Matches, Type::Exists, Type::NotificationWithin, Type::LatencyBelow,
                            Type::NotClosed})
        m_type->addItem(typeTitle(type), int(type));
    m_step->setObjectName(QStringLiteral("assertionStepCombo"));
    m_step->setToolTip(tr("The step whose reply is checked: a request's response, else the first JSON message that came back"));
    m_path->setObjectName(QStringLiteral("assertionPathEdit"));
    m_path->setPlaceholderText(tr("$.result.content[0].text"));
    m_path->setToolTip(tr("A JSON path into the reply (docs/REPLAY.md, \"JSON paths\")"));
    m_value->setObjectName(QStringLiteral("assertionValueEdit"));
    m_value->setPlaceholderText(tr("JSON: \"text\", 5, true, null, [1, 2], {\"a\": 1}"));
    m_value->setToolTip(tr("Any JSON value; put text in double quotes"));
    m_pattern->setObjectName(QStringLiteral("assertionPatternEdit"));
    m_pattern->setPlaceholderText(tr("^Hello, "));
    m_pattern->setToolTip(tr("A regular expression, searched in the value (not anchored)"));
    m_method->setObjectName(QStringLiteral("assertionMethodEdit"));
    m_method->setPlaceholderText(tr("notifications/progress"));
    m_ms->setObjectName(QStringLiteral("assertionMsSpin"));
    m_ms->setRange(0, kMaxMs);
    m_ms->setSuffix(tr(" ms"));
    m_ms->setValue(1000);
    m_ms->setAccelerated(true);
    m_hint->setObjectName(QStringLiteral("assertionHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("assertionError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, ThemeColors::problem(palette()));
    m_error->setPalette(errorPalette);
    m_buttons->setObjectName(QStringLiteral("assertionButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("assertionOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("assertionCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_touched = true;
        if (validate())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_form->addRow(tr("&Type:"), m_type);
    m_form->addRow(tr("&Step:"), m_step);
    m_form->addRow(tr("&Path:"), m_path);
    m_form->addRow(tr("&Value:"), m_value);
    m_form->addRow(tr("P&attern:"), m_pattern);
    m_form->addRow(tr("&Method:"), m_method);
    m_form->addRow(m_msLabel, m_ms);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ReplayAssertionDialog::onTypeChanged);
    for (QLineEdit *edit : {m_path, m_value, m_pattern, m_method})
        connect(edit, &QLineEdit::textEdited, this, &ReplayAssertionDialog::touch);
    connect(m_step, &QComboBox::activated, this, &ReplayAssertionDialog::touch);
    connect(m_ms, &QSpinBox::valueChanged, this, [this] {
        if (m_ms->hasFocus())
            touch();
    });
    onTypeChanged();
    resize(520, sizeHint().height());
}

QString ReplayAssertionDialog::typeTitle(Type type)
{
    switch (type) {
    case Type::Equals:
        return tr("Value equals");
    case Type::Matches:
        return tr("Value matches a pattern");
    case Type::Exists:
        return tr("Path exists");
    case Type::NotificationWithin:
        return tr("Notification within");
    case Type::LatencyBelow:
        return tr("Latency below");
    case Type::NotClosed:
        return tr("Connection stays open");
    }
    return {};
}

ReplayAssertion::Type ReplayAssertionDialog::currentType() const
{
    return Type(m_type->currentData().toInt());
}

void ReplayAssertionDialog::fillSteps(int keep)
{
    const QSignalBlocker blocker(m_step);
    m_step->clear();
    if (currentType() == Type::LatencyBelow)
        m_step->addItem(tr("Every step with a reply"), 0);
    for (int i = 0; i < m_steps.size(); ++i)
        m_step->addItem(tr("%1: %2").arg(i + 1).arg(m_steps.at(i)), i + 1);
    // A step the replay does not have (from the file) stays choosable, and says so.
    if (keep > m_steps.size())
        m_step->addItem(tr("%1: not in this replay").arg(keep), keep);
    const int index = m_step->findData(keep);
    m_step->setCurrentIndex(index >= 0 ? index : 0);
}

void ReplayAssertionDialog::onTypeChanged()
{
    const Type type = currentType();
    fillSteps(m_step->currentData().toInt());
    const bool pathed = type == Type::Equals || type == Type::Matches || type == Type::Exists;
    m_form->setRowVisible(m_step, type != Type::NotClosed);
    m_form->setRowVisible(m_path, pathed);
    m_form->setRowVisible(m_value, type == Type::Equals);
    m_form->setRowVisible(m_pattern, type == Type::Matches);
    m_form->setRowVisible(m_method, type == Type::NotificationWithin);
    m_form->setRowVisible(m_ms, type == Type::NotificationWithin || type == Type::LatencyBelow || type == Type::NotClosed);
    m_ms->setMinimum(type == Type::NotClosed ? 0 : 1);
    m_ms->setSpecialValueText(type == Type::NotClosed ? tr("no wait") : QString());
    switch (type) {
    case Type::NotificationWithin:
        m_msLabel->setText(tr("&Within:"));
        m_hint->setText(tr("Passes when a notification with this method arrives within the time after the step is sent."));
        break;
    case Type::LatencyBelow:
        m_msLabel->setText(tr("&Below:"));
        m_hint->setText(tr("Passes when the step's reply (a request's response) arrives within the time."));
        break;
    case Type::NotClosed:
        m_msLabel->setText(tr("Then &wait:"));
        m_hint->setText(tr("Passes when the server does not close the connection during the replay; the last step "
                           "waits this long for a close."));
        break;
    case Type::Equals:
        m_hint->setText(tr("Passes when a value the path selects in the step's reply equals this JSON value."));
        break;
    case Type::Matches:
        m_hint->setText(tr("Passes when a value the path selects matches the regular expression (a value that is not "
                           "text is matched as compact JSON)."));
        break;
    case Type::Exists:
        m_hint->setText(tr("Passes when the path selects something in the step's reply."));
        break;
    }
    validate();
}

void ReplayAssertionDialog::setAssertion(const ReplayAssertion &assertion)
{
    m_type->setCurrentIndex(m_type->findData(int(assertion.type)));
    fillSteps(assertion.step);
    m_path->setText(assertion.path);
    m_value->setText(assertion.value.isUndefined() ? QString() : QString::fromUtf8(JsonRpcCodec::encodeValue(assertion.value)));
    m_pattern->setText(assertion.pattern);
    m_method->setText(assertion.method);
    if (assertion.type == Type::NotificationWithin || assertion.type == Type::LatencyBelow || assertion.type == Type::NotClosed)
        m_ms->setValue(assertion.ms);
    validate();
}

bool ReplayAssertionDialog::assertion(ReplayAssertion *assertion, QString *error) const
{
    return build(assertion, error, nullptr);
}

bool ReplayAssertionDialog::build(ReplayAssertion *assertion, QString *error, QWidget **culprit) const
{
    const Type type = currentType();
    QWidget *culpritField = nullptr;
    QString problem;
    QJsonObject object{{QStringLiteral("type"), ReplayAssertion::typeName(type)}};
    if (type != Type::NotClosed) {
        const int step = m_step->currentData().toInt();
        if (step > 0 || type != Type::LatencyBelow)
            object.insert(QStringLiteral("step"), step);
    }
    switch (type) {
    case Type::Equals: {
        QJsonValue value;
        if (m_value->text().trimmed().isEmpty()) {
            problem = tr("Value: type the JSON value to compare with.");
            culpritField = m_value;
        } else if (!parseValue(m_value->text(), &value)) {
            problem = tr("Value: not JSON. Put text in double quotes (\"5\"); numbers, true, false, null, [...] and {...} "
                         "as they are.");
            culpritField = m_value;
        }
        object.insert(QStringLiteral("value"), value);
        Q_FALLTHROUGH();
    }
    case Type::Matches:
    case Type::Exists:
        object.insert(QStringLiteral("path"), m_path->text().trimmed());
        if (type == Type::Matches)
            object.insert(QStringLiteral("pattern"), m_pattern->text());
        break;
    case Type::NotificationWithin:
        object.insert(QStringLiteral("method"), m_method->text().trimmed());
        object.insert(QStringLiteral("ms"), m_ms->value());
        break;
    case Type::LatencyBelow:
        object.insert(QStringLiteral("ms"), m_ms->value());
        break;
    case Type::NotClosed:
        if (m_ms->value() > 0)
            object.insert(QStringLiteral("ms"), m_ms->value());
        break;
    }
    if (m_steps.isEmpty() && type != Type::NotClosed && type != Type::LatencyBelow && problem.isEmpty()) {
        problem = tr("Step: the replay has no steps to check.");
        culpritField = m_step;
    }
    ReplayAssertion result;
    QString fromJsonError;
    if (problem.isEmpty() && !ReplayAssertion::fromJson(object, &result, &fromJsonError)) {
        // fromJson names the member: "path: ...", "pattern: ...", "method: ...".
        const QString member = fromJsonError.section(QLatin1Char(':'), 0, 0);
        const QList<QPair<QString, QWidget *>> fields{{QStringLiteral("path"), m_path}, {QStringLiteral("pattern"), m_pattern},
                                                      {QStringLiteral("method"), m_method}, {QStringLiteral("ms"), m_ms},
                                                      {QStringLiteral("step"), m_step}, {QStringLiteral("value"), m_value}};
        for (const auto &field : fields) {
            if (field.first == member)
                culpritField = field.second;
        }
        if (member == QLatin1String("path") && m_path->text().trimmed().isEmpty())
            problem = tr("Path: type a JSON path, for example $.result.content[0].text.");
        else if (member == QLatin1String("method"))
            problem = tr("Method: type the notification's method, for example notifications/progress.");
        else
            problem = fromJsonError.left(1).toUpper() + fromJsonError.mid(1);
    }
    if (culprit)
        *culprit = culpritField;
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return false;
    if (assertion)
        *assertion = result;
    return true;
}

bool ReplayAssertionDialog::validate()
{
    QString problem;
    QWidget *culprit = nullptr;
    const bool valid = build(nullptr, &problem, &culprit);
    // Nothing is marked before the first edit or OK: a new form is not an error yet.
    if (!m_touched)
        return valid;
    for (QWidget *field : std::initializer_list<QWidget *>{m_path, m_value, m_pattern, m_method, m_ms, m_step})
        field->setStyleSheet(field == culprit ? problemStyle(field) : QString());
    m_error->setText(problem);
    return valid;
}

void ReplayAssertionDialog::touch()
{
    m_touched = true;
    validate();
}

QString ReplayAssertionDialog::errorText() const
{
    return m_error->text();
}

} // namespace Sockscope
