// wsctl: the workstation's command-line tool. Links the same models and connectors as the GUI; only
// the `docs` commands use QtGui (the PDF report, on the offscreen platform). Exit codes: 0 success,
// 1 failure, 2 bad input (message on stderr).
#include "WsctlCli.h"
#include "audit/AuditTrail.h"
#include "core/BuildInfo.h"
#include "demo/DemoData.h"
#include "search/QuickSearch.h"
#include "securities/SecurityQuery.h"
#include "securities/SecurityTableModel.h"
#include "store/Database.h"
#include "store/DbWriter.h"
#include "store/Sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>

using namespace ws;
using namespace ws::cli;

namespace {

int dbInfo(const Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("db info"),
                      QStringLiteral("Show the cache file, schema version, tables and row counts."), &code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return fail(BadInput, QStringLiteral("db info takes no arguments"));
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    QJsonArray tables;
    QSqlQuery q = store::exec(s.db(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                     "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next()) {
        const QString name = q.value(0).toString();
        tables.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("rows"),
             store::scalar(s.db(), QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(name)).toDouble()}});
    }
    const QJsonObject info{
        {QStringLiteral("path"), QFileInfo(ctx.dbPath).absoluteFilePath()},
        {QStringLiteral("size_bytes"), static_cast<double>(QFileInfo(ctx.dbPath).size())},
        {QStringLiteral("schema_version"), store::Database::schemaVersion(s.db())},
        {QStringLiteral("latest_schema_version"), store::Database::latestVersion()},
        {QStringLiteral("journal_mode"),
         store::scalar(s.db(), QStringLiteral("PRAGMA journal_mode")).toString()},
        {QStringLiteral("demo_data"), demo::hasDemoData(s.db())},
        {QStringLiteral("tables"), tables},
    };
    if (ctx.json) {
        printJson(info);
        return Ok;
    }
    out() << "path:            " << info[QStringLiteral("path")].toString() << "\n"
          << "size:            " << static_cast<qint64>(info[QStringLiteral("size_bytes")].toDouble())
          << " bytes\n"
          << "schema version:  " << info[QStringLiteral("schema_version")].toInt() << " (latest "
          << store::Database::latestVersion() << ")\n"
          << "journal mode:    " << info[QStringLiteral("journal_mode")].toString() << "\n"
          << "demo data:       " << (info[QStringLiteral("demo_data")].toBool() ? "yes" : "no") << "\n"
          << "tables:\n";
    for (const QJsonValue& t : tables)
        out() << QStringLiteral("  %1 %2\n")
                     .arg(t[QStringLiteral("name")].toString(), -20)
                     .arg(static_cast<qint64>(t[QStringLiteral("rows")].toDouble()));
    return Ok;
}

int dbCheck(const Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("db check"),
                      QStringLiteral("Run SQLite's full integrity check on the cache."), &code))
        return code;
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    QSqlQuery q = store::exec(s.db(), QStringLiteral("PRAGMA integrity_check"));
    QStringList problems;
    while (q.next())
        if (q.value(0).toString() != QLatin1String("ok"))
            problems << q.value(0).toString();
    if (!problems.isEmpty())
        return fail(Failure, QStringLiteral("%1: %2").arg(ctx.dbPath, problems.join(QStringLiteral("; "))));
    out() << "ok\n";
    return Ok;
}

int dbMoveAside(const Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("db move-aside"),
                      QStringLiteral("Rename a damaged cache (and its -wal/-shm) to <file>.corrupt-<time>; "
                                     "the next start creates a fresh one."),
                      &code))
        return code;
    if (!QFileInfo::exists(ctx.dbPath))
        return fail(BadInput, QStringLiteral("%1 does not exist").arg(ctx.dbPath));
    QString error;
    const QString moved = store::Database::moveAside(ctx.dbPath, &error);
    if (moved.isEmpty())
        return fail(Failure, error);
    out() << "moved " << ctx.dbPath << " to " << moved << "\n";
    return Ok;
}

