#include "model/ResultValidation.h"

#include <QCoreApplication>

namespace jobdesk {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("jobdesk::ResultValidation", text);
}
} // namespace

namespace ResultValidation {

FieldErrors validate(const Job &job, const JobType &type, ResultKind kind, const QString &resultText) {
    FieldErrors errors;
    if (job.status != JobStatus::Started) {
        errors.add(
            FieldErrors::Status,
            tr("A result can only be set on a started job; this job is %1.").arg(job.statusDisplayName()));
    }
    if (type.id != 0 && job.typeId != 0 && type.id != job.typeId) {
        errors.addGeneral(tr("The job type information does not belong to this job; refresh and try again."));
        return errors;
    }
    if (!type.allows(kind)) {
        errors.add(
            FieldErrors::Status,
            tr("Job type \"%1\" does not allow \"%2\".").arg(type.name, ResultKinds::displayName(kind)));
        return errors;
    }
    const QStringList &allowed = type.results(kind);
    if (resultText.isEmpty()) {
        errors.add(FieldErrors::Result, tr("Choose a result."));
    } else if (!allowed.contains(resultText)) {
        QString hint;
        for (const QString &candidate : allowed) {
            if (candidate.simplified().compare(resultText.simplified(), Qt::CaseInsensitive) == 0) {
                hint = QLatin1Char(' ') + tr("Did you mean \"%1\"?").arg(visibleWhitespace(candidate));
                break;
            }
        }
        errors.add(FieldErrors::Result, tr("\"%1\" is not an allowed result for job type \"%2\".")
                                                .arg(visibleWhitespace(resultText), type.name) +
                                            hint);
    }
    return errors;
}

QString visibleWhitespace(const QString &text) {
    static const QChar dot(0x00B7);
    static const QChar arrow(0x2192);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\t')) {
            out += arrow;
        } else if (c == QLatin1Char(' ')) {
            const bool leading = i == 0;
            const bool trailing = i == text.size() - 1;
            const bool doubled = (i > 0 && text.at(i - 1) == QLatin1Char(' ')) ||
                                 (i + 1 < text.size() && text.at(i + 1) == QLatin1Char(' '));
            out += (leading || trailing || doubled) ? dot : c;
        } else if (c.category() == QChar::Separator_Space || c == QChar(0x200B)) {
            out += dot; // non-breaking and other unusual spaces
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace ResultValidation

} // namespace jobdesk
