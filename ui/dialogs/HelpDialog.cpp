#include "dialogs/HelpDialog.h"

#include "ScreenFit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fb::ui {

namespace {

void addShortcuts(const QMenu* menu, const QString& path, QString& rows)
{
    for (const QAction* action : menu->actions()) {
        const QString name = path + action->text().remove(u'&');
        if (action->menu())
            addShortcuts(action->menu(), name + QStringLiteral(" ▸ "), rows);
        else if (!action->shortcut().isEmpty())
            rows +=
                QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(), name.toHtmlEscaped());
    }
}

} // namespace

HelpDialog::HelpDialog(const QString& title, const QString& html, QWidget* parent) : QDialog(parent), m_html(html)
{
    setWindowTitle(title);
    auto* browser = new QTextBrowser(this);
    browser->setHtml(html);
    browser->setOpenLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    resizeToScreen(this, QSize(640, 620));
}

HelpDialog* HelpDialog::shortcuts(const QMenuBar* menus, QWidget* parent)
{
    QString rows;
    for (const QAction* top : menus->actions())
        if (top->menu())
            addShortcuts(top->menu(), top->text().remove(u'&') + QStringLiteral(" ▸ "), rows);
    const QString html =
        tr("<p>Every command with a key of its own. In forms, Tab moves to the next field, Enter on a button "
           "presses it, and Ctrl+S saves.</p>") +
        QStringLiteral("<table cellspacing=6>%1</table>").arg(rows) +
        tr("<p>On the Calibration page, <b>F11</b> or <i>Present</i> opens the shared screen; there ←/→ and "
           "PgUp/PgDn move between interactions, <b>C</b> switches the chart, <b>M</b> and <b>I</b> toggle the "
           "masking of names and participants, and <b>Esc</b> leaves.</p>");
    return new HelpDialog(tr("Keyboard Shortcuts"), html, parent);
}

HelpDialog* HelpDialog::glossary(QWidget* parent)
{
    return new HelpDialog(tr("Glossary"), glossaryHtml(), parent);
}

QString HelpDialog::glossaryHtml()
{
    return tr("<h3>n</h3><p>How many things a number was computed from: surveys, interactions, evaluations or "
              "answers. “64.5 % (n = 200)” means 200 surveys.</p>"
              "<h3>Small sample ◔</h3><p>Too few to trust: below the metric’s minimum n the value is shown but not "
              "scored, and a page says “not enough data” instead of a result.</p>"
              "<h3>Interval (95% CI)</h3><p>The range the true value most likely lies in, given how much data there "
              "is. “4 points (1 to 7)” means somewhere between 1 and 7; when the range includes 0, the change may be "
              "chance. Technically: a 95% confidence interval.</p>"
              "<h3>Difference in differences</h3><p>How much more coached agents improved than similar agents who "
              "were not coached over the same weeks, so that a change the whole floor saw is not credited to "
              "coaching.</p>"
              "<h3>ρ (rho)</h3><p>How closely two things rise and fall together across agents, from −1 (opposite) "
              "through 0 (unrelated) to 1 (always together). Floorboard uses Spearman’s rank correlation, which "
              "only looks at the order.</p>"
              "<h3>alpha (Krippendorff’s α)</h3><p>How much evaluators agree beyond what chance would give: 1 is "
              "full agreement, 0 is no better than chance. 0.8 and above is reliable; below 0.667, calibrate "
              "again.</p>"
              "<h3>AC1 (Gwet’s AC1)</h3><p>Agreement beyond chance for yes/no attributes; unlike alpha it "
              "stays meaningful when nearly every answer is the same. It is computed for yes/no attributes only, so "
              "its column is empty on 0–4 scales.</p>"
              "<h3>Adjusted for several tests (Holm, Benjamini–Hochberg)</h3><p>When many comparisons are made at "
              "once, some look significant by chance; the p-values are raised to account for that.</p>");
}

} // namespace fb::ui
