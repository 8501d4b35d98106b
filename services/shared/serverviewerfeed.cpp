#include "serverviewerfeed.h"

#include <memory>

namespace routiq {

struct ServerViewerFeed::InThread : QObject
{
    std::unique_ptr<ServerChangeFeed> feed;
};

ServerViewerFeed::ServerViewerFeed(ServerConnInfo server, ServerCredentials credentials,
                                   ClinicId clinic, ServerChangeFeed::Options options,
                                   QObject *parent)
    : ClinicChangeFollower(parent), m_server(std::move(server)),
      m_credentials(std::move(credentials)), m_clinic(std::move(clinic)), m_options(options),
      m_thread(QStringLiteral("feed:") + m_clinic)
{
    qRegisterMetaType<routiq::RoutiqError>();
    qRegisterMetaType<QList<QDate>>();
}

ServerViewerFeed::~ServerViewerFeed()
{
    requestStop();
    waitStopped();
}

void ServerViewerFeed::start()
{
    if (m_thread.isRunning())
        return;
    m_context = new InThread;
    m_thread.start(m_context);
    InThread *ctx = m_context;
    m_thread.post([this, ctx, server = m_server, credentials = m_credentials, clinic = m_clinic,
                   options = m_options] {
        ctx->feed = std::make_unique<ServerChangeFeed>(server, clinic, options);
        ctx->feed->setCredentials(credentials);
        // Emitted in this thread; queued to the owner's by Qt, as every signal across threads.
        connect(ctx->feed.get(), &ServerChangeFeed::changed, this,
                [this](const QList<ServerChangeFeed::Change> &changes) {
                    const QList<QDate> dates = ServerChangeFeed::datesOf(changes);
                    if (!dates.isEmpty())
                        emit changed(dates);
                });
        connect(ctx->feed.get(), &ServerChangeFeed::stateChanged, this,
                [this](ServerChangeFeed::State state, const RoutiqError &error) {
                    if (state == ServerChangeFeed::State::Live)
                        emit reachableChanged(true, {});
                    else if (state == ServerChangeFeed::State::Reconnecting)
                        emit reachableChanged(false, error);
                });
        connect(ctx->feed.get(), &ServerChangeFeed::caughtUp, this,
                &ClinicChangeFollower::caughtUp);
        ctx->feed->start();
    });
}

void ServerViewerFeed::requestStop()
{
    InThread *ctx = m_context;
    m_thread.requestStop([ctx] {
        if (ctx->feed)
            QObject::disconnect(ctx->feed.get(), nullptr, nullptr, nullptr);
        ctx->feed.reset();
    });
}

void ServerViewerFeed::waitStopped()
{
    m_thread.wait();
    m_context = nullptr;
}

} // namespace routiq
