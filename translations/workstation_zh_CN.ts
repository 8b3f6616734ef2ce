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
    <name>ws::documents</name>
    <message>
        <source>full-width and half-width forms equal</source>
        <translation>全角与半角视为相同</translation>
    </message>
    <message>
        <source>whitespace ignored</source>
        <translation>忽略空白</translation>
    </message>
    <message>
        <source>letter case ignored</source>
        <translation>忽略字母大小写</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>File cannot be read</source>
        <translation>文件无法读取</translation>
    </message>
    <message>
        <source>Unsupported format</source>
        <translation>格式不受支持</translation>
    </message>
    <message>
        <source>File is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>Password required</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>Document is empty</source>
        <translation>文档为空</translation>
    </message>
    <message>
        <source>Document is too large</source>
        <translation>文档过大</translation>
    </message>
    <message>
        <source>No text layer</source>
        <translation>没有文字层</translation>
    </message>
    <message>
        <source>OCR unavailable</source>
        <translation>OCR 不可用</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>找不到 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a document.</source>
        <translation>%1 是文件夹，不是文档。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is not a supported document (PDF, DOCX, text, Markdown, HTML or an image).</source>
        <translation>%1 不是受支持的文档（PDF、DOCX、文本、Markdown、HTML 或图片）。</translation>
    </message>
    <message>
        <source>%1 is too large to compare as text (%2 MB).</source>
        <translation>%1 过大，无法作为文本比对（%2 MB）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>已取消读取 %1。</translation>
    </message>
    <message>
        <source>%1 is neither text (UTF-8, UTF-16 or GB18030) nor a supported document format.</source>
        <translation>%1 既不是文本（UTF-8、UTF-16 或 GB18030），也不是受支持的文档格式。</translation>
    </message>
    <message>
        <source>%1 holds no text to compare.</source>
        <translation>%1 不包含可比对的文字。</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked</source>
        <translation>%1 无法解压</translation>
    </message>
    <message>
        <source>%1 is truncated or fails its checksum</source>
        <translation>%1 不完整或校验失败</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: its ZIP directory cannot be read.</source>
        <translation>%1 已损坏或不完整：无法读取其 ZIP 目录。</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive but not a Word document (no word/document.xml).</source>
        <translation>%1 是 ZIP 压缩包，但不是 Word 文档（缺少 word/document.xml）。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 已损坏：%2。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is not well-formed XML (line %3, column %4: %5).</source>
        <translation>%1 已损坏：%2 不是格式正确的 XML（第 %3 行，第 %4 列：%5）。</translation>
    </message>
    <message>
        <source>%1 is encrypted: enter its password to open it.</source>
        <translation>%1 已加密：请输入密码后打开。</translation>
    </message>
    <message>
        <source>The password for %1 is wrong.</source>
        <translation>%1 的密码不正确。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 needs OCR, but OCR is not available (%2).</source>
        <translation>%1 需要 OCR 识别，但 OCR 不可用（%2）。</translation>
    </message>
    <message>
        <source>%1 is not in a supported format.</source>
        <translation>%1 的格式不受支持。</translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>%1 不包含任何文字。</translation>
    </message>
    <message>
        <source>%1 is damaged (page %2): %3</source>
        <translation>%1 已损坏（第 %2 页）：%3</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 没有任何页面。</translation>
    </message>
    <message>
        <source>%1 has %2 pages; documents of more than %3 pages are not compared.</source>
        <translation>%1 共 %2 页；超过 %3 页的文档不进行比对。</translation>
    </message>
    <message>
        <source>%1 has no text layer (it is probably a scan). Turn on OCR to read it.</source>
        <translation>%1 没有文字层（可能是扫描件）。请开启 OCR 识别后读取。</translation>
    </message>
    <message>
        <source>%1 has no text layer and needs OCR, but OCR is not available: %2. Install the tesseract-ocr and tesseract-ocr-chi-sim packages.</source>
        <translation>%1 没有文字层，需要 OCR 识别，但 OCR 不可用：%2。请安装 tesseract-ocr 和 tesseract-ocr-chi-sim 软件包。</translation>
    </message>
    <message>
        <source>Page %1 has no text layer and was not read.</source>
        <translation>第 %1 页没有文字层，未被读取。</translation>
    </message>
    <message>
        <source>OCR is not available (%1): pages without a text layer were skipped.</source>
        <translation>OCR 不可用（%1）：已跳过没有文字层的页面。</translation>
    </message>
    <message>
        <source>Page %1 was read by OCR with a mean confidence of %2%.</source>
        <translation>第 %1 页经 OCR 识别，平均置信度为 %2%。</translation>
    </message>
    <message>
        <source>%1 is an image and needs OCR, but OCR is not available: %2. Install the tesseract-ocr and tesseract-ocr-chi-sim packages.</source>
        <translation>%1 是图片，需要 OCR 识别，但 OCR 不可用：%2。请安装 tesseract-ocr 和 tesseract-ocr-chi-sim 软件包。</translation>
    </message>
    <message>
        <source>The image was read by OCR with a mean confidence of %1%.</source>
        <translation>图片经 OCR 识别，平均置信度为 %1%。</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>party name</source>
        <translation>当事方名称</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Document comparison report</source>
        <translation>文档比对报告</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>标点</translation>
    </message>
</context>
<context>
    <name>ws::documents::Builder</name>
    <message>
        <source>Document comparison report</source>
        <translation>文档比对报告</translation>
    </message>
    <message>
        <source>Compared files</source>
        <translation>比对文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>A (earlier)</source>
        <translation>A（较早版本）</translation>
    </message>
    <message>
        <source>B (later)</source>
        <translation>B（较新版本）</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>生成时间：</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>审阅人：</translation>
    </message>
    <message>
        <source>Normalisations on:</source>
        <translation>已启用的归一化：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>全部变更</translation>
    </message>
    <message>
        <source>Material changes</source>
        <translation>实质性变更</translation>
    </message>
    <message>
        <source>Changes with a decision</source>
        <translation>已有审阅结论的变更</translation>
    </message>
    <message>
        <source>The comparison was cancelled: the list below is incomplete.</source>
        <translation>比对已取消：以下列表不完整。</translation>
    </message>
    <message>
        <source>carried over from the comparison with an earlier version</source>
        <translation>沿用自与较早版本的比对</translation>
    </message>
    <message>
        <source>(material)</source>
        <translation>（实质性）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>material</source>
        <translation>实质性</translation>
    </message>
    <message>
        <source>material: %1</source>
        <translation>实质性：%1</translation>
    </message>
    <message>
        <source>A, page %1</source>
        <translation>A，第 %1 页</translation>
    </message>
    <message>
        <source>B, page %1</source>
        <translation>B，第 %1 页</translation>
    </message>
    <message>
        <source>Edits inside the moved block:</source>
        <translation>移动段落内的修改：</translation>
    </message>
    <message>
        <source>Introduced in version v%1</source>
        <translation>引入版本：v%1</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>审阅结论：</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更明细</translation>
    </message>
    <message>
        <source>The documents compare as identical.</source>
        <translation>两份文档比对结果一致。</translation>
    </message>
    <message>
        <source>Version chain:</source>
        <translation>版本链：</translation>
    </message>
    <message>
        <source>Introduced in version v%1 (%2)</source>
        <translation>由版本 v%1（%2）引入</translation>
    </message>
