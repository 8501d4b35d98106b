// Writes an encrypted database straight through libsqlcipher, with SQLCipher 3's settings
// stated one by one (as Debian's SQLCipher 3.4 writes them, with Routiq's 4 KiB pages), so a
// test can check that the QSQLCIPHER driver opens such a file whatever the library's own
// defaults are. A separate process: libsqlcipher's sqlite3_* symbols must not meet the system
// SQLite that Qt uses inside the test binaries.
//
//   sqlcipher3_file_maker PATH HEXKEY   -> a table `patients(name)` holding "Quillfeather"
#include <sqlite3.h>

#include <cstdio>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fputs("usage: sqlcipher3_file_maker PATH HEXKEY\n", stderr);
        return 2;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK)
        return 1;
    const std::string key = std::string("PRAGMA key = \"x'") + argv[2] + "'\";";
    const char *statements[] = {
        key.c_str(),
        // SQLCipher 4 only (3.4 ignores these): take every 3.x default first.
        "PRAGMA cipher_compatibility = 3;",
        "PRAGMA cipher_page_size = 4096;",
        "PRAGMA kdf_iter = 64000;",
        "PRAGMA fast_kdf_iter = 2;",
        "PRAGMA cipher_use_hmac = ON;",
        "PRAGMA cipher_hmac_algorithm = HMAC_SHA1;",
        "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1;",
        "CREATE TABLE patients (name TEXT NOT NULL);",
        "INSERT INTO patients VALUES ('Quillfeather');",
    };
    for (const char *sql : statements) {
        char *error = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            std::fprintf(stderr, "%s\n", error ? error : "error");
            sqlite3_free(error);
            sqlite3_close(db);
            return 1;
        }
    }
    return sqlite3_close(db) == SQLITE_OK ? 0 : 1;
}
