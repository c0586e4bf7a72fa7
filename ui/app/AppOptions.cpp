#include "app/AppOptions.h"

#include "account/ProfileStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace jobdesk::ui {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("jobdesk::ui::AppOptions", text);
}

void print(FILE *stream, const QString &text) {
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}
} // namespace

bool AppOptions::parse(const QStringList &arguments, AppOptions *options, QString *error, int *exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Jobdesk: set the results of BigChange field-service jobs."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version and exit."));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Connect with the saved profile NAME."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption apiUrl(QStringLiteral("api-url"), tr("BigChange API base URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption tokenUrl(QStringLiteral("token-url"), tr("Token endpoint URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption customerId(QStringLiteral("customer-id"), tr("The Customer-Id to work for."),
                                        QStringLiteral("N"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      tr("OAuth client id; the secret comes from the keychain or %1.")
                                          .arg(QStringLiteral("JOBDESK_CLIENT_SECRET")),
                                      QStringLiteral("ID"));
    const QCommandLineOption settings(QStringLiteral("settings"), tr("Keep settings in FILE (an INI file)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"), tr("Start a local jobdesk-sandbox and connect to it (nothing is saved)."));
    const QCommandLineOption sandboxBin(QStringLiteral("sandbox-bin"),
                                        tr("Path of the jobdesk-sandbox program."), QStringLiteral("PATH"));
    parser.addOptions(
        {version, profile, apiUrl, tokenUrl, customerId, clientId, settings, sandbox, sandboxBin});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        print(stdout, parser.helpText());
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(version)) {
        print(stdout, QStringLiteral("jobdesk %1\n").arg(QStringLiteral(JOBDESK_VERSION)));
        *exitCode = 0;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        *exitCode = 2;
        return false;
    }
    AppOptions o;
    o.profileName = parser.value(profile);
    o.apiUrl = parser.value(apiUrl);
    o.tokenUrl = parser.value(tokenUrl);
    o.customerId = parser.value(customerId);
    o.clientId = parser.value(clientId);
    o.settingsFile = parser.value(settings);
    o.sandbox = parser.isSet(sandbox);
    o.sandboxBinary = parser.value(sandboxBin);
    if (o.sandbox && (!o.profileName.isEmpty() || o.hasDirectConnection() || !o.tokenUrl.isEmpty())) {
        *error = tr("--sandbox cannot be combined with --profile or the connection options.");
        *exitCode = 2;
        return false;
    }
    if (o.profileName.isEmpty() && o.hasDirectConnection() &&
        (o.customerId.isEmpty() || o.clientId.isEmpty())) {
        *error = tr("--customer-id and --client-id are both needed to connect without a profile.");
        *exitCode = 2;
        return false;
    }
    *options = o;
    return true;
}

std::optional<Profile> AppOptions::connectionProfile(const ProfileStore &profiles, QString *error) const {
    Profile p;
    if (!profileName.isEmpty()) {
        const auto loaded = profiles.load(profileName);
        if (!loaded) {
            *error = tr("There is no connection profile named \"%1\".").arg(profileName);
            return std::nullopt;
        }
        p = *loaded;
    }
    if (!apiUrl.isEmpty()) {
        p.apiBaseUrl = QUrl(apiUrl, QUrl::StrictMode);
        if (tokenUrl.isEmpty() && profileName.isEmpty())
            p.tokenUrl = Profile::tokenUrlFor(p.apiBaseUrl);
    }
    if (!tokenUrl.isEmpty())
        p.tokenUrl = QUrl(tokenUrl, QUrl::StrictMode);
    if (!customerId.isEmpty()) {
        QString idError;
        p.customerId = Profile::parseCustomerId(customerId, &idError);
        if (!idError.isEmpty()) {
            *error = idError;
            return std::nullopt;
        }
    }
    if (!clientId.isEmpty())
        p.clientId = clientId;
    if (const QStringList problems = p.validate(); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    // Pointed somewhere other than a saved profile: named after the server and customer, as
    // jobdesk-cli names it, so both share one outbox for that connection.
    if (profileName.isEmpty() || !apiUrl.isEmpty() || !customerId.isEmpty())
        p.name = Profile::connectionName(p.apiBaseUrl, p.customerId);
    return p;
}

} // namespace jobdesk::ui
