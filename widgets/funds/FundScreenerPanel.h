#pragma once

// The fund screener: the evaluated universe (FundUniverse) as a sortable table of any indicator,
// narrowed by filter expressions with completion, a category and a code/name/pinyin search, with
// user-defined factors as extra columns; rows drive the link group's current fund, and a pool of
// codes goes to the FOF builder.

#include "funds/FundUniverse.h"
#include "shell/Panel.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>
#include <vector>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QToolButton;
class QWidget;

namespace ws::widgets {

// What a screener column shows: how its numbers are formatted (and written to CSV).
enum class ScreenColumnKind { Text, Percent, Ratio, Periods, Stars, Years, Yi, Yuan, Factor };

// The rows the screener selects over a Screener's table, in sort order, and the columns chosen;
// cells are read from the table on demand (nothing is copied per cell).
class ScreenerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    enum Role { FundIndexRole = Qt::UserRole + 1, SortValueRole, KeyRole };

    // The screener (its table with factor columns) and the universe the rows index; either may be null.
    void setSource(std::shared_ptr<const funds::Screener> screener,
                   std::shared_ptr<const funds::UniverseSnapshot> snapshot);
    void setRows(std::vector<int> rows);
    // Column names of the screener's table; unknown names are dropped.
    void setColumns(const QStringList& names);
    QStringList columns() const;
    const std::vector<int>& rows() const { return rows_; }
    // The row showing fund `fundIndex`, or -1.
    int rowOfFund(int fundIndex) const;
    // The table column shown in view column `column`.
    const funds::FundColumn* tableColumn(int column) const;
    ScreenColumnKind kind(int column) const;
    QString title(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    // Display text of a cell value (no colour).
    static QString format(ScreenColumnKind kind, double value);
    static ScreenColumnKind kindOf(const QString& columnName, bool factor);
    // A translated short title ("Sharpe ratio 3Y") and the formula-card tooltip of a column.
    static QString titleOf(const QString& columnName);
    static QString toolTipOf(const QString& columnName, bool factor, const QString& expression);

Q_SIGNALS:
    void sorted();

private:
    void resort();

    std::shared_ptr<const funds::Screener> screener_;
    std::shared_ptr<const funds::UniverseSnapshot> snapshot_;
    std::vector<int> rows_;
    std::vector<int> columns_; // indices into the screener's table
    std::vector<ScreenColumnKind> kinds_;
    std::vector<bool> signed_; // returns and alphas: red up, green down
    int sortColumn_ = -1;
    Qt::SortOrder sortOrder_ = Qt::DescendingOrder;
};

class FundScreenerPanel : public Panel
{
    Q_OBJECT
public:
    explicit FundScreenerPanel(core::AppCore& core, QWidget* parent = nullptr);
    ~FundScreenerPanel() override;

    // For the main window and tests.
    QLineEdit* filterEdit() const { return filterEdit_; }
    QLineEdit* searchEdit() const { return searchEdit_; }
    QComboBox* categoryBox() const { return categoryBox_; }
    QPlainTextEdit* factorsEdit() const { return factorsEdit_; }
    QTableView* view() const { return view_; }
    ScreenerTableModel* model() const { return model_; }
    QCompleter* completer() const { return completer_; }
    // The filter's error ("" when it applies), and the factors' errors one per line.
    QString filterError() const { return filterError_; }
    QStringList factorErrors() const { return factorErrors_; }
    bool hasUniverse() const { return screener_ != nullptr; }

    // Applies the filter text, category and search (Enter does this in the line edit).
    void applyFilter();
    // Applies the factors editor ("name = expression" per line); returns false on an error.
    bool applyFactors();
    void setVisibleColumns(const QStringList& names);
    QStringList visibleColumns() const;
    static QStringList defaultColumns();
    // Offers completions for the filter text at its cursor (the popup opens when there are any).
    void updateCompletions(bool force = false);
    // Writes the visible rows and columns to `path` on a pool thread; exportFinished follows.
    void exportCsv(const QString& path);
    // The selected funds' codes (or the first filtered ones), at most kMaxPool; emits poolChosen.
    QStringList sendToFofBuilder();
    static constexpr int kMaxPool = 30;

Q_SIGNALS:
    void poolChosen(const QStringList& codes);
    void exportFinished(bool ok, qint64 rows, const QString& pathOrError);
    // A new universe is shown (after a snapshot or a recompute).
    void universeShown();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void startEvaluation();
    void onUniverseReady();
    void onUniverseFailed(const QString& message);
    void onUniverseProgress(double fraction, const QString& stage);
    void installScreener(std::shared_ptr<funds::Screener> screener, std::vector<QString> initials);
    void fillCategories();
    void showFilterError(const funds::ScreenError& error);
    void clearFilterError();
    void insertCompletion(const QModelIndex& index);
    void chooseColumns();
    void chooseExportFile();
    void publishCurrent();
    void follow(int group, const QString& code);
    void updateCount();
    void saveSettings() const;
    void fitColumns();
    void showAsOf();

    QLineEdit* filterEdit_;
    QLabel* filterErrorLabel_;
    QLineEdit* searchEdit_;
    QComboBox* categoryBox_;
    QToolButton* factorsButton_;
    QWidget* factorsBox_;
    QPlainTextEdit* factorsEdit_;
    QLabel* factorsErrorLabel_;
    QPushButton* applyFactorsButton_;
    QLabel* factorsHelp_;
    QToolButton* columnsButton_;
    QToolButton* exportButton_;
    QToolButton* sendButton_;
    QToolButton* recomputeButton_;
    QTableView* view_;
    ScreenerTableModel* model_;
    QCompleter* completer_;
    QStandardItemModel* completions_;
    QLabel* countLabel_;
    QLabel* demoLabel_;
    QLabel* statusLabel_;
    QWidget* progressBox_;
    QLabel* stageLabel_;
    QProgressBar* progressBar_;
    QPushButton* cancelButton_;

    std::shared_ptr<funds::Screener> screener_;
    std::shared_ptr<const funds::UniverseSnapshot> snapshot_;
    std::vector<QString> initials_; // pinyin initials of each fund's name
    QString filterError_;
    QStringList factorErrors_;
    QString appliedFilter_;
    QStringList pendingColumns_; // the saved columns, until a universe is shown
    bool following_ = false;
    bool hasDemoData_ = false;
    bool cancelled_ = false;
    quint64 buildGeneration_ = 0;
};

} // namespace ws::widgets
