#pragma once

#include "domain/routiqerror.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace routiq {

// Where secrets live, behind one asynchronous interface: the OS keychain, or the headless
// master-key vault. Every call answers exactly once through its callback, later, on the thread
// that owns the store (never from inside the call, never through a nested event loop).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // value is nullopt with a null error when there is no such entry.
    using ReadCallback =
        std::function<void(const std::optional<QByteArray> &value, const RoutiqError &error)>;
    using DoneCallback = std::function<void(const RoutiqError &error)>;

    virtual void read(const QString &name, ReadCallback done) = 0;
    virtual void write(const QString &name, const QByteArray &value, DoneCallback done) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString &name, DoneCallback done) = 0;
};

} // namespace routiq
