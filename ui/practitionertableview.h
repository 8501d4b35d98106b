#pragma once

#include "domain/routiqerror.h"
#include "insightsource.h"
#include "metrics/practitionerbreakdown.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace routiq {

class PractitionerTableModel;

// Practitioners side by side (docs/metrics.md): every dashboard figure per practitioner for the
// dashboard's period and location, each with its change against the previous period, sortable.
// Activating a row (double-click, Enter) asks the dashboard to narrow to that practitioner.
// Aggregates only (any role that sees the clinic); CSV and PDF exports are recorded through
// AuditedAccess::exportAggregates first. Live: every new snapshot of the clinic asks again.
class PractitionerTableView : public QWidget
{
    Q_OBJECT
public:
    explicit PractitionerTableView(QWidget *parent = nullptr);

    void setSource(const InsightSource &source);

    bool exportCsv(const QString &path, QString *error);
    bool exportPdf(const QString &path, QString *error);

    // --- For tests and screenshots ---
    PractitionerTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;
    // Activates the row showing `practitionerId` as a double-click would.
    void activatePractitioner(RecordId practitionerId);

signals:
    void practitionerActivated(routiq::RecordId practitionerId);
    void updated();

private:
    void ask();
    void onTable(quint64 requestId, const PractitionerTable &table);
    void onFailed(quint64 requestId, const RoutiqError &error);
    bool auditExport(const QString &kind, QString *error) const;
    QString describe() const;
    void askExportPath(const QString &kind);

    InsightSource m_source;
    PractitionerTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_running = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QList<QMetaObject::Connection> m_connections;
    quint64 m_request = 0;
};

} // namespace routiq
