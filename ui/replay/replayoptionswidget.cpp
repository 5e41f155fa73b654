#include "replayoptionswidget.h"

#include "replayassertionseditor.h"

#include "common/themecolors.h"
#include "replay/jsonpath.h"
#include "replay/replaycomparator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>


namespace Sockscope {

namespace {

QString problemStyle(const QWidget *widget)
{
    return QStringLiteral("border: 1px solid %1; border-radius: 3px;").arg(ThemeColors::problem(widget->palette()).name());
}

QListWidgetItem *ignoreItem(const QString &path, QListWidget *list)
{
    auto *item = new QListWidgetItem(path, list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    return item;
}

} // namespace

ReplayOptionsWidget::ReplayOptionsWidget(QWidget *parent)
    : QWidget(parent),
      m_url(new QComboBox(this)),
      m_conversation(new QComboBox(this)),
      m_bearer(new QLineEdit(this)),
      m_secretsNote(new QLabel(this)),
      m_timing(new QComboBox(this)),
      m_speed(new QDoubleSpinBox(this)),
      m_timeout(new QSpinBox(this)),
      m_ignores(new QListWidget(this)),
      m_addIgnore(new QPushButton(tr("A&dd"), this)),
      m_removeIgnore(new QPushButton(tr("Re&move"), this)),
      m_defaultIgnores(new QCheckBox(tr("I&gnore ids and timestamps"), this)),
      m_capturesNote(new QLabel(this)),
      m_assertions(new ReplayAssertionsEditor(this))
{
    setObjectName(QStringLiteral("replayOptions"));

    setUpTargetFields();
    setUpTimingFields();
    setUpIgnoreFields();
    layOut();

    connect(m_conversation, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString recorded = index >= 0 && index < m_conversations.size() ? m_conversations.at(index).url : QString();
        // Follow the conversation's recorded URL unless another URL was typed.
        if (m_url->currentText().isEmpty() || m_url->currentText() == m_recordedUrl)
            setUrl(recorded);
        m_recordedUrl = recorded;
        // The box is narrower than a conversation's description: the tip has all of it.
        m_conversation->setToolTip(conversationTip(m_conversation->itemText(index)));
        Q_EMIT conversationChanged(index);
    });
    updateTiming();
    updateIgnoreButtons();
}

void ReplayOptionsWidget::setUpTargetFields()
{
    m_url->setObjectName(QStringLiteral("urlCombo"));
    m_url->setEditable(true);
    m_url->setInsertPolicy(QComboBox::NoInsert);
    m_url->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_url->setMinimumContentsLength(24);
    m_url->lineEdit()->setPlaceholderText(tr("ws://host:port/path"));
    m_url->setToolTip(tr("The server to replay against: the recorded URL, or another (a staging server, a mock)"));
    m_conversation->setObjectName(QStringLiteral("conversationCombo"));
    m_conversation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_conversation->setMinimumContentsLength(24);
    m_conversation->setToolTip(conversationTip(QString()));
    m_bearer->setObjectName(QStringLiteral("bearerEdit"));
    m_bearer->setEchoMode(QLineEdit::Password);
    m_bearer->setPlaceholderText(tr("optional"));
    m_bearer->setToolTip(tr("Sends \"Authorization: Bearer …\": session files leave tokens out"));
    m_secretsNote->setObjectName(QStringLiteral("secretsNote"));
    m_secretsNote->setWordWrap(true);
    m_secretsNote->setForegroundRole(QPalette::PlaceholderText);
    m_secretsNote->hide();
}

void ReplayOptionsWidget::setUpTimingFields()
{
    m_timing->setObjectName(QStringLiteral("timingCombo"));
    m_timing->addItem(tr("As recorded"), int(ReplayTiming::AsRecorded));
    m_timing->setItemData(0, tr("Each message at its recorded time after the first, divided by the speed"), Qt::ToolTipRole);
    m_timing->addItem(tr("Fast"), int(ReplayTiming::Fast));
    m_timing->setItemData(1, tr("Each message as soon as the previous one was sent"), Qt::ToolTipRole);
    m_timing->addItem(tr("Wait for each answer"), int(ReplayTiming::Wait));
    m_timing->setItemData(2, tr("Each message after the previous step's answer arrived, or timed out"), Qt::ToolTipRole);
    m_speed->setObjectName(QStringLiteral("speedSpin"));
    m_speed->setRange(0.01, ReplaySettings::kMaxSpeed);
    m_speed->setDecimals(2);
    m_speed->setSingleStep(0.5);
    m_speed->setValue(1.0);
    m_speed->setSuffix(tr(" ×"));
    m_speed->setToolTip(tr("2 plays twice as fast as recorded, 0.5 half as fast"));
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, ReplaySettings::kMaxResponseTimeoutMs);
    m_timeout->setValue(ReplaySettings::kDefaultResponseTimeoutMs);
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setAccelerated(true);
    m_timeout->setToolTip(tr("How long a step waits for its answer before it fails"));
    connect(m_timing, &QComboBox::currentIndexChanged, this, &ReplayOptionsWidget::updateTiming);
}

