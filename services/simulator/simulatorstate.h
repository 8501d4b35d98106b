#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace routiq {

// The typed half of a simulator beside SimulatorCore: its options (`Options`, with an apiKey)
// and its request log (`Record`, the simulator's own shape of one request with a `status`:
// path and query for Cliniko, method and form for Nookal), for tests that count requests.
template <typename OptionsT, typename RecordT>
class SimulatorState
{
public:
    using Options = OptionsT;
    using RequestRecord = RecordT;

    QString apiKey() const { return m_options.apiKey; }
    Options &options() { return m_options; }

    int requestCount() const { return int(m_requests.size()); }
    int countStatus(int status) const
    {
        return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                                 [status](const RequestRecord &r) { return r.status == status; }));
    }
    const QList<RequestRecord> &requests() const { return m_requests; }
    void clearRequestLog() { m_requests.clear(); }

protected:
    explicit SimulatorState(Options options) : m_options(std::move(options)) {}
    // Once the request is answered.
    void logRequest(RequestRecord record) { m_requests.append(std::move(record)); }

    Options m_options;

private:
    QList<RequestRecord> m_requests;
};

} // namespace routiq
