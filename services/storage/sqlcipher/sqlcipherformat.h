#pragma once

// The SQLCipher file format of every Routiq database, pinned setting by setting instead of
// taken from the library's defaults. Debian 12 ships SQLCipher 3.4.1 and that is what the
// existing files were made with; SQLCipher 4 (likely in Windows and macOS builds) changed the
// defaults (HMAC-SHA512, PBKDF2-HMAC-SHA512 with 256,000 iterations) and would read those files
// as "not a database". So every connection states the 3.x format explicitly, with our 4 KiB
// pages. SQLCipher 3.4 does not know the *_algorithm pragmas and ignores them (it has only the
// SHA-1 variants); 4.x honours them. Changing any value here changes the file format: existing
// files would need a migration (sqlcipher_export), never just a new constant.
//
// Plain C++ with no Qt, so the test helper that writes files straight through libsqlcipher
// uses the very same list. docs/storage.md describes the format.
namespace routiq::sqlcipherformat {

struct Setting
{
    const char *pragma;  // the name, e.g. "kdf_iter"
    const char *value;   // as set, and as read back where the library reports it
    bool sqlcipher4Only; // 3.4 neither knows nor reports it
};

inline constexpr Setting kSettings[] = {
    {"cipher_page_size", "4096", false},
    {"kdf_iter", "64000", false},  // PBKDF2 rounds for passphrases; our raw keys skip it
    {"fast_kdf_iter", "2", false}, // the HMAC key's derivation
    {"cipher_use_hmac", "1", false},
    {"cipher_hmac_algorithm", "HMAC_SHA1", true},
    {"cipher_kdf_algorithm", "PBKDF2_HMAC_SHA1", true},
};

// Not part of the file format, but set on every connection too: temporary tables and sort
// spills stay in memory, never in plaintext temp files (the 3.4 build's compile-time default,
// not necessarily other builds').
inline constexpr Setting kTempStore = {"temp_store", "2", false}; // 2 = MEMORY

} // namespace routiq::sqlcipherformat
