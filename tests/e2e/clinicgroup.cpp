#include "clinicgroup.h"

#include "e2etestsupport.h"
#include "secrets/keyvault.h"
#include "storage/appdatabase.h"
#include "testfolder.h"

#include <QSignalSpy>

#include <cstdio>

namespace routiq::test {

ActingUser actingUser(qint64 id, Role role, QList<ClinicId> clinics)
{
    ActingUser u;
    u.userId = id;
    u.username = QStringLiteral("user%1").arg(id);
    u.role = role;
    u.clinics = std::move(clinics);
    return u;
}

ClinicGroup::ClinicGroup() = default;

ClinicGroup::~ClinicGroup()
{
    if (m_sessions)
        m_sessions->stopAll();
}

bool ClinicGroup::openContext()
{
    // A new folder, unlocked as after the first admin's sign-in.
    m_context = createFolder(m_dir.path());
    if (!m_context)
        return false;
    m_sessions = std::make_unique<ClinicSessions>(m_context.get(), &m_clock, &m_policies);
    // Connected before each session starts, so no pass can be missed.
    QObject::connect(m_sessions.get(), &ClinicSessions::sessionOpened, [this](ClinicSession *s) {
        QObject::connect(s, &ClinicSession::passCompleted,
                         [this, id = s->connection().id](const QDateTime &, bool complete) {
                             if (complete)
                                 m_backfilled.insert(id);
                         });
    });
    return true;
}

bool ClinicGroup::addClinic(const ClinicId &id, PmsKind kind, const QUrl &baseUrl,
                            const QString &apiKey)
{
    ClinicConnection c;
    c.id = id;
    c.name = QStringLiteral("Clinic %1").arg(id);
    c.pmsKind = kind;
    c.baseUrlOverride = baseUrl.toString();
    c.contactEmail = QStringLiteral("tests@routiq.invalid");
    c.createdAt = m_clock.nowUtc();
    RoutiqError error;
    if (!m_context->appDatabase().addClinicConnection(c, &error))
        return false;
    bool stored = false, answered = false;
    m_context->vault().setApiKey(id, apiKey, [&](const RoutiqError &e) {
        answered = true;
        stored = e.isNull();
    });
    return spinUntil([&] { return answered; }, 30000) && stored;
}

bool ClinicGroup::waitBackfilled(const ClinicId &id, int timeoutMs)
{
    return spinUntil([&] { return m_backfilled.contains(id); }, timeoutMs);
}

bool ClinicGroup::openSessions()
{
    QSignalSpy attempted(m_sessions.get(), &ClinicSessions::allAttempted);
    QSignalSpy failed(m_sessions.get(), &ClinicSessions::openFailed);
    m_sessions->open(m_context->appDatabase().clinicConnections());
    return (attempted.count() > 0 || attempted.wait(30000)) && failed.isEmpty();
}

} // namespace routiq::test