int demoInit(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Generator seed (default %1).").arg(demo::kDefaultSeed),
                                  QStringLiteral("N"));
    p.addOption(seed);
    int code = Ok;
    if (!parseOptions(
            p, ctx, QStringLiteral("demo init"),
            QStringLiteral(
                "Fill the cache with the deterministic demo data (replaces earlier demo rows only)."),
            &code))
        return code;
    std::uint64_t seedValue = demo::kDefaultSeed;
    if (p.isSet(seed)) {
        bool ok = false;
        seedValue = p.value(seed).toULongLong(&ok);
        if (!ok)
            return fail(BadInput,
                        QStringLiteral("--seed expects a non-negative integer, got '%1'").arg(p.value(seed)));
    }
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    demo::Summary summary;
    QString error;
    store::DbWriter& writer = s.writer(ctx.dbPath);
    if (!runJob(
            writer, [&](QSqlDatabase& db) { summary = demo::populateAll(db, seedValue); }, &error))
        return fail(Failure, error);
    audit::AuditTrail(writer).record(
        QStringLiteral("demo.init"), QStringLiteral("cache"), QStringLiteral("ok"),
        QStringLiteral("seed %1, %2 rows").arg(seedValue).arg(summary.rows), audit::LogClass::System);
    writer.flush();
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("seed"), QString::number(seedValue)},
                      {QStringLiteral("rows"), summary.rows}};
        printJson(o);
    } else {
        out() << "demo data generated (seed " << seedValue << "):\n";
        for (const QString& line : summary.lines)
            out() << "  " << line << "\n";
    }
    return Ok;
}

int auditVerify(const Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!parseOptions(
            p, ctx, QStringLiteral("audit verify"),
            QStringLiteral("Walk the audit hash chain; exit 1 naming the first row that does not match."),
            &code))
        return code;
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    const audit::VerifyResult r = audit::verify(s.db());
    if (ctx.json)
        printJson(QJsonObject{{QStringLiteral("ok"), r.ok},
                              {QStringLiteral("rows"), static_cast<double>(r.rows)},
                              {QStringLiteral("first_bad_id"), static_cast<double>(r.firstBadId)},
                              {QStringLiteral("reason"), r.reason},
                              {QStringLiteral("head_hash"), r.headHash}});
    if (!r.ok)
        return fail(Failure,
                    QStringLiteral("audit chain broken at row %1: %2").arg(r.firstBadId).arg(r.reason));
    if (!ctx.json)
        out() << "ok, " << r.rows << " rows (head " << r.headHash << ")\n";
    return Ok;
}

int auditList(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Newest N rows (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    QStringLiteral("Only this action (e.g. export.csv)."),
                                    QStringLiteral("ACTION"));
    p.addOption(limit);
    p.addOption(action);
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("audit list"), QStringLiteral("List audit rows, newest first."),
                      &code))
        return code;
    bool ok = false;
    const int n = p.value(limit).toInt(&ok);
    if (!ok || n <= 0)
        return fail(BadInput, QStringLiteral("--limit expects a positive integer"));
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    QSqlQuery q =
        p.isSet(action)
            ? store::exec(s.db(),
                          QStringLiteral("SELECT id, ts_utc, user, action, object, result, log_class, detail "
                                         "FROM sys_audit WHERE action = ? ORDER BY id DESC LIMIT ?"),
                          {p.value(action), n})
            : store::exec(s.db(),
                          QStringLiteral("SELECT id, ts_utc, user, action, object, result, log_class, detail "
                                         "FROM sys_audit ORDER BY id DESC LIMIT ?"),
                          {n});
    QJsonArray rows;
    while (q.next()) {
        if (ctx.json) {
            rows.append(QJsonObject{{QStringLiteral("id"), q.value(0).toDouble()},
                                    {QStringLiteral("ts_utc"), q.value(1).toString()},
                                    {QStringLiteral("user"), q.value(2).toString()},
                                    {QStringLiteral("action"), q.value(3).toString()},
                                    {QStringLiteral("object"), q.value(4).toString()},
                                    {QStringLiteral("result"), q.value(5).toString()},
                                    {QStringLiteral("class"), q.value(6).toString()},
                                    {QStringLiteral("detail"), q.value(7).toString()}});
        } else {
            out() << QStringLiteral("%1  %2  %3  %4  %5  %6  [%7]\n")
                         .arg(q.value(0).toLongLong(), 6)
                         .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                              q.value(4).toString(), q.value(5).toString(), q.value(6).toString());
        }
    }
    if (ctx.json)
        printJson(rows);
    return Ok;
}

