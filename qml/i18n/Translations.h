#pragma once

#include <QString>

class QTranslator;

namespace veldwerk::i18n {

// Dutch is the source language of every text; English is a shipped translation.

// "en" when the system's preferred interface language is English, "nl" otherwise (a nurse on a German tablet
// reads the Dutch she works in, not English).
QString systemLanguage();
// A setting value ("system", "nl", "en") as a language code.
QString resolve(const QString &setting);
// Loads the translation for `language` into `translator`. Returns false for Dutch (nothing to load) and for
// unknown codes.
bool load(QTranslator &translator, const QString &language);

} // namespace veldwerk::i18n
