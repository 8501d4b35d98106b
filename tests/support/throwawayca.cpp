#include "throwawayca.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>

namespace routiq::test {

namespace {

bool openssl(const QStringList &arguments, QString *whyNot)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(10'000)) {
        *whyNot = QStringLiteral("the openssl command is missing (Debian package openssl)");
        return false;
    }
    const bool finished = process.waitForFinished(60'000);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *whyNot = QStringLiteral("openssl %1 failed: %2")
                      .arg(arguments.value(0), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

QString subjectAltName(const QStringList &names)
{
    QStringList entries;
    for (const QString &name : names)
        entries << (QHostAddress(name).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) +
                       name;
    return QStringLiteral("subjectAltName=") + entries.join(u',');
}

} // namespace

std::optional<ThrowAwayCa> ThrowAwayCa::make(const QString &folder, const QStringList &serverNames,
                                             QString *whyNot)
{
    const QDir dir(folder);
    ThrowAwayCa ca;
    ca.caCertificate = dir.filePath(QStringLiteral("ca.crt"));
    ca.serverCertificate = dir.filePath(QStringLiteral("server.crt"));
    ca.serverKey = dir.filePath(QStringLiteral("server.key"));
    const QString caKey = dir.filePath(QStringLiteral("ca.key"));
    const QString request = dir.filePath(QStringLiteral("server.csr"));
    const QString extensions = dir.filePath(QStringLiteral("server.ext"));
    QFile ext(extensions);
    if (!ext.open(QIODevice::WriteOnly) ||
        ext.write((subjectAltName(serverNames) + QStringLiteral("\nextendedKeyUsage=serverAuth\n"))
                      .toUtf8()) < 0) {
        *whyNot = QStringLiteral("could not write %1").arg(extensions);
        return std::nullopt;
    }
    ext.close();
    const QString days = QStringLiteral("2");
    if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                  QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                  QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), ca.caCertificate,
                  QStringLiteral("-days"), days, QStringLiteral("-subj"),
                  QStringLiteral("/CN=Routiq test clinic CA")},
                 whyNot) ||
        !openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                  QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), ca.serverKey,
                  QStringLiteral("-out"), request, QStringLiteral("-subj"),
                  QStringLiteral("/CN=") + serverNames.value(0)},
                 whyNot) ||
        !openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
                  QStringLiteral("-CA"), ca.caCertificate, QStringLiteral("-CAkey"), caKey,
                  QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), ca.serverCertificate,
                  QStringLiteral("-days"), days, QStringLiteral("-extfile"), extensions},
                 whyNot))
        return std::nullopt;
    for (const QString &key : {caKey, ca.serverKey})
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
    return ca;
}

} // namespace routiq::test
