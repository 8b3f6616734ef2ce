<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Cache database</source>
        <translation>缓存数据库</translation>
    </message>
</context>
<context>
    <name>ws::alerts::AlertModel</name>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>确认时间</translation>
    </message>
</context>
<context>
    <name>ws::audit::AuditTableModel</name>
    <message>
        <source>Operation</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控日志</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统日志</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ws::core::AppCore</name>
    <message>
        <source>A write to the cache failed: %1</source>
        <translation>缓存写入失败：%1</translation>
    </message>
    <message>
        <source>The audit trail does not verify at row %1: %2</source>
        <translation>审计日志在第 %1 行校验失败：%2</translation>
    </message>
</context>
<context>
    <name>ws::logging::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>致命</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ws::md::ConnectorState</name>
    <message>
        <source>Disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Logged on</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>停滞</translation>
    </message>
</context>
<context>
    <name>ws::md::MarketDataHub</name>
    <message>
        <source>Cannot join %1 / %2 port %3 on %4: %5</source>
        <translation>无法在 %4 上加入组播 %1 / %2 端口 %3：%5</translation>
    </message>
    <message>
        <source>No MDGW port given</source>
        <translation>未指定 MDGW 端口</translation>
    </message>
    <message>
        <source>The simulator ws-mdsim was not found beside %1</source>
        <translation>在 %1 旁未找到模拟器 ws-mdsim</translation>
    </message>
    <message>
        <source>The simulator did not start: %1</source>
        <translation>模拟器未能启动：%1</translation>
    </message>
    <message>
        <source>Appliance feed</source>
        <translation>硬件行情源</translation>
    </message>
    <message>
        <source>MDGW (SZSE Binary)</source>
        <translation>MDGW（深交所 Binary）</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>finished: %1 s of capture at %2x, %3 record(s) lost</source>
        <translation>已完成：%1 秒录制数据，%2 倍速，丢失 %3 条记录</translation>
    </message>
    <message>
        <source>%1x asked, %2x reached</source>
        <translation>要求 %1 倍速，实际 %2 倍速</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最快</translation>
    </message>
</context>
<context>
    <name>ws::securities::SecurityTableModel</name>
    <message>
        <source>SZSE</source>
        <translation>深交所</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>上交所</translation>
    </message>
    <message>
        <source>Main board</source>
        <translation>主板</translation>
    </message>
    <message>
        <source>SME board</source>
        <translation>中小板</translation>
    </message>
    <message>
        <source>ChiNext</source>
        <translation>创业板</translation>
    </message>
    <message>
        <source>STAR Market</source>
        <translation>科创板</translation>
    </message>
    <message>
        <source>Demo data: generated, not a real listing</source>
        <translation>演示数据：系程序生成，并非真实上市证券</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音简称</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>Industry (SW)</source>
        <translation>行业（申万）</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>上市日期</translation>
    </message>
    <message>
        <source>Total shares</source>
        <translation>总股本</translation>
    </message>
    <message>
        <source>Float shares</source>
        <translation>流通股本</translation>
    </message>
</context>
<context>
    <name>ws::selection::SelectionHub</name>
    <message>
        <source>Unlinked</source>
        <translation>不联动</translation>
    </message>
    <message>
        <source>Red group</source>
        <translation>红色联动组</translation>
    </message>
    <message>
        <source>Green group</source>
        <translation>绿色联动组</translation>
    </message>
    <message>
        <source>Blue group</source>
        <translation>蓝色联动组</translation>
    </message>
    <message>
        <source>Yellow group</source>
        <translation>黄色联动组</translation>
    </message>
</context>
<context>
    <name>ws::status::ConnectorStatusModel</name>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>重连中</translation>
    </message>
