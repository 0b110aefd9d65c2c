#include "MainWindow.h"

#include "ModuleRegistry.h"
#include "card/CustomerCard.h"
#include "core/Settings.h"
#include "core/Workspace.h"
#include "core/register/CustomerService.h"
#include "customers/CustomerListView.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "customers/ListedProbe.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace luotsi::gui {

MainWindow::MainWindow(core::Workspace& workspace, core::Settings& settings,
                       const ModuleRegistry& registry, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Luotsi — customer register"));
    m_moduleContext =
        std::make_unique<ModuleContext>(ModuleContext{workspace, settings, &registry,
                                                      [this](qint64 id) {
                                                          m_modules->setCurrentRow(0);
                                                          if (m_customersPage)
                                                              m_customersPage->openCustomer(id);
                                                      },
                                                      [this](const core::CustomerQuery& query) {
                                                          m_modules->setCurrentRow(0);
                                                          if (m_customersPage)
                                                              m_customersPage->showQuery(query);
                                                      }});

    m_pages = new QStackedWidget(this);
    createSidebar();
    for (const auto& module : registry.modules()) {
        QWidget* page = module.createPage(*m_moduleContext, m_pages);
        page->setObjectName(page->objectName().isEmpty() ? module.id + QStringLiteral("Page")
                                                         : page->objectName());
        m_pages->addWidget(page);
        auto* item = new QListWidgetItem(module.icon, module.title(), m_modules);
        item->setData(Qt::UserRole, module.id);
        if (auto* customers = qobject_cast<CustomersPage*>(page))
            m_customersPage = customers;
    }

    auto* splitter = new QSplitter(this);
    auto* sidebar = new QWidget(splitter);
    auto* sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(4, 4, 0, 4);
    sidebarLayout->addWidget(m_modules, 1);
    auto* recentLabel = new QLabel(tr("Recent customers"), sidebar);
    recentLabel->setBuddy(m_recent);
    sidebarLayout->addWidget(recentLabel);
    sidebarLayout->addWidget(m_recent, 2);
    splitter->addWidget(sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1200});
    setCentralWidget(splitter);

    m_databaseLabel =
        new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(workspace.path())), this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("customerCountStatusLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    connect(m_modules, &QListWidget::currentRowChanged, this, &MainWindow::showModule);
    m_modules->setCurrentRow(0);
    // Developer option for screenshots and demos: start on another module, by its id.
    if (const QString start = qEnvironmentVariable("LUOTSI_START_MODULE"); !start.isEmpty()) {
        for (int row = 0; row < m_modules->count(); ++row) {
            if (m_modules->item(row)->data(Qt::UserRole).toString() == start)
                m_modules->setCurrentRow(row);
        }
    }

    if (m_customersPage) {
        connect(m_customersPage, &CustomersPage::statusMessage, this,
                [this](const QString& message) { statusBar()->showMessage(message, 8000); });
        connect(m_customersPage, &CustomersPage::recentCustomersChanged, this,
                &MainWindow::reloadRecentCustomers);
        CustomerTableModel* model = m_customersPage->listView()->model();
        connect(model, &CustomerTableModel::countChanged, this, &MainWindow::updateCustomerCount);
        updateCustomerCount(model->rowCount());
        ListedProbe::installIfAsked(m_customersPage->listView()->table());
    }
    reloadRecentCustomers();
    if (!restoreGeometry(settings.mainWindowGeometry()))
        resize(1400, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::createSidebar()
{
    m_modules = new QListWidget(this);
    m_modules->setObjectName(QStringLiteral("moduleListWidget"));
    m_modules->setIconSize(QSize(24, 24));
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentCustomersListWidget"));
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        m_moduleContext->openCustomer(item->data(Qt::UserRole).toLongLong());
    });
}

