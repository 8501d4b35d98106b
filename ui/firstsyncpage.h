#pragma once

#include "domain/ids.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace routiq {

class ClinicConnectionService;
class ClinicSession;

// The wizard's last step: the first sync of a newly connected clinic, per resource (locations,
// practitioners, appointment types, patients, appointments) with counts, the requests used
// against the PMS's budget and an estimate of the time left, and a Pause button that the
// service keeps across restarts (the sync resumes from its cursors). Reads the session's
// progress signals; the sync itself runs in the session's own thread.
class FirstSyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirstSyncPage(ClinicConnectionService *service, QWidget *parent = nullptr);

    // Follows `session` (the clinic just added); its pause state comes from the service.
    void follow(ClinicSession *session);
    ClinicId clinic() const { return m_clinic; }

    QTreeWidget *resources() const { return m_resources; }
    QPushButton *pauseButton() const { return m_pause; }
    QLabel *budgetLabel() const { return m_budget; }
    QLabel *etaLabel() const { return m_eta; }
    QString statusText() const;

signals:
    // The first figures are in the cache: the dashboard can open while the rest arrives.
    void firstFigures();
    void backfillComplete();
    void pauseFailed(const QString &message);
    // The admin pressed Pause or Resume; the wizard hands it to the service with the acting user.
    void pauseToggled(bool paused);

public slots:
    void setPaused(bool paused);

private:
    void onProgress(const QString &resource, qint64 done, qint64 total, qint64 etaSecs);
    void updateBudget();
    QTreeWidgetItem *row(const QString &resource);

    ClinicConnectionService *m_service;
    ClinicId m_clinic;
    QTreeWidget *m_resources = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_budget = nullptr;
    QLabel *m_eta = nullptr;
    QPushButton *m_pause = nullptr;
    QHash<QString, QTreeWidgetItem *> m_rows;
    bool m_paused = false;
    bool m_figuresSent = false;
};

} // namespace routiq