</context>
<context>
    <name>ws::store</name>
    <message>
        <source>The cache database %1 cannot be opened: %2</source>
        <translation>无法打开缓存数据库 %1：%2</translation>
    </message>
    <message>
        <source>The cache database %1 is damaged: %2</source>
        <translation>缓存数据库 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The cache database %1 was written by a newer version of the workstation (%2); it is left untouched.</source>
        <translation>缓存数据库 %1 由更高版本的工作站写入（%2），已保持原样，未作任何改动。</translation>
    </message>
    <message>
        <source>The cache database %1 could not be upgraded: %2</source>
        <translation>缓存数据库 %1 升级失败：%2</translation>
    </message>
    <message>
        <source>not an SQLite database (bad header at offset 0)</source>
        <translation>不是 SQLite 数据库（偏移量 0 处的文件头无效）</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>WAL journal mode refused (%1)</source>
        <translation>无法启用 WAL 日志模式（%1）</translation>
    </message>
    <message>
        <source>schema %1, this build knows up to %2</source>
        <translation>数据库结构版本为 %1，当前程序最高支持 %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ws::widgets::AboutDialog</name>
    <message>
        <source>About the workstation</source>
        <translation>关于交易分析工作站</translation>
    </message>
    <message>
        <source>&lt;h3&gt;交易分析工作站 · Analyst &amp;amp; Trader Workstation&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;交易分析工作站&lt;/h3&gt;&lt;p&gt;版本 %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cache: %1%2</source>
        <translation>缓存：%1%2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Contains demo data&lt;/b&gt; (generated, not real).</source>
        <translation>&lt;br&gt;&lt;b&gt;包含演示数据&lt;/b&gt;（系程序生成，并非真实数据）。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>ws::widgets::AlertPanel</name>
    <message>
        <source>All severities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Warning and above</source>
        <translation>警告及以上</translation>
    </message>
    <message>
        <source>Error and above</source>
        <translation>错误及以上</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅严重</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Unacknowledged only</source>
        <translation>仅未确认</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>筛选文本</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts; your name and the time are recorded</source>
        <translation>确认所选告警；系统将记录您的姓名和确认时间</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>全部确认</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音提示</translation>
    </message>
    <message>
        <source>Beep when a warning or worse arrives</source>
        <translation>收到警告及以上级别的告警时发出提示音</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>闪烁提示</translation>
    </message>
    <message>
        <source>Flash the window when an error or worse arrives</source>
        <translation>收到错误及以上级别的告警时闪烁窗口</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>hours ago</source>
        <translation>小时前</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>告警数</translation>
    </message>
    <message>
        <source>%1 alert(s), %2 unacknowledged</source>
        <translation>共 %1 条告警，%2 条未确认</translation>
    </message>
</context>
<context>
    <name>ws::widgets::AuditPanel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 行至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>User, action, object or detail</source>
        <translation>用户、操作、对象或详情</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>Recompute every row&apos;s SHA-256 and check the links between rows</source>
        <translation>重新计算每行的 SHA-256 并检查行间链接</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>最近 6 个月</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔&lt;/span&gt; Chain intact: %n row(s), head %1…</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔&lt;/span&gt; 哈希链完整：共 %n 行，链头 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;✘&lt;/span&gt; Broken at row %1: %2</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;✘&lt;/span&gt; 第 %1 行断链：%2</translation>
    </message>
    <message>
        <source>Head hash: %1</source>
        <translation>链头哈希：%1</translation>
    </message>