int auditRetention(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption set(
        QStringLiteral("set"), QStringLiteral("Set a class's retention, e.g. --set audit=200 (repeatable)."),
        QStringLiteral("CLASS=DAYS"));
    p.addOption(set);
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("audit retention"),
                      QStringLiteral("Show or set the retention of each log class in days."), &code))
        return code;
    std::vector<std::pair<audit::LogClass, int>> changes;
    for (const QString& v : p.values(set)) {
        const QStringList kv = v.split(QLatin1Char('='));
        bool ok = false;
        const int days = kv.size() == 2 ? kv[1].toInt(&ok) : 0;
        const auto cls = kv.size() == 2 ? audit::logClassFromString(kv[0]) : std::nullopt;
        if (!cls || !ok || days <= 0)
            return fail(BadInput, QStringLiteral("--set expects CLASS=DAYS with CLASS one of operation, "
                                                 "audit, monitoring, system and DAYS > 0; got '%1'")
                                      .arg(v));
        changes.emplace_back(*cls, days);
    }
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    audit::Retention r = audit::Retention::load(s.db());
    if (!changes.empty()) {
        QStringList what;
        for (const auto& [c, d] : changes) {
            what << QStringLiteral("%1: %2 -> %3 days").arg(audit::toString(c)).arg(r.days(c)).arg(d);
            r.setDays(c, d);
        }
        QString error;
        store::DbWriter& writer = s.writer(ctx.dbPath);
        if (!runJob(
                writer, [r](QSqlDatabase& db) { r.save(db); }, &error))
            return fail(Failure, error);
        audit::AuditTrail(writer).record(QStringLiteral("settings.retention"), QStringLiteral("sys_setting"),
                                         QStringLiteral("ok"), what.join(QStringLiteral("; ")),
                                         audit::LogClass::Audit);
        writer.flush();
    }
    QJsonObject o;
    for (audit::LogClass c : audit::kAllLogClasses)
        o.insert(audit::toString(c), r.days(c));
    if (ctx.json)
        printJson(o);
    else
        for (audit::LogClass c : audit::kAllLogClasses)
            out() << QStringLiteral("%1 %2 days\n").arg(audit::toString(c), -11).arg(r.days(c));
    return Ok;
}

int auditPurge(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption now(QStringLiteral("now"),
                                 QStringLiteral("Purge as of this UTC time (ISO 8601) instead of the clock."),
                                 QStringLiteral("TIME"));
    p.addOption(now);
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("audit purge"),
                      QStringLiteral("Delete audit rows past their class's retention and append a checkpoint "
                                     "row that keeps the chain verifiable."),
                      &code))
        return code;
    QDateTime when = QDateTime::currentDateTimeUtc();
    if (p.isSet(now)) {
        when = QDateTime::fromString(p.value(now), Qt::ISODate);
        if (!when.isValid())
            return fail(BadInput,
                        QStringLiteral("--now expects an ISO 8601 time, got '%1'").arg(p.value(now)));
        when = when.toUTC();
    }
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    const audit::Retention retention = audit::Retention::load(s.db());
    audit::PurgeResult result;
    QString error;
    if (!runJob(
            s.writer(ctx.dbPath), [&](QSqlDatabase& db) { result = audit::purge(db, when, retention); },
            &error))
        return fail(Failure, error);
    if (ctx.json)
        printJson(QJsonObject{{QStringLiteral("removed"), static_cast<double>(result.removed)},
                              {QStringLiteral("gaps"), result.gaps},
                              {QStringLiteral("checkpoint_id"), static_cast<double>(result.checkpointId)}});
    else
        out() << "removed " << result.removed << " rows; chain has " << result.gaps
              << " gap(s); checkpoint row " << result.checkpointId << "\n";
    return Ok;
}

