#include "mainwindow.h"

#include "appointmentlistdialog.h"
#include "bookingtrendsmodel.h"
#include "cardframe.h"
#include "charts/bookingtrendschart.h"
#include "charts/peakhoursheatmap.h"
#include "dailynotebar.h"
#include "dashboardfilters.h"
#include "dashboardpdfexporter.h"
#include "kpicard.h"
#include "kpicardgrid.h"
#include "kpimodel.h"
#include "live/livestatustracker.h"
#include "liveindicator.h"
#include "peakhoursmodel.h"
#include "risklistdialog.h"
#include "snapshotthrottle.h"
#include "statusbanner.h"
#include "syncstatuspanel.h"
#include "theme.h"
#include "todayboardpage.h"
#include "trendscsvexporter.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>
#include <tuple>

namespace routiq {

namespace {

QWidget *titledPanel(const QString &title, QWidget *content, QWidget *parent)
{
    auto *panel = new CardFrame(parent);
    auto *label = new QLabel(title, panel);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(f.pointSizeF() * 1.05);
    label->setFont(f);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return panel;
}

bool settingsAvailable()
{
    // Only the real app (which names its organisation) reads or writes user settings.
    return !QCoreApplication::organizationName().isEmpty();
}

} // namespace

MainWindow::MainWindow(KpiModel *kpis, QWidget *parent) : QMainWindow(parent), m_kpis(kpis)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Routiq"));
    // Appearance before any widget exists: ROUTIQ_THEME wins (screenshots), else the user's
    // last choice from the View menu, else the system palette.
    std::optional<ThemeMode> theme;
    if (themeModeFromEnvironment() != ThemeMode::System)
        theme = themeModeFromEnvironment();
    else if (settingsAvailable() && QSettings().contains(QStringLiteral("mainWindow/appearance")))
        theme = ThemeMode(
            qBound(0, QSettings().value(QStringLiteral("mainWindow/appearance")).toInt(), 2));
    if (theme && *theme != currentThemeMode())
        applyTheme(*theme);
    m_trends = new BookingTrendsModel(this);
    m_peaks = new PeakHoursModel(this);
    m_throttle = new SnapshotThrottle(this);
    connect(m_throttle, &SnapshotThrottle::snapshotReady, this, &MainWindow::showSnapshot);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(buildHeader());
    m_banner = new StatusBanner(central);
    layout->addWidget(m_banner);
    m_staleBanner = new StatusBanner(central);
    m_staleBanner->setObjectName(QStringLiteral("StaleDataBanner"));
    m_staleBanner->setAccessibleName(tr("Data out of date"));
    layout->addWidget(m_staleBanner);
    m_syncPanel = new SyncStatusPanel(central);
    layout->addWidget(m_syncPanel);
    m_noteBar = new DailyNoteBar(central);
    layout->addWidget(m_noteBar);

    auto *content = new QWidget(central);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 6, 0, 0);
    contentLayout->setSpacing(10);
    m_range = new QLabel(content);
    m_range->setObjectName(QStringLiteral("RangeLabel"));
    m_insightLinks = new QHBoxLayout; // the range, then the insight windows' buttons
    m_insightLinks->addWidget(m_range, 1);
    contentLayout->addLayout(m_insightLinks);
    contentLayout->addWidget(buildCards());
    contentLayout->addWidget(buildCharts(), 1);

    auto *scroll = new QScrollArea(central);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    // The dashboard and the front desk's Today board share the selectors above them.
    m_pages = new QTabWidget(central);
    m_pages->setDocumentMode(true);
    m_pages->addTab(scroll, tr("Dashboard"));
    m_today = new TodayBoardPage(m_pages);
    m_pages->addTab(m_today, tr("Today board"));
    m_pages->setTabToolTip(0, tr("The clinic's figures for the period (Ctrl+1)"));
    m_pages->setTabToolTip(1, tr("Today's and tomorrow's bookings with no-show risk (Ctrl+2)"));
    connect(m_pages, &QTabWidget::currentChanged, this,
            [this](int index) { emit todayBoardShownChanged(index == 1); });
    connect(m_noteBar, &DailyNoteBar::openRequested, this, [this] {
        showTodayBoard();
        m_today->setDay(TodayBoardPage::Day::Tomorrow);
    });
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    buildMenus();
    statusBar()->setSizeGripEnabled(true);

    connect(m_filters, &DashboardFilters::requestChanged, this, &MainWindow::requestChanged);
    connect(m_filters->clinicBox(), &QComboBox::currentTextChanged, this,
            [this](const QString &clinic) {
                setWindowTitle(clinic.isEmpty() ? tr("Routiq")
                                                : tr("Routiq \u2014 %1").arg(clinic));
            });

    // Keyboard: selectors first, then the cards in reading order.
    QWidget *previous = m_filters->lastInTabOrder();
    for (QWidget *tile : m_cardGrid->tabChain()) {
        setTabOrder(previous, tile);
        previous = tile;
    }

    m_range->setText(tr("Waiting for the first figures\u2026"));
    resize(1280, 860);
    if (settingsAvailable())
        restoreLayout(QSettings());
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildHeader()
{
    auto *header = new QWidget(this);
    auto *column = new QVBoxLayout(header);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(8);

    auto *top = new QHBoxLayout;
    auto *brand = new QLabel(tr("Routiq"), header);
    brand->setObjectName(QStringLiteral("Brand"));
    QFont f = brand->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    brand->setFont(f);
    top->addWidget(brand);
    top->addStretch();
    m_indicator = new LiveIndicator(header);
    top->addWidget(m_indicator);
    column->addLayout(top);

    m_filters = new DashboardFilters(header);
    column->addWidget(m_filters);
    return header;
}