</context>
<context>
    <name>ws::widgets::ChartPanel</name>
    <message>
        <source>Intraday</source>
        <translation>分时</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1分</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5分</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15分</translation>
    </message>
    <message>
        <source>60 min</source>
        <translation>60分</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日线</translation>
    </message>
    <message>
        <source>Price and average price by trading minute, with volume</source>
        <translation>按交易分钟的价格与均价，附成交量</translation>
    </message>
    <message>
        <source>One-minute candles</source>
        <translation>1 分钟 K 线</translation>
    </message>
    <message>
        <source>Five-minute candles</source>
        <translation>5 分钟 K 线</translation>
    </message>
    <message>
        <source>Fifteen-minute candles</source>
        <translation>15 分钟 K 线</translation>
    </message>
    <message>
        <source>Sixty-minute candles</source>
        <translation>60 分钟 K 线</translation>
    </message>
    <message>
        <source>Today&apos;s candle so far (the feed carries no earlier days)</source>
        <translation>今日截至目前的 K 线（行情源不含此前交易日）</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Show the latest candles again after zooming or panning</source>
        <translation>缩放或平移后重新显示最新的 K 线</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Day: one candle for today so far, built from today&apos;s minute bars. The feed carries no earlier days, so there is no daily history here.</source>
        <translation>日线：仅今日一根 K 线，由今日分钟线合成。行情源不含此前交易日，因此这里没有日线历史。</translation>
    </message>
    <message>
        <source>%1  price %2 (%3)  average %4  volume %5 lots</source>
        <translation>%1  价格 %2 (%3)  均价 %4  成交量 %5 手</translation>
    </message>
    <message>
        <source>%1  O %2  H %3  L %4  C %5 (%6)  volume %7 lots  amount %8</source>
        <translation>%1  开 %2  高 %3  低 %4  收 %5 (%6)  成交量 %7 手  成交额 %8</translation>
    </message>
    <message>
        <source>Select a security to chart it.</source>
        <translation>选择一只证券以显示其图表。</translation>
    </message>
    <message>
        <source>No bars yet for %1.</source>
        <translation>%1 暂无分钟线。</translation>
    </message>
</context>
<context>
    <name>ws::widgets::ConnectorStatusWidget</name>
    <message>
        <source>%1 since %2
%3</source>
        <translation>%1（自 %2 起）
%3</translation>
    </message>
    <message>
        <source>Cache: %1 · %2 write(s)</source>
        <translation>缓存：%1 · 已写入 %2 次</translation>
    </message>
    <message>
        <source>%1
WAL journal; %2 batch(es) committed, %3 failed, %4 queued</source>
        <translation>%1
WAL 日志模式；已提交 %2 批，失败 %3 次写入，排队 %4 次写入</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The cache holds generated demo data, not real market or client data.</source>
        <translation>缓存中为程序生成的演示数据，并非真实的行情或客户数据。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;▲&lt;/span&gt; %n unacknowledged alert(s)</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;▲&lt;/span&gt; %n 条未确认告警</numerusform>
        </translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation>无未确认告警</translation>
    </message>
</context>
<context>
    <name>ws::widgets::DepthModel</name>
    <message>
        <source>Ask 10</source>
        <translation>卖十</translation>
    </message>
    <message>
        <source>Ask 9</source>
        <translation>卖九</translation>
    </message>
    <message>
        <source>Ask 8</source>
        <translation>卖八</translation>
    </message>
    <message>
        <source>Ask 7</source>
        <translation>卖七</translation>
    </message>
    <message>
        <source>Ask 6</source>
        <translation>卖六</translation>
    </message>
    <message>
        <source>Ask 5</source>
        <translation>卖五</translation>
    </message>
    <message>
        <source>Ask 4</source>
        <translation>卖四</translation>
    </message>
    <message>
        <source>Ask 3</source>
        <translation>卖三</translation>
    </message>
    <message>
        <source>Ask 2</source>
        <translation>卖二</translation>
    </message>
    <message>
        <source>Ask 1</source>
        <translation>卖一</translation>
    </message>
    <message>
        <source>Bid 1</source>
        <translation>买一</translation>
    </message>
    <message>
        <source>Bid 2</source>
        <translation>买二</translation>
    </message>
    <message>
        <source>Bid 3</source>
        <translation>买三</translation>
    </message>
    <message>
        <source>Bid 4</source>
        <translation>买四</translation>
    </message>
    <message>
        <source>Bid 5</source>
        <translation>买五</translation>
    </message>
    <message>
        <source>Bid 6</source>
        <translation>买六</translation>
    </message>
    <message>
        <source>Bid 7</source>
        <translation>买七</translation>
    </message>
    <message>
        <source>Bid 8</source>
        <translation>买八</translation>
    </message>
    <message>
        <source>Bid 9</source>
        <translation>买九</translation>
    </message>
    <message>
        <source>Bid 10</source>
        <translation>买十</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Volume (lots)</source>
        <translation>数量(手)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>笔数</translation>
    </message>
