#include "servercommand.h"

#include "shared/serverconnection.h"
#include "shared/sharedschema.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace routiq::cli {

void ServerCommand::start(const QStringList &args)
{
    if (args.value(1) != QLatin1String("init")) {
        fail(badRequest(
                 QStringLiteral("Usage: routiq-cli --server CONNINFO server init, or --server "
                                "CONNINFO --user ADMIN server import --data-dir DIR")),
             2);
        return;
    }
    QCommandLineParser p;
    if (!parse(p, args.mid(2)))
        return;
    if (context().server.isEmpty()) {
        fail(badRequest(QStringLiteral("server init needs --server CONNINFO (or ROUTIQ_SERVER), "
                                       "e.g. \"host=db.clinic.lan dbname=routiq "
                                       "sslmode=verify-full\".")),
             2);
        return;
    }
    RoutiqError error;
    const auto info = ServerConnInfo::parse(context().server, &error);
    if (!info) {
        fail(error, errorExitStatus(error.typedCode()));
        return;
    }
    auto connection = ServerConnection::open(*info, &error);
    if (!connection) {
        fail(error);
        return;
    }
    const auto report = SharedSchema::initialise(connection->database(), &error);
    if (!report) {
        fail(error);
        return;
    }
    QJsonObject out = report->toJson();
    out.insert(QStringLiteral("server"), info->description());
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    succeed();
}

} // namespace routiq::cli
