#include "security/passwordhasher.h"

#include <catch2/catch.hpp>

#include <QByteArrayList>

using namespace routiq;

TEST_CASE("a password verifies against its own Argon2id hash and a different password does not")
{
    const PasswordHasher hasher(PasswordHasher::Cost::testingOnly());
    const auto hash = hasher.hash(QStringLiteral("Physio-2026-Kangaroo"));
    REQUIRE(hash);
    CHECK(hash->startsWith("$argon2id$"));
    CHECK_FALSE(hash->contains("Physio"));
    CHECK(hasher.verify(*hash, QStringLiteral("Physio-2026-Kangaroo")));
    CHECK_FALSE(hasher.verify(*hash, QStringLiteral("physio-2026-kangaroo")));
    CHECK_FALSE(hasher.verify(*hash, QString()));
}

TEST_CASE("hashing the same password twice gives different salted hashes that both verify")
{
    const PasswordHasher hasher(PasswordHasher::Cost::testingOnly());
    const auto a = hasher.hash(QStringLiteral("same password"));
    const auto b = hasher.hash(QStringLiteral("same password"));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a != *b);
    CHECK(hasher.verify(*a, QStringLiteral("same password")));
    CHECK(hasher.verify(*b, QStringLiteral("same password")));
}

TEST_CASE("non-ASCII passwords are hashed as UTF-8 and verify exactly")
{
    const PasswordHasher hasher(PasswordHasher::Cost::testingOnly());
    const QString pw = QStringLiteral("Grüße-Ωmega-𝄞-clinic");
    const auto hash = hasher.hash(pw);
    REQUIRE(hash);
    CHECK(hasher.verify(*hash, pw));
    CHECK_FALSE(hasher.verify(*hash, QStringLiteral("Grusse-Omega-clinic")));
}

TEST_CASE("a malformed, truncated or empty hash never verifies and always needs a rehash")
{
    const PasswordHasher hasher(PasswordHasher::Cost::testingOnly());
    const auto hash = hasher.hash(QStringLiteral("password123456"));
    REQUIRE(hash);
    CHECK_FALSE(hasher.verify(hash->left(hash->size() - 5), QStringLiteral("password123456")));
    CHECK_FALSE(hasher.verify(QByteArray(), QStringLiteral("password123456")));
    CHECK_FALSE(hasher.verify(QByteArray("password123456"), QStringLiteral("password123456")));
    CHECK_FALSE(hasher.verify(QByteArray(200, 'x'), QStringLiteral("password123456")));
    CHECK(hasher.needsRehash(QByteArray("not a hash")));
    CHECK(hasher.needsRehash(QByteArray()));
}

TEST_CASE("a hash made with the test-only cost needs a rehash under the interactive cost")
{
    const PasswordHasher cheap(PasswordHasher::Cost::testingOnly());
    const PasswordHasher production; // interactive by default
    CHECK(production.cost().memLimitBytes >= 64u * 1024u * 1024u);
    CHECK(production.cost().opsLimit >= 2u);

    const auto cheapHash = cheap.hash(QStringLiteral("rehash me please"));
    REQUIRE(cheapHash);
    CHECK_FALSE(cheap.needsRehash(*cheapHash));
    CHECK(production.needsRehash(*cheapHash));
    // Verification reads the parameters from the hash, so the production hasher still accepts it.
    CHECK(production.verify(*cheapHash, QStringLiteral("rehash me please")));

    const auto strong = production.hash(QStringLiteral("rehash me please"));
    REQUIRE(strong);
    CHECK(strong->contains("m=65536,t=2"));
    CHECK_FALSE(production.needsRehash(*strong));
    CHECK(cheap.needsRehash(*strong));
}

TEST_CASE("the unmatchable hash has the real hash's parameters and lengths and matches no password")
{
    for (const auto cost :
         {PasswordHasher::Cost::testingOnly(), PasswordHasher::Cost::interactive()}) {
        const PasswordHasher hasher(cost);
        const QByteArray decoy = hasher.unmatchableHash();
        // needsRehash is false only for a well-formed Argon2id string with exactly this cost,
        // so verify() against the decoy runs the full Argon2id work.
        CHECK_FALSE(hasher.needsRehash(decoy));
        CHECK(decoy != hasher.unmatchableHash());
        if (cost.memLimitBytes == PasswordHasher::Cost::testingOnly().memLimitBytes) {
            const auto real = hasher.hash(QStringLiteral("some password"));
            REQUIRE(real);
            const QList<QByteArray> r = real->split('$');
            const QList<QByteArray> d = decoy.split('$');
            REQUIRE(r.size() == 6);
            REQUIRE(d.size() == 6);
            CHECK(d.mid(0, 4) == r.mid(0, 4)); // "", argon2id, v=19, m=..,t=..,p=1
            CHECK(d[4].size() == r[4].size()); // salt
            CHECK(d[5].size() == r[5].size()); // digest
            CHECK_FALSE(hasher.verify(decoy, QString()));
            CHECK_FALSE(hasher.verify(decoy, QStringLiteral("some password")));
        }
    }
}
