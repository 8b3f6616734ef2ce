// Document diff benchmark: a 300-page Chinese pair (about 600,000 characters) with a few hundred
// planted edits including an early insertion, compared by diffDocuments (median of 5 runs), beside
// GNU diff on the same text one character per line and `git diff --no-index --word-diff`.
// Run by hand; the goal is "≤ 2 s on the 2-core machine".
// Then end to end as the panel does it: the pair written as two real PDFs (A4, 10.5 pt Noto Serif
// CJK SC, running header, "第 N 页" footer), both loaded in parallel, then compared with partial
// results; the goal is "first results on screen within 1 s for a 300-page pair". Then as the panel
// does it now: both loads offering snapshots (LoadOptions::partial) to a PreliminaryComparison, the
// time to its first results.
// Usage: bench_docdiff [pages] [edits-per-kind]   (defaults 300 and 50)

#include "../DocPdfWriter.h"
#include "core/BuildInfo.h"
#include "documents/Corpus.h"
#include "documents/DocDiff.h"
#include "documents/DocumentLoader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using namespace ws::documents;

namespace {

bool writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.toUtf8()) >= 0;
}

QString onePerLine(const QString& text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (QChar c : text) {
        if (c == QLatin1Char('\n'))
            continue;
        out += c;
        out += QLatin1Char('\n');
    }
    return out;
}

