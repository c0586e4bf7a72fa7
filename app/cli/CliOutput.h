#pragma once

#include "CliInvocation.h"
#include "api/ApiError.h"
#include "model/Job.h"
#include "model/JobType.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdio>

namespace jobdesk::cli {

// Everything jobdesk-cli writes: results on stdout in the chosen format, messages and errors on
// stderr, always UTF-8. The JSON shapes are documented in app/cli/README.md.
class CliOutput {
    Q_DECLARE_TR_FUNCTIONS(jobdesk::cli::CliOutput)
public:
    explicit CliOutput(std::FILE *out = stdout, std::FILE *err = stderr);

    void writeOut(const QString &text);
    void writeErr(const QString &text); // a '\n' is added when missing

    void printJobs(const QList<Job> &jobs, CliInvocation::Format format);
    void printJob(const Job &job, CliInvocation::Format format);
    void printJobTypes(const QList<JobType> &types, CliInvocation::Format format);

    // The error in plain words; validation problems one per line ("result: ..."), then the trace id.
    void printError(const ApiError &error);
    static QStringList errorLines(const ApiError &error);

    // Text renderings, exposed for tests.
    static QString jobsText(const QList<Job> &jobs, CliInvocation::Format format);
    static QString jobText(const Job &job, CliInvocation::Format format);
    static QString jobTypesText(const QList<JobType> &types, CliInvocation::Format format);

private:
    std::FILE *m_out;
    std::FILE *m_err;
};

} // namespace jobdesk::cli