</context>
<context>
    <name>ws::widgets::DepthPanel</name>
    <message>
        <source>Quantities (lots) of the orders queued at the best bid, in time priority</source>
        <translation>买一价位排队委托的数量（手），按时间优先</translation>
    </message>
    <message>
        <source>Quantities (lots) of the orders queued at the best ask, in time priority</source>
        <translation>卖一价位排队委托的数量（手），按时间优先</translation>
    </message>
    <message numerus="yes">
        <source>Queue at bid 1 (%n order(s))</source>
        <translation>
            <numerusform>买一队列（%n 笔）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue at ask 1 (%n order(s))</source>
        <translation>
            <numerusform>卖一队列（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>盘口</translation>
    </message>
    <message>
        <source>Select a security (watchlist, securities master or Ctrl+K) to see its depth.</source>
        <translation>选择一只证券（自选行情、证券主表或 Ctrl+K）以查看其盘口。</translation>
    </message>
    <message>
        <source>Waiting for market data of %1…</source>
        <translation>正在等待 %1 的行情…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>今开</translation>
    </message>
    <message>
        <source>High</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Prev close</source>
        <translation>昨收</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <source>%1 lots</source>
        <translation>%1 手</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>Limit up</source>
        <translation>涨停</translation>
    </message>
    <message>
        <source>Limit down</source>
        <translation>跌停</translation>
    </message>
    <message>
        <source>Order ratio</source>
        <translation>委比</translation>
    </message>
    <message>
        <source>Order ratio (委比): bid size minus ask size over their sum, ten levels each</source>
        <translation>委比：十档买量减卖量，除以两者之和</translation>
    </message>
    <message>
        <source>Book invalid: channel %1 lost data%2. The levels shown may be wrong until the channel recovers.</source>
        <translation>盘口无效：频道 %1 丢失数据%2。在频道恢复之前，显示的档位可能不正确。</translation>
    </message>
    <message>
        <source>buy surplus %1 lots</source>
        <translation>买方剩余 %1 手</translation>
    </message>
    <message>
        <source>sell surplus %1 lots</source>
        <translation>卖方剩余 %1 手</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>买卖平衡</translation>
    </message>
    <message>
        <source>Call auction — indicative price %1, matched volume %2 lots, %3</source>
        <translation>集合竞价 — 虚拟参考价 %1，匹配量 %2 手，%3</translation>
    </message>
