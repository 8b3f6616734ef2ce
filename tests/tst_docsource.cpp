// The document sources below the model: PDF text layer and rendering through poppler-cpp, OCR of a
// rendered-then-noised page through OpenCV and Tesseract, and visual page comparison. Inputs are
// real PDFs drawn by QPdfWriter with a CJK font, real encrypted files made by qpdf, real images.

#include "TestUtil.h"
#include "documents/Ocr.h"
#include "documents/PdfSource.h"
#include "documents/VisualCompare.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace ws::docsrc;

namespace {

constexpr double kMargin = 72;                              // points
constexpr double kBodySize = 12;                            // points
constexpr double kHeadingSize = 18;                         // points
constexpr double kPitch = 20;                               // baseline to baseline inside a paragraph
constexpr double kParagraphGap = 14;                        // extra space between paragraphs
constexpr double kPageWidth = 595.28, kPageHeight = 841.89; // A4 in points

const QStringList& pageOneParagraphs()
{
    static const QStringList paragraphs{
        QStringLiteral("第一部分 前言"),
        QStringLiteral("一、订立本基金合同的目的、依据和原则"),
        QStringLiteral(
            "订立本基金合同的目的是保护基金投资者合法权益，明确基金合同当事人的权利义务，规范基金运作。"
            "订立本基金合同的依据是《中华人民共和国民法典》、《中华人民共和国证券投资基金法》（以下简称"
            "《基金法》）、《公开募集证券投资基金运作管理办法》（以下简称《运作办法》）和其他有关法律法规。"
            "订立本基金合同的原则是平等自愿、诚实信用、充分保护基金投资者的合法权益。"),
        QStringLiteral(
            "截至2023年6月30日，本基金的资产净值为15.1亿元，基金份额净值增长率为3.5%，同期业绩比较基准"
            "收益率为2.8%。基金管理人为Harvest Fund Management，基金托管人为China Construction Bank。"),
        QStringLiteral(
            "基金管理人不保证基金一定盈利，也不保证最低收益。投资者应当认真阅读基金合同、招募说明书、基金"
            "产品资料概要等信息披露文件，自主判断基金的投资价值，自主做出投资决策，自行承担投资风险。"),
        QStringLiteral(
            "本基金合同是约定基金合同当事人之间权利义务关系的基本法律文件，其他与本基金相关的涉及基金合同"
            "当事人之间权利义务关系的任何文件或表述，如与基金合同有冲突，均以基金合同为准。"),
    };
    return paragraphs;
}

const QStringList& pageTwoParagraphs()
{
    static const QStringList paragraphs{
        QStringLiteral("第二部分 释义"),
        QStringLiteral("在本基金合同中，除非文意另有所指，下列词语或简称具有如下含义："),
        QStringLiteral(
            "1、基金或本基金：指华夏稳健增利债券型证券投资基金，基金代码为005321，基金份额的初始面值为人民币"
            "1.00元。"),
        QStringLiteral(
            "2、基金管理人：指华夏基金管理有限公司；基金托管人：指中国建设银行股份有限公司，注册资本为"
            "2500.11亿元。"),
        QStringLiteral(
            "3、基金份额持有人大会：指按照本基金合同第九部分之规定召集、召开并由基金份额持有人或其合法的"
            "代理人进行表决的会议。"),
    };
    return paragraphs;
}

struct DrawnLine
{
    QString text;
    double x = 0, baseline = 0, size = 0;
    int paragraph = 0;
    bool paragraphEnd = false;
};

bool isCjk(QChar c)
{
    return c.unicode() >= 0x2E80;
}

// Lays paragraphs out line by line (breaking between CJK characters or at spaces) and draws them, so
// the test knows where every line and paragraph sits on the page.
std::vector<DrawnLine> layoutPage(QPainter* painter, const QStringList& paragraphs, double top)
{
    std::vector<DrawnLine> lines;
    double baseline = top;
    for (int p = 0; p < paragraphs.size(); ++p) {
        const bool heading = p == 0;
        QFont font(QStringLiteral("Noto Serif CJK SC"));
        font.setPointSizeF(heading ? kHeadingSize : kBodySize);
        const QFontMetricsF metrics(font, painter->device());
        const double indent = heading ? 0 : 2 * kBodySize;
        const double width = kPageWidth - 2 * kMargin;
        // Units that must stay together: one CJK character, or a run of Latin letters and digits.
        QStringList units;
        for (int i = 0; i < paragraphs[p].size();) {
            int j = i + 1;
            if (!isCjk(paragraphs[p][i]) && paragraphs[p][i] != QLatin1Char(' '))
                while (j < paragraphs[p].size() && !isCjk(paragraphs[p][j]) &&
                       paragraphs[p][j] != QLatin1Char(' '))
                    ++j;
            units << paragraphs[p].mid(i, j - i);
            i = j;
        }
        QString line;
        double x = kMargin + indent;
        auto flush = [&](bool last) {
            lines.push_back(DrawnLine{line.trimmed(), x, baseline, font.pointSizeF(), p, last});
            painter->setFont(font);
            painter->drawText(QPointF(x, baseline), line.trimmed());
            baseline += heading ? kHeadingSize * 1.8 : kPitch;
            x = kMargin;
            line.clear();
        };
        for (const QString& unit : units) {
            const double available = width - (x - kMargin);
            if (!line.isEmpty() && metrics.horizontalAdvance(line + unit) > available)
                flush(false);
            line += unit;
        }
        flush(true);
        baseline += kParagraphGap;
    }
    return lines;
}

QImage textAsImage(const QStringList& paragraphs)
{
    QImage image(1240, 1754, QImage::Format_RGB32); // A4 at 150 dpi
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(150.0 / 72.0, 150.0 / 72.0);
    layoutPage(&painter, paragraphs, kMargin + kBodySize);
    return image;
}

struct Corpus
{
    QString path;
    std::vector<std::vector<DrawnLine>> pages;
};

// Pages 1 and 2: text; page 3: the same kind of text drawn as a picture only (a scan has no text).
Corpus makeContractPdf(const QString& path, int extraTextPages = 0)
{
    Corpus corpus;
    corpus.path = path;
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(72);
    writer.setCreator(QStringLiteral("tst_docsource"));
    QPainter painter(&writer);
    corpus.pages.push_back(layoutPage(&painter, pageOneParagraphs(), kMargin + kHeadingSize));
    writer.newPage();
    corpus.pages.push_back(layoutPage(&painter, pageTwoParagraphs(), kMargin + kHeadingSize));
    writer.newPage();
    painter.drawImage(QRectF(0, 0, kPageWidth, kPageHeight), textAsImage(pageTwoParagraphs()));
    corpus.pages.emplace_back();
    for (int i = 0; i < extraTextPages; ++i) {
        writer.newPage();
        corpus.pages.push_back(layoutPage(&painter, (i % 2) ? pageTwoParagraphs() : pageOneParagraphs(),
                                          kMargin + kHeadingSize));
    }
    painter.end();
    return corpus;
}

std::u32string withoutSpaces(const QString& text)
{
    std::u32string out;
    for (char32_t c : text.toUcs4())
        if (!QChar::isSpace(c))
            out.push_back(c);
    return out;
}

std::u32string withoutSpaces(const std::u32string& text)
{
    std::u32string out;
    for (char32_t c : text)
        if (!QChar::isSpace(c))
            out.push_back(c);
    return out;
}

std::u32string drawnText(const std::vector<DrawnLine>& lines)
{
    std::u32string out;
    for (const DrawnLine& line : lines)
        out += withoutSpaces(line.text);
    return out;
}

std::u32string extractedText(const PageText& page)
{
    std::u32string out;
    for (const Word& word : page.words)
        out += withoutSpaces(word.text);
    return out;
}

QString toQString(const std::u32string& text)
{
    return QString::fromUcs4(text.data(), static_cast<qsizetype>(text.size()));
}

std::size_t editDistance(const std::u32string& a, const std::u32string& b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

QImage toImage(const Raster& raster)
{
    const QImage view(raster.pixels.data(), raster.width, raster.height, raster.stride,
                      raster.channels == 4 ? QImage::Format_ARGB32 : QImage::Format_Grayscale8);
    return view.copy();
}

Raster toRaster(const QImage& source, double dpi)
{
    const QImage image =
        source.format() == QImage::Format_Grayscale8 ? source : source.convertToFormat(QImage::Format_ARGB32);
    Raster raster;
    raster.width = image.width();
    raster.height = image.height();
    raster.channels = image.format() == QImage::Format_Grayscale8 ? 1 : 4;
    raster.stride = static_cast<int>(image.bytesPerLine());
    raster.dpi = dpi;
    raster.pixels.assign(image.constBits(), image.constBits() + image.sizeInBytes());
    return raster;
}

std::unique_ptr<PdfSource> openOrFail(const QString& path, const std::string& password = {})
{
    SourceError error;
    auto source = PdfSource::open(path.toStdString(), password, &error);
    if (!source)
        qWarning() << "open failed:" << QString::fromStdString(error.message);
    return source;
}

bool overlaps(const Box& a, const QRectF& b)
{
    return a.x0 < b.right() && b.left() < a.x1 && a.y0 < b.bottom() && b.top() < a.y1;
}

} // namespace

class DocSourceTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textLayerMatchesDrawing();
    void charBoxesWhereDrawn();
    void lineAndParagraphFlags();
    void imageOnlyPageHasNoText();
    void renderAtDpi();
    void forgedPageSizeIsCapped();
    void encryptedPdf();
    void badFiles();
    void extractionSpeed();
    void ocrOfNoisyScan();
    void ocrMissingLanguage();
    void ocrReadsColumnsInOrder();
    void visualCompareFindsSeal();
    void visualCompareIdenticalAndUnaligned();

private:
    QString dir_;
    Corpus corpus_;
};

