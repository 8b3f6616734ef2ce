#include "WsctlCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws::cli {

Session::Session(const QString& path)
    : connection_(store::Database::uniqueConnectionName(QStringLiteral("wsctl")))
{
    store::OpenResult r = store::Database::open(path, connection_);
    db_ = r.db;
    error_ = r.error;
}

Session::~Session()
{
    writer_.reset();
    db_ = QSqlDatabase();
    store::Database::close(connection_);
}

store::DbWriter& Session::writer(const QString& path)
{
    if (!writer_)
        writer_ = std::make_unique<store::DbWriter>(path);
    return *writer_;
}

bool runJob(store::DbWriter& writer, store::DbWriter::Job job, QString* error)
{
    QString failure;
    auto connection = QObject::connect(
        &writer, &store::DbWriter::jobFailed, &writer, [&](quint64, const QString& m) { failure = m; },
        Qt::DirectConnection);
    writer.waitFor(writer.submit(std::move(job)));
    QObject::disconnect(connection);
    *error = failure;
    return failure.isEmpty();
}

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(int code, const QString& message)
{
    QTextStream err(stderr);
    err << "wsctl: " << message << Qt::endl;
    return code;
}

void printJson(const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

QJsonValue jsonNumber(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

bool parseOptions(QCommandLineParser& p, const Context& ctx, const QString& command,
                  const QString& description, int* code)
{
    p.setApplicationDescription(description);
    p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("wsctl ") + command} + ctx.args)) {
        *code = fail(BadInput, p.errorText());
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << QStringLiteral("wsctl %1: ").arg(command) << p.helpText();
        *code = Ok;
        return false;
    }
    return true;
}

} // namespace ws::cli
