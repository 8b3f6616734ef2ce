// The scan path end to end: a fund-contract page with planted edits is rendered at 300 dpi, given
// scan noise (rotation, blur, Gaussian noise, salt and pepper), saved as a PNG and wrapped into an
// image-only PDF; both are loaded with OCR and compared with the clean text. Every planted edit must
// be found as a material change and nothing else may be material; OCR misreadings of Chinese
// characters may show as non-material changes but must stay few. Then the 2,000-page document of
// the "bad input" list: a text and a PDF rendition load, the PDF load is cancelled half way
// from its progress callback, and the whole document compares with an edited copy.

#include "DocPdfWriter.h"
#include "TestUtil.h"
#include "documents/Corpus.h"
#include "documents/DocDiff.h"
#include "documents/DocumentLoader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <vector>

using namespace ws::documents;

namespace {

// One page of a real-style fund contract at 12 pt: amounts, percentages, dates, a company name.
const char* const kContractPage[] = {
    "第五部分 基金份额的申购与赎回",
    "一、申购和赎回场所",
    "本基金的申购与赎回将通过销售机构进行。具体的销售网点将由基金管理人华泰柏瑞基金管理有限公司在招募"
    "说明书或其他相关公告中列明。",
    "二、申购和赎回的开放日及时间",
    "投资人在开放日办理基金份额的申购和赎回，具体办理时间为上海证券交易所、深圳证券交易所的正常交易日的"
    "交易时间，但基金管理人根据法律法规、中国证监会的要求或基金合同的规定公告暂停申购、赎回时除外。",
    "三、申购与赎回的原则",
    "1.未知价原则，即申购、赎回价格以申请当日收市后计算的基金份额净值为基准进行计算；",
    "2.金额申购、份额赎回原则，即申购以金额申请，赎回以份额申请；",
    "3.当日的申购与赎回申请可以在基金管理人规定的时间以内撤销；",
    "4.赎回遵循先进先出原则，即按照投资人认购、申购的先后次序进行顺序赎回。",
    "四、申购与赎回的数额限制",
    "投资人通过销售机构首次申购本基金的最低金额为人民币1,000元，追加申购的最低金额为人民币100元。基金"
    "份额持有人每次赎回的基金份额不得低于100份。",
    "单一投资者持有本基金基金份额的比例不得达到或者超过基金份额总数的50%，但在基金运作过程中因基金份额"
    "赎回等情形导致被动达到或者超过50%的除外。",
    "五、申购费用和赎回费用",
    "本基金的申购费率最高不超过1.50%，赎回费率最高不超过1.50%。对持续持有期少于7日的投资人收取不低于"
    "1.50%的赎回费，并全额计入基金财产。",
    "本基金的管理费按前一日基金资产净值的1.20%年费率计提，托管费按前一日基金资产净值的0.20%年费率计提。",
    "六、基金合同生效日期",
    "本基金合同于2023年3月15日起生效，自2023年6月30日起开始办理日常申购、赎回业务。",
    "七、基金净值的公告",
    "基金合同生效后，在开始办理基金份额申购或者赎回前，基金管理人应当至少每周在规定网站披露一次基金份额"
    "净值和基金份额累计净值。截至2023年12月31日，本基金资产净值为人民币15.1亿元，基金份额总额为12.35亿份。",
};

// An edit planted into B: in the paragraph of A holding `anchor`, `before` (empty for an insertion
// after `anchor`) becomes `after`. `key` must appear in the material change that reports it.
struct Planted
{
    QString anchor; // A text the edit starts at (a replacement) or ends after (an insertion)
    QString before, after;
    QString key;
    int paragraph = -1, aBegin = 0, aEnd = 0; // where in A, filled by applyEdits
};

std::vector<Planted> plantedEdits()
{
    return {
        {QStringLiteral("1.20%"), QStringLiteral("1.20%"), QStringLiteral("1.00%"), QStringLiteral("1.00%")},
        {QStringLiteral("2023年6月30日"), QStringLiteral("2023年6月30日"), QStringLiteral("2023年7月3日"),
         QStringLiteral("2023年7月3日")},
        {QStringLiteral("不得低于100份。"), QString(),
         QStringLiteral(
             "基金管理人可在法律法规允许的范围内调整上述数额限制，并应于调整实施前3个工作日在规定媒"
             "介上公告。"),
         QStringLiteral("3个工作日")},
    };
}

QStringList contractParagraphs()
{
    QStringList out;
    for (const char* p : kContractPage)
        out << QString::fromUtf8(p);
    return out;
}

// B's paragraphs; fills each edit's range in A.
QStringList applyEdits(const QStringList& a, std::vector<Planted>& edits)
{
    QStringList b = a;
    for (Planted& edit : edits) {
        qsizetype at = -1;
        for (edit.paragraph = 0; edit.paragraph < a.size() && at < 0; ++edit.paragraph)
            at = a[edit.paragraph].indexOf(edit.anchor);
        --edit.paragraph;
        if (at < 0) {
            edit.paragraph = -1; // the test fails on it
            continue;
        }
        QString& target = b[edit.paragraph];
        if (edit.before.isEmpty()) {
            edit.aBegin = edit.aEnd = static_cast<int>(at + edit.anchor.size());
            target.insert(target.indexOf(edit.anchor) + edit.anchor.size(), edit.after);
        } else {
            edit.aBegin = static_cast<int>(at);
            edit.aEnd = static_cast<int>(at + edit.before.size());
            target.replace(target.indexOf(edit.before), edit.before.size(), edit.after);
        }
    }
    return b;
}

constexpr int kDpi = 300;
constexpr int kPageWidthPx = 2480;  // A4 at 300 dpi
constexpr int kPageHeightPx = 3508; //
constexpr int kMarginPx = 280;

// The page as a printer would put it on paper, at 300 dpi; false when the text does not fit.
bool renderPage(const QStringList& paragraphs, QImage* page)
{
    *page = QImage(kPageWidthPx, kPageHeightPx, QImage::Format_Grayscale8);
    page->fill(255);
    page->setDotsPerMeterX(qRound(kDpi / 0.0254));
    page->setDotsPerMeterY(qRound(kDpi / 0.0254));
    QPainter painter(page);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPixelSize(12 * kDpi / 72);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    double y = kMarginPx;
    for (const QString& text : paragraphs) {
        QRectF used;
        painter.drawText(QRectF(kMarginPx, y, kPageWidthPx - 2 * kMarginPx, kPageHeightPx), Qt::TextWordWrap,
                         text, &used);
        y += used.height() + metrics.height() * 0.4;
    }
    return y < kPageHeightPx - kMarginPx / 2;
}

// What a 2020s office scanner makes of it: slightly rotated, blurred, grainy, with dust.
QImage scanned(const QImage& page)
{
    const cv::Mat clean(page.height(), page.width(), CV_8UC1, const_cast<uchar*>(page.constBits()),
                        static_cast<std::size_t>(page.bytesPerLine()));
    cv::Mat rotated;
    const cv::Mat rotation = cv::getRotationMatrix2D(
        cv::Point2f(static_cast<float>(page.width()) / 2, static_cast<float>(page.height()) / 2), 1.3, 1.0);
    cv::warpAffine(clean, rotated, rotation, clean.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                   cv::Scalar(255));
    cv::Mat blurred;
    cv::GaussianBlur(rotated, blurred, cv::Size(3, 3), 0.8);
    cv::RNG rng(20240605);
    cv::Mat noise(blurred.size(), CV_16SC1);
    rng.fill(noise, cv::RNG::NORMAL, 0, 14);
    cv::Mat noisy16;
    blurred.convertTo(noisy16, CV_16SC1);
    noisy16 += noise;
    cv::Mat noisy;
    noisy16.convertTo(noisy, CV_8UC1); // saturates to 0–255
    cv::Mat dust(noisy.size(), CV_32FC1);
    rng.fill(dust, cv::RNG::UNIFORM, 0.0, 1.0);
    noisy.setTo(cv::Scalar(0), dust < 0.0015);
    noisy.setTo(cv::Scalar(255), dust > 0.9985);

    QImage out(noisy.cols, noisy.rows, QImage::Format_Grayscale8);
    for (int y = 0; y < noisy.rows; ++y)
        std::copy_n(noisy.ptr<uchar>(y), noisy.cols, out.scanLine(y));
    out.setDotsPerMeterX(page.dotsPerMeterX());
    out.setDotsPerMeterY(page.dotsPerMeterY());
    return out;
}

bool writeImagePdf(const QString& path, const QImage& scan)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(kDpi);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    painter.drawImage(QRect(0, 0, kPageWidthPx, kPageHeightPx), scan);
    return painter.end();
}

