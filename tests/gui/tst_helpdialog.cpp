#include "guitestsupport.h"

#include "help/helpdialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace Sockscope;

class TestHelpDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void guideLoads();
    void showHelpIsNonModalAndReused();
    void screenshot();
};

void TestHelpDialog::initTestCase()
{
    SockscopeGuiTest::isolateSettings("tst_helpdialog");
}

void TestHelpDialog::guideLoads()
{
    QVERIFY(!HelpDialog::guideMarkdown().isEmpty());
    HelpDialog dialog;
    QCOMPARE(dialog.objectName(), QStringLiteral("helpDialog"));
    auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
    QVERIFY(browser);
    const QString text = browser->toPlainText();
    for (const char *needle : {"Ctrl+Enter", ".sockscope", "sockscope replay", "sockscope connect", "sockscope mock",
                               "Ctrl+Shift+M", "F5", "docs/CLI.md", "JSON lines"})
        QVERIFY2(text.contains(QLatin1String(needle)), needle);
    // Markdown was rendered: tables and headings, no raw table syntax left.
    QVERIFY(!text.contains(QStringLiteral("|-----|")));
    QVERIFY(!text.contains(QStringLiteral("## ")));
}

void TestHelpDialog::showHelpIsNonModalAndReused()
{
    QWidget parent;
    HelpDialog::showHelp(&parent);
    auto dialogs = parent.findChildren<HelpDialog *>();
    QCOMPARE(dialogs.size(), 1);
    HelpDialog *dialog = dialogs.first();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("helpButtons"))->button(QDialogButtonBox::Close)->click();
    QVERIFY(!dialog->isVisible());
    HelpDialog::showHelp(&parent);
    QCOMPARE(parent.findChildren<HelpDialog *>().size(), 1);
    QVERIFY(dialog->isVisible());
}

void TestHelpDialog::screenshot()
{
    HelpDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!SockscopeGuiTest::screenshot(&dialog, QStringLiteral("help.png")).isNull());
}

QTEST_MAIN(TestHelpDialog)
#include "tst_helpdialog.moc"
