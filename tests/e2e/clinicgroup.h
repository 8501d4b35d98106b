#pragma once

#include "core/clock.h"
#include "domain/clinicconnection.h"
#include "net/httppolicyregistry.h"
#include "security/actinguser.h"
#include "session/appcontext.h"
#include "session/clinicsessions.h"

#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace routiq::test {

// A signed-in user as AccountService would hand it out (tests assign roles without passwords).
ActingUser actingUser(qint64 id, Role role, QList<ClinicId> clinics);

// Clinic connections opened exactly as the app opens them: an AppContext (keychain + encrypted
// app database) in a throw-away data folder, each connection stored with its API key in the
// vault, then one ClinicSession per connection through ClinicSessions.
class ClinicGroup
{
public:
    ClinicGroup();
    ~ClinicGroup();

    // Opens the app context; false (with the reason printed) when the keychain is missing.
    bool openContext();
    // Stores a connection (id, name, PMS, base URL) and its API key; waits for the vault.
    bool addClinic(const ClinicId &id, PmsKind kind, const QUrl &baseUrl, const QString &apiKey);
    // Opens every stored connection; waits until each answered. False if any failed.
    bool openSessions();

    // Waits until the clinic's first complete pass (its backfill) has been committed.
    bool waitBackfilled(const ClinicId &id, int timeoutMs = 120000);

    ClinicSession *session(const ClinicId &id) const { return m_sessions->session(id); }
    ClinicSessions &sessions() const { return *m_sessions; }
    AppContext &context() const { return *m_context; }
    const Clock &clock() const { return m_clock; }
    QString dataDirectory() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    HttpPolicyRegistry m_policies{m_clock};
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<ClinicSessions> m_sessions;
    QSet<ClinicId> m_backfilled;
};

} // namespace routiq::test
