#pragma once

// The redline report of a comparison: both files (name, size, SHA-256), time, reviewer, the
// normalisations that were on, summary counts per type, and every change with its context, pages,
// decision and comment. HTML here (QtCore only); the PDF rendition with a watermark on every page
// is drawn by widgets/documents/ReportPdf from the same content.

#include "documents/DocDiff.h"
#include "documents/ReviewStore.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <map>

namespace ws::documents {

struct ReportInput
{
    FileInfo a, b;
    const DiffResult* result = nullptr;
    std::map<int, ReviewDecision> decisions; // change index → decision
    QString reviewer;
    QDateTime generatedAt; // UTC
    // Multi-version chains: the file name of each version (index = Change::introducedIn); empty
    // for a plain pair.
    QStringList versionNames;
    QString watermark() const; // "<reviewer> · <time>", shown on every page
};

// Names for people, shared by the report, the change list and the viewer: the change type
// ("Inserted", "插入"), a material kind ("amount"; Change::materialKinds holds the keys) and the
// decision ("Accepted", "接受"; decisionKey() is the stored form).
QString changeTypeLabel(ChangeType type);
QString materialKindLabel(const QString& kind);
QString decisionLabel(Decision decision);

// A self-contained HTML document (inline CSS; the watermark as a fixed, repeated background text).
QString reportHtml(const ReportInput& input);
// The same content without the page furniture, for QTextDocument (the PDF renderer lays it out).
QString reportBodyHtml(const ReportInput& input);

} // namespace ws::documents