</context>
<context>
    <name>ws::widgets::FeedHealthPanel</name>
    <message>
        <source>Feed</source>
        <translation>行情源</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>订单簿</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Appliance channels</source>
        <translation>硬件行情频道</translation>
    </message>
    <message>
        <source>Book channels (tick-by-tick ApplSeqNum)</source>
        <translation>订单簿频道（逐笔 ApplSeqNum）</translation>
    </message>
    <message>
        <source>First mismatches</source>
        <translation>最早的不一致</translation>
    </message>
    <message>
        <source>Start demo feed</source>
        <translation>启动演示行情</translation>
    </message>
    <message>
        <source>Start the market-data simulator and receive its simulated trading day over loopback multicast</source>
        <translation>启动行情模拟器，通过本机回环组播接收其模拟交易日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Expected seq</source>
        <translation>期望序号</translation>
    </message>
    <message>
        <source>Highest seen</source>
        <translation>最大已见序号</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已丢失</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Line A first</source>
        <translation>A 线先到</translation>
    </message>
    <message>
        <source>Line B first</source>
        <translation>B 线先到</translation>
    </message>
    <message>
        <source>Lost ranges</source>
        <translation>丢失区间</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>订单簿</translation>
    </message>
    <message>
        <source>ApplSeqNum</source>
        <translation>ApplSeqNum</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>实时计算</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>交易所发布</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Difference (bp)</source>
        <translation>差异（基点）</translation>
    </message>
    <message>
        <source>Max difference (bp)</source>
        <translation>最大差异（基点）</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>p99.9</source>
        <translation>p99.9</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Could not start the demo feed: %1</source>
        <translation>无法启动演示行情：%1</translation>
    </message>
    <message>
        <source>No feed is connected. Connect one, or start the demo feed (a simulated trading day).</source>
        <translation>未连接任何行情源。请连接行情源，或启动演示行情（模拟交易日）。</translation>
    </message>
    <message>
        <source>Demo feed: a simulated trading day, not real market data.</source>
        <translation>演示行情：模拟交易日，并非真实行情。</translation>
    </message>
    <message>
        <source>Book thread: %1 events/s, %2 events applied · queue %3 (high water %4) · producer waits %5 · %6 exchange snapshots · %7 publications</source>
        <translation>订单簿线程：%1 事件/秒，已处理 %2 个事件 · 队列 %3（峰值 %4）· 生产者等待 %5 次 · 交易所快照 %6 个 · 发布 %7 次</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Cross-check against the exchange&apos;s snapshots: %1 compared, %2 mismatched (%3%), %4 late, %5 skipped (channel invalid or call auction)</source>
        <translation>与交易所快照核对：已比较 %1 个，不一致 %2 个（%3%），迟到 %4 个，跳过 %5 个（频道无效或集合竞价中）</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>硬件行情</translation>
    </message>
    <message>
        <source>MDGW</source>
        <translation>MDGW</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
</context>
<context>
    <name>ws::widgets::HeatmapPanel</name>
    <message numerus="yes">
        <source>Last %n minute(s)</source>
        <translation>
            <numerusform>最近 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Resting size (lots)</source>
        <translation>挂单量（手）</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Order-book heatmap</source>
        <translation>订单簿热力图</translation>
    </message>
    <message>
        <source>Select a security to see its order book over time.</source>
        <translation>选择一只证券以查看其订单簿随时间的变化。</translation>
    </message>
    <message>
        <source>Waiting for the order book of %1…</source>
        <translation>正在等待 %1 的订单簿…</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s), one per %1 s of trading time; last price %2</source>
        <translation>
            <numerusform>%n 个采样，每 %1 秒交易时间一个；最新价 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::widgets::LargeOrderPanel</name>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Buy amount</source>
        <translation>买入金额</translation>
    </message>
    <message>
        <source>Sell amount</source>
        <translation>卖出金额</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Buy orders</source>
        <translation>买单数</translation>
    </message>
    <message>
        <source>Sell orders</source>
        <translation>卖单数</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>Super large</source>
        <translation>特大单</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大单</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中单</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小单</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>≥ %1 shares or ≥ %2 yuan</source>
        <translation>≥ %1 股或 ≥ %2 元</translation>
    </message>
    <message>
        <source>Classes by order size: super large %1; large %2; medium %3; small below. Main force = super large + large.</source>
        <translation>按委托规模分类：特大单 %1；大单 %2；中单 %3；其余为小单。主力 = 特大单 + 大单。</translation>
    </message>
    <message>
        <source>Large orders</source>
        <translation>大单统计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Main-force net inflow: %1</source>
        <translation>主力净流入：%1</translation>
    </message>
