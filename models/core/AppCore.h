#pragma once

#include "audit/AuditTrail.h"
#include "store/Database.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ws::store {
class DbWriter;
}
namespace ws::alerts {
class AlertModel;
}
namespace ws::logging {
class LogModel;
}
namespace ws::selection {
class SelectionHub;
}
namespace ws::status {
class ConnectorStatusModel;
}
namespace ws::search {
class QuickSearch;
}
namespace ws::net {
class IoRuntime;
}
namespace ws::md {
class MarketDataHub;
}
namespace ws::funds {
class FundUniverse;
}

namespace ws::core {

// The services every panel shares, owned in one place and created in dependency order: the
// cache (GUI-thread read connection + writer thread), the audit trail, the alert centre, the log,
// the link-group selection, connector states, quick search and the Asio I/O threads.
class AppCore : public QObject
{
    Q_OBJECT
public:
    // Opens (and migrates) the cache at `dbPath`. On failure returns null with `error` filled;
    // the file is left as it was.
    static std::unique_ptr<AppCore> open(const QString& dbPath, store::OpenError* error,
                                         QObject* parent = nullptr);
    ~AppCore() override;

    QString databasePath() const { return dbPath_; }
    QString readConnection() const { return readConnection_; }
    QSqlDatabase readDatabase() const;

    store::DbWriter& writer() { return *writer_; }
    audit::AuditTrail& audit() { return *audit_; }
    alerts::AlertModel& alerts() { return *alerts_; }
    logging::LogModel& log() { return *log_; }
    selection::SelectionHub& selection() { return *selection_; }
    status::ConnectorStatusModel& connectors() { return *connectors_; }
    search::QuickSearch& search() { return *search_; }
    net::IoRuntime& io() { return *io_; }
    // The Level-2 model and its connectors, created on first use (it starts the book thread).
    md::MarketDataHub& marketData();
    // The evaluated fund universe shared by the fund panels, created on first use; call
    // fundUniverse().evaluate(databasePath()) to (re)compute it on its worker thread.
    funds::FundUniverse& fundUniverse();

    bool hasDemoData() const;
    // Generates the demo data on the writer thread when the cache has none; demoDataReady() follows.
    void ensureDemoData();
    // Verifies the audit chain on a pool thread; a broken chain raises a critical alert.
    void verifyAuditInBackground();

Q_SIGNALS:
    void demoDataReady();
    // Any writer commit: panels that show cache tables may reload (coalesced by the writer's batches).
    void cacheCommitted();
    void auditVerified(const ws::audit::VerifyResult& result);

private:
    AppCore(QString dbPath, QString readConnection, QObject* parent);

    QString dbPath_;
    QString readConnection_;
    std::unique_ptr<logging::LogModel> log_;
    std::unique_ptr<store::DbWriter> writer_;
    std::unique_ptr<audit::AuditTrail> audit_;
    std::unique_ptr<alerts::AlertModel> alerts_;
    std::unique_ptr<selection::SelectionHub> selection_;
    std::unique_ptr<status::ConnectorStatusModel> connectors_;
    std::unique_ptr<search::QuickSearch> search_;
    std::unique_ptr<net::IoRuntime> io_; // destroyed first: connectors stop before their observers
    std::unique_ptr<md::MarketDataHub> marketData_;
    std::unique_ptr<funds::FundUniverse> fundUniverse_;
    quint64 demoTicket_ = 0;
};

} // namespace ws::core
