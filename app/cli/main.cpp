// veldwerk-cli: the command-line companion (DESIGN §11). Wiring only; the commands live in Cli.cpp and
// *Commands.cpp, the work in the libraries the app uses too.
#include "app/cli/Cli.h"
#include "app/session/DataDirectory.h"
#include "crypto/Sodium.h"
#include "qml/i18n/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    veldwerk::session::DataDirectory::configureApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(VELDWERK_VERSION));

    QTranslator translator;
    if (veldwerk::i18n::load(translator, veldwerk::i18n::systemLanguage()))
        QCoreApplication::installTranslator(&translator);

    if (!veldwerk::crypto::initialize()) {
        veldwerk::cli::printErr(QCoreApplication::translate("Cli", "libsodium kon niet worden gestart."));
        return veldwerk::cli::Failed;
    }
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return veldwerk::cli::run(args);
}