</context>
<context>
    <name>ws::widgets::LogPanel</name>
    <message>
        <source>Debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and above</source>
        <translation>警告及以上</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅严重</translation>
    </message>
    <message>
        <source>Filter text or category</source>
        <translation>筛选文本或类别</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随最新</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>始终显示最新一行</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>日志文件 (*.log *.txt)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ws::widgets::MainWindow</name>
    <message>
        <source>%1: fund %2</source>
        <translation>%1：基金 %2</translation>
    </message>
    <message>
        <source>%1: client %2</source>
        <translation>%1：客户 %2</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail verified: %n row(s), chain intact</source>
        <translation>
            <numerusform>审计日志校验通过：共 %n 行，链路完整</numerusform>
        </translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>Analyst &amp; Trader Workstation — demo data</source>
        <translation>交易分析工作站 — 演示数据</translation>
    </message>
    <message>
        <source>Analyst &amp; Trader Workstation</source>
        <translation>交易分析工作站</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <source>Load layout</source>
        <translation>加载布局</translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation>删除布局</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source> Role: </source>
        <translation> 角色：</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Reset to preset</source>
        <translation>恢复预设布局</translation>
    </message>
    <message>
        <source>Put every panel back where the current role&apos;s preset has it</source>
        <translation>将所有面板恢复到当前角色预设中的位置</translation>
    </message>
    <message>
        <source>Save layout as…</source>
        <translation>布局另存为…</translation>
    </message>
    <message>
        <source>Save the current arrangement under a name of your own</source>
        <translation>以自定义名称保存当前布局</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>快速搜索</translation>
    </message>
    <message>
        <source>Find a security, fund, client or command (Ctrl+K)</source>
        <translation>查找证券、基金、客户或命令（Ctrl+K）</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>预设：%1</translation>
    </message>
    <message>
        <source>Delete the layout &quot;%1&quot;?</source>
        <translation>是否删除布局“%1”？</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>保存布局</translation>
    </message>
    <message>
        <source>Name of the layout:</source>
        <translation>布局名称：</translation>
    </message>
    <message>
        <source>A layout name cannot contain / or \.</source>
        <translation>布局名称不能包含 / 或 \。</translation>
    </message>
    <message>
        <source>Replace the layout &quot;%1&quot;?</source>
        <translation>是否覆盖布局“%1”？</translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot; saved</source>
        <translation>布局“%1”已保存</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The new data directory is used from the next start.</source>
        <translation>新的数据目录将在下次启动时生效。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Audit trail broken at row %1: %2</source>
        <translation>审计日志在第 %1 行断链：%2</translation>
    </message>
    <message>
        <source>Open market-data &amp;recording…</source>
        <translation>打开行情录制文件(&amp;R)…</translation>
    </message>
    <message>
        <source>Replay a recorded feed (pcap) into the Level-2 panels as if it were live</source>
        <translation>将录制的行情（pcap）回放到 Level-2 面板，如同实时行情</translation>
    </message>
    <message>
        <source>Open market-data recording</source>
        <translation>打开行情录制文件</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng);;All files (*)</source>
        <translation>抓包文件 (*.pcap *.pcapng);;所有文件 (*)</translation>
    </message>
    <message>
        <source>1× (as recorded)</source>
        <translation>1 倍速（按录制节奏）</translation>
    </message>
    <message>
        <source>10×</source>
        <translation>10 倍速</translation>
    </message>
    <message>
        <source>100×</source>
        <translation>100 倍速</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>最快速度</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>回放速度</translation>
    </message>
    <message>
        <source>Replay %1 at:</source>
        <translation>以何种速度回放 %1：</translation>
    </message>
</context>
<context>
    <name>ws::widgets::Panel</name>
    <message>
        <source>Link group: %1. Panels in the same colour follow one selection.</source>
        <translation>联动组：%1。同一颜色的面板同步跟随同一选中项。</translation>
    </message>
</context>
<context>
    <name>ws::widgets::Panels</name>
    <message>
        <source>Securities master</source>
        <translation>证券主表</translation>
    </message>
    <message>
        <source>Alert centre</source>
        <translation>告警中心</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>自选行情</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>盘口</translation>
    </message>
    <message>
        <source>Tick by tick</source>
        <translation>逐笔</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>分时 / K 线</translation>
    </message>
    <message>
        <source>Order-book heatmap</source>
        <translation>订单簿热力图</translation>
    </message>
    <message>
        <source>Large orders</source>
        <translation>大单统计</translation>
    </message>
    <message>
        <source>Feed health</source>
        <translation>行情源状态</translation>
    </message>
