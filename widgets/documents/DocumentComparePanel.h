#pragma once

// The document comparison panel for compliance reviewers: two files (PDF, DOCX, text, scans) read
// in parallel on pool threads, compared reflow-aware with first results shown while the diff runs,
// every change listed (filter by type, material, decision; next/previous) and shown in place in the
// side-by-side ComparisonView, a decision and comment per change kept in the cache by the SHA-256 of
// both files, exclusion zones drawn on pages and kept as named templates, an optional visual page
// compare for what the text layer misses, and a redline report (PDF or HTML) recorded in the audit.

#include "documents/DocDiff.h"
#include "documents/Document.h"
#include "documents/DocumentLoader.h"
#include "documents/Exclusions.h"
#include "documents/ReviewStore.h"
#include "shell/Panel.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QRectF>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace ws::widgets {

class ComparisonView;

// The changes of a comparison as rows, narrowed by the panel's filters; cells come from the change
// list on demand. Decisions sit beside the changes, keyed by change index.
class ChangeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Number,
        Type,
        Material,
        APage,
        BPage,
        AText,
        BText,
        Introduced, // chains only: the version that introduced the change
        DecisionColumn,
        Comment,
        ColumnCount
    };
    enum Role { ChangeIndexRole = Qt::UserRole + 1 };

    struct Filter
    {
        std::optional<documents::ChangeType> type; // none = every type
        bool materialOnly = false;
        std::optional<documents::Decision> decision; // none = every decision
        bool operator==(const Filter&) const = default;
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Replaces everything (a finished comparison); decisions are cleared.
    void setChanges(std::vector<documents::Change> changes);
    // Appends changes found so far (partial results arrive in order, each once).
    void appendChanges(const std::vector<documents::Change>& changes);
    void clear();
    void setDecisions(std::map<int, documents::ReviewDecision> decisions);
    void setDecision(int changeIndex, const documents::ReviewDecision& decision);
    void setFilter(const Filter& filter);
    Filter filter() const { return filter_; }
    // Chains: the file name of each version (index = Change::introducedIn), for the Introduced column;
    // empty for a plain pair. The version filter keeps the changes one version introduced (-1 = all).
    void setVersionNames(const QStringList& names);
    const QStringList& versionNames() const { return versionNames_; }
    QString versionLabel(int version) const; // "v2 · contract-v2.pdf"
    void setVersionFilter(int version);
    int versionFilter() const { return versionFilter_; }

    const std::vector<documents::Change>& changes() const { return changes_; }
    const std::map<int, documents::ReviewDecision>& decisions() const { return decisions_; }
    const documents::ReviewDecision* decision(int changeIndex) const;
    // Change index shown in `row`, or -1; the row showing `changeIndex`, or -1 (filtered out).
    int changeAt(int row) const;
    int rowOf(int changeIndex) const;
    // One flag per change: passes the filter.
    std::vector<bool> visibility() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Translated names, shared with the panel's filters and summary.

private:
    bool accepts(int changeIndex) const;
    void rebuildRows();

    std::vector<documents::Change> changes_;
    std::map<int, documents::ReviewDecision> decisions_;
    std::vector<int> rows_; // change indices passing the filter, in list order
    Filter filter_;
    QStringList versionNames_;
    int versionFilter_ = -1;
};

class DocumentComparePanel : public Panel
{
    Q_OBJECT
public:
    explicit DocumentComparePanel(core::AppCore& core, QWidget* parent = nullptr);
    ~DocumentComparePanel() override;

    enum Side { A = 0, B = 1 };

    // For the main window, drag-and-drop and tests.
    void setFile(Side side, const QString& path);
    QString file(Side side) const { return paths_[side]; }
    // Sets both files and starts the comparison.
    void compareFiles(const QString& a, const QString& b);
    void compare();
    void cancel();
    void swapSides();

