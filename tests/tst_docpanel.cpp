// The document comparison panel on a real cache: two Chinese versions of a fund contract (as text
// files and as PDFs drawn with a CJK font) with planted edits — a changed amount, an inserted
// sentence, a moved paragraph — are compared through the panel; the change list shows exactly those,
// next/previous walk it, a decision and comment persist across panels (and carry over to a newer
// version of B), an encrypted PDF is read after a password prompt, a missing file is reported by
// name without losing the shown comparison, an exclusion zone removes a page's changes, the visual
// compare finds the edited pages, reports export as HTML and PDF with an audit row, and the panel is
// rendered to PNG in English and Chinese.
#include "PanelTestUtil.h"

#include "core/AppCore.h"
#include "documents/DocumentComparePanel.h"
#include "documents/PageView.h"
#include "shell/Appearance.h"
#include "store/Database.h"
#include "store/DbWriter.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>

using namespace ws;
using documents::ChangeType;
using documents::Decision;
using widgets::ChangeListModel;
using widgets::DocumentComparePanel;

namespace {

const QString kOldAmount = QStringLiteral("15.1亿元");
const QString kNewAmount = QStringLiteral("16.3亿元");
const QString kInserted =
    QStringLiteral("基金管理人应当在每个开放日的次日公告基金份额净值和基金份额累计净值。");
const QString kMovedStart = QStringLiteral("基金托管人应当安全保管基金财产");

// Version A of a fund contract, paragraph by paragraph.
QStringList versionA()
{
    return {
        QStringLiteral("第一条 为保护基金份额持有人的合法权益，明确基金合同当事人的权利与义务，规范基金运作，"
                       "依照《中华人民共和国证券投资基金法》订立本基金合同。"),
        QStringLiteral("第二条 本基金的募集规模上限为") + kOldAmount +
            QStringLiteral(
                "，募集期限自基金份额发售之日起不超过三个月，基金管理人可根据认购情况提前结束募集。"),
        QStringLiteral("第三条 基金管理人应当以诚实信用、勤勉尽责的原则管理和运用基金财产，"
                       "不得利用基金财产为基金份额持有人以外的第三人谋取利益。"),
        kMovedStart +
            QStringLiteral("，按照规定开设基金财产的资金账户和证券账户，对所托管的不同基金财产分别"
                           "设置账户，确保基金财产的完整与独立，并按照基金合同的约定复核基金份额净值。"),
        QStringLiteral(
            "第五条 本基金投资于股票的比例为基金资产的60%至95%，投资于债券、货币市场工具等固定收益类"
            "资产的比例不低于基金资产的5%。"),
        QStringLiteral("第六条 基金份额持有人享有分享基金财产收益、参与分配清算后的剩余基金财产、依法转让或者"
                       "申请赎回其持有的基金份额等权利。"),
        QStringLiteral(
            "第七条 本基金的管理费按前一日基金资产净值的1.20%年费率计提，托管费按前一日基金资产净值的"
            "0.20%年费率计提，逐日累计至每月月末，按月支付。"),
        QStringLiteral(
            "第八条 基金合同生效后，连续二十个工作日出现基金份额持有人数量不满二百人或者基金资产净值"
            "低于五千万元情形的，基金管理人应当在定期报告中予以披露。"),
        QStringLiteral(
            "第九条 基金管理人、基金托管人应当按照法律法规和中国证监会的规定编制并披露基金定期报告，"
            "包括基金季度报告、中期报告和年度报告。"),
        QStringLiteral(
            "第十条 因基金合同而产生的或与基金合同有关的一切争议，各方当事人应尽量通过协商、调解途径"
            "解决；不愿或者不能通过协商、调解解决的，任何一方均有权将争议提交上海国际经济贸易仲裁委员会仲裁"
            "。"),
        QStringLiteral(
            "第十一条 基金合同自基金管理人、基金托管人双方盖章以及双方法定代表人或授权代表签字之日起成立，"
            "于2021年6月30日生效。"),
    };
}

// Version B: the amount changed, a sentence inserted, the custodian's paragraph moved to the end.
QStringList versionB()
{
    QStringList p = versionA();
    p[1].replace(kOldAmount, kNewAmount);
    p[5] += kInserted;
    const QString moved = p.takeAt(3);
    p.insert(8, moved);
    return p;
}

bool writeText(const QString& path, const QStringList& paragraphs)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(paragraphs.join(QStringLiteral("\n\n")).toUtf8() + '\n') > 0;
}