void DocSourceTest::initTestCase()
{
    dir_ = freshDir(QStringLiteral("docsource"));
    corpus_ = makeContractPdf(dir_ + QStringLiteral("/contract.pdf"));
    QVERIFY(QFile::exists(corpus_.path));
}

void DocSourceTest::textLayerMatchesDrawing()
{
    const auto source = openOrFail(corpus_.path);
    QVERIFY(source);
    QCOMPARE(source->pageCount(), 3);
    for (int page = 1; page <= 2; ++page) {
        const PageText text = source->text(page);
        QCOMPARE(text.number, page);
        QVERIFY(std::abs(text.width - kPageWidth) < 1);
        QVERIFY(std::abs(text.height - kPageHeight) < 1);
        QCOMPARE(toQString(extractedText(text)),
                 toQString(drawnText(corpus_.pages[static_cast<std::size_t>(page - 1)])));
        for (const Word& word : text.words) {
            QCOMPARE(word.charBoxes.size(), word.text.size());
            QVERIFY(word.confidence.empty());
            QVERIFY(word.fontSize > 8 && word.fontSize < 24);
        }
    }
    // English words keep their spaces: "Harvest Fund" is two words with a space between.
    const PageText first = source->text(1);
    const auto harvest = std::find_if(first.words.begin(), first.words.end(), [](const Word& w) {
        return withoutSpaces(w.text).ends_with(U"Harvest");
    });
    QVERIFY(harvest != first.words.end());
    QVERIFY(harvest->spaceAfter);
    QCOMPARE(toQString(std::next(harvest)->text), QStringLiteral("Fund"));
}

