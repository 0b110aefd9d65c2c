#include "FirstStartDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace luotsi::gui {

FirstStartDialog::FirstStartDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowTitle(tr("Welcome to Luotsi"));
    auto* intro = new QLabel(tr("<h3>Welcome to Luotsi</h3><p>A new customer register will be "
                                "created in<br><tt>%1</tt></p><p>How do you want to start?</p>")
                                 .arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_empty = new QRadioButton(
        tr("An &empty register — for real work; fill it by hand or by import"), this);
    m_empty->setObjectName(QStringLiteral("emptyRegisterRadioButton"));
    m_demo =
        new QRadioButton(tr("A &demo register — %Ln realistic Finnish customers to try Luotsi with",
                            nullptr, demoCustomers),
                         this);
    m_demo->setObjectName(QStringLiteral("demoRegisterRadioButton"));
    m_empty->setChecked(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_demo);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool FirstStartDialog::demoChosen() const
{
    return m_demo->isChecked();
}

} // namespace luotsi::gui
