#include "WsctlCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws::cli {

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