void DocSourceTest::charBoxesWhereDrawn()
{
    const auto source = openOrFail(corpus_.path);
    QVERIFY(source);
    const PageText text = source->text(1);
    const std::vector<DrawnLine>& lines = corpus_.pages[0];
    // Walk the drawn lines and the extracted characters together: each line's first character
    // starts at the drawn x and sits on the drawn baseline (top-left origin, y down).
    std::vector<std::pair<char32_t, Box>> chars;
    for (const Word& word : text.words)
        for (std::size_t i = 0; i < word.text.size(); ++i)
            if (!QChar::isSpace(word.text[i]))
                chars.emplace_back(word.text[i], word.charBoxes[i]);
    std::size_t at = 0;
    double previousTop = -1;
    for (const DrawnLine& line : lines) {
        QVERIFY(at < chars.size());
        const Box& box = chars[at].second;
        QCOMPARE(chars[at].first, static_cast<char32_t>(line.text.toUcs4().front()));
        QVERIFY2(std::abs(box.x0 - line.x) < 2.5,
                 qPrintable(QStringLiteral("x0 %1 vs %2").arg(box.x0).arg(line.x)));
        QVERIFY2(box.y0 < line.baseline && box.y0 > line.baseline - 1.3 * line.size,
                 qPrintable(QStringLiteral("y0 %1 baseline %2").arg(box.y0).arg(line.baseline)));
        QVERIFY(box.y1 > line.baseline - 0.3 * line.size && box.y1 < line.baseline + 0.6 * line.size);
        QVERIFY(box.width() > 0.3 * line.size && box.width() < 1.3 * line.size);
        QVERIFY(box.y0 > previousTop);
        previousTop = box.y0;
        at += withoutSpaces(line.text).size();
    }
    QCOMPARE(at, chars.size());
}

void DocSourceTest::lineAndParagraphFlags()
{
    const auto source = openOrFail(corpus_.path);
    QVERIFY(source);
    for (int page = 1; page <= 2; ++page) {
        const PageText text = source->text(page);
        const std::vector<DrawnLine>& lines = corpus_.pages[static_cast<std::size_t>(page - 1)];
        std::size_t lineIndex = 0;
        std::u32string sofar;
        for (const Word& word : text.words) {
            sofar += withoutSpaces(word.text);
            if (!word.lineEndAfter) {
                QVERIFY2(!word.blockEndAfter, qPrintable(toQString(word.text)));
                continue;
            }
            QVERIFY(lineIndex < lines.size());
            QCOMPARE(toQString(sofar), toQString(withoutSpaces(lines[lineIndex].text)));
            QVERIFY(!word.spaceAfter);
            QVERIFY2(
                word.blockEndAfter == lines[lineIndex].paragraphEnd,
                qPrintable(
                    QStringLiteral("page %1 line %2: %3").arg(page).arg(lineIndex).arg(toQString(sofar))));
            sofar.clear();
            ++lineIndex;
        }
        QCOMPARE(lineIndex, lines.size());
    }
}

