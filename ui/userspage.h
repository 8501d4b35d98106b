#pragma once

#include "security/account.h"
#include "security/accountservice.h"
#include "settingscontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace routiq {

// Settings › Users (admins): the accounts with role, clinics, state, expiry and last sign-in,
// and the changes routiq-cli's `user` commands make — add, disable/enable, role, clinics,
// expiry, password reset (the user must choose a new one at the next sign-in). Each goes
// through AccountService with the freshly re-read admin; its refusals (the last admin, no
// right) are shown as the service words them.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(SettingsContext context, QWidget *parent = nullptr);

    // Re-reads the list (also after every change).
    void refresh();

    // The actions behind the buttons, with the values their dialogs collected; false with
    // message() set when refused. `lastDay`: the account works through that local day.
    // With a last day the account is added once its end is known (see setLastDay).
    void addUser(AccountService::NewAccount spec, const std::optional<QDate> &lastDay);
    bool addAccount(const AccountService::NewAccount &spec);
    bool setDisabled(const QString &username, bool disabled);
    bool setRole(const QString &username, Role role);
    bool setClinics(const QString &username, const QList<ClinicId> &clinics);
    // The end comes from the clinics' zones (SettingsContext::expiryEnd), maybe later; then
    // setExpiry. No last day: a permanent account again.
    void setLastDay(const QString &username, const std::optional<QDate> &lastDay);
    bool setExpiry(const QString &username, const std::optional<QDateTime> &end);
    bool resetPassword(const QString &username, const QString &temporaryPassword);

    QString message() const;
    QTableWidget *table() const { return m_table; }
    QString selectedUsername() const;
    void selectUser(const QString &username);
    const QList<Account> &accounts() const { return m_accounts; }

signals:
    // After every attempt (refused or not), for tests and screen readers.
    void messageChanged(const QString &message);

private:
    void whenEnds(const QDate &lastDay, const QList<ClinicId> &clinics,
                  std::function<void(const QDateTime &)> then);
    void openAdd();
    void toggleDisabled();
    void openRole();
    void openClinics();
    void openExpiry();
    void openReset();
    void updateButtons();
    bool done(bool ok, const RoutiqError &error, const QString &success);
    std::optional<Account> selected() const;

    SettingsContext m_context;
    QList<Account> m_accounts;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_clinics = nullptr;
    QPushButton *m_expiry = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace routiq
