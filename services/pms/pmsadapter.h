#pragma once

#include "domain/pmspage.h"
#include "domain/routiqerror.h"

#include <QObject>

namespace routiq {

// The one boundary between Routiq and a practice management system. Implementations (Cliniko
// REST v1, Nookal v2) turn PMS pages into domain records; nothing above sees a PMS JSON key.
// Asynchronous: lives in the sync worker's thread; one request in flight at a time.
class PmsAdapter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // e.g. "cliniko-v1", "nookal-v2": recorded with checkpoints so an adapter change can force
    // a re-backfill.
    virtual QString apiVersion() const = 0;

    // Starts fetching one page; answers with exactly one of pageReady / failed. Rate limiting,
    // retries with backoff and the circuit breaker happen inside, before `failed` is emitted.
    virtual void fetchPage(const PageRequest &request) = 0;

    // Cancels the request in flight, if any (no signal follows).
    virtual void abort() = 0;

    // True for a PMS whose feed drops deleted rows without a trace (Nookal): the sync engine
    // then re-reads date windows (PageRequest::windowFrom/windowTo) to find what vanished.
    virtual bool needsWindowReconcile() const { return false; }

signals:
    void pageReady(const routiq::PmsPage &page);
    void failed(const routiq::RoutiqError &error);
};

} // namespace routiq
