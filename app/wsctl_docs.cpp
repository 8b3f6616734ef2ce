// wsctl docs: document comparison from the command line (issue #5). `docs diff` compares two files
// as the panel does and prints the changes (JSON with --json) or writes the redline report;
// `docs bench` times the diff engine on a generated 300-page pair and the visual page compare.
#include "WsctlCli.h"
#include "audit/AuditTrail.h"
#include "core/BuildInfo.h"
#include "documents/Corpus.h"
#include "documents/DocDiff.h"
#include "documents/DocumentLoader.h"
#include "documents/Report.h"
#include "documents/ReportPdf.h"
#include "documents/ReviewStore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>

#include "documents/PdfSource.h"
#include "documents/VisualCompare.h"

#include <algorithm>

namespace ws::cli {

namespace {

using namespace ws::documents;

QJsonObject fileJson(const Document& document)
{
    QJsonArray warnings;
    for (const QString& w : document.warnings)
        warnings.append(w);
    return QJsonObject{
        {QStringLiteral("path"), QFileInfo(document.file.path).absoluteFilePath()},
        {QStringLiteral("name"), document.file.fileName},
        {QStringLiteral("size"), static_cast<double>(document.file.size)},
        {QStringLiteral("sha256"), document.file.sha256Hex()},
        {QStringLiteral("format"), formatName(document.format)},
        {QStringLiteral("pages"), document.pageCount()},
        {QStringLiteral("paragraphs"), static_cast<double>(document.paragraphs.size())},
        {QStringLiteral("warnings"), warnings},
    };
}

// `versionNames`: the file name of each version of a chain (empty for a plain pair).
QJsonObject changeJson(const Change& change, const QStringList& versionNames)
{
    QJsonObject o{
        {QStringLiteral("index"), change.index},
        {QStringLiteral("type"), changeTypeKey(change.type)},
        {QStringLiteral("material"), change.material},
        {QStringLiteral("material_kinds"), QJsonArray::fromStringList(change.materialKinds)},
        {QStringLiteral("a_text"), change.aText},
        {QStringLiteral("b_text"), change.bText},
        {QStringLiteral("a_page"), change.aPage},
        {QStringLiteral("b_page"), change.bPage},
        {QStringLiteral("a_context"), change.aContext},
        {QStringLiteral("b_context"), change.bContext},
    };
    if (change.type == ChangeType::Move) {
        QJsonArray edits;
        for (const InnerEdit& e : change.innerEdits)
            edits.append(QJsonObject{{QStringLiteral("type"), changeTypeKey(e.type)},
                                     {QStringLiteral("a_text"), e.aText},
                                     {QStringLiteral("b_text"), e.bText},
                                     {QStringLiteral("material"), e.material}});
        o.insert(QStringLiteral("inner_edits"), edits);
    }
    if (change.introducedIn >= 0 && change.introducedIn < versionNames.size())
        o.insert(QStringLiteral("introduced_in"),
                 QJsonObject{{QStringLiteral("index"), change.introducedIn},
                             {QStringLiteral("file"), versionNames[change.introducedIn]}});
    return o;
}

QJsonObject summaryJson(const DiffResult& result)
{
    const DiffSummary& s = result.summary;
    return QJsonObject{
        {QStringLiteral("inserts"), s.inserts},
        {QStringLiteral("deletes"), s.deletes},
        {QStringLiteral("replaces"), s.replaces},
        {QStringLiteral("moves"), s.moves},
        {QStringLiteral("punctuation"), s.punctuation},
        {QStringLiteral("material"), s.material},
        {QStringLiteral("total"), s.total()},
        {QStringLiteral("normalisations"), QJsonArray::fromStringList(result.options.enabledNames())},
        {QStringLiteral("tokens_a"), static_cast<double>(result.tokensA)},
        {QStringLiteral("tokens_b"), static_cast<double>(result.tokensB)},
    };
}

// One line per change for people: the texts shortened, newlines shown as ¶.
QString shortText(const QString& text)
{
    constexpr int kMax = 60;
    QString t = text;
    t.replace(QLatin1Char('\n'), QStringLiteral("¶"));
    return t.size() > kMax ? t.left(kMax - 1) + QStringLiteral("…") : t;
}

// `middle`: the versions between A and B of a chain (empty for a plain pair); A is v0, B is vn.
void printReadable(const Document& a, const std::vector<const Document*>& middle, const Document& b,
                   const DiffResult& result, const QStringList& versionNames, double elapsedMs)
{
    const auto file = [](const QString& side, const Document& d) {
        out() << side << ": " << d.file.fileName << "  (" << d.file.size << " bytes, "
              << formatName(d.format);
        if (d.hasPages())
            out() << ", " << d.pageCount() << " pages";
        out() << ")\n   sha256 " << d.file.sha256Hex() << "\n";
        for (const QString& w : d.warnings)
            out() << "   warning: " << w << "\n";
    };
    file(QStringLiteral("A"), a);
    for (std::size_t v = 0; v < middle.size(); ++v)
        file(QStringLiteral("v%1").arg(v + 2), *middle[v]); // versions count from 1: A is v1
    file(QStringLiteral("B"), b);
    if (!middle.empty())
        out() << "chain: A = v1, B = v" << middle.size() + 2 << "\n";
    const QStringList normalisations = result.options.enabledNames();
    out() << "normalisations: "
          << (normalisations.isEmpty() ? QStringLiteral("none") : normalisations.join(QStringLiteral(", ")))
          << "\n";
    const DiffSummary& s = result.summary;
    out() << s.total() << " changes: " << s.inserts << " insertions, " << s.deletes << " deletions, "
          << s.replaces << " replacements, " << s.moves << " moves, " << s.punctuation
          << " punctuation-only; " << s.material << " material\n";
    int number = 0;
    for (const Change& c : result.changes) {
        out() << QStringLiteral("%1  %2 ").arg(++number, 4).arg(changeTypeKey(c.type), -11);
        if (c.aPage > 0 || c.bPage > 0)
            out() << QStringLiteral("A p.%1 B p.%2  ").arg(c.aPage).arg(c.bPage);
        if (c.type == ChangeType::Insert)
            out() << "+ \"" << shortText(c.bText) << "\"";
        else if (c.type == ChangeType::Delete)
            out() << "- \"" << shortText(c.aText) << "\"";
        else
            out() << "\"" << shortText(c.aText) << "\" → \"" << shortText(c.bText) << "\"";
        if (c.material)
            out() << "  [material: " << c.materialKinds.join(QStringLiteral(", ")) << "]";
        if (c.introducedIn >= 0 && c.introducedIn < versionNames.size())
            out() << "  [introduced in v" << c.introducedIn + 1 << " " << versionNames[c.introducedIn] << "]";
        out() << "\n";
    }
    out() << "elapsed: " << QString::number(elapsedMs, 'f', 1) << " ms\n";
}

bool isBadInput(LoadError::Kind kind)
{
    return kind != LoadError::Kind::Cancelled && kind != LoadError::Kind::None;
}

enum class ReportFormat { None, Pdf, Html };

ReportFormat reportFormat(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    return ReportFormat::None;
}

bool writeHtml(const QString& path, const QString& html, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

struct Stats
{
    double median = 0, max = 0, mean = 0;
};

Stats stats(std::vector<double> values)
{
    Stats s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    s.median = values[values.size() / 2];
    s.max = values.back();
    double sum = 0;
    for (double v : values)
        sum += v;
    s.mean = sum / static_cast<double>(values.size());
    return s;
}

// A few A4 pages of contract text drawn with QPdfWriter; `edited` changes a figure on every page and
// puts a seal on the second, the kind of difference the visual compare exists for.
bool writeBenchPdf(const QString& path, int pages, bool edited)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC")});
    font.setPointSizeF(10.5);
    painter.setFont(font);
    const int lineHeight = painter.fontMetrics().lineSpacing() * 3 / 2;
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        for (int line = 0; line < 40; ++line) {
            const int fee = edited && line == 7 ? 12 : 15;
            painter.drawText(
                90, 120 + line * lineHeight,
                QStringLiteral("第%1条 本基金的年管理费率为%2.%3%，基金托管人为中国银行股份有限公司，"
                               "按前一日基金资产净值计提。")
                    .arg(page * 40 + line)
                    .arg(fee / 10)
                    .arg(fee % 10));
        }
        if (edited && page == 2) {
            painter.save();
            painter.setPen(QPen(QColor(200, 0, 0), 6));
            painter.drawEllipse(QPointF(900, 1450), 120, 120);
            painter.restore();
        }
    }
    return painter.end();
}

// The diff engine on a generated pair of `pages` pages with planted edits of every kind, `runs`
// times; also the time to the first partial result (what a viewer would show first).
QJsonObject benchDiff(int pages, int runs, bool asJson)
{
    CorpusOptions options;
    options.pages = pages;
    QElapsedTimer timer;
    timer.start();
    const CorpusPair pair = generateCorpusPair(options);
    const double generateMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const auto characters = [](const Document& d) {
        qint64 n = 0;
        for (const Paragraph& p : d.paragraphs)
            n += p.text.size();
        return n;
    };
    std::vector<double> totalMs, firstMs;
    DiffResult result;
    for (int run = 0; run < runs; ++run) {
        double first = -1;
        QElapsedTimer t;
        DiffControl control;
        control.partial = [&](const std::vector<Change>&) {
            if (first < 0)
                first = static_cast<double>(t.nsecsElapsed()) / 1e6;
        };
        t.start();
        result = diffDocuments(pair.a, pair.b, {}, control);
        totalMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        firstMs.push_back(first < 0 ? totalMs.back() : first);
    }
    const Stats total = stats(totalMs), firstResult = stats(firstMs);
    const double fastest = *std::min_element(totalMs.begin(), totalMs.end());
    if (!asJson) {
        out() << "diff: " << pages << " pages, A " << characters(pair.a) << " characters, B "
              << characters(pair.b) << " characters, " << pair.edits.size() << " planted edits (generated in "
              << QString::number(generateMs, 'f', 0) << " ms)\n"
              << "  " << result.summary.total() << " changes found (" << result.summary.material
              << " material), " << result.tokensA << " / " << result.tokensB << " tokens\n"
              << QStringLiteral("  %1 runs: median %2 ms, min %3 ms, max %4 ms; first results after %5 ms\n")
                     .arg(runs)
                     .arg(total.median, 0, 'f', 1)
                     .arg(fastest, 0, 'f', 1)
                     .arg(total.max, 0, 'f', 1)
                     .arg(firstResult.median, 0, 'f', 1);
        out().flush();
    }
    return QJsonObject{{QStringLiteral("pages"), pages},
                       {QStringLiteral("characters_a"), static_cast<double>(characters(pair.a))},
                       {QStringLiteral("characters_b"), static_cast<double>(characters(pair.b))},
                       {QStringLiteral("planted_edits"), static_cast<int>(pair.edits.size())},
                       {QStringLiteral("changes"), result.summary.total()},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("median_ms"), total.median},
                       {QStringLiteral("min_ms"), fastest},
                       {QStringLiteral("max_ms"), total.max},
                       {QStringLiteral("first_result_ms"), firstResult.median},
                       {QStringLiteral("generate_ms"), generateMs}};
}

} // namespace

