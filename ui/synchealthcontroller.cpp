#include "synchealthcontroller.h"

#include "core/filelog.h"
#include "mainwindow.h"
#include "security/auditlog.h"
#include "session/appcontext.h"
#include "session/clinicsession.h"
#include "session/clinicsessions.h"
#include "session/diagnosticsbundle.h"
#include "storage/appdatabase.h"
#include "storage/schemamigrator.h"
#include "synchealthwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QSystemTrayIcon>

namespace routiq {

SyncHealthController::SyncHealthController(const Clock &clock, ClinicSessions *sessions,
                                           AppContext *context, MainWindow *window,
                                           AuditSource audit, QObject *parent)
    : QObject(parent), m_tracker(clock, sessions), m_context(context), m_main(window),
      m_audit(std::move(audit))
{
    m_tracker.setStaleAfterSecs(staleAlertMinutes() * 60);
    connect(sessions, &ClinicSessions::sessionOpened, this,
            [this](ClinicSession *session) { m_tracker.watch(session); });
    connect(sessions, &ClinicSessions::sessionClosing, this,
            [this](ClinicSession *session) { m_tracker.forget(session->connection().id); });
    for (ClinicSession *s : sessions->sessions())
        m_tracker.watch(s);
    connect(&m_tracker, &SyncHealthTracker::staleChanged, this,
            &SyncHealthController::onStaleChanged);
    connect(m_main, &MainWindow::syncHealthRequested, this, &SyncHealthController::openWindow);
    connect(m_main, &MainWindow::diagnosticsRequested, this,
            &SyncHealthController::askDiagnosticsPath);
}

SyncHealthController::~SyncHealthController()
{
    delete m_window;
}

int SyncHealthController::staleAlertMinutes()
{
    return qBound(1, QSettings().value(QStringLiteral("sync/staleAlertMinutes"), 15).toInt(),
                  24 * 60);
}

void SyncHealthController::openWindow()
{
    if (!m_window) {
        m_window = new SyncHealthWindow(&m_tracker);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void SyncHealthController::onStaleChanged(const QStringList &newlyStale)
{
    const QString text = m_tracker.staleText();
    m_main->setStaleAlert(text.isEmpty() ? QString() : tr("Data is out of date"), text);
    if (newlyStale.isEmpty() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull()) // a tray icon without an icon is not shown at all
            icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        m_tray = std::make_unique<QSystemTrayIcon>(icon);
        connect(m_tray.get(), &QSystemTrayIcon::messageClicked, this,
                &SyncHealthController::openWindow);
        m_tray->show();
    }
    m_tray->showMessage(tr("Routiq: data is out of date"), text, QSystemTrayIcon::Warning);
}

void SyncHealthController::askDiagnosticsPath()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("routiq-diagnostics-%1.zip")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(m_main, tr("Save diagnostics"), suggested,
                                                      tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    RoutiqError error;
    if (saveDiagnostics(path, &error))
        m_main->setStatusText(tr("Diagnostics saved to %1. They hold no patient data and no "
                                 "keys.")
                                  .arg(QDir::toNativeSeparators(path)));
    else
        m_main->setStatusText(error.message);
}

bool SyncHealthController::saveDiagnostics(const QString &path, RoutiqError *error) const
{
    DiagnosticsBundle::Contents contents;
    QSqlDatabase db;
    if (m_context && m_context->isUnlocked())
        db = m_context->appDatabase().database();
    contents.versions = DiagnosticsBundle::versions(db);
    RoutiqError ignored;
    if (db.isValid())
        contents.schemas.insert(QStringLiteral("app"),
                                SchemaMigrator::currentVersion(db, &ignored));
    contents.clinics = m_tracker.snapshots();
    if (RotatingLogFile *log = FileLog::current())
        contents.logLines = log->lastLines(DiagnosticsBundle::kLogLines);
    if (const AuditLog *audit = m_audit ? m_audit() : nullptr) {
        const AuditLog::Verification v = audit->verify();
        contents.audit =
            QJsonObject{{QStringLiteral("ok"), v.ok},
                        {QStringLiteral("code"), v.ok ? QJsonValue() : QJsonValue(v.code)},
                        {QStringLiteral("entries"), double(v.entries)},
                        {QStringLiteral("scope"), QStringLiteral("chain and MACs")}};
    } else {
        contents.audit = QJsonObject{{QStringLiteral("ok"), QJsonValue()},
                                     {QStringLiteral("note"), QStringLiteral("no audit log open")}};
    }
    return DiagnosticsBundle::write(path, contents, error);
}

} // namespace routiq
