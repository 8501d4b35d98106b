#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>

namespace routiq {

// Writes a plain .zip archive (PKWARE APPNOTE: local headers, central directory, end record;
// deflate via qCompress with its zlib wrapper stripped, CRC-32 computed here). Qt 6.4 has no
// public zip writer and the diagnostics bundle needs only this much: small text files, no
// encryption, no zip64. Readable by `unzip`, Windows Explorer and macOS Archive Utility.
class ZipWriter
{
public:
    explicit ZipWriter(const QString &path);
    ~ZipWriter();

    bool open();
    // Adds one file (name with '/' separators, e.g. "clinics/north.json").
    bool add(const QString &name, const QByteArray &data);
    // Writes the central directory and closes the file. False on any write failure.
    bool close();
    QString errorString() const { return m_file.errorString(); }

    static quint32 crc32(const QByteArray &data);

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
        quint16 method = 0;
    };

    QFile m_file;
    QList<Entry> m_entries;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    bool m_ok = true;
};

} // namespace routiq