int docsDiff(const Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("A"), QStringLiteral("The earlier version."));
    p.addPositionalArgument(QStringLiteral("B"), QStringLiteral("The later version."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QStringLiteral("Write the redline report to FILE (.pdf or .html; audited)."), QStringLiteral("FILE"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      QStringLiteral("Reviewer named in the report and its watermark "
                                                     "(default: the current user)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption ignoreWidth(QStringLiteral("ignore-width"),
                                         QStringLiteral("Full-width and half-width forms compare equal."));
    const QCommandLineOption ignoreCase(QStringLiteral("ignore-case"),
                                        QStringLiteral("Latin letters compare case-insensitively."));
    const QCommandLineOption ignoreWhitespace(QStringLiteral("ignore-whitespace"),
                                              QStringLiteral("Spaces inside a line compare equal."));
    const QCommandLineOption noMoves(QStringLiteral("no-moves"),
                                     QStringLiteral("Report moved blocks as a deletion and an insertion."));
    const QCommandLineOption passwordA(QStringLiteral("password-a"),
                                       QStringLiteral("Password of an encrypted A."), QStringLiteral("P"));
    const QCommandLineOption passwordB(QStringLiteral("password-b"),
                                       QStringLiteral("Password of an encrypted B."), QStringLiteral("P"));
    const QCommandLineOption ocr(
        QStringLiteral("ocr"),
        QStringLiteral("OCR PDF pages without a text layer (scans); images always are."));
    const QCommandLineOption versions(
        QStringLiteral("versions"),
        QStringLiteral("Intermediate versions between A and B, in order (comma-separated; may be repeated): "
                       "the chain A → V1 → … → B is compared as A with B, each change naming the version "
                       "that introduced it."),
        QStringLiteral("V1,V2,…"));
    const QCommandLineOption exclusions(QStringLiteral("exclusions"),
                                        QStringLiteral("Exclusion template (JSON, as the panel saves it)."),
                                        QStringLiteral("FILE"));
    for (const auto* o : {&json, &report, &reviewer, &ignoreWidth, &ignoreCase, &ignoreWhitespace, &noMoves,
                          &passwordA, &passwordB, &ocr, &exclusions, &versions})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("docs diff"),
                      QStringLiteral("Compare two documents (PDF, DOCX, text, Markdown, HTML, images)."),
                      &code))
        return code;
    const QStringList files = p.positionalArguments();
    if (files.size() != 2)
        return fail(BadInput, QStringLiteral("docs diff expects two files, A and B"));
    QStringList middlePaths;
    for (const QString& value : p.values(versions))
        middlePaths += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool asJson = ctx.json || p.isSet(json);
    const QString reportPath = p.value(report);
    const ReportFormat format = reportPath.isEmpty() ? ReportFormat::None : reportFormat(reportPath);
    if (!reportPath.isEmpty() && format == ReportFormat::None)
        return fail(BadInput,
                    QStringLiteral("--report expects a .pdf or .html file, got '%1'").arg(reportPath));

    LoadOptions load;
    load.ocrPagesWithoutText = p.isSet(ocr);
    if (p.isSet(exclusions)) {
        QFile file(p.value(exclusions));
        if (!file.open(QIODevice::ReadOnly))
            return fail(BadInput,
                        QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            return fail(BadInput, QStringLiteral("%1 is not an exclusion template (JSON object): %2")
                                      .arg(file.fileName(), parseError.errorString()));
        load.exclusions = ExclusionTemplate::fromJson(doc.object());
    }

    QElapsedTimer total;
    total.start();
    // The chain in order: A, the intermediate versions, B (a plain pair has no intermediates).
    const QStringList chain = QStringList{files[0]} + middlePaths + QStringList{files[1]};
    std::vector<Document> documents;
    for (int v = 0; v < chain.size(); ++v) {
        LoadOptions options = load;
        if (v == 0)
            options.password = p.value(passwordA);
        else if (v == chain.size() - 1)
            options.password = p.value(passwordB);
        LoadError error;
        std::optional<Document> document = loadDocument(chain[v], options, &error);
        if (!document) {
            QString message = error.message;
            if (!message.contains(QFileInfo(chain[v]).fileName()))
                message = QStringLiteral("%1: %2").arg(chain[v], message);
            if (error.kind == LoadError::Kind::NoTextLayer && !p.isSet(ocr))
                message += QStringLiteral(" (try --ocr)");
            return fail(isBadInput(error.kind) ? BadInput : Failure, message);
        }
        documents.push_back(std::move(*document));
    }
    const Document& a = documents.front();
    const Document& b = documents.back();
    std::vector<const Document*> middle;
    for (std::size_t v = 1; v + 1 < documents.size(); ++v)
        middle.push_back(&documents[v]);
    QStringList versionNames; // stays empty for a plain pair
    if (!middle.empty())
        for (const Document& d : documents)
            versionNames << d.file.fileName;

    DiffOptions diffOptions;
    diffOptions.ignoreWidth = p.isSet(ignoreWidth);
    diffOptions.ignoreCase = p.isSet(ignoreCase);
    diffOptions.ignoreWhitespace = p.isSet(ignoreWhitespace);
    diffOptions.detectMoves = !p.isSet(noMoves);
    QElapsedTimer diffTimer;
    diffTimer.start();
    DiffResult result;
    if (middle.empty()) {
        result = diffDocuments(a, b, diffOptions);
    } else {
        std::vector<const Document*> versionPointers;
        for (const Document& d : documents)
            versionPointers.push_back(&d);
        result = diffInChain(versionPointers, 0, static_cast<int>(versionPointers.size()) - 1, diffOptions);
    }
    const double diffMs = static_cast<double>(diffTimer.nsecsElapsed()) / 1e6;

    QString writtenReport;
    if (format != ReportFormat::None) {
        Session s(ctx.dbPath);
        if (!s.ok())
            return fail(Failure, s.error());
        ReportInput input;
        input.a = a.file;
        input.b = b.file;
        input.result = &result;
        input.versionNames = versionNames;
        input.decisions = loadDecisions(s.db(), PairKey{a.file.sha256, b.file.sha256}, result.changes);
        input.reviewer = p.isSet(reviewer) ? p.value(reviewer) : audit::currentUser();
        input.generatedAt = QDateTime::currentDateTimeUtc();
        QString error;
        const bool written = format == ReportFormat::Pdf ? widgets::writeReportPdf(input, reportPath, &error)
                                                         : writeHtml(reportPath, reportHtml(input), &error);
        if (!written)
            return fail(Failure, error);
        writtenReport = QFileInfo(reportPath).absoluteFilePath();
        store::DbWriter& writer = s.writer(ctx.dbPath);
        audit::AuditTrail(writer).record(
            QStringLiteral("docs.report"), writtenReport, QStringLiteral("ok"),
            QStringLiteral("A %1 sha256 %2; B %3 sha256 %4; %5 changes, %6 decided; reviewer %7")
                .arg(a.file.fileName, a.file.sha256Hex(), b.file.fileName, b.file.sha256Hex())
                .arg(result.summary.total())
                .arg(input.decisions.size())
                .arg(input.reviewer));
        writer.flush();
    }

    if (asJson) {
        QJsonArray changes;
        for (const Change& c : result.changes)
            changes.append(changeJson(c, versionNames));
        QJsonObject o{
            {QStringLiteral("a"), fileJson(a)},
            {QStringLiteral("b"), fileJson(b)},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("summary"), summaryJson(result)},
            {QStringLiteral("elapsed_ms"), diffMs},
            {QStringLiteral("total_ms"), static_cast<double>(total.nsecsElapsed()) / 1e6},
        };
        if (!middle.empty()) {
            QJsonArray chainJson;
            for (std::size_t v = 0; v < documents.size(); ++v) {
                QJsonObject version = fileJson(documents[v]);
                version.insert(QStringLiteral("index"), static_cast<int>(v));
                chainJson.append(version);
            }
            o.insert(QStringLiteral("versions"), chainJson);
        }
        if (!writtenReport.isEmpty())
            o.insert(QStringLiteral("report"), writtenReport);
        printJson(o);
    } else {
        printReadable(a, middle, b, result, versionNames, diffMs);
        if (!writtenReport.isEmpty())
            out() << "report: " << writtenReport << "\n";
    }
    return Ok;
}

