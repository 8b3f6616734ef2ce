#include "funds/FundUniverse.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>

namespace ws::funds {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::funds", text); // lupdate files free-function tr() here
}

} // namespace

std::optional<std::size_t> UniverseSnapshot::indexOf(const QString& code) const
{
    for (std::size_t i = 0; i < universe.funds.size(); ++i)
        if (universe.funds[i].code == code)
            return i;
    return std::nullopt;
}

FundExtras loadFundExtras(const QSqlDatabase& db, const std::vector<FundInfo>& funds)
{
    QHash<QString, std::size_t> at;
    for (std::size_t i = 0; i < funds.size(); ++i)
        at.insert(funds[i].code, i);
    FundExtras e;
    e.aum.assign(funds.size(), std::nullopt);
    e.managers.assign(funds.size(), QString());
    QSqlQuery q =
        store::exec(db, QStringLiteral("SELECT a.fund_code, a.aum FROM fnd_aum a JOIN (SELECT fund_code, "
                                       "MAX(report_date) d FROM fnd_aum GROUP BY fund_code) l ON "
                                       "l.fund_code = a.fund_code AND l.d = a.report_date"));
    while (q.next())
        if (const auto it = at.constFind(q.value(0).toString()); it != at.constEnd())
            e.aum[*it] = q.value(1).toDouble();
    q = store::exec(
        db, QStringLiteral("SELECT t.fund_code, m.name FROM fnd_manager_tenure t JOIN fnd_manager m ON "
                           "m.manager_id = t.manager_id WHERE t.end_date IS NULL ORDER BY t.fund_code, "
                           "t.start_date"));
    while (q.next())
        if (const auto it = at.constFind(q.value(0).toString()); it != at.constEnd()) {
            QString& names = e.managers[*it];
            names += (names.isEmpty() ? QString() : QStringLiteral("、")) + q.value(1).toString();
        }
    return e;
}

FundTable buildScreenTable(const Universe& u, const IndicatorGrid& grid, const std::vector<Rating>& ratings,
                           const FundExtras& extras, QDate asOf)
{
    const std::size_t n = u.funds.size();
    FundTable table(n);
    auto text = [&](const char* name, auto get) {
        std::vector<QString> v(n);
        for (std::size_t i = 0; i < n; ++i)
            v[i] = get(i);
        (void)table.addTextColumn(QLatin1String(name), std::move(v));
    };
    text("code", [&](std::size_t i) { return u.funds[i].code; });
    text("name", [&](std::size_t i) { return u.funds[i].name; });
    text("category", [&](std::size_t i) { return u.funds[i].category; });
    text("company", [&](std::size_t i) { return u.funds[i].company; });
    text("benchmark", [&](std::size_t i) { return u.funds[i].benchmark; });
    text("manager",
         [&](std::size_t i) { return i < extras.managers.size() ? extras.managers[i] : QString(); });
    auto number = [&](const char* name, auto get) {
        std::vector<std::optional<double>> v(n);
        for (std::size_t i = 0; i < n; ++i)
            v[i] = get(i);
        (void)table.addNumberColumn(QLatin1String(name), v);
    };
    number("aum", [&](std::size_t i) { return i < extras.aum.size() ? extras.aum[i] : std::nullopt; });
    number("aum_yi", [&](std::size_t i) -> std::optional<double> {
        if (i < extras.aum.size() && extras.aum[i])
            return *extras.aum[i] / 1e8;
        return std::nullopt;
    });
    number("age_years", [&](std::size_t i) -> std::optional<double> {
        if (u.navs[i].size() < 2)
            return std::nullopt;
        const QDate end = asOf.isValid() ? asOf : u.navs[i].dates.back();
        return static_cast<double>(u.navs[i].dates.front().daysTo(end)) / 365.25;
    });
    auto stars = [&](const char* name, auto get) {
        number(name, [&](std::size_t i) -> std::optional<double> {
            if (i >= ratings.size())
                return std::nullopt;
            const std::optional<int> s = get(ratings[i]);
            return s ? std::optional<double>(*s) : std::nullopt;
        });
    };
    stars("stars", [](const Rating& r) { return r.overall; });
    stars("stars_3y", [](const Rating& r) { return r.stars3; });
    stars("stars_5y", [](const Rating& r) { return r.stars5; });
    stars("stars_10y", [](const Rating& r) { return r.stars10; });
    number("mrar_3y", [&](std::size_t i) { return i < ratings.size() ? ratings[i].mrar3 : std::nullopt; });
    std::vector<double> values(n);
    std::vector<std::uint8_t> defined(n);
    for (std::size_t c = 0; c < grid.columns(); ++c) {
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t at = i * grid.columns() + c;
            values[i] = grid.values[at];
            defined[i] = grid.defined[at];
        }
        (void)table.addNumberColumn(grid.key(c), values, defined);
    }
    return table;
}

