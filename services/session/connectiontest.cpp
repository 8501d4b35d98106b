#include "connectiontest.h"

#include "connectionfailuretext.h"
#include "pms/pmsadapter.h"
#include "pmsadapterfactory.h"

namespace routiq {

namespace {
// Enough to list every location of any real clinic group, without walking a huge account.
constexpr int kMaxLocationPages = 5;
} // namespace

ConnectionTest::ConnectionTest(ClinicConnection connection, QString apiKey, const Clock *clock,
                               QObject *parent)
    : QObject(parent), m_connection(std::move(connection)), m_apiKey(std::move(apiKey)),
      m_clock(clock)
{
    qRegisterMetaType<routiq::ConnectionReport>();
}

ConnectionTest::~ConnectionTest()
{
    if (m_adapter)
        m_adapter->abort();
}

void ConnectionTest::start()
{
    const RoutiqError invalid = PmsAdapterFactory::validate(m_connection, m_apiKey);
    if (!invalid.isNull()) {
        // Answered later, like every other outcome, so callers never see a re-entrant signal.
        QMetaObject::invokeMethod(
            this, [this, invalid] { onFailed(invalid); }, Qt::QueuedConnection);
        return;
    }
    // Its own adapter and token bucket: a test must not spend a running sync's budget, and
    // the PMS's own limit still applies through the adapter's limiter.
    m_adapter = PmsAdapterFactory::forConnection(m_connection, m_apiKey, m_clock)();
    connect(m_adapter.get(), &PmsAdapter::pageReady, this, &ConnectionTest::onPage);
    connect(m_adapter.get(), &PmsAdapter::failed, this, &ConnectionTest::onFailed);
    request(ResourceKind::Locations, {});
}

void ConnectionTest::request(ResourceKind kind, const QString &cursor)
{
    ++m_report.requestsUsed;
    m_adapter->fetchPage(PageRequest(kind, cursor));
}

void ConnectionTest::onPage(const PmsPage &page)
{
    if (m_done)
        return;
    switch (page.kind) {
    case ResourceKind::Locations:
        m_report.locations += page.locations;
        if (!page.nextCursor.isEmpty() && ++m_locationPages < kMaxLocationPages) {
            request(ResourceKind::Locations, page.nextCursor);
            return;
        }
        request(ResourceKind::Practitioners, {});
        return;
    case ResourceKind::Practitioners:
        m_report.practitionerCount =
            page.totalEntries >= 0 ? page.totalEntries
                                   : (page.nextCursor.isEmpty() ? page.practitioners.size() : -1);
        request(ResourceKind::Appointments, {});
        return;
    case ResourceKind::Appointments:
        if (page.totalEntries >= 0) {
            m_report.appointmentCount = page.totalEntries;
        } else {
            m_report.appointmentCount = page.appointments.size();
            m_report.appointmentCountIsLowerBound = !page.nextCursor.isEmpty();
        }
        m_done = true;
        emit succeeded(m_report);
        return;
    default:
        return;
    }
}

void ConnectionTest::onFailed(const RoutiqError &error)
{
    if (m_done)
        return;
    m_done = true;
    emit failed(ConnectionFailureText::explain(error, m_connection.pmsKind, m_apiKey));
}

} // namespace routiq