</context>
<context>
    <name>ws::widgets::QueueModel</name>
    <message>
        <source>Order %1 in the queue: %2 shares</source>
        <translation>队列第 %1 笔：%2 股</translation>
    </message>
</context>
<context>
    <name>ws::widgets::QuickSearchDialog</name>
    <message>
        <source>Security</source>
        <translation>证券</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Code, pinyin initials or name of a security, fund, client or command</source>
        <translation>证券、基金、客户或命令的代码、拼音首字母或名称</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter open · Esc close</source>
        <translation>↑↓ 选择 · Enter 打开 · Esc 关闭</translation>
    </message>
</context>
<context>
    <name>ws::widgets::Role</name>
    <message>
        <source>Trader</source>
        <translation>交易员</translation>
    </message>
    <message>
        <source>Risk officer</source>
        <translation>风控专员</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>投资顾问</translation>
    </message>
    <message>
        <source>Compliance reviewer</source>
        <translation>合规审核员</translation>
    </message>
    <message>
        <source>Offline analyst</source>
        <translation>离线分析师</translation>
    </message>
</context>
<context>
    <name>ws::widgets::SecuritiesPanel</name>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 行至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Code, pinyin initials or name</source>
        <translation>代码、拼音首字母或名称</translation>
    </message>
    <message>
        <source>e.g. 600 (code prefix), PAYH (pinyin initials), 银行 (part of the name)</source>
        <translation>例如：600（代码前缀）、PAYH（拼音首字母）、银行（名称中的部分文字）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the rows that match the filter to a CSV file (recorded in the audit trail)</source>
        <translation>将符合筛选条件的行导出为 CSV 文件（将记入审计日志）</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>These securities were generated for demonstration; they are not real listings.</source>
        <translation>这些证券为演示而生成，并非真实上市证券。</translation>
    </message>
    <message>
        <source>All exchanges</source>
        <translation>全部交易所</translation>
    </message>
    <message>
        <source>SZSE</source>
        <translation>深交所</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>上交所</translation>
    </message>
    <message>
        <source>All boards</source>
        <translation>全部板块</translation>
    </message>
    <message>
        <source>Main board</source>
        <translation>主板</translation>
    </message>
    <message>
        <source>SME board</source>
        <translation>中小板</translation>
    </message>
    <message>
        <source>ChiNext</source>
        <translation>创业板</translation>
    </message>
    <message>
        <source>STAR Market</source>
        <translation>科创板</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message numerus="yes">
        <source>%n security(ies)</source>
        <translation>
            <numerusform>%n 只证券</numerusform>
        </translation>
    </message>
    <message>
        <source>Export securities</source>
        <translation>导出证券</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ws::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>The cache database lives here; a new directory applies at the next start.</source>
        <translation>缓存数据库存放在此目录；更改目录将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>The data directory must be a writable folder.</source>
        <translation>数据目录必须是可写入的文件夹。</translation>
    </message>
</context>
<context>
    <name>ws::widgets::Startup</name>
    <message>
        <source>Cache database</source>
        <translation>缓存数据库</translation>
    </message>
    <message>
        <source>The file can be moved aside (renamed, not deleted) and a fresh cache created. Its contents stay in the renamed file for recovery.</source>
        <translation>可将该文件移至一旁（重命名而非删除）并新建缓存。其内容将保留在重命名后的文件中，以便恢复。</translation>
    </message>
    <message>
        <source>Move aside and start fresh</source>
        <translation>移至一旁并重新创建</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ws::widgets::TickModel</name>
    <message>
        <source>Trade</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>撤单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>委托</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>买</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>卖</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市价</translation>
    </message>
    <message>
        <source>Best own side</source>
        <translation>本方最优</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限价</translation>
    </message>
    <message>
        <source>buy #%1 / sell #%2</source>
        <translation>买 #%1 / 卖 #%2</translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation>委托 #%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>委托类型</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Volume (lots)</source>
        <translation>数量(手)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>关联委托</translation>
    </message>
