#pragma once

// The word lists the synthetic caseload is made of. Every name, street and note is invented; the lists only make
// the data look like a Dutch caseload (surnames with prefixes, names from several backgrounds, real-sounding
// neighbourhoods, notes in the field's own words), so that text lengths, LIKE matches and sort order behave as
// they would with real records.

#include <array>
#include <string_view>

namespace veldwerk::bench::words {

inline constexpr std::array<std::string_view, 64> Surnames = {
    "de Jong",   "Jansen",    "de Vries",       "van den Berg", "van Dijk",       "Bakker",    "Janssen",
    "Visser",    "Smit",      "Meijer",         "de Boer",      "Mulder",         "de Groot",  "Bos",
    "Vos",       "Peters",    "Hendriks",       "van Leeuwen",  "Dekker",         "Brouwer",   "de Wit",
    "Dijkstra",  "Smits",     "de Graaf",       "van der Meer", "van der Linden", "Kok",       "Jacobs",
    "de Haan",   "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek",  "de Bruijn", "van der Heijden",
    "Schouten",  "van Beek",  "Willems",        "van Vliet",    "van de Ven",     "Hoekstra",  "Maas",
    "Verhoeven", "Koster",    "van Dam",        "van der Wal",  "Prins",          "Blom",      "Huisman",
    "Yilmaz",    "El Amrani", "Bouzid",         "Kaya",         "Nguyen",         "Pinas",     "Martina",
    "Öztürk",    "Boukhari",  "Demir",          "Wijnaldum",    "Sedney",         "Tahiri",    "Kowalski",
    "Haddou"};

inline constexpr std::array<std::string_view, 48> ChildNames = {
    "Emma",  "Julia", "Mila", "Tess",  "Sophie", "Zoë",   "Sara",  "Nora", "Yara",  "Eva",   "Liv",      "Lotte",
    "Saar",  "Fenna", "Noor", "Amira", "Lina",   "Ilse",  "Roos",  "Maud", "Hiba",  "Esmee", "Noah",     "Daan",
    "Sem",   "Lucas", "Levi", "Finn",  "Milan",  "Luuk",  "Bram",  "Mees", "Jesse", "Adam",  "Mohammed", "Ayoub",
    "Yusuf", "Thijs", "Sven", "Jens",  "Kian",   "Rayan", "Stijn", "Gijs", "Owen",  "Dex",   "Teun",     "Jayden"};

inline constexpr std::array<std::string_view, 40> AdultNames = {
    "Esther",  "Jeroen", "Marieke", "Sanne",   "Linda", "Mark",    "Dennis",  "Kim",    "Priscilla", "Fatima",
    "Mehmet",  "Ahmed",  "Samira",  "Bas",     "Ruud",  "Petra",   "Anouk",   "Wendy",  "Chantal",   "Kevin",
    "Sandra",  "Rachid", "Naima",   "Jolanda", "Erik",  "Ilona",   "Youssef", "Hatice", "Marco",     "Nicole",
    "Shanice", "Tom",    "Iris",    "Joyce",   "Danny", "Mariska", "Hamza",   "Ewa",    "Tomasz",    "Lisanne"};

inline constexpr std::array<std::string_view, 20> Areas = {
    "Zwolle-Zuid", "Holtenbroek", "Stadshagen",     "Assendorp",  "Aa-landen",    "Diezerpoort",    "Kampen",
    "Dalfsen",     "Hattem",      "Deventer-Noord", "Colmschate", "Rivierenwijk", "Apeldoorn-Zuid", "Zevenhuizen",
    "Harderwijk",  "Ermelo",      "Nunspeet",       "Elburg",     "Meppel",       "Steenwijk"};

inline constexpr std::array<std::string_view, 16> Streets = {
    "Kastanjelaan", "Dorpsstraat",   "Molenweg",         "Kerkstraat",         "Schoolstraat", "Beukenlaan",
    "Eikenlaan",    "Julianastraat", "Wilhelminastraat", "Prins Bernhardlaan", "Stationsweg",  "Oranjestraat",
    "Lindelaan",    "Vondellaan",    "Rembrandtstraat",  "Zonnebloemstraat"};

inline constexpr std::array<std::string_view, 12> Professionals = {"Marieke Hoekstra (jeugdverpleegkundige)",
                                                                   "Sanne Bakker (VIPP-SD-ondersteuner)",
                                                                   "Ingrid Mulder (gedragswetenschapper)",
                                                                   "Joost van Wijk (orthopedagoog)",
                                                                   "Fatma Yildiz (jeugdverpleegkundige)",
                                                                   "Petra de Lange (K-VHT-hulpverlener)",
                                                                   "Ruben Smeets (gezinscoach)",
                                                                   "Anja Vermeer (jeugdarts)",
                                                                   "Karin Brinkman (gedragswetenschapper)",
                                                                   "Nadia Amrani (jeugdverpleegkundige)",
                                                                   "Wouter Zijlstra (orthopedagoog)",
                                                                   "Hanneke Post (VoorZorg-verpleegkundige)"};

// Sentences of observation notes; {K} is a child's first name, {O} a caregiver's.
inline constexpr std::array<std::string_view, 28> NoteSentences = {
    "{O} reageert sensitief op het huilen van {K} en pakt {K} direct op.",
    "{K} speelt geconcentreerd met de blokken; {O} kijkt mee en benoemt wat {K} doet.",
    "Bij het opruimen ontstaat strijd. {O} verheft de stem, {K} gaat huilen.",
    "Positief moment: {O} volgt het initiatief van {K} tijdens het voorlezen.",
    "{O} vertelt dat de nachten onrustig zijn; {K} wordt drie keer per nacht wakker.",
    "Afspraak: {O} oefent deze week met een vast slaapritueel.",
    "Tijdens het eten wil {K} niet aan tafel blijven zitten. {O} blijft rustig en geeft keuzes.",
    "Video-opname van tien minuten vrij spel gemaakt, goed bruikbaar voor de feedback.",
    "In de feedback herkent {O} het moment waarop {K} contact zoekt.",
    "{O} geeft aan zich minder gespannen te voelen dan vorige week.",
    "Draaglast is hoog: geldzorgen, weinig netwerk, werk in ploegendienst.",
    "Oma is aanwezig en helpt bij de verzorging van {K}.",
    "{K} zoekt troost bij {O} en gaat daarna weer spelen.",
    "Grenzen stellen gaat beter; {O} legt uit waarom en houdt vol.",
    "Gesproken over de overgang naar de peuteropvang.",
    "Gewicht en lengte van {K} gemeten, de groeicurve volgt de lijn.",
    "{O} twijfelt of {K} genoeg eet; samen het voedingsschema doorgenomen.",
    "Er ligt speelgoed binnen bereik van {K}; de kamer is rustig ingericht.",
    "Veiligheid besproken: het traphekje zit nu vast, schoonmaakmiddelen staan hoog.",
    "{O} benoemt zelf een moment waarop het goed ging met {K}.",
    "Volgende keer filmen we het badmoment.",
    "Compliment gegeven voor de rustige aanpak bij het aankleden.",
    "{K} reageert op de eigen naam en maakt oogcontact.",
    "Samen met {O} de doelen van het traject opnieuw bekeken.",
    "{O} kijkt naar de beelden en ziet hoe vaak {K} naar {O} opkijkt.",
    "{K} is verkouden en hangeriger dan anders.",
    "Broertje of zusje stoort het spel; {O} verdeelt de aandacht goed.",
    "Na het bezoek kort overleg met de huisarts, afgesproken om over twee weken terug te koppelen."};

inline constexpr std::array<std::string_view, 6> Goals = {
    "{O} reageert sensitief op de signalen van {K}.",
    "{O} stelt grenzen met uitleg in plaats van strijd.",
    "Het slaapritme van {K} is stabiel.",
    "Er is een netwerk dat {O} ontlast.",
    "Helder beeld van de opvoedcapaciteiten, met een advies over de benodigde hulp.",
    "Meer plezier samen tijdens spel en verzorging."};

} // namespace veldwerk::bench::words
