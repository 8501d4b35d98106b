#pragma once

#include "actinguserlogin.h"
#include "clicommand.h"

#include "core/clock.h"
#include "session/appcontext.h"
#include "session/keyrotation.h"

#include <memory>

namespace routiq::cli {

// The data folder's keys: `recover` (the recovery key gives an admin a new password),
// `rekey` (a new data key for every file and slot, resumable) and `agent-slot add|remove`
// (unattended sync on this OS account). All but `recover` need an admin's --user; all are
// audited.
class KeyCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &args) override;

private:
    std::optional<ActingUser> signIn();
    void recover(const QStringList &args);
    void agentSlot(bool add, const QStringList &args);
    void rekey(const QStringList &args);

    SystemClock m_clock;
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<ActingUserLogin> m_login; // after m_app: closed before the database
    std::unique_ptr<KeyRotation> m_rotation;
};

} // namespace routiq::cli
