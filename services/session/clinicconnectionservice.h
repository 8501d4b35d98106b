#pragma once

#include "connectionreport.h"
#include "domain/clinicconnection.h"
#include "domain/routiqerror.h"
#include "security/actinguser.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace routiq {

class AppContext;
class AuditedAccess;
class ClinicSessions;
class Clock;
class ConnectionTest;

// The one path for changing clinic connections, used by `routiq-cli clinic ...`, the "Connect
// your clinic" wizard and the clinic-connections panel: add, test a connection, replace the API
// key (tested before it is saved), rename, pause or resume the sync, remove. Each entry point
// checks the acting user through AuditedAccess (admins only; ACCESS_DENIED otherwise) and is
// audited, refusals included; the UI hiding a button is not the check. With sessions set (the
// app), an added clinic starts syncing at once, a removed one is stopped before its files go,
// and a new key restarts the clinic's session.
class ClinicConnectionService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const RoutiqError &error)>;
    using TestDone =
        std::function<void(const std::optional<ConnectionReport> &report, const RoutiqError &e)>;

    static constexpr int kMaxRetentionYears = 100;

    // `context`, `access` and `clock` must outlive this object.
    ClinicConnectionService(AppContext *context, const AuditedAccess *access, const Clock *clock,
                            QObject *parent = nullptr);
    ~ClinicConnectionService() override;

    void setSessions(ClinicSessions *sessions) { m_sessions = sessions; }
    ClinicSessions *sessions() const { return m_sessions; }
    AppContext *context() const { return m_context; }

    // A new connection's fields before anything is asked of the PMS or stored: id ([a-z0-9_-],
    // not a demo id), name, retention 0..100 years, an IANA zone override, the key and base URL.
    // BAD_REQUEST (or the adapter's CONFIG_INVALID / INSECURE_URL) with a plain message.
    static RoutiqError validateNew(const ClinicConnection &connection, const QString &apiKey);
    // A clinic id made from a name ("Northside Physio" -> "northside-physio").
    static ClinicId suggestId(const QString &name);

    // Tries the key against the PMS (ConnectionTest) and answers with what it found, or a plain
    // message (wrong key, other shard, no network, PMS down, rate limited, proxy/TLS). Admins
    // only; audited as a connection change "test <pms>". Answers exactly once, later, unless
    // cancelTest() is called first.
    void testConnection(const ActingUser &user, const ClinicConnection &connection,
                        const QString &apiKey, TestDone done);
    void cancelTest();
    bool isTesting() const { return !m_test.isNull(); }

    // Stores the key in the vault and the connection in the app database (and starts its
    // session). CLINIC_EXISTS when the id is taken.
    void add(const ActingUser &user, ClinicConnection connection, const QString &apiKey, Done done);
    // Tests `apiKey` against the clinic's PMS first; only a key that works is stored (the old one
    // stays otherwise), then the clinic's session restarts with it.
    void replaceApiKey(const ActingUser &user, const ClinicId &clinic, const QString &apiKey,
                       Done done);
    RoutiqError rename(const ActingUser &user, const ClinicId &clinic, const QString &name);
    // Paused survives a restart (AppDatabase::setSyncPaused); resuming continues from the
    // cursors the sync had reached.
    RoutiqError setSyncPaused(const ActingUser &user, const ClinicId &clinic, bool paused);
    bool isSyncPaused(const ClinicId &clinic) const;
    // Stops the clinic's session, then ClinicDataRemoval: its cache files, its keychain entries
    // and every account's grant to it.
    void remove(const ActingUser &user, const ClinicId &clinic, Done done);

signals:
    // After a successful add, rename, key replacement, pause change or removal.
    void connectionsChanged();

private:
    RoutiqError known(const ClinicId &clinic, ClinicConnection *out) const;
    void reopenSession(const ClinicId &clinic);
    // Answers `done` on the next event-loop turn (callers see one behaviour).
    void later(Done done, const RoutiqError &error);

    AppContext *m_context;
    const AuditedAccess *m_access;
    const Clock *m_clock;
    ClinicSessions *m_sessions = nullptr;
    QPointer<ConnectionTest> m_test;
};

} // namespace routiq