</context>
<context>
    <name>ws::funds</name>
    <message>
        <source>the cache is not an SQLite database</source>
        <translation>缓存不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>%1: fewer than two values in the cache</source>
        <translation>%1：缓存中的数值少于两个</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>%1:%2: unterminated quote</source>
        <translation>%1:%2：引号未闭合</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields, the header has %4</source>
        <translation>%1:%2：有 %3 个字段，表头有 %4 个</translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1:1: unknown column &apos;%2&apos; (expected %3)</source>
        <translation>%1:1：未知列“%2”（应为 %3）</translation>
    </message>
    <message>
        <source>%1:1: column &apos;%2&apos; appears twice</source>
        <translation>%1:1：列“%2”重复出现</translation>
    </message>
    <message>
        <source>%1:1: no &apos;%2&apos; column (expected %3)</source>
        <translation>%1:1：缺少“%2”列（应为 %3）</translation>
    </message>
    <message>
        <source>code, name and category must not be empty</source>
        <translation>代码、名称和类别不能为空</translation>
    </message>
    <message>
        <source>cannot read the inception date &apos;%1&apos;</source>
        <translation>无法解析成立日期“%1”</translation>
    </message>
    <message>
        <source>fund %1 appears twice in the file</source>
        <translation>基金 %1 在文件中重复出现</translation>
    </message>
    <message>
        <source>unknown fund &apos;%1&apos; (import the fund master first)</source>
        <translation>未知基金“%1”（请先导入基金基本信息）</translation>
    </message>
    <message>
        <source>cannot read the date &apos;%1&apos; (expected yyyy-MM-dd or yyyyMMdd)</source>
        <translation>无法解析日期“%1”（应为 yyyy-MM-dd 或 yyyyMMdd）</translation>
    </message>
    <message>
        <source>NAVs must be positive numbers</source>
        <translation>净值必须为正数</translation>
    </message>
    <message>
        <source>%1: the NAVs of %2 are not in date order; sorted them</source>
        <translation>%1：%2 的净值未按日期排序；已自动排序</translation>
    </message>
    <message>
        <source>%1:%2: duplicate date %3 for %4 (also on line %5)</source>
        <translation>%1:%2：%4 的日期 %3 重复（另见第 %5 行）</translation>
    </message>
    <message>
        <source>%1: adjusted NAVs of %2 derived from unit and accumulated NAVs, based at %3 (rows already in the cache keep theirs)</source>
        <translation>%1：%2 的复权净值已由单位净值和累计净值推算，以 %3 为基准（缓存中已有的记录保留原值）</translation>
    </message>
    <message>
        <source>empty index code</source>
        <translation>指数代码为空</translation>
    </message>
    <message>
        <source>kind must be one of %1, got &apos;%2&apos;</source>
        <translation>kind 必须为 %1 之一，实际为“%2”</translation>
    </message>
    <message>
        <source>an index level must be a positive number, got &apos;%1&apos;</source>
        <translation>指数点位必须为正数，实际为“%1”</translation>
    </message>
    <message>
        <source>cannot read the value &apos;%1&apos; as a number</source>
        <translation>无法将值“%1”解析为数字</translation>
    </message>
    <message>
        <source>duplicate date %1 for %2 (also on line %3)</source>
        <translation>%2 的日期 %1 重复（另见第 %3 行）</translation>
    </message>
    <message>
        <source>Loading NAVs</source>
        <translation>正在加载净值</translation>
    </message>
    <message>
        <source>Computing indicators</source>
        <translation>正在计算指标</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>正在评级</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>no NAV history inside the manager&apos;s spells</source>
        <translation>基金经理任职期间内没有净值历史</translation>
    </message>
    <message>
        <source>manager index</source>
        <translation>基金经理指数</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; (expected the header date,nav)</source>
        <translation>未知列“%1”（表头应为 date,nav）</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>列“%1”重复出现</translation>
    </message>
    <message>
        <source>no &apos;date&apos; column (expected the header date,nav)</source>
        <translation>缺少“date”列（表头应为 date,nav）</translation>
    </message>
    <message>
        <source>no &apos;nav&apos; column (expected the header date,nav)</source>
        <translation>缺少“nav”列（表头应为 date,nav）</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <source>cannot read the NAV &apos;%1&apos; as a number</source>
        <translation>无法将净值“%1”解析为数字</translation>
    </message>
    <message>
        <source>NAV must be positive, got %1</source>
        <translation>净值必须为正数，实际为 %1</translation>
    </message>
    <message>
        <source>%1: empty file (expected the header date,nav and at least two rows)</source>
        <translation>%1：文件为空（应有表头 date,nav 及至少两行数据）</translation>
    </message>
    <message>
        <source>%1:%2: dates are not in ascending order (%3 after %4); sorted them</source>
        <translation>%1:%2：日期未按升序排列（%3 在 %4 之后）；已自动排序</translation>
    </message>
    <message>
        <source>duplicate date %1 (also on line %2)</source>
        <translation>日期 %1 重复（另见第 %2 行）</translation>
    </message>
    <message>
        <source>no data rows after the header (at least two are needed)</source>
        <translation>表头之后没有数据行（至少需要两行）</translation>
    </message>
    <message>
        <source>only one NAV row (at least two are needed for a return)</source>
        <translation>只有一行净值（计算收益率至少需要两行）</translation>
    </message>
    <message>
        <source>%1 and %2 have %3 date(s) in common; at least two are needed (misaligned benchmark?)</source>
        <translation>%1 与 %2 的共同日期有 %3 个；至少需要两个（业绩比较基准日期是否未对齐？）</translation>
    </message>
    <message>
        <source>%1: %2 of its %3 dates are not in %4 and are left out of the benchmark-relative metrics</source>
        <translation>%1：其 %3 个日期中有 %2 个不在 %4 中，已从相对基准指标的计算中剔除</translation>
    </message>
    <message>
        <source>%1: %2 of its dates within the fund&apos;s range are not in %3 and are left out</source>
        <translation>%1：在基金区间内有 %2 个日期不在 %3 中，已剔除</translation>
    </message>
    <message>
        <source>fewer than %1 funds of the category cover the window (%2): no ranking (CSRC rule)</source>
        <translation>覆盖该窗口的同类基金少于 %1 只（仅 %2 只）：不予排名（中国证监会规定）</translation>
    </message>
    <message>
        <source>the metric is undefined for this fund over the window</source>
        <translation>该基金在此窗口内的该指标无定义</translation>
    </message>
    <message>
        <source>no NAV history</source>
        <translation>无净值历史</translation>
    </message>
    <message>
        <source>younger than %1 months: no ranking (CSRC rule)</source>
        <translation>成立不足 %1 个月：不予排名（中国证监会规定）</translation>
    </message>
    <message>
        <source>no NAV at the as-of date</source>
        <translation>截止日无净值</translation>
    </message>
    <message>
        <source>the fund&apos;s history does not cover the window</source>
        <translation>该基金的历史未覆盖此窗口</translation>
    </message>
    <message>
        <source>money-market funds are evaluated on yield, not star-rated</source>
        <translation>货币市场基金按收益率评价，不进行星级评级</translation>
    </message>
    <message>
        <source>no NAV in the rating month %1</source>
        <translation>评级月份 %1 内无净值</translation>
    </message>
    <message>
        <source>%1 months of history; %2 are needed to be rated (CSRC rule)</source>
        <translation>有 %1 个月历史；评级需要 %2 个月（中国证监会规定）</translation>
    </message>
    <message>
        <source>fewer than %1 funds of the category can be rated (%2): no rating (CSRC rule)</source>
        <translation>可评级的同类基金少于 %1 只（仅 %2 只）：不予评级（中国证监会规定）</translation>
    </message>
    <message>
        <source>The bounds have %1 lower and %2 upper entries for %3 funds.</source>
        <translation>权重上下限中下限有 %1 项、上限有 %2 项，而基金有 %3 只。</translation>
    </message>
    <message>
        <source>The covariance matrix is %1×%2, not square and non-empty.</source>
        <translation>协方差矩阵为 %1×%2，不是非空方阵。</translation>
    </message>
    <message>
        <source>The covariance matrix has a NaN or infinite entry.</source>
        <translation>协方差矩阵含有 NaN 或无穷大元素。</translation>
    </message>
    <message>
        <source>The return matrix has no funds.</source>
        <translation>收益率矩阵中没有基金。</translation>
    </message>
    <message>
        <source>%1 returns are too few to estimate a covariance (at least 2).</source>
        <translation>%1 个收益率太少，无法估计协方差（至少需要 2 个）。</translation>
    </message>
    <message>
        <source>The return matrix has a NaN or infinite entry.</source>
        <translation>收益率矩阵含有 NaN 或无穷大元素。</translation>
    </message>
    <message>
        <source>Periods per year must be positive, not %1.</source>
        <translation>每年期数必须为正数，而非 %1。</translation>
    </message>
    <message>
        <source>Equal weight needs at least one fund.</source>
        <translation>等权重至少需要一只基金。</translation>
    </message>
    <message>
        <source>%1 expected returns for a %2×%2 covariance matrix.</source>
        <translation>预期收益率有 %1 个，而协方差矩阵为 %2×%2。</translation>
    </message>
    <message>
        <source>The expected returns have a NaN or infinite entry.</source>
        <translation>预期收益率含有 NaN 或无穷大值。</translation>
    </message>
    <message>
        <source>The risk aversion must be positive and finite, not %1.</source>
        <translation>风险厌恶系数必须为有限正数，而非 %1。</translation>
    </message>
    <message>
        <source>Risk parity needs a positive variance for every fund; fund %1 has %2.</source>
        <translation>风险平价要求每只基金的方差为正；基金 %1 的方差为 %2。</translation>
    </message>
    <message>
        <source>Risk parity did not converge (risk contributions differ from 1/n by %1).</source>
        <translation>风险平价未收敛（风险贡献与 1/n 相差 %1）。</translation>
    </message>
    <message>
        <source>%1 market weights for %2 funds.</source>
        <translation>市场权重有 %1 个，而基金有 %2 只。</translation>
    </message>
    <message>
        <source>The market weights must be finite and sum to 1 (they sum to %1).</source>
        <translation>市场权重必须为有限值且合计为 1（当前合计为 %1）。</translation>
    </message>
    <message>
        <source>Black–Litterman needs a positive risk aversion δ and τ (given %1 and %2).</source>
        <translation>Black–Litterman 模型需要正的风险厌恶系数 δ 和 τ（给定值为 %1 和 %2）。</translation>
    </message>
    <message>
        <source>View %1 needs %2 finite pick weights, not all zero, and a finite Q.</source>
        <translation>观点 %1 需要 %2 个有限且不全为零的选择权重，以及有限的 Q。</translation>
    </message>
    <message>
        <source>View %1 has uncertainty %2; it must be zero or positive.</source>
        <translation>观点 %1 的不确定度为 %2；必须为零或正数。</translation>
    </message>
    <message>
        <source>The views are redundant (τPΣPᵀ + Ω is singular): a certain view repeats another or picks a combination without risk.</source>
        <translation>观点冗余（τPΣPᵀ + Ω 奇异）：某个确定性观点（不确定度为零）与另一观点重复，或选择了无风险的组合。</translation>
    </message>
    <message>
        <source>Unknown model.</source>
        <translation>未知模型。</translation>
    </message>
    <message>
        <source>fund %1</source>
        <translation>基金 %1</translation>
    </message>
    <message>
        <source>The pool has no funds.</source>
        <translation>基金池中没有基金。</translation>
    </message>
    <message>
        <source>The back-test needs a start date on or before its end date.</source>
        <translation>回测的开始日期必须不晚于结束日期。</translation>
    </message>
    <message>
        <source>The transaction cost must be zero or positive, not %1 bp.</source>
        <translation>交易成本必须为零或正数，而非 %1 bp。</translation>
    </message>
    <message>
        <source>The look-back window needs at least 2 returns, not %1.</source>
        <translation>回看窗口至少需要 2 个收益率，而非 %1。</translation>
    </message>
    <message>
        <source>The carry-forward limit cannot be negative.</source>
        <translation>沿用前值的期数上限不能为负数。</translation>
    </message>
    <message>
        <source>%1: the NAV series needs ascending dates and positive, finite NAVs.</source>
        <translation>%1：净值序列要求日期升序，且净值为有限正数。</translation>
    </message>
    <message>
        <source>The pool has fewer than two NAV dates between %1 and %2.</source>
        <translation>基金池在 %1 至 %2 之间的净值日期少于两个。</translation>
    </message>
    <message>
        <source>%1 has no NAV on or before the start date %2 (its first NAV is on %3).</source>
        <translation>%1 在开始日期 %2 当日或之前没有净值（其首个净值日期为 %3）。</translation>
    </message>
    <message>
        <source>%1 has no NAV for %2 consecutive dates up to %3 (more than %4 carried forward).</source>
        <translation>%1 截至 %3 已连续 %2 个日期没有净值（超过沿用前值上限 %4 个）。</translation>
    </message>
    <message>
        <source>%1: last NAV carried forward on %2 dates.</source>
        <translation>%1：有 %2 个日期沿用了最近一期净值。</translation>
    </message>
    <message>
        <source>%1 has %2 returns before the rebalance on %3; the look-back needs %4.</source>
        <translation>%1 在 %3 调仓前只有 %2 个收益率；回看窗口需要 %4 个。</translation>
    </message>
    <message>
        <source>Rebalance on %1: %2</source>
        <translation>%1 调仓：%2</translation>
    </message>
    <message>
        <source>The FOF&apos;s NAV fell to %1 on %2.</source>
        <translation>FOF 的净值于 %2 跌至 %1。</translation>
    </message>
    <message>
        <source>The problem has no variables.</source>
        <translation>该问题没有变量。</translation>
    </message>
    <message>
        <source>Mismatched sizes: H is %1×%2, c has %3, lower %4 and upper %5 entries.</source>
        <translation>维度不匹配：H 为 %1×%2，c 有 %3 项，下限 %4 项，上限 %5 项。</translation>
    </message>
    <message>
        <source>H has a NaN or infinite entry.</source>
        <translation>H 含有 NaN 或无穷大元素。</translation>
    </message>
    <message>
        <source>c has a NaN or infinite entry.</source>
        <translation>c 含有 NaN 或无穷大元素。</translation>
    </message>
    <message>
        <source>The bounds of variable %1 are NaN.</source>
        <translation>变量 %1 的上下限为 NaN。</translation>
    </message>
    <message>
        <source>Variable %1 has lower bound %2 above its upper bound %3.</source>
        <translation>变量 %1 的下限 %2 高于其上限 %3。</translation>
    </message>
    <message>
        <source>Variable %1 has no finite value within its bounds.</source>
        <translation>变量 %1 在其上下限内没有有限取值。</translation>
    </message>
    <message>
        <source>Infeasible: the lower bounds sum to %1, above 1.</source>
        <translation>不可行：下限之和为 %1，大于 1。</translation>
    </message>
    <message>
        <source>Infeasible: the upper bounds sum to %1, below 1.</source>
        <translation>不可行：上限之和为 %1，小于 1。</translation>
    </message>
    <message>
        <source>H is not positive semidefinite (eigenvalue %1, largest %2).</source>
        <translation>H 不是半正定矩阵（特征值 %1，最大特征值 %2）。</translation>
    </message>
    <message>
        <source>The active-set method did not converge in %1 iterations.</source>
        <translation>有效集法在 %1 次迭代内未收敛。</translation>
    </message>
    <message>
        <source>The objective is unbounded below on the feasible set.</source>
        <translation>目标函数在可行集上无下界。</translation>
    </message>
    <message>
        <source>cannot read the report date &apos;%1&apos;</source>
        <translation>无法识别报告期“%1”</translation>
    </message>
    <message>
        <source>kind must be top10 or full, got &apos;%1&apos;</source>
        <translation>kind 须为 top10 或 full，实际为“%1”</translation>
    </message>
    <message>
        <source>asset_class must be stock or bond, got &apos;%1&apos;</source>
        <translation>asset_class 须为 stock 或 bond，实际为“%1”</translation>
    </message>
    <message>
        <source>empty security code</source>
        <translation>证券代码为空</translation>
    </message>
    <message>
        <source>weight must be a fraction of NAV of 0 or more, got &apos;%1&apos;</source>
        <translation>weight 须为占净值比例且不小于 0，实际为“%1”</translation>
    </message>
    <message>
        <source>market_cap, value_score and duration must be numbers when given</source>
        <translation>market_cap、value_score 和 duration 填写时须为数值</translation>
    </message>
    <message>
        <source>%1 appears twice in %2&apos;s report of %3 (also on line %4)</source>
        <translation>%1 在 %2 的 %3 报告中出现两次（另见第 %4 行）</translation>
    </message>
    <message>
        <source>AUM must be a number of yuan, 0 or more, got &apos;%1&apos;</source>
        <translation>规模须为不小于 0 的金额（元），实际为“%1”</translation>
    </message>
    <message>
        <source>manager_id and name must not be empty</source>
        <translation>manager_id 和 name 不能为空</translation>
    </message>
    <message>
        <source>cannot read the dates &apos;%1&apos; / &apos;%2&apos;</source>
        <translation>无法识别日期“%1”/“%2”</translation>
    </message>
    <message>
        <source>the spell ends (%1) before it starts (%2)</source>
        <translation>任职结束日期（%1）早于开始日期（%2）</translation>
    </message>
</context>
<context>
    <name>ws::funds::Category</name>
    <message>
        <source>Equity</source>
        <translation>股票型</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>混合型</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>债券型</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数型</translation>
    </message>
    <message>
        <source>QDII</source>
        <translation>QDII</translation>
    </message>
    <message>
        <source>Money market</source>
        <translation>货币市场型</translation>
    </message>
</context>
<context>
    <name>ws::funds::FundUniverse</name>
    <message>
        <source>the fund universe could not be evaluated</source>
        <translation>无法评估基金库</translation>
    </message>