QWidget *MainWindow::buildCards()
{
    m_cardGrid = new KpiCardGrid(m_kpis, this);
    connect(m_cardGrid, &KpiCardGrid::activated, this, &MainWindow::drillDownRequested);
    connect(m_cardGrid, &KpiCardGrid::retrainRequested, this, &MainWindow::retrainRequested);
    return m_cardGrid;
}

QWidget *MainWindow::buildCharts()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_trendsChart = new BookingTrendsChart(m_trends, row);
    m_heatMap = new PeakHoursHeatMap(m_peaks, row);
    m_trendsPanel = titledPanel(tr("Bookings per day"), m_trendsChart, row);
    m_heatPanel = titledPanel(tr("Peak hours (bookings by start time)"), m_heatMap, row);
    layout->addWidget(m_trendsPanel, 3);
    layout->addWidget(m_heatPanel, 2);
    row->setMinimumHeight(320);
    return row;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *pdf = file->addAction(tr("Export dashboard as &PDF\u2026"));
    pdf->setShortcut(QKeySequence::Print);
    connect(pdf, &QAction::triggered, this, [this] { askExportPath(QStringLiteral("pdf")); });
    QAction *csv = file->addAction(tr("Export daily figures as &CSV\u2026"));
    csv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(csv, &QAction::triggered, this, [this] { askExportPath(QStringLiteral("csv")); });
    file->addSeparator();
    m_clinicConnections = file->addAction(tr("Clinic &connections\u2026"));
    m_clinicConnections->setVisible(false);
    connect(m_clinicConnections, &QAction::triggered, this,
            &MainWindow::clinicConnectionsRequested);
    m_settings = file->addAction(tr("S&ettings…"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setVisible(false);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_signOut = file->addAction(tr("&Sign out"));
    m_signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_signOut->setVisible(false);
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // The two pages and the board's day switch, each with a shortcut.
    const auto showDay = [this](TodayBoardPage::Day day) {
        showTodayBoard();
        m_today->setDay(day);
    };
    const std::tuple<QString, QKeySequence, std::function<void()>> pages[] = {
        {tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_1),
         [this] {
             showDashboard();
         }},
        {tr("&Today board"), QKeySequence(Qt::CTRL | Qt::Key_2),
         [this] {
             showTodayBoard();
         }},
        {tr("Today board: t&oday"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft),
         [showDay] {
             showDay(TodayBoardPage::Day::Today);
         }},
        {tr("Today board: &next day"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight), [showDay] {
             showDay(TodayBoardPage::Day::Tomorrow);
         }}};
    for (const auto &[label, keys, action] : pages) {
        QAction *a = view->addAction(label);
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, action);
    }
    m_viewMenu = view;
    m_viewPagesEnd = view->addSeparator();
    QAction *health = view->addAction(tr("Sync &health\u2026"));
    connect(health, &QAction::triggered, this, &MainWindow::syncHealthRequested);
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *group = new QActionGroup(this);
    const std::pair<ThemeMode, QString> modes[] = {{ThemeMode::System, tr("Follow &system")},
                                                   {ThemeMode::Light, tr("&Light")},
                                                   {ThemeMode::Dark, tr("&Dark")}};
    for (const auto &[mode, label] : modes) {
        QAction *a = appearance->addAction(label);
        a->setCheckable(true);
        a->setChecked(mode == currentThemeMode());
        a->setData(int(mode));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [mode] { applyTheme(mode); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *diagnostics = help->addAction(tr("Save &diagnostics\u2026"));
    connect(diagnostics, &QAction::triggered, this, &MainWindow::diagnosticsRequested);
}

void MainWindow::setStaleAlert(const QString &headline, const QString &text)
{
    m_staleBanner->showText(headline, text);
}

void MainWindow::addInsightActions(const QList<QAction *> &actions)
{
    m_viewMenu->insertSeparator(m_viewPagesEnd);
    QWidget *previous = m_filters->lastInTabOrder(); // selectors, these buttons, then the cards
    for (QAction *a : actions) {
        m_viewMenu->insertAction(m_viewPagesEnd, a);
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::StrongFocus);
        m_insightLinks->addWidget(button);
        setTabOrder(previous, button);
        previous = button;
    }
}

