#include "store/Csv.h"

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

} // namespace ws::store
