#include "pmstestsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>

namespace routiq::test {

PmsPage ReadResult::merged() const
{
    PmsPage all;
    for (const PmsPage &p : pages) {
        all.kind = p.kind;
        all.locations += p.locations;
        all.practitioners += p.practitioners;
        all.appointmentTypes += p.appointmentTypes;
        all.patients += p.patients;
        all.appointments += p.appointments;
        if (p.maxUpdatedAt.isValid() &&
            (!all.maxUpdatedAt.isValid() || p.maxUpdatedAt > all.maxUpdatedAt))
            all.maxUpdatedAt = p.maxUpdatedAt;
    }
    return all;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

ReadResult fetchOne(PmsAdapter &adapter, const PageRequest &request, int timeoutMs)
{
    ReadResult result;
    bool finished = false;
    const auto ready = QObject::connect(&adapter, &PmsAdapter::pageReady, [&](const PmsPage &page) {
        result.pages.append(page);
        finished = true;
    });
    const auto failed =
        QObject::connect(&adapter, &PmsAdapter::failed, [&](const RoutiqError &error) {
            result.error = error;
            finished = true;
        });
    adapter.fetchPage(request);
    result.timedOut = !waitUntil([&] { return finished; }, timeoutMs);
    QObject::disconnect(ready);
    QObject::disconnect(failed);
    return result;
}

ReadResult readAll(PmsAdapter &adapter, ResourceKind kind, const QDateTime &since, int timeoutMs)
{
    ReadResult all;
    PageRequest request{kind, {}, since};
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const ReadResult one = fetchOne(adapter, request, int(deadline.remainingTime()));
        all.pages += one.pages;
        all.error = one.error;
        all.timedOut = one.timedOut;
        if (!one.ok() || one.pages.isEmpty() || one.pages.last().nextCursor.isEmpty())
            return all;
        request.cursor = one.pages.last().nextCursor;
    }
}

} // namespace routiq::test
