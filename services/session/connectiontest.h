#pragma once

#include "connectionreport.h"
#include "domain/clinicconnection.h"
#include "domain/pmspage.h"
#include "domain/routiqerror.h"

#include <QObject>

#include <memory>

namespace routiq {

class Clock;
class PmsAdapter;

// "Test connection": talks to the real PMS adapter over HTTP with a key that is not stored yet,
// reading the first pages of locations, practitioners and appointments (three to a handful of
// requests). Asynchronous on the caller's thread (the adapter's network manager never blocks),
// and answers with exactly one of succeeded / failed; a failure carries a plain message from
// ConnectionFailureText, never the key. Destroying the test cancels it.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    // `clock` must outlive this object.
    ConnectionTest(ClinicConnection connection, QString apiKey, const Clock *clock,
                   QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start();

signals:
    void succeeded(const routiq::ConnectionReport &report);
    void failed(const routiq::RoutiqError &error);

private:
    void request(ResourceKind kind, const QString &cursor);
    void onPage(const PmsPage &page);
    void onFailed(const RoutiqError &error);

    ClinicConnection m_connection;
    QString m_apiKey;
    const Clock *m_clock;
    std::unique_ptr<PmsAdapter> m_adapter;
    ConnectionReport m_report;
    int m_locationPages = 0;
    bool m_done = false;
};

} // namespace routiq
