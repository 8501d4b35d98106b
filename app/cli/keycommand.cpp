#include "keycommand.h"

#include "passwordinput.h"

#include "secrets/keyslotcrypto.h"
#include "secrets/keyslotstore.h"
#include "secrets/keyvault.h"
#include "security/auditlog.h"
#include "storage/appdatabase.h"

#include <QCommandLineParser>

#include <cstdio>

namespace routiq::cli {

void KeyCommand::start(const QStringList &args)
{
    AppContext::open({context().dataDir, context().masterKeyFile},
                     [this, args](std::unique_ptr<AppContext> app, const RoutiqError &error) {
                         if (!app) {
                             fail(error);
                             return;
                         }
                         m_app = std::move(app);
                         m_login = std::make_unique<ActingUserLogin>(*m_app, &m_clock);
                         keepAuditHead(m_login.get());
                         const QString group = args.value(0);
                         const QString sub = args.value(1);
                         if (group == QLatin1String("recover"))
                             recover(args.mid(1));
                         else if (group == QLatin1String("rekey"))
                             rekey(args.mid(1));
                         else if (group == QLatin1String("agent-slot") &&
                                  (sub == QLatin1String("add") || sub == QLatin1String("remove")))
                             agentSlot(sub == QLatin1String("add"), args.mid(2));
                         else
                             fail(badRequest(QStringLiteral("Use 'agent-slot add' or "
                                                            "'agent-slot remove'.")),
                                  2);
                     });
}

std::optional<ActingUser> KeyCommand::signIn()
{
    if (!CliCommand::signIn(*m_login))
        return std::nullopt;
    return m_login->user();
}

void KeyCommand::recover(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Admin user name."),
                                  QStringLiteral("NAME"));
    p.addOption(name);
    if (!parse(p, args))
        return;
    if (!p.isSet(name)) {
        fail(badRequest(QStringLiteral("recover needs --name ADMIN (the admin whose password is "
                                       "set anew).")),
             2);
        return;
    }
    if (!m_app->folderState().recoverySlot) {
        fail(RoutiqError::make(
            QStringLiteral("NO_RECOVERY_SLOT"),
            QStringLiteral("This data folder has no recovery key slot, so without a password "
                           "its cached data cannot be read. Start the folder fresh (move it "
                           "aside, create the admin again, re-add the clinics) and resync from "
                           "the PMS.")));
        return;
    }
    const auto key =
        PasswordInput::read("ROUTIQ_RECOVERY_KEY_FILE", QStringLiteral("Recovery key: "));
    const auto password = PasswordInput::read(
        "ROUTIQ_NEW_PASSWORD_FILE", QStringLiteral("New password for %1: ").arg(p.value(name)));
    if (!key || !password) {
        fail(badRequest(QStringLiteral("recover reads the recovery key from "
                                       "ROUTIQ_RECOVERY_KEY_FILE and the new password from "
                                       "ROUTIQ_NEW_PASSWORD_FILE, or prompts at a terminal.")),
             2);
        return;
    }
    RoutiqError error;
    if (!m_login->recover(p.value(name), *key, *password, &error)) {
        if (error.is(ErrorCode::KeySlotRefused) || error.is(ErrorCode::RecoveryKeyInvalid))
            error.message += QStringLiteral(
                " Without the recovery key and without any admin password, this folder's cached "
                "data cannot be read by anyone. To start fresh, move the data folder aside, "
                "create the admin again, re-add the clinics and resync them from the PMS.");
        fail(error);
        return;
    }
    std::printf("Recovered: '%s' has a new password and key slot. The recovery key stays valid; "
                "keep it safe.\n",
                qPrintable(p.value(name)));
    succeed();
}