void ReplayOptionsWidget::setUpIgnoreFields()
{
    m_ignores->setObjectName(QStringLiteral("ignoreList"));
    m_ignores->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ignores->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::AnyKeyPressed);
    m_ignores->setToolTip(tr("JSON paths left out when comparing, for example $.result.sessionId or $..etag"));
    m_addIgnore->setObjectName(QStringLiteral("addIgnoreButton"));
    m_removeIgnore->setObjectName(QStringLiteral("removeIgnoreButton"));
    m_defaultIgnores->setObjectName(QStringLiteral("defaultIgnoresCheck"));
    m_defaultIgnores->setChecked(true);
    m_defaultIgnores->setToolTip(tr("Leaves out %1").arg(ReplayComparator::defaultIgnorePaths().join(QStringLiteral(", "))));
    connect(m_addIgnore, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = ignoreItem(QStringLiteral("$."), m_ignores);
        m_ignores->setCurrentItem(item);
        m_ignores->editItem(item);
    });
    connect(m_removeIgnore, &QPushButton::clicked, this, &ReplayOptionsWidget::removeIgnorePaths);
    connect(m_ignores, &QListWidget::itemSelectionChanged, this, &ReplayOptionsWidget::updateIgnoreButtons);
    connect(m_ignores, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        // An edited path is checked again at the next run; clear its old mark now.
        item->setData(Qt::ForegroundRole, QVariant());
        item->setToolTip(QString());
        Q_EMIT changed();
    });
    m_capturesNote->setObjectName(QStringLiteral("capturesNote"));
    m_capturesNote->setWordWrap(true);
    m_capturesNote->setForegroundRole(QPalette::PlaceholderText);
    m_capturesNote->hide();
}

