#include "store/Migrations.h"

namespace ws::store {

namespace {

QStringList v1CoreSystem()
{
    return {
        QStringLiteral(R"(CREATE TABLE sys_setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_utc TEXT NOT NULL))"),
        // The audit trail (src-000 §2.2): user, time, action, object, result, chained by SHA-256.
        QStringLiteral(R"(CREATE TABLE sys_audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            ts_utc TEXT NOT NULL,
            user TEXT NOT NULL,
            host TEXT NOT NULL,
            action TEXT NOT NULL,
            object TEXT NOT NULL,
            result TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            log_class TEXT NOT NULL CHECK (log_class IN ('operation','audit','monitoring','system')),
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX sys_audit_ts ON sys_audit(ts_utc)"),
    };
}

QStringList v2SecuritiesMaster()
{
    QStringList s{
        // Shenwan (申万) level-1 classification, 28 industries (src-001 §2.3): reference data, not demo.
        QStringLiteral(R"(CREATE TABLE stk_industry (
            code TEXT PRIMARY KEY,
            name_zh TEXT NOT NULL,
            name_en TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE stk_security (
            code TEXT NOT NULL,
            exchange TEXT NOT NULL CHECK (exchange IN ('SZSE','SSE')),
            name TEXT NOT NULL,
            pinyin TEXT NOT NULL,
            board TEXT NOT NULL,
            industry TEXT REFERENCES stk_industry(code),
            list_date TEXT NOT NULL,
            total_shares INTEGER NOT NULL CHECK (total_shares >= 0),
            float_shares INTEGER NOT NULL CHECK (float_shares >= 0),
            is_demo INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (code, exchange)))"),
        QStringLiteral("CREATE INDEX stk_security_pinyin ON stk_security(pinyin)"),
        QStringLiteral("CREATE INDEX stk_security_industry ON stk_security(industry)"),
    };
    static const char* const industries[][3] = {
        {"801010", "农林牧渔", "Agriculture"},
        {"801020", "采掘", "Mining"},
        {"801030", "化工", "Chemicals"},
        {"801040", "钢铁", "Steel"},
        {"801050", "有色金属", "Non-ferrous metals"},
        {"801080", "电子", "Electronics"},
        {"801110", "家用电器", "Household appliances"},
        {"801120", "食品饮料", "Food & beverage"},
        {"801130", "纺织服装", "Textiles & apparel"},
        {"801140", "轻工制造", "Light manufacturing"},
        {"801150", "医药生物", "Pharmaceuticals & biotech"},
        {"801160", "公用事业", "Utilities"},
        {"801170", "交通运输", "Transportation"},
        {"801180", "房地产", "Real estate"},
        {"801200", "商业贸易", "Commerce & trade"},
        {"801210", "休闲服务", "Leisure services"},
        {"801230", "综合", "Conglomerates"},
        {"801710", "建筑材料", "Building materials"},
        {"801720", "建筑装饰", "Construction & decoration"},
        {"801730", "电气设备", "Electrical equipment"},
        {"801740", "国防军工", "Defence"},
        {"801750", "计算机", "Computers"},
        {"801760", "传媒", "Media"},
        {"801770", "通信", "Telecommunications"},
        {"801780", "银行", "Banks"},
        {"801790", "非银金融", "Non-bank financials"},
        {"801880", "汽车", "Automobiles"},
        {"801890", "机械设备", "Machinery"},
    };
    for (const auto& row : industries)
        s << QStringLiteral("INSERT INTO stk_industry(code, name_zh, name_en) VALUES ('%1', '%2', '%3')")
                 .arg(QLatin1String(row[0]), QString::fromUtf8(row[1]), QLatin1String(row[2]));
    return s;
}

QStringList v3CalendarAndAlerts()
{
    return {
        QStringLiteral(R"(CREATE TABLE stk_calendar (
            exchange TEXT NOT NULL CHECK (exchange IN ('SZSE','SSE')),
            trade_date TEXT NOT NULL,
            is_open INTEGER NOT NULL CHECK (is_open IN (0,1)),
            is_demo INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (exchange, trade_date)))"),
        QStringLiteral(R"(CREATE TABLE sys_alert (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            ts_utc TEXT NOT NULL,
            severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 3),
            source TEXT NOT NULL,
            text TEXT NOT NULL,
            ack_user TEXT,
            ack_utc TEXT))"),
        QStringLiteral("CREATE INDEX sys_alert_ts ON sys_alert(ts_utc)"),
    };
}