void MainWindow::setClinics(const QList<ClinicChoice> &clinics, bool offerAllClinics)
{
    m_filters->setClinics(clinics, offerAllClinics);
    setWindowTitle(clinics.isEmpty()
                       ? tr("Routiq")
                       : tr("Routiq \u2014 %1").arg(m_filters->clinicBox()->currentText()));
}

void MainWindow::setCurrentClinic(const ClinicId &clinic)
{
    m_filters->setCurrentClinic(clinic);
    setWindowTitle(tr("Routiq \u2014 %1").arg(m_filters->clinicBox()->currentText()));
}

void MainWindow::setFilterChoices(const QList<FilterChoice> &locations,
                                  const QList<FilterChoice> &practitioners)
{
    m_filters->setFilterChoices(locations, practitioners);
}

void MainWindow::setLiveStatusTracker(LiveStatusTracker *tracker)
{
    m_tracker = tracker;
    m_indicator->setTracker(tracker);
    m_banner->setTracker(tracker);
    m_syncPanel->setTracker(tracker);
}

void MainWindow::applySnapshot(const MetricsSnapshot &snapshot)
{
    m_throttle->submit(snapshot);
}

void MainWindow::clearSnapshot()
{
    m_throttle->discardPending();
    m_snapshot.reset();
    m_kpis->clear();
    m_trends->setTrends({});
    m_peaks->setCells({});
    m_range->setText(tr("Waiting for the first figures\u2026"));
}

void MainWindow::showSnapshot(const MetricsSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_kpis->setSnapshot(snapshot);
    m_trends->setSnapshot(snapshot);
    m_peaks->setSnapshot(snapshot);
    m_range->setText(rangeText());
}

QString MainWindow::rangeText() const
{
    if (!m_snapshot || !m_snapshot->range.startDate.isValid())
        return m_range->text();
    const QLocale l;
    const ResolvedRange &r = m_snapshot->range;
    const auto span = [&l](QDate a, QDate b) {
        return tr("%1 \u2013 %2")
            .arg(l.toString(a, QStringLiteral("ddd d MMM")),
                 l.toString(b, QStringLiteral("ddd d MMM yyyy")));
    };
    QString text = span(r.startDate, r.endDate);
    if (r.previousStartDate.isValid())
        text = tr("%1, compared with %2").arg(text, span(r.previousStartDate, r.previousEndDate));
    return text;
}

MetricsRequest MainWindow::currentRequest() const
{
    return m_filters->request();
}

