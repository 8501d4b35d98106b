#pragma once

#include "sync/synchealth.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace routiq {

class SyncHealthTracker;

// View › Sync health…: for one clinic at a time (a picker when there are several), the sync's
// state, last success, data age, requests per minute against the PMS budget, circuit-breaker
// state and next retry, each resource's last success, and the errors of the last 24 h with the
// reference a support person finds in the log. Reads SyncHealthTracker snapshots only; refreshes
// every second while shown.
class SyncHealthWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SyncHealthWindow(const SyncHealthTracker *tracker, QWidget *parent = nullptr);

    void showClinic(const QString &clinicId);
    QString shownClinic() const;
    // For tests: the texts of the status rows ("state", "age", "budget", "circuit", "retry").
    QString fieldText(const QString &key) const;
    QTableWidget *errorsTable() const { return m_errors; }

public slots:
    void refresh();

private:
    void fillClinics();
    void showHealth(const SyncHealth &h);

    QPointer<const SyncHealthTracker> m_tracker;
    QComboBox *m_clinic = nullptr;
    QHash<QString, QLabel *> m_fields;
    QTableWidget *m_resources = nullptr;
    QTableWidget *m_errors = nullptr;
    QLabel *m_errorsTitle = nullptr;
    QTimer m_timer;
};

} // namespace routiq
