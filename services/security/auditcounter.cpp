#include "auditcounter.h"

#include "core/logging.h"
#include "secrets/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace routiq {

namespace {
constexpr char kPurpose[] = "counter";
} // namespace

AuditCounter::AuditCounter(SecretStore *store, const AuditLog *log, QByteArray macKey,
                           QObject *parent)
    : QObject(parent), m_store(store), m_log(log), m_macKey(std::move(macKey))
{}

AuditCounter::Reading AuditCounter::parse(const std::optional<QByteArray> &value) const
{
    Reading r;
    if (!value)
        return r;
    const QJsonObject json = QJsonDocument::fromJson(*value).object();
    r.head.seq = json.value(QStringLiteral("seq")).toInteger(-1);
    r.head.hash = json.value(QStringLiteral("hash")).toString().toLatin1();
    const QByteArray mac = json.value(QStringLiteral("mac")).toString().toLatin1();
    if (r.head.seq < 0 || r.head.hash.size() != 64 ||
        !AuditLog::headMacMatches(m_macKey, kPurpose, r.head, mac)) {
        r.state = State::Invalid;
        r.error = RoutiqError::make(
            QLatin1String(kInvalidCode),
            QStringLiteral("The keychain's audit counter (%1) does not match its MAC.")
                .arg(QLatin1String(kEntryName)));
        return r;
    }
    r.state = State::Valid;
    return r;
}

void AuditCounter::read(ReadCallback done)
{
    QPointer<AuditCounter> self(this);
    m_store->read(QLatin1String(kEntryName),
                  [self, done](const std::optional<QByteArray> &value, const RoutiqError &error) {
                      if (!self)
                          return;
                      if (!error.isNull()) {
                          Reading r;
                          r.state = State::Unavailable;
                          r.error = error;
                          done(r);
                          return;
                      }
                      done(self->parse(value));
                  });
}

void AuditCounter::write(const AuditLog::Head &head, DoneCallback done)
{
    const QByteArray mac = AuditLog::headMac(m_macKey, kPurpose, head);
    if (mac.isEmpty()) {
        done(RoutiqError::make(QStringLiteral("AUDIT_KEY_MISSING"),
                               QStringLiteral("The audit counter needs the audit key.")));
        return;
    }
    const QJsonObject json{{QStringLiteral("seq"), head.seq},
                           {QStringLiteral("hash"), QString::fromLatin1(head.hash)},
                           {QStringLiteral("mac"), QString::fromLatin1(mac)}};
    m_store->write(QLatin1String(kEntryName), QJsonDocument(json).toJson(QJsonDocument::Compact),
                   std::move(done));
}

void AuditCounter::update()
{
    if (m_busy) {
        m_again = true; // one more round once the running one answers
        return;
    }
    m_busy = true;
    runUpdate();
}

void AuditCounter::runUpdate()
{
    m_again = false;
    QPointer<AuditCounter> self(this);
    read([self](const Reading &r) {
        const AuditLog::Head current = self->m_log->head();
        bool forward = false;
        switch (r.state) {
        case State::Missing:
            forward = current.seq > 0;
            break;
        case State::Valid:
            // Forward along the same chain only: an older or other log leaves it as evidence.
            forward = current.seq > r.head.seq && self->m_log->hashAt(r.head.seq) == r.head.hash;
            if (!forward && current.seq != r.head.seq)
                qCWarning(lcSecurity) << "keychain audit counter left alone at" << r.head.seq;
            break;
        case State::Invalid:
            qCWarning(lcSecurity) << "keychain audit counter is invalid - left alone";
            break;
        case State::Unavailable:
            qCWarning(lcSecurity) << "keychain audit counter unavailable:" << r.error.code;
            break;
        }
        if (!forward) {
            self->finishUpdate();
            return;
        }
        self->write(current, [self](const RoutiqError &error) {
            if (!self)
                return;
            if (!error.isNull())
                qCWarning(lcSecurity) << "cannot write the keychain audit counter:" << error.code;
            self->finishUpdate();
        });
    });
}

void AuditCounter::finishUpdate()
{
    if (m_again) {
        runUpdate();
        return;
    }
    m_busy = false;
    emit settled();
}

void AuditCounter::reset(DoneCallback done)
{
    QPointer<AuditCounter> self(this);
    write(m_log->head(), [self, done](const RoutiqError &error) {
        if (self)
            done(error);
    });
}

void AuditCounter::whenSettled(std::function<void()> done)
{
    if (!m_busy) {
        done();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &AuditCounter::settled, this, [connection, done] {
        QObject::disconnect(*connection);
        done();
    });
}

} // namespace routiq
