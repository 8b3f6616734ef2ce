<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Cache database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::alerts::AlertModel</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::audit::AuditTableModel</name>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::core::AppCore</name>
    <message>
        <source>A write to the cache failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail does not verify at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::logging::LogModel</name>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::md::ConnectorState</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::md::MarketDataHub</name>
    <message>
        <source>Cannot join %1 / %2 port %3 on %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MDGW port given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator ws-mdsim was not found beside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDGW (SZSE Binary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished: %1 s of capture at %2x, %3 record(s) lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1x asked, %2x reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::securities::SecurityTableModel</name>
    <message>
        <source>SZSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChiNext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAR Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: generated, not a real listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry (SW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float shares</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::selection::SelectionHub</name>
    <message>
        <source>Unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::status::ConnectorStatusModel</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::store</name>
    <message>
        <source>The cache database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache database %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache database %1 was written by a newer version of the workstation (%2); it is left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache database %1 could not be upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SQLite database (bad header at offset 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL journal mode refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1, this build knows up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::AboutDialog</name>
    <message>
        <source>About the workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;交易分析工作站 · Analyst &amp;amp; Trader Workstation&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Contains demo data&lt;/b&gt; (generated, not real).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::AlertPanel</name>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledged only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts; your name and the time are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beep when a warning or worse arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash the window when an error or worse arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alert(s), %2 unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::AuditPanel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User, action, object or detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every row&apos;s SHA-256 and check the links between rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔&lt;/span&gt; Chain intact: %n row(s), head %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;✘&lt;/span&gt; Broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::ChartPanel</name>
    <message>
        <source>Intraday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price and average price by trading minute, with volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-minute candles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five-minute candles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fifteen-minute candles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sixty-minute candles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s candle so far (the feed carries no earlier days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the latest candles again after zooming or panning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day: one candle for today so far, built from today&apos;s minute bars. The feed carries no earlier days, so there is no daily history here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  price %2 (%3)  average %4  volume %5 lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  O %2  H %3  L %4  C %5 (%6)  volume %7 lots  amount %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a security to chart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bars yet for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::ConnectorStatusWidget</name>
    <message>
        <source>%1 since %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1 · %2 write(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
WAL journal; %2 batch(es) committed, %3 failed, %4 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache holds generated demo data, not real market or client data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;▲&lt;/span&gt; %n unacknowledged alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::DepthModel</name>
    <message>
        <source>Ask 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (lots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::DepthPanel</name>
    <message>
        <source>Quantities (lots) of the orders queued at the best bid, in time priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities (lots) of the orders queued at the best ask, in time priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queue at bid 1 (%n order(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue at ask 1 (%n order(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a security (watchlist, securities master or Ctrl+K) to see its depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for market data of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prev close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ratio (委比): bid size minus ask size over their sum, ten levels each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book invalid: channel %1 lost data%2. The levels shown may be wrong until the channel recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buy surplus %1 lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sell surplus %1 lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call auction — indicative price %1, matched volume %2 lots, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::FeedHealthPanel</name>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book channels (tick-by-tick ApplSeqNum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First mismatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start demo feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the market-data simulator and receive its simulated trading day over loopback multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line A first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line B first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApplSeqNum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference (bp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max difference (bp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed is connected. Connect one, or start the demo feed (a simulated trading day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo feed: a simulated trading day, not real market data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book thread: %1 events/s, %2 events applied · queue %3 (high water %4) · producer waits %5 · %6 exchange snapshots · %7 publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-check against the exchange&apos;s snapshots: %1 compared, %2 mismatched (%3%), %4 late, %5 skipped (channel invalid or call auction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDGW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::HeatmapPanel</name>
    <message numerus="yes">
        <source>Last %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resting size (lots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order-book heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a security to see its order book over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the order book of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s), one per %1 s of trading time; last price %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::widgets::LargeOrderPanel</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1 shares or ≥ %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes by order size: super large %1; large %2; medium %3; small below. Main force = super large + large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main-force net inflow: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::LogPanel</name>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::MainWindow</name>
    <message>
        <source>%1: fund %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: client %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail verified: %n row(s), chain intact</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst &amp; Trader Workstation — demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst &amp; Trader Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Role: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every panel back where the current role&apos;s preset has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layout as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current arrangement under a name of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a security, fund, client or command (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the layout &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layout name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the layout &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot; saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new data directory is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open market-data &amp;recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a recorded feed (pcap) into the Level-2 panels as if it were live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open market-data recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1× (as recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay %1 at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::Panel</name>
    <message>
        <source>Link group: %1. Panels in the same colour follow one selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::Panels</name>
    <message>
        <source>Securities master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick by tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order-book heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::QueueModel</name>
    <message>
        <source>Order %1 in the queue: %2 shares</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::QuickSearchDialog</name>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, pinyin initials or name of a security, fund, client or command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ choose · Enter open · Esc close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::Role</name>
    <message>
        <source>Trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline analyst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::SecuritiesPanel</name>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Code, pinyin initials or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 600 (code prefix), PAYH (pinyin initials), 银行 (part of the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows that match the filter to a CSV file (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These securities were generated for demonstration; they are not real listings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SZSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChiNext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAR Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n security(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export securities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache database lives here; a new directory applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory must be a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::Startup</name>
    <message>
        <source>Cache database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file can be moved aside (renamed, not deleted) and a fresh cache created. Its contents stay in the renamed file for recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move aside and start fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::TickModel</name>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best own side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buy #%1 / sell #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (lots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::TicksPanel</name>
    <message>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick-by-tick trades, coloured by the side of the aggressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick-by-tick orders as they arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any order type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best own side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest tick in view; scrolling up pauses this</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tick(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tick(s) arrived too fast to show</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::WatchlistModel</name>
    <message>
        <source>Book invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening auction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing auction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel of this security lost data: its book is incomplete until the channel recovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (lots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::WatchlistPanel</name>
    <message>
        <source>Filter by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No market data yet. Connect a feed or start the demo feed in the Feed health panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row, or press Enter, to follow that security in the linked panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n security(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) invalid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::widgets::md</name>
    <message>
        <source>%1 yi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1K</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