</context>
<context>
    <name>ws::widgets::TicksPanel</name>
    <message>
        <source>Trades</source>
        <translation>逐笔成交</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>逐笔委托</translation>
    </message>
    <message>
        <source>Cancels</source>
        <translation>撤单</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Tick-by-tick trades, coloured by the side of the aggressor</source>
        <translation>逐笔成交，按主动方着色</translation>
    </message>
    <message>
        <source>Tick-by-tick orders as they arrived</source>
        <translation>逐笔委托，按到达顺序</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>买卖双方</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>买</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>卖</translation>
    </message>
    <message>
        <source>Any order type</source>
        <translation>全部委托类型</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限价</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市价</translation>
    </message>
    <message>
        <source>Best own side</source>
        <translation>本方最优</translation>
    </message>
    <message>
        <source>Qty ≥ </source>
        <translation>数量 ≥ </translation>
    </message>
    <message>
        <source> lots</source>
        <translation> 手</translation>
    </message>
    <message>
        <source>Any quantity</source>
        <translation>不限数量</translation>
    </message>
    <message>
        <source>Amount ≥ </source>
        <translation>金额 ≥ </translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Any amount</source>
        <translation>不限金额</translation>
    </message>
    <message>
        <source>Follow latest</source>
        <translation>跟随最新</translation>
    </message>
    <message>
        <source>Keep the newest tick in view; scrolling up pauses this</source>
        <translation>始终显示最新一笔；向上滚动时暂停</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tick(s)</source>
        <translation>
            <numerusform>%1 / %n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tick(s) arrived too fast to show</source>
        <translation>
            <numerusform>%n 笔到达过快未能显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>撤单</translation>
    </message>
</context>
<context>
    <name>ws::widgets::WatchlistModel</name>
    <message>
        <source>Book invalid</source>
        <translation>盘口无效</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Opening auction</source>
        <translation>开盘集合竞价</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休市</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>连续竞价</translation>
    </message>
    <message>
        <source>Closing auction</source>
        <translation>收盘集合竞价</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已闭市</translation>
    </message>
    <message>
        <source>The channel of this security lost data: its book is incomplete until the channel recovers</source>
        <translation>该证券所在频道丢失数据：频道恢复前其订单簿不完整</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>涨跌</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>涨跌幅</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>买一</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>卖一</translation>
    </message>
    <message>
        <source>Volume (lots)</source>
        <translation>成交量(手)</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>High</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ws::widgets::WatchlistPanel</name>
    <message>
        <source>Filter by code or name</source>
        <translation>按代码或名称筛选</translation>
    </message>
    <message>
        <source>No market data yet. Connect a feed or start the demo feed in the Feed health panel.</source>
        <translation>暂无行情。请连接行情源，或在“行情源状态”面板中启动演示行情。</translation>
    </message>
    <message>
        <source>Click a row, or press Enter, to follow that security in the linked panels</source>
        <translation>单击一行或按回车，让联动面板跟随该证券</translation>
    </message>
    <message numerus="yes">
        <source>%n security(ies)</source>
        <translation>
            <numerusform>%n 只证券</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) invalid</source>
        <translation>
            <numerusform>%n 个盘口无效</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ws::widgets::md</name>
    <message>
        <source>%1 yi</source>
        <translation>%1亿</translation>
    </message>
    <message>
        <source>%1 wan</source>
        <translation>%1万</translation>
    </message>
    <message>
        <source>%1B</source>
        <translation>%1B</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1K</translation>
    </message>
</context>
</TS>
