// Document diff benchmark: a 300-page Chinese pair (about 600,000 characters) with a few hundred
// planted edits including an early insertion, compared by diffDocuments (median of 5 runs), beside
// GNU diff on the same text one character per line and `git diff --no-index --word-diff`.
// Run by hand; the goal is "≤ 2 s on the 2-core machine".
// Usage: bench_docdiff [pages] [edits-per-kind]   (defaults 300 and 50)

#include "documents/Corpus.h"
#include "documents/DocDiff.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace ws::documents;

namespace {

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    for (const QByteArray& line : file.readAll().split('\n'))
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown");
}

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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
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

    std::printf("machine: %d cores, %s\n", QThread::idealThreadCount(), qPrintable(cpuModel()));
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
    return median(runs) <= 2000 ? 0 : 2;
}