// A4 pages at 72 dpi (a point is a pixel), Noto Serif CJK SC 12 pt, a blank line between paragraphs,
// `perPage` paragraphs per page.
bool writePdf(const QString& path, const QStringList& paragraphs, int perPage)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(72);
    writer.setCreator(QStringLiteral("tst_docpanel"));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPixelSize(12);
    painter.setFont(font);
    const double margin = 72, width = 595 - 2 * margin;
    double y = margin;
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (i > 0 && i % perPage == 0) {
            writer.newPage();
            y = margin;
        }
        QRectF used;
        painter.drawText(QRectF(margin, y, width, 600), Qt::TextWordWrap, paragraphs[i], &used);
        y += used.height() + 14;
    }
    return painter.end();
}

} // namespace

class TestDocPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<core::AppCore> core_;
    QString dir_;
    QString textA_, textB_, textB2_, pdfA_, pdfB_;

    static void shoot(QWidget* w, const QString& name)
    {
        QDir().mkpath(QStringLiteral(WS_BUILD_DIR "/screenshots"));
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        const QString path = QStringLiteral(WS_BUILD_DIR "/screenshots/") + name + QStringLiteral(".png");
        QVERIFY(w->grab().save(path));
        QVERIFY(QFileInfo(path).size() > 5000);
    }

    static bool compareAndWait(DocumentComparePanel& panel, const QString& a, const QString& b)
    {
        QSignalSpy finished(&panel, &DocumentComparePanel::comparisonFinished);
        panel.compareFiles(a, b);
        return finished.wait(30000) && finished.front().at(0).toBool();
    }

    static int countOf(const ChangeListModel& model, ChangeType type)
    {
        return static_cast<int>(std::count_if(model.changes().begin(), model.changes().end(),
                                              [type](const documents::Change& c) { return c.type == type; }));
    }

    // The change that replaced the amount.
    static int amountChange(const ChangeListModel& model)
    {
        for (const documents::Change& c : model.changes())
            if (c.aText.contains(QStringLiteral("15.1")) && c.bText.contains(QStringLiteral("16.3")))
                return c.index;
        return -1;
    }

    // The planted edits and nothing else: one replace (material: the amount), one insert, one move.
    static void checkPlantedChanges(const ChangeListModel& model)
    {
        QString list;
        for (const documents::Change& c : model.changes())
            list += QStringLiteral("\n%1 [%2] [%3]").arg(documents::changeTypeKey(c.type), c.aText, c.bText);
        QVERIFY2(model.changes().size() == 3, qPrintable(list));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(countOf(model, ChangeType::Replace), 1);
        QCOMPARE(countOf(model, ChangeType::Insert), 1);
        QCOMPARE(countOf(model, ChangeType::Move), 1);
        const int amount = amountChange(model);
        QVERIFY2(amount >= 0, qPrintable(list));
        QVERIFY(model.changes()[static_cast<std::size_t>(amount)].material);
        for (const documents::Change& c : model.changes()) {
            if (c.type == ChangeType::Insert)
                QVERIFY2(c.bText.contains(QStringLiteral("公告基金份额净值")), qPrintable(c.bText));
            if (c.type == ChangeType::Move) {
                QVERIFY(c.aText.startsWith(kMovedStart));
                QVERIFY(c.bText.startsWith(kMovedStart));
            }
        }
        // The list shows types by name and the amount's row as material.
        const int row = model.rowOf(amount);
        QCOMPARE(model.index(row, ChangeListModel::Type).data().toString(), QStringLiteral("Replaced"));
        QVERIFY(!model.index(row, ChangeListModel::Material).data().toString().isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(openPanelTestCore(QStringLiteral("docpanel"), core_, &dir_, DemoData::Skip));

        textA_ = dir_ + QStringLiteral("/基金合同-v1.txt");
        textB_ = dir_ + QStringLiteral("/基金合同-v2.txt");
        textB2_ = dir_ + QStringLiteral("/基金合同-v3.txt");
        pdfA_ = dir_ + QStringLiteral("/contract-v1.pdf");
        pdfB_ = dir_ + QStringLiteral("/contract-v2.pdf");
        QVERIFY(writeText(textA_, versionA()));
        QVERIFY(writeText(textB_, versionB()));
        QStringList v3 = versionB();
        v3.last().replace(QStringLiteral("2021年6月30日"), QStringLiteral("2021年7月1日"));
        QVERIFY(writeText(textB2_, v3));
        QVERIFY(writePdf(pdfA_, versionA(), 4));
        QVERIFY(writePdf(pdfB_, versionB(), 4));
    }

    void comparesTextAndRecordsDecisions()
    {
        DocumentComparePanel panel(*core_);
        panel.resize(1600, 1000);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QVERIFY(compareAndWait(panel, textA_, textB_));
        QVERIFY(panel.hasResult());
        ChangeListModel& model = *panel.changeModel();
        checkPlantedChanges(model);
        QVERIFY2(panel.summaryText().contains(QStringLiteral("3 change")), qPrintable(panel.summaryText()));

        // Filters: material only leaves the amount; by type leaves the move.
        const int amount = amountChange(model);
        panel.setFilter({std::nullopt, true, std::nullopt});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.changeAt(0), amount);
        panel.setFilter({ChangeType::Move, false, std::nullopt});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.changes()[static_cast<std::size_t>(model.changeAt(0))].type, ChangeType::Move);
        panel.setFilter({});
        QCOMPARE(model.rowCount(), 3);

        // Next / previous walk the list and stop at its ends; F8 is next.
        panel.selectChange(0);
        QCOMPARE(panel.currentChange(), 0);
        panel.nextChange();
        QCOMPARE(panel.currentChange(), 1);
        panel.nextChange();
        panel.nextChange();
        QCOMPARE(panel.currentChange(), 2);
        panel.previousChange();
        QCOMPARE(panel.currentChange(), 1);
        panel.changeView()->setFocus();
        QTest::keyClick(panel.changeView(), Qt::Key_F8);
        QCOMPARE(panel.currentChange(), 2);
        QTest::keyClick(panel.changeView(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(panel.currentChange(), 1);

        // A decision by keyboard and a comment on the amount; the decision filter finds it.
        panel.selectChange(amount);
        QTest::keyClick(panel.changeView(), Qt::Key_2);
        QCOMPARE(model.decision(amount)->decision, Decision::Question);
        panel.decide(Decision::Accepted);
        panel.setComment(QStringLiteral("募集规模调整已经董事会批准"));
        QCOMPARE(model.decision(amount)->decision, Decision::Accepted);
        QCOMPARE(model.decision(amount)->reviewer, QStringLiteral("tester"));
        QCOMPARE(model.index(model.rowOf(amount), ChangeListModel::DecisionColumn).data().toString(),
                 QStringLiteral("Accepted"));
        panel.setFilter({std::nullopt, false, Decision::Accepted});
        QCOMPARE(model.rowCount(), 1);
        panel.setFilter({});
        QVERIFY(panel.summaryText().contains(QStringLiteral("1 of 3 decided")));
        core_->writer().flush();
    }

    void restoresDecisionsFromDroppedFiles()
    {
        DocumentComparePanel panel(*core_);
        panel.resize(1600, 1000);
        panel.show();
        // Both files dropped on the panel at once: A and B in order, and the comparison starts.
        QSignalSpy finished(&panel, &DocumentComparePanel::comparisonFinished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(textA_), QUrl::fromLocalFile(textB_)});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&panel, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&panel, &drop);
        QCOMPARE(panel.file(DocumentComparePanel::A), QFileInfo(textA_).absoluteFilePath());
        QCOMPARE(panel.file(DocumentComparePanel::B), QFileInfo(textB_).absoluteFilePath());
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.front().at(0).toBool());

        const ChangeListModel& model = *panel.changeModel();
        const int amount = amountChange(model);
        QVERIFY(amount >= 0);
        const documents::ReviewDecision* d = model.decision(amount);
        QVERIFY(d);
        QCOMPARE(d->decision, Decision::Accepted);
        QCOMPARE(d->comment, QStringLiteral("募集规模调整已经董事会批准"));
        QVERIFY(!d->carriedOver);
        QCOMPARE(model.decisions().size(), std::size_t{1});

        // A newer B (one more edit): the decision is carried over and marked so.
        QVERIFY(compareAndWait(panel, textA_, textB2_));
        QCOMPARE(model.changes().size(), std::size_t{4});
        const int carried = amountChange(model);
        QVERIFY(carried >= 0);
        d = model.decision(carried);
        QVERIFY(d);
        QCOMPARE(d->decision, Decision::Accepted);
        QVERIFY(d->carriedOver);
        QVERIFY(model.index(model.rowOf(carried), ChangeListModel::DecisionColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("earlier version")));

        // Cancelled while reading: nothing of the run arrives later; the comparison shown stays.
        panel.compareFiles(textA_, textB_);
        QVERIFY(panel.isBusy());
        panel.cancel();
        QVERIFY(!panel.isBusy());
        QTest::qWait(300);
        QCOMPARE(model.changes().size(), std::size_t{4});
        QVERIFY(panel.hasResult());
        QCOMPARE(panel.file(DocumentComparePanel::B), QFileInfo(textB_).absoluteFilePath());

        // A missing file: named in the message; the comparison shown stays, and so do its decisions.
        QSignalSpy failed(&panel, &DocumentComparePanel::comparisonFinished);
        panel.compareFiles(dir_ + QStringLiteral("/不存在.pdf"), textB_);
        QVERIFY(failed.wait(30000));
        QVERIFY(!failed.front().at(0).toBool());
        QVERIFY2(panel.errorText().contains(QStringLiteral("不存在.pdf")), qPrintable(panel.errorText()));
        QVERIFY(!panel.isBusy());
        QVERIFY(panel.hasResult());
        QCOMPARE(model.changes().size(), std::size_t{4});
        QVERIFY(model.decision(carried));
    }

    void comparesPdfPages()
    {
        DocumentComparePanel panel(*core_);
        panel.resize(1600, 1000);
        panel.show();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(compareAndWait(panel, pdfA_, pdfB_));
        qInfo("3-page PDF pair read and compared through the panel in %lld ms", clock.elapsed());
        QVERIFY(panel.document(DocumentComparePanel::A)->hasPages());
        QCOMPARE(panel.document(DocumentComparePanel::A)->pageCount(), 3);
        ChangeListModel& model = *panel.changeModel();
        checkPlantedChanges(model);
        // Page numbers: the amount is on page 1 of both; the moved paragraph left page 1 for page 3.
        const documents::Change& amount = model.changes()[static_cast<std::size_t>(amountChange(model))];
        QCOMPARE(amount.aPage, 1);
        QCOMPARE(amount.bPage, 1);
        for (const documents::Change& c : model.changes())
            if (c.type == ChangeType::Move) {
                QCOMPARE(c.aPage, 1);
                QCOMPARE(c.bPage, 3);
            }

        // Visual compare: pages paired by the text alignment, rendered and compared on a worker.
        QSignalSpy visual(&panel, &DocumentComparePanel::visualCompareFinished);
        panel.setVisualCompare(true);
        QVERIFY(visual.wait(30000));
        QVERIFY2(panel.visualDifferencePages() >= 1,
                 qPrintable(QString::number(panel.visualDifferencePages())));
        QVERIFY(panel.summaryText().contains(QStringLiteral("visual differences")));

        panel.selectChange(amountChange(model));
        panel.decide(Decision::Question);
        panel.setComment(QStringLiteral("请确认募集上限"));
        panel.comparisonView()->setMode(widgets::ComparisonView::Mode::Pages);
        QTest::qWait(300); // let the view's page renders arrive
        shoot(&panel, QStringLiteral("document-compare-pages"));
        panel.findChild<QComboBox*>(QStringLiteral("mode"))->setCurrentIndex(1);
        QCOMPARE(panel.comparisonView()->mode(), widgets::ComparisonView::Mode::Text);
        shoot(&panel, QStringLiteral("document-compare-text"));
        panel.findChild<QComboBox*>(QStringLiteral("mode"))->setCurrentIndex(0);

        // Reports: HTML and PDF, both recorded in the audit trail with both SHA-256.
        for (const QString& name : {QStringLiteral("report.html"), QStringLiteral("report.pdf")}) {
            const QString path = dir_ + QLatin1Char('/') + name;
            QSignalSpy exported(&panel, &DocumentComparePanel::reportExported);
            panel.exportReport(path);
            QVERIFY(exported.wait(30000));
            QVERIFY2(exported.front().at(0).toBool(), qPrintable(exported.front().at(1).toString()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (name.endsWith(QLatin1String(".pdf"))) {
                QVERIFY(bytes.startsWith("%PDF"));
            } else {
                const QString html = QString::fromUtf8(bytes);
                QVERIFY(html.contains(QStringLiteral("16.3")));
                QVERIFY(html.contains(QStringLiteral("请确认募集上限")));
                QVERIFY(html.contains(panel.document(DocumentComparePanel::A)->file.sha256Hex()));
            }
        }
        core_->writer().flush();
        {
            auto opened = store::Database::open(core_->databasePath(), QStringLiteral("test-audit"), false,
                                                store::Database::Check::None);
            QVERIFY(opened.ok());
            QSqlQuery q(opened.db);
            QVERIFY(
                q.exec(QStringLiteral("SELECT detail, result FROM sys_audit WHERE action = 'docs.report'")));
            int rows = 0;
            while (q.next()) {
                ++rows;
                QCOMPARE(q.value(1).toString(), QStringLiteral("ok"));
                QVERIFY(q.value(0).toString().contains(
                    panel.document(DocumentComparePanel::A)->file.sha256Hex()));
                QVERIFY(q.value(0).toString().contains(
                    panel.document(DocumentComparePanel::B)->file.sha256Hex()));
            }
            QCOMPARE(rows, 2);
        }
        store::Database::close(QStringLiteral("test-audit"));

        // Chinese.
        {
            widgets::appearance::applyLanguage(QStringLiteral("zh_CN"));
            QCoreApplication::processEvents();
            // The merged zh_CN translation is in effect: the toolbar speaks Chinese.
            const auto* compare = panel.findChild<QPushButton*>(QStringLiteral("compareButton"));
            QVERIFY(compare);
            QCOMPARE(compare->text(), QStringLiteral("比对"));
            shoot(&panel, QStringLiteral("document-compare-pages-zh"));
            widgets::appearance::applyLanguage(QStringLiteral("en"));
        }

        // An exclusion zone over the whole of page 1 (that page only): its changes leave the list,
        // and the template is kept for the next panel.
        QSignalSpy rerun(&panel, &DocumentComparePanel::comparisonFinished);
        panel.setZoneOnEveryPage(false);
        panel.addZone(DocumentComparePanel::A, 1, QRectF(0, 0, 1, 1));
        QVERIFY(rerun.wait(30000));
        QVERIFY(rerun.front().at(0).toBool());
        QCOMPARE(panel.exclusionTemplate().zones.size(), std::size_t{1});
        QCOMPARE(panel.exclusionTemplate().zones.front().page, 1);
        QVERIFY(amountChange(model) < 0);
        QVERIFY(std::any_of(model.changes().begin(), model.changes().end(), [](const documents::Change& c) {
            return c.bText.contains(QStringLiteral("公告基金份额净值"));
        }));
        core_->writer().flush();
        const auto templates = documents::loadExclusionTemplates(core_->readDatabase());
        QCOMPARE(templates.size(), std::size_t{1});
        QCOMPARE(templates.front().name, panel.exclusionTemplateName());
    }

    // A chain v1 → v2 → v3: v2 changes a number, v3 inserts a sentence. Compared v1 with v3, each
    // change names the version that introduced it; the list filters by version; any two versions of
    // the chain can be the pair; a missing version between them is reported by name.
    void comparesAVersionChain()
    {
        const QString v1 = dir_ + QStringLiteral("/chain-contract-v1.txt");
        const QString v2 = dir_ + QStringLiteral("/chain-contract-v2.txt");
        const QString v3 = dir_ + QStringLiteral("/chain-contract-v3.txt");
        QStringList text = versionA();
        QVERIFY(writeText(v1, text));
        text[1].replace(kOldAmount, kNewAmount);
        QVERIFY(writeText(v2, text));
        text[5] += kInserted;
        QVERIFY(writeText(v3, text));

        DocumentComparePanel panel(*core_);
        panel.resize(1600, 1000);
        panel.show();
        QSignalSpy finished(&panel, &DocumentComparePanel::comparisonFinished);
        panel.compareChain({v1, v2, v3}, 0, 2);
        QVERIFY(panel.hasVersionChain());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.front().at(0).toBool(), qPrintable(panel.errorText()));
        // The pair is v1 and v3 (decisions key on those two files).
        QCOMPARE(panel.document(DocumentComparePanel::A)->file.fileName, QFileInfo(v1).fileName());
        QCOMPARE(panel.document(DocumentComparePanel::B)->file.fileName, QFileInfo(v3).fileName());

        ChangeListModel& model = *panel.changeModel();
        QString list;
        for (const documents::Change& c : model.changes())
            list += QStringLiteral("\n%1 [%2] [%3] v%4")
                        .arg(documents::changeTypeKey(c.type), c.aText, c.bText)
                        .arg(c.introducedIn);
        QVERIFY2(model.changes().size() == 2, qPrintable(list));
        const int amount = amountChange(model);
        QVERIFY2(amount >= 0, qPrintable(list));
        const int inserted = 1 - amount;
        const documents::Change& insert = model.changes()[static_cast<std::size_t>(inserted)];
        QCOMPARE(insert.type, ChangeType::Insert);
        QVERIFY(insert.bText.contains(QStringLiteral("公告基金份额净值")));
        QCOMPARE(model.changes()[static_cast<std::size_t>(amount)].introducedIn, 1);
        QCOMPARE(insert.introducedIn, 2);
        // The Introduced column names the version and its file, and is shown for chains only.
        QVERIFY(!panel.changeView()->isColumnHidden(ChangeListModel::Introduced));
        QCOMPARE(model.headerData(ChangeListModel::Introduced, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Introduced in"));
        QCOMPARE(model.index(model.rowOf(amount), ChangeListModel::Introduced).data().toString(),
                 QStringLiteral("v2 · chain-contract-v2.txt"));
        QCOMPARE(model.index(model.rowOf(inserted), ChangeListModel::Introduced).data().toString(),
                 QStringLiteral("v3 · chain-contract-v3.txt"));

        // The version filter: only what v2 (index 1) introduced, then everything again.
        panel.setVersionFilter(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.changeAt(0), amount);
        panel.setVersionFilter(2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.changeAt(0), inserted);
        panel.setVersionFilter(-1);
        QCOMPARE(model.rowCount(), 2);

        panel.selectChange(amount);
        panel.decide(Decision::Accepted);
        panel.setComment(QStringLiteral("第二版调整募集上限"));
        shoot(&panel, QStringLiteral("document-compare-chain"));

        // The report names the version and its file.
        const QString report = dir_ + QStringLiteral("/chain-report.html");
        QSignalSpy exported(&panel, &DocumentComparePanel::reportExported);
        panel.exportReport(report);
        QVERIFY(exported.wait(30000));
        QVERIFY(exported.front().at(0).toBool());
        QFile reportFile(report);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(reportFile.readAll());
        QVERIFY(html.contains(QStringLiteral("chain-contract-v2.txt")));
        QVERIFY(html.contains(QStringLiteral("Introduced in version v3 (chain-contract-v3.txt)")));

        // Another pair of the same chain: v2 with v3 has only the insertion, introduced by v3.
        finished.clear();
        panel.setChainPair(1, 2);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.front().at(0).toBool());
        QCOMPARE(model.changes().size(), std::size_t{1});
        QCOMPARE(model.changes().front().introducedIn, 2);
        QCOMPARE(panel.document(DocumentComparePanel::A)->file.fileName, QFileInfo(v2).fileName());

        // Reversed (v3 as A, v1 as B): the insertion is a deletion made by the step to v2 (index 1),
        // the amount goes back in the step to v1 (index 0).
        finished.clear();
        panel.setChainPair(2, 0);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.front().at(0).toBool());
        QCOMPARE(model.changes().size(), std::size_t{2});
        for (const documents::Change& c : model.changes())
            QCOMPARE(c.introducedIn, c.type == ChangeType::Delete ? 1 : 0);

        // A missing version between A and B: the comparison fails naming it.
        finished.clear();
        panel.compareChain({v1, dir_ + QStringLiteral("/缺失的版本.txt"), v3}, 0, 2);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.front().at(0).toBool());
        QVERIFY2(panel.errorText().contains(QStringLiteral("缺失的版本.txt")), qPrintable(panel.errorText()));

        // A plain pair afterwards: no chain, no Introduced column.
        QVERIFY(compareAndWait(panel, v1, v3));
        QVERIFY(!panel.hasVersionChain());
        QVERIFY(panel.changeView()->isColumnHidden(ChangeListModel::Introduced));
        QCOMPARE(model.changes().size(), std::size_t{2});
    }

    // The Versions dialog: a file dropped into its list becomes the version between A and B.
    void versionsDialogBuildsTheChain()
    {
        const QString v1 = dir_ + QStringLiteral("/chain-contract-v1.txt");
        const QString v2 = dir_ + QStringLiteral("/chain-contract-v2.txt");
        const QString v3 = dir_ + QStringLiteral("/chain-contract-v3.txt");
        QVERIFY(QFile::exists(v2));
        DocumentComparePanel panel(*core_);
        panel.resize(1600, 1000);
        panel.show();
        panel.setFile(DocumentComparePanel::A, v1);
        panel.setFile(DocumentComparePanel::B, v3);
        QStringList shown;
        QTimer driver;
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, &panel, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("versionsDialog"))
                return;
            driver.stop();
            auto* list = dialog->findChild<QListWidget*>(QStringLiteral("versionList"));
            QVERIFY(list);
            for (int i = 0; i < list->count(); ++i)
                shown << list->item(i)->text();
            // Dropped on the second row: inserted before v3.
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(v2)});
            const QPoint at = list->visualItemRect(list->item(1)).center();
            QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(list->viewport(), &enter);
            QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(list->viewport(), &move);
            QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(list->viewport(), &drop);
            dialog->accept();
        });
        driver.start();
        QSignalSpy finished(&panel, &DocumentComparePanel::comparisonFinished);
        QVERIFY(panel.editVersions());
        QCOMPARE(shown, (QStringList{QFileInfo(v1).fileName(), QFileInfo(v3).fileName()}));
        QCOMPARE(panel.versionChain(),
                 (QStringList{QFileInfo(v1).absoluteFilePath(), QFileInfo(v2).absoluteFilePath(),
                              QFileInfo(v3).absoluteFilePath()}));
        QCOMPARE(panel.chainFrom(), 0);
        QCOMPARE(panel.chainTo(), 2);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.front().at(0).toBool());
        QCOMPARE(panel.changeModel()->changes().size(), std::size_t{2});
    }

    // B encrypted: the panel asks for the password (a wrong one first), then reads and compares it.
    void asksForThePassword()
    {
        const QString locked = dir_ + QStringLiteral("/contract-v2-locked.pdf");
        QFile::remove(locked);
        QCOMPARE(
            QProcess::execute(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), QStringLiteral("user-pw"),
                                                       QStringLiteral("owner-pw"), QStringLiteral("256"),
                                                       QStringLiteral("--"), pdfB_, locked}),
            0);
        DocumentComparePanel panel(*core_);
        panel.resize(1600, 1000);
        panel.show();
        // The zone template of the previous test is remembered; this comparison runs without it.
        QVERIFY(!panel.exclusionTemplateName().isEmpty());
        panel.useExclusionTemplate(QString());
        QStringList prompts;
        QStringList answers{QStringLiteral("guess"), QStringLiteral("user-pw")};
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, &panel, [&] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog || answers.isEmpty())
                return;
            prompts << dialog->labelText();
            QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
            dialog->setTextValue(answers.takeFirst());
            dialog->accept();
        });
        answer.start();
        QVERIFY(compareAndWait(panel, pdfA_, locked));
        QCOMPARE(prompts.size(), 2);
        QVERIFY(prompts[0].contains(QStringLiteral("contract-v2-locked.pdf")));
        QVERIFY2(prompts[1].contains(QStringLiteral("not correct")), qPrintable(prompts[1]));
        checkPlantedChanges(*panel.changeModel());
    }

    // A long pair (about 600,000 characters, 100 edits) read and compared through the panel: the time
    // to the first rows on screen and to the end, and the final list has every edit.
    void longPair()
    {
        QStringList a, b;
        const QStringList words{QStringLiteral("基金管理人"), QStringLiteral("托管人"),
                                QStringLiteral("份额持有人"), QStringLiteral("投资组合"),
                                QStringLiteral("申购赎回"),   QStringLiteral("信息披露"),
                                QStringLiteral("收益分配"),   QStringLiteral("风险揭示")};
        for (int i = 0; i < 3000; ++i) {
            QString p = QStringLiteral("第%1条 ").arg(i + 1);
            for (int k = 0; p.size() < 190; ++k)
                p += words[(i * 7 + k * 3) % words.size()] +
                     QStringLiteral("应当依照第%1项约定履行义务，").arg(k + i % 13);
            p += QStringLiteral("金额为%1万元。").arg(i * 17 % 1000);
            a << p;
            b << (i % 30 == 15 ? QString(p).replace(QStringLiteral("万元"), QStringLiteral("亿元")) : p);
        }
        const QString pathA = dir_ + QStringLiteral("/long-a.txt");
        const QString pathB = dir_ + QStringLiteral("/long-b.txt");
        QVERIFY(writeText(pathA, a));
        QVERIFY(writeText(pathB, b));

        DocumentComparePanel panel(*core_);
        panel.resize(1600, 1000);
        panel.show();
        QElapsedTimer clock;
        qint64 firstRows = -1;
        const auto seen = [&] {
            if (firstRows < 0 && panel.changeModel()->rowCount() > 0)
                firstRows = clock.elapsed();
        };
        // Partial rows are appended; the final list replaces them (a reset).
        connect(panel.changeModel(), &QAbstractItemModel::rowsInserted, &panel, seen);
        connect(panel.changeModel(), &QAbstractItemModel::modelReset, &panel, seen);
        QSignalSpy finished(&panel, &DocumentComparePanel::comparisonFinished);
        clock.start();
        panel.compareFiles(pathA, pathB);
        QVERIFY(finished.wait(60000));
        const qint64 total = clock.elapsed();
        QVERIFY(finished.front().at(0).toBool());
        qInfo("600k characters: first rows after %lld ms, finished after %lld ms", firstRows, total);
        QCOMPARE(panel.changeModel()->changes().size(), std::size_t{100});
        QVERIFY(firstRows >= 0);
        QVERIFY(firstRows <= total);
        for (const documents::Change& c : panel.changeModel()->changes())
            QVERIFY(c.material);
    }

    // A pair of 150-page PDFs: while both load, preliminary results of the pages read so far are shown
    // before the comparison finishes, and every change shown early is one of the final list.
    void preliminaryResultsWhileLoading()
    {
        QStringList a, b;
        for (int i = 0; i < 600; ++i) {
            const QString p = QStringLiteral("第%1条 基金管理人应当依照第%2项约定履行信息披露义务，托管人复核"
                                             "份额净值，投资组合的比例为%3%，申购赎回费用为%4万元。")
                                  .arg(i + 1)
                                  .arg(i % 17 + 1)
                                  .arg(i * 7 % 90 + 5)
                                  .arg(i * 13 % 1000);
            a << p;
            b << (i % 20 == 7 ? QString(p).replace(QStringLiteral("万元"), QStringLiteral("亿元")) : p);
        }
        const QString pathA = dir_ + QStringLiteral("/preliminary-a.pdf");
        const QString pathB = dir_ + QStringLiteral("/preliminary-b.pdf");
        QVERIFY(writePdf(pathA, a, 4));
        QVERIFY(writePdf(pathB, b, 4));

        DocumentComparePanel panel(*core_);
        panel.resize(1400, 900);
        panel.show();
        std::vector<std::vector<documents::Change>> shownEarly;
        bool finishedBeforePreliminary = false;
        QString earlyStatus;
        QElapsedTimer clock;
        qint64 firstMs = -1;
        QSignalSpy finished(&panel, &DocumentComparePanel::comparisonFinished);
        connect(&panel, &DocumentComparePanel::preliminaryResults, &panel,
                [&](int count, int pagesA, int pagesB) {
                    finishedBeforePreliminary = finishedBeforePreliminary || !finished.isEmpty();
                    QVERIFY(panel.showsPreliminary());
                    QVERIFY(pagesA >= 25 && pagesA < 150 && pagesB >= 25 && pagesB < 150);
                    QCOMPARE(static_cast<int>(panel.changeModel()->changes().size()), count);
                    shownEarly.push_back(panel.changeModel()->changes());
                    earlyStatus = panel.summaryText();
                    if (firstMs < 0)
                        firstMs = clock.elapsed();
                });
        clock.start();
        panel.compareFiles(pathA, pathB);
        QVERIFY(finished.wait(30000));
        const qint64 totalMs = clock.elapsed();
        QVERIFY(finished.front().at(0).toBool());
        QVERIFY(!finishedBeforePreliminary);
        qInfo("150-page PDF pair: %zu preliminary updates, the first after %lld ms; finished after %lld ms",
              shownEarly.size(), firstMs, totalMs);
        QVERIFY(!shownEarly.empty());
        QVERIFY(!panel.showsPreliminary());
        QVERIFY2(earlyStatus.contains(QStringLiteral("Preliminary")), qPrintable(earlyStatus));
        const std::vector<documents::Change>& final = panel.changeModel()->changes();
        QCOMPARE(final.size(), std::size_t{30});
        std::size_t early = 0;
        for (const std::vector<documents::Change>& changes : shownEarly) {
            for (const documents::Change& c : changes) {
                ++early;
                const bool inFinal = std::any_of(final.begin(), final.end(), [&](const documents::Change& f) {
                    return f.type == c.type && f.aText == c.aText && f.bText == c.bText &&
                           f.a.begin == c.a.begin && f.a.end == c.a.end && f.b.begin == c.b.begin &&
                           f.b.end == c.b.end;
                });
                QVERIFY2(inFinal, qPrintable(c.aText + QStringLiteral(" → ") + c.bText));
            }
        }
        QVERIFY(early > 0);
    }

    void cleanupTestCase() { core_.reset(); }
};

QTEST_MAIN(TestDocPanel)
#include "tst_docpanel.moc"
