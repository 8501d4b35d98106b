#pragma once

#include "security/auditlogquery.h"
#include "settingscontext.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace routiq {

class AuditLogModel;

// Settings › Audit log (admins): the log filtered by user, action and dates, paged as it
// scrolls; "Verify" runs the whole check of `routiq-cli audit verify` and says in words what
// it found (which entry broke, if any); "Export CSV…" saves the filtered entries. Opening a
// view and exporting are audited (AuditLogQuery), like the CLI's reads.
class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogPage(SettingsContext context, QWidget *parent = nullptr);
    ~AuditLogPage() override;

    // Re-reads the user names and opens the view for the current filter fields.
    void applyFilter();
    AuditFilter currentFilter() const;
    // Verify's answer arrives later (verified()).
    void verify();
    bool exportTo(const QString &path);

    AuditLogModel *model() const { return m_model; }
    QComboBox *userField() const { return m_user; }
    QComboBox *actionField() const { return m_action; }
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    QTableView *view() const { return m_view; }
    QString verifyText() const;
    QString message() const;

signals:
    void verified(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshUsers();
    void askExportPath();
    static QString describe(const AuditVerifier::Report &report);

    SettingsContext m_context;
    std::unique_ptr<AuditLogQuery> m_query;
    AuditLogModel *m_model = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_verifyResult = nullptr;
    bool m_opened = false;
};

} // namespace routiq
