#include "CliOutput.h"

#include "TextTable.h"
#include "model/JsonMapping.h"
#include "model/ResultValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jobdesk::cli {

namespace {

using Format = CliInvocation::Format;

QString idText(qint64 id) {
    return id > 0 ? QString::number(id) : QString();
}

// Terminal times: UTC, to the minute, marked with Z so nobody mistakes them for local time.
QString shortTime(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char('Z')
                       : QString();
}

QString isoTime(const QDateTime &t) {
    return t.isValid() ? JsonMapping::formatDateTime(t) : QString();
}

QString jsonText(const QJsonDocument &doc) {
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString joinResults(const QStringList &results, bool isNull) {
    if (isNull)
        return QCoreApplication::translate("jobdesk::cli::CliOutput", "(not allowed)");
    QStringList shown;
    for (const QString &r : results)
        shown << ResultValidation::visibleWhitespace(r);
    return shown.join(QLatin1String(" | "));
}

} // namespace

CliOutput::CliOutput(std::FILE *out, std::FILE *err)
    : m_out(out)
    , m_err(err) {
}

void CliOutput::writeOut(const QString &text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
    std::fflush(m_out);
}

void CliOutput::writeErr(const QString &text) {
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_err);
    std::fflush(m_err);
}

QString CliOutput::jobsText(const QList<Job> &jobs, Format format) {
    if (format == Format::Json) {
        QJsonArray array;
        for (const Job &job : jobs)
            array.append(JsonMapping::toJson(job));
        return jsonText(QJsonDocument(array));
    }
    const bool csv = format == Format::Csv;
    TextTable table({QStringLiteral("id"), QStringLiteral("reference"), QStringLiteral("status"),
                     QStringLiteral("type"), QStringLiteral("contact"), QStringLiteral("engineer"),
                     QStringLiteral("planned start"), QStringLiteral("status changed")});
    for (const Job &job : jobs) {
        table.addRow({QString::number(job.id), job.reference, csv ? job.statusWire : job.statusDisplayName(),
                      job.typeName, job.contactName, job.resourceName,
                      csv ? isoTime(job.plannedStartAt) : shortTime(job.plannedStartAt),
                      csv ? isoTime(job.statusModifiedAt) : shortTime(job.statusModifiedAt)});
    }
    return csv ? table.toCsv() : table.toAligned();
}

QString CliOutput::jobText(const Job &job, Format format) {
    if (format == Format::Json)
        return jsonText(QJsonDocument(JsonMapping::toJson(job)));
    const QList<QPair<QString, QString>> fields = {
        {tr("id"), QString::number(job.id)},
        {tr("reference"), job.reference},
        {tr("status"), job.statusDisplayName() + QLatin1String(" (") + job.statusWire + QLatin1Char(')')},
        {tr("status changed"), shortTime(job.statusModifiedAt)},
        {tr("type"), job.typeName + QLatin1String(" (") + idText(job.typeId) + QLatin1Char(')')},
        {tr("description"), job.description},
        {tr("contact"), job.contactName},
        {tr("address"), job.contactAddress},
        {tr("contact person"), job.personName},
        {tr("engineer"), job.resourceName},
        {tr("vehicle"), job.vehicleRegistration},
        {tr("planned start"), shortTime(job.plannedStartAt)},
        {tr("planned end"), shortTime(job.plannedEndAt)},
        {tr("actual start"), shortTime(job.actualStartAt)},
        {tr("actual end"), shortTime(job.actualEndAt)},
        {tr("due"), shortTime(job.dueAt)},
        {tr("order number"), job.orderNumber},
        {tr("result"), ResultValidation::visibleWhitespace(job.result)},
    };
    int width = 0;
    for (const auto &f : fields)
        width = std::max(width, TextTable::displayWidth(f.first));
    QString out;
    for (const auto &f : fields) {
        QString value = f.second;
        value.replace(QLatin1Char('\n'), QLatin1Char(' '));
        out += f.first + QLatin1Char(':') +
               QString(width - TextTable::displayWidth(f.first) + 1, QLatin1Char(' ')) + value;
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        out += QLatin1Char('\n');
    }
    return out;
}

QString CliOutput::jobTypesText(const QList<JobType> &types, Format format) {
    if (format == Format::Json) {
        QJsonArray array;
        for (const JobType &type : types)
            array.append(JsonMapping::toJson(type));
        return jsonText(QJsonDocument(array));
    }
    TextTable table({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("archived"),
                     QStringLiteral("positive results (completedOk)"),
                     QStringLiteral("negative results (completedWithIssues)")});
    for (const JobType &type : types) {
        table.addRow({QString::number(type.id), type.name, type.isArchived ? tr("yes") : tr("no"),
                      joinResults(type.positiveResults, type.positiveResultsNull),
                      joinResults(type.negativeResults, type.negativeResultsNull)});
    }
    return table.toAligned();
}

void CliOutput::printJobs(const QList<Job> &jobs, Format format) {
    writeOut(jobsText(jobs, format));
}

void CliOutput::printJob(const Job &job, Format format) {
    writeOut(jobText(job, format));
}

void CliOutput::printJobTypes(const QList<JobType> &types, Format format) {
    writeOut(jobTypesText(types, format));
}

QStringList CliOutput::errorLines(const ApiError &error) {
    QStringList lines;
    if (error.kind() == ApiError::Kind::Validation && !error.fieldErrors().isEmpty()) {
        // One line per problem, as scripts and people both read them: "result: <message>".
        const FieldErrors &fe = error.fieldErrors();
        const QString detail = error.problem().detail;
        lines << tr("BigChange rejected the request:") +
                     (detail.isEmpty() ? QString() : QLatin1Char(' ') + detail);
        for (const QString &field : fe.fields())
            for (const QString &m : fe.messages(field))
                lines << field + QLatin1String(": ") + m;
        lines << fe.general();
    } else {
        lines << error.userMessage();
    }
    if (!error.problem().traceId.isEmpty())
        lines << tr("(trace id: %1)").arg(error.problem().traceId);
    return lines;
}

void CliOutput::printError(const ApiError &error) {
    writeErr(errorLines(error).join(QLatin1Char('\n')));
}

} // namespace jobdesk::cli