int docsBench(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption pages(QStringLiteral("pages"),
                                   QStringLiteral("Pages of the generated pair (default 300)."),
                                   QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Timed runs of the diff (default 5)."), QStringLiteral("N"),
                                  QStringLiteral("5"));
    const QCommandLineOption visualPages(QStringLiteral("visual-pages"),
                                         QStringLiteral("Pages of the visual compare (default 20)."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    for (const auto* o : {&pages, &runs, &visualPages, &json})
        p.addOption(*o);
    int code = Ok;
    if (!parseOptions(p, ctx, QStringLiteral("docs bench"),
                      QStringLiteral("Time the document diff on a generated Chinese pair and the visual page "
                                     "compare at 150 dpi on this machine."),
                      &code))
        return code;
    const auto positive = [&](const QCommandLineOption& option, int* value) {
        bool ok = false;
        *value = p.value(option).toInt(&ok);
        return ok && *value > 0;
    };
    int pageCount = 0, runCount = 0, visualCount = 0;
    if (!positive(pages, &pageCount) || !positive(runs, &runCount) || !positive(visualPages, &visualCount))
        return fail(BadInput, QStringLiteral("--pages, --runs and --visual-pages expect positive integers"));
    const bool asJson = ctx.json || p.isSet(json);

    QJsonObject machine{{QStringLiteral("cpus"), QThread::idealThreadCount()},
                        {QStringLiteral("cpu_model"), core::cpuModel()}};
    if (!asJson)
        out() << "machine: " << QThread::idealThreadCount() << " CPUs, " << core::cpuModel() << "\n";
    out().flush();

    QJsonObject diffJson = benchDiff(pageCount, runCount, asJson);

    // Visual compare: a generated pair rendered at 150 dpi, each page compared as pictures.
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(Failure, QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString()));
    const QString pathA = dir.filePath(QStringLiteral("a.pdf")),
                  pathB = dir.filePath(QStringLiteral("b.pdf"));
    if (!writeBenchPdf(pathA, visualCount, false) || !writeBenchPdf(pathB, visualCount, true))
        return fail(Failure, QStringLiteral("cannot write the benchmark PDFs in %1").arg(dir.path()));
    docsrc::SourceError error;
    const auto a = docsrc::PdfSource::open(pathA.toStdString(), {}, &error);
    const auto b = a ? docsrc::PdfSource::open(pathB.toStdString(), {}, &error) : nullptr;
    if (!a || !b)
        return fail(Failure, QString::fromStdString(error.message));
    std::vector<double> renderMs, compareMs;
    QJsonArray perPage;
    for (int page = 1; page <= visualCount; ++page) {
        QElapsedTimer t;
        t.start();
        const docsrc::Raster ra = a->render(page, 150, true);
        const docsrc::Raster rb = b->render(page, 150, true);
        renderMs.push_back(static_cast<double>(t.nsecsElapsed()) / 2e6);
        t.restart();
        const docsrc::VisualDiff diff = docsrc::compareRasters(ra, rb);
        compareMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        perPage.append(QJsonObject{{QStringLiteral("page"), page},
                                   {QStringLiteral("compare_ms"), compareMs.back()},
                                   {QStringLiteral("boxes"), static_cast<int>(diff.boxesA.size())},
                                   {QStringLiteral("aligned"), diff.aligned}});
        if (!asJson)
            out() << QStringLiteral("visual page %1: %2x%3 px, compare %4 ms, %5 difference boxes\n")
                         .arg(page)
                         .arg(ra.width)
                         .arg(ra.height)
                         .arg(compareMs.back(), 0, 'f', 1)
                         .arg(diff.boxesA.size());
    }
    const Stats render = stats(renderMs), compare = stats(compareMs);
    if (asJson) {
        printJson(QJsonObject{{QStringLiteral("machine"), machine},
                              {QStringLiteral("diff"), diffJson},
                              {QStringLiteral("visual"),
                               QJsonObject{{QStringLiteral("dpi"), 150},
                                           {QStringLiteral("pages"), visualCount},
                                           {QStringLiteral("render_ms_per_page_median"), render.median},
                                           {QStringLiteral("compare_ms_per_page_median"), compare.median},
                                           {QStringLiteral("compare_ms_per_page_max"), compare.max},
                                           {QStringLiteral("per_page"), perPage}}}});
    } else {
        out() << QStringLiteral(
                     "visual compare at 150 dpi: median %1 ms, max %2 ms per page (render %3 ms)\n")
                     .arg(compare.median, 0, 'f', 1)
                     .arg(compare.max, 0, 'f', 1)
                     .arg(render.median, 0, 'f', 1);
    }
    return Ok;
}

} // namespace ws::cli