bool writeText(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

} // namespace

class DocOcrTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scanComparesWithText_data();
    void scanComparesWithText();
    void twoThousandPages();

private:
    QString dir_;
};

void DocOcrTest::initTestCase()
{
    dir_ = freshDir(QStringLiteral("dococr"));
}

void DocOcrTest::scanComparesWithText_data()
{
    QTest::addColumn<bool>("asPdf");
    QTest::newRow("png") << false;
    QTest::newRow("image-only pdf") << true;
}

void DocOcrTest::scanComparesWithText()
{
    QFETCH(bool, asPdf);
    const QStringList aParagraphs = contractParagraphs();
    std::vector<Planted> edits = plantedEdits();
    const QStringList bParagraphs = applyEdits(aParagraphs, edits);
    for (const Planted& edit : edits)
        QVERIFY2(edit.paragraph >= 0, qPrintable(edit.anchor));

    const QString aPath = dir_ + QStringLiteral("/contract-a.txt");
    QVERIFY(writeText(aPath, aParagraphs.join(QStringLiteral("\n\n"))));
    LoadError error;
    const std::optional<Document> a = loadDocument(aPath, {}, &error);
    QVERIFY2(a, qPrintable(error.message));
    QCOMPARE(a->paragraphs.size(), static_cast<std::size_t>(aParagraphs.size()));
    for (int i = 0; i < aParagraphs.size(); ++i)
        QCOMPARE(a->paragraphs[static_cast<std::size_t>(i)].text, aParagraphs[i]);

    QImage page;
    QVERIFY2(renderPage(bParagraphs, &page), "the contract page does not fit on one A4 page");
    const QImage scan = scanned(page);
    const QString scanPath = dir_ + (asPdf ? QStringLiteral("/scan-b.pdf") : QStringLiteral("/scan-b.png"));
    if (asPdf)
        QVERIFY(writeImagePdf(scanPath, scan));
    else
        QVERIFY(scan.save(scanPath));

    LoadOptions options;
    options.ocrPagesWithoutText = true;
    QElapsedTimer timer;
    timer.start();
    const std::optional<Document> b = loadDocument(scanPath, options, &error);
    if (!b && error.kind == LoadError::Kind::OcrUnavailable)
        QSKIP(qPrintable(error.message));
    QVERIFY2(b, qPrintable(error.message));
    const double ocrSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QCOMPARE(b->pageCount(), 1);
    QVERIFY(b->pages.front().ocr);

    const DiffResult result = diffDocuments(*a, *b);
    qsizetype aChars = 0;
    for (const QString& p : aParagraphs)
        aChars += p.size();

    for (const Change& c : result.changes)
        qInfo("%s%s [%s] → [%s] in B: …%s…", c.material ? "material " : "", qPrintable(changeTypeKey(c.type)),
              qPrintable(c.aText), qPrintable(c.bText), qPrintable(c.bContext));

    // Every planted edit is reported as a material change carrying its new number or date.
    for (const Planted& edit : edits) {
        const auto found = std::find_if(result.changes.begin(), result.changes.end(), [&](const Change& c) {
            return c.material && c.bText.contains(edit.key) &&
                   (edit.before.isEmpty() || c.aText.contains(edit.before));
        });
        QVERIFY2(found != result.changes.end(),
                 qPrintable(QStringLiteral("planted edit not found: ") + edit.after));
        if (edit.before.isEmpty()) // the inserted sentence arrives (nearly) whole
            QVERIFY(found->bText.size() >= edit.after.size() * 9 / 10);
    }

    // Nothing else is material: a material change must touch a planted edit's place in A.
    const auto atPlantedEdit = [&](const Change& c) {
        return std::any_of(edits.begin(), edits.end(), [&](const Planted& edit) {
            constexpr int slack = 2; // an OCR slip right next to an edit may merge into it
            return c.a.begin <= TextPos{edit.paragraph, edit.aEnd + slack} &&
                   TextPos{edit.paragraph, std::max(0, edit.aBegin - slack)} <= c.a.end;
        });
    };
    int material = 0;
    int noiseChanges = 0;
    qsizetype noiseChars = 0;
    for (const Change& c : result.changes) {
        if (c.material) {
            ++material;
            QVERIFY2(
                atPlantedEdit(c),
                qPrintable(QStringLiteral("material change that was not planted: %1 [%2] → [%3] (%4)")
                               .arg(changeTypeKey(c.type), c.aText, c.bText, c.materialKinds.join(u','))));
            continue;
        }
        ++noiseChanges;
        noiseChars += std::max(c.aText.size(), c.bText.size());
    }
    QVERIFY(material >= static_cast<int>(edits.size()));
    const double noiseShare = static_cast<double>(noiseChars) / static_cast<double>(aChars);
    qInfo("%s: OCR %.2f s, mean confidence %.1f; %d material changes (%zu planted), %d non-material "
          "changes over %lld of %lld characters (%.2f%%)",
          asPdf ? "image-only PDF" : "PNG", ocrSeconds, static_cast<double>(b->pages.front().meanConfidence),
          material, edits.size(), noiseChanges, static_cast<long long>(noiseChars),
          static_cast<long long>(aChars), 100 * noiseShare);
    QVERIFY(noiseShare <= 0.03);
}