std::shared_ptr<const UniverseSnapshot> evaluateUniverse(const QSqlDatabase& db,
                                                         const Conventions& conventions, QDate asOf,
                                                         const std::function<void(double, QString)>& progress,
                                                         const std::atomic<bool>* cancelled, QString* error)
{
    auto s = std::make_shared<UniverseSnapshot>();
    s->conventions = conventions;
    s->asOf = asOf;
    QElapsedTimer timer;
    timer.start();
    auto report = [&](double f, const QString& stage) {
        if (progress)
            progress(f, stage);
    };
    try {
        report(0.0, tr("Loading NAVs"));
        s->universe = loadUniverse(
            db, [&](double f) { report(0.3 * f, tr("Loading NAVs")); }, cancelled);
        const FundExtras extras = loadFundExtras(db, s->universe.funds);
        s->aum = extras.aum;
        s->managers = extras.managers;
        s->loadMs = timer.restart();
        if (cancelled && cancelled->load())
            return nullptr;
        GridOptions options;
        options.conventions = conventions;
        options.asOf = asOf;
        s->grid = computeUniverseGrid(
            s->universe, options, [&](double f) { report(0.3 + 0.65 * f, tr("Computing indicators")); },
            cancelled);
        if (cancelled && cancelled->load())
            return nullptr;
        report(0.95, tr("Rating"));
        s->ratings = rateUniverse(s->universe, asOf, conventions.annualRiskFree);
        s->table = buildScreenTable(s->universe, s->grid, s->ratings, extras, asOf);
        s->computeMs = timer.elapsed();
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return nullptr;
    }
    report(1.0, tr("Ready"));
    return s;
}

FundUniverse::FundUniverse(QObject* parent) : QObject(parent) {}

FundUniverse::~FundUniverse()
{
    cancel();
}

void FundUniverse::cancel()
{
    if (cancelled_)
        cancelled_->store(true);
    if (worker_.joinable())
        worker_.join();
    running_ = false;
}

void FundUniverse::evaluate(const QString& dbPath, const Conventions& conventions, QDate asOf)
{
    cancel();
    cancelled_ = std::make_shared<std::atomic<bool>>(false);
    running_ = true;
    const quint64 generation = ++generation_;
    auto cancelled = cancelled_;
    worker_ = std::jthread([this, dbPath, conventions, asOf, cancelled, generation] {
        const QString connection = store::Database::uniqueConnectionName(QStringLiteral("ws-funds"));
        std::shared_ptr<const UniverseSnapshot> result;
        QString error;
        {
            store::OpenResult opened =
                store::Database::open(dbPath, connection, false, store::Database::Check::None);
            if (!opened.ok()) {
                error = opened.error->message();
            } else {
                result = evaluateUniverse(
                    opened.db, conventions, asOf,
                    [&](double f, const QString& stage) {
                        QMetaObject::invokeMethod(
                            this,
                            [this, f, stage, generation] {
                                if (generation == generation_)
                                    Q_EMIT progress(f, stage);
                            },
                            Qt::QueuedConnection);
                    },
                    cancelled.get(), &error);
            }
        }
        store::Database::close(connection);
        if (cancelled->load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, result, error, generation] {
                if (generation != generation_)
                    return;
                running_ = false;
                if (result) {
                    snapshot_ = result;
                    Q_EMIT ready();
                } else {
                    Q_EMIT failed(error.isEmpty() ? tr("the fund universe could not be evaluated") : error);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace ws::funds
