#include "zipwriter.h"

#include <QtEndian>

#include <array>

namespace routiq {

namespace {

void put16(QByteArray &b, quint16 v)
{
    char c[2];
    qToLittleEndian(v, c);
    b.append(c, 2);
}

void put32(QByteArray &b, quint32 v)
{
    char c[4];
    qToLittleEndian(v, c);
    b.append(c, 4);
}

const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

} // namespace

ZipWriter::ZipWriter(const QString &path) : m_file(path)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDate d = now.date();
    const QTime t = now.time();
    m_dosDate = quint16(((qMax(1980, d.year()) - 1980) << 9) | (d.month() << 5) | d.day());
    m_dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
}

ZipWriter::~ZipWriter()
{
    if (m_file.isOpen())
        m_file.close();
}

quint32 ZipWriter::crc32(const QByteArray &data)
{
    const auto &table = crcTable();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

bool ZipWriter::open()
{
    m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    return m_ok;
}

bool ZipWriter::add(const QString &name, const QByteArray &data)
{
    if (!m_ok || !m_file.isOpen())
        return false;
    Entry e;
    e.name = name.toUtf8();
    e.crc = crc32(data);
    e.size = quint32(data.size());
    e.offset = quint32(m_file.pos());
    // qCompress: 4-byte big-endian length, 2-byte zlib header, raw deflate, 4-byte Adler-32.
    QByteArray body = data;
    e.method = 0;
    if (data.size() > 64) {
        const QByteArray z = qCompress(data, 9);
        if (z.size() > 10 && z.size() - 10 < data.size()) {
            body = z.mid(6, z.size() - 10);
            e.method = 8;
        }
    }
    e.compressedSize = quint32(body.size());

    QByteArray h;
    put32(h, 0x04034b50);
    put16(h, 20);     // version needed
    put16(h, 0x0800); // flags: UTF-8 names
    put16(h, e.method);
    put16(h, m_dosTime);
    put16(h, m_dosDate);
    put32(h, e.crc);
    put32(h, e.compressedSize);
    put32(h, e.size);
    put16(h, quint16(e.name.size()));
    put16(h, 0); // extra
    h += e.name;
    m_ok = m_file.write(h) == h.size() && m_file.write(body) == body.size();
    if (m_ok)
        m_entries.append(e);
    return m_ok;
}

bool ZipWriter::close()
{
    if (!m_file.isOpen())
        return false;
    const quint32 cdOffset = quint32(m_file.pos());
    QByteArray cd;
    for (const Entry &e : m_entries) {
        put32(cd, 0x02014b50);
        put16(cd, 20); // version made by
        put16(cd, 20); // version needed
        put16(cd, 0x0800);
        put16(cd, e.method);
        put16(cd, m_dosTime);
        put16(cd, m_dosDate);
        put32(cd, e.crc);
        put32(cd, e.compressedSize);
        put32(cd, e.size);
        put16(cd, quint16(e.name.size()));
        put16(cd, 0); // extra
        put16(cd, 0); // comment
        put16(cd, 0); // disk
        put16(cd, 0); // internal attributes
        put32(cd, 0); // external attributes
        put32(cd, e.offset);
        cd += e.name;
    }
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(cd.size()));
    put32(end, cdOffset);
    put16(end, 0);
    m_ok = m_ok && m_file.write(cd) == cd.size() && m_file.write(end) == end.size();
    m_file.close();
    return m_ok && m_file.error() == QFileDevice::NoError;
}

} // namespace routiq
