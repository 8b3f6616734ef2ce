// Review decisions in the cache (saved, reopened, re-anchored onto a new version of one side),
// exclusion templates, the redline report as HTML and as PDF (every change, both SHA-256s, the
// watermark on every page), and `wsctl docs diff` end to end (JSON, bad input, audited reports).
#include "TestUtil.h"

#include "documents/Report.h"
#include "documents/ReportPdf.h"
#include "documents/ReviewStore.h"
#include "store/Database.h"
#include "store/DbWriter.h"
#include "store/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

#include <memory>

using namespace ws;
using namespace ws::documents;

namespace {

FileInfo fileInfo(const QString& name, const QByteArray& content)
{
    FileInfo f;
    f.path = QStringLiteral("/reviews/") + name;
    f.fileName = name;
    f.size = content.size();
    f.sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    return f;
}

Change change(ChangeType type, const QString& aText, const QString& bText, const QString& before,
              const QString& after, int index)
{
    Change c;
    c.index = index;
    c.type = type;
    c.aText = aText;
    c.bText = bText;
    c.aContext = before + aText + after;
    c.bContext = before + bText + after;
    c.a.begin.offset = c.b.begin.offset = static_cast<int>(before.size());
    c.a.end.offset = c.a.begin.offset + static_cast<int>(aText.size());
    c.b.end.offset = c.b.begin.offset + static_cast<int>(bText.size());
    c.aPage = index / 3 + 1;
    c.bPage = index / 3 + 2;
    return c;
}

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run wsctl(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(WS_WSCTL), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text comparable across PDF extraction: Qt maps some CJK glyphs back to their Kangxi radical code
// points (⾦ for 金) in the PDF's ToUnicode table, which NFKC folds back; whitespace is layout.
QString comparable(const QString& text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    folded.remove(QRegularExpression(QStringLiteral("\\s")));
    return folded;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestDocReview : public QObject
{
    Q_OBJECT

    QString dir_;
    QString cachePath_;
    QSqlDatabase db_;
    std::unique_ptr<store::DbWriter> writer_;

    FileInfo a_ = fileInfo(QStringLiteral("基金合同-v1.pdf"), "version one");
    FileInfo b_ = fileInfo(QStringLiteral("基金合同-v2.pdf"), "version two");

    std::vector<Change> v1v2Changes() const
    {
        return {
            change(ChangeType::Replace, QStringLiteral("1.5%"), QStringLiteral("1.2%"),
                   QStringLiteral("本基金的年管理费率为"), QStringLiteral("，按前一日基金资产净值计提"), 0),
            change(ChangeType::Insert, QString(), QStringLiteral("工商"), QStringLiteral("基金托管人为中国"),
                   QStringLiteral("银行股份有限公司"), 1),
            change(ChangeType::Punctuation, QStringLiteral("。"), QStringLiteral("."),
                   QStringLiteral("本合同自签署之日起生效"), QStringLiteral("第四条 争议解决"), 2),
        };
    }

    void reopen()
    {
        db_ = QSqlDatabase();
        store::Database::close(QStringLiteral("review"));
        store::OpenResult r = store::Database::open(cachePath_, QStringLiteral("review"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message() : QString()));
        db_ = r.db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        dir_ = freshDir(QStringLiteral("review"));
        cachePath_ = dir_ + QStringLiteral("/cache.sqlite");
        reopen();
        writer_ = std::make_unique<store::DbWriter>(cachePath_);
        connect(
            writer_.get(), &store::DbWriter::jobFailed, this,
            [](quint64, const QString& message) { qWarning("writer job failed: %s", qPrintable(message)); },
            Qt::DirectConnection);
    }

    void cleanupTestCase()
    {
        writer_.reset();
        db_ = QSqlDatabase();
        store::Database::close(QStringLiteral("review"));
    }

    void fingerprintIsStableAndSpecific()
    {
        const Change c = v1v2Changes()[0];
        QCOMPARE(changeFingerprint(c), changeFingerprint(c));
        QCOMPARE(changeFingerprint(c).size(), 64);
        // Context far from the change (or the change's position) does not matter ...
        Change far = c;
        far.aContext = QStringLiteral("第二条 ") + c.aContext + QStringLiteral("（以下简称“管理费”）");
        far.bContext = QStringLiteral("第二条 ") + c.bContext + QStringLiteral("（以下简称“管理费”）");
        far.a.begin.offset += 4; // the change sits further into its paragraph
        far.b.begin.offset += 4;
        far.index = 7;
        far.aPage = far.bPage = 40;
        QCOMPARE(changeFingerprint(far), changeFingerprint(c));
        // ... but the texts, the type and the nearby context do.
        Change other = c;
        other.bText = QStringLiteral("1.3%");
        other.bContext = QStringLiteral("本基金的年管理费率为1.3%，按前一日基金资产净值计提");
        QVERIFY(changeFingerprint(other) != changeFingerprint(c));
        Change elsewhere = c;
        elsewhere.bContext = QStringLiteral("本基金的年托管费率为1.2%，按前一日基金资产净值计提");
        QVERIFY(changeFingerprint(elsewhere) != changeFingerprint(c));
        Change typed = c;
        typed.type = ChangeType::Punctuation;
        QVERIFY(changeFingerprint(typed) != changeFingerprint(c));
    }

    void decisionsPersistAcrossReopen()
    {
        const std::vector<Change> changes = v1v2Changes();
        const PairKey pair{a_.sha256, b_.sha256};
        QCOMPARE(loadDecisions(db_, pair, changes).size(), 0u);

        ReviewDecision first =
            decisionFor(changes[0], Decision::Question, QStringLiteral("费率下调需董事会决议"),
                        QStringLiteral("审阅人甲"));
        writer_->waitFor(saveDecision(*writer_, pair, a_, b_, first));
        // Changing one's mind keeps the earlier decision in the history.
        ReviewDecision accepted = decisionFor(changes[0], Decision::Accepted,
                                              QStringLiteral("已见董事会决议"), QStringLiteral("审阅人甲"));
        writer_->waitFor(saveDecision(*writer_, pair, a_, b_, accepted));
        ReviewDecision rejected =
            decisionFor(changes[1], Decision::Rejected, QString(), QStringLiteral("审阅人乙"));
        writer_->waitFor(saveDecision(*writer_, pair, a_, b_, rejected));
        QCOMPARE(writer_->stats().failed, 0u);

        reopen();
        const auto loaded = loadDecisions(db_, pair, changes);
        QCOMPARE(loaded.size(), 2u);
        QCOMPARE(loaded.at(0).decision, Decision::Accepted);
        QCOMPARE(loaded.at(0).comment, QStringLiteral("已见董事会决议"));
        QCOMPARE(loaded.at(0).reviewer, QStringLiteral("审阅人甲"));
        QCOMPARE(loaded.at(0).decidedAt.toMSecsSinceEpoch(), accepted.decidedAt.toMSecsSinceEpoch());
        QVERIFY(!loaded.at(0).carriedOver);
        QCOMPARE(loaded.at(1).decision, Decision::Rejected);
        QCOMPARE(loaded.at(1).reviewer, QStringLiteral("审阅人乙"));
        QVERIFY(!loaded.contains(2));

        QCOMPARE(store::scalar(
                     db_, QStringLiteral("SELECT COUNT(*) FROM doc_decision_history WHERE fingerprint = ?"),
                     {first.fingerprint})
                     .toInt(),
                 2);
        QCOMPARE(store::scalar(db_, QStringLiteral("SELECT name_b FROM doc_review_pairs WHERE sha_a = ?"),
                               {a_.sha256Hex()})
                     .toString(),
                 b_.fileName);
        // Keyed by content, not by name: the same files under other names show the same decisions.
        QCOMPARE(loadDecisions(db_, PairKey{a_.sha256, b_.sha256}, changes).size(), 2u);
    }

    void decisionsCarryOverToANewVersion()
    {
        // v3 replaces v2 as B: the fee change is still there (its context moved), the custodian
        // change is now a different one, the punctuation change is unchanged but was never decided.
        const FileInfo v3 = fileInfo(QStringLiteral("基金合同-v3.pdf"), "version three");
        std::vector<Change> changes = v1v2Changes();
        changes[0].bContext = QStringLiteral("经协商，本基金的年管理费率为1.2%（含税）");
        changes[1].bText = QStringLiteral("建设");
        changes[1].bContext = QStringLiteral("基金托管人为中国建设银行股份有限公司");
        const auto carried = loadDecisions(db_, PairKey{a_.sha256, v3.sha256}, changes);
        QCOMPARE(carried.size(), 1u);
        QVERIFY(carried.contains(0));
        QVERIFY(carried.at(0).carriedOver);
        QCOMPARE(carried.at(0).decision, Decision::Accepted);
        QCOMPARE(carried.at(0).comment, QStringLiteral("已见董事会决议"));
        QCOMPARE(carried.at(0).fingerprint, changeFingerprint(changes[0])); // saved under the new pair

        // A new version of A works the same way, by fingerprint when nothing moved.
        const FileInfo v0 = fileInfo(QStringLiteral("基金合同-v0.pdf"), "version zero");
        const auto fromA = loadDecisions(db_, PairKey{v0.sha256, b_.sha256}, v1v2Changes());
        QCOMPARE(fromA.size(), 2u);
        QVERIFY(fromA.at(0).carriedOver && fromA.at(1).carriedOver);
        QCOMPARE(fromA.at(1).decision, Decision::Rejected);

        // Once the new pair has its own decision, that one wins.
        writer_->waitFor(saveDecision(*writer_, PairKey{a_.sha256, v3.sha256}, a_, v3,
                                      decisionFor(changes[0], Decision::Rejected, QStringLiteral("v3 改回"),
                                                  QStringLiteral("审阅人乙"))));
        const auto own = loadDecisions(db_, PairKey{a_.sha256, v3.sha256}, changes);
        QCOMPARE(own.at(0).decision, Decision::Rejected);
        QVERIFY(!own.at(0).carriedOver);
        // Pairs that share neither file get nothing.
        const FileInfo v9 = fileInfo(QStringLiteral("other.pdf"), "another contract");
        QCOMPARE(loadDecisions(db_, PairKey{v0.sha256, v9.sha256}, v1v2Changes()).size(), 0u);
    }

    void exclusionTemplatesRoundTrip()
    {
        ExclusionTemplate t;
        t.name = QStringLiteral("基金合同");
        t.zones.push_back(ExclusionZone{QStringLiteral("页眉"), 0, QRectF(0, 0, 1, 0.08)});
        t.zones.push_back(ExclusionZone{QStringLiteral("印章"), 3, QRectF(0.6, 0.7, 0.3, 0.2)});
        t.patterns << QStringLiteral("^第\\s*\\d+\\s*页$");
        writer_->waitFor(saveExclusionTemplate(*writer_, t));
        ExclusionTemplate other;
        other.name = QStringLiteral("招股说明书");
        other.patterns << QStringLiteral("^保密$");
        writer_->waitFor(saveExclusionTemplate(*writer_, other));
        t.patterns << QStringLiteral("^草稿$"); // saving again replaces
        writer_->waitFor(saveExclusionTemplate(*writer_, t));

        reopen();
        auto loaded = loadExclusionTemplates(db_);
        QCOMPARE(loaded.size(), 2u);
        QCOMPARE(loaded[0].name, QStringLiteral("基金合同"));
        QCOMPARE(loaded[0].patterns, t.patterns);
        QCOMPARE(loaded[0].zones.size(), 2u);
        QCOMPARE(loaded[0].zones[1].name, QStringLiteral("印章"));
        QCOMPARE(loaded[0].zones[1].page, 3);
        QVERIFY(std::abs(loaded[0].zones[1].rect.x() - 0.6) < 1e-9);
        QVERIFY(std::abs(loaded[0].zones[1].rect.height() - 0.2) < 1e-9);
        QCOMPARE(loaded[1].name, QStringLiteral("招股说明书"));

        writer_->waitFor(deleteExclusionTemplate(*writer_, QStringLiteral("招股说明书")));
        loaded = loadExclusionTemplates(db_);
        QCOMPARE(loaded.size(), 1u);
        QCOMPARE(writer_->stats().failed, 0u);
    }

    void reportHtmlHasEverything()
    {
        DiffResult result;
        result.changes = v1v2Changes();
        Change move = change(ChangeType::Move, QStringLiteral("基金份额持有人大会由基金管理人召集"),
                             QStringLiteral("基金份额持有人大会由基金管理人召集"), QStringLiteral("第五条 "),
                             QStringLiteral("。"), 3);
        move.innerEdits.push_back(
            InnerEdit{ChangeType::Replace, QStringLiteral("召集"), QStringLiteral("召开"), {}, {}, false});
        move.introducedIn = 2;
        result.changes.push_back(move);
        result.changes[0].material = true;
        result.changes[0].materialKinds << QStringLiteral("percent");
        result.summary = DiffSummary{1, 0, 1, 1, 1, 1};
        ReportInput input;
        input.a = a_;
        input.b = b_;
        input.result = &result;
        input.decisions = loadDecisions(db_, PairKey{a_.sha256, b_.sha256}, result.changes);
        input.reviewer = QStringLiteral("审阅人<甲>");
        input.generatedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::utc());

        const QString html = reportHtml(input);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(a_.sha256Hex()));
        QVERIFY(html.contains(b_.sha256Hex()));
        QVERIFY(html.contains(a_.fileName) && html.contains(b_.fileName));
        QVERIFY(input.watermark().contains(QStringLiteral("审阅人<甲>")));
        QVERIFY(input.watermark().contains(QStringLiteral("2024-05-06")));
        const QString escapedMark = input.watermark().toHtmlEscaped();
        QVERIFY(html.count(escapedMark) > 10);                 // repeated over the page
        QVERIFY(!html.contains(QStringLiteral("审阅人<甲>"))); // escaped everywhere
        QVERIFY(html.contains(QStringLiteral("position: fixed")));
        for (const Change& c : result.changes) {
            QVERIFY2(html.contains(c.aText) && html.contains(c.bText), qPrintable(c.bText));
            // The context is around the marked text.
            if (!c.aText.isEmpty() && c.type != ChangeType::Move)
                QVERIFY2(html.contains(QStringLiteral("<del>%1</del>").arg(c.aText)), qPrintable(c.aText));
            if (!c.bText.isEmpty() && c.type != ChangeType::Move)
                QVERIFY2(html.contains(QStringLiteral("<ins>%1</ins>").arg(c.bText)), qPrintable(c.bText));
        }
        QVERIFY(html.contains(QStringLiteral("费率下调需董事会决议")) == false); // the latest comment only
        QVERIFY(html.contains(QStringLiteral("已见董事会决议")));
        QVERIFY(html.contains(QStringLiteral("<ins>召开</ins>")));
        QVERIFY(
            html.contains(QStringLiteral("Introduced in version v3"))); // introducedIn 2 = the third version

        const QString body = reportBodyHtml(input);
        QVERIFY(!body.contains(QLatin1String("position")));
        QVERIFY(body.contains(QStringLiteral("<s>1.5%</s>")));
        QVERIFY(body.contains(QStringLiteral("<u>1.2%</u>")));
        QVERIFY(body.contains(a_.sha256Hex()) && body.contains(b_.sha256Hex()));
    }

    void reportPdfHasEveryChangeAndAWatermarkOnEveryPage()
    {
        // A long report: 90 changes of distinct text, so the PDF spans several pages.
        DiffResult result;
        QStringList texts;
        for (int i = 0; i < 90; ++i) {
            const QString aText = QStringLiteral("甲方应于%1日内支付").arg(i + 10);
            const QString bText = QStringLiteral("乙方应于%1个工作日内付清").arg(i + 20);
            result.changes.push_back(change(ChangeType::Replace, aText, bText,
                                            QStringLiteral("根据本协议第三条，"),
                                            QStringLiteral("全部款项。"), i));
            texts << aText << bText;
        }
        result.summary.replaces = 90;
        ReportInput input;
        input.a = a_;
        input.b = b_;
        input.result = &result;
        input.reviewer = QStringLiteral("合规审阅人王五");
        input.generatedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::utc());
        const QString dir = freshDir(QStringLiteral("pdf"));
        const QString path = dir + QStringLiteral("/报告.pdf");
        QString error;
        QVERIFY2(widgets::writeReportPdf(input, path, &error), qPrintable(error));

        const QString info = run(QStringLiteral("pdfinfo"), {path});
        const QRegularExpressionMatch pagesMatch =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(pagesMatch.hasMatch(), qPrintable(info));
        const int pages = pagesMatch.captured(1).toInt();
        QVERIFY2(pages > 1, qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("基金合同-v1.pdf")));

