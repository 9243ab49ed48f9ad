#include "dialogs/ConnectDialog.h"

#include "store/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb::ui {

using namespace Qt::StringLiterals;

ConnectDialog::ConnectDialog(const QStringList& remembered, const QString& address, QWidget* parent)
    : QDialog(parent), m_address(new QComboBox(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Connect to Site Server"));

    auto* intro = new QLabel(tr("A site server is one shared Floorboard database on a PostgreSQL server, for every "
                                "team lead of a site. Your site manager gives you its address."),
                             this);
    intro->setWordWrap(true);

    // Editable, so an address can be typed; the list holds the remembered ones.
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->addItems(remembered);
    m_address->setCurrentText(address);
    m_address->lineEdit()->setPlaceholderText(u"postgresql://dbhost/site"_s);
    m_address->lineEdit()->setClearButtonEnabled(true);
    m_address->setAccessibleName(tr("Site server address"));
    m_address->setToolTip(tr("Type an address, or press Alt+Down to pick a remembered one."));
    m_address->setMinimumContentsLength(40);
    m_address->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_problem->setObjectName(u"addressProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    // Two lines kept for it, so that the dialog does not jump as it comes and goes.
    m_problem->setMinimumHeight(2 * m_problem->fontMetrics().lineSpacing());
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* forms = new QLabel(this);
    forms->setObjectName(u"addressForms"_s);
    forms->setWordWrap(true);
    forms->setTextFormat(Qt::RichText);
    forms->setTextInteractionFlags(Qt::TextBrowserInteraction);
    forms->setOpenExternalLinks(true);
    forms->setText(
        tr("<p>An address takes one of three forms:</p>"
           "<ul><li><tt>postgresql://dbhost/site</tt> — the server, then the database;</li>"
           "<li><tt>host=dbhost dbname=site user=floorboard</tt> — the same in words;</li>"
           "<li><tt>service=site</tt> — a name from your service file (<tt>~/.pg_service.conf</tt>).</li></ul>"
           "<p>Never put the password in the address: Floorboard refuses it, because it remembers addresses. "
           "The password comes from your password file (<tt>%1</tt>) or the service file; when neither has it, "
           "Floorboard asks for it and forgets it when you quit. See PostgreSQL's "
           "<a href=\"https://www.postgresql.org/docs/current/libpq-pgpass.html\">password file</a> and "
           "<a href=\"https://www.postgresql.org/docs/current/libpq-pgservice.html\">service file</a>, "
           "and Floorboard's docs/site-server.md.</p>")
            .arg(passwordFileName().toHtmlEscaped()));

    auto* form = new QFormLayout;
    auto* addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, m_address);
    form->addRow(QString(), m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("&Connect"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QComboBox::editTextChanged, this, &ConnectDialog::check);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(forms);
    layout->addStretch(1); // a taller dialog grows here, not between the lines
    layout->addWidget(buttons);
    // The address first, the links after the buttons: Tab from the address reaches Connect at once.
    setTabOrder(m_address, m_connect);
    setTabOrder(m_connect, buttons->button(QDialogButtonBox::Cancel));
    setTabOrder(buttons->button(QDialogButtonBox::Cancel), forms);
    m_address->setFocus();
    m_address->lineEdit()->selectAll();
    check();
    // As tall as the wrapped texts need at this width (sizeHint wraps them narrower, so taller).
    resize(600, layout->totalHeightForWidth(600));
}

QString ConnectDialog::address() const
{
    return m_address->currentText().trimmed();
}

QString ConnectDialog::addressProblem(const QString& text)
{
    const QString address = text.trimmed();
    if (address.isEmpty())
        return tr("Type the site server's address, or pick a remembered one.");
    if (!store::isSiteServerAddress(address))
        return tr("This is not a site server address: it starts with postgresql://, or with words such as host=, "
                  "dbname= or service=. A database file opens with File ▸ Open….");
    return {};
}

QString ConnectDialog::passwordFileName()
{
#ifdef Q_OS_WIN
    return u"%APPDATA%\\postgresql\\pgpass.conf"_s;
#else
    return u"~/.pgpass"_s;
#endif
}

void ConnectDialog::check()
{
    const QString problem = addressProblem(m_address->currentText());
    m_problem->setText(problem);
    m_connect->setEnabled(problem.isEmpty());
}

} // namespace fb::ui