void MainWindow::createActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* newCustomer = fileMenu->addAction(tr("&New customer"));
    newCustomer->setObjectName(QStringLiteral("actionNewCustomer"));
    newCustomer->setShortcut(QKeySequence::New);
    connect(newCustomer, &QAction::triggered, this, [this] {
        m_modules->setCurrentRow(0);
        if (m_customersPage)
            m_customersPage->newCustomer();
    });
    auto* openDatabase = fileMenu->addAction(tr("&Open database…"));
    openDatabase->setObjectName(QStringLiteral("actionOpenDatabase"));
    openDatabase->setShortcut(QKeySequence::Open);
    connect(openDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);

    auto* languageMenu = fileMenu->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QList<QPair<QString, QString>> choices{{QString(), tr("System default")},
                                                 {QStringLiteral("fi"), QStringLiteral("Suomi")},
                                                 {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, label] : choices) {
        auto* action = languageMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(m_settings.uiLanguage() == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* about = helpMenu->addAction(tr("&About Luotsi"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(newCustomer);
    toolbar->addSeparator();
    m_searchBox = new QLineEdit(toolbar);
    m_searchBox->setObjectName(QStringLiteral("globalSearchLineEdit"));
    m_searchBox->setPlaceholderText(
        tr("Search customers: name, business ID, city, contact, phone, email (Ctrl+K)"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMinimumWidth(520);
    m_searchBox->installEventFilter(this);
    toolbar->addWidget(m_searchBox);

    for (const QKeySequence& key :
         {QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_K)}) {
        auto* focusSearch = new QAction(this);
        focusSearch->setShortcut(key);
        focusSearch->setShortcutContext(Qt::WindowShortcut);
        connect(focusSearch, &QAction::triggered, this, [this] {
            m_searchBox->setFocus(Qt::ShortcutFocusReason);
            m_searchBox->selectAll();
        });
        addAction(focusSearch);
    }

    // Search as you type, but not on every keystroke of a fast typist: a short pause first.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_searchBox, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_modules->setCurrentRow(0);
        if (m_customersPage)
            m_customersPage->setSearchText(m_searchBox->text());
    });
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // From the search box, Down moves into the results and Enter opens the first one.
    if (watched == m_searchBox && event->type() == QEvent::KeyPress && m_customersPage) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_searchTimer->isActive()) {
                m_searchTimer->stop();
                m_customersPage->setSearchText(m_searchBox->text());
            }
            CustomerListView* list = m_customersPage->listView();
            list->focusTable();
            if (key != Qt::Key_Down && list->model()->rowCount() > 0)
                m_customersPage->openCustomer(
                    list->model()->customerId(list->table()->currentIndex().row()));
            return true;
        }
        if (key == Qt::Key_Escape) {
            m_searchBox->clear();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showModule(int row)
{
    if (row >= 0 && row < m_pages->count())
        m_pages->setCurrentIndex(row);
}

void MainWindow::reloadRecentCustomers()
{
    m_recent->clear();
    for (const qint64 id : m_settings.recentCustomers(m_workspace.path())) {
        const auto ref = m_workspace.customers().ref(id);
        if (!ref)
            continue;
        auto* item = new QListWidgetItem(ref->name, m_recent);
        item->setData(Qt::UserRole, id);
        item->setToolTip(ref->city);
    }
}

void MainWindow::updateCustomerCount(qint64 count)
{
    m_countLabel->setText(tr("%Ln customer(s) shown", nullptr, int(qMin<qint64>(count, INT_MAX))));
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or create a register"), QFileInfo(m_workspace.path()).absolutePath(),
        tr("Luotsi register (*.sqlite *.db);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty() || path == m_workspace.path())
        return;
    if (m_customersPage && !m_customersPage->maybeCloseAll())
        return;
    emit openDatabaseRequested(path);
}

void MainWindow::chooseLanguage(const QString& language)
{
    m_settings.setUiLanguage(language);
    QMessageBox::information(this, tr("Language"),
                             tr("The language changes when Luotsi is started again."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Luotsi"),
        tr("<h3>Luotsi %1</h3><p>One customer register for the whole group: the "
           "customer card, segments, account plans, the sales pipeline and "
           "reports.</p><p>Database: %2</p>")
            .arg(QCoreApplication::applicationVersion(), m_workspace.path().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_customersPage && !m_customersPage->maybeCloseAll()) {
        event->ignore();
        return;
    }
    m_settings.setMainWindowGeometry(saveGeometry());
    event->accept();
}

} // namespace luotsi::gui