void DocSourceTest::imageOnlyPageHasNoText()
{
    const auto source = openOrFail(corpus_.path);
    QVERIFY(source);
    QVERIFY(source->hasText(1));
    QVERIFY(source->hasText(2));
    QVERIFY(!source->hasText(3));
    QVERIFY(source->text(3).words.empty());
    QVERIFY(source->text(4).words.empty()); // out of range: empty, no crash
    QVERIFY(!source->hasText(0));
}

// A page box of 200 × 200 inches (the PDF maximum) at 150 dpi would be 900 M pixels; the render
// comes back at the dpi that fits the cap instead of allocating gigabytes (found by fuzz_pdf).
void DocSourceTest::forgedPageSizeIsCapped()
{
    const QString path = freshDir(QStringLiteral("forged")) + QStringLiteral("/huge.pdf");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
               "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
               "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] >> endobj\n"
               "trailer << /Root 1 0 R >>\n%%EOF\n");
    file.close();
    const auto source = openOrFail(path);
    QVERIFY(source);
    const Raster raster = source->render(1, 150, true);
    QVERIFY(!raster.empty());
    QVERIFY(static_cast<double>(raster.width) * raster.height <= PdfSource::kMaxRasterPixels * 1.01);
    QVERIFY(raster.dpi < 150);
    QVERIFY(std::abs(raster.width - 14400 * raster.dpi / 72) <= 2);
}

void DocSourceTest::renderAtDpi()
{
    const auto source = openOrFail(corpus_.path);
    QVERIFY(source);
    QElapsedTimer timer;
    timer.start();
    const Raster colour = source->render(1, 150, false);
    const Raster grey = source->render(2, 150, true);
    const Raster scan = source->render(3, 150, true);
    const double msPerPage = static_cast<double>(timer.nsecsElapsed()) / 3e6;
    qInfo("render: %.1f ms/page at 150 dpi", msPerPage);
    for (const Raster* r : {&colour, &grey, &scan}) {
        QVERIFY(std::abs(r->width - 1240) <= 1);
        QVERIFY(std::abs(r->height - 1754) <= 1);
        QCOMPARE(r->dpi, 150.0);
        QVERIFY(r->stride >= r->width * r->channels);
        QCOMPARE(r->pixels.size(), static_cast<std::size_t>(r->stride) * static_cast<std::size_t>(r->height));
    }
    QCOMPARE(colour.channels, 4);
    QCOMPARE(grey.channels, 1);
    // Paper is white and the drawn text is dark, where it was drawn.
    const QImage image = toImage(grey);
    QCOMPARE(qGray(image.pixel(5, 5)), 255);
    const DrawnLine& line = corpus_.pages[1][1];
    int darkest = 255;
    for (int x = static_cast<int>(line.x * 150 / 72); x < static_cast<int>((line.x + 120) * 150 / 72); ++x)
        for (int y = static_cast<int>((line.baseline - 10) * 150 / 72);
             y < static_cast<int>(line.baseline * 150 / 72); ++y)
            darkest = std::min(darkest, qGray(image.pixel(x, y)));
    QVERIFY(darkest < 80);
    QVERIFY(source->render(0, 150, true).empty());
    QVERIFY(source->render(1, 0, true).empty());
}

void DocSourceTest::encryptedPdf()
{
    const QString locked = dir_ + QStringLiteral("/locked.pdf");
    QFile::remove(locked);
    const int rc = QProcess::execute(
        QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), QStringLiteral("user"), QStringLiteral("owner"),
                                 QStringLiteral("256"), QStringLiteral("--"), corpus_.path, locked});
    QCOMPARE(rc, 0);
    SourceError error;
    QVERIFY(!PdfSource::open(locked.toStdString(), {}, &error));
    QCOMPARE(error.kind, SourceError::Kind::Encrypted);
    QVERIFY(QString::fromStdString(error.message).contains(QStringLiteral("locked.pdf")));
    QVERIFY(!PdfSource::open(locked.toStdString(), "guess", &error));
    QCOMPARE(error.kind, SourceError::Kind::WrongPassword);
    QVERIFY(QString::fromStdString(error.message).contains(QStringLiteral("locked.pdf")));
    for (const std::string password : {"user", "owner"}) {
        const auto source = PdfSource::open(locked.toStdString(), password, &error);
        QVERIFY(source);
        QVERIFY(!error);
        QCOMPARE(source->pageCount(), 3);
        QCOMPARE(toQString(extractedText(source->text(1))), toQString(drawnText(corpus_.pages[0])));
    }
}