void KeyCommand::agentSlot(bool add, const QStringList &args)
{
    QCommandLineParser p;
    if (!parse(p, args))
        return;
    const auto actor = signIn();
    if (!actor)
        return;
    if (const RoutiqError denied = m_login->policy().manageUsers(*actor); !denied.isNull()) {
        m_login->audit().record(*actor, AuditAction::AccessDenied, {},
                                QStringLiteral("permission=manage_users agent-slot"));
        fail(denied);
        return;
    }
    const QString label = ActingUserLogin::agentSlotLabel(actor->username);
    const QString where = context().masterKeyFile.isEmpty()
                              ? QStringLiteral("this OS account's keychain")
                              : QStringLiteral("the vault sealed with the master key file");
    if (!add) {
        RoutiqError error;
        if (!m_app->keySlots().remove(KeySlot::Kind::Agent, label, &error) ||
            !m_login->audit().record(*actor, AuditAction::KeySlotChanged, label,
                                     QStringLiteral("agent slot removed"), &error)) {
            fail(error);
            return;
        }
        m_app->vault().removeSlotSecret(label, [this, label](const RoutiqError &e) {
            if (!e.isNull()) {
                fail(e);
                return;
            }
            std::printf("Removed the agent slot '%s': unattended sync needs a sign-in again.\n",
                        qPrintable(label));
            succeed();
        });
        return;
    }
    // The opt-in is audited before the secret exists, so it is never there unrecorded.
    RoutiqError error;
    if (!m_login->audit().record(*actor, AuditAction::KeySlotChanged, label,
                                 QStringLiteral("agent slot added, secret in %1").arg(where),
                                 &error)) {
        fail(error);
        return;
    }
    const QByteArray secret = KeySlotCrypto::randomSecret();
    m_app->vault().writeSlotSecret(
        label, secret, [this, label, secret, where](const RoutiqError &e) {
            RoutiqError error = e;
            if (!error.isNull() ||
                !m_login->keys().writeSecretSlot(KeySlot::Kind::Agent, label, secret, &error)) {
                fail(error);
                return;
            }
            std::printf("Added the agent slot '%s'. 'routiq-cli sync --clinic ID --watch' now runs "
                        "without --user on this OS account, acting as '%s'.\n"
                        "Its secret is in %s: whoever can read it can read all of this folder's "
                        "data. Remove it with 'routiq-cli --user NAME agent-slot remove'.\n",
                        qPrintable(label), qPrintable(m_login->user().username), qPrintable(where));
            succeed();
        });
}

void KeyCommand::rekey(const QStringList &args)
{
    QCommandLineParser p;
    if (!parse(p, args))
        return;
    m_app->allowUnfinishedRekey(true); // this command is the one that finishes it
    const bool resuming = m_app->hasUnfinishedRekey();
    const auto actor = signIn();
    if (!actor)
        return;
    if (const RoutiqError denied = m_login->policy().manageUsers(*actor); !denied.isNull()) {
        m_login->audit().record(*actor, AuditAction::AccessDenied, {},
                                QStringLiteral("permission=manage_users rekey"));
        fail(denied);
        return;
    }
    RoutiqError error;
    if (!m_login->audit().record(
            *actor, AuditAction::KeySlotChanged, QStringLiteral("data-key"),
            resuming ? QStringLiteral("rekey resumed") : QStringLiteral("rekey started"), &error)) {
        fail(error);
        return;
    }
    m_rotation = std::make_unique<KeyRotation>(m_app.get());
    m_rotation->setBeforeAppDatabase([this] { m_login->closeServices(); });
    // Tests stop here to kill the process in the middle (tests/e2e: rekey killed and resumed).
    const int pauseAfter = qEnvironmentVariableIntValue("ROUTIQ_TEST_REKEY_PAUSE_AFTER_FILES");
    if (pauseAfter > 0) {
        m_rotation->setPauseAfterFiles(pauseAfter);
        connect(m_rotation.get(), &KeyRotation::paused, this, [](int files) {
            std::printf("rekey paused after %d file(s)\n", files);
            std::fflush(stdout);
        });
    }
    const ActingUser user = *actor;
    m_rotation->run([this, user](const RoutiqError &e) {
        if (!e.isNull()) {
            fail(e);
            return;
        }
        // The services again on the re-keyed file: the audit key inside it is the same, so the
        // entries before the rekey still verify and this one chains on under the same key.
        m_login->reopenServices();
        RoutiqError auditError;
        if (!m_login->audit().record(user, AuditAction::KeySlotChanged, QStringLiteral("data-key"),
                                     QStringLiteral("rekey finished files=%1 slots=%2")
                                         .arg(m_rotation->filesRekeyed())
                                         .arg(m_rotation->slotsRewrapped()),
                                     &auditError)) {
            fail(auditError);
            return;
        }
        std::printf("New data key: %d database file(s) re-keyed, %d key slot(s) sealed to it. "
                    "Old copies of key slots and old keys open nothing written from now on.\n",
                    m_rotation->filesRekeyed(), m_rotation->slotsRewrapped());
        succeed();
    });
}

} // namespace routiq::cli