void DocOcrTest::twoThousandPages()
{
    // A corpus "page" holds about 2,000 characters, two A4 pages at 10.5 pt.
    constexpr int pages = 2000;
    CorpusOptions corpus;
    corpus.pages = pages / 2;
    corpus.seed = 77;
    corpus.editsPerKind = 2;
    QElapsedTimer timer;
    timer.start();
    const CorpusPair pair = generateCorpusPair(corpus);
    const double generateS = static_cast<double>(timer.restart()) / 1e3;

    const QString aText = dir_ + QStringLiteral("/big-a.txt"), bText = dir_ + QStringLiteral("/big-b.txt");
    const QString aPdf = dir_ + QStringLiteral("/big-a.pdf");
    QVERIFY(writeText(aText, documentPlainText(pair.a)));
    QVERIFY(writeText(bText, documentPlainText(pair.b)));
    timer.restart();
    const int pdfPages = writeCorpusPdf(aPdf, pair.a);
    QVERIFY2(pdfPages >= pages, qPrintable(QString::number(pdfPages)));
    const double writePdfS = static_cast<double>(timer.restart()) / 1e3;

    // Cancelled from the progress callback half way: the load stops at the next page.
    std::atomic_bool cancel = false;
    double lastProgress = 0;
    int callsAfterCancel = 0;
    LoadOptions cancelling;
    cancelling.cancel = &cancel;
    cancelling.progress = [&](double share) {
        if (cancel)
            ++callsAfterCancel;
        lastProgress = std::max(lastProgress, share);
        if (share >= 0.5)
            cancel = true;
    };
    LoadError error;
    timer.restart();
    QVERIFY(!loadDocument(aPdf, cancelling, &error));
    const double cancelS = static_cast<double>(timer.restart()) / 1e3;
    QCOMPARE(error.kind, LoadError::Kind::Cancelled);
    QVERIFY2(error.message.contains(QStringLiteral("big-a.pdf")), qPrintable(error.message));
    QVERIFY2(lastProgress >= 0.5 && lastProgress < 0.52, qPrintable(QString::number(lastProgress)));
    QCOMPARE(callsAfterCancel, 0);

    // Uncancelled: the PDF and the text renditions load, and the whole document compares.
    double pdfProgress = 0;
    LoadOptions plain;
    plain.progress = [&](double share) {
        QVERIFY(share >= pdfProgress);
        pdfProgress = share;
    };
    timer.restart();
    const std::optional<Document> pdfA = loadDocument(aPdf, plain, &error);
    const double loadPdfS = static_cast<double>(timer.restart()) / 1e3;
    QVERIFY2(pdfA, qPrintable(error.message));
    QCOMPARE(pdfProgress, 1.0);
    QCOMPARE(pdfA->pageCount(), pdfPages);
    const std::optional<Document> textA = loadDocument(aText, {}, &error);
    QVERIFY2(textA, qPrintable(error.message));
    const std::optional<Document> textB = loadDocument(bText, {}, &error);
    QVERIFY2(textB, qPrintable(error.message));
    const double loadTextS = static_cast<double>(timer.restart()) / 1e3;

    double diffProgress = 0;
    DiffControl control;
    control.progress = [&](double share) { diffProgress = std::max(diffProgress, share); };
    const DiffResult textDiff = diffDocuments(*textA, *textB, {}, control);
    const double diffTextS = static_cast<double>(timer.restart()) / 1e3;
    QVERIFY(!textDiff.cancelled);
    QVERIFY(diffProgress > 0.99);
    const DiffResult pdfDiff = diffDocuments(*pdfA, *textB);
    const double diffPdfS = static_cast<double>(timer.restart()) / 1e3;
    QVERIFY(!pdfDiff.cancelled);

    qInfo("2,000 pages: generated in %.2f s (%lld characters, %zu planted edits); PDF written in %.1f s "
          "(%d pages read back)",
          generateS, static_cast<long long>(documentPlainText(pair.a).size()), pair.edits.size(), writePdfS,
          pdfA->pageCount());
    qInfo("load: PDF %.1f s, cancelled half way after %.1f s; text A+B %.1f s", loadPdfS, cancelS, loadTextS);
    qInfo("diff: text vs text %.1f s (%d changes, %d material), PDF vs text %.1f s (%d changes)", diffTextS,
          textDiff.summary.total(), textDiff.summary.material, diffPdfS, pdfDiff.summary.total());
    // The text pair differs by the planted edits only (a few of them fall together or split).
    const int planted = static_cast<int>(pair.edits.size());
    QVERIFY2(
        textDiff.summary.total() >= planted * 8 / 10 && textDiff.summary.total() <= planted * 2,
        qPrintable(
            QStringLiteral("%1 changes for %2 planted edits").arg(textDiff.summary.total()).arg(planted)));
    // The PDF rendition compares with the edited text over all its pages. Its changes are not
    // compared with the text pair's: QPdfWriter's ToUnicode map loses some glyphs (户 comes back
    // as 戶, digits between × and ÷ as spaces), so the PDF text is not quite the drawn text.
    QVERIFY(pdfDiff.summary.total() >= textDiff.summary.total());
}

QTEST_MAIN(DocOcrTest)
#include "tst_dococr.moc"
