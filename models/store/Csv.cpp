#include "store/Csv.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QThreadPool>

namespace ws::store {

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

qint64 writeCsv(QSqlQuery& q, int columns, const QStringList& headers, QIODevice& out, QString* error)
{
    auto writeLine = [&](const QStringList& fields) {
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString& f : fields)
            escaped << csvField(f);
        const QByteArray line = (escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        return out.write(line) == line.size();
    };
    if (out.write("\xEF\xBB\xBF") != 3 || !writeLine(headers)) {
        *error = out.errorString();
        return -1;
    }
    qint64 rows = 0;
    while (q.next()) {
        QStringList fields;
        fields.reserve(columns);
        for (int c = 0; c < columns; ++c)
            fields << q.value(c).toString();
        if (!writeLine(fields)) {
            *error = out.errorString();
            return -1;
        }
        ++rows;
    }
    return rows;
}

void exportInBackground(const QString& dbPath, const QString& path, QObject* receiver, ExportWriter write,
                        std::function<void(const ExportOutcome&)> done)
{
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([=, write = std::move(write), done = std::move(done)] {
        const QString connection = Database::uniqueConnectionName(QStringLiteral("ws-export"));
        ExportOutcome outcome;
        {
            OpenResult opened = Database::open(dbPath, connection, false, Database::Check::None);
            QFile file(path);
            if (!opened.ok())
                outcome.error = opened.error->message();
            else if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                outcome.error = QCoreApplication::translate("ws::store", "Cannot write %1: %2")
                                    .arg(path, file.errorString());
            else
                outcome.rows = write(opened.db, file, &outcome.error);
        }
        Database::close(connection);
        // Posted to the application object, which outlives every receiver; the guard is read on
        // the GUI thread, where the receiver is deleted.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [=] {
            if (guard)
                done(outcome);
        });
    });
}

} // namespace ws::store