// Runs a tool, returns wall milliseconds (or -1 when it is missing or fails to run).
double timeTool(const QString& program, const QStringList& arguments, qint64* outputBytes)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return -1;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(300000))
        return -1;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *outputBytes = process.readAllStandardOutput().size();
    return ms;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Loaded
{
    std::optional<Document> document;
    LoadError error;
    double doneMs = 0; // since the comparison started
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts for the PDFs, no display needed
    QGuiApplication app(argc, argv);
    const int pages = argc > 1 ? std::max(1, std::atoi(argv[1])) : 300;
    const int perKind = argc > 2 ? std::max(0, std::atoi(argv[2])) : 50;

    CorpusOptions options;
    options.pages = pages;
    options.seed = 2024;
    options.editsPerKind = perKind;
    QElapsedTimer timer;
    timer.start();
    const CorpusPair pair = generateCorpusPair(options);
    const double generateMs = double(timer.nsecsElapsed()) / 1e6;
    const QString textA = documentPlainText(pair.a);
    const QString textB = documentPlainText(pair.b);

    std::vector<double> runs;
    DiffResult result;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        result = diffDocuments(pair.a, pair.b);
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    // First results: when the first partial batch arrives.
    double firstMs = -1;
    DiffControl control;
    control.partial = [&](const std::vector<Change>&) {
        if (firstMs < 0)
            firstMs = double(timer.nsecsElapsed()) / 1e6;
    };
    timer.restart();
    diffDocuments(pair.a, pair.b, {}, control);

    // The same text with every paragraph break moved (one paragraph for all of B): reflow path.
    Document reflowed;
    Paragraph all;
    all.text = textB;
    all.text.remove(QLatin1Char('\n'));
    reflowed.paragraphs.push_back(all);
    timer.restart();
    const DiffResult reflow = diffDocuments(pair.a, reflowed);
    const double reflowMs = double(timer.nsecsElapsed()) / 1e6;

    QTemporaryDir dir;
    const QString a1 = dir.filePath(QStringLiteral("a.chars")), b1 = dir.filePath(QStringLiteral("b.chars"));
    const QString aText = dir.filePath(QStringLiteral("a.txt")),
                  bText = dir.filePath(QStringLiteral("b.txt"));
    if (!writeFile(a1, onePerLine(textA)) || !writeFile(b1, onePerLine(textB)) || !writeFile(aText, textA) ||
        !writeFile(bText, textB)) {
        std::fprintf(stderr, "cannot write scratch files in %s\n", qPrintable(dir.path()));
        return 1;
    }
    qint64 diffBytes = 0, gitBytes = 0;
    const double diffMs = timeTool(QStringLiteral("diff"), {a1, b1}, &diffBytes);
    const double gitMs = timeTool(
        QStringLiteral("git"),
        {QStringLiteral("diff"), QStringLiteral("--no-index"), QStringLiteral("--word-diff"), aText, bText},
        &gitBytes);

    std::printf("machine: %d cores, %s\n", QThread::idealThreadCount(), qPrintable(ws::core::cpuModel()));
    std::printf("pair: %d pages, A %lld chars / %zu paragraphs, B %lld chars, %zu planted edits (generated "
                "in %.0f ms)\n",
                pages, static_cast<long long>(textA.size()), pair.a.paragraphs.size(),
                static_cast<long long>(textB.size()), pair.edits.size(), generateMs);
    std::printf(
        "tokens: A %lld, B %lld; changes %d (insert %d, delete %d, replace %d, move %d, punctuation %d; "
        "material %d)\n\n",
        static_cast<long long>(result.tokensA), static_cast<long long>(result.tokensB),
        result.summary.total(), result.summary.inserts, result.summary.deletes, result.summary.replaces,
        result.summary.moves, result.summary.punctuation, result.summary.material);
    std::printf("| %-52s | %10s |\n", "tool", "wall ms");
    std::printf("|%s|%s|\n", "------------------------------------------------------", "------------");
    std::printf("| %-52s | %10.1f |\n", "diffDocuments (median of 5)", median(runs));
    std::printf("| %-52s | %10.1f |\n", "diffDocuments, first partial results", firstMs);
    std::printf("| %-52s | %10.1f |\n", "diffDocuments, B reflowed into one paragraph", reflowMs);
    if (diffMs >= 0)
        std::printf("| %-52s | %10.1f |\n", "GNU diff, one character per line", diffMs);
    else
        std::printf("| %-52s | %10s |\n", "GNU diff, one character per line", "n/a");
    if (gitMs >= 0)
        std::printf("| %-52s | %10.1f |\n", "git diff --no-index --word-diff", gitMs);
    else
        std::printf("| %-52s | %10s |\n", "git diff --no-index --word-diff", "n/a");
    std::printf("\nreflowed run: %d changes (the planted ones; paragraph breaks never count)\n",
                reflow.summary.total());

    // End to end through PDFs, timed like the panel: both loads in parallel, then the diff.
    const QString pdfA = dir.filePath(QStringLiteral("a.pdf")), pdfB = dir.filePath(QStringLiteral("b.pdf"));
    timer.restart();
    const int pagesA = writeCorpusPdf(pdfA, pair.a);
    const int pagesB = writeCorpusPdf(pdfB, pair.b);
    const double writePdfMs = double(timer.nsecsElapsed()) / 1e6;
    if (pagesA == 0 || pagesB == 0) {
        std::fprintf(stderr, "cannot write the PDFs in %s\n", qPrintable(dir.path()));
        return 1;
    }
    Loaded loadedA, loadedB;
    timer.restart();
    {
        const auto load = [&timer](const QString& path, Loaded* out) {
            out->document = loadDocument(path, {}, &out->error);
            out->doneMs = double(timer.nsecsElapsed()) / 1e6;
        };
        std::thread threadA(load, pdfA, &loadedA);
        std::thread threadB(load, pdfB, &loadedB);
        threadA.join();
        threadB.join();
    }
    const double loadedMs = double(timer.nsecsElapsed()) / 1e6;
    if (!loadedA.document || !loadedB.document) {
        std::fprintf(stderr, "loading failed: %s %s\n", qPrintable(loadedA.error.message),
                     qPrintable(loadedB.error.message));
        return 1;
    }
    double pdfFirstMs = -1;
    std::size_t firstBatch = 0;
    DiffControl pdfControl;
    pdfControl.partial = [&](const std::vector<Change>& batch) {
        if (pdfFirstMs < 0) {
            pdfFirstMs = double(timer.nsecsElapsed()) / 1e6;
            firstBatch = batch.size();
        }
    };
    const DiffResult pdfResult = diffDocuments(*loadedA.document, *loadedB.document, {}, pdfControl);
    const double totalMs = double(timer.nsecsElapsed()) / 1e6;
    // As the panel does it now: both loads in parallel offering snapshots every 25 pages, and the
    // preliminary comparison of the newest snapshots on the pool while they go on.
    std::mutex firstMutex;
    double preliminaryFirstMs = -1, preliminaryFirstAnyMs = -1;
    std::vector<Change> preliminaryShown; // every run's changes
    std::size_t preliminaryFirstChanges = 0, preliminaryRuns = 0, preliminaryLastChanges = 0;
    int preliminaryFirstPagesA = 0, preliminaryFirstPagesB = 0;
    auto preliminary = PreliminaryComparison::create(
        DiffOptions{}, [&](const PreliminaryResult& found, std::shared_ptr<const Document> snapshotA,
                           std::shared_ptr<const Document> snapshotB) {
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            const std::lock_guard lock(firstMutex);
            ++preliminaryRuns;
            preliminaryLastChanges = found.changes.size();
            preliminaryShown.insert(preliminaryShown.end(), found.changes.begin(), found.changes.end());
            if (preliminaryFirstAnyMs < 0)
                preliminaryFirstAnyMs = ms;
            if (preliminaryFirstMs < 0 && !found.changes.empty()) {
                preliminaryFirstMs = ms;
                preliminaryFirstChanges = found.changes.size();
                preliminaryFirstPagesA = snapshotA->pageCount();
                preliminaryFirstPagesB = snapshotB->pageCount();
            }
        });
    Loaded partialA, partialB;
    timer.restart();
    {
        const auto load = [&timer, &preliminary](const QString& path, int side, Loaded* out) {
            LoadOptions loadOptions;
            loadOptions.partial = [&preliminary, side](std::shared_ptr<const Document> snapshot) {
                preliminary->offer(side, std::move(snapshot));
            };
            out->document = loadDocument(path, loadOptions, &out->error);
            out->doneMs = double(timer.nsecsElapsed()) / 1e6;
        };
        std::thread threadA(load, pdfA, 0, &partialA);
        std::thread threadB(load, pdfB, 1, &partialB);
        threadA.join();
        threadB.join();
    }
    preliminary->stop();
    QThreadPool::globalInstance()->waitForDone();
    // For comparison: one load alone, to see what running two at once costs or gains.
    // And alone with snapshots but nothing comparing them: what the snapshots themselves cost.
    // Alternated twice, the faster of each kept: the machine is shared.
    Loaded alone;
    double aloneMs = 1e30, aloneSnapshotsMs = 1e30;
    int snapshots = 0;
    for (int round = 0; round < 2; ++round) {
        timer.restart();
        alone.document = loadDocument(pdfA, {}, &alone.error);
        aloneMs = std::min(aloneMs, double(timer.nsecsElapsed()) / 1e6);
        LoadOptions loadOptions;
        snapshots = 0;
        loadOptions.partial = [&snapshots](std::shared_ptr<const Document>) { ++snapshots; };
        timer.restart();
        alone.document = loadDocument(pdfA, loadOptions, &alone.error);
        aloneSnapshotsMs = std::min(aloneSnapshotsMs, double(timer.nsecsElapsed()) / 1e6);
    }

    std::printf("\nend to end through PDF (%d + %d pages, written in %.0f ms, not part of the goal):\n",
                pagesA, pagesB, writePdfMs);
    std::printf("| %-52s | %10s |\n", "step (from the start of both loads)", "wall ms");
    std::printf("|%s|%s|\n", "------------------------------------------------------", "------------");
    std::printf("| %-52s | %10.1f |\n", "load A (parallel with B)", loadedA.doneMs);
    std::printf("| %-52s | %10.1f |\n", "load B (parallel with A)", loadedB.doneMs);
    std::printf("| %-52s | %10.1f |\n", "diffDocuments on the loaded PDFs", totalMs - loadedMs);
    std::printf("| %-52s | %10.1f |\n", "first partial results (loads + diff start)", pdfFirstMs);
    std::printf("| %-52s | %10.1f |\n", "total (loads + complete diff)", totalMs);
    std::printf("| %-52s | %10.1f |\n", "(load A alone, afterwards, best of 2)", aloneMs);
    std::printf("| %-52s | %10.1f |\n", "(load A alone with snapshots, uncompared; best of 2)",
                aloneSnapshotsMs);
    std::printf("(%d snapshots of A)\n", snapshots);
    std::printf(
        "\nwith snapshots (after 25, 50, 100… pages) and preliminary comparisons (the panel's path):\n");
    std::printf("| %-52s | %10s |\n", "step (from the start of both loads)", "wall ms");
    std::printf("|%s|%s|\n", "------------------------------------------------------", "------------");
    std::printf("| %-52s | %10.1f |\n", "first preliminary comparison done", preliminaryFirstAnyMs);
    std::printf("| %-52s | %10.1f |\n", "first preliminary results (non-empty)", preliminaryFirstMs);
    std::printf("| %-52s | %10.1f |\n", "load A with snapshots (parallel with B)", partialA.doneMs);
    std::printf("| %-52s | %10.1f |\n", "load B with snapshots (parallel with A)", partialB.doneMs);
    std::printf("\npreliminary: %zu runs; the first results: %zu changes from pages 1-%d of A and 1-%d of B; "
                "the last run: %zu changes\n",
                preliminaryRuns, preliminaryFirstChanges, preliminaryFirstPagesA, preliminaryFirstPagesB,
                preliminaryLastChanges);
    std::size_t notFinal = 0;
    for (const Change& c : preliminaryShown) {
        const bool found =
            std::any_of(pdfResult.changes.begin(), pdfResult.changes.end(), [&](const Change& f) {
                return f.type == c.type && f.aText == c.aText && f.bText == c.bText &&
                       f.a.begin == c.a.begin && f.a.end == c.a.end && f.b.begin == c.b.begin &&
                       f.b.end == c.b.end;
            });
        notFinal += found ? 0 : 1;
    }
    std::printf("preliminary changes shown over all runs: %zu, of which not in the final result: %zu\n",
                preliminaryShown.size(), notFinal);
    if (!partialA.document || !partialB.document ||
        partialA.document->paragraphs.size() != loadedA.document->paragraphs.size() ||
        partialB.document->paragraphs.size() != loadedB.document->paragraphs.size())
        std::printf("WARNING: loads with snapshots differ from plain loads\n");
    std::printf(
        "\nPDF pair: %d changes (insert %d, delete %d, replace %d, move %d, punctuation %d; material %d); "
        "first batch %zu changes; planted %zu edits; text pair %d changes\n",
        pdfResult.summary.total(), pdfResult.summary.inserts, pdfResult.summary.deletes,
        pdfResult.summary.replaces, pdfResult.summary.moves, pdfResult.summary.punctuation,
        pdfResult.summary.material, firstBatch, pair.edits.size(), result.summary.total());
    return median(runs) <= 2000 ? 0 : 2;
}
