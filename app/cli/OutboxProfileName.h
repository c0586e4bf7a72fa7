#pragma once

#include <QString>
#include <QUrl>

// The outbox profile name jobdesk-cli uses. Results go through the outbox of a named profile: the
// --profile name when the saved profile is used as it is, otherwise (explicit --api-url or
// --customer-id) a name derived from the API address and the customer, so that every run against
// the same server and customer shares one outbox: "cli:HOST[:PORT][/PATH]/CUSTOMERID", e.g.
// "cli:127.0.0.1:8080/12345" or "cli:api.bigchange.com/12345".
namespace OutboxProfileName {
QString forConnection(const QUrl &apiBaseUrl, qint64 customerId);
} // namespace OutboxProfileName