    // Multi-version chains v0 → v1 → … → vn: any two versions are compared as A and B, the versions
    // between them read too, and each change names the version that introduced it. A chain of fewer
    // than three files is a plain pair. Setting a chain does not start the comparison.
    void setVersionChain(const QStringList& paths, int from, int to);
    void compareChain(const QStringList& paths, int from, int to);
    void clearVersionChain();
    bool hasVersionChain() const { return chain_.size() >= 3; }
    QStringList versionChain() const { return chain_; }
    int chainFrom() const { return chainFrom_; }
    int chainTo() const { return chainTo_; }
    // Chooses the two versions of the chain compared as A and B, and compares them.
    void setChainPair(int from, int to);
    // Shows only the changes introduced by chain version `version` (-1 = all).
    void setVersionFilter(int version);
    // The list dialog that edits the chain (add, remove, reorder, drop files); true when accepted.
    bool editVersions();
    bool isBusy() const { return busy_; }
    // True once a comparison finished (not cancelled, no error) and its decisions are loaded.
    bool hasResult() const { return result_ != nullptr && !busy_; }
    const documents::DiffResult* result() const { return result_.get(); }
    const documents::Document* document(Side side) const { return shown_[side].get(); }
    QString errorText() const;
    QString summaryText() const;

    documents::DiffOptions diffOptions() const;
    void setDiffOptions(const documents::DiffOptions& options);

    // The change list and the current change.
    ChangeListModel* changeModel() const { return model_; }
    QTableView* changeView() const { return table_; }
    ComparisonView* comparisonView() const { return view_; }
    int currentChange() const; // change index, or -1
    void selectChange(int changeIndex);
    void nextChange();
    void previousChange();
    void setFilter(const ChangeListModel::Filter& filter);

    // Records a decision (and comment) for the current change through the writer thread.
    void decide(documents::Decision decision);
    void setComment(const QString& comment);

    // The exclusion template applied before comparing (empty = none), and the zone editor.
    QString exclusionTemplateName() const { return template_.name; }
    const documents::ExclusionTemplate& exclusionTemplate() const { return template_; }
    void useExclusionTemplate(const QString& name);
    void setZoneEditing(bool on);
    // A zone drawn on `side`'s page `page` (page-relative rect): added to the current template,
    // saved, and the comparison runs again.
    void addZone(int side, int page, const QRectF& relativeRect);
    // Whether a drawn zone applies to every page or only to the page it was drawn on.
    void setZoneOnEveryPage(bool on);

    void setVisualCompare(bool on);
    int visualDifferencePages() const { return visualPages_; }
    bool visualBusy() const { return visualRunning_; }

    // Writes the redline report (PDF or HTML by the extension) on a pool thread; reportExported
    // follows, and the export is recorded in the audit trail as "docs.report".
    void exportReport(const QString& path);
    QString reviewerName() const;

    // While both files load: the changes of the newest preliminary comparison are shown (safe ones
    // only, see documents::diffPreliminary) until the final result replaces them.
    bool showsPreliminary() const { return previewShown_; }

Q_SIGNALS:
    // A preliminary comparison of the pages read so far is on screen (`pagesA`, `pagesB` pages).
    void preliminaryResults(int changes, int pagesA, int pagesB);
    void comparisonFinished(bool ok);
    void reportExported(bool ok, const QString& pathOrError);
    void visualCompareFinished(int pagesWithDifferences);

protected:
    void retranslate() override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Job;
    struct VisualRun;

    void chooseFile(Side side);
    void chooseExportFile();
    // Load slots: 0 = A, 1 = B, 2 + i = the i-th version between them (chains, in chain order).
    int slotCount() const { return 2 + static_cast<int>(middleIndices_.size()); }
    QString slotPath(int slot) const;
    QString slotLabel(int slot) const;
    QString& slotPassword(int slot);
    void startLoad(int slot);
    void onLoaded(quint64 generation, int slot, std::shared_ptr<const documents::Document> document,
                  const documents::LoadError& error);
    bool allLoaded() const;
    void updateMiddleIndices();
    void updateChainControls();
    void startDiff();
    void onDiffFinished(quint64 generation, std::shared_ptr<documents::DiffResult> result,
                        std::map<int, documents::ReviewDecision> decisions, QString loadError);
    void pullProgress();
    void finishBusy();
    void showPreview();
    void dropPreview();
    void showError(const QString& message);
    void clearError();
    void updateFileLabels();
    void fitNarrowColumns();
    void updateSummary();
    void updateDecisionEditor();
    void applyFilterControls();
    void onCurrentRowChanged();
    void saveCurrentDecision(std::optional<documents::Decision> decision, std::optional<QString> comment);
    void reloadTemplates();
    void saveTemplate();
    void deleteTemplate();
    void showZones();
    void startVisualCompare();
    void stopVisual();
    void saveSettings() const;
    documents::PairKey pairKey() const;

