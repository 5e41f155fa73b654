#pragma once

#include <QDialog>

class QTextBrowser;

namespace Sockscope {

// The in-app guide (Help > Sockscope Guide): keyboard shortcuts, file formats and the
// command line, from the Markdown resource :/help/guide.md. Non-modal.
class HelpDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide's Markdown source; empty when the resource is missing.
    static QString guideMarkdown();

    // Shows the guide, reusing the one already open for `parent`, and raises it.
    static void showHelp(QWidget *parent);

private:
    QTextBrowser *m_browser;
};

} // namespace Sockscope
