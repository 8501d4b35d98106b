#include <catch2/catch.hpp>

#include <QFile>
#include <QtEndian>

// The Windows installer (CPACK_NSIS_MUI_ICON, the .rc of routiq.exe) and the macOS bundle
// (MACOSX_BUNDLE_ICON_FILE) name these files; a missing or malformed one fails only on those
// release machines, so check their structure here.

namespace {

QByteArray readFile(const char *relative)
{
    QFile file(QStringLiteral(ROUTIQ_SOURCE_DIR "/") + QLatin1String(relative));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("the Windows icon is an ICO with a 256-pixel image among its sizes")
{
    const QByteArray ico = readFile("installer/windows/routiq.ico");
    REQUIRE(ico.size() > 6);
    CHECK(qFromLittleEndian<quint16>(ico.constData()) == 0);     // reserved
    CHECK(qFromLittleEndian<quint16>(ico.constData() + 2) == 1); // type: icon
    const int count = qFromLittleEndian<quint16>(ico.constData() + 4);
    REQUIRE(count >= 4);
    REQUIRE(ico.size() >= 6 + 16 * count);
    bool has256 = false;
    for (int i = 0; i < count; ++i) {
        const char *entry = ico.constData() + 6 + 16 * i;
        const quint32 size = qFromLittleEndian<quint32>(entry + 8);
        const quint32 offset = qFromLittleEndian<quint32>(entry + 12);
        CHECK(quint64(offset) + size <= quint64(ico.size()));
        has256 = has256 || (quint8(entry[0]) == 0 && quint8(entry[1]) == 0); // 0 means 256
    }
    CHECK(has256);
}

TEST_CASE("the macOS icon is an ICNS whose entries fill the file exactly, up to 1024 pixels")
{
    const QByteArray icns = readFile("installer/macos/routiq.icns");
    REQUIRE(icns.size() > 8);
    CHECK(icns.left(4) == "icns");
    CHECK(qFromBigEndian<quint32>(icns.constData() + 4) == quint32(icns.size()));
    QList<QByteArray> kinds;
    qsizetype at = 8;
    while (at + 8 <= icns.size()) {
        const quint32 length = qFromBigEndian<quint32>(icns.constData() + at + 4);
        REQUIRE(length > 8);
        kinds.append(icns.mid(at, 4));
        CHECK(icns.mid(at + 8, 4) == "\x89PNG");
        at += length;
    }
    CHECK(at == icns.size());
    CHECK(kinds.contains("ic10")); // 1024 px (512@2x)
    CHECK(kinds.contains("ic07")); // 128 px
}
