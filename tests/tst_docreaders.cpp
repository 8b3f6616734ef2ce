// The document readers: plain text (reflow, Chinese list labels, GB18030), Markdown, HTML, DOCX
// written by the test with QuaZip (runs split mid-word, tables, headers/footers, automatic
// numbering, tracked changes), PDF drawn by QPdfWriter with a CJK font over several pages (running
// header, page-number footer, a paragraph across a page break), the DOCX and PDF renditions of one
// text giving the same paragraphs, exclusion zones and patterns, OCR of a page drawn as a picture,
// and the errors a reviewer sees for bad input.

#include "TestUtil.h"
#include "documents/DocDiff.h"
#include "documents/DocumentLoader.h"
#include "documents/Exclusions.h"
#include "documents/Ocr.h"
#include "documents/TextReaders.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QStringEncoder>
#include <QtTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace ws::documents;

namespace {

constexpr double kPageWidth = 595.28, kPageHeight = 841.89; // A4 in points
constexpr double kMargin = 72;
constexpr double kBodySize = 15;
constexpr double kPitch = 27;
constexpr double kParagraphGap = 10;

QString withoutSpaces(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// The body of a fund contract: headings, list items and long clauses that wrap over many lines.
const QStringList& contractParagraphs()
{
    static const QStringList paragraphs{
        QStringLiteral("第一部分 前言"),
        QStringLiteral("一、订立本基金合同的目的、依据和原则"),
        QStringLiteral("订立本基金合同的目的是保护基金投资者合法权益，明确基金合同当事人的权利义务，规范基金"
                       "运作。订立本基"
                       "金合同的依据是《中华人民共和国民法典》、《中华人民共和国证券投资基金法》（以下简称《"
                       "基金法》）、《公"
                       "开募集证券投资基金运作管理办法》（以下简称《运作办法》）、《证券投资基金销售管理办法"
                       "》（以下简称《"
                       "销售办法》）、《公开募集证券投资基金信息披露管理办法》（以下简称《信息披露办法》）和"
                       "其他有关法律法规"
                       "。订立本基金合同的原则是平等自愿、诚实信用、充分保护基金投资者的合法权益"),
        QStringLiteral("二、基金合同是规定基金合同当事人之间权利义务关系的基本法律文件，其他与基金相关的涉及"
                       "基金合同当事人"
                       "之间权利义务关系的任何文件或表述，如与基金合同有冲突，均以基金合同为准。基金合同当事"
                       "人按照《基金法》"
                       "、基金合同及其他有关规定享有权利、承担义务。基金合同的当事人包括基金管理人、基金托管"
                       "人和基金份额持"
                       "有人。基金投资者自依本基金合同取得基金份额，即成为基金份额持有人和本基金合同的当事人"
                       "，其持有基金份"
                       "额的行为本身即表明其对基金合同的承认和接受。"),
        QStringLiteral("三、华夏稳健增利债券型证券投资基金由基金管理人依照《基金法》、基金合同及其他有关规定"
                       "募集，并经中国证"
                       "券监督管理委员会（以下简称中国证监会）2021年6月30日证监许可〔2021〕2256号文准予募集注"
                       "册。中国证监"
                       "会对本基金募集的注册，并不表明其对本基金的投资价值、市场前景和收益作出实质性判断或保"
                       "证，也不表明投"
                       "资于本基金没有风险。"),
        QStringLiteral("第二部分 释义"),
        QStringLiteral(
            "（一）基金或本基金：指华夏稳健增利债券型证券投资基金，基金代码为005321，基金份额的初始面值为人民"
            "币1"
            ".00元，本基金的资产净值截至2023年6月30日为15.1亿元，基金份额净值增长率为3.5%，同期业绩比较基准收"
            "益率为2.8%。"),
        QStringLiteral("（二）基金管理人：指华夏基金管理有限公司；基金托管人：指中国建设银行股份有限公司；注"
                       "册登记机构：指"
                       "办理登记业务的机构，本基金的登记机构为华夏基金管理有限公司或接受华夏基金管理有限公司"
                       "委托代为办理登"
                       "记业务的机构。"),
        QStringLiteral("1."
                       "基金份额持有人大会：指按照本基金合同第九部分之规定召集、召开并由基金份额持有人或其合"
                       "法的代理人进行"
                       "表决的会议，基金份额持有人大会的决议自表决通过之日起生效，基金管理人应当自通过之日起"
                       "五日内报中国证"
                       "监会备案。"),
        QStringLiteral("2."
                       "工作日：指上海证券交易所、深圳证券交易所的正常交易日；T日：指销售机构在规定时间受理投"
                       "资人申购、赎回"
                       "或其他业务申请的开放日；T+n日：指自T日起第n个工作日（不包含T日），n为自然数。"),
        QStringLiteral("第三部分 基金的基本情况"),
        QStringLiteral("本基金的投资目标是在严格控制风险和保持较高流动性的基础上，力争为基金份额持有人获取超"
                       "越业绩比较基准的"
                       "稳定收益。本基金投资于债券资产的比例不低于基金资产的80%"
                       "，每个交易日日终在扣除国债期货合约需缴纳的交"
                       "易保证金后，应当保持不低于基金资产净值5%"
                       "的现金或者到期日在一年以内的政府债券，其中现金不包括结算备付"
                       "金、存出保证金、应收申购款等。本基金的业绩比较基准为中债综合全价指数收益率，基金管理"
                       "人可以依据维护"
                       "基金份额持有人合法权益的原则，根据实际情况对业绩比较基准进行相应调整，并在更新的招募"
                       "说明书中列示。"),
        QStringLiteral("本基金的申购费率随申购金额的增加而递减，申购金额在100万元以下的，申购费率为0.8%"
                       "；申购金额在100万元"
                       "以上（含）、500万元以下的，申购费率为0.5%"
                       "；申购金额在500万元以上（含）的，每笔收取1000元固定费用。"
                       "赎回费用由赎回基金份额的基金份额持有人承担，在基金份额持有人赎回基金份额时收取，对持"
                       "续持有期少于7日"
                       "的投资者收取1.5%的赎回费，并全额计入基金财产。"),
        QStringLiteral("基金管理人可以在法律法规和本基金合同规定范围内调整费率或收费方式。基金管理人最迟应于"
                       "新的费率或收费方"
                       "式实施日前依照《信息披露办法》的有关规定在中国证监会规定媒介上公告。基金管理人可以在"
                       "不违反法律法规规"
                       "定及基金合同约定的情形下根据市场情况制定基金促销计划，针对投资人定期和不定期地开展基"
                       "金促销活动。在"
                       "基金促销活动期间，按相关监管部门要求履行必要手续后，基金管理人可以适当调低基金申购费"
                       "率和基金赎回费"
                       "率。"),
        QStringLiteral("第四部分 基金份额的发售"),
        QStringLiteral(
            "本基金的募集期限自基金份额发售之日起最长不得超过三个月，具体发售时间见基金份额发售公告。投资人认"
            "购时"
            "，需按销售机构规定的方式全额缴款。投资人在募集期内可以多次认购基金份额，认购费按每笔认购申请单独"
            "计"
            "算。认购申请一经受理不得撤销。基金募集期间募集的资金应当单独存放，在基金募集行为结束前，任何人"
            "不得动用。有效认购款项在募集期间产生的利息将折算为基金份额归基金份额持有人所有，其中利息转份额以"
            "登"
            "记机构的记录为准。"),
        QStringLiteral("本基金自基金份额发售之日起三个月内，在基金募集份额总额不少于2亿份，基金募集金额不少于"
                       "2亿元人民币且基"
                       "金认购人数不少于200人的条件下，基金管理人依据法律法规及招募说明书可以决定停止基金发售"
                       "，并在10日内聘"
                       "请法定验资机构验资，自收到验资报告之日起10日内，向中国证监会办理基金备案手续。"),
    };
    return paragraphs;
}

struct PdfLayout
{
    int pageCount = 0;
    std::vector<std::pair<int, int>> paragraphPages; // first and last page of each paragraph
};

bool isWide(QChar c)
{
    return c.unicode() >= 0x2E80;
}

// Lays paragraphs out over A4 pages line by line (breaking between CJK characters, keeping Latin
// runs whole), headings flush left, list items flush left, clauses with a two-character indent; a
// running header and a "第 N 页 共 M 页" footer on every page. With `draw` false it only measures.
PdfLayout layoutContract(QPainter* painter, const QStringList& paragraphs, int pageCount, bool draw,
                         QPdfWriter* writer)
{
    PdfLayout layout;
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPointSizeF(kBodySize);
    QFont small(QStringLiteral("Noto Serif CJK SC"));
    small.setPointSizeF(9);
    const QFontMetricsF metrics(font, painter->device());
    const QFontMetricsF smallMetrics(small, painter->device());
    const double width = kPageWidth - 2 * kMargin;
    int page = 1;
    double baseline = kMargin + kBodySize;
    const auto furniture = [&] {
        if (!draw)
            return;
        painter->setFont(small);
        const QString header = QStringLiteral("某某基金合同");
        painter->drawText(QPointF((kPageWidth - smallMetrics.horizontalAdvance(header)) / 2, 40), header);
        const QString footer = QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(pageCount);
        painter->drawText(
            QPointF((kPageWidth - smallMetrics.horizontalAdvance(footer)) / 2, kPageHeight - 32), footer);
        painter->setFont(font);
    };
    furniture();
    if (draw)
        painter->setFont(font);
    for (const QString& text : paragraphs) {
        const bool flush = text.startsWith(QStringLiteral("第")) || listLabelLength(text) > 0;
        QStringList units;
        for (int i = 0; i < text.size();) {
            int j = i + 1;
            if (!isWide(text[i]) && text[i] != QLatin1Char(' '))
                while (j < text.size() && !isWide(text[j]) && text[j] != QLatin1Char(' '))
                    ++j;
            units << text.mid(i, j - i);
            i = j;
        }
        int firstPage = 0;
        double x = kMargin + (flush ? 0 : 2 * kBodySize);
        QString line;
        const auto emitLine = [&] {
            if (baseline > kPageHeight - kMargin) {
                if (draw)
                    writer->newPage();
                ++page;
                baseline = kMargin + kBodySize;
                furniture();
            }
            if (firstPage == 0)
                firstPage = page;
            if (draw)
                painter->drawText(QPointF(x, baseline), line.trimmed());
            baseline += kPitch;
            x = kMargin;
            line.clear();
        };
        for (const QString& unit : units) {
            if (!line.isEmpty() && metrics.horizontalAdvance(line + unit) > width - (x - kMargin))
                emitLine();
            line += unit;
        }
        emitLine();
        baseline += kParagraphGap;
        layout.paragraphPages.emplace_back(firstPage, page);
    }
    layout.pageCount = page;
    return layout;
}

PdfLayout writeContractPdf(const QString& path, const QStringList& paragraphs)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(72);
    QPainter painter(&writer);
    const PdfLayout measured = layoutContract(&painter, paragraphs, 0, false, &writer);
    const PdfLayout drawn = layoutContract(&painter, paragraphs, measured.pageCount, true, &writer);
    painter.end();
    return drawn;
}

// A DOCX package written entry by entry; `parts` maps entry names to their XML.
bool writeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto& [name, bytes] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(bytes);
        file.close();
        if (file.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

const char* const kNs = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

QByteArray xmlEscape(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

// A paragraph whose text is cut into runs every `runLength` characters (mid-word, mid-number).
QByteArray splitRuns(const QString& text, int runLength)
{
    QByteArray out;
    for (int i = 0; i < text.size(); i += runLength)
        out += "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + xmlEscape(text.mid(i, runLength)) +
               "</w:t></w:r>";
    return out;
}

QList<std::pair<QString, QByteArray>> docxParts(const QByteArray& body, const QByteArray& numbering)
{
    const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/header1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
        "<Override PartName=\"/word/footer1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        "</Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    const QByteArray documentRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "header\" Target=\"header1.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "footer\" Target=\"footer1.xml\"/>"
        "<Relationship Id=\"rId3\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "numbering\" Target=\"numbering.xml\"/></Relationships>";
    const QByteArray document =
        QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") + kNs + "><w:body>" + body +
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/>"
        "<w:footerReference w:type=\"default\" r:id=\"rId2\"/></w:sectPr></w:body></w:document>";
    const QByteArray header = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr ") + kNs +
                              "><w:p><w:r><w:t>某某基金合同</w:t></w:r></w:p></w:hdr>";
    const QByteArray footer = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:ftr ") + kNs +
                              "><w:p><w:r><w:t xml:space=\"preserve\">第 </w:t></w:r>"
                              "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                              "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                              "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
                              "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                              "<w:r><w:t xml:space=\"preserve\"> 页</w:t></w:r></w:p></w:ftr>";
    QList<std::pair<QString, QByteArray>> parts{
        {QStringLiteral("[Content_Types].xml"), contentTypes},
        {QStringLiteral("_rels/.rels"), rels},
        {QStringLiteral("word/_rels/document.xml.rels"), documentRels},
        {QStringLiteral("word/document.xml"), document},
        {QStringLiteral("word/header1.xml"), header},
        {QStringLiteral("word/footer1.xml"), footer},
    };
    if (!numbering.isEmpty())
        parts.append({QStringLiteral("word/numbering.xml"),
                      QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering ") + kNs + ">" +
                          numbering + "</w:numbering>"});
    return parts;
}

QStringList bodyTexts(const Document& document)
{
    QStringList texts;
    for (const Paragraph& p : document.paragraphs) {
        if (!p.excluded)
            texts << withoutSpaces(p.text);
    }
    return texts;
}

QStringList spaceless(const QStringList& texts)
{
    QStringList out;
    for (const QString& text : texts)
        out << withoutSpaces(text);
    return out;
}

// Readable on failure: the first differing paragraph pair, in Chinese rather than escapes.
QString firstDifference(const QStringList& actual, const QStringList& expected)
{
    for (qsizetype i = 0; i < std::max(actual.size(), expected.size()); ++i) {
        const QString a = actual.value(i), e = expected.value(i);
        if (a != e)
            return QStringLiteral("paragraph %1:\n  got      %2\n  expected %3").arg(i).arg(a, e);
    }
    return {};
}

const Paragraph* findParagraph(const Document& document, const QString& start)
{
    for (const Paragraph& p : document.paragraphs) {
        if (p.text.startsWith(start))
            return &p;
    }
    return nullptr;
}

} // namespace

class TestDocReaders : public QObject
{
    Q_OBJECT

private slots:
    void plainTextReflows()
    {
        const QString text =
            QStringLiteral("第一章 总则\n\n"
                           "本基金的投资目标是在严格控制风险的\n基础上，力争获取稳定收益。\n\n"
                           "The fund seeks inter-\nnational diversification\nacross markets.\n\n"
                           "一、基金名称\n"
                           "（一）基金管理人\n"
                           "1. 基金托管人为中国建设\n银行股份有限公司。\n"
                           "① 收益分配\n");
        const Document document = documentFromText(text);
        QCOMPARE(document.paragraphs.size(), std::size_t(7));
        QCOMPARE(document.paragraphs[0].text, QStringLiteral("第一章 总则"));
        QCOMPARE(document.paragraphs[0].kind, ParagraphKind::Heading);
        QCOMPARE(document.paragraphs[1].text,
                 QStringLiteral("本基金的投资目标是在严格控制风险的基础上，力争获取稳定收益。"));
        QCOMPARE(document.paragraphs[2].text,
                 QStringLiteral("The fund seeks international diversification across markets."));
        QCOMPARE(document.paragraphs[3].listLabel, QStringLiteral("一、"));
        QCOMPARE(document.paragraphs[3].text, QStringLiteral("一、基金名称"));
        QCOMPARE(document.paragraphs[4].listLabel, QStringLiteral("（一）"));
        QCOMPARE(document.paragraphs[5].listLabel, QStringLiteral("1."));
        QCOMPARE(document.paragraphs[5].text, QStringLiteral("1. 基金托管人为中国建设银行股份有限公司。"));
        QCOMPARE(document.paragraphs[5].kind, ParagraphKind::ListItem);
        // "① 收益分配" follows without a blank line: a label still starts a paragraph.
        const Document circled =
            documentFromText(QStringLiteral("甲方承诺如下：\n① 按时付款；\n② 按期交付。"));
        QCOMPARE(circled.paragraphs.size(), std::size_t(3));
        QCOMPARE(circled.paragraphs[2].listLabel, QStringLiteral("②"));
        // Numbers are not labels: "1.5亿元" at a line start continues the sentence.
        const Document number = documentFromText(QStringLiteral("基金规模为\n1.5亿元。"));
        QCOMPARE(number.paragraphs.size(), std::size_t(1));
        QCOMPARE(number.paragraphs[0].text, QStringLiteral("基金规模为1.5亿元。"));
    }

    void encodingsAreDetected()
    {
        const QString dir = freshDir(QStringLiteral("encodings"));
        const QString text = QStringLiteral(
            "基金合同当事人按照《基金法》享有权利、承担义务。\n\n二、基金份额净值为1.0235元。\n");
        QStringEncoder gb("GB18030");
        QVERIFY(gb.isValid());
        const QByteArray gbBytes = gb.encode(text);
        QVERIFY(gbBytes != text.toUtf8());
        const QString gbPath = dir + QStringLiteral("/gb.txt");
        QFile gbFile(gbPath);
        QVERIFY(gbFile.open(QIODevice::WriteOnly));
        gbFile.write(gbBytes);
        gbFile.close();
        LoadError error;
        const auto gbDocument = loadDocument(gbPath, {}, &error);
        QVERIFY2(gbDocument, qPrintable(error.message));
        QCOMPARE(gbDocument->format, SourceFormat::Text);
        QCOMPARE(gbDocument->paragraphs.size(), std::size_t(2));
        QCOMPARE(gbDocument->paragraphs[0].text,
                 QStringLiteral("基金合同当事人按照《基金法》享有权利、承担义务。"));
        QCOMPARE(gbDocument->paragraphs[1].listLabel, QStringLiteral("二、"));
        QCOMPARE(gbDocument->file.size, gbBytes.size());
        QCOMPARE(gbDocument->file.sha256, QCryptographicHash::hash(gbBytes, QCryptographicHash::Sha256));

        const QString utf16Path = dir + QStringLiteral("/utf16.txt");
        QFile utf16File(utf16Path);
        QVERIFY(utf16File.open(QIODevice::WriteOnly));
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        utf16File.write(utf16.encode(text));
        utf16File.close();
        const auto utf16Document = loadDocument(utf16Path, {}, &error);
        QVERIFY2(utf16Document, qPrintable(error.message));
        QCOMPARE(utf16Document->paragraphs[0].text, gbDocument->paragraphs[0].text);

        const QString bomPath = dir + QStringLiteral("/bom.txt");
        QFile bomFile(bomPath);
        QVERIFY(bomFile.open(QIODevice::WriteOnly));
        bomFile.write("\xEF\xBB\xBF" + text.toUtf8());
        bomFile.close();
        const auto bomDocument = loadDocument(bomPath, {}, &error);
        QVERIFY2(bomDocument, qPrintable(error.message));
        QCOMPARE(bomDocument->paragraphs[0].text, gbDocument->paragraphs[0].text);
    }

    void markdownIsStripped()
    {
        const QString markdown =
            QStringLiteral("# 基金合同摘要\n\n"
                           "本基金的**管理费**按前一日基金资产净值的*0.80%*年费率计提，\n详见[招募说明书]("
                           "https://example.com/a.pdf)。\n\n"
                           "- 申购费率：0.8%\n"
                           "1. 赎回费率：1.5%\n\n"
                           "| 项目 | 费率 |\n|---|---:|\n| 托管费 | 0.20% |\n\n"
                           "> 风险提示：基金有风险，投资须谨慎。\n");
        const Document document = documentFromText(markdown, SourceFormat::Markdown);
        QStringList texts;
        for (const Paragraph& p : document.paragraphs)
            texts << p.text;
        const QStringList expected{
            QStringLiteral("基金合同摘要"),
            QStringLiteral("本基金的管理费按前一日基金资产净值的0.80%年费率计提，详见招募说明书。"),
            QStringLiteral("申购费率：0.8%"),
            QStringLiteral("1. 赎回费率：1.5%"),
            QStringLiteral("项目"),
            QStringLiteral("费率"),
            QStringLiteral("托管费"),
            QStringLiteral("0.20%"),
            QStringLiteral("风险提示：基金有风险，投资须谨慎。")};
        QCOMPARE(texts, expected);
        QCOMPARE(document.paragraphs[0].kind, ParagraphKind::Heading);
        QCOMPARE(document.paragraphs[2].kind, ParagraphKind::ListItem);
        QCOMPARE(document.paragraphs[3].listLabel, QStringLiteral("1."));
        QCOMPARE(document.paragraphs[6].kind, ParagraphKind::TableCell);
    }

    void htmlIsScanned()
    {
        const QString html = QStringLiteral(
            "<!DOCTYPE html><html><head><title>忽略</title><style>p{color:red}</style></head><body>"
            "<h1>基金合同</h1><script>var x = '<p>不是正文</p>';</script>"
            "<p>本基金的管理费&nbsp;按前一日基金资产净值的0.80%年费率计提，\n托管费为0.20%&#xff0c;"
            "详见<a href=\"x\">招募说明书</a>。</p>"
            "<div>Fees &amp; charges<br>are paid daily</div><!-- <p>注释</p> -->"
            "<ol><li>申购费</li><li>赎回费</li></ol>"
            "<table><tr><td>托管费</td><td>0.20%</td></tr></table></body></html>");
        const Document document = documentFromText(html, SourceFormat::Html);
        QStringList texts;
        for (const Paragraph& p : document.paragraphs)
            texts << p.text;
        const QStringList expected{
            QStringLiteral("基金合同"),
            QStringLiteral(
                "本基金的管理费 按前一日基金资产净值的0.80%年费率计提，托管费为0.20%，详见招募说明书。"),
            QStringLiteral("Fees & charges"),
            QStringLiteral("are paid daily"),
            QStringLiteral("1. 申购费"),
            QStringLiteral("2. 赎回费"),
            QStringLiteral("托管费"),
            QStringLiteral("0.20%")};
        QCOMPARE(texts, expected);
        QCOMPARE(document.paragraphs[0].kind, ParagraphKind::Heading);
        QCOMPARE(document.paragraphs[4].listLabel, QStringLiteral("1."));
        QCOMPARE(document.paragraphs[6].kind, ParagraphKind::TableCell);
    }

    void docxStructure()
    {
        const QString dir = freshDir(QStringLiteral("docx"));
        const auto numbered = [](const char* numId, const char* level, const QString& text) {
            return QByteArray("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"") + level + "\"/><w:numId w:val=\"" +
                   numId + "\"/></w:numPr></w:pPr>" + splitRuns(text, 3) + "</w:p>";
        };
        QByteArray body;
        body += "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" +
                splitRuns(QStringLiteral("第一部分 前言"), 2) + "</w:p>";
        body += numbered("1", "0", QStringLiteral("总则"));
        body += numbered("1", "1", QStringLiteral("基金名称"));
        body += numbered("1", "1", QStringLiteral("基金类别"));
        body += numbered("1", "2", QStringLiteral("契约型开放式"));
        body += numbered("1", "0", QStringLiteral("释义"));
        body += numbered("1", "1", QStringLiteral("基金管理人"));
        body += numbered("2", "0", QStringLiteral("第一项"));
        body += numbered("2", "0", QStringLiteral("第二项"));
        // Runs split mid-word and mid-number, a tab, a field code, a deletion and an insertion.
        body += "<w:p><w:r><w:t>The fund seeks inter</w:t></w:r><w:r><w:t>national diversifi</w:t></w:r>"
                "<w:r><w:t>cation.</w:t></w:r></w:p>";
        body += "<w:p><w:r><w:t>资产净值为15</w:t></w:r><w:r><w:t>.1亿元</w:t></w:r>"
                "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>（已删除）</w:delText></w:r></w:del>"
                "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>，增长率为3.5%</w:t></w:r></w:ins>"
                "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> REF x </w:instrText></w:r>"
                "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>。</w:t></w:r></w:p>";
        body += "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>费</"
                "w:t></w:r>"
                "<w:r><w:t>率</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>托管费</w:t></w:r></"
                "w:p></w:tc>"
                "<w:tc><w:p><w:r><w:t>0.20%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        const QByteArray numbering = "<w:abstractNum w:abstractNumId=\"0\">"
                                     "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt "
                                     "w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
                                     "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt "
                                     "w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
                                     "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt "
                                     "w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
                                     "</w:abstractNum>"
                                     "<w:abstractNum w:abstractNumId=\"1\">"
                                     "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt "
                                     "w:val=\"decimal\"/><w:lvlText w:val=\"(%1)\"/></w:lvl>"
                                     "</w:abstractNum>"
                                     "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                                     "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
        const QString path = dir + QStringLiteral("/contract.docx");
        QVERIFY(writeZip(path, docxParts(body, numbering)));

        LoadError error;
        const auto document = loadDocument(path, {}, &error);
        QVERIFY2(document, qPrintable(error.message));
        QCOMPARE(document->format, SourceFormat::Docx);
        QStringList texts;
        QStringList labels;
        for (const Paragraph& p : document->paragraphs) {
            if (!p.excluded) {
                texts << p.text;
                labels << p.listLabel;
            }
        }
        const QStringList expected{QStringLiteral("第一部分 前言"),
                                   QStringLiteral("一、总则"),
                                   QStringLiteral("（一）基金名称"),
                                   QStringLiteral("（二）基金类别"),
                                   QStringLiteral("1.契约型开放式"),
                                   QStringLiteral("二、释义"),
                                   QStringLiteral("（一）基金管理人"),
                                   QStringLiteral("(1)第一项"),
                                   QStringLiteral("(2)第二项"),
                                   QStringLiteral("The fund seeks international diversification."),
                                   QStringLiteral("资产净值为15.1亿元，增长率为3.5%。"),
                                   QStringLiteral("项目"),
                                   QStringLiteral("费率"),
                                   QStringLiteral("托管费"),
                                   QStringLiteral("0.20%")};
        QCOMPARE(texts, expected);
        QCOMPARE(labels[1], QStringLiteral("一、"));
        QCOMPARE(labels[3], QStringLiteral("（二）"));
        QCOMPARE(labels[4], QStringLiteral("1."));
        QCOMPARE(labels[7], QStringLiteral("(1)"));
        const Paragraph* heading = findParagraph(*document, QStringLiteral("第一部分"));
        QVERIFY(heading);
        QCOMPARE(heading->kind, ParagraphKind::Heading);
        QCOMPARE(findParagraph(*document, QStringLiteral("项目"))->kind, ParagraphKind::TableCell);
        QCOMPARE(findParagraph(*document, QStringLiteral("一、"))->kind, ParagraphKind::ListItem);

        const Paragraph* header = findParagraph(*document, QStringLiteral("某某基金合同"));
        QVERIFY(header);
        QVERIFY(header->excluded);
        QCOMPARE(header->kind, ParagraphKind::Header);
        QCOMPARE(header->excludedBy, QStringLiteral("header"));
        const Paragraph* footer = findParagraph(*document, QStringLiteral("第 1 页"));
        QVERIFY(footer);
        QCOMPARE(footer->kind, ParagraphKind::Footer);
        QCOMPARE(footer->excludedBy, QStringLiteral("footer"));
        QVERIFY(document->pages.empty());
    }

    void truncatedDocxIsCorrupt()
    {
        const QString dir = freshDir(QStringLiteral("truncated"));
        const QString path = dir + QStringLiteral("/whole.docx");
        QVERIFY(writeZip(path, docxParts("<w:p><w:r><w:t>正文</w:t></w:r></w:p>", {})));
        QFile whole(path);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString truncatedPath = dir + QStringLiteral("/合同-截断.docx");
        QFile truncated(truncatedPath);
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(bytes.left(bytes.size() * 2 / 3));
        truncated.close();
        LoadError error;
        QVERIFY(!loadDocument(truncatedPath, {}, &error));
        QCOMPARE(error.kind, LoadError::Kind::Corrupt);
        QVERIFY2(error.message.contains(QStringLiteral("合同-截断.docx")), qPrintable(error.message));

        // Well-formed ZIP, malformed XML: the message gives the part, line and column.
        const QString badXmlPath = dir + QStringLiteral("/badxml.docx");
        QVERIFY(writeZip(badXmlPath, docxParts("<w:p><w:r><w:t>正文</w:r></w:p>", {})));
        QVERIFY(!loadDocument(badXmlPath, {}, &error));
        QCOMPARE(error.kind, LoadError::Kind::Corrupt);
        QVERIFY2(error.message.contains(QStringLiteral("badxml.docx")) &&
                     error.message.contains(QStringLiteral("word/document.xml")),
                 qPrintable(error.message));
    }

    void pdfContract()
    {
        const QString dir = freshDir(QStringLiteral("pdf"));
        const QString path = dir + QStringLiteral("/contract.pdf");
        const PdfLayout layout = writeContractPdf(path, contractParagraphs());
        QVERIFY2(layout.pageCount >= 4, qPrintable(QString::number(layout.pageCount)));
        const bool spansPages = std::any_of(layout.paragraphPages.begin(), layout.paragraphPages.end(),
                                            [](const auto& pages) { return pages.first != pages.second; });
        QVERIFY(spansPages); // the corpus must exercise a paragraph continued across a page break

        QElapsedTimer timer;
        timer.start();
        LoadError error;
        const auto document = loadDocument(path, {}, &error);
        QVERIFY2(document, qPrintable(error.message));
        qInfo("PDF of %d pages read in %lld ms", document->pageCount(),
              static_cast<long long>(timer.elapsed()));
        QCOMPARE(document->format, SourceFormat::Pdf);
        QCOMPARE(document->pageCount(), layout.pageCount);
        QVERIFY2(bodyTexts(*document) == spaceless(contractParagraphs()),
                 qPrintable(firstDifference(bodyTexts(*document), spaceless(contractParagraphs()))));

        int headers = 0, pageNumbers = 0;
        for (const Paragraph& p : document->paragraphs) {
            if (!p.excluded)
                continue;
            if (withoutSpaces(p.text) == QStringLiteral("某某基金合同")) {
                ++headers;
                QCOMPARE(p.kind, ParagraphKind::Header);
            } else if (p.text.startsWith(QStringLiteral("第"))) {
                ++pageNumbers;
                QCOMPARE(p.kind, ParagraphKind::PageNumber);
            }
        }
        QCOMPARE(headers, layout.pageCount);
        QCOMPARE(pageNumbers, layout.pageCount);

        // Every body paragraph sits on the pages the layout put it on, with one box per UTF-16 unit.
        int index = 0;
        for (const Paragraph& p : document->paragraphs) {
            if (p.excluded)
                continue;
            const auto [first, last] = layout.paragraphPages[static_cast<std::size_t>(index)];
            QCOMPARE(p.boxes.size(), static_cast<std::size_t>(p.text.size()));
            QCOMPARE(p.page, first);
            QCOMPARE(p.lastPage, last);
            QCOMPARE(int(p.boxes.front().page), first);
            QCOMPARE(int(p.boxes.back().page), last);
            for (const CharBox& box : p.boxes) {
                QVERIFY(box.x0 >= kMargin - 2 && box.x1 <= kPageWidth - kMargin + 2);
                QVERIFY(box.y0 > 0 && box.y1 < kPageHeight);
            }
            ++index;
        }
        const Paragraph* chapter = findParagraph(*document, QStringLiteral("第二部分"));
        QVERIFY(chapter);
        QCOMPARE(chapter->kind, ParagraphKind::Heading);
        const Paragraph* item = findParagraph(*document, QStringLiteral("（二）"));
        QVERIFY(item);
        QCOMPARE(item->listLabel, QStringLiteral("（二）"));
    }

    void docxAndPdfGiveTheSameParagraphs()
    {
        const QString dir = freshDir(QStringLiteral("crossformat"));
        const QString pdfPath = dir + QStringLiteral("/contract.pdf");
        writeContractPdf(pdfPath, contractParagraphs());
        QByteArray body;
        for (const QString& text : contractParagraphs()) {
            const QByteArray style = text.startsWith(QStringLiteral("第")) && text.size() < 20
                                         ? "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>"
                                         : "";
            body += "<w:p>" + style + splitRuns(text, 5) + "</w:p>";
        }
        const QString docxPath = dir + QStringLiteral("/contract.docx");
        QVERIFY(writeZip(docxPath, docxParts(body, {})));
        LoadError error;
        const auto pdf = loadDocument(pdfPath, {}, &error);
        QVERIFY2(pdf, qPrintable(error.message));
        const auto docx = loadDocument(docxPath, {}, &error);
        QVERIFY2(docx, qPrintable(error.message));
        QVERIFY2(bodyTexts(*pdf) == bodyTexts(*docx),
                 qPrintable(firstDifference(bodyTexts(*pdf), bodyTexts(*docx))));
        QStringList pdfLabels, docxLabels;
        for (const Paragraph& p : pdf->paragraphs)
            if (!p.excluded)
                pdfLabels << p.listLabel;
        for (const Paragraph& p : docx->paragraphs)
            if (!p.excluded)
                docxLabels << p.listLabel;
        QCOMPARE(pdfLabels, docxLabels);
        // The property a reviewer relies on: the comparison itself reports nothing, either way round.
        QCOMPARE(diffDocuments(*docx, *pdf).changes.size(), std::size_t{0});
        QCOMPARE(diffDocuments(*pdf, *docx).changes.size(), std::size_t{0});
        // And a planted edit in the PDF rendition is the one change reported.
        QStringList edited = contractParagraphs();
        const QRegularExpression digit(QStringLiteral("[0-9]"));
        const auto withDigit =
            std::find_if(edited.begin(), edited.end(), [&](const QString& p) { return p.contains(digit); });
        QVERIFY(withDigit != edited.end());
        const qsizetype at = withDigit->indexOf(digit);
        (*withDigit)[at] = (*withDigit)[at] == u'9' ? u'8' : QChar((*withDigit)[at].unicode() + 1);
        const QString editedPath = dir + QStringLiteral("/contract-edited.pdf");
        writeContractPdf(editedPath, edited);
        const auto pdfEdited = loadDocument(editedPath, {}, &error);
        QVERIFY2(pdfEdited, qPrintable(error.message));
        const DiffResult result = diffDocuments(*docx, *pdfEdited);
        QCOMPARE(result.changes.size(), std::size_t{1});
        QVERIFY(result.changes.front().material);
    }

    void exclusionZonesAndPatterns()
    {
        const QString dir = freshDir(QStringLiteral("exclusions"));
        const QString path = dir + QStringLiteral("/stamped.pdf");
        {
            QPdfWriter writer(path);
            writer.setPageLayout(
                QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
            writer.setResolution(72);
            QPainter painter(&writer);
            QFont font(QStringLiteral("Noto Serif CJK SC"));
            font.setPointSizeF(kBodySize);
            painter.setFont(font);
            painter.drawText(QPointF(kMargin, 120), QStringLiteral("甲方：某某基金管理有限公司"));
            painter.drawText(QPointF(kMargin, 160), QStringLiteral("乙方：某某银行股份有限公司"));
            painter.drawText(QPointF(380, 400), QStringLiteral("（盖章）2023年6月30日"));
            painter.drawText(QPointF(kMargin, 600), QStringLiteral("签署日期：二〇二三年六月三十日"));
        }
        LoadError error;
        const auto plain = loadDocument(path, {}, &error);
        QVERIFY2(plain, qPrintable(error.message));
        QVERIFY(bodyTexts(*plain).contains(QStringLiteral("（盖章）2023年6月30日")));

        LoadOptions options;
        options.exclusions.name = QStringLiteral("协议");
        options.exclusions.zones.push_back(
            ExclusionZone{QStringLiteral("stamp"), 0, QRectF(0.6, 400.0 / kPageHeight - 0.05, 0.4, 0.08)});
        options.exclusions.patterns << QStringLiteral("签署日期：.*");
        // The template survives its JSON form.
        const ExclusionTemplate reread = ExclusionTemplate::fromJson(
            QJsonDocument::fromJson(QJsonDocument(options.exclusions.toJson()).toJson()).object());
        QCOMPARE(reread.name, options.exclusions.name);
        QCOMPARE(reread.patterns, options.exclusions.patterns);
        QCOMPARE(reread.zones.size(), std::size_t(1));
        QCOMPARE(reread.zones[0].rect, options.exclusions.zones[0].rect);
        options.exclusions = reread;

        const auto excluded = loadDocument(path, options, &error);
        QVERIFY2(excluded, qPrintable(error.message));
        const QStringList texts = bodyTexts(*excluded);
        QCOMPARE(texts, (QStringList{QStringLiteral("甲方：某某基金管理有限公司"),
                                     QStringLiteral("乙方：某某银行股份有限公司")}));
        const Paragraph* stamp = findParagraph(*excluded, QStringLiteral("（盖章）"));
        QVERIFY(stamp && stamp->excluded);
        QCOMPARE(stamp->excludedBy, QStringLiteral("stamp"));

        // A zone over half a line cuts just those characters (and their boxes).
        ExclusionTemplate half;
        half.zones.push_back(ExclusionZone{QStringLiteral("date"), 1, QRectF(0.75, 0.3, 0.25, 0.4)});
        Document partial = *plain;
        QVERIFY(applyExclusions(partial, half) >= 1);
        const Paragraph* cut = findParagraph(partial, QStringLiteral("（盖章）"));
        QVERIFY(cut && !cut->excluded);
        QVERIFY(cut->text.size() < QStringLiteral("（盖章）2023年6月30日").size());
        QCOMPARE(cut->boxes.size(), static_cast<std::size_t>(cut->text.size()));
    }

    void repeatedFurnitureIsMarked()
    {
        // Four pages: a watermark in the middle, a running header, a bare page number at the
        // bottom, and body text that differs per page (one body line repeats on two pages only).
        Document document;
        const auto paragraph = [](const QString& text, int page, float y, float size) {
            Paragraph p;
            p.text = text;
            p.page = p.lastPage = page;
            for (qsizetype i = 0; i < text.size(); ++i) {
                const float x = 100 + static_cast<float>(i) * size;
                p.boxes.push_back(CharBox{static_cast<std::int16_t>(page), x, y - size, x + size, y});
            }
            return p;
        };
        for (int page = 1; page <= 4; ++page) {
            document.pages.push_back(PageInfo{page, 595, 842, false, 100});
            document.paragraphs.push_back(paragraph(QStringLiteral("招募说明书（更新）"), page, 40, 9));
            document.paragraphs.push_back(
                paragraph(QStringLiteral("第%1条 本条约定基金的第%1项事项。").arg(page), page, 200, 12));
            document.paragraphs.push_back(paragraph(QStringLiteral("内部资料 注意保密"), page, 430, 40));
            document.paragraphs.push_back(
                paragraph(page <= 2 ? QStringLiteral("同上") : QStringLiteral("另见附件"), page, 500, 12));
            document.paragraphs.push_back(paragraph(QString::number(page + 10), page, 810, 9));
        }
        QCOMPARE(markRepeatedFurniture(document), 12);
        for (const Paragraph& p : document.paragraphs) {
            if (p.text.startsWith(QStringLiteral("招募")))
                QCOMPARE(p.kind, ParagraphKind::Header);
            else if (p.text.startsWith(QStringLiteral("内部")))
                QCOMPARE(p.kind, ParagraphKind::Watermark);
            else if (p.text.size() == 2 && p.text[0].isDigit())
                QCOMPARE(p.kind, ParagraphKind::PageNumber);
            else
                QVERIFY2(!p.excluded, qPrintable(p.text));
        }
        QVERIFY(looksLikePageNumber(QStringLiteral("- 3 -")));
        QVERIFY(looksLikePageNumber(QStringLiteral("第 3 页 共 20 页")));
        QVERIFY(looksLikePageNumber(QStringLiteral("3/20")));
        QVERIFY(!looksLikePageNumber(QStringLiteral("2023年")));
    }

    void badInputIsNamed()
    {
        const QString dir = freshDir(QStringLiteral("bad"));
        LoadError error;
        const QString missing = dir + QStringLiteral("/不存在.pdf");
        QVERIFY(!loadDocument(missing, {}, &error));
        QCOMPARE(error.kind, LoadError::Kind::NotFound);
        QVERIFY(error.message.contains(QStringLiteral("不存在.pdf")));

        const QString empty = dir + QStringLiteral("/empty.txt");
        QFile emptyFile(empty);
        QVERIFY(emptyFile.open(QIODevice::WriteOnly));
        emptyFile.close();
        QVERIFY(!loadDocument(empty, {}, &error));
        QCOMPARE(error.kind, LoadError::Kind::Empty);
        QVERIFY(error.message.contains(QStringLiteral("empty.txt")));

        const QString blank = dir + QStringLiteral("/blank.md");
        QFile blankFile(blank);
        QVERIFY(blankFile.open(QIODevice::WriteOnly));
        blankFile.write("\n   \n\t\n");
        blankFile.close();
        QVERIFY(!loadDocument(blank, {}, &error));
        QCOMPARE(error.kind, LoadError::Kind::Empty);

        const QString binary = dir + QStringLiteral("/data.bin");
        QFile binaryFile(binary);
        QVERIFY(binaryFile.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.append(static_cast<char>((i * 7919) % 256));
        binaryFile.write(bytes);
        binaryFile.close();
        QVERIFY(!loadDocument(binary, {}, &error));
        QCOMPARE(error.kind, LoadError::Kind::Unsupported);
        QVERIFY(error.message.contains(QStringLiteral("data.bin")));

        const QString notDocx = dir + QStringLiteral("/archive.zip");
        QVERIFY(writeZip(notDocx, {{QStringLiteral("readme.txt"), QByteArray("hello")}}));
        QVERIFY(!loadDocument(notDocx, {}, &error));
        QCOMPARE(error.kind, LoadError::Kind::Unsupported);

        // Too many pages for the configured limit.
        const QString pdf = dir + QStringLiteral("/long.pdf");
        writeContractPdf(pdf, contractParagraphs());
        LoadOptions limited;
        limited.maxPages = 2;
        QVERIFY(!loadDocument(pdf, limited, &error));
        QCOMPARE(error.kind, LoadError::Kind::TooLarge);
        QVERIFY(error.message.contains(QStringLiteral("long.pdf")));

        // Cancelled before the first page.
        std::atomic_bool cancel{true};
        LoadOptions cancelling;
        cancelling.cancel = &cancel;
        QVERIFY(!loadDocument(pdf, cancelling, &error));
        QCOMPARE(error.kind, LoadError::Kind::Cancelled);
    }

    void scannedPageIsOcrd()
    {
        const QString dir = freshDir(QStringLiteral("scan"));
        const QString path = dir + QStringLiteral("/scan.pdf");
        const QStringList scanned{QStringLiteral("基金管理人应当按时披露基金净值。"),
                                  QStringLiteral("基金托管人负责保管基金财产。")};
        {
            QImage image(1654, 2339, QImage::Format_Grayscale8); // A4 at 200 dpi
            image.fill(Qt::white);
            QPainter imagePainter(&image);
            imagePainter.scale(200.0 / 72.0, 200.0 / 72.0);
            QFont font(QStringLiteral("Noto Sans CJK SC"));
            font.setPointSizeF(16);
            imagePainter.setFont(font);
            imagePainter.setPen(Qt::black);
            imagePainter.drawText(QPointF(kMargin, 150), scanned[0]);
            imagePainter.drawText(QPointF(kMargin, 220), scanned[1]);
            imagePainter.end();
            QVERIFY(image.save(dir + QStringLiteral("/scan.png")));
            QPdfWriter writer(path);
            writer.setPageLayout(
                QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
            writer.setResolution(72);
            QPainter painter(&writer);
            painter.drawImage(QRectF(0, 0, kPageWidth, kPageHeight), image);
        }
        // Without OCR the reviewer is told the PDF has no text layer.
        LoadError error;
        LoadOptions noOcr;
        noOcr.ocrPagesWithoutText = false;
        QVERIFY(!loadDocument(path, noOcr, &error));
        QCOMPARE(error.kind, LoadError::Kind::NoTextLayer);
        QVERIFY(error.message.contains(QStringLiteral("scan.pdf")));

        std::string why;
        if (!ws::docsrc::ocrAvailable({}, &why)) {
            QVERIFY(!loadDocument(path, {}, &error));
            QCOMPARE(error.kind, LoadError::Kind::OcrUnavailable);
            QSKIP(qPrintable(QStringLiteral("OCR not installed: ") + QString::fromStdString(why)));
        }
        LoadOptions options;
        options.ocrDpi = 200;
        QElapsedTimer timer;
        timer.start();
        const auto document = loadDocument(path, options, &error);
        QVERIFY2(document, qPrintable(error.message));
        qInfo("OCR of one page took %lld ms", static_cast<long long>(timer.elapsed()));
        QCOMPARE(document->pageCount(), 1);
        QVERIFY(document->pages[0].ocr);
        const QString expected = withoutSpaces(scanned.join(QString()));
        const QString got = withoutSpaces(bodyTexts(*document).join(QString()));
        int matched = 0;
        for (QChar c : expected)
            matched += got.contains(c) ? 1 : 0;
        QVERIFY2(matched >= expected.size() * 8 / 10, qPrintable(got));
        const Paragraph& first = document->paragraphs.front();
        QCOMPARE(first.confidence.size(), static_cast<std::size_t>(first.text.size()));
        QCOMPARE(first.boxes.size(), static_cast<std::size_t>(first.text.size()));

        // The same page as a PNG file: an image document, read by OCR.
        const auto picture = loadDocument(dir + QStringLiteral("/scan.png"), {}, &error);
        QVERIFY2(picture, qPrintable(error.message));
        QCOMPARE(picture->format, SourceFormat::Image);
        QCOMPARE(picture->pageCount(), 1);
        QVERIFY(picture->pages[0].ocr);
        const QString pictureText = withoutSpaces(bodyTexts(*picture).join(QString()));
        int pictureMatched = 0;
        for (QChar c : expected)
            pictureMatched += pictureText.contains(c) ? 1 : 0;
        QVERIFY2(pictureMatched >= expected.size() * 8 / 10, qPrintable(pictureText));
    }
};

QTEST_MAIN(TestDocReaders)
#include "tst_docreaders.moc"
