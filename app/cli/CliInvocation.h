#pragma once

#include "account/Profile.h"
#include "model/JobStatus.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// One parsed command line: which command, against which connection, with which arguments.
struct CliInvocation {
    enum class Command { Jobs, Job, JobTypes, Start, SetResult };
    enum class Format { Table, Json, Csv };

    Command command = Command::Jobs;
    Profile profile;
    // The keychain entry the secret is read from (the --profile name); empty without --profile.
    QString keychainEntry;
    int timeoutSecs = 0; // 0: the client's defaults

    Format format = Format::Table;
    QStringList statuses; // jobs: wire names; empty means "started"
    QDateTime since;      // jobs: invalid means "the last 30 days"
    qint64 jobId = 0;     // job, start, set-result
    ResultKind resultKind = ResultKind::CompletedOk;
    QString resultText; // set-result: byte-exact, never trimmed
};