int securitiesList(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QStringLiteral("Code prefix, pinyin initials or part of the name."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption industry(QStringLiteral("industry"),
                                      QStringLiteral("Shenwan industry code, e.g. 801780."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption exchange(QStringLiteral("exchange"), QStringLiteral("SZSE or SSE."),
                                      QStringLiteral("EXCHANGE"));
    const QCommandLineOption board(QStringLiteral("board"), QStringLiteral("main, sme, chinext or star."),
                                   QStringLiteral("BOARD"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N rows on screen (default: all)."),
                                   QStringLiteral("N"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("Write the rows to FILE as CSV (audited)."),
                                 QStringLiteral("FILE"));
    for (const auto* o : {&filter, &industry, &exchange, &board, &limit, &csv})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("securities list"),
                      QStringLiteral("List the securities master."), &code))
        return code;
    securities::Filter f{p.value(filter), p.value(industry), p.value(exchange).toUpper(),
                         p.value(board).toLower()};
    if (!f.exchange.isEmpty() && f.exchange != QLatin1String("SZSE") && f.exchange != QLatin1String("SSE"))
        return fail(BadInput,
                    QStringLiteral("--exchange expects SZSE or SSE, got '%1'").arg(p.value(exchange)));
    static const QStringList boards{QStringLiteral("main"), QStringLiteral("sme"), QStringLiteral("chinext"),
                                    QStringLiteral("star")};
    if (!f.board.isEmpty() && !boards.contains(f.board))
        return fail(BadInput, QStringLiteral("--board expects one of %1, got '%2'")
                                  .arg(boards.join(QStringLiteral(", ")), p.value(board)));
    int maxRows = -1;
    if (p.isSet(limit)) {
        bool ok = false;
        maxRows = p.value(limit).toInt(&ok);
        if (!ok || maxRows <= 0)
            return fail(BadInput, QStringLiteral("--limit expects a positive integer"));
    }
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    if (p.isSet(csv)) {
        QFile file(p.value(csv));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(Failure,
                        QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        QStringList headers;
        for (int c = 0; c < securities::ColumnCount; ++c)
            headers << securities::SecurityTableModel::columnTitle(c);
        QString error;
        const qint64 n = securities::exportCsv(s.db(), f, securities::Code, Qt::AscendingOrder, headers, true,
                                               file, &error);
        if (n < 0)
            return fail(Failure, QStringLiteral("%1: %2").arg(file.fileName(), error));
        store::DbWriter& writer = s.writer(ctx.dbPath);
        audit::AuditTrail(writer).record(
            QStringLiteral("export.csv"), QFileInfo(file).absoluteFilePath(), QStringLiteral("ok"),
            QStringLiteral("securities, %1 rows, filter '%2'").arg(n).arg(f.text));
        writer.flush();
        out() << "wrote " << n << " rows to " << file.fileName() << "\n";
        return Ok;
    }
    QVariantList values;
    QSqlQuery q(s.db());
    q.prepare(securities::selectColumns(true) + f.whereClause(&values) +
              securities::orderByClause(securities::Code, Qt::AscendingOrder) +
              (maxRows > 0 ? QStringLiteral(" LIMIT %1").arg(maxRows) : QString()));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(Failure, q.lastError().text());
    QJsonArray rows;
    int count = 0;
    while (q.next()) {
        ++count;
        if (ctx.json)
            rows.append(QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                                    {QStringLiteral("name"), q.value(1).toString()},
                                    {QStringLiteral("pinyin"), q.value(2).toString()},
                                    {QStringLiteral("exchange"), q.value(3).toString()},
                                    {QStringLiteral("board"), q.value(4).toString()},
                                    {QStringLiteral("industry"), q.value(9).toString()},
                                    {QStringLiteral("industry_name"), q.value(5).toString()},
                                    {QStringLiteral("list_date"), q.value(6).toString()},
                                    {QStringLiteral("total_shares"), q.value(7).toDouble()},
                                    {QStringLiteral("float_shares"), q.value(8).toDouble()}});
        else
            out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                         .arg(q.value(0).toString(), q.value(3).toString(), q.value(1).toString(),
                              q.value(2).toString(), q.value(4).toString(), q.value(5).toString(),
                              q.value(6).toString());
    }
    if (ctx.json)
        printJson(rows);
    else
        out() << count << " securities\n";
    return Ok;
}

int searchCommand(const Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("text"), QStringLiteral("Code, pinyin initials or name."));
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("search"),
                      QStringLiteral("Find securities, funds and clients as the Ctrl+K box does."), &code))
        return code;
    if (p.positionalArguments().size() != 1)
        return fail(BadInput, QStringLiteral("search expects one TEXT argument"));
    Session s(ctx.dbPath);
    if (!s.ok())
        return fail(Failure, s.error());
    const search::QuickSearch finder(s.db().connectionName());
    QJsonArray rows;
    static const char* const kinds[] = {"security", "fund", "client", "command"};
    for (const search::Hit& h : finder.find(p.positionalArguments().front())) {
        const char* kind = kinds[static_cast<int>(h.kind)];
        if (ctx.json)
            rows.append(QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                                    {QStringLiteral("key"), h.key},
                                    {QStringLiteral("title"), h.title},
                                    {QStringLiteral("subtitle"), h.subtitle},
                                    {QStringLiteral("score"), h.score}});
        else
            out() << QStringLiteral("%1  %2  %3  (%4)\n")
                         .arg(QLatin1String(kind), -8)
                         .arg(h.key, -14)
                         .arg(h.title, h.subtitle);
    }
    if (ctx.json)
        printJson(rows);
    return Ok;
}

