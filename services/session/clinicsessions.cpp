#include "clinicsessions.h"

#include "appcontext.h"
#include "pms/cliniko/clinikoconfig.h"
#include "pms/nookal/nookalconfig.h"
#include "pmsadapterfactory.h"
#include "secrets/keyvault.h"
#include "storage/appdatabase.h"

#include <QPointer>

#include <algorithm>

namespace routiq {

ClinicSessions::ClinicSessions(AppContext *context, const Clock *clock,
                               HttpPolicyRegistry *policies, QObject *parent)
    : QObject(parent), m_context(context), m_clock(clock), m_policies(policies)
{}

ClinicSessions::~ClinicSessions()
{
    stopAll();
}

void ClinicSessions::open(const QList<ClinicConnection> &connections)
{
    m_pending += int(connections.size());
    for (const ClinicConnection &c : connections)
        openOne(c);
    if (connections.isEmpty())
        emit allAttempted();
}

void ClinicSessions::openOne(const ClinicConnection &connection)
{
    // The vault answers later, on this thread; `self` guards against our destruction meanwhile.
    QPointer<ClinicSessions> self(this);
    m_context->vault().apiKey(connection.id,
                              [self, connection](const QString &apiKey, const RoutiqError &error) {
                                  if (!self)
                                      return;
                                  if (!error.isNull()) {
                                      emit self->openFailed(connection, error);
                                      self->answered();
                                      return;
                                  }
                                  self->openWithApiKey(connection, apiKey);
                              });
}

void ClinicSessions::openWithApiKey(const ClinicConnection &connection, const QString &apiKey)
{
    // The cache key is a derivation: no second wait (issue 17).
    RoutiqError keyError;
    const DatabaseKey key = m_context->vault().databaseKeyNow(connection.id, &keyError);
    if (!keyError.isNull()) {
        emit openFailed(connection, keyError);
        answered();
        return;
    }
    auto session = std::make_unique<ClinicSession>(
        connection, m_context->clinicDatabasePath(connection.id), key,
        PmsAdapterFactory::forConnection(connection, apiKey, m_clock, m_rateLimit, m_policies),
        m_clock, m_syncOptions);
    ClinicSession *raw = session.get();
    raw->setAccessGuard(m_guard);
    if (m_context->appDatabase().isSyncPaused(connection.id))
        raw->setSyncPaused(true);
    if (m_policies) {
        // The same bucket the adapter gets (limiterFor keys it by the key).
        RateLimiter::Config config = connection.pmsKind == PmsKind::Nookal
                                         ? NookalConfig().rateLimit
                                         : ClinikoConfig().rateLimit;
        if (m_rateLimit)
            config = *m_rateLimit;
        m_limiters.insert(connection.id, m_policies->limiterFor(apiKey, config));
        if (auto breaker = PmsAdapterFactory::breakerFor(connection, apiKey, m_policies))
            m_breakers.insert(connection.id, std::move(breaker));
    }
    m_sessions.push_back(std::move(session));
    emit sessionOpened(raw);
    raw->start();
    answered();
}

void ClinicSessions::answered()
{
    if (--m_pending == 0)
        emit allAttempted();
}

QList<ClinicSession *> ClinicSessions::sessions() const
{
    QList<ClinicSession *> out;
    for (const auto &s : m_sessions)
        out.append(s.get());
    return out;
}

ClinicSession *ClinicSessions::session(const ClinicId &id) const
{
    for (const auto &s : m_sessions)
        if (s->connection().id == id)
            return s.get();
    return nullptr;
}

void ClinicSessions::close(const ClinicId &id)
{
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                                 [&id](const auto &s) { return s->connection().id == id; });
    if (it == m_sessions.end())
        return;
    emit sessionClosing(it->get());
    (*it)->stop();
    m_sessions.erase(it);
    m_limiters.remove(id);
    m_breakers.remove(id);
}

std::optional<ClinicSessions::CircuitUse> ClinicSessions::circuitUse(const ClinicId &id) const
{
    const auto breaker = m_breakers.value(id);
    if (!breaker)
        return std::nullopt;
    return CircuitUse{CircuitBreaker::stateName(breaker->state()), breaker->msUntilHalfOpen()};
}

std::optional<ClinicSessions::BudgetUse> ClinicSessions::budgetUse(const ClinicId &id) const
{
    const auto limiter = m_limiters.value(id);
    if (!limiter)
        return std::nullopt;
    BudgetUse use;
    use.used = limiter->usedInWindow();
    use.allowed = limiter->config().requestsPerWindow;
    use.windowMs = limiter->config().windowMs;
    use.limited = limiter->config().enabled;
    return use;
}

void ClinicSessions::stopAll()
{
    // All asked first, then all joined: the clinics' threads wind down together.
    for (const auto &s : m_sessions)
        s->requestStop();
    for (const auto &s : m_sessions)
        s->waitStopped();
}

} // namespace routiq