        QString all;
        for (int page = 1; page <= pages; ++page) {
            const QString text = run(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                      QString::number(page), path, QStringLiteral("-")});
            // The footer repeats the watermark and both files' SHA-256 prefixes, with the page number.
            QVERIFY2(comparable(text).contains(comparable(input.watermark())), qPrintable(text));
            QVERIFY(text.contains(a_.sha256Hex().left(16)) && text.contains(b_.sha256Hex().left(16)));
            QVERIFY2(text.contains(QStringLiteral("%1 / %2").arg(page).arg(pages)), qPrintable(text));
            all += text;
        }
        const QString allComparable = comparable(all);
        for (const QString& t : texts)
            QVERIFY2(allComparable.contains(comparable(t)), qPrintable(t));
        QVERIFY(allComparable.contains(comparable(a_.sha256Hex())));

        // The diagonal watermark itself: its blue tint covers both halves of the page diagonal on
        // every page, and nothing else in the report is blue.
        QVERIFY(QProcess::execute(QStringLiteral("pdftoppm"),
                                  {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), path,
                                   dir + QStringLiteral("/page")}) == 0);
        const QStringList images =
            QDir(dir).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(images.size(), pages);
        for (const QString& name : images) {
            const QImage image = QImage(dir + QLatin1Char('/') + name).convertToFormat(QImage::Format_RGB32);
            QVERIFY(!image.isNull());
            int upperRight = 0, lowerLeft = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QRgb px = image.pixel(x, y);
                    if (qBlue(px) > qRed(px) + 12 && qBlue(px) > qGreen(px) + 8) {
                        if (x > image.width() / 2 && y < image.height() / 2)
                            ++upperRight;
                        else if (x < image.width() / 2 && y > image.height() / 2)
                            ++lowerLeft;
                    }
                }
            }
            QVERIFY2(upperRight > 30 && lowerLeft > 30,
                     qPrintable(QStringLiteral("%1: %2 / %3").arg(name).arg(upperRight).arg(lowerLeft)));
        }
    }

    void cliDiffJson()
    {
        const QString dir = freshDir(QStringLiteral("cli"));
        writeFile(dir + QStringLiteral("/a.txt"),
                  QStringLiteral("第一条 本基金的年管理费率为1.5%，按前一日基金资产净值计提。\n\n"
                                 "第二条 基金托管人为中国银行股份有限公司。\n\n"
                                 "第三条 本合同自签署之日起生效，双方各执一份。\n")
                      .toUtf8());
        writeFile(dir + QStringLiteral("/b.txt"),
                  QStringLiteral("第一条 本基金的年管理费率为1.2%，按前一日基金资产净值计提。\n\n"
                                 "第二条 基金托管人为中国工商银行股份有限公司。\n\n"
                                 "第三条 本合同自签署之日起生效,双方各执一份。\n")
                      .toUtf8());
        const Run r = wsctl({QStringLiteral("--db"), dir + QStringLiteral("/cache.sqlite"),
                             QStringLiteral("docs"), QStringLiteral("diff"), dir + QStringLiteral("/a.txt"),
                             dir + QStringLiteral("/b.txt"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject a = o[QStringLiteral("a")].toObject();
        QCOMPARE(a[QStringLiteral("name")].toString(), QStringLiteral("a.txt"));
        QFile aFile(dir + QStringLiteral("/a.txt"));
        QVERIFY(aFile.open(QIODevice::ReadOnly));
        const QByteArray aBytes = aFile.readAll();
        QCOMPARE(a[QStringLiteral("sha256")].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(aBytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(a[QStringLiteral("size")].toInt(), aBytes.size());
        QVERIFY(!a[QStringLiteral("format")].toString().isEmpty());
        QCOMPARE(o[QStringLiteral("b")].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("b.txt"));

        const QJsonArray changes = o[QStringLiteral("changes")].toArray();
        QCOMPARE(changes.size(), 3);
        const QJsonObject fee = changes[0].toObject();
        QCOMPARE(fee[QStringLiteral("type")].toString(), QStringLiteral("replace"));
        QVERIFY(fee[QStringLiteral("a_text")].toString().contains(QStringLiteral("1.5%")));
        QVERIFY(fee[QStringLiteral("b_text")].toString().contains(QStringLiteral("1.2%")));
        QCOMPARE(fee[QStringLiteral("material")].toBool(), true);
        QVERIFY(fee[QStringLiteral("material_kinds")].toArray().contains(QStringLiteral("percent")));
        const QJsonObject bank = changes[1].toObject();
        QCOMPARE(bank[QStringLiteral("type")].toString(), QStringLiteral("insert"));
        QCOMPARE(bank[QStringLiteral("a_text")].toString(), QString());
        QCOMPARE(bank[QStringLiteral("b_text")].toString(), QStringLiteral("工商"));
        const QJsonObject stop = changes[2].toObject();
        QCOMPARE(stop[QStringLiteral("type")].toString(), QStringLiteral("punctuation"));
        QCOMPARE(stop[QStringLiteral("a_text")].toString(), QStringLiteral("，"));
        QCOMPARE(stop[QStringLiteral("b_text")].toString(), QStringLiteral(","));
        QCOMPARE(stop[QStringLiteral("material")].toBool(), false);

        const QJsonObject summary = o[QStringLiteral("summary")].toObject();
        QCOMPARE(summary[QStringLiteral("total")].toInt(), 3);
        QCOMPARE(summary[QStringLiteral("replaces")].toInt(), 1);
        QCOMPARE(summary[QStringLiteral("inserts")].toInt(), 1);
        QCOMPARE(summary[QStringLiteral("punctuation")].toInt(), 1);
        QCOMPARE(summary[QStringLiteral("normalisations")].toArray().size(), 0);
        QVERIFY(o[QStringLiteral("elapsed_ms")].isDouble());

        // With the width normalisation on, the punctuation change is hidden and the summary says so.
        const Run width =
            wsctl({QStringLiteral("--db"), dir + QStringLiteral("/cache.sqlite"), QStringLiteral("docs"),
                   QStringLiteral("diff"), dir + QStringLiteral("/a.txt"), dir + QStringLiteral("/b.txt"),
                   QStringLiteral("--json"), QStringLiteral("--ignore-width")});
        QCOMPARE(width.code, 0);
        const QJsonObject w = QJsonDocument::fromJson(width.out).object();
        QCOMPARE(w[QStringLiteral("changes")].toArray().size(), 2);
        QCOMPARE(w[QStringLiteral("summary")].toObject()[QStringLiteral("normalisations")].toArray().size(),
                 1);
    }

    // `docs diff v1 v3 --versions v2`: the chain v1 → v2 → v3 compared as v1 with v3, each change naming
    // the version that introduced it (JSON, text and report); a missing intermediate version exits 2
    // naming it; without --versions nothing names a version.
    void cliDiffChain()
    {
        const QString dir = freshDir(QStringLiteral("chain"));
        const QString first =
            QStringLiteral("第一条 本基金的年管理费率为1.5%，按前一日基金资产净值计提。\n\n");
        const QString second = QStringLiteral("第二条 基金托管人为中国银行股份有限公司。\n");
        const QString sentence = QStringLiteral("托管费率为0.25%。");
        writeFile(dir + QStringLiteral("/合同-v1.txt"), (first + second).toUtf8());
        QString changed = first;
        changed.replace(QStringLiteral("1.5%"), QStringLiteral("1.2%"));
        writeFile(dir + QStringLiteral("/合同-v2.txt"), (changed + second).toUtf8());
        QString inserted = second;
        inserted.replace(QStringLiteral("公司。"), QStringLiteral("公司。") + sentence);
        writeFile(dir + QStringLiteral("/合同-v3.txt"), (changed + inserted).toUtf8());
        const QString db = dir + QStringLiteral("/cache.sqlite");
        const QStringList base{QStringLiteral("--db"),
                               db,
                               QStringLiteral("docs"),
                               QStringLiteral("diff"),
                               dir + QStringLiteral("/合同-v1.txt"),
                               dir + QStringLiteral("/合同-v3.txt")};

        Run r = wsctl(base + QStringList{QStringLiteral("--versions"), dir + QStringLiteral("/合同-v2.txt"),
                                         QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("a")].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("合同-v1.txt"));
        QCOMPARE(o[QStringLiteral("b")].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("合同-v3.txt"));
        const QJsonArray versions = o[QStringLiteral("versions")].toArray();
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions[1].toObject()[QStringLiteral("name")].toString(), QStringLiteral("合同-v2.txt"));
        QCOMPARE(versions[1].toObject()[QStringLiteral("index")].toInt(), 1);
        QJsonArray changes = o[QStringLiteral("changes")].toArray();
        QCOMPARE(changes.size(), 2);
        for (const QJsonValue& value : changes) {
            const QJsonObject c = value.toObject();
            const QJsonObject introduced = c[QStringLiteral("introduced_in")].toObject();
            if (c[QStringLiteral("type")].toString() == QLatin1String("replace")) {
                QVERIFY(c[QStringLiteral("b_text")].toString().contains(QStringLiteral("1.2%")));
                QCOMPARE(introduced[QStringLiteral("index")].toInt(), 1);
                QCOMPARE(introduced[QStringLiteral("file")].toString(), QStringLiteral("合同-v2.txt"));
            } else {
                QCOMPARE(c[QStringLiteral("type")].toString(), QStringLiteral("insert"));
                QCOMPARE(c[QStringLiteral("b_text")].toString(), sentence);
                QCOMPARE(introduced[QStringLiteral("index")].toInt(), 2);
                QCOMPARE(introduced[QStringLiteral("file")].toString(), QStringLiteral("合同-v3.txt"));
            }
        }

        // The text output and the report name the version too.
        const QString report = dir + QStringLiteral("/chain.html");
        r = wsctl(base + QStringList{QStringLiteral("--versions"), dir + QStringLiteral("/合同-v2.txt"),
                                     QStringLiteral("--report"), report});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("introduced in v2 合同-v2.txt")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("introduced in v3 合同-v3.txt")), qPrintable(text));
        QFile html(report);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString htmlText = QString::fromUtf8(html.readAll());
        QVERIFY(htmlText.contains(QStringLiteral("Introduced in version v2 (合同-v2.txt)")));
        QVERIFY(htmlText.contains(QStringLiteral("Introduced in version v3 (合同-v3.txt)")));

        // Without --versions: the same two changes, and no version named.
        r = wsctl(base + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!o.contains(QStringLiteral("versions")));
        changes = o[QStringLiteral("changes")].toArray();
        QCOMPARE(changes.size(), 2);
        for (const QJsonValue& value : changes)
            QVERIFY(!value.toObject().contains(QStringLiteral("introduced_in")));

        // A missing intermediate version: exit 2, named, nothing on stdout.
        r = wsctl(base +
                  QStringList{QStringLiteral("--versions"),
                              dir + QStringLiteral("/合同-v2.txt,") + dir + QStringLiteral("/合同-v2b.txt"),
                              QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("合同-v2b.txt")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void cliBadInput()
    {
        const QString dir = freshDir(QStringLiteral("bad"));
        writeFile(dir + QStringLiteral("/ok.txt"), QStringLiteral("第一条 内容。\n").toUtf8());
        // A DOCX that is a zip header and then nothing sensible.
        writeFile(dir + QStringLiteral("/合同.docx"),
                  QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) + QByteArray(300, '\x7f'));
        const QString db = dir + QStringLiteral("/cache.sqlite");

        Run r = wsctl({QStringLiteral("--db"), db, QStringLiteral("docs"), QStringLiteral("diff"),
                       dir + QStringLiteral("/missing.pdf"), dir + QStringLiteral("/ok.txt")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("missing.pdf")), qPrintable(r.err));

        r = wsctl({QStringLiteral("--db"), db, QStringLiteral("docs"), QStringLiteral("diff"),
                   dir + QStringLiteral("/ok.txt"), dir + QStringLiteral("/合同.docx"),
                   QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("合同.docx")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        r = wsctl({QStringLiteral("--db"), db, QStringLiteral("docs"), QStringLiteral("diff"),
                   dir + QStringLiteral("/ok.txt")});
        QCOMPARE(r.code, 2);
        r = wsctl({QStringLiteral("--db"), db, QStringLiteral("docs"), QStringLiteral("diff"),
                   dir + QStringLiteral("/ok.txt"), dir + QStringLiteral("/ok.txt"),
                   QStringLiteral("--report"), dir + QStringLiteral("/report.docx")});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(dir + QStringLiteral("/report.docx")));
    }

    void cliReportsAreWrittenAndAudited()
    {
        const QString dir = freshDir(QStringLiteral("report"));
        writeFile(
            dir + QStringLiteral("/v1.txt"),
            QStringLiteral("第一条 认购费率为1.0%。\n\n第二条 本基金的业绩比较基准为沪深300指数收益率。\n")
                .toUtf8());
        writeFile(
            dir + QStringLiteral("/v2.txt"),
            QStringLiteral("第一条 认购费率为0.8%。\n\n第二条 本基金的业绩比较基准为中证500指数收益率。\n")
                .toUtf8());
        const QString db = dir + QStringLiteral("/cache.sqlite");
        QStringList shas;
        for (const QString& name : {QStringLiteral("v1.txt"), QStringLiteral("v2.txt")}) {
            QFile f(dir + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            shas << QString::fromLatin1(
                QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        }
        for (const QString& report : {QStringLiteral("redline.pdf"), QStringLiteral("redline.html")}) {
            const QString path = dir + QLatin1Char('/') + report;
            const Run r = wsctl({QStringLiteral("--db"), db, QStringLiteral("docs"), QStringLiteral("diff"),
                                 dir + QStringLiteral("/v1.txt"), dir + QStringLiteral("/v2.txt"),
                                 QStringLiteral("--report"), path, QStringLiteral("--reviewer"),
                                 QStringLiteral("审阅人丙")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY(QFileInfo(path).size() > 1000);
            QVERIFY(QString::fromUtf8(r.out).contains(path));
        }
        QFile html(dir + QStringLiteral("/redline.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString htmlText = QString::fromUtf8(html.readAll());
        QVERIFY(htmlText.contains(QStringLiteral("审阅人丙")));
        QVERIFY(htmlText.contains(shas[0]) && htmlText.contains(shas[1]));
        QVERIFY(htmlText.contains(QStringLiteral("0.8%")) && htmlText.contains(QStringLiteral("中证500")));
        const QString pdfText = comparable(
            run(QStringLiteral("pdftotext"), {dir + QStringLiteral("/redline.pdf"), QStringLiteral("-")}));
        QVERIFY2(pdfText.contains(comparable(QStringLiteral("审阅人丙"))), qPrintable(pdfText));
        QVERIFY(pdfText.contains(QStringLiteral("0.8%")));

        store::OpenResult opened = store::Database::open(db, QStringLiteral("cli-audit"));
        QVERIFY(opened.ok());
        {
            QSqlQuery q = store::exec(
                opened.db, QStringLiteral("SELECT object, result, detail FROM sys_audit WHERE action = "
                                          "'docs.report' ORDER BY id"));
            QStringList objects;
            while (q.next()) {
                objects << q.value(0).toString();
                QCOMPARE(q.value(1).toString(), QStringLiteral("ok"));
                QVERIFY(q.value(2).toString().contains(shas[0]) && q.value(2).toString().contains(shas[1]));
            }
            QCOMPARE(objects,
                     (QStringList{QFileInfo(dir + QStringLiteral("/redline.pdf")).absoluteFilePath(),
                                  QFileInfo(dir + QStringLiteral("/redline.html")).absoluteFilePath()}));
        }
        opened.db = QSqlDatabase();
        store::Database::close(QStringLiteral("cli-audit"));
    }
};

QTEST_MAIN(TestDocReview)
#include "tst_docreview.moc"