const std::map<QString, std::pair<std::function<int(const Context&)>, const char*>>& commands()
{
    static const std::map<QString, std::pair<std::function<int(const Context&)>, const char*>> all{
        {QStringLiteral("db info"), {dbInfo, "path, schema version, tables and row counts"}},
        {QStringLiteral("db check"), {dbCheck, "full integrity check"}},
        {QStringLiteral("db move-aside"), {dbMoveAside, "rename a damaged cache so a fresh one is created"}},
        {QStringLiteral("demo init"), {demoInit, "generate the demo data [--seed N]"}},
        {QStringLiteral("audit verify"), {auditVerify, "verify the audit hash chain"}},
        {QStringLiteral("audit list"), {auditList, "list audit rows [--limit N] [--action A]"}},
        {QStringLiteral("audit retention"), {auditRetention, "show or --set CLASS=DAYS retention"}},
        {QStringLiteral("audit purge"),
         {auditPurge, "remove rows past retention, keeping the chain verifiable"}},
        {QStringLiteral("securities list"),
         {securitiesList,
          "list securities [--filter T] [--industry C] [--exchange E] [--board B] [--csv F]"}},
        {QStringLiteral("md decode"),
         {mdDecode,
          "decode a market-data capture --input FILE [--format szse-binary|appliance|pcap] [--jsonl]"}},
        {QStringLiteral("md record"),
         {mdRecord, "record the appliance lines (and an MDGW session) --out FILE.pcap [--duration S]"}},
        {QStringLiteral("md book"),
         {mdBook, "rebuild the order book --input FILE --security CODE [--levels N] [--json]"}},
        {QStringLiteral("md replay"),
         {mdReplay,
          "replay a capture into the Level-2 model --input FILE [--speed X|max] [--security CODE]"}},
        {QStringLiteral("md bench"),
         {mdBench, "market-data throughput: decode vs memcpy, book rebuild, engine [--minutes N]"}},
        {QStringLiteral("funds metrics"),
         {fundsMetrics,
          "fund metrics from NAV files --nav FILE.csv [--benchmark FILE.csv] [--rf R] [--json]"}},
        {QStringLiteral("funds import"),
         {fundsImport, "import fund data --funds F.csv --navs F.csv --indices F.csv (rejected rows named)"}},
        {QStringLiteral("funds grid"),
         {fundsGrid, "the indicator grid of every fund in the cache [--code CODE] [--csv FILE]"}},
        {QStringLiteral("funds rank"),
         {fundsRank, "time-aligned peer rank --code CODE [--metric KEY] [--window W] [--history DATE]"}},
        {QStringLiteral("funds ratings"),
         {fundsRatings, "star ratings (MRAR, CSRC rules) [--code CODE] [--category C] [--as-of DATE]"}},
        {QStringLiteral("funds bench"), {fundsBench, "indicator grid timing [--funds N] [--years Y]"}},
        {QStringLiteral("funds screen"),
         {fundsScreen,
          "screen funds: 'FILTER' [--factor 'q = ...'] [--sort -KEY] [--columns LIST] [--codes-only]"}},
        {QStringLiteral("funds manager"),
         {fundsManager,
          "a manager's or company's AUM-weighted index and fund correlations --id ID | --company NAME"}},
        {QStringLiteral("funds fof"),
         {fundsFof, "FOF back-test --codes A,B,C --start DATE [--model ew|minvar|mv|rp|bl] [--rebalance F]"}},
        {QStringLiteral("docs diff"),
         {docsDiff, "compare two documents A B [--json] [--report out.pdf|out.html] [--reviewer NAME]"}},
        {QStringLiteral("docs bench"),
         {docsBench, "document diff of a 300-page pair and visual page compare [--pages N] [--runs N]"}},
        {QStringLiteral("search"),
         {searchCommand, "find securities, funds and clients by code, pinyin or name"}},
    };
    return all;
}