void DocSourceTest::badFiles()
{
    SourceError error;
    const QString missing = dir_ + QStringLiteral("/no-such-file.pdf");
    QVERIFY(!PdfSource::open(missing.toStdString(), {}, &error));
    QCOMPARE(error.kind, SourceError::Kind::NotFound);
    QVERIFY(QString::fromStdString(error.message).contains(QStringLiteral("no-such-file.pdf")));

    QFile original(corpus_.path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    struct Bad
    {
        QString name;
        QByteArray content;
    };
    const std::vector<Bad> bad{
        {QStringLiteral("truncated.pdf"), bytes.left(bytes.size() / 3)},
        {QStringLiteral("header-only.pdf"), bytes.left(400)},
        {QStringLiteral("garbage.pdf"), QByteArray("this is not a PDF at all\n").repeated(50)},
    };
    for (const Bad& b : bad) {
        const QString path = dir_ + QLatin1Char('/') + b.name;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(b.content);
        file.close();
        error = {};
        QVERIFY2(!PdfSource::open(path.toStdString(), {}, &error), qPrintable(b.name));
        QCOMPARE(error.kind, SourceError::Kind::Corrupt);
        QVERIFY(QString::fromStdString(error.message).contains(b.name));
    }
    const QString empty = dir_ + QStringLiteral("/empty.pdf");
    QFile emptyFile(empty);
    QVERIFY(emptyFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    emptyFile.close();
    QVERIFY(!PdfSource::open(empty.toStdString(), {}, &error));
    QCOMPARE(error.kind, SourceError::Kind::Empty);
    QVERIFY(QString::fromStdString(error.message).contains(QStringLiteral("empty.pdf")));
}

void DocSourceTest::extractionSpeed()
{
    QElapsedTimer timer;
    timer.start();
    const Corpus big = makeContractPdf(dir_ + QStringLiteral("/big.pdf"), 297);
    const qint64 writeMs = timer.restart();
    const auto source = openOrFail(big.path);
    QVERIFY(source);
    QCOMPARE(source->pageCount(), 300);
    std::size_t characters = 0;
    for (int page = 1; page <= source->pageCount(); ++page)
        characters += extractedText(source->text(page)).size();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    qInfo("extraction: 300 pages, %zu characters in %.2f s (%.0f pages/s); writing the PDF took %lld ms",
          characters, seconds, 300 / seconds, writeMs);
    std::size_t expected = 0;
    for (const auto& page : big.pages)
        expected += drawnText(page).size();
    QCOMPARE(characters, expected);
}

void DocSourceTest::ocrOfNoisyScan()
{
    OcrOptions options;
    std::string why;
    QElapsedTimer initTimer;
    initTimer.start();
    if (!ocrAvailable(options, &why))
        QSKIP(why.c_str());
    const double initSeconds = static_cast<double>(initTimer.nsecsElapsed()) / 1e9;
    const auto source = openOrFail(corpus_.path);
    QVERIFY(source);
    const Raster clean = source->render(1, 300, true);

    // The "scan": rotated by 1.5°, Gaussian noise, salt and pepper.
    QImage scan(clean.width, clean.height, QImage::Format_Grayscale8);
    scan.fill(255);
    {
        QPainter painter(&scan);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(clean.width / 2.0, clean.height / 2.0);
        painter.rotate(1.5);
        painter.translate(-clean.width / 2.0, -clean.height / 2.0);
        painter.drawImage(0, 0, toImage(clean));
    }
    std::mt19937 random(20240605);
    std::normal_distribution<double> noise(0, 18);
    std::uniform_real_distribution<double> unit(0, 1);
    for (int y = 0; y < scan.height(); ++y) {
        uchar* row = scan.scanLine(y);
        for (int x = 0; x < scan.width(); ++x) {
            const double u = unit(random);
            if (u < 0.002)
                row[x] = 0;
            else if (u < 0.004)
                row[x] = 255;
            else
                row[x] = static_cast<uchar>(std::clamp(row[x] + noise(random), 0.0, 255.0));
        }
    }
    // Through an image file, as a scan would arrive: loadImage reads the PNG's stated dpi.
    scan.setDotsPerMeterX(qRound(300 / 0.0254));
    scan.setDotsPerMeterY(qRound(300 / 0.0254));
    const QString scanPath = dir_ + QStringLiteral("/scan.png");
    QVERIFY(scan.save(scanPath));
    SourceError error;
    const Raster loaded = loadImage(scanPath.toStdString(), &error);
    QVERIFY(!error);
    QCOMPARE(loaded.channels, 1);
    QVERIFY(std::abs(loaded.dpi - 300) < 0.5);
    QCOMPARE(loaded.width, clean.width);

    QElapsedTimer timer;
    timer.start();
    const PageText text = recognise(loaded, 1, options, &error);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QVERIFY2(!error, error.message.c_str());
    const std::u32string expected = drawnText(corpus_.pages[0]);
    const std::u32string got = extractedText(text);
    const double accuracy =
        1.0 - static_cast<double>(editDistance(expected, got)) / static_cast<double>(expected.size());
    qInfo("OCR: %.2f s/page at 300 dpi (Tesseract init in ocrAvailable: %.2f s), character accuracy %.4f",
          seconds, initSeconds, accuracy);
    if (accuracy < 0.95)
        qWarning() << "OCR text:" << toQString(got);
    QVERIFY(accuracy >= 0.95);
    QVERIFY(std::abs(text.width - kPageWidth) < 1);

    double confidenceSum = 0;
    std::size_t confidenceCount = 0;
    for (const Word& word : text.words) {
        QCOMPARE(word.confidence.size(), word.text.size());
        QCOMPARE(word.charBoxes.size(), word.text.size());
        for (float c : word.confidence) {
            QVERIFY(c >= 0 && c <= 100);
            confidenceSum += c;
            ++confidenceCount;
        }
    }
    QVERIFY(confidenceSum / static_cast<double>(confidenceCount) > 60);
    QVERIFY(text.words.back().lineEndAfter && text.words.back().blockEndAfter);
    // Boxes come back in the unrotated page's points: the heading sits near where it was drawn
    // (the 1.5° scan rotation moves it a few points).
    const DrawnLine& heading = corpus_.pages[0][0];
    const Box& firstBox = text.words.front().charBoxes.front();
    QVERIFY2(std::abs(firstBox.x0 - heading.x) < 15 && std::abs(firstBox.y1 - heading.baseline) < 20,
             qPrintable(QStringLiteral("%1,%2").arg(firstBox.x0).arg(firstBox.y1)));
    // No space between two CJK characters; the Latin words keep theirs.
    for (std::size_t i = 0; i + 1 < text.words.size(); ++i) {
        const Word& w = text.words[i];
        if (!w.text.empty() && !text.words[i + 1].text.empty() && w.text.back() >= 0x4E00 &&
            w.text.back() <= 0x9FFF && text.words[i + 1].text.front() >= 0x4E00 &&
            text.words[i + 1].text.front() <= 0x9FFF)
            QVERIFY(!w.spaceAfter);
    }

    std::atomic_bool cancel = true;
    options.cancel = &cancel;
    const PageText none = recognise(loaded, 1, options, &error);
    QCOMPARE(error.kind, SourceError::Kind::Cancelled);
    QVERIFY(none.words.empty());
}

// A two-column page under a full-width title, with the columns' lines side by side on the same
// baselines: read across, the lines would interleave; in reading order the left column comes first.
void DocSourceTest::ocrReadsColumnsInOrder()
{
    OcrOptions options;
    std::string why;
    if (!ocrAvailable(options, &why))
        QSKIP(why.c_str());
    const QString title = QStringLiteral("关于基金投资运作与财产托管安排的说明");
    // Sentences of the contract page that the noisy-scan test reads, set in narrower columns.
    const QStringList& contract = pageOneParagraphs();
    const QStringList left{contract[2], contract[4]};
    const QStringList right{contract[5], contract[1]};
    constexpr double dpi = 300;
    constexpr double gutter = 24; // points
    QImage page(qRound(kPageWidth * dpi / 72), qRound(kPageHeight * dpi / 72), QImage::Format_Grayscale8);
    page.fill(255);
    {
        QPainter painter(&page);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(dpi / 72, dpi / 72);
        QFont titleFont(QStringLiteral("Noto Serif CJK SC"));
        titleFont.setPointSizeF(kHeadingSize);
        painter.setFont(titleFont);
        const double titleWidth = QFontMetricsF(titleFont, painter.device()).horizontalAdvance(title);
        painter.drawText(QPointF((kPageWidth - titleWidth) / 2, kMargin + kHeadingSize), title);
        QFont body(QStringLiteral("Noto Serif CJK SC"));
        body.setPointSizeF(kBodySize);
        painter.setFont(body);
        const QFontMetricsF metrics(body, painter.device());
        const double columnWidth = (kPageWidth - 2 * kMargin - gutter) / 2;
        auto drawColumn = [&](const QStringList& paragraphs, double x0) {
            double baseline = kMargin + kHeadingSize * 3;
            for (const QString& paragraph : paragraphs) {
                QString line;
                double x = x0 + 2 * kBodySize;
                for (const QChar c : paragraph) {
                    if (metrics.horizontalAdvance(line + c) > columnWidth - (x - x0)) {
                        painter.drawText(QPointF(x, baseline), line);
                        baseline += kPitch;
                        x = x0;
                        line.clear();
                    }
                    line += c;
                }
                painter.drawText(QPointF(x, baseline), line);
                baseline += kPitch + kParagraphGap;
            }
        };
        drawColumn(left, kMargin);
        drawColumn(right, kMargin + columnWidth + gutter);
    }
    const PageText text = recognise(toRaster(page, dpi), 1, options, nullptr);
    const std::u32string got = extractedText(text);
    const std::u32string expected = withoutSpaces(title + left.join(QString()) + right.join(QString()));
    const double accuracy =
        1.0 - static_cast<double>(editDistance(expected, got)) / static_cast<double>(expected.size());
    qInfo("two-column OCR: character accuracy %.4f", accuracy);
    // Where each column's first and last sentences begin (their first ten characters) in the text read.
    auto at = [&](const QString& sentence) { return got.find(withoutSpaces(sentence.left(10))); };
    const std::size_t titleAt = got.find(withoutSpaces(title.left(8)));
    const std::size_t leftFirst = at(left.front()), leftLast = at(left.back());
    const std::size_t rightFirst = at(right.front()), rightLast = at(right.back());
    QVERIFY2(titleAt != std::u32string::npos && leftFirst != std::u32string::npos &&
                 leftLast != std::u32string::npos && rightFirst != std::u32string::npos &&
                 rightLast != std::u32string::npos,
             qPrintable(toQString(got)));
    QVERIFY2(titleAt < leftFirst && leftFirst < leftLast && leftLast < rightFirst && rightFirst < rightLast,
             qPrintable(toQString(got)));
    QVERIFY2(accuracy >= 0.95, qPrintable(toQString(got)));
    // The word where the right column's text begins sits right of the gutter, in page points.
    auto rightWord = text.words.begin();
    for (std::size_t read = 0; rightWord != text.words.end(); ++rightWord) {
        read += withoutSpaces(rightWord->text).size();
        if (read > rightFirst)
            break;
    }
    QVERIFY(rightWord != text.words.begin() && rightWord != text.words.end());
    QVERIFY(rightWord->box.x0 > kPageWidth / 2);
    QVERIFY(std::prev(rightWord)->blockEndAfter);
}

void DocSourceTest::ocrMissingLanguage()
{
    OcrOptions options;
    options.languages = "chi_sim+klingon_tlh";
    std::string why;
    QVERIFY(!ocrAvailable(options, &why));
    QVERIFY2(why.find("klingon_tlh") != std::string::npos, why.c_str());
    QVERIFY2(why.find("tesseract-ocr-klingon-tlh") != std::string::npos, why.c_str());
    QVERIFY(why.find("chi_sim") == std::string::npos);
    SourceError error;
    const Raster missing = loadImage((dir_ + QStringLiteral("/none.png")).toStdString(), &error);
    QVERIFY(missing.empty());
    QCOMPARE(error.kind, SourceError::Kind::NotFound);
    const QString notImage = dir_ + QStringLiteral("/not-image.png");
    QFile file(notImage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not an image");
    file.close();
    QVERIFY(loadImage(notImage.toStdString(), &error).empty());
    QCOMPARE(error.kind, SourceError::Kind::Unsupported);
    QVERIFY(QString::fromStdString(error.message).contains(QStringLiteral("not-image.png")));
}

void DocSourceTest::visualCompareFindsSeal()
{
    const auto source = openOrFail(corpus_.path);
    QVERIFY(source);
    const Raster a = source->render(1, 150, false);
    const QImage pageA = toImage(a);

    // B: the same page shifted by (7, 4) px and scaled by 1.01, with a red seal stamped on it.
    QImage pageB(pageA.size(), QImage::Format_ARGB32);
    pageB.fill(Qt::white);
    const QPointF sealCentre(900, 1450); // in B's pixels, on blank paper below the text
    const double sealRadius = 110;
    {
        QPainter painter(&pageB);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(7, 4);
        painter.scale(1.01, 1.01);
        painter.drawImage(0, 0, pageA);
        painter.resetTransform();
        painter.setPen(QPen(QColor(220, 30, 30), 8));
        painter.drawEllipse(sealCentre, sealRadius, sealRadius);
        QFont font(QStringLiteral("Noto Serif CJK SC"));
        font.setPixelSize(40);
        painter.setFont(font);
        painter.drawText(QRectF(sealCentre.x() - 90, sealCentre.y() - 30, 180, 60), Qt::AlignCenter,
                         QStringLiteral("合同专用章"));
    }
    const Raster b = toRaster(pageB, 150);

    std::vector<double> times;
    VisualDiff diff;
    for (int i = 0; i < 5; ++i) {
        diff = compareRasters(a, b);
        times.push_back(diff.elapsedMs);
    }
    std::sort(times.begin(), times.end());
    qInfo("visual compare: %.1f ms/page at 150 dpi (median of 5; shift %.2f,%.2f scale %.4f rotation %.3f°)",
          times[2], diff.shiftX, diff.shiftY, diff.scale, diff.rotationDeg);
    QVERIFY(diff.aligned);
    QVERIFY2(std::abs(diff.shiftX + 7 / 1.01) < 0.5 && std::abs(diff.shiftY + 4 / 1.01) < 0.5,
             qPrintable(QStringLiteral("%1,%2").arg(diff.shiftX).arg(diff.shiftY)));
    QVERIFY(std::abs(diff.scale - 1 / 1.01) < 0.002);
    QVERIFY(std::abs(diff.rotationDeg) < 0.1);

    // The seal in A's points: undo B's shift and scale, then pixels → points.
    const double toPoints = 72.0 / 150.0;
    const double reach = sealRadius + 4;
    const QRectF seal(((sealCentre.x() - reach - 7) / 1.01) * toPoints,
                      ((sealCentre.y() - reach - 4) / 1.01) * toPoints, 2 * reach / 1.01 * toPoints,
                      2 * reach / 1.01 * toPoints);
    QCOMPARE(diff.boxesA.size(), std::size_t{1});
    const Box& box = diff.boxesA.front();
    QVERIFY(overlaps(box, seal));
    QVERIFY2(std::abs(box.x0 - seal.left()) < 6 && std::abs(box.y0 - seal.top()) < 6 &&
                 std::abs(box.x1 - seal.right()) < 6 && std::abs(box.y1 - seal.bottom()) < 6,
             qPrintable(QStringLiteral("box %1,%2 %3,%4 seal %5,%6 %7,%8")
                            .arg(box.x0)
                            .arg(box.y0)
                            .arg(box.x1)
                            .arg(box.y1)
                            .arg(seal.left())
                            .arg(seal.top())
                            .arg(seal.right())
                            .arg(seal.bottom())));
    QVERIFY(diff.changedShare > 0 && diff.changedShare < 0.05);
}

void DocSourceTest::visualCompareIdenticalAndUnaligned()
{
    const auto source = openOrFail(corpus_.path);
    QVERIFY(source);
    const Raster a = source->render(2, 150, true);
    VisualDiff same = compareRasters(a, a);
    QVERIFY(same.aligned);
    QVERIFY(same.boxesA.empty());
    QCOMPARE(same.changedShare, 0.0);
    QVERIFY(std::abs(same.shiftX) < 0.5 && std::abs(same.shiftY) < 0.5 && std::abs(same.scale - 1) < 0.002);

    // The same page rendered at another dpi: sizes differ, content does not.
    const Raster b = source->render(2, 200, false);
    const VisualDiff rescaled = compareRasters(a, b);
    QVERIFY(rescaled.aligned);
    QVERIFY2(rescaled.boxesA.empty(), qPrintable(QString::number(rescaled.boxesA.size())));

    // A page moved far, scaled by 4 % and turned by 2°, as a scan of a printout might be.
    QImage moved(1240, 1754, QImage::Format_Grayscale8);
    moved.fill(255);
    {
        QPainter painter(&moved);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(60, 45);
        painter.rotate(2);
        painter.scale(1.04, 1.04);
        painter.drawImage(0, 0, toImage(a));
    }
    const VisualDiff far = compareRasters(a, toRaster(moved, 150));
    QVERIFY(far.aligned);
    QVERIFY2(std::abs(far.scale - 1 / 1.04) < 0.003 && std::abs(far.rotationDeg + 2) < 0.1,
             qPrintable(QStringLiteral("scale %1 rotation %2").arg(far.scale).arg(far.rotationDeg)));
    QVERIFY2(far.boxesA.empty(), qPrintable(QString::number(far.boxesA.size())));

    // Scaled down by 12 % and turned by 5°: beyond ECC's reach, found by feature matching.
    QImage shrunk(1240, 1754, QImage::Format_Grayscale8);
    shrunk.fill(255);
    {
        QPainter painter(&shrunk);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(140, 90);
        painter.rotate(5);
        painter.scale(0.88, 0.88);
        painter.drawImage(0, 0, toImage(a));
    }
    const VisualDiff shrunkDiff = compareRasters(a, toRaster(shrunk, 150));
    QVERIFY(shrunkDiff.aligned);
    QVERIFY2(
        std::abs(shrunkDiff.scale - 1 / 0.88) < 0.01 && std::abs(shrunkDiff.rotationDeg + 5) < 0.2,
        qPrintable(QStringLiteral("scale %1 rotation %2").arg(shrunkDiff.scale).arg(shrunkDiff.rotationDeg)));
    QVERIFY2(shrunkDiff.boxesA.empty(), qPrintable(QString::number(shrunkDiff.boxesA.size())));

    // Different pages: the text differs everywhere, so there are boxes over the text area.
    const Raster other = source->render(1, 150, true);
    VisualOptions noAlign;
    noAlign.align = false;
    const VisualDiff different = compareRasters(a, other, noAlign);
    QVERIFY(!different.boxesA.empty());
    QVERIFY(different.changedShare > 0.005);
}

QTEST_MAIN(DocSourceTest)
#include "tst_docsource.moc"
