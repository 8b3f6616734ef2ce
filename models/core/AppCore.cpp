#include "core/AppCore.h"

#include "funds/FundUniverse.h"

#include "alerts/AlertModel.h"
#include "audit/AuditTrail.h"
#include "demo/DemoData.h"
#include "logging/LogModel.h"
#include "md/MarketDataHub.h"
#include "net/IoRuntime.h"
#include "search/QuickSearch.h"
#include "selection/SelectionHub.h"
#include "status/ConnectorStatusModel.h"
#include "store/DbWriter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace ws::core {

std::unique_ptr<AppCore> AppCore::open(const QString& dbPath, store::OpenError* error, QObject* parent)
{
    const QString connection = store::Database::uniqueConnectionName(QStringLiteral("ws-read"));
    store::OpenResult opened = store::Database::open(dbPath, connection);
    if (!opened.ok()) {
        *error = *opened.error;
        opened.db = QSqlDatabase();
        store::Database::close(connection);
        return nullptr;
    }
    return std::unique_ptr<AppCore>(new AppCore(dbPath, connection, parent));
}

AppCore::AppCore(QString dbPath, QString readConnection, QObject* parent)
    : QObject(parent), dbPath_(std::move(dbPath)), readConnection_(std::move(readConnection)),
      log_(std::make_unique<logging::LogModel>()), writer_(std::make_unique<store::DbWriter>(dbPath_)),
      audit_(std::make_unique<audit::AuditTrail>(*writer_)),
      alerts_(std::make_unique<alerts::AlertModel>(writer_.get(), audit_.get())),
      selection_(std::make_unique<selection::SelectionHub>()),
      connectors_(std::make_unique<status::ConnectorStatusModel>()),
      search_(std::make_unique<search::QuickSearch>(readConnection_)),
      io_(std::make_unique<net::IoRuntime>(1))
{
    alerts_->loadRecent(readConnection_);
    connect(
        writer_.get(), &store::DbWriter::committed, this,
        [this](quint64 lastTicket, int) {
            Q_EMIT cacheCommitted();
            if (demoTicket_ != 0 && lastTicket >= demoTicket_) {
                demoTicket_ = 0;
                // A universe already in use was evaluated on the cache before the demo rows.
                if (fundUniverse_ && (fundUniverse_->snapshot() || fundUniverse_->busy()))
                    fundUniverse_->evaluate(dbPath_);
                Q_EMIT demoDataReady();
            }
        },
        Qt::QueuedConnection);
    connect(
        writer_.get(), &store::DbWriter::jobFailed, this,
        [this](quint64 ticket, const QString& message) {
            qWarning("cache write %llu failed: %s", ticket, qPrintable(message));
            alerts_->post(alerts::Severity::Error, QStringLiteral("cache"),
                          tr("A write to the cache failed: %1").arg(message));
        },
        Qt::QueuedConnection);
}

md::MarketDataHub& AppCore::marketData()
{
    if (!marketData_)
        marketData_ = std::make_unique<md::MarketDataHub>(*io_);
    return *marketData_;
}

funds::FundUniverse& AppCore::fundUniverse()
{
    if (!fundUniverse_)
        fundUniverse_ = std::make_unique<funds::FundUniverse>();
    return *fundUniverse_;
}

AppCore::~AppCore()
{
    fundUniverse_.reset(); // cancels and joins its worker before the cache goes
    io_->stop();
    marketData_.reset();
    writer_->flush();
    alerts_.reset();
    audit_.reset();
    writer_.reset();
    store::Database::close(readConnection_);
}

QSqlDatabase AppCore::readDatabase() const
{
    return QSqlDatabase::database(readConnection_, false);
}

bool AppCore::hasDemoData() const
{
    return demo::hasDemoData(readDatabase());
}

void AppCore::ensureDemoData()
{
    if (hasDemoData() || demoTicket_ != 0)
        return;
    demoTicket_ = writer_->submit([](QSqlDatabase& db) { demo::populateAll(db); });
    audit_->record(QStringLiteral("demo.init"), QStringLiteral("cache"), QStringLiteral("ok"),
                   QStringLiteral("seed %1 (first start)").arg(demo::kDefaultSeed), audit::LogClass::System);
}

void AppCore::verifyAuditInBackground()
{
    QPointer<AppCore> self(this);
    const QString path = dbPath_;
    // Verify what has been submitted so far: wait for the writer on the pool thread, not here.
    store::DbWriter* writer = writer_.get();
    const quint64 ticket = writer->submit([](QSqlDatabase&) {});
    QThreadPool::globalInstance()->start([self, path, writer, ticket] {
        writer->waitFor(ticket, 30000);
        const QString connection = store::Database::uniqueConnectionName(QStringLiteral("ws-audit-verify"));
        audit::VerifyResult result;
        {
            store::OpenResult opened =
                store::Database::open(path, connection, false, store::Database::Check::None);
            if (opened.ok())
                result = audit::verify(opened.db);
        }
        store::Database::close(connection);
        QMetaObject::invokeMethod(qApp, [self, result] {
            if (!self)
                return;
            if (!result.ok)
                self->alerts_->post(alerts::Severity::Critical, QStringLiteral("audit"),
                                    tr("The audit trail does not verify at row %1: %2")
                                        .arg(result.firstBadId)
                                        .arg(result.reason));
            Q_EMIT self->auditVerified(result);
        });
    });
}

} // namespace ws::core
