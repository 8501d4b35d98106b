#pragma once

#include "domain/clinicconnection.h"
#include "domain/routiqerror.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace routiq {

class SecretStore;

// What a sync agent needs to talk to one clinic's PMS (its kind, base URL, zone, contact email
// and API key), kept on the agent's own computer, in its OS keychain, under an entry named by
// the server and the clinic ("server:HOST:PORT/DB:clinic:ID" in the service "Routiq agent"):
// the API key is never in the server's tables, which every viewer reads, and never on a command
// line. A headless agent keeps it in the --master-key-file vault instead. `--server … clinic add`
// writes it; the agent reads it.
class AgentPmsConnection
{
public:
    struct Entry
    {
        ClinicConnection connection;
        QString apiKey;
    };

    static QString serviceName(); // "Routiq agent"
    // Where the entries live: the OS keychain, or — on a headless agent (--master-key-file) —
    // the master-key vault in `dataDirectory` (created 0700 when missing).
    static std::unique_ptr<SecretStore> openStore(const QString &masterKeyFile,
                                                  const QString &dataDirectory, RoutiqError *error);
    static QString entryName(const QString &serverKey, const ClinicId &clinic);

    static QByteArray encode(const Entry &entry);
    static std::optional<Entry> decode(const QByteArray &value);

    using ReadDone = std::function<void(const std::optional<Entry> &entry, const RoutiqError &)>;
    // Answers later, once. No entry: an AGENT_PMS_UNKNOWN error saying how to add one.
    static void read(SecretStore &store, const QString &serverKey, const ClinicId &clinic,
                     ReadDone done);
    static void write(SecretStore &store, const QString &serverKey, const Entry &entry,
                      std::function<void(const RoutiqError &)> done);
};

} // namespace routiq