    // Toolbar.
    QToolButton* openAButton_;
    QToolButton* openBButton_;
    QToolButton* swapButton_;
    QPushButton* compareButton_;
    QToolButton* optionsButton_;
    QComboBox* modeBox_;
    QComboBox* zoomBox_;
    QCheckBox* syncCheck_;
    QToolButton* visualButton_;
    QToolButton* zonesButton_;
    QComboBox* templateBox_;
    QToolButton* templateButton_;
    QCheckBox* allPagesCheck_;
    QToolButton* exportButton_;
    QToolButton* versionsButton_;
    QWidget* chainBox_;
    QLabel* chainLabel_;
    QComboBox* chainFromBox_;
    QComboBox* chainToBox_;
    QLabel* fileALabel_;
    QLabel* fileBLabel_;
    // Options menu entries.
    QAction* ignoreWidthAction_;
    QAction* ignoreCaseAction_;
    QAction* ignoreWhitespaceAction_;
    QAction* detectMovesAction_;
    QAction* ocrAction_;
    QAction* saveTemplateAction_;
    QAction* deleteTemplateAction_;
    // Progress and messages.
    QWidget* progressBox_;
    QLabel* stageLabel_;
    QProgressBar* progressBar_;
    QPushButton* cancelButton_;
    QLabel* errorLabel_;
    QLabel* summaryLabel_;
    // The viewer and the change list.
    ComparisonView* view_;
    QTableView* table_;
    ChangeListModel* model_;
    QComboBox* typeFilter_;
    QCheckBox* materialFilter_;
    QComboBox* decisionFilter_;
    QComboBox* versionFilter_;
    QToolButton* previousButton_;
    QToolButton* nextButton_;
    // Decision editor.
    QLabel* decisionTitle_;
    QToolButton* acceptButton_;
    QToolButton* questionButton_;
    QToolButton* rejectButton_;
    QLineEdit* commentEdit_;
    QLabel* carriedLabel_;
    QTimer* pullTimer_;

    std::array<QString, 2> paths_;
    std::array<QString, 2> passwords_;
    std::array<std::shared_ptr<const documents::Document>, 2> loaded_; // as read, before exclusions
    std::array<std::shared_ptr<const documents::Document>, 2> shown_;  // as compared (exclusions applied)
    std::array<QString, 2> loadErrors_;
    // Chains: every version's path, the pair compared, and the versions read between them.
    QStringList chain_;
    int chainFrom_ = 0, chainTo_ = 0;
    std::vector<int> middleIndices_; // chain indices strictly between from and to, ascending
    std::vector<std::shared_ptr<const documents::Document>> middle_; // as read, one per middle index
    std::vector<QString> middleErrors_;
    std::map<QString, QString> middlePasswords_; // by path
    std::shared_ptr<Job> job_;
    std::shared_ptr<VisualRun> visual_;
    std::shared_ptr<documents::DiffResult> result_;
    documents::ExclusionTemplate template_;
    std::vector<documents::ExclusionTemplate> templates_;
    quint64 generation_ = 0;
    bool busy_ = false;
    bool visualRunning_ = false;
    bool viewHasDocuments_ = false;
    bool previewShown_ = false;         // the list and the view show a preliminary comparison
    std::array<int, 2> previewPages_{}; // pages of A and B it compared
    int visualPages_ = 0;
    QString errorText_;
    QString statusText_;
};

} // namespace ws::widgets
