#pragma once

#include "domain/clinicconnection.h"
#include "security/actinguser.h"
#include "security/auditverifier.h"
#include "session/signingate.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace routiq {

// What the Settings window's pages act through: the sign-in gate (the signed-in user and the
// same services routiq-cli uses: AccountService, SecuritySettings, AuditLog) and the few things
// only the composition root knows. Pages never keep an ActingUser: each action asks actor(),
// which re-reads the account first, so an account disabled or demoted meanwhile acts no more.
struct SettingsContext
{
    SignInGate *gate = nullptr;
    // The clinic connections (clinic grants, retention).
    std::function<QList<ClinicConnection>()> clinics;
    // The instant a temporary account whose last day is `lastDay` ends, in its clinics' zones
    // (AccountExpiry over ClinicZone); answered once, maybe later. Unset: this computer's zone.
    std::function<void(const QDate &lastDay, const QList<ClinicId> &clinics,
                       std::function<void(const QDateTime &end)> done)>
        expiryEnd;
    // The whole audit check (AuditVerifier: log, anchor, keychain counter); answered once.
    std::function<void(std::function<void(const AuditVerifier::Report &report)> done)> verifyAudit;

    // The signed-in user as the database has them now; nullopt once the session ended.
    std::optional<ActingUser> actor() const
    {
        return gate ? gate->revalidate() : std::optional<ActingUser>();
    }
};

} // namespace routiq
