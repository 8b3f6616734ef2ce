#pragma once

// The evaluated fund universe the panels and `wsctl funds screen` share: every fund with its NAVs,
// its indicator grid, its star rating, AUM and managers, and the screener table built from them.
// FundUniverse loads and computes on a worker thread (its own read connection), reports progress,
// can be cancelled, and hands the result to the GUI thread as one immutable snapshot.

#include "funds/FundStore.h"
#include "funds/IndicatorGrid.h"
#include "funds/PeerRanking.h"
#include "funds/Screener.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace ws::funds {

// Everything about the universe at one as-of date. Immutable once built; shared by pointer.
struct UniverseSnapshot
{
    Universe universe;
    IndicatorGrid grid;
    std::vector<Rating> ratings;
    std::vector<std::optional<double>> aum; // latest reported AUM, yuan
    std::vector<QString> managers;          // current managers, "、"-joined
    FundTable table;                        // the screener's columns (screenColumns() order)
    Conventions conventions;
    QDate asOf;
    qint64 loadMs = 0, computeMs = 0;

    std::optional<std::size_t> indexOf(const QString& code) const;
};

// What a snapshot needs beyond the NAVs, read from the cache.
struct FundExtras
{
    std::vector<std::optional<double>> aum;
    std::vector<QString> managers;
};
FundExtras loadFundExtras(const QSqlDatabase& db, const std::vector<FundInfo>& funds);

// The screener table: text columns code, name, category, company, benchmark, manager; numbers aum
// (yuan), aum_yi (亿), age_years, stars, stars_3y, stars_5y, stars_10y, mrar_3y, and every grid
// indicator ("sharpe_3y", …).
FundTable buildScreenTable(const Universe& universe, const IndicatorGrid& grid,
                           const std::vector<Rating>& ratings, const FundExtras& extras, QDate asOf);

// Loads and evaluates the whole universe (blocking; for the CLI and the worker thread). Empty with
// `error` set when the cache cannot be read. `progress` gets (0..1, stage text).
std::shared_ptr<const UniverseSnapshot> evaluateUniverse(const QSqlDatabase& db,
                                                         const Conventions& conventions, QDate asOf,
                                                         const std::function<void(double, QString)>& progress,
                                                         const std::atomic<bool>* cancelled, QString* error);

class FundUniverse : public QObject
{
    Q_OBJECT
public:
    explicit FundUniverse(QObject* parent = nullptr);
    ~FundUniverse() override; // cancels and joins a running evaluation

    // Starts (or restarts) an evaluation of the cache at `dbPath`; ready() or failed() follows.
    void evaluate(const QString& dbPath, const Conventions& conventions = {}, QDate asOf = {});
    void cancel();
    // Starts an evaluation when there is neither a snapshot nor one running (panels call it when
    // first shown, so nothing is computed for a layout without fund panels).
    void ensureEvaluated(const QString& dbPath)
    {
        if (!snapshot_ && !running_)
            evaluate(dbPath);
    }
    bool busy() const { return running_; }
    std::shared_ptr<const UniverseSnapshot> snapshot() const { return snapshot_; }

Q_SIGNALS:
    void progress(double fraction, const QString& stage); // queued to the owner's thread
    void ready();
    void failed(const QString& message);

private:
    std::shared_ptr<const UniverseSnapshot> snapshot_;
    std::jthread worker_;
    std::shared_ptr<std::atomic<bool>> cancelled_;
    bool running_ = false;
    quint64 generation_ = 0;
};

} // namespace ws::funds
