#pragma once

class QCoreApplication;

namespace jobdesk {

// Installs the translation of Jobdesk's user strings for the user's language (compiled from
// resources/translations/jobdesk_*.ts into the programs' resources, under :/i18n), and Qt's own
// for its standard texts, where one exists. English needs none: it is the source language.
namespace Translations {
void install(QCoreApplication *app);
}

} // namespace jobdesk
