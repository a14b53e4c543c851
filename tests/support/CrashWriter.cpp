// A writer process for the crash-safety test: opens a vault (secret on stdin) and makes changes in a loop the way
// the app does (notes added, notes edited, a family's notes changed), printing "added <id>" only after each
// commit. The test kills it with SIGKILL at random moments and then checks that everything it printed is there.
#include "app/session/Session.h"
#include "crypto/KeyStore.h"
#include "crypto/Sodium.h"

#include <cstdio>
#include <iostream>
#include <string>

using namespace veldwerk;

int main(int argc, char *argv[])
{
    if (argc != 4 || !crypto::initialize())
        return 2;
    const std::filesystem::path dir = argv[1];
    const QString visitId = QString::fromLocal8Bit(argv[2]);
    const QString familyId = QString::fromLocal8Bit(argv[3]);
    std::string secret;
    std::getline(std::cin, secret);
    crypto::NoKeyStore none;
    auto opened =
        session::Session::open(session::DataDirectory(dir), none,
                               std::span(reinterpret_cast<const unsigned char *>(secret.data()), secret.size()));
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message()));
        return 1;
    }
    store::CaseStore &cases = (*opened)->cases();
    QString last;
    for (int i = 0;; ++i) {
        if (i % 10 == 9 && !last.isEmpty()) {
            if (!cases.observations().updateText(last, QStringLiteral("bewerkt %1").arg(i)))
                return 1;
        } else if (i % 10 == 5) {
            auto family = cases.families().get(familyId);
            if (!family)
                return 1;
            family->notes = QStringLiteral("notitie %1").arg(i);
            if (!cases.families().update(*family))
                return 1;
        } else {
            domain::Observation note;
            note.visitId = visitId;
            note.text = QStringLiteral("Observatie %1: Noah stapelt blokken, Sanne moedigt aan.").arg(i);
            auto id = cases.observations().add(note);
            if (!id)
                return 1;
            last = *id;
            std::printf("added %s\n", qPrintable(*id));
            std::fflush(stdout);
        }
    }
}