void ReplayOptionsWidget::layOut()
{
    auto *target = new QGroupBox(tr("Target"), this);
    target->setObjectName(QStringLiteral("targetGroup"));
    auto *targetForm = new QFormLayout(target);
    targetForm->addRow(tr("&URL:"), m_url);
    targetForm->addRow(tr("&Conversation:"), m_conversation);
    targetForm->addRow(tr("&Bearer token:"), m_bearer);
    targetForm->addRow(m_secretsNote);

    auto *timing = new QGroupBox(tr("Timing"), this);
    timing->setObjectName(QStringLiteral("timingGroup"));
    auto *timingForm = new QFormLayout(timing);
    timingForm->addRow(tr("&Send:"), m_timing);
    timingForm->addRow(tr("S&peed:"), m_speed);
    timingForm->addRow(tr("Response time&out:"), m_timeout);

    auto *comparison = new QGroupBox(tr("Ignore When Comparing"), this);
    comparison->setObjectName(QStringLiteral("comparisonGroup"));
    auto *ignoreButtons = new QVBoxLayout;
    ignoreButtons->addWidget(m_addIgnore);
    ignoreButtons->addWidget(m_removeIgnore);
    ignoreButtons->addStretch(1);
    auto *ignoreRow = new QHBoxLayout;
    ignoreRow->addWidget(m_ignores, 1);
    ignoreRow->addLayout(ignoreButtons);
    auto *comparisonLayout = new QVBoxLayout(comparison);
    comparisonLayout->addLayout(ignoreRow);
    comparisonLayout->addWidget(m_defaultIgnores);
    comparisonLayout->addWidget(m_capturesNote);

    auto *assertions = new QGroupBox(tr("Assertions"), this);
    assertions->setObjectName(QStringLiteral("assertionsGroup"));
    auto *assertionsLayout = new QVBoxLayout(assertions);
    assertionsLayout->addWidget(m_assertions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(target);
    layout->addWidget(timing);
    layout->addWidget(comparison, 1);
    layout->addWidget(assertions, 1);
}

QString ReplayOptionsWidget::conversationTip(const QString &chosen)
{
    const QString what = tr("Which recorded conversation to replay: a client connection (each connect of one that "
                            "reconnected while recorded), or one peer of a recorded server");
    return chosen.isEmpty() ? what : chosen + QStringLiteral("\n\n") + what;
}

QString ReplayOptionsWidget::roleText(const QString &role)
{
    if (role == QLatin1String("client"))
        return tr("client", "connection role");
    if (role == QLatin1String("server"))
        return tr("server", "connection role");
    if (role == QLatin1String("mock"))
        return tr("mock server", "connection role");
    return role;
}

QString ReplayOptionsWidget::ordinal(int number)
{
    const int lastTwo = number % 100;
    if (lastTwo < 11 || lastTwo > 13) {
        switch (number % 10) {
        case 1: return tr("%1st", "ordinal number: 1st, 21st").arg(number);
        case 2: return tr("%1nd", "ordinal number: 2nd, 22nd").arg(number);
        case 3: return tr("%1rd", "ordinal number: 3rd, 23rd").arg(number);
        default: break;
        }
    }
    return tr("%1th", "ordinal number: 4th, 11th, 12th").arg(number);
}

QString ReplayOptionsWidget::connectText(const ReplayConversation &conversation)
{
    // Which part of a connection: its connect when it reconnected while recorded, and whether
    // the recording began after it had opened (it then lacks its start, an initialize say).
    const QString opened = conversation.openedWallMs >= 0
                               ? QDateTime::fromMSecsSinceEpoch(conversation.openedWallMs).toString(QStringLiteral("HH:mm:ss"))
                               : QString();
    if (conversation.connects > 1) {
        return conversation.startedMidConnection
                   ? tr(", %1 connect, recorded mid-connection").arg(ordinal(conversation.connect))
                   : tr(", %1 connect (%2)").arg(ordinal(conversation.connect), opened);
    }
    return conversation.startedMidConnection ? tr(", recorded mid-connection") : QString();
}

QString ReplayOptionsWidget::conversationText(const ReplayConversation &conversation)
{
    const QString role = roleText(conversation.role);
    const QString where = conversation.url.isEmpty() ? QString() : QStringLiteral(" · ") + conversation.url;
    const QString steps = tr("%n step(s)", nullptr, conversation.steps);
    if (conversation.peer == 0)
        return tr("Connection %1 (%2)%3%4 · %5").arg(conversation.connection).arg(role, connectText(conversation), where, steps);
    return tr("Connection %1, peer %2 (%3)%4%5 · %6")
        .arg(conversation.connection)
        .arg(conversation.peer)
        .arg(role, connectText(conversation), where, steps);
}

void ReplayOptionsWidget::setConversations(const QVector<ReplayConversation> &conversations)
{
    m_conversations = conversations;
    const QSignalBlocker blocker(m_conversation);
    m_conversation->clear();
    for (const ReplayConversation &conversation : conversations)
        m_conversation->addItem(conversationText(conversation));
    m_conversation->setEnabled(conversations.size() > 1);
    m_conversation->setCurrentIndex(-1);
}

int ReplayOptionsWidget::conversationIndexFor(const ReplaySettings &settings) const
{
    if (m_conversations.isEmpty())
        return -1;
    if (settings.connection == 0)
        return settings.peer == 0 ? 0 : -1;
    for (int i = 0; i < m_conversations.size(); ++i) {
        const ReplayConversation &c = m_conversations.at(i);
        if (c.connection == settings.connection && (settings.peer == 0 || c.peer == settings.peer)
            && (settings.connect == 0 || c.connect == int(settings.connect)))
            return i;
    }
    return -1;
}

void ReplayOptionsWidget::setConversation(int index)
{
    if (m_conversation->currentIndex() == index)
        Q_EMIT m_conversation->currentIndexChanged(index);
    else
        m_conversation->setCurrentIndex(index);
}

int ReplayOptionsWidget::conversation() const
{
    return m_conversation->currentIndex();
}

void ReplayOptionsWidget::setSettings(const ReplaySettings &settings)
{
    m_timing->setCurrentIndex(m_timing->findData(int(settings.timing)));
    m_speed->setValue(settings.speed);
    m_timeout->setValue(settings.responseTimeoutMs);
    m_ignores->clear();
    for (const QString &path : settings.ignorePaths)
        ignoreItem(path, m_ignores);
    m_defaultIgnores->setChecked(settings.defaultIgnores);
    m_captures = settings.captures;
    QStringList names;
    for (const ReplayCapture &capture : std::as_const(m_captures))
        names.append(QStringLiteral("{{%1}}").arg(capture.name));
    m_capturesNote->setText(tr("The file's %n capture(s) apply too: %1.", nullptr, int(names.size())).arg(names.join(QStringLiteral(", "))));
    m_capturesNote->setVisible(!names.isEmpty());
    updateTiming();
    updateIgnoreButtons();
}

ReplaySettings ReplayOptionsWidget::settings() const
{
    ReplaySettings settings;
    // Always by number: "connection 0" (the first with messages) can name another conversation
    // than the first one listed when a server's first messages were its own.
    const int index = m_conversation->currentIndex();
    if (index >= 0 && index < m_conversations.size())
        ReplaySetup::select(m_conversations.at(index), &settings);
    settings.timing = ReplayTiming(m_timing->currentData().toInt());
    settings.speed = m_speed->value();
    settings.responseTimeoutMs = m_timeout->value();
    for (int row = 0; row < m_ignores->count(); ++row) {
        const QString path = m_ignores->item(row)->text().trimmed();
        if (!path.isEmpty())
            settings.ignorePaths.append(path);
    }
    settings.defaultIgnores = m_defaultIgnores->isChecked();
    settings.captures = m_captures;
    return settings;
}

void ReplayOptionsWidget::setUrl(const QString &url)
{
    m_url->setCurrentText(url);
}

QString ReplayOptionsWidget::url() const
{
    return m_url->currentText().trimmed();
}

void ReplayOptionsWidget::setUrlHistory(const QStringList &urls)
{
    const QString current = m_url->currentText();
    const QSignalBlocker blocker(m_url);
    m_url->clear();
    m_url->addItems(urls);
    m_url->setCurrentText(current);
}

QString ReplayOptionsWidget::bearerToken() const
{
    return m_bearer->text().trimmed();
}

void ReplayOptionsWidget::setSecretsNote(const QString &note)
{
    m_secretsNote->setText(note);
    m_secretsNote->setVisible(!note.isEmpty());
}

void ReplayOptionsWidget::addIgnorePath(const QString &path)
{
    ignoreItem(path, m_ignores);
    updateIgnoreButtons();
}

bool ReplayOptionsWidget::validate(QString *error, bool withUrl)
{
    QString problem;
    const QUrl url(this->url(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (withUrl && this->url().isEmpty())
        problem = tr("Type the URL of the server to replay against.");
    else if (withUrl && (!url.isValid() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) || url.host().isEmpty()))
        problem = tr("\"%1\" is not a ws:// or wss:// URL.").arg(this->url());
    m_url->setStyleSheet(problem.isEmpty() ? QString() : problemStyle(m_url));
    m_url->setToolTip(problem.isEmpty() ? tr("The server to replay against: the recorded URL, or another (a staging server, a mock)")
                                        : problem);

    const QColor bad = ThemeColors::problem(palette());
    for (int row = 0; row < m_ignores->count(); ++row) {
        QListWidgetItem *item = m_ignores->item(row);
        const QString path = item->text().trimmed();
        QString why;
        const bool valid = path.isEmpty() || JsonPath::parse(path, &why).isValid();
        {
            // Marking is not editing (itemChanged clears the marks).
            const QSignalBlocker blocker(m_ignores);
            item->setData(Qt::ForegroundRole, valid ? QVariant() : QVariant(bad));
            item->setToolTip(valid ? QString() : why);
        }
        if (!valid && problem.isEmpty()) {
            problem = tr("The ignore path \"%1\" is not valid: %2").arg(path, why);
            m_ignores->setCurrentItem(item);
        }
    }
    if (error)
        *error = problem;
    return problem.isEmpty();
}

void ReplayOptionsWidget::updateTiming()
{
    const bool asRecorded = ReplayTiming(m_timing->currentData().toInt()) == ReplayTiming::AsRecorded;
    m_speed->setEnabled(asRecorded);
}

void ReplayOptionsWidget::removeIgnorePaths()
{
    const QList<QListWidgetItem *> items = m_ignores->selectedItems();
    for (QListWidgetItem *item : items)
        delete m_ignores->takeItem(m_ignores->row(item));
    updateIgnoreButtons();
    Q_EMIT changed();
}

void ReplayOptionsWidget::updateIgnoreButtons()
{
    m_removeIgnore->setEnabled(!m_ignores->selectedItems().isEmpty());
}

} // namespace Sockscope
