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
    <name>ws::documents</name>
    <message>
        <source>full-width and half-width forms equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whitespace ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter case ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supported document (PDF, DOCX, text, Markdown, HTML or an image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to compare as text (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither text (UTF-8, UTF-16 or GB18030) nor a supported document format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no text to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated or fails its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: its ZIP directory cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a ZIP archive but not a Word document (no word/document.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is not well-formed XML (line %3, column %4: %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted: enter its password to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs OCR, but OCR is not available (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a supported format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (page %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 pages; documents of more than %3 pages are not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text layer (it is probably a scan). Turn on OCR to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text layer and needs OCR, but OCR is not available: %2. Install the tesseract-ocr and tesseract-ocr-chi-sim packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 has no text layer and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR is not available (%1): pages without a text layer were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 was read by OCR with a mean confidence of %2%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an image and needs OCR, but OCR is not available: %2. Install the tesseract-ocr and tesseract-ocr-chi-sim packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image was read by OCR with a mean confidence of %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document comparison report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::documents::Builder</name>
    <message>
        <source>Document comparison report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalisations on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes with a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison was cancelled: the list below is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried over from the comparison with an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(material)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A, page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B, page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits inside the moved block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced in version v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents compare as identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced in version v%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::funds</name>
    <message>
        <source>the cache is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fewer than two values in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 fields, the header has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: unknown column &apos;%2&apos; (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: column &apos;%2&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: no &apos;%2&apos; column (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code, name and category must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the inception date &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fund %1 appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fund &apos;%1&apos; (import the fund master first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the date &apos;%1&apos; (expected yyyy-MM-dd or yyyyMMdd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAVs must be positive numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the NAVs of %2 are not in date order; sorted them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: duplicate date %3 for %4 (also on line %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: adjusted NAVs of %2 derived from unit and accumulated NAVs, based at %3 (rows already in the cache keep theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty index code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be one of %1, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index level must be a positive number, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the value &apos;%1&apos; as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate date %1 for %2 (also on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading NAVs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NAV history inside the manager&apos;s spells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; (expected the header date,nav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;date&apos; column (expected the header date,nav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;nav&apos; column (expected the header date,nav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the NAV &apos;%1&apos; as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAV must be positive, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty file (expected the header date,nav and at least two rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: dates are not in ascending order (%3 after %4); sorted them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate date %1 (also on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data rows after the header (at least two are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one NAV row (at least two are needed for a return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have %3 date(s) in common; at least two are needed (misaligned benchmark?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of its %3 dates are not in %4 and are left out of the benchmark-relative metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of its dates within the fund&apos;s range are not in %3 and are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than %1 funds of the category cover the window (%2): no ranking (CSRC rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric is undefined for this fund over the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NAV history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>younger than %1 months: no ranking (CSRC rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NAV at the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fund&apos;s history does not cover the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money-market funds are evaluated on yield, not star-rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NAV in the rating month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months of history; %2 are needed to be rated (CSRC rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than %1 funds of the category can be rated (%2): no rating (CSRC rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bounds have %1 lower and %2 upper entries for %3 funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The covariance matrix is %1×%2, not square and non-empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The covariance matrix has a NaN or infinite entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return matrix has no funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returns are too few to estimate a covariance (at least 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return matrix has a NaN or infinite entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods per year must be positive, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal weight needs at least one fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expected returns for a %2×%2 covariance matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected returns have a NaN or infinite entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk aversion must be positive and finite, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk parity needs a positive variance for every fund; fund %1 has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk parity did not converge (risk contributions differ from 1/n by %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 market weights for %2 funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The market weights must be finite and sum to 1 (they sum to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black–Litterman needs a positive risk aversion δ and τ (given %1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1 needs %2 finite pick weights, not all zero, and a finite Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1 has uncertainty %2; it must be zero or positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The views are redundant (τPΣPᵀ + Ω is singular): a certain view repeats another or picks a combination without risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool has no funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-test needs a start date on or before its end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction cost must be zero or positive, not %1 bp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-back window needs at least 2 returns, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carry-forward limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the NAV series needs ascending dates and positive, finite NAVs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool has fewer than two NAV dates between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no NAV on or before the start date %2 (its first NAV is on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no NAV for %2 consecutive dates up to %3 (more than %4 carried forward).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last NAV carried forward on %2 dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 returns before the rebalance on %3; the look-back needs %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FOF&apos;s NAV fell to %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem has no variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatched sizes: H is %1×%2, c has %3, lower %4 and upper %5 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H has a NaN or infinite entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c has a NaN or infinite entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bounds of variable %1 are NaN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable %1 has lower bound %2 above its upper bound %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable %1 has no finite value within its bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infeasible: the lower bounds sum to %1, above 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infeasible: the upper bounds sum to %1, below 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H is not positive semidefinite (eigenvalue %1, largest %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active-set method did not converge in %1 iterations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective is unbounded below on the feasible set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the report date &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be top10 or full, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset_class must be stock or bond, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty security code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight must be a fraction of NAV of 0 or more, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>market_cap, value_score and duration must be numbers when given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice in %2&apos;s report of %3 (also on line %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM must be a number of yuan, 0 or more, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager_id and name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the dates &apos;%1&apos; / &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spell ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::funds::Category</name>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QDII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money market</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::funds::FundUniverse</name>
    <message>
        <source>the fund universe could not be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::funds::MetricCard</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× √P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e = r − rf_p, rf_p = (1 + rf)^(1/P) − 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on both sides: e_p = r_p − rf_p, e_b = r_b − rf_p, rf_p = (1 + rf)^(1/P) − 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometric (compounded NAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample, ddof = 1, two-pass (mean first, then squared deviations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLS with intercept, K = 1 regressor; s² = SSR / (n − 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLS with intercept, K = 2 regressors; s² = SSR / (n − 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intercept × P (arithmetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (a slope has no time unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (a t-statistic does not change when α is scaled by P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: γ is in per-period units (γ·e_b² is a per-period return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than K + 2 shared returns, a regressor constant up to rounding, or regressors collinear (condition number of their correlation matrix above 1e10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the regression; also when the residuals are zero up to rounding (perfect fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the dates the fund and the benchmark share inside the window (inner join of the NAVs; returns between consecutive shared dates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nav_n / nav_0 − 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nav_0 is the window&apos;s base NAV (its start date), nav_n the NAV on its end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annualized return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nav_n / nav_0)^(P / n) − 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exponent P / n, n = number of returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts periods, not calendar days (the quantstats #458 bug). A window shorter than a year is extrapolated to a year by compounding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annualized volatility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std(r, ddof = 1) · √P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n &lt; 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple returns r_t = nav_t / nav_(t−1) − 1, not log returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(e) / std(e, ddof = 1) · √P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× √P (mean × P over std × √P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n &lt; 2, or std(r) zero up to rounding (at most 64·ε·(1 + max abs(r)))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rf is an annual rate, converted per period (never passed per period by mistake, empyrical #108); std(e) = std(r) because rf_p is constant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downside deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqrt(mean(min(e, 0)²)) · √P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target (MAR) = rf_p; e = r − rf_p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divides by n, all periods (the &quot;full&quot; method), not by the number of shortfalls; not demeaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods above the target count as zero shortfall; they are not dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sortino ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(e) · P / downside_deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean × P over the downside deviation (itself × √P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as downside_deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the downside deviation is zero up to rounding (no period below rf_p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the standard deviation of the negative returns only (the pyfolio #158 bug).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max over t of (1 − nav_t / max_(s ≤ t) nav_s), on the window&apos;s NAV path from nav_0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (0 when the NAV never fell below an earlier high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A positive fraction. Reported with max_drawdown_peak (the last date at the high-water mark before the trough), max_drawdown_trough and max_drawdown_recovery (the first date with nav ≥ the peak&apos;s NAV; null while unrecovered). Of equal depths the first is reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum drawdown duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods from the peak to the recovery, or to the window&apos;s last date while unrecovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no drawdown (max_drawdown = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in periods (returns), like n. An ongoing drawdown counts up to the end of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum drawdown recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods from the trough to the recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no drawdown, or not recovered by the end of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in periods (returns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calmar ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annualized_return / max_drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that of annualized_return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_drawdown = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator and denominator over the same window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count(r_t &gt; 0) / n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used: compared with 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of periods with a strictly positive return; a zero return is not a win. The source&apos;s 盈利比率 in its per-period reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical VaR 95%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−Q(r, 0.05); Q(r, q) = r_(k) + (h − k)·(r_(k+1) − r_(k)), h = (n − 1)·q, k = floor(h), r_(0) ≤ … ≤ r_(n−1) the sorted returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a one-period loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear interpolation between order statistics, as numpy&apos;s default quantile. Positive means a loss; negative when even the 5% quantile is a gain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical CVaR 95%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−mean(r_t : r_t ≤ Q(r, 0.05))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain mean of every return at or below the interpolated 5% quantile (never empty: the lowest return qualifies), without fractional weight for the boundary observation. Positive means a loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skewness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G1 = g1 · sqrt(n(n − 1)) / (n − 2), g1 = m3 / m2^(3/2), m_k = mean((r − mean(r))^k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample-adjusted (adjusted Fisher–Pearson, as Excel SKEW and pandas skew)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n &lt; 3, or std(r) zero up to rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the simple returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excess kurtosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G2 = ((n + 1)·g2 + 6)·(n − 1) / ((n − 2)(n − 3)), g2 = m4 / m2² − 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample-adjusted excess kurtosis (as Excel KURT and pandas kurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n &lt; 4, or std(r) zero up to rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excess: about 0 for normally distributed returns, not 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jensen&apos;s alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α · P, from the OLS e_p = α + β·e_b + ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha t-statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α / se(α), se from s²·(XᵀX)⁻¹ of the same OLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β of the OLS e_p = α + β·e_b + ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-squared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 − SSR / SST of the OLS e_p = α + β·e_b + ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the regression; also when e_p is constant up to rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std(r_p − r_b, ddof = 1) · √P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used (it cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than 2 shared returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(r_p − r_b) · P / tracking_error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean × P over the tracking error (itself × √P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than 2 shared returns, or a tracking error zero up to rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treynor ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(e_p) · P / β</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic annual excess return: mean × P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β undefined, or abs(β) ≤ 1e-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(r_p,t : r_b,t &gt; 0) / mean(r_b,t : r_b,t &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shared period with r_b &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic means of plain returns over the periods the benchmark rose (1 = moved with it); not Morningstar&apos;s geometric version. On the shared dates inside the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(r_p,t : r_b,t &lt; 0) / mean(r_b,t : r_b,t &lt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shared period with r_b &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below 1 is better. Periods with r_b = 0 count in neither capture. On the shared dates inside the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treynor–Mazuy alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α · P, from the OLS e_p = α + β·e_b + γ·e_b² + ε (Treynor and Mazuy, 1966)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treynor–Mazuy beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β of the Treynor–Mazuy OLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treynor–Mazuy timing gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ of the Treynor–Mazuy OLS; γ &gt; 0 indicates timing skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treynor–Mazuy gamma t-statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ / se(γ), se from s²·(XᵀX)⁻¹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henriksson–Merton alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α · P, from the OLS e_p = α + β·e_b + γ·max(0, −e_b) + ε (Henriksson and Merton, 1981)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henriksson–Merton beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β of the Henriksson–Merton OLS: the up-market beta; the down-market beta is β − γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henriksson–Merton timing gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ of the Henriksson–Merton OLS; γ &gt; 0 indicates timing skill (a lower beta when the market falls, like a protective put)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The put form of the 1981 paper. Some texts (the source&apos;s §2.1 among them) write γ·max(0, e_b); since max(0, e_b) = e_b + max(0, −e_b), α, γ and γ&apos;s t-statistic are the same in both forms and only β changes meaning (it is then the down-market beta). On the shared dates inside the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Henriksson–Merton gamma t-statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chang–Lewellen alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α · P, from the OLS e_p = α + β_down·min(0, e_b) + β_up·max(0, e_b) + ε (Chang and Lewellen, 1984)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chang–Lewellen down-market beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β_down of the Chang–Lewellen OLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chang–Lewellen up-market beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β_up of the Chang–Lewellen OLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chang–Lewellen timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β_up − β_down; &gt; 0 indicates timing skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chang–Lewellen timing t-statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(β_up − β_down) / sqrt(Var(β_up) + Var(β_down) − 2·Cov(β_up, β_down)), from s²·(XᵀX)⁻¹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(r_t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best single-period return (a day for daily NAVs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min(r_t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst single-period return, as a (negative) return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain/loss ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(r_t : r_t &gt; 0) / mean(−r_t : r_t &lt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no positive or no negative return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average gain over the average loss (payoff ratio); zero returns count as neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omega ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ max(e_t, 0) / Σ max(−e_t, 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period below the risk-free rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keating–Shadwick Omega at the threshold rf_p: probability-weighted gains over losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q(r, 0.95) / −Q(r, 0.05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n &lt; 2, or Q(r, 0.05) ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right tail over the left, with the interpolated quantiles of var_95; above 1 when large gains outweigh large losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean(dd_t), dd_t = 1 − nav_t / max(nav_0 … nav_t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain index: the drawdown averaged over the window&apos;s n periods (0 at new highs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulcer index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqrt(mean(dd_t²))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Martin&apos;s ulcer index: the root mean square drawdown over the n periods; deep and long drawdowns weigh most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Martin ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(annualized_return − rf) / ulcer_index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annual rate rf, subtracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ulcer_index = 0 (no drawdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulcer performance index: excess return per unit of ulcer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::funds::Metrics</name>
    <message>
        <source>between 1 and %1 factors are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no factor column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regression is undefined on %1 aligned returns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::funds::Portfolio</name>
    <message>
        <source>Equal weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean-variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black–Litterman</source>
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
    <message>
        <source>The simulator did not say where it publishes within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator ended (exit code %1) before it published: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the simulated trading day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator %1 is not an executable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator ended (exit code %1) before it published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::md::MarketDataSettings</name>
    <message>
        <source>%1 %2 is out of range: a port is %3 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be 1 to 20 ASCII characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an IPv4 multicast group (224.0.0.0 to 239.255.255.255).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface address &apos;%1&apos; is not an IPv4 address of this machine&apos;s interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery service needs a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MDGW host &apos;%1&apos; is not a host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MDGW port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SenderCompID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TargetCompID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeartBtInt %1 is out of range: 1 to 3600 seconds.</source>
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
    <name>ws::widgets</name>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document comparison report: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 · B %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer failed</source>
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
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
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
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
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
        <translation>
            <numerusform>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔&lt;/span&gt; Chain intact: %n row, head %1…</numerusform>
            <numerusform>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔&lt;/span&gt; Chain intact: %n rows, head %1…</numerusform>
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
    <name>ws::widgets::ChangeListModel</name>
    <message>
        <source>material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version whose step made this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced in</source>
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
    <name>ws::widgets::ComparisonView</name>
    <message>
        <source>change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from the comparison (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual difference on page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %n change(s)</source>
        <translation>
            <numerusform>Page %1: %n change</numerusform>
            <numerusform>Page %1: %n changes</numerusform>
        </translation>
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
        <translation>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;▲&lt;/span&gt; %n unacknowledged alert</numerusform>
            <numerusform>&lt;span style=&apos;color:#c62828&apos;&gt;▲&lt;/span&gt; %n unacknowledged alerts</numerusform>
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
        <translation>
            <numerusform>Queue at bid 1 (%n order)</numerusform>
            <numerusform>Queue at bid 1 (%n orders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue at ask 1 (%n order(s))</source>
        <translation>
            <numerusform>Queue at ask 1 (%n order)</numerusform>
            <numerusform>Queue at ask 1 (%n orders)</numerusform>
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
    <name>ws::widgets::DocumentComparePanel</name>
    <message>
        <source>Reading %1… page %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1… %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open A…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the earlier version (A); you can also drop files on the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open B…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the later version (B); you can also drop files on the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read both files and compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the comparison ignores, and how files are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore full-width / half-width differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect moved paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR scanned pages (pages without a text layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the redline report as PDF or HTML (by the file extension); the export is recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the documents as rendered pages or as reflowed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom (Ctrl+wheel on the pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll both sides together, keeping unchanged text side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the rendered pages as pictures as well (seals, signatures, images, tables drawn as graphics); needs two PDFs or images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw rectangles on a page to leave that area out of the comparison; zones are kept in the chosen template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion template (per document type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save zones as a new template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drawn zone applies to every page (off: only to the page it was drawn on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes touching numbers, amounts, percentages, dates or party names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change (Shift+F8, Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change (F8, Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the change (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the change as a question (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the change (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on this change (saved when you leave the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: no file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: no file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Open version A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open version B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.md *.markdown *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two files to compare (Open A… and Open B…, or drop them on the panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is not correct. Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted. Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on OCR in Options to read scanned pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was compared; the previous comparison (if any) is still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual compare… page %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier decisions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n material</source>
        <translation>
            <numerusform>%n material</numerusform>
            <numerusform>%n material</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) with visual differences</source>
        <translation>
            <numerusform>%n page with visual differences</numerusform>
            <numerusform>%n pages with visual differences</numerusform>
        </translation>
    </message>
    <message>
        <source>so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save exclusion template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type (template name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete exclusion template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the exclusion template “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual compare needs two PDFs or images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two files before exporting a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a chain of versions (v0 → v1 → v2 …): add the versions between A and B, choose any two, and see which version introduced each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version compared as A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version compared as B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the changes introduced by one version of the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions in order, earliest first (drag to reorder, or drop files here). Any two of them are compared; the versions between show which one introduced each change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary: pages 1–%1 of A and 1–%2 of B compared…</source>
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
    <message>
        <source>Starting the demo feed (a simulated trading day)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low latency: receive and book on one busy-polling thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 events/s, %3 events applied · queue %4 (high water %5) · producer waits %6 · %7 exchange snapshots · %8 publications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::FofBuilderPanel</name>
    <message>
        <source>Export the FOF back-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Universe: %1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund universe could not be evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOF builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fund by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected funds from the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
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
        <source>First NAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower weight bound of the fund (bounded models only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper weight bound of the fund (bounded models only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s weight at the last rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drifted weight on the last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk aversion λ of mean-variance (δ of Black–Litterman): higher holds less risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black–Litterman τ: the uncertainty of the equilibrium prior, τΣ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (buy and hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semi-annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns of the estimation window ending on each rebalance date (252 ≈ one year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged on the traded weight Σ|target − drifted| at each rebalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index the relative metrics (alpha, beta, capture, timing) compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black–Litterman views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund A outperforms fund B (or returns, when versus is empty) by the given annual return. Confidence 100% is a certain view; 50% weighs it like the prior (Ω = τ·pᵀΣp·(1 − c)/c, Σ from the look-back before the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run back-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the FOF&apos;s daily NAV, the equal-weight reference and the daily weights to a CSV file (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the back-test; its result is discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add funds to the pool (or send them from the fund screener), choose the dates and a model, and run the back-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fund(s) in the universe</source>
        <translation>
            <numerusform>%n fund in the universe</numerusform>
            <numerusform>%n funds in the universe</numerusform>
        </translation>
    </message>
    <message>
        <source>No fund %1 in the universe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool holds at most %1 funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (absolute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NAV history for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Back-testing %n fund(s)…</source>
        <translation>
            <numerusform>Back-testing %n fund…</numerusform>
            <numerusform>Back-testing %n funds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOF NAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal-weight FOF NAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;NAV %1&lt;/b&gt; · return %2 · annualised %3 · volatility %4 · max drawdown %5 · Sharpe %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rebalance(s) after the initial purchase · turnover %1 · cost %2 bp of the initial NAV</source>
        <translation>
            <numerusform>%n rebalance after the initial purchase · turnover %1 · cost %2 bp of the initial NAV</numerusform>
            <numerusform>%n rebalances after the initial purchase · turnover %1 · cost %2 bp of the initial NAV</numerusform>
        </translation>
    </message>
    <message>
        <source>Equal-weight FOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOF (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAV (1 at the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (bp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drifted to %1 before the trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::FundDetailPanel</name>
    <message>
        <source>Large value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large blend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid blend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small blend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annualization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefined when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than %1 returns shared with the style indices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no full holdings report to attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache has no style indices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating the fund universe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the evaluation running for this panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add up to %1 funds to the NAV chart and the comparison table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export indicators (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing &amp;&amp; factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings &amp;&amp; attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly returns, %. Orange = gain, blue = loss (deeper = larger); last column compounds the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BHB (Brinson–Hood–Beebower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brinson–Fachler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fund selected — pick one in the screener or type its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (100 million yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY %1 bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ranked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (Q%3) since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since inception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in the fund universe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Category&lt;/b&gt; %1 · &lt;b&gt;Company&lt;/b&gt; %2 · &lt;b&gt;Managers&lt;/b&gt; %3 · &lt;b&gt;AUM&lt;/b&gt; %4 · &lt;b&gt;Inception&lt;/b&gt; %5 · &lt;b&gt;Benchmark&lt;/b&gt; %6 · &lt;b&gt;As of&lt;/b&gt; %7%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt;color:#c08000&apos;&gt;%1&lt;/span&gt; overall · 3Y %2 · 5Y %3 · 10Y %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since-inception Sharpe rank: %1&lt;br/&gt;Since-inception annualized return rank: %2 &lt;i&gt;(time-aligned)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAV vs benchmark (adjusted, rebased to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawdown (underwater)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling 1-year Sharpe (left) and volatility (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FF3 coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FF5 coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α (annualized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significance: *** |t| ≥ 2.58, ** ≥ 1.96, * ≥ 1.645 (two-sided 1%, 5%, 10%). Timing: γ &gt; 0 (TM, HM) or β up − β down &gt; 0 (CL) indicates market-timing skill. Fama–French on the fund&apos;s daily excess returns over RF, since inception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings style box, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings style box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns-based (RBSA), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns-based (RBSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Style drift warning&lt;/b&gt; — L1 distance %1 between holdings and RBSA styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;✓ No style drift&lt;/b&gt; — L1 distance %1 between holdings and RBSA styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no equity holdings to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Style drift not assessed&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling RBSA weights (%1-return windows every %2 returns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Concentration&lt;/b&gt; (%1): %2 stocks, %3 of NAV in stocks; top 10 %4; HHI %5 (normalized %6, %7 effective positions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bonds&lt;/b&gt;: %1 of NAV; average modified duration %2 years (coverage %3); average rating %4 (coverage %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings coordinates: size %1 (0 largest … 3 smallest), value–growth %2; %3 of the stock weight classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Outlined: the holdings&apos; cell of their weighted coordinates; the RBSA&apos;s dominant cell.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No full holdings report in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (NAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of stocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings</source>
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
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market cap (bn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value–growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 periods, Carino-linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bench w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bench r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund weight at the start of the period (share of NAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark weight at the start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund&apos;s buy-and-hold return of the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark return of the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carino-linked, %1 periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy-and-hold of the start-of-period full holdings. Benchmark: cap-weighted market of every stock the funds reported on that date. The cache has no stock prices, so each stock earns its style-box index (bonds the bond index): selection shows the style mix inside industries. Unheld NAV is cash at 0%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-year Sharpe: percentile in the category at each month end (top = best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile (share of peers ranked better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 month ends ranked of %2; bands are quartiles Q1 (top) to Q4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1 / %2 (Q%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars (overall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “Compare…” to add up to %1 funds by code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with %1. The NAV chart shows them rebased to this fund&apos;s NAV on their first common date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund codes to compare (up to %1, separated by spaces or commas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fund is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund&apos;s evaluation is not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund evaluation report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA — synthetic fund, not real figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating: %1 overall (3Y %2, 5Y %3, 10Y %4), Morningstar-style MRAR within the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-aligned since-inception ranks — Sharpe: %1; annualized return: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For professional investors. Past performance does not predict future returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators (metric × window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fama–French regressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brinson attribution (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer-rank history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::FundManagerPanel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund data unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM (100m yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manager %1 in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund universe is still being evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the index of %1 funds …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 · annualized return &lt;b&gt;%3&lt;/b&gt; · volatility %4 · Sharpe %5 · max drawdown %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average correlation of daily returns %1 over %2 pairs of funds (shared dates, at least %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two funds share enough dates for a correlation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 funds; index of %2 days, AUM-weighted while managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, ID or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (start = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a manager or a company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::FundScreenerPanel</name>
    <message>
        <source>1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since inception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund category; in expressions the ids equity, mixed, bond, index, qdii, money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund management company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark index code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current fund managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest reported assets under management, yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM (100m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest reported assets under management, 100 million yuan (亿元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years from the first NAV to the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall star rating (MRAR within the category, weighted over 3, 5 and 10 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating 3Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-year star rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating 5Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five-year star rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating 10Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten-year star rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRAR 3Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morningstar risk-adjusted return over three years (γ = 2), annualised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annualisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk-free rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averaging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefined when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cancelled; Recompute starts it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluating the fund universe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter, e.g. sharpe_3y &gt; 1 and max_drawdown_3y &lt; 0.2 and category = &quot;equity&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A condition over any indicator column (metric_window, e.g. sharpe_3y, annualized_return_1y), the fund&apos;s text columns and your factors. Enter applies it; Ctrl+Space lists what fits at the cursor.&lt;/p&gt;&lt;p&gt;Operators: and or not, &amp;lt; &amp;lt;= &amp;gt; &amp;gt;= = !=, in (…), between … and …, + - * /, 20% for 0.2. Functions: abs sqrt log min max coalesce is_defined contains rank zscore.&lt;/p&gt;&lt;p&gt;A fund without a value for a column is left out by any comparison on it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, name or pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrows the rows by code, part of the name or pinyin initials (e.g. HXCZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only funds of one category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define your own factors as expressions; each becomes a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality = 0.5 * rank(sharpe_3y) + 0.5 * rank(-max_drawdown_3y)
momentum = zscore(cumulative_return_6m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the factors (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One factor per line: name = expression. Factors may use any column and each other; rank and zscore are over the whole universe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns: any metric over any window, grouped by metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows and columns shown to a CSV file (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to FOF builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the selected funds (or the first %1 rows shown) to the FOF builder as its pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the universe again from the cache (e.g. after an import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These funds were generated for demonstration; they are not real funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund universe could not be evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 · indicators computed in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each fund to its latest NAV · indicators computed in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: write name = expression (the name in ASCII letters, digits and _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screener columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search metrics, windows or keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export screened funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fund(s) sent to the FOF builder</source>
        <translation>
            <numerusform>%n fund sent to the FOF builder</numerusform>
            <numerusform>%n funds sent to the FOF builder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 funds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::HeatmapPanel</name>
    <message numerus="yes">
        <source>Last %n minute(s)</source>
        <translation>
            <numerusform>Last %n minute</numerusform>
            <numerusform>Last %n minutes</numerusform>
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
        <translation>
            <numerusform>%n sample, one per %1 s of trading time; last price %2</numerusform>
            <numerusform>%n samples, one per %1 s of trading time; last price %2</numerusform>
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
        <translation>
            <numerusform>Audit trail verified: %n row, chain intact</numerusform>
            <numerusform>Audit trail verified: %n rows, chain intact</numerusform>
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
    <message>
        <source>Market data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ws::widgets::MonthlyReturnsTable</name>
    <message>
        <source>Year</source>
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
    <message>
        <source>Managers and companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund screener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOF builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document comparison</source>
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
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
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
        <translation>
            <numerusform>%n security</numerusform>
            <numerusform>%n securities</numerusform>
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
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (the built-in simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPGA appliance (UDP multicast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDGW (SZSE Binary over TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPGA appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT, empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast group A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast group B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDGW (SZSE Binary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SenderCompID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TargetCompID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeartBtInt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK reconnects at once: the panels start afresh from the new source. Options given on the command line (--market-data, --appliance, --mdgw, …) override these settings for that run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery service &apos;%1&apos; is not HOST:PORT (a port of 1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low latency: one core busy-polls the feed and updates the books itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hand-over between threads and no wake-up: the lowest latency from the network to the book, for a core kept at 100 %. For a desktop with cores to spare, not for a laptop on battery.</source>
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
    <name>ws::widgets::StyleBoxWidget</name>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holdings to classify</source>
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
        <translation>
            <numerusform>%1 of %n tick</numerusform>
            <numerusform>%1 of %n ticks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tick(s) arrived too fast to show</source>
        <translation>
            <numerusform>%n tick arrived too fast to show</numerusform>
            <numerusform>%n ticks arrived too fast to show</numerusform>
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
        <translation>
            <numerusform>%n security</numerusform>
            <numerusform>%n securities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n book(s) invalid</source>
        <translation>
            <numerusform>%n book invalid</numerusform>
            <numerusform>%n books invalid</numerusform>
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
