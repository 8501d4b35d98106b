// Key slots as values: what opens them and what does not (services/secrets/keyslotcrypto.h),
// the recovery key's written form, and the derived keys.
#include "secrets/datakey.h"
#include "secrets/keyslotcrypto.h"
#include "secrets/recoverykey.h"
#include "security/passwordhasher.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace routiq;

namespace {
const QString kFolder = QStringLiteral("0123456789abcdef0123456789abcdef");
KeySlotCrypto::Cost cheap()
{
    const auto c = PasswordHasher::Cost::testingOnly();
    return {c.opsLimit, quint64(c.memLimitBytes)};
}
} // namespace

TEST_CASE("a password slot gives the data key back only for its password, folder, label and "
          "generation")
{
    const DataKey key = DataKey::generate();
    const auto slot =
        KeySlotCrypto::sealWithPassword(key, kFolder, KeySlot::Kind::Account, QStringLiteral("sam"),
                                        3, QStringLiteral("sam's password"), cheap());
    REQUIRE(slot);
    CHECK_FALSE(slot->ciphertext.contains(key.bytes()));
    CHECK_FALSE(slot->sealedKey.contains(key.bytes()));
    CHECK(KeySlotCrypto::openWithPassword(*slot, kFolder, QStringLiteral("sam's password")) == key);
    CHECK_FALSE(KeySlotCrypto::openWithPassword(*slot, kFolder, QStringLiteral("sam's passwork"))
                    .isValid());
    CHECK_FALSE(KeySlotCrypto::openWithPassword(*slot, QStringLiteral("another-folder"),
                                                QStringLiteral("sam's password"))
                    .isValid());
    KeySlot renamed = *slot;
    renamed.label = QStringLiteral("alex");
    CHECK_FALSE(KeySlotCrypto::openWithPassword(renamed, kFolder, QStringLiteral("sam's password"))
                    .isValid());
    KeySlot older = *slot;
    older.generation = 2;
    CHECK_FALSE(KeySlotCrypto::openWithPassword(older, kFolder, QStringLiteral("sam's password"))
                    .isValid());
    CHECK_FALSE(
        KeySlotCrypto::openWithPassword(KeySlotCrypto::decoy(QStringLiteral("sam"), cheap()),
                                        kFolder, QStringLiteral("sam's password"))
            .isValid());
}

TEST_CASE("a slot rewrapped to a new data key opens with the same password and gives the new "
          "key")
{
    const DataKey oldKey = DataKey::generate();
    const DataKey newKey = DataKey::generate();
    const auto slot = KeySlotCrypto::sealWithPassword(oldKey, kFolder, KeySlot::Kind::Account,
                                                      QStringLiteral("sam"), 1,
                                                      QStringLiteral("a password"), cheap());
    REQUIRE(slot);
    const auto moved = KeySlotCrypto::rewrap(*slot, kFolder, newKey);
    REQUIRE(moved);
    CHECK(KeySlotCrypto::openWithPassword(*moved, kFolder, QStringLiteral("a password")) == newKey);
    const QByteArray secret = KeySlotCrypto::randomSecret();
    const auto agent = KeySlotCrypto::sealWithSecret(oldKey, kFolder, KeySlot::Kind::Agent,
                                                     QStringLiteral("agent:admin"), 1, secret);
    REQUIRE(agent);
    CHECK(KeySlotCrypto::openWithSecret(*agent, kFolder, secret) == oldKey);
    CHECK_FALSE(
        KeySlotCrypto::openWithSecret(*agent, kFolder, KeySlotCrypto::randomSecret()).isValid());
    CHECK(KeySlotCrypto::openWithSecret(*KeySlotCrypto::rewrap(*agent, kFolder, newKey), kFolder,
                                        secret) == newKey);
}

TEST_CASE("the recovery key is written in eight groups of four and read back forgivingly")
{
    const QByteArray secret = RecoveryKey::generateSecret();
    const QString words = RecoveryKey::format(secret);
    CHECK(QRegularExpression(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$"))
              .match(words)
              .hasMatch());
    CHECK(RecoveryKey::parse(words) == secret);
    QString typed = words.toLower();
    typed.replace(u'-', u' ');
    typed.replace(u'o', u'0');
    typed.replace(u'i', u'1');
    CHECK(RecoveryKey::parse(typed) == secret);
    CHECK_FALSE(RecoveryKey::parse(words.left(words.size() - 1)));
    CHECK_FALSE(RecoveryKey::parse(words + QStringLiteral("A")));
    CHECK_FALSE(RecoveryKey::parse(QStringLiteral("not a key at all")));
}

TEST_CASE("keys derived from the data key differ per purpose and give nothing of the data key")
{
    const DataKey key = DataKey::generate();
    const QByteArray app = key.derive(DataKey::appDatabasePurpose());
    const QByteArray north = key.derive(DataKey::clinicPurpose(QStringLiteral("north")));
    const QByteArray south = key.derive(DataKey::clinicPurpose(QStringLiteral("south")));
    CHECK(app.size() == 32);
    CHECK(key.derive(DataKey::appDatabasePurpose()) == app); // deterministic
    for (const QByteArray &a : {app, north, south}) {
        CHECK_FALSE(a == key.bytes());
        int same = 0;
        for (const QByteArray &b : {app, north, south})
            same += a == b ? 1 : 0;
        CHECK(same == 1);
    }
    CHECK_FALSE(DataKey::generate().derive(DataKey::appDatabasePurpose()) == app);
    CHECK(key.open(key.seal(DataKey::generate(), "ctx"), "ctx").isValid());
    CHECK_FALSE(key.open(key.seal(DataKey::generate(), "ctx"), "other").isValid());
}
