#include "clinikotestclinic.h"
#include "core/clock.h"
#include "pms/cliniko/clinikoadapter.h"
#include "pmstestsupport.h"
#include "testapp.h"

#include <QThread>

using namespace routiq;
using namespace routiq::test;

TEST_CASE("an adapter moved to a worker thread reads pages through queued signals")
{
    ensureCoreApp();
    ClinikoSimulator simulator(ClinicGenerator::generate(smallClinic()));
    simulator.setFixedNow(testNow());
    simulator.setRateLimitEnabled(false);
    REQUIRE(simulator.start());

    SystemClock clock;
    QThread worker;
    worker.setObjectName(QStringLiteral("cliniko-sync-test"));
    auto *adapter = new ClinikoAdapter(configFor(simulator), clock);
    adapter->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, adapter, &QObject::deleteLater);
    worker.start();

    QObject receiver; // lives in this thread: signals arrive queued
    QList<PmsPage> pages;
    RoutiqError error;
    QList<QThread *> emittingThreads;
    QObject::connect(adapter, &PmsAdapter::pageReady, &receiver, [&](const PmsPage &page) {
        pages.append(page);
        if (!page.nextCursor.isEmpty()) {
            QMetaObject::invokeMethod(adapter, [adapter, cursor = page.nextCursor] {
                adapter->fetchPage(PageRequest{ResourceKind::Patients, cursor, {}});
            });
        }
    });
    QObject::connect(adapter, &PmsAdapter::failed, &receiver,
                     [&](const RoutiqError &e) { error = e; });
    QMetaObject::invokeMethod(adapter, [adapter, &emittingThreads] {
        emittingThreads.append(QThread::currentThread());
        adapter->fetchPage(PageRequest{ResourceKind::Patients, {}, {}});
    });

    const bool done = waitUntil(
        [&] { return !error.isNull() || (!pages.isEmpty() && pages.last().nextCursor.isEmpty()); });
    worker.quit();
    worker.wait();

    REQUIRE(done);
    CHECK(error.isNull());
    CHECK(pages.size() == 3);
    qsizetype patients = 0;
    for (const PmsPage &p : pages)
        patients += p.patients.size();
    CHECK(patients == simulator.clinic().patients.size());
    REQUIRE(emittingThreads.size() == 1);
    CHECK(emittingThreads.first() == &worker);
}