</context>
<context>
    <name>ws::funds::MetricCard</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>× √P</source>
        <translation>× √P</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>不使用</translation>
    </message>
    <message>
        <source>e = r − rf_p, rf_p = (1 + rf)^(1/P) − 1</source>
        <translation>e = r − rf_p, rf_p = (1 + rf)^(1/P) − 1</translation>
    </message>
    <message>
        <source>on both sides: e_p = r_p − rf_p, e_b = r_b − rf_p, rf_p = (1 + rf)^(1/P) − 1</source>
        <translation>两侧均扣除：e_p = r_p − rf_p, e_b = r_b − rf_p, rf_p = (1 + rf)^(1/P) − 1</translation>
    </message>
    <message>
        <source>arithmetic</source>
        <translation>算术</translation>
    </message>
    <message>
        <source>geometric (compounded NAV)</source>
        <translation>几何（净值复利）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>sample, ddof = 1, two-pass (mean first, then squared deviations)</source>
        <translation>样本标准差，ddof = 1，两遍算法（先求均值，再求离差平方）</translation>
    </message>
    <message>
        <source>OLS with intercept, K = 1 regressor; s² = SSR / (n − 2)</source>
        <translation>含截距项的 OLS，K = 1 个解释变量；s² = SSR / (n − 2)</translation>
    </message>
    <message>
        <source>OLS with intercept, K = 2 regressors; s² = SSR / (n − 3)</source>
        <translation>含截距项的 OLS，K = 2 个解释变量；s² = SSR / (n − 3)</translation>
    </message>
    <message>
        <source>intercept × P (arithmetic)</source>
        <translation>截距 × P（算术）</translation>
    </message>
    <message>
        <source>none (a slope has no time unit)</source>
        <translation>无（斜率没有时间单位）</translation>
    </message>
    <message>
        <source>none (a t-statistic does not change when α is scaled by P)</source>
        <translation>无（α 乘以 P 时 t 统计量不变）</translation>
    </message>
    <message>
        <source>none: γ is in per-period units (γ·e_b² is a per-period return)</source>
        <translation>无：γ 为单期单位（γ·e_b² 是单期收益率）</translation>
    </message>
    <message>
        <source>fewer than K + 2 shared returns, a regressor constant up to rounding, or regressors collinear (condition number of their correlation matrix above 1e10)</source>
        <translation>共同收益率少于 K + 2 个、某个解释变量在舍入误差范围内为常数，或解释变量共线（其相关系数矩阵的条件数大于 1e10）</translation>
    </message>
    <message>
        <source>as the regression; also when the residuals are zero up to rounding (perfect fit)</source>
        <translation>同回归；残差在舍入误差范围内为零（完全拟合）时亦无定义</translation>
    </message>
    <message>
        <source>On the dates the fund and the benchmark share inside the window (inner join of the NAVs; returns between consecutive shared dates).</source>
        <translation>基于窗口内基金与业绩比较基准的共同日期（净值内连接；收益率按相邻共同日期计算）。</translation>
    </message>
    <message>
        <source>Cumulative return</source>
        <translation>累计收益率</translation>
    </message>
    <message>
        <source>nav_n / nav_0 − 1</source>
        <translation>nav_n / nav_0 − 1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>始终有定义</translation>
    </message>
    <message>
        <source>nav_0 is the window&apos;s base NAV (its start date), nav_n the NAV on its end date.</source>
        <translation>nav_0 为窗口的基准净值（其起始日），nav_n 为其结束日的净值。</translation>
    </message>
    <message>
        <source>Annualized return</source>
        <translation>年化收益率</translation>
    </message>
    <message>
        <source>(nav_n / nav_0)^(P / n) − 1</source>
        <translation>(nav_n / nav_0)^(P / n) − 1</translation>
    </message>
    <message>
        <source>exponent P / n, n = number of returns</source>
        <translation>指数 P / n，n = 收益率个数</translation>
    </message>
    <message>
        <source>Counts periods, not calendar days (the quantstats #458 bug). A window shorter than a year is extrapolated to a year by compounding.</source>
        <translation>按期数计算，而非日历天数（quantstats #458 缺陷）。不足一年的窗口按复利外推至一年。</translation>
    </message>
    <message>
        <source>Annualized volatility</source>
        <translation>年化波动率</translation>
    </message>
    <message>
        <source>std(r, ddof = 1) · √P</source>
        <translation>std(r, ddof = 1) · √P</translation>
    </message>
    <message>
        <source>n &lt; 2</source>
        <translation>n &lt; 2</translation>
    </message>
    <message>
        <source>Simple returns r_t = nav_t / nav_(t−1) − 1, not log returns.</source>
        <translation>简单收益率 r_t = nav_t / nav_(t−1) − 1，而非对数收益率。</translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation>夏普比率</translation>
    </message>
    <message>
        <source>mean(e) / std(e, ddof = 1) · √P</source>
        <translation>mean(e) / std(e, ddof = 1) · √P</translation>
    </message>
    <message>
        <source>× √P (mean × P over std × √P)</source>
        <translation>× √P（均值 × P 除以标准差 × √P）</translation>
    </message>
    <message>
        <source>n &lt; 2, or std(r) zero up to rounding (at most 64·ε·(1 + max abs(r)))</source>
        <translation>n &lt; 2，或 std(r) 在舍入误差范围内为零（不超过 64·ε·(1 + max abs(r))）</translation>
    </message>
    <message>
        <source>rf is an annual rate, converted per period (never passed per period by mistake, empyrical #108); std(e) = std(r) because rf_p is constant.</source>
        <translation>rf 为年化利率，按期换算（绝不会误将其当作单期利率传入，见 empyrical #108）；由于 rf_p 为常数，std(e) = std(r)。</translation>
    </message>
    <message>
        <source>Downside deviation</source>
        <translation>下行标准差</translation>
    </message>
    <message>
        <source>sqrt(mean(min(e, 0)²)) · √P</source>
        <translation>sqrt(mean(min(e, 0)²)) · √P</translation>
    </message>
    <message>
        <source>target (MAR) = rf_p; e = r − rf_p</source>
        <translation>目标收益率 (MAR) = rf_p；e = r − rf_p</translation>
    </message>
    <message>
        <source>divides by n, all periods (the &quot;full&quot; method), not by the number of shortfalls; not demeaned</source>
        <translation>除以 n，即全部期数（&quot;full&quot; 方法），而非除以低于目标的期数；不去均值</translation>
    </message>
    <message>
        <source>Periods above the target count as zero shortfall; they are not dropped.</source>
        <translation>高于目标的期数按零不足额计入，不予剔除。</translation>
    </message>
    <message>
        <source>Sortino ratio</source>
        <translation>索提诺比率</translation>
    </message>
    <message>
        <source>mean(e) · P / downside_deviation</source>
        <translation>mean(e) · P / downside_deviation</translation>
    </message>
    <message>
        <source>mean × P over the downside deviation (itself × √P)</source>
        <translation>均值 × P 除以下行标准差（其本身已 × √P）</translation>
    </message>
    <message>
        <source>as downside_deviation</source>
        <translation>同 downside_deviation</translation>
    </message>
    <message>
        <source>the downside deviation is zero up to rounding (no period below rf_p)</source>
        <translation>下行标准差在舍入误差范围内为零（没有低于 rf_p 的期）</translation>
    </message>
    <message>
        <source>Not the standard deviation of the negative returns only (the pyfolio #158 bug).</source>
        <translation>并非仅对负收益率求标准差（pyfolio #158 缺陷）。</translation>
    </message>
    <message>
        <source>Maximum drawdown</source>
        <translation>最大回撤</translation>
    </message>
    <message>
        <source>max over t of (1 − nav_t / max_(s ≤ t) nav_s), on the window&apos;s NAV path from nav_0</source>
        <translation>对 t 取 (1 − nav_t / max_(s ≤ t) nav_s) 的最大值，基于窗口内从 nav_0 开始的净值路径</translation>
    </message>
    <message>
        <source>never (0 when the NAV never fell below an earlier high)</source>
        <translation>始终有定义（净值从未跌破此前高点时为 0）</translation>
    </message>
    <message>
        <source>A positive fraction. Reported with max_drawdown_peak (the last date at the high-water mark before the trough), max_drawdown_trough and max_drawdown_recovery (the first date with nav ≥ the peak&apos;s NAV; null while unrecovered). Of equal depths the first is reported.</source>
        <translation>以正的小数表示。同时给出 max_drawdown_peak（谷底之前最后一个处于历史最高净值的日期）、max_drawdown_trough 和 max_drawdown_recovery（首个 nav ≥ 峰值净值的日期；尚未修复时为 null）。深度相同时取最早的一次。</translation>
    </message>
    <message>
        <source>Maximum drawdown duration</source>
        <translation>最大回撤持续期</translation>
    </message>
    <message>
        <source>periods from the peak to the recovery, or to the window&apos;s last date while unrecovered</source>
        <translation>从峰值到修复的期数；尚未修复时计至窗口最后一日</translation>
    </message>
    <message>
        <source>no drawdown (max_drawdown = 0)</source>
        <translation>无回撤（max_drawdown = 0）</translation>
    </message>
    <message>
        <source>Counted in periods (returns), like n. An ongoing drawdown counts up to the end of the window.</source>
        <translation>以期数（收益率个数）计，与 n 相同。尚未结束的回撤计至窗口末尾。</translation>
    </message>
    <message>
        <source>Maximum drawdown recovery</source>
        <translation>最大回撤修复期</translation>
    </message>
    <message>
        <source>periods from the trough to the recovery</source>
        <translation>从谷底到修复的期数</translation>
    </message>
    <message>
        <source>no drawdown, or not recovered by the end of the window</source>
        <translation>无回撤，或截至窗口末尾尚未修复</translation>
    </message>
    <message>
        <source>Counted in periods (returns).</source>
        <translation>以期数（收益率个数）计。</translation>
    </message>
    <message>
        <source>Calmar ratio</source>
        <translation>卡玛比率</translation>
    </message>
    <message>
        <source>annualized_return / max_drawdown</source>
        <translation>annualized_return / max_drawdown</translation>
    </message>
    <message>
        <source>that of annualized_return</source>
        <translation>同 annualized_return</translation>
    </message>
    <message>
        <source>max_drawdown = 0</source>
        <translation>max_drawdown = 0</translation>
    </message>
    <message>
        <source>Numerator and denominator over the same window.</source>
        <translation>分子与分母基于同一窗口。</translation>
    </message>
    <message>
        <source>Win ratio</source>
        <translation>盈利比率</translation>
    </message>
    <message>
        <source>count(r_t &gt; 0) / n</source>
        <translation>count(r_t &gt; 0) / n</translation>
    </message>
    <message>
        <source>not used: compared with 0</source>
        <translation>不使用：与 0 比较</translation>
    </message>
    <message>
        <source>The share of periods with a strictly positive return; a zero return is not a win. The source&apos;s 盈利比率 in its per-period reading.</source>
        <translation>收益率严格为正的期数占比；收益率为零不算盈利。即原始资料中按单期理解的“盈利比率”。</translation>
    </message>
    <message>
        <source>Historical VaR 95%</source>
        <translation>95% 历史VaR</translation>
    </message>
    <message>
        <source>−Q(r, 0.05); Q(r, q) = r_(k) + (h − k)·(r_(k+1) − r_(k)), h = (n − 1)·q, k = floor(h), r_(0) ≤ … ≤ r_(n−1) the sorted returns</source>
        <translation>−Q(r, 0.05)；Q(r, q) = r_(k) + (h − k)·(r_(k+1) − r_(k))，h = (n − 1)·q，k = floor(h)，r_(0) ≤ … ≤ r_(n−1) 为排序后的收益率</translation>
    </message>
    <message>
        <source>none: a one-period loss</source>
        <translation>无：单期损失</translation>
    </message>
    <message>
        <source>Linear interpolation between order statistics, as numpy&apos;s default quantile. Positive means a loss; negative when even the 5% quantile is a gain.</source>
        <translation>在次序统计量之间线性插值，与 numpy 默认的分位数算法相同。正值表示损失；若连 5% 分位数都是收益则为负值。</translation>
    </message>
    <message>
        <source>Historical CVaR 95%</source>
        <translation>95% 条件VaR（CVaR）</translation>
    </message>
    <message>
        <source>−mean(r_t : r_t ≤ Q(r, 0.05))</source>
        <translation>−mean(r_t : r_t ≤ Q(r, 0.05))</translation>
    </message>
    <message>
        <source>The plain mean of every return at or below the interpolated 5% quantile (never empty: the lowest return qualifies), without fractional weight for the boundary observation. Positive means a loss.</source>
        <translation>所有不高于插值 5% 分位数的收益率的简单平均（不会为空：最低收益率必然入选），边界观测值不按比例加权。正值表示损失。</translation>
    </message>
    <message>
        <source>Skewness</source>
        <translation>偏度</translation>
    </message>
    <message>
        <source>G1 = g1 · sqrt(n(n − 1)) / (n − 2), g1 = m3 / m2^(3/2), m_k = mean((r − mean(r))^k)</source>
        <translation>G1 = g1 · sqrt(n(n − 1)) / (n − 2), g1 = m3 / m2^(3/2), m_k = mean((r − mean(r))^k)</translation>
    </message>
    <message>
        <source>sample-adjusted (adjusted Fisher–Pearson, as Excel SKEW and pandas skew)</source>
        <translation>样本调整（调整后的 Fisher–Pearson 系数，与 Excel SKEW 和 pandas skew 相同）</translation>
    </message>
    <message>
        <source>n &lt; 3, or std(r) zero up to rounding</source>
        <translation>n &lt; 3，或 std(r) 在舍入误差范围内为零</translation>
    </message>
    <message>
        <source>Of the simple returns.</source>
        <translation>基于简单收益率。</translation>
    </message>
    <message>
        <source>Excess kurtosis</source>
        <translation>峰度（超额）</translation>
    </message>
    <message>
        <source>G2 = ((n + 1)·g2 + 6)·(n − 1) / ((n − 2)(n − 3)), g2 = m4 / m2² − 3</source>
        <translation>G2 = ((n + 1)·g2 + 6)·(n − 1) / ((n − 2)(n − 3)), g2 = m4 / m2² − 3</translation>
    </message>
    <message>
        <source>sample-adjusted excess kurtosis (as Excel KURT and pandas kurt)</source>
        <translation>样本调整的超额峰度（与 Excel KURT 和 pandas kurt 相同）</translation>
    </message>
    <message>
        <source>n &lt; 4, or std(r) zero up to rounding</source>
        <translation>n &lt; 4，或 std(r) 在舍入误差范围内为零</translation>
    </message>
    <message>
        <source>Excess: about 0 for normally distributed returns, not 3.</source>
        <translation>超额峰度：正态分布收益率约为 0，而非 3。</translation>
    </message>
    <message>
        <source>Jensen&apos;s alpha</source>
        <translation>詹森α</translation>
    </message>
    <message>
        <source>α · P, from the OLS e_p = α + β·e_b + ε</source>
        <translation>α · P，来自 OLS 回归 e_p = α + β·e_b + ε</translation>
    </message>
    <message>
        <source>Alpha t-statistic</source>
        <translation>α t值</translation>
    </message>
    <message>
        <source>α / se(α), se from s²·(XᵀX)⁻¹ of the same OLS</source>
        <translation>α / se(α)，se 由同一 OLS 的 s²·(XᵀX)⁻¹ 得出</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>贝塔</translation>
    </message>
    <message>
        <source>β of the OLS e_p = α + β·e_b + ε</source>
        <translation>OLS 回归 e_p = α + β·e_b + ε 中的 β</translation>
    </message>
    <message>
        <source>R-squared</source>
        <translation>拟合优度R²</translation>
    </message>
    <message>
        <source>1 − SSR / SST of the OLS e_p = α + β·e_b + ε</source>
        <translation>OLS 回归 e_p = α + β·e_b + ε 的 1 − SSR / SST</translation>
    </message>
    <message>
        <source>as the regression; also when e_p is constant up to rounding</source>
        <translation>同回归；e_p 在舍入误差范围内为常数时亦无定义</translation>
    </message>
    <message>
        <source>Tracking error</source>
        <translation>跟踪误差</translation>
    </message>
    <message>
        <source>std(r_p − r_b, ddof = 1) · √P</source>
        <translation>std(r_p − r_b, ddof = 1) · √P</translation>
    </message>
    <message>
        <source>not used (it cancels)</source>
        <translation>不使用（相互抵消）</translation>
    </message>
    <message>
        <source>fewer than 2 shared returns</source>
        <translation>共同收益率少于 2 个</translation>
    </message>
    <message>
        <source>Information ratio</source>
        <translation>信息比率</translation>
    </message>
    <message>
        <source>mean(r_p − r_b) · P / tracking_error</source>
        <translation>mean(r_p − r_b) · P / tracking_error</translation>
    </message>
    <message>
        <source>mean × P over the tracking error (itself × √P)</source>
        <translation>均值 × P 除以跟踪误差（其本身已 × √P）</translation>
    </message>
    <message>
        <source>fewer than 2 shared returns, or a tracking error zero up to rounding</source>
        <translation>共同收益率少于 2 个，或跟踪误差在舍入误差范围内为零</translation>
    </message>
    <message>
        <source>Treynor ratio</source>
        <translation>特雷诺比率</translation>
    </message>
    <message>
        <source>mean(e_p) · P / β</source>
        <translation>mean(e_p) · P / β</translation>
    </message>
    <message>
        <source>arithmetic annual excess return: mean × P</source>
        <translation>算术年化超额收益率：均值 × P</translation>
    </message>
    <message>
        <source>β undefined, or abs(β) ≤ 1e-10</source>
        <translation>β 无定义，或 abs(β) ≤ 1e-10</translation>
    </message>
    <message>
        <source>Up capture</source>
        <translation>上行捕获率</translation>
    </message>
    <message>
        <source>mean(r_p,t : r_b,t &gt; 0) / mean(r_b,t : r_b,t &gt; 0)</source>
        <translation>mean(r_p,t : r_b,t &gt; 0) / mean(r_b,t : r_b,t &gt; 0)</translation>
    </message>
    <message>
        <source>no shared period with r_b &gt; 0</source>
        <translation>没有 r_b &gt; 0 的共同期</translation>
    </message>
    <message>
        <source>Arithmetic means of plain returns over the periods the benchmark rose (1 = moved with it); not Morningstar&apos;s geometric version. On the shared dates inside the window.</source>
        <translation>基准上涨各期简单收益率的算术平均之比（1 = 与基准同步）；并非晨星的几何算法。基于窗口内的共同日期。</translation>
    </message>
    <message>
        <source>Down capture</source>
        <translation>下行捕获率</translation>
    </message>
    <message>
        <source>mean(r_p,t : r_b,t &lt; 0) / mean(r_b,t : r_b,t &lt; 0)</source>
        <translation>mean(r_p,t : r_b,t &lt; 0) / mean(r_b,t : r_b,t &lt; 0)</translation>
    </message>
    <message>
        <source>no shared period with r_b &lt; 0</source>
        <translation>没有 r_b &lt; 0 的共同期</translation>
    </message>
    <message>
        <source>Below 1 is better. Periods with r_b = 0 count in neither capture. On the shared dates inside the window.</source>
        <translation>低于 1 为佳。r_b = 0 的期数不计入任何一个捕获率。基于窗口内的共同日期。</translation>
    </message>
    <message>
        <source>Treynor–Mazuy alpha</source>
        <translation>TM模型α</translation>
    </message>
    <message>
        <source>α · P, from the OLS e_p = α + β·e_b + γ·e_b² + ε (Treynor and Mazuy, 1966)</source>
        <translation>α · P，来自 OLS 回归 e_p = α + β·e_b + γ·e_b² + ε（Treynor 和 Mazuy，1966）</translation>
    </message>
    <message>
        <source>Treynor–Mazuy beta</source>
        <translation>TM模型β</translation>
    </message>
    <message>
        <source>β of the Treynor–Mazuy OLS</source>
        <translation>Treynor–Mazuy (T-M) 模型 OLS 回归中的 β</translation>
    </message>
    <message>
        <source>Treynor–Mazuy timing gamma</source>
        <translation>TM模型择时系数γ</translation>
    </message>
    <message>
        <source>γ of the Treynor–Mazuy OLS; γ &gt; 0 indicates timing skill</source>
        <translation>Treynor–Mazuy (T-M) 模型 OLS 回归中的 γ；γ &gt; 0 表明具有择时能力</translation>
    </message>
    <message>
        <source>Treynor–Mazuy gamma t-statistic</source>
        <translation>TM模型γ t值</translation>
    </message>
    <message>
        <source>γ / se(γ), se from s²·(XᵀX)⁻¹</source>
        <translation>γ / se(γ)，se 由 s²·(XᵀX)⁻¹ 得出</translation>
    </message>
    <message>
        <source>Henriksson–Merton alpha</source>
        <translation>HM模型α</translation>
    </message>
    <message>
        <source>α · P, from the OLS e_p = α + β·e_b + γ·max(0, −e_b) + ε (Henriksson and Merton, 1981)</source>
        <translation>α · P，来自 OLS 回归 e_p = α + β·e_b + γ·max(0, −e_b) + ε（Henriksson 和 Merton，1981）</translation>
    </message>
    <message>
        <source>Henriksson–Merton beta</source>
        <translation>HM模型β</translation>
    </message>
    <message>
        <source>β of the Henriksson–Merton OLS: the up-market beta; the down-market beta is β − γ</source>
        <translation>Henriksson–Merton (H-M) 模型 OLS 回归中的 β：即上涨市场贝塔；下跌市场贝塔为 β − γ</translation>
    </message>
    <message>
        <source>Henriksson–Merton timing gamma</source>
        <translation>HM模型择时系数γ</translation>
    </message>
    <message>
        <source>γ of the Henriksson–Merton OLS; γ &gt; 0 indicates timing skill (a lower beta when the market falls, like a protective put)</source>
        <translation>Henriksson–Merton (H-M) 模型 OLS 回归中的 γ；γ &gt; 0 表明具有择时能力（市场下跌时贝塔更低，类似保护性看跌期权）</translation>
    </message>
    <message>
        <source>The put form of the 1981 paper. Some texts (the source&apos;s §2.1 among them) write γ·max(0, e_b); since max(0, e_b) = e_b + max(0, −e_b), α, γ and γ&apos;s t-statistic are the same in both forms and only β changes meaning (it is then the down-market beta). On the shared dates inside the window.</source>
        <translation>采用 1981 年论文中的看跌期权形式。部分文献（包括原始资料 §2.1）写作 γ·max(0, e_b)；由于 max(0, e_b) = e_b + max(0, −e_b)，两种形式下的 α、γ 及 γ 的 t 统计量相同，只有 β 的含义不同（此时为下跌市场贝塔）。基于窗口内的共同日期。</translation>
    </message>
    <message>
        <source>Henriksson–Merton gamma t-statistic</source>
        <translation>HM模型γ t值</translation>
    </message>
    <message>
        <source>Chang–Lewellen alpha</source>
        <translation>CL模型α</translation>
    </message>
    <message>
        <source>α · P, from the OLS e_p = α + β_down·min(0, e_b) + β_up·max(0, e_b) + ε (Chang and Lewellen, 1984)</source>
        <translation>α · P，来自 OLS 回归 e_p = α + β_down·min(0, e_b) + β_up·max(0, e_b) + ε（Chang 和 Lewellen，1984）</translation>
    </message>
    <message>
        <source>Chang–Lewellen down-market beta</source>
        <translation>CL模型下行β</translation>
    </message>
    <message>
        <source>β_down of the Chang–Lewellen OLS</source>
        <translation>Chang–Lewellen (C-L) 模型 OLS 回归中的 β_down</translation>
    </message>
    <message>
        <source>Chang–Lewellen up-market beta</source>
        <translation>CL模型上行β</translation>
    </message>
    <message>
        <source>β_up of the Chang–Lewellen OLS</source>
        <translation>Chang–Lewellen (C-L) 模型 OLS 回归中的 β_up</translation>
    </message>
    <message>
        <source>Chang–Lewellen timing</source>
        <translation>CL模型择时能力</translation>
    </message>
    <message>
        <source>β_up − β_down; &gt; 0 indicates timing skill</source>
        <translation>β_up − β_down；&gt; 0 表明具有择时能力</translation>
    </message>
    <message>
        <source>Chang–Lewellen timing t-statistic</source>
        <translation>CL模型择时 t值</translation>
    </message>
    <message>
        <source>(β_up − β_down) / sqrt(Var(β_up) + Var(β_down) − 2·Cov(β_up, β_down)), from s²·(XᵀX)⁻¹</source>
        <translation>(β_up − β_down) / sqrt(Var(β_up) + Var(β_down) − 2·Cov(β_up, β_down))，由 s²·(XᵀX)⁻¹ 得出</translation>
    </message>
    <message>
        <source>Best period</source>
        <translation>单期最大收益</translation>
    </message>
    <message>
        <source>max(r_t)</source>
        <translation>max(r_t)</translation>
    </message>
    <message>
        <source>The best single-period return (a day for daily NAVs).</source>
        <translation>单个周期的最高收益率（日净值即为单日）。</translation>
    </message>
    <message>
        <source>Worst period</source>
        <translation>单期最大亏损</translation>
    </message>
    <message>
        <source>min(r_t)</source>
        <translation>min(r_t)</translation>
    </message>
    <message>
        <source>The worst single-period return, as a (negative) return.</source>
        <translation>单个周期的最低收益率，以（负的）收益率表示。</translation>
    </message>
    <message>
        <source>Gain/loss ratio</source>
        <translation>盈亏比</translation>
    </message>
    <message>
        <source>mean(r_t : r_t &gt; 0) / mean(−r_t : r_t &lt; 0)</source>
        <translation>mean(r_t : r_t &gt; 0) / mean(−r_t : r_t &lt; 0)</translation>
    </message>
    <message>
        <source>no positive or no negative return</source>
        <translation>没有正收益或没有负收益的周期</translation>
    </message>
    <message>
        <source>The average gain over the average loss (payoff ratio); zero returns count as neither.</source>
        <translation>平均盈利与平均亏损之比（赔率）；收益为零的周期既不算盈利也不算亏损。</translation>
    </message>
    <message>
        <source>Omega ratio</source>
        <translation>Omega比率</translation>
    </message>
    <message>
        <source>Σ max(e_t, 0) / Σ max(−e_t, 0)</source>
        <translation>Σ max(e_t, 0) / Σ max(−e_t, 0)</translation>
    </message>
    <message>
        <source>no period below the risk-free rate</source>
        <translation>没有低于无风险利率的周期</translation>
    </message>
    <message>
        <source>Keating–Shadwick Omega at the threshold rf_p: probability-weighted gains over losses.</source>
        <translation>以 rf_p 为阈值的 Keating–Shadwick Omega：按概率加权的收益与损失之比。</translation>
    </message>
    <message>
        <source>Tail ratio</source>
        <translation>尾部比率</translation>
    </message>
    <message>
        <source>Q(r, 0.95) / −Q(r, 0.05)</source>
        <translation>Q(r, 0.95) / −Q(r, 0.05)</translation>
    </message>
    <message>
        <source>n &lt; 2, or Q(r, 0.05) ≥ 0</source>
        <translation>n &lt; 2，或 Q(r, 0.05) ≥ 0</translation>
    </message>
    <message>
        <source>The right tail over the left, with the interpolated quantiles of var_95; above 1 when large gains outweigh large losses.</source>
        <translation>右尾与左尾之比，分位数插值方法与 var_95 相同；大幅盈利多于大幅亏损时大于 1。</translation>
    </message>
    <message>
        <source>Average drawdown</source>
        <translation>平均回撤</translation>
    </message>
    <message>
        <source>mean(dd_t), dd_t = 1 − nav_t / max(nav_0 … nav_t)</source>
        <translation>mean(dd_t)，dd_t = 1 − nav_t / max(nav_0 … nav_t)</translation>
    </message>
    <message>
        <source>The pain index: the drawdown averaged over the window&apos;s n periods (0 at new highs).</source>
        <translation>痛苦指数：回撤在区间 n 个周期上的平均值（创新高时为 0）。</translation>
    </message>
    <message>
        <source>Ulcer index</source>
        <translation>溃疡指数</translation>
    </message>
    <message>
        <source>sqrt(mean(dd_t²))</source>
        <translation>sqrt(mean(dd_t²))</translation>
    </message>
    <message>
        <source>Martin&apos;s ulcer index: the root mean square drawdown over the n periods; deep and long drawdowns weigh most.</source>
        <translation>Martin 溃疡指数：n 个周期回撤的均方根；深度大、持续久的回撤权重最大。</translation>
    </message>
    <message>
        <source>Martin ratio</source>
        <translation>马丁比率</translation>
    </message>
    <message>
        <source>(annualized_return − rf) / ulcer_index</source>
        <translation>(annualized_return − rf) / ulcer_index</translation>
    </message>
    <message>
        <source>the annual rate rf, subtracted</source>
        <translation>减去年化无风险利率 rf</translation>
    </message>
    <message>
        <source>ulcer_index = 0 (no drawdown)</source>
        <translation>ulcer_index = 0（无回撤）</translation>
    </message>
    <message>
        <source>Ulcer performance index: excess return per unit of ulcer.</source>
        <translation>溃疡绩效指数：单位溃疡指数的超额收益。</translation>
    </message>
</context>
<context>
    <name>ws::funds::Metrics</name>
    <message>
        <source>between 1 and %1 factors are needed</source>
        <translation>需要 1 至 %1 个因子</translation>
    </message>
    <message>
        <source>no factor column &apos;%1&apos;</source>
        <translation>没有因子列“%1”</translation>
    </message>
    <message>
        <source>the regression is undefined on %1 aligned returns</source>
        <translation>在 %1 个对齐的收益率上回归无定义</translation>
    </message>
</context>
<context>
    <name>ws::funds::Portfolio</name>
    <message>
        <source>Equal weight</source>
        <translation>等权重</translation>
    </message>
    <message>
        <source>Minimum variance</source>
        <translation>最小方差</translation>
    </message>
    <message>
        <source>Mean-variance</source>
        <translation>均值-方差</translation>
    </message>
    <message>
        <source>Risk parity</source>
        <translation>风险平价</translation>
    </message>
    <message>
        <source>Black–Litterman</source>
        <translation>Black–Litterman 模型</translation>
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
    <message>
        <source>The simulator did not say where it publishes within %1 s</source>
        <translation>模拟器未在 %1 秒内报告其发布地址</translation>
    </message>
    <message>
        <source>The simulator ended (exit code %1) before it published: %2</source>
        <translation>模拟器在发布行情前已退出（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>Demo simulator</source>
        <translation>演示模拟器</translation>
    </message>
    <message>
        <source>Starting the simulated trading day</source>
        <translation>正在启动模拟交易日</translation>
    </message>
    <message>
        <source>The simulator %1 is not an executable file</source>
        <translation>模拟器 %1 不是可执行文件</translation>
    </message>
    <message>
        <source>The simulator ended (exit code %1) before it published</source>
        <translation>模拟器在发布行情前已退出（退出码 %1）</translation>
    </message>
</context>
<context>
    <name>ws::md::MarketDataSettings</name>
    <message>
        <source>%1 %2 is out of range: a port is %3 to 65535.</source>
        <translation>%1 %2 超出范围：端口应为 %3 到 65535。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be 1 to 20 ASCII characters without spaces.</source>
        <translation>%1“%2”须为 1 到 20 个不含空格的 ASCII 字符。</translation>
    </message>
    <message>
        <source>Group A</source>
        <translation>组播组 A</translation>
    </message>
    <message>
        <source>Group B</source>
        <translation>组播组 B</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an IPv4 multicast group (224.0.0.0 to 239.255.255.255).</source>
        <translation>%1“%2”不是 IPv4 组播地址（224.0.0.0 到 239.255.255.255）。</translation>
    </message>
    <message>
        <source>The feed port</source>
        <translation>行情端口</translation>
    </message>
    <message>
        <source>The interface address &apos;%1&apos; is not an IPv4 address of this machine&apos;s interface.</source>
        <translation>接口地址“%1”不是本机网卡的 IPv4 地址。</translation>
    </message>
    <message>
        <source>The recovery port</source>
        <translation>重传服务端口</translation>
    </message>
    <message>
        <source>The recovery service needs a host.</source>
        <translation>重传服务需要填写主机。</translation>
    </message>
    <message>
        <source>The MDGW host &apos;%1&apos; is not a host name or address.</source>
        <translation>MDGW 主机“%1”不是有效的主机名或地址。</translation>
    </message>
    <message>
        <source>The MDGW port</source>
        <translation>MDGW 端口</translation>
    </message>
    <message>
        <source>SenderCompID</source>
        <translation>SenderCompID</translation>
    </message>
    <message>
        <source>TargetCompID</source>
        <translation>TargetCompID</translation>
    </message>
    <message>
        <source>HeartBtInt %1 is out of range: 1 to 3600 seconds.</source>
        <translation>HeartBtInt %1 超出范围：应为 1 到 3600 秒。</translation>
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
    <name>ws::widgets</name>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>无法写入报告 %1：%2</translation>
    </message>
    <message>
        <source>Document comparison report: %1 / %2</source>
        <translation>文档比对报告：%1 / %2</translation>
    </message>
    <message>
        <source>A %1 · B %2</source>
        <translation>A %1 · B %2</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>PDF 写入器无法启动</translation>
    </message>
    <message>
        <source>could not start page %1</source>
        <translation>无法开始第 %1 页</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <source>the PDF writer failed</source>
        <translation>PDF 写入失败</translation>
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
    <name>ws::widgets::ChangeListModel</name>
    <message>
        <source>material</source>
        <translation>实质性</translation>
    </message>
    <message>
        <source>Carried over from an earlier version</source>
        <translation>沿用自较早版本的审阅结论</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>实质性</translation>
    </message>
    <message>
        <source>A page</source>
        <translation>A 页</translation>
    </message>
    <message>
        <source>B page</source>
        <translation>B 页</translation>
    </message>
    <message>
        <source>A text</source>
        <translation>A 文本</translation>
    </message>
    <message>
        <source>B text</source>
        <translation>B 文本</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审阅结论</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The version whose step made this change</source>
        <translation>在哪个版本中产生了这处变更</translation>
    </message>
    <message>
        <source>Introduced in</source>
        <translation>引入版本</translation>
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
    <name>ws::widgets::ComparisonView</name>
    <message>
        <source>change %1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <source>Material (%1)</source>
        <translation>实质性变更（%1）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>无文档</translation>
    </message>
    <message>
        <source>Page %1 could not be rendered</source>
        <translation>第 %1 页无法渲染</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Excluded from the comparison (%1)</source>
        <translation>已排除在比对之外（%1）</translation>
    </message>
    <message>
        <source>Visual difference on page %1</source>
        <translation>第 %1 页存在视觉差异</translation>
    </message>
    <message>
        <source>Exclusion zone</source>
        <translation>排除区域</translation>
    </message>
    <message>
        <source>Excluded from the comparison</source>
        <translation>已排除在比对之外</translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %n change(s)</source>
        <translation>
            <numerusform>第 %1 页：%n 处变更</numerusform>
        </translation>
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
    <name>ws::widgets::DocumentComparePanel</name>
    <message>
        <source>Reading %1… page %2/%3</source>
        <translation>正在读取 %1… 第 %2/%3 页</translation>
    </message>
    <message>
        <source>Reading %1… %2 %</source>
        <translation>正在读取 %1… %2%</translation>
    </message>
    <message>
        <source>Open A…</source>
        <translation>打开 A…</translation>
    </message>
    <message>
        <source>Choose the earlier version (A); you can also drop files on the panel</source>
        <translation>选择较早版本（A）；也可将文件拖放到面板上</translation>
    </message>
    <message>
        <source>Open B…</source>
        <translation>打开 B…</translation>
    </message>
    <message>
        <source>Choose the later version (B); you can also drop files on the panel</source>
        <translation>选择较新版本（B）；也可将文件拖放到面板上</translation>
    </message>
    <message>
        <source>Swap A and B</source>
        <translation>交换 A 与 B</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比对</translation>
    </message>
    <message>
        <source>Read both files and compare them</source>
        <translation>读取两个文件并进行比对</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>What the comparison ignores, and how files are read</source>
        <translation>比对时忽略哪些差异，以及如何读取文件</translation>
    </message>
    <message>
        <source>Ignore full-width / half-width differences</source>
        <translation>忽略全角/半角差异</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>忽略大小写</translation>
    </message>
    <message>
        <source>Ignore whitespace</source>
        <translation>忽略空白</translation>
    </message>
    <message>
        <source>Detect moved paragraphs</source>
        <translation>识别段落移动</translation>
    </message>
    <message>
        <source>OCR scanned pages (pages without a text layer)</source>
        <translation>对扫描页（无文本层的页面）进行 OCR</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Write the redline report as PDF or HTML (by the file extension); the export is recorded in the audit trail</source>
        <translation>按文件扩展名将修订比对报告导出为 PDF 或 HTML；导出操作记入审计日志</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Show the documents as rendered pages or as reflowed text</source>
        <translation>以渲染页面或重排文本方式显示文档</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+wheel on the pages)</source>
        <translation>缩放（在页面上按 Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Sync scroll</source>
        <translation>同步滚动</translation>
    </message>
    <message>
        <source>Scroll both sides together, keeping unchanged text side by side</source>
        <translation>两侧同步滚动，使未变化的文本并排对齐</translation>
    </message>
    <message>
        <source>Visual compare</source>
        <translation>图像比对</translation>
    </message>
    <message>
        <source>Compare the rendered pages as pictures as well (seals, signatures, images, tables drawn as graphics); needs two PDFs or images</source>
        <translation>同时将渲染后的页面作为图像比对（印章、签名、图片、以图形绘制的表格）；需要两个 PDF 或图片文件</translation>
    </message>
    <message>
        <source>Exclusion zones</source>
        <translation>排除区域</translation>
    </message>
    <message>
        <source>Draw rectangles on a page to leave that area out of the comparison; zones are kept in the chosen template</source>
        <translation>在页面上框选矩形，将该区域排除在比对之外；区域保存在所选模板中</translation>
    </message>
    <message>
        <source>Exclusion template (per document type)</source>
        <translation>排除模板（按文档类型）</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Save zones as a new template…</source>
        <translation>将区域另存为新模板…</translation>
    </message>
    <message>
        <source>Delete this template</source>
        <translation>删除此模板</translation>
    </message>
    <message>
        <source>Every page</source>
        <translation>所有页面</translation>
    </message>
    <message>
        <source>A drawn zone applies to every page (off: only to the page it was drawn on)</source>
        <translation>框选的区域适用于所有页面（关闭时仅适用于框选所在页）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>全部结论</translation>
    </message>
    <message>
        <source>Material only</source>
        <translation>仅实质性变更</translation>
    </message>
    <message>
        <source>Only changes touching numbers, amounts, percentages, dates or party names</source>
        <translation>仅显示涉及数字、金额、百分比、日期或当事人名称的变更</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Previous change (Shift+F8, Ctrl+Up)</source>
        <translation>上一处变更（Shift+F8、Ctrl+↑）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Next change (F8, Ctrl+Down)</source>
        <translation>下一处变更（F8、Ctrl+↓）</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Accept the change (1)</source>
        <translation>接受该变更（1）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>Mark the change as a question (2)</source>
        <translation>将该变更标记为存疑（2）</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Reject the change (3)</source>
        <translation>拒绝该变更（3）</translation>
    </message>
    <message>
        <source>Comment on this change (saved when you leave the field)</source>
        <translation>对该变更的备注（离开输入框时保存）</translation>
    </message>
    <message>
        <source>Carried over from an earlier version</source>
        <translation>沿用自较早版本的审阅结论</translation>
    </message>
    <message>
        <source>A: no file chosen</source>
        <translation>A：未选择文件</translation>
    </message>
    <message>
        <source>B: no file chosen</source>
        <translation>B：未选择文件</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Open version A</source>
        <translation>打开版本 A</translation>
    </message>
    <message>
        <source>Open version B</source>
        <translation>打开版本 B</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.md *.markdown *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>文档 (*.pdf *.docx *.txt *.md *.markdown *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose two files to compare (Open A… and Open B…, or drop them on the panel).</source>
        <translation>请选择两个要比对的文件（打开 A… 和打开 B…，或将文件拖放到面板上）。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The password for %1 is not correct. Password:</source>
        <translation>%1 的密码不正确。密码：</translation>
    </message>
    <message>
        <source>%1 is encrypted. Password:</source>
        <translation>%1 已加密。密码：</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Switch on OCR in Options to read scanned pages.</source>
        <translation>请在“选项”中开启 OCR 以读取扫描页。</translation>
    </message>
    <message>
        <source>Nothing was compared; the previous comparison (if any) is still shown.</source>
        <translation>未进行比对；仍显示上一次的比对结果（如有）。</translation>
    </message>
    <message>
        <source>Visual compare… page %1/%2</source>
        <translation>图像比对… 第 %1/%2 页</translation>
    </message>
    <message>
        <source>Comparing… %1 %</source>
        <translation>正在比对… %1%</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>比对已取消。</translation>
    </message>
    <message>
        <source>Earlier decisions could not be read: %1</source>
        <translation>无法读取以往的审阅结论：%1</translation>
    </message>
    <message>
        <source>Compared in %1 s</source>
        <translation>比对用时 %1 秒</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>尚未比对。</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>无差异</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 处变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n material</source>
        <translation>
            <numerusform>%n 处实质性</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>已审阅 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) with visual differences</source>
        <translation>
            <numerusform>%n 页存在图像差异</numerusform>
        </translation>
    </message>
    <message>
        <source>so far</source>
        <translation>（进行中）</translation>
    </message>
    <message>
        <source>Change %1:</source>
        <translation>变更 %1：</translation>
    </message>
    <message>
        <source>No change selected</source>
        <translation>未选择变更</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>无模板</translation>
    </message>
    <message>
        <source>Zones %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <source>Save exclusion template</source>
        <translation>保存排除模板</translation>
    </message>
    <message>
        <source>Document type (template name):</source>
        <translation>文档类型（模板名称）：</translation>
    </message>
    <message>
        <source>Delete exclusion template</source>
        <translation>删除排除模板</translation>
    </message>
    <message>
        <source>Delete the exclusion template “%1”?</source>
        <translation>删除排除模板“%1”？</translation>
    </message>
    <message>
        <source>Visual compare needs two PDFs or images.</source>
        <translation>图像比对需要两个 PDF 或图片文件。</translation>
    </message>
    <message>
        <source>Export comparison report</source>
        <translation>导出比对报告</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html)</source>
        <translation>PDF 报告 (*.pdf);;HTML 报告 (*.html)</translation>
    </message>
    <message>
        <source>Compare two files before exporting a report.</source>
        <translation>请先比对两个文件再导出报告。</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>版本链…</translation>
    </message>
    <message>
        <source>Compare a chain of versions (v0 → v1 → v2 …): add the versions between A and B, choose any two, and see which version introduced each change</source>
        <translation>比对版本链（v0 → v1 → v2 …）：在 A 与 B 之间加入中间版本，任选两个版本比对，并查看每处变更由哪个版本引入</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>比对：</translation>
    </message>
    <message>
        <source>The version compared as A</source>
        <translation>作为 A 比对的版本</translation>
    </message>
    <message>
        <source>The version compared as B</source>
        <translation>作为 B 比对的版本</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>全部版本</translation>
    </message>
    <message>
        <source>Only the changes introduced by one version of the chain</source>
        <translation>只显示版本链中某一版本引入的变更</translation>
    </message>
    <message>
        <source>Version chain</source>
        <translation>版本链</translation>
    </message>
    <message>
        <source>The versions in order, earliest first (drag to reorder, or drop files here). Any two of them are compared; the versions between show which one introduced each change.</source>
        <translation>按顺序排列的各版本，最早的在前（拖动可调整顺序，也可把文件拖放到这里）。任选其中两个版本比对；两者之间的版本用于判断每处变更由哪个版本引入。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add versions</source>
        <translation>添加版本</translation>
    </message>
    <message>
        <source>Preliminary: pages 1–%1 of A and 1–%2 of B compared…</source>
        <translation>初步结果：已比较 A 的第 1–%1 页和 B 的第 1–%2 页…</translation>
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
    <message>
        <source>Starting the demo feed (a simulated trading day)…</source>
        <translation>正在启动演示行情（模拟交易日）…</translation>
    </message>
    <message>
        <source>Low latency: receive and book on one busy-polling thread</source>
        <translation>低延迟：接收与订单簿在同一忙轮询线程</translation>
    </message>
    <message>
        <source>Book thread</source>
        <translation>订单簿线程</translation>
    </message>
    <message>
        <source>%1: %2 events/s, %3 events applied · queue %4 (high water %5) · producer waits %6 · %7 exchange snapshots · %8 publications</source>
        <translation>%1：%2 事件/秒，已处理 %3 个事件 · 队列 %4（最高 %5）· 生产者等待 %6 次 · 交易所快照 %7 · 发布 %8 次</translation>
    </message>
</context>
<context>
    <name>ws::widgets::FofBuilderPanel</name>
    <message>
        <source>Export the FOF back-test</source>
        <translation>导出 FOF 回测</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Universe: %1 %2%</source>
        <translation>基金池：%1 %2%</translation>
    </message>
    <message>
        <source>The fund universe could not be evaluated: %1</source>
        <translation>无法计算基金池：%1</translation>
    </message>
    <message>
        <source>FOF builder</source>
        <translation>FOF 组合构建</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>备选池</translation>
    </message>
    <message>
        <source>Add a fund by code or name</source>
        <translation>按代码或名称添加基金</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected funds from the pool</source>
        <translation>从备选池移除选中的基金</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
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
        <source>First NAV</source>
        <translation>首个净值日</translation>
    </message>
    <message>
        <source>Min %</source>
        <translation>下限 %</translation>
    </message>
    <message>
        <source>Max %</source>
        <translation>上限 %</translation>
    </message>
    <message>
        <source>Target %</source>
        <translation>目标 %</translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>期末 %</translation>
    </message>
    <message>
        <source>Lower weight bound of the fund (bounded models only)</source>
        <translation>该基金的权重下限（仅用于有约束的模型）</translation>
    </message>
    <message>
        <source>Upper weight bound of the fund (bounded models only)</source>
        <translation>该基金的权重上限（仅用于有约束的模型）</translation>
    </message>
    <message>
        <source>The model&apos;s weight at the last rebalance</source>
        <translation>最近一次再平衡时模型给出的权重</translation>
    </message>
    <message>
        <source>The drifted weight on the last date</source>
        <translation>最后一日漂移后的权重</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>λ</source>
        <translation>λ</translation>
    </message>
    <message>
        <source>Risk aversion λ of mean-variance (δ of Black–Litterman): higher holds less risk</source>
        <translation>均值-方差的风险厌恶系数 λ（Black–Litterman 的 δ）：越大风险越低</translation>
    </message>
    <message>
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <source>Black–Litterman τ: the uncertainty of the equilibrium prior, τΣ</source>
        <translation>Black–Litterman τ：均衡先验的不确定性 τΣ</translation>
    </message>
    <message>
        <source>Rebalance</source>
        <translation>再平衡</translation>
    </message>
    <message>
        <source>None (buy and hold)</source>
        <translation>不再平衡（买入持有）</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季</translation>
    </message>
    <message>
        <source>Semi-annual</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Look-back</source>
        <translation>回看</translation>
    </message>
    <message>
        <source> returns</source>
        <translation> 个收益率</translation>
    </message>
    <message>
        <source>Returns of the estimation window ending on each rebalance date (252 ≈ one year)</source>
        <translation>截至每个再平衡日的估计窗口收益率个数（252 ≈ 一年）</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source> bp</source>
        <translation> bp</translation>
    </message>
    <message>
        <source>Charged on the traded weight Σ|target − drifted| at each rebalance</source>
        <translation>每次再平衡按交易权重 Σ|目标 − 漂移| 收取</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>业绩基准</translation>
    </message>
    <message>
        <source>The index the relative metrics (alpha, beta, capture, timing) compare with</source>
        <translation>相对指标（α、β、捕获率、择时）所比较的指数</translation>
    </message>
    <message>
        <source>Black–Litterman views</source>
        <translation>Black–Litterman 观点</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>Versus</source>
        <translation>相对于</translation>
    </message>
    <message>
        <source>Return %/yr</source>
        <translation>年化收益 %</translation>
    </message>
    <message>
        <source>Confidence %</source>
        <translation>信心 %</translation>
    </message>
    <message>
        <source>Fund A outperforms fund B (or returns, when versus is empty) by the given annual return. Confidence 100% is a certain view; 50% weighs it like the prior (Ω = τ·pᵀΣp·(1 − c)/c, Σ from the look-back before the start).</source>
        <translation>基金 A 每年跑赢基金 B 给定的收益（“相对于”为空时即基金 A 的年化收益）。信心 100% 为确定观点；50% 与先验同等权重（Ω = τ·pᵀΣp·(1 − c)/c，Σ 取起始日前的回看窗口）。</translation>
    </message>
    <message>
        <source>Add view</source>
        <translation>添加观点</translation>
    </message>
    <message>
        <source>Remove view</source>
        <translation>移除观点</translation>
    </message>
    <message>
        <source>Run back-test</source>
        <translation>运行回测</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the FOF&apos;s daily NAV, the equal-weight reference and the daily weights to a CSV file (recorded in the audit trail)</source>
        <translation>将 FOF 每日净值、等权参考和每日权重导出为 CSV 文件（记入审计日志）</translation>
    </message>
    <message>
        <source>Stop waiting for the back-test; its result is discarded</source>
        <translation>不再等待回测；其结果将被丢弃</translation>
    </message>
    <message>
        <source>NAV</source>
        <translation>净值</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Add funds to the pool (or send them from the fund screener), choose the dates and a model, and run the back-test.</source>
        <translation>向备选池添加基金（或从基金筛选器发送），选择日期和模型，然后运行回测。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n fund(s) in the universe</source>
        <translation>
            <numerusform>基金池共 %n 只基金</numerusform>
        </translation>
    </message>
    <message>
        <source>No fund %1 in the universe.</source>
        <translation>基金池中没有基金 %1。</translation>
    </message>
    <message>
        <source>The pool holds at most %1 funds.</source>
        <translation>备选池最多容纳 %1 只基金。</translation>
    </message>
    <message>
        <source>— (absolute)</source>
        <translation>—（绝对观点）</translation>
    </message>
    <message>
        <source>No NAV history for %1.</source>
        <translation>%1 没有净值历史。</translation>
    </message>
    <message numerus="yes">
        <source>Back-testing %n fund(s)…</source>
        <translation>
            <numerusform>正在回测 %n 只基金…</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>FOF NAV</source>
        <translation>FOF 净值</translation>
    </message>
    <message>
        <source>Equal-weight FOF NAV</source>
        <translation>等权 FOF 净值</translation>
    </message>
    <message>
        <source>Weight %1 (%)</source>
        <translation>%1 权重（%）</translation>
    </message>
    <message>
        <source>Back-test cancelled.</source>
        <translation>回测已取消。</translation>
    </message>
    <message>
        <source>The back-test failed.</source>
        <translation>回测失败。</translation>
    </message>
    <message>
        <source>Back-test failed: %1</source>
        <translation>回测失败：%1</translation>
    </message>
    <message>
        <source>Done: %1 to %2</source>
        <translation>完成：%1 至 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;NAV %1&lt;/b&gt; · return %2 · annualised %3 · volatility %4 · max drawdown %5 · Sharpe %6</source>
        <translation>&lt;b&gt;净值 %1&lt;/b&gt; · 收益 %2 · 年化 %3 · 波动率 %4 · 最大回撤 %5 · 夏普 %6</translation>
    </message>
    <message numerus="yes">
        <source>%n rebalance(s) after the initial purchase · turnover %1 · cost %2 bp of the initial NAV</source>
        <translation>
            <numerusform>建仓后再平衡 %n 次 · 换手 %1 · 费用为初始净值的 %2 bp</numerusform>
        </translation>
    </message>
    <message>
        <source>Equal-weight FOF</source>
        <translation>等权 FOF</translation>
    </message>
    <message>
        <source>FOF (%1)</source>
        <translation>FOF（%1）</translation>
    </message>
    <message>
        <source>NAV (1 at the start)</source>
        <translation>净值（起始为 1）</translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation>权重（%）</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>换手</translation>
    </message>
    <message>
        <source>Cost (bp)</source>
        <translation>费用（bp）</translation>
    </message>
    <message>
        <source>Initial purchase</source>
        <translation>建仓</translation>
    </message>
    <message>
        <source>Drifted to %1 before the trade</source>
        <translation>交易前漂移至 %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>FOF</source>
        <translation>FOF</translation>
    </message>
    <message>
        <source>Equal weight</source>
        <translation>等权</translation>
    </message>
</context>
<context>
    <name>ws::widgets::FundDetailPanel</name>
    <message>
        <source>Large value</source>
        <translation>大盘价值</translation>
    </message>
    <message>
        <source>Large blend</source>
        <translation>大盘平衡</translation>
    </message>
    <message>
        <source>Large growth</source>
        <translation>大盘成长</translation>
    </message>
    <message>
        <source>Mid value</source>
        <translation>中盘价值</translation>
    </message>
    <message>
        <source>Mid blend</source>
        <translation>中盘平衡</translation>
    </message>
    <message>
        <source>Mid growth</source>
        <translation>中盘成长</translation>
    </message>
    <message>
        <source>Small value</source>
        <translation>小盘价值</translation>
    </message>
    <message>
        <source>Small blend</source>
        <translation>小盘平衡</translation>
    </message>
    <message>
        <source>Small growth</source>
        <translation>小盘成长</translation>
    </message>
    <message>
        <source>Bond index</source>
        <translation>债券指数</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Annualization</source>
        <translation>年化</translation>
    </message>
    <message>
        <source>Risk-free</source>
        <translation>无风险利率</translation>
    </message>
    <message>
        <source>Averaging</source>
        <translation>平均方式</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Undefined when</source>
        <translation>无定义情形</translation>
    </message>
    <message>
        <source>fewer than %1 returns shared with the style indices</source>
        <translation>与风格指数共同的收益率少于 %1 个</translation>
    </message>
    <message>
        <source>no full holdings report to attribute</source>
        <translation>没有可用于归因的完整持仓报告</translation>
    </message>
    <message>
        <source>the cache has no style indices</source>
        <translation>缓存中没有风格指数</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>评价失败：%1</translation>
    </message>
    <message>
        <source>Evaluating the fund universe…</source>
        <translation>正在评价基金池…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>正在计算 %1…</translation>
    </message>
    <message>
        <source>Bonds</source>
        <translation>债券</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the evaluation running for this panel</source>
        <translation>停止本面板正在进行的评价</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>对比…</translation>
    </message>
    <message>
        <source>Add up to %1 funds to the NAV chart and the comparison table</source>
        <translation>最多添加 %1 只基金到净值图和对比表</translation>
    </message>
    <message>
        <source>Export report (PDF)…</source>
        <translation>导出报告（PDF）…</translation>
    </message>
    <message>
        <source>Export indicators (CSV)…</source>
        <translation>导出指标（CSV）…</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>业绩</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Timing &amp;&amp; factors</source>
        <translation>择时与因子</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Holdings &amp;&amp; attribution</source>
        <translation>持仓与归因</translation>
    </message>
    <message>
        <source>Ranking history</source>
        <translation>排名历史</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Monthly returns, %. Orange = gain, blue = loss (deeper = larger); last column compounds the year.</source>
        <translation>月度收益率（%）。橙色为上涨，蓝色为下跌（颜色越深幅度越大）；最后一列为全年复合收益。</translation>
    </message>
    <message>
        <source>BHB (Brinson–Hood–Beebower)</source>
        <translation>BHB（Brinson–Hood–Beebower）</translation>
    </message>
    <message>
        <source>Brinson–Fachler</source>
        <translation>Brinson–Fachler（BF）</translation>
    </message>
    <message>
        <source>No fund selected — pick one in the screener or type its code</source>
        <translation>未选择基金——请在筛选器中选择或输入基金代码</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>债券</translation>
    </message>
    <message>
        <source>%1 (100 million yuan)</source>
        <translation>%1 亿元</translation>
    </message>
    <message>
        <source>CNY %1 bn</source>
        <translation>%1 十亿元</translation>
    </message>
    <message>
        <source>not ranked (%1)</source>
        <translation>不排名（%1）</translation>
    </message>
    <message>
        <source>%1 / %2 (Q%3) since %4</source>
        <translation>%1 / %2（第%3四分位），自 %4 起</translation>
    </message>
    <message>
        <source>1M</source>
        <translation>近1月</translation>
    </message>
    <message>
        <source>3M</source>
        <translation>近3月</translation>
    </message>
    <message>
        <source>6M</source>
        <translation>近6月</translation>
    </message>
    <message>
        <source>YTD</source>
        <translation>今年以来</translation>
    </message>
    <message>
        <source>1Y</source>
        <translation>近1年</translation>
    </message>
    <message>
        <source>2Y</source>
        <translation>近2年</translation>
    </message>
    <message>
        <source>3Y</source>
        <translation>近3年</translation>
    </message>
    <message>
        <source>5Y</source>
        <translation>近5年</translation>
    </message>
    <message>
        <source>Since inception</source>
        <translation>成立以来</translation>
    </message>
    <message>
        <source>%1: not in the fund universe</source>
        <translation>%1：不在基金池中</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;b&gt;Category&lt;/b&gt; %1 · &lt;b&gt;Company&lt;/b&gt; %2 · &lt;b&gt;Managers&lt;/b&gt; %3 · &lt;b&gt;AUM&lt;/b&gt; %4 · &lt;b&gt;Inception&lt;/b&gt; %5 · &lt;b&gt;Benchmark&lt;/b&gt; %6 · &lt;b&gt;As of&lt;/b&gt; %7%8</source>
        <translation>&lt;b&gt;类型&lt;/b&gt; %1 · &lt;b&gt;基金公司&lt;/b&gt; %2 · &lt;b&gt;基金经理&lt;/b&gt; %3 · &lt;b&gt;规模&lt;/b&gt; %4 · &lt;b&gt;成立日&lt;/b&gt; %5 · &lt;b&gt;业绩基准&lt;/b&gt; %6 · &lt;b&gt;截至&lt;/b&gt; %7%8</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt;color:#c08000&apos;&gt;%1&lt;/span&gt; overall · 3Y %2 · 5Y %3 · 10Y %4</source>
        <translation>&lt;span style=&apos;font-size:14pt;color:#c08000&apos;&gt;%1&lt;/span&gt; 综合 · 3年 %2 · 5年 %3 · 10年 %4</translation>
    </message>
    <message>
        <source>Not rated: %1</source>
        <translation>未评级：%1</translation>
    </message>
    <message>
        <source>Since-inception Sharpe rank: %1&lt;br/&gt;Since-inception annualized return rank: %2 &lt;i&gt;(time-aligned)&lt;/i&gt;</source>
        <translation>成立以来夏普比率排名：%1&lt;br/&gt;成立以来年化收益排名：%2 &lt;i&gt;（时间切齐）&lt;/i&gt;</translation>
    </message>
    <message>
        <source>NAV vs benchmark (adjusted, rebased to 1)</source>
        <translation>净值与业绩基准（复权，起点归一）</translation>
    </message>
    <message>
        <source>Drawdown (underwater)</source>
        <translation>回撤（水下曲线）</translation>
    </message>
    <message>
        <source>Rolling 1-year Sharpe (left) and volatility (right)</source>
        <translation>滚动一年夏普比率（左轴）与波动率（右轴）</translation>
    </message>
    <message>
        <source>Benchmark %1</source>
        <translation>基准 %1</translation>
    </message>
    <message>
        <source>Drawdown</source>
        <translation>回撤</translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation>夏普比率</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>波动率</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Quartile</source>
        <translation>四分位</translation>
    </message>
    <message>
        <source>too few peers</source>
        <translation>同类数量不足</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t值</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>项</translation>
    </message>
    <message>
        <source>FF3 coefficient</source>
        <translation>三因子系数</translation>
    </message>
    <message>
        <source>FF5 coefficient</source>
        <translation>五因子系数</translation>
    </message>
    <message>
        <source>α (annualized)</source>
        <translation>α（年化）</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Significance: *** |t| ≥ 2.58, ** ≥ 1.96, * ≥ 1.645 (two-sided 1%, 5%, 10%). Timing: γ &gt; 0 (TM, HM) or β up − β down &gt; 0 (CL) indicates market-timing skill. Fama–French on the fund&apos;s daily excess returns over RF, since inception.</source>
        <translation>显著性：*** |t| ≥ 2.58，** ≥ 1.96，* ≥ 1.645（双侧 1%、5%、10%）。择时：γ &gt; 0（TM、HM）或上行β − 下行β &gt; 0（CL）表示具备择时能力。Fama–French 回归基于成立以来基金相对 RF 的日超额收益。</translation>
    </message>
    <message>
        <source>Holdings style box, %1</source>
        <translation>持仓风格箱，%1</translation>
    </message>
    <message>
        <source>Holdings style box</source>
        <translation>持仓风格箱</translation>
    </message>
    <message>
        <source>Returns-based (RBSA), %1</source>
        <translation>基于收益的风格（RBSA），%1</translation>
    </message>
    <message>
        <source>Returns-based (RBSA)</source>
        <translation>基于收益的风格（RBSA）</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Style drift warning&lt;/b&gt; — L1 distance %1 between holdings and RBSA styles</source>
        <translation>&lt;b&gt;⚠ 风格漂移预警&lt;/b&gt;——持仓风格与 RBSA 风格的 L1 距离为 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;✓ No style drift&lt;/b&gt; — L1 distance %1 between holdings and RBSA styles</source>
        <translation>&lt;b&gt;✓ 无风格漂移&lt;/b&gt;——持仓风格与 RBSA 风格的 L1 距离为 %1</translation>
    </message>
    <message>
        <source>no equity holdings to compare</source>
        <translation>没有可比较的股票持仓</translation>
    </message>
    <message>
        <source>&lt;b&gt;Style drift not assessed&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;未评估风格漂移&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>Rolling RBSA weights (%1-return windows every %2 returns)</source>
        <translation>滚动 RBSA 权重（每 %2 个收益率滚动一次，窗口 %1 个收益率）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concentration&lt;/b&gt; (%1): %2 stocks, %3 of NAV in stocks; top 10 %4; HHI %5 (normalized %6, %7 effective positions)</source>
        <translation>&lt;b&gt;集中度&lt;/b&gt;（%1）：%2 只股票，股票占净值 %3；前十大 %4；HHI %5（归一化 %6，有效持仓数 %7）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bonds&lt;/b&gt;: %1 of NAV; average modified duration %2 years (coverage %3); average rating %4 (coverage %5)</source>
        <translation>&lt;b&gt;债券&lt;/b&gt;：占净值 %1；平均修正久期 %2 年（覆盖 %3）；平均信用评级 %4（覆盖 %5）</translation>
    </message>
    <message>
        <source>Holdings coordinates: size %1 (0 largest … 3 smallest), value–growth %2; %3 of the stock weight classified</source>
        <translation>持仓坐标：市值 %1（0 最大 … 3 最小），价值–成长 %2；已分类股票权重 %3</translation>
    </message>
    <message>
        <source>&lt;i&gt;Outlined: the holdings&apos; cell of their weighted coordinates; the RBSA&apos;s dominant cell.&lt;/i&gt;</source>
        <translation>&lt;i&gt;粗框：持仓按加权坐标所在的格子；RBSA 占比最大的格子。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No full holdings report in the cache.</source>
        <translation>缓存中没有完整持仓报告。</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Weight (NAV)</source>
        <translation>权重（占净值）</translation>
    </message>
    <message>
        <source>Share of stocks</source>
        <translation>占股票比例</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>持仓数</translation>
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
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Market cap (bn)</source>
        <translation>市值（十亿元）</translation>
    </message>
    <message>
        <source>Value–growth</source>
        <translation>价值–成长</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>久期</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>股票</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>All %1 periods, Carino-linked</source>
        <translation>全部 %1 期（Carino 连接）</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Fund w</source>
        <translation>基金权重</translation>
    </message>
    <message>
        <source>Bench w</source>
        <translation>基准权重</translation>
    </message>
    <message>
        <source>Fund r</source>
        <translation>基金收益</translation>
    </message>
    <message>
        <source>Bench r</source>
        <translation>基准收益</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>配置效应</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选择效应</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>交互效应</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Fund weight at the start of the period (share of NAV)</source>
        <translation>期初基金权重（占净值）</translation>
    </message>
    <message>
        <source>Benchmark weight at the start of the period</source>
        <translation>期初基准权重</translation>
    </message>
    <message>
        <source>Fund&apos;s buy-and-hold return of the segment</source>
        <translation>基金在该行业的买入持有收益</translation>
    </message>
    <message>
        <source>Benchmark return of the segment</source>
        <translation>基准在该行业的收益</translation>
    </message>
    <message>
        <source>Linked total</source>
        <translation>连接合计</translation>
    </message>
    <message>
        <source>Carino-linked, %1 periods</source>
        <translation>Carino 连接，%1 期</translation>
    </message>
    <message>
        <source>Buy-and-hold of the start-of-period full holdings. Benchmark: cap-weighted market of every stock the funds reported on that date. The cache has no stock prices, so each stock earns its style-box index (bonds the bond index): selection shows the style mix inside industries. Unheld NAV is cash at 0%.</source>
        <translation>按期初完整持仓买入持有计算。基准：当日所有基金披露股票的市值加权组合。缓存中没有个股价格，因此每只股票取其风格箱对应指数的收益（债券取债券指数）：选择效应反映行业内的风格配置。未投资部分视为收益为 0% 的现金。</translation>
    </message>
    <message>
        <source>1-year Sharpe: percentile in the category at each month end (top = best)</source>
        <translation>近一年夏普比率：每月末在同类中的百分位（越靠上越好）</translation>
    </message>
    <message>
        <source>Percentile (share of peers ranked better)</source>
        <translation>百分位（排名更靠前的同类占比）</translation>
    </message>
    <message>
        <source>%1 month ends ranked of %2; bands are quartiles Q1 (top) to Q4.</source>
        <translation>%2 个月末中有 %1 个参与排名；色带为四分位 Q1（最好）至 Q4。</translation>
    </message>
    <message>
        <source>Latest: %1 / %2 (Q%3).</source>
        <translation>最新：%1 / %2（Q%3）。</translation>
    </message>
    <message>
        <source>Not ranked: %1</source>
        <translation>未排名：%1</translation>
    </message>
    <message>
        <source>Stars (overall)</source>
        <translation>综合星级</translation>
    </message>
    <message>
        <source>AUM</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Use “Compare…” to add up to %1 funds by code.</source>
        <translation>使用“对比…”按代码最多添加 %1 只基金。</translation>
    </message>
    <message>
        <source>Comparing with %1. The NAV chart shows them rebased to this fund&apos;s NAV on their first common date.</source>
        <translation>正在与 %1 对比。净值图中它们在首个共同日期与本基金净值对齐。</translation>
    </message>
    <message>
        <source>Compare funds</source>
        <translation>基金对比</translation>
    </message>
    <message>
        <source>Fund codes to compare (up to %1, separated by spaces or commas):</source>
        <translation>要对比的基金代码（最多 %1 个，用空格或逗号分隔）：</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>未对比：%1</translation>
    </message>
    <message>
        <source>No fund is shown</source>
        <translation>未显示任何基金</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The fund&apos;s evaluation is not ready yet</source>
        <translation>该基金的评价尚未完成</translation>
    </message>
    <message>
        <source>Fund evaluation report %1</source>
        <translation>基金评价报告 %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>DEMO DATA — synthetic fund, not real figures</source>
        <translation>演示数据——虚构基金，非真实数据</translation>
    </message>
    <message>
        <source>Fund evaluation report</source>
        <translation>基金评价报告</translation>
    </message>
    <message>
        <source>Rating: %1 overall (3Y %2, 5Y %3, 10Y %4), Morningstar-style MRAR within the category.</source>
        <translation>评级：综合 %1（3年 %2，5年 %3，10年 %4），同类内晨星式 MRAR 评级。</translation>
    </message>
    <message>
        <source>Time-aligned since-inception ranks — Sharpe: %1; annualized return: %2.</source>
        <translation>时间切齐的成立以来排名——夏普比率：%1；年化收益：%2。</translation>
    </message>
    <message>
        <source>For professional investors. Past performance does not predict future returns.</source>
        <translation>仅供专业投资者参考。过往业绩不预示未来表现。</translation>
    </message>
    <message>
        <source>Indicators (metric × window)</source>
        <translation>指标（指标 × 区间）</translation>
    </message>
    <message>
        <source>Timing models</source>
        <translation>择时模型</translation>
    </message>
    <message>
        <source>Fama–French regressions</source>
        <translation>Fama–French 回归</translation>
    </message>
    <message>
        <source>Monthly returns</source>
        <translation>月度收益</translation>
    </message>
    <message>
        <source>Brinson attribution (%1, %2)</source>
        <translation>Brinson 归因（%1，%2）</translation>
    </message>
    <message>
        <source>Peer-rank history</source>
        <translation>同类排名历史</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Export indicators</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Indicators written to %1</source>
        <translation>指标已写入 %1</translation>
    </message>
</context>
<context>
    <name>ws::widgets::FundManagerPanel</name>
    <message>
        <source>%1 of %2</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
    <message>
        <source>%1 … %2%</source>
        <translation>%1 … %2%</translation>
    </message>
    <message>
        <source>Fund data unavailable: %1</source>
        <translation>基金数据不可用：%1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>基金公司</translation>
    </message>
    <message>
        <source>Funds now</source>
        <translation>现任基金数</translation>
    </message>
    <message>
        <source>Funds ever</source>
        <translation>历任基金数</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>基金数</translation>
    </message>
    <message>
        <source>AUM (100m yuan)</source>
        <translation>管理规模（亿元）</translation>
    </message>
    <message>
        <source>No manager %1 in the cache.</source>
        <translation>缓存中没有基金经理 %1。</translation>
    </message>
    <message>
        <source>The fund universe is still being evaluated.</source>
        <translation>基金库仍在评估中。</translation>
    </message>
    <message>
        <source>Building the index of %1 funds …</source>
        <translation>正在构建 %1 只基金的指数…</translation>
    </message>
    <message>
        <source>%1 – %2 · annualized return &lt;b&gt;%3&lt;/b&gt; · volatility %4 · Sharpe %5 · max drawdown %6</source>
        <translation>%1 – %2 · 年化收益率 &lt;b&gt;%3&lt;/b&gt; · 波动率 %4 · 夏普比率 %5 · 最大回撤 %6</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>任职期间</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Average correlation of daily returns %1 over %2 pairs of funds (shared dates, at least %3).</source>
        <translation>%2 对基金日收益率的平均相关系数为 %1（基于共同日期，至少 %3 个）。</translation>
    </message>
    <message>
        <source>No two funds share enough dates for a correlation.</source>
        <translation>没有任何两只基金有足够的共同日期来计算相关系数。</translation>
    </message>
    <message>
        <source>%1 funds; index of %2 days, AUM-weighted while managed.</source>
        <translation>%1 只基金；指数覆盖 %2 天，任职期间按管理规模加权。</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>基金经理</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>基金公司</translation>
    </message>
    <message>
        <source>Search by name, ID or company</source>
        <translation>按姓名、ID 或基金公司搜索</translation>
    </message>
    <message>
        <source>Index (start = 1)</source>
        <translation>指数（起点 = 1）</translation>
    </message>
    <message>
        <source>Pick a manager or a company</source>
        <translation>请选择基金经理或基金公司</translation>
    </message>
</context>
<context>
    <name>ws::widgets::FundScreenerPanel</name>
    <message>
        <source>1M</source>
        <translation>近1月</translation>
    </message>
    <message>
        <source>3M</source>
        <translation>近3月</translation>
    </message>
    <message>
        <source>6M</source>
        <translation>近6月</translation>
    </message>
    <message>
        <source>YTD</source>
        <translation>今年以来</translation>
    </message>
    <message>
        <source>1Y</source>
        <translation>近1年</translation>
    </message>
    <message>
        <source>2Y</source>
        <translation>近2年</translation>
    </message>
    <message>
        <source>3Y</source>
        <translation>近3年</translation>
    </message>
    <message>
        <source>5Y</source>
        <translation>近5年</translation>
    </message>
    <message>
        <source>since inception</source>
        <translation>成立以来</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>近一个月</translation>
    </message>
    <message>
        <source>last 3 months</source>
        <translation>近三个月</translation>
    </message>
    <message>
        <source>last 6 months</source>
        <translation>近六个月</translation>
    </message>
    <message>
        <source>year to date</source>
        <translation>今年以来</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>近一年</translation>
    </message>
    <message>
        <source>last 2 years</source>
        <translation>近两年</translation>
    </message>
    <message>
        <source>last 3 years</source>
        <translation>近三年</translation>
    </message>
    <message>
        <source>last 5 years</source>
        <translation>近五年</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Fund code</source>
        <translation>基金代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Fund name</source>
        <translation>基金名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fund category; in expressions the ids equity, mixed, bond, index, qdii, money</source>
        <translation>基金类型；表达式中使用 equity、mixed、bond、index、qdii、money</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>基金公司</translation>
    </message>
    <message>
        <source>Fund management company</source>
        <translation>基金管理公司</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>业绩基准</translation>
    </message>
    <message>
        <source>Benchmark index code</source>
        <translation>业绩基准指数代码</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>基金经理</translation>
    </message>
    <message>
        <source>Current fund managers</source>
        <translation>现任基金经理</translation>
    </message>
    <message>
        <source>AUM (yuan)</source>
        <translation>规模（元）</translation>
    </message>
    <message>
        <source>Latest reported assets under management, yuan</source>
        <translation>最近披露的资产规模，元</translation>
    </message>
    <message>
        <source>AUM (100m)</source>
        <translation>规模（亿元）</translation>
    </message>
    <message>
        <source>Latest reported assets under management, 100 million yuan (亿元)</source>
        <translation>最近披露的资产规模，亿元</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>成立年限</translation>
    </message>
    <message>
        <source>Years from the first NAV to the as-of date</source>
        <translation>从首个净值日到截止日的年数</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Overall star rating (MRAR within the category, weighted over 3, 5 and 10 years)</source>
        <translation>综合星级（同类 MRAR，按 3、5、10 年加权）</translation>
    </message>
    <message>
        <source>Rating 3Y</source>
        <translation>三年评级</translation>
    </message>
    <message>
        <source>Three-year star rating</source>
        <translation>三年星级</translation>
    </message>
    <message>
        <source>Rating 5Y</source>
        <translation>五年评级</translation>
    </message>
    <message>
        <source>Five-year star rating</source>
        <translation>五年星级</translation>
    </message>
    <message>
        <source>Rating 10Y</source>
        <translation>十年评级</translation>
    </message>
    <message>
        <source>Ten-year star rating</source>
        <translation>十年星级</translation>
    </message>
    <message>
        <source>MRAR 3Y</source>
        <translation>三年 MRAR</translation>
    </message>
    <message>
        <source>Morningstar risk-adjusted return over three years (γ = 2), annualised</source>
        <translation>三年晨星风险调整收益（γ = 2），年化</translation>
    </message>
    <message>
        <source>Annualisation:</source>
        <translation>年化：</translation>
    </message>
    <message>
        <source>Risk-free rate:</source>
        <translation>无风险利率：</translation>
    </message>
    <message>
        <source>Averaging:</source>
        <translation>平均方式：</translation>
    </message>
    <message>
        <source>Deviation:</source>
        <translation>标准差：</translation>
    </message>
    <message>
        <source>Undefined when:</source>
        <translation>无定义情形：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Evaluation cancelled; Recompute starts it again.</source>
        <translation>计算已取消；点击“重新计算”可再次开始。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluating the fund universe…</source>
        <translation>正在计算基金池…</translation>
    </message>
    <message>
        <source>Filter, e.g. sharpe_3y &gt; 1 and max_drawdown_3y &lt; 0.2 and category = &quot;equity&quot;</source>
        <translation>筛选条件，例如 sharpe_3y &gt; 1 and max_drawdown_3y &lt; 0.2 and category = &quot;equity&quot;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A condition over any indicator column (metric_window, e.g. sharpe_3y, annualized_return_1y), the fund&apos;s text columns and your factors. Enter applies it; Ctrl+Space lists what fits at the cursor.&lt;/p&gt;&lt;p&gt;Operators: and or not, &amp;lt; &amp;lt;= &amp;gt; &amp;gt;= = !=, in (…), between … and …, + - * /, 20% for 0.2. Functions: abs sqrt log min max coalesce is_defined contains rank zscore.&lt;/p&gt;&lt;p&gt;A fund without a value for a column is left out by any comparison on it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;对任意指标列（指标_区间，如 sharpe_3y、annualized_return_1y）、基金文本列及自定义因子的条件。按回车应用；Ctrl+空格列出光标处可用的名称。&lt;/p&gt;&lt;p&gt;运算符：and or not、&amp;lt; &amp;lt;= &amp;gt; &amp;gt;= = !=、in (…)、between … and …、+ - * /，20% 即 0.2。函数：abs sqrt log min max coalesce is_defined contains rank zscore。&lt;/p&gt;&lt;p&gt;某列无值的基金不满足任何针对该列的比较。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Code, name or pinyin</source>
        <translation>代码、名称或拼音</translation>
    </message>
    <message>
        <source>Narrows the rows by code, part of the name or pinyin initials (e.g. HXCZ)</source>
        <translation>按代码、名称片段或拼音首字母（如 HXCZ）缩小范围</translation>
    </message>
    <message>
        <source>Only funds of one category</source>
        <translation>只显示某一类型的基金</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>因子</translation>
    </message>
    <message>
        <source>Define your own factors as expressions; each becomes a column</source>
        <translation>用表达式定义自己的因子，每个因子成为一列</translation>
    </message>
    <message>
        <source>quality = 0.5 * rank(sharpe_3y) + 0.5 * rank(-max_drawdown_3y)
momentum = zscore(cumulative_return_6m)</source>
        <translation>quality = 0.5 * rank(sharpe_3y) + 0.5 * rank(-max_drawdown_3y)
momentum = zscore(cumulative_return_6m)</translation>
    </message>
    <message>
        <source>Apply factors</source>
        <translation>应用因子</translation>
    </message>
    <message>
        <source>Apply the factors (Ctrl+Enter)</source>
        <translation>应用因子（Ctrl+回车）</translation>
    </message>
    <message>
        <source>One factor per line: name = expression. Factors may use any column and each other; rank and zscore are over the whole universe.</source>
        <translation>每行一个因子：名称 = 表达式。因子可引用任意列及其他因子；rank 与 zscore 在全部基金上计算。</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>列…</translation>
    </message>
    <message>
        <source>Choose the columns: any metric over any window, grouped by metric</source>
        <translation>选择显示的列：任意指标、任意区间，按指标分组</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the rows and columns shown to a CSV file (recorded in the audit trail)</source>
        <translation>将当前显示的行和列导出为 CSV 文件（记入审计日志）</translation>
    </message>
    <message>
        <source>Send to FOF builder</source>
        <translation>发送到 FOF 组合</translation>
    </message>
    <message>
        <source>Hand the selected funds (or the first %1 rows shown) to the FOF builder as its pool</source>
        <translation>将选中的基金（或显示的前 %1 行）作为备选池发送到 FOF 组合构建</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Evaluate the universe again from the cache (e.g. after an import)</source>
        <translation>从缓存重新计算基金池（如导入数据之后）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>These funds were generated for demonstration; they are not real funds.</source>
        <translation>这些基金为演示生成，并非真实基金。</translation>
    </message>
    <message>
        <source>The fund universe could not be evaluated: %1</source>
        <translation>无法计算基金池：%1</translation>
    </message>
    <message>
        <source>Preparing the table…</source>
        <translation>正在准备表格…</translation>
    </message>
    <message>
        <source>As of %1 · indicators computed in %2 s</source>
        <translation>截至 %1 · 指标计算用时 %2 秒</translation>
    </message>
    <message>
        <source>Each fund to its latest NAV · indicators computed in %1 s</source>
        <translation>各基金截至其最新净值 · 指标计算用时 %1 秒</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Character %1: %2</source>
        <translation>第 %1 个字符：%2</translation>
    </message>
    <message>
        <source>Line %1: write name = expression (the name in ASCII letters, digits and _)</source>
        <translation>第 %1 行：请写成 名称 = 表达式（名称由英文字母、数字和 _ 组成）</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>Screener columns</source>
        <translation>筛选器列</translation>
    </message>
    <message>
        <source>Search metrics, windows or keys</source>
        <translation>搜索指标、区间或键名</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键名</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>all windows</source>
        <translation>全部区间</translation>
    </message>
    <message>
        <source>Export screened funds</source>
        <translation>导出筛选结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n fund(s) sent to the FOF builder</source>
        <translation>
            <numerusform>已将 %n 只基金发送到 FOF 组合构建</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 funds</source>
        <translation>%1 / %2 只基金</translation>
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
    <message>
        <source>Market data</source>
        <translation>行情</translation>
    </message>
</context>
<context>
    <name>ws::widgets::MonthlyReturnsTable</name>
    <message>
        <source>Year</source>
        <translation>全年</translation>
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
    <message>
        <source>Managers and companies</source>
        <translation>基金经理与基金公司</translation>
    </message>
    <message>
        <source>Fund screener</source>
        <translation>基金筛选</translation>
    </message>
    <message>
        <source>Fund detail</source>
        <translation>基金详情</translation>
    </message>
    <message>
        <source>FOF builder</source>
        <translation>FOF 组合构建</translation>
    </message>
    <message>
        <source>Document comparison</source>
        <translation>文档比对</translation>
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
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Market data</source>
        <translation>行情</translation>
    </message>
    <message>
        <source>Demo (the built-in simulator)</source>
        <translation>演示（内置模拟器）</translation>
    </message>
    <message>
        <source>FPGA appliance (UDP multicast)</source>
        <translation>FPGA 行情加速设备（UDP 组播）</translation>
    </message>
    <message>
        <source>MDGW (SZSE Binary over TCP)</source>
        <translation>MDGW（深交所 Binary，TCP）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>FPGA appliance</source>
        <translation>FPGA 行情加速设备</translation>
    </message>
    <message>
        <source>HOST:PORT, empty for none</source>
        <translation>主机:端口，留空表示不使用</translation>
    </message>
    <message>
        <source>Multicast group A</source>
        <translation>组播组 A</translation>
    </message>
    <message>
        <source>Multicast group B</source>
        <translation>组播组 B</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Interface address</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>Recovery service</source>
        <translation>重传服务</translation>
    </message>
    <message>
        <source>MDGW (SZSE Binary)</source>
        <translation>MDGW（深交所 Binary）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>SenderCompID</source>
        <translation>SenderCompID</translation>
    </message>
    <message>
        <source>TargetCompID</source>
        <translation>TargetCompID</translation>
    </message>
    <message>
        <source>HeartBtInt</source>
        <translation>HeartBtInt</translation>
    </message>
    <message>
        <source>OK reconnects at once: the panels start afresh from the new source. Options given on the command line (--market-data, --appliance, --mdgw, …) override these settings for that run.</source>
        <translation>点击“确定”后立即重新连接：各面板从新行情源重新开始。命令行选项（--market-data、--appliance、--mdgw 等）在该次运行中优先于这些设置。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>行情源</translation>
    </message>
    <message>
        <source>The recovery service &apos;%1&apos; is not HOST:PORT (a port of 1 to 65535).</source>
        <translation>重传服务“%1”不是“主机:端口”格式（端口 1 到 65535）。</translation>
    </message>
    <message>
        <source>Low latency: one core busy-polls the feed and updates the books itself</source>
        <translation>低延迟：由一个 CPU 核心忙轮询行情并直接更新订单簿</translation>
    </message>
    <message>
        <source>No hand-over between threads and no wake-up: the lowest latency from the network to the book, for a core kept at 100 %. For a desktop with cores to spare, not for a laptop on battery.</source>
        <translation>线程之间无交接、无唤醒：从网络到订单簿的延迟最低，代价是一个核心持续满载。适用于有富余核心的台式机，不适合使用电池的笔记本。</translation>
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
    <name>ws::widgets::StyleBoxWidget</name>
    <message>
        <source>Small</source>
        <translation>小盘</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大盘</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>中盘</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Blend</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>成长</translation>
    </message>
    <message>
        <source>No holdings to classify</source>
        <translation>无可分类的持仓</translation>
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