void MainWindow::showAppointmentList(const QString &title, const QList<AppointmentRow> &rows)
{
    if (!m_list) {
        m_list = new AppointmentListDialog(this);
        m_list->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_list->setRows(title, rows);
    m_list->show();
    m_list->raise();
    m_list->activateWindow();
}

void MainWindow::setSignedInName(const QString &name)
{
    m_signOut->setText(tr("&Sign out %1").arg(name));
    m_signOut->setVisible(!name.isEmpty());
    m_settings->setVisible(!name.isEmpty());
}

void MainWindow::setAdminActionsVisible(bool visible)
{
    m_clinicConnections->setVisible(visible);
}

void MainWindow::closeAppointmentList()
{
    if (m_list)
        m_list->close(); // deletes itself (WA_DeleteOnClose), rows and names with it
    if (m_riskList)
        m_riskList->close();
}

void MainWindow::setDrillDownEnabled(bool enabled)
{
    m_cardGrid->setDrillDownEnabled(enabled);
}

void MainWindow::showRiskList(const QString &title, const QList<RiskListModel::Entry> &entries,
                              const NoShowSnapshot &snapshot, const RiskBands &bands)
{
    if (!m_riskList) {
        m_riskList = new RiskListDialog(this);
        m_riskList->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_riskList->setEntries(title, entries, snapshot, bands);
    m_riskList->show();
    m_riskList->raise();
    m_riskList->activateWindow();
}

void MainWindow::showDailyNote(const QString &text)
{
    m_noteBar->showNote(text);
}

void MainWindow::showTodayBoard()
{
    m_pages->setCurrentIndex(1);
}

void MainWindow::showDashboard()
{
    m_pages->setCurrentIndex(0);
}

bool MainWindow::todayBoardShown() const
{
    return m_pages->currentIndex() == 1;
}

QString MainWindow::describeRequest() const
{
    QStringList parts;
    parts << m_filters->clinicBox()->currentText();
    if (m_filters->locationBox()->currentIndex() > 0)
        parts << m_filters->locationBox()->currentText();
    if (m_filters->practitionerBox()->currentIndex() > 0)
        parts << m_filters->practitionerBox()->currentText();
    parts << rangeText();
    if (m_tracker)
        parts << m_tracker->bannerText();
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" \u00b7 "));
}

bool MainWindow::auditExport(const QString &kind, QString *error) const
{
    const QString refusal =
        m_exportAuditor ? m_exportAuditor(kind) : tr("Exports need a signed-in account.");
    if (refusal.isEmpty())
        return true;
    if (error)
        *error = refusal;
    return false;
}

bool MainWindow::exportPdf(const QString &path, QString *error)
{
    if (!auditExport(QStringLiteral("pdf"), error))
        return false;
    const auto imageOf = [](QWidget *w) {
        const qreal scale = 2.0; // crisp on paper
        QImage img((QSizeF(w->size()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(scale);
        img.fill(w->palette().color(QPalette::Base));
        w->render(&img, {}, {}, QWidget::DrawChildren);
        return img;
    };
    DashboardPdfExporter::Content content;
    content.title = windowTitle();
    content.subtitle = describeRequest();
    content.kpis = m_kpis;
    content.charts = {{tr("Bookings per day"), imageOf(m_trendsChart)},
                      {tr("Peak hours (bookings by start time)"), imageOf(m_heatMap)}};
    if (!DashboardPdfExporter::write(path, content, error))
        return false;
    emit exported(QStringLiteral("pdf"), path);
    return true;
}

bool MainWindow::exportCsv(const QString &path, QString *error)
{
    if (!auditExport(QStringLiteral("csv"), error))
        return false;
    if (!TrendsCsvExporter::write(path, m_trends->trends(), error))
        return false;
    emit exported(QStringLiteral("csv"), path);
    return true;
}

void MainWindow::askExportPath(const QString &kind)
{
    // Non-modal file dialog: no nested event loop.
    auto *dialog = new QFileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const bool pdf = kind == QLatin1String("pdf");
    dialog->setWindowTitle(pdf ? tr("Export dashboard as PDF") : tr("Export daily figures as CSV"));
    dialog->setNameFilter(pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(kind);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(pdf ? tr("routiq-dashboard.pdf") : tr("routiq-daily-figures.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, pdf](const QString &path) {
        QString error;
        const bool ok = pdf ? exportPdf(path, &error) : exportCsv(path, &error);
        statusBar()->showMessage(ok ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : error,
                                 8000);
    });
    dialog->open();
}

void MainWindow::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/period"), int(m_filters->period()));
    if (themeModeFromEnvironment() == ThemeMode::System) // a forced theme is not a preference
        settings.setValue(QStringLiteral("mainWindow/appearance"), int(currentThemeMode()));
}

void MainWindow::restoreLayout(const QSettings &settings)
{
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const QVariant period = settings.value(QStringLiteral("mainWindow/period"));
    if (period.isValid()) {
        const int p = period.toInt();
        if (p >= 0 && p < int(DashboardFilters::PeriodChoice::CustomRange)) {
            const QSignalBlocker block(m_filters);
            m_filters->setPeriod(DashboardFilters::PeriodChoice(p));
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (settingsAvailable()) {
        QSettings settings;
        saveLayout(settings);
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::setStatusText(const QString &text)
{
    m_indicator->setPlaceholderText(text);
}

AppointmentListDialog *MainWindow::appointmentListDialog() const
{
    return m_list.data();
}

} // namespace routiq