QStringList v4FundAndClientMasters()
{
    return {
        QStringLiteral(R"(CREATE TABLE fnd_fund (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            pinyin TEXT NOT NULL,
            category TEXT NOT NULL,
            company TEXT NOT NULL,
            inception_date TEXT NOT NULL,
            is_demo INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX fnd_fund_pinyin ON fnd_fund(pinyin)"),
        QStringLiteral(R"(CREATE TABLE cli_client (
            client_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            pinyin TEXT NOT NULL,
            branch TEXT NOT NULL,
            risk_level TEXT NOT NULL CHECK (risk_level IN ('C1','C2','C3','C4','C5')),
            advisor TEXT NOT NULL,
            is_demo INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX cli_client_pinyin ON cli_client(pinyin)"),
    };
}

// Fund evaluation (issue #4; columns documented in docs/fund-data.md). Dates are ISO text like
// every other table; NAVs and index values are per date, one row each.
QStringList v5FundEvaluation()
{
    return {
        QStringLiteral("ALTER TABLE fnd_fund ADD COLUMN benchmark TEXT"),
        QStringLiteral(R"(CREATE TABLE fnd_manager (
            manager_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            pinyin TEXT NOT NULL,
            company TEXT NOT NULL,
            is_demo INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE fnd_manager_tenure (
            fund_code TEXT NOT NULL,
            manager_id TEXT NOT NULL,
            start_date TEXT NOT NULL,
            end_date TEXT,
            PRIMARY KEY (fund_code, manager_id, start_date)))"),
        QStringLiteral("CREATE INDEX fnd_manager_tenure_manager ON fnd_manager_tenure(manager_id)"),
        // unit_nav 单位净值, acc_nav 累计净值 (distributions added back), adj_nav 复权净值
        // (distributions reinvested): the metrics use adj_nav.
        QStringLiteral(R"(CREATE TABLE fnd_nav (
            fund_code TEXT NOT NULL,
            trade_date TEXT NOT NULL,
            unit_nav REAL NOT NULL CHECK (unit_nav > 0),
            acc_nav REAL NOT NULL CHECK (acc_nav > 0),
            adj_nav REAL NOT NULL CHECK (adj_nav > 0),
            PRIMARY KEY (fund_code, trade_date)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE fnd_aum (
            fund_code TEXT NOT NULL,
            report_date TEXT NOT NULL,
            aum REAL NOT NULL CHECK (aum >= 0),
            PRIMARY KEY (fund_code, report_date)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE fnd_holding (
            fund_code TEXT NOT NULL,
            report_date TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('top10','full')),
            asset_class TEXT NOT NULL CHECK (asset_class IN ('stock','bond')),
            security_code TEXT NOT NULL,
            security_name TEXT NOT NULL,
            industry TEXT,
            weight REAL NOT NULL CHECK (weight >= 0),
            market_cap REAL,
            value_score REAL,
            duration REAL,
            rating TEXT,
            PRIMARY KEY (fund_code, report_date, security_code)))"),
        QStringLiteral(R"(CREATE TABLE idx_index (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('benchmark','style','factor','rate')),
            is_demo INTEGER NOT NULL DEFAULT 0))"),
        // benchmark and style: index level; factor: the period's return; rate: annual rate.
        QStringLiteral(R"(CREATE TABLE idx_value (
            index_code TEXT NOT NULL,
            trade_date TEXT NOT NULL,
            value REAL NOT NULL,
            PRIMARY KEY (index_code, trade_date)) WITHOUT ROWID)"),
        // Time-aligned peer ranks (src-004 §2.3): every peer's metric over one window start.
        QStringLiteral(R"(CREATE TABLE fnd_rank_cache (
            category TEXT NOT NULL,
            window_start TEXT NOT NULL,
            as_of TEXT NOT NULL,
            metric TEXT NOT NULL,
            fund_code TEXT NOT NULL,
            value REAL,
            PRIMARY KEY (category, window_start, as_of, metric, fund_code)) WITHOUT ROWID)"),
    };
}

// Document comparison reviews (issue #5): decisions keyed by the SHA-256 (hex) of both files and the
// change's fingerprint, so a pair reopened under other names shows the same decisions. Every
// decision ever saved stays in doc_decision_history; doc_decisions holds the latest per change.
QStringList v6DocumentReviews()
{
    return {
        QStringLiteral(R"(CREATE TABLE doc_review_pairs (
            sha_a TEXT NOT NULL,
            sha_b TEXT NOT NULL,
            name_a TEXT NOT NULL,
            size_a INTEGER NOT NULL CHECK (size_a >= 0),
            name_b TEXT NOT NULL,
            size_b INTEGER NOT NULL CHECK (size_b >= 0),
            created_utc TEXT NOT NULL,
            updated_utc TEXT NOT NULL,
            PRIMARY KEY (sha_a, sha_b)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX doc_review_pairs_b ON doc_review_pairs(sha_b)"),
        QStringLiteral(R"(CREATE TABLE doc_decisions (
            sha_a TEXT NOT NULL,
            sha_b TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            change_type TEXT NOT NULL DEFAULT '',
            a_text TEXT NOT NULL DEFAULT '',
            b_text TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL CHECK (decision IN ('open','accepted','question','rejected')),
            comment TEXT NOT NULL DEFAULT '',
            reviewer TEXT NOT NULL,
            decided_utc TEXT NOT NULL,
            PRIMARY KEY (sha_a, sha_b, fingerprint)))"),
        QStringLiteral("CREATE INDEX doc_decisions_b ON doc_decisions(sha_b)"),
        QStringLiteral(R"(CREATE TABLE doc_decision_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            sha_a TEXT NOT NULL,
            sha_b TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            decision TEXT NOT NULL,
            comment TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            decided_utc TEXT NOT NULL))"),
        QStringLiteral(
            "CREATE INDEX doc_decision_history_change ON doc_decision_history(sha_a, sha_b, fingerprint)"),
        QStringLiteral(R"(CREATE TABLE doc_exclusion_templates (
            name TEXT PRIMARY KEY,
            json TEXT NOT NULL,
            updated_utc TEXT NOT NULL))"),
    };
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all{
        {1, "core system tables: settings, audit trail", v1CoreSystem()},
        {2, "securities master and Shenwan industries", v2SecuritiesMaster()},
        {3, "trading calendar and alert centre", v3CalendarAndAlerts()},
        {4, "fund and client masters", v4FundAndClientMasters()},
        {5, "fund evaluation: NAVs, managers, holdings, indices, rank cache", v5FundEvaluation()},
        {6, "document comparison: review pairs, decisions and their history, exclusion templates",
         v6DocumentReviews()},
    };
    return all;
}

} // namespace ws::store