QString usage()
{
    QString text = QStringLiteral(
        "Usage: wsctl [--db FILE | --data-dir DIR] [--json] COMMAND [options]\n\n"
        "The workstation's command-line tool. Exit codes: 0 ok, 1 failure, 2 bad input.\n\n"
        "Global options:\n"
        "  --db FILE        the cache file (default: <data dir>/workstation.sqlite)\n"
        "  --data-dir DIR   the data directory (default: $WS_DATA_DIR or the user's data location)\n"
        "  --json           machine-readable output\n"
        "  --version        print the version\n"
        "  --help           this text; COMMAND --help for a command's options\n\n"
        "Commands:\n");
    for (const auto& [name, entry] : commands())
        text += QStringLiteral("  %1 %2\n").arg(name, -17).arg(QLatin1String(entry.second));
    return text;
}

// The command word after the global options: `docs` commands draw the PDF report with QtGui.
bool needsGui(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QLatin1String arg(argv[i]);
        if (arg == QLatin1String("--db") || arg == QLatin1String("--data-dir"))
            ++i;
        else if (!arg.startsWith(QLatin1String("--")))
            return arg == QLatin1String("docs");
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    const bool gui = needsGui(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("workstation"));
    QCoreApplication::setApplicationName(QStringLiteral("workstation"));
    QCoreApplication::setApplicationVersion(core::applicationVersion());

    QStringList args = QCoreApplication::arguments().mid(1);
    Context ctx;
    QString dataDir;
    // Global options come before the command words.
    while (!args.isEmpty() && args.front().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--version")) {
            out() << "wsctl " << core::applicationVersion() << "\n";
            return Ok;
        }
        if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            out() << usage();
            return Ok;
        }
        if (opt == QLatin1String("--json")) {
            ctx.json = true;
        } else if (opt == QLatin1String("--db") || opt == QLatin1String("--data-dir")) {
            if (args.isEmpty())
                return fail(BadInput, QStringLiteral("%1 needs a value").arg(opt));
            (opt == QLatin1String("--db") ? ctx.dbPath : dataDir) = args.takeFirst();
        } else {
            return fail(BadInput, QStringLiteral("unknown option %1 (see wsctl --help)").arg(opt));
        }
    }
    if (ctx.dbPath.isEmpty())
        ctx.dbPath = dataDir.isEmpty() ? store::Database::defaultPath()
                                       : QDir(dataDir).filePath(QStringLiteral("workstation.sqlite"));
    if (args.isEmpty())
        return fail(BadInput, QStringLiteral("no command given\n") + usage());

    for (int words = 2; words >= 1; --words) {
        if (args.size() < words)
            continue;
        const QString name = args.mid(0, words).join(QLatin1Char(' '));
        const auto it = commands().find(name);
        if (it == commands().end())
            continue;
        ctx.args = args.mid(words);
        try {
            return it->second.first(ctx);
        } catch (const store::SqlError& e) {
            return fail(Failure, QStringLiteral("%1: %2").arg(ctx.dbPath, e.text()));
        }
    }
    return fail(BadInput,
                QStringLiteral("unknown command '%1' (see wsctl --help)").arg(args.join(QLatin1Char(' '))));
}
