<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaregiverDialog</name>
    <message>
        <source>Ouder of verzorger toevoegen</source>
        <translation>Add parent or carer</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Welke rol?</source>
        <translation>Which role?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: oma, dagelijkse opvang</source>
        <translation>For example: grandmother, daily care</translation>
    </message>
    <message>
        <source>Telefoon (optioneel)</source>
        <translation>Phone (optional)</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Kind toevoegen</source>
        <translation>Add child</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geboren</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Nog niet geboren</source>
        <translation>Not born yet</translation>
    </message>
    <message>
        <source>Verwachte geboortedatum</source>
        <translation>Expected date of birth</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>libsodium kon niet worden gestart.</source>
        <translation>libsodium could not be started.</translation>
    </message>
    <message>
        <source>--data-dir verwacht een map.</source>
        <translation>--data-dir expects a directory.</translation>
    </message>
    <message>
        <source>Geef een opdracht.</source>
        <translation>Give a command.</translation>
    </message>
    <message>
        <source>Onbekende opdracht: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>--cost verwacht interactive, moderate of sensitive.</source>
        <translation>--cost expects interactive, moderate or sensitive.</translation>
    </message>
    <message>
        <source>--max-failures verwacht een getal van %1 tot en met %2.</source>
        <translation>--max-failures expects a number from %1 to %2.</translation>
    </message>
    <message>
        <source>Onbekende optie: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Geen wachtwoord ontvangen op standaardinvoer (één wachtwoord per regel).</source>
        <translation>No passphrase received on standard input (one passphrase per line).</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Herhaal het nieuwe wachtwoord: </source>
        <translation>Repeat the new passphrase: </translation>
    </message>
    <message>
        <source>Kluis aangemaakt in %1</source>
        <translation>Vault created in %1</translation>
    </message>
    <message>
        <source>Wachtwoord: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Kluis: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>Sleutelbestand: in orde (%1 sleutelslot(s); Argon2id %2 rondes, %3 MiB; wissen na %4 mislukte pogingen)</source>
        <translation>Key file: sound (%1 key slot(s); Argon2id %2 passes, %3 MiB; erase after %4 failed attempts)</translation>
    </message>
    <message>
        <source>Database: geopend (SQLCipher %1, schema %2, apparaat %3)</source>
        <translation>Database: opened (SQLCipher %1, schema %2, device %3)</translation>
    </message>
    <message>
        <source>Integriteit: in orde</source>
        <translation>Integrity: sound</translation>
    </message>
    <message>
        <source>Huidig wachtwoord: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <source>Wachtwoord gewijzigd. De gegevens zelf zijn niet opnieuw versleuteld; dat is ook niet nodig.</source>
        <translation>Passphrase changed. The data itself was not re-encrypted; that is not needed.</translation>
    </message>
    <message>
        <source>Geef een vault-opdracht: init, verify of change-secret.</source>
        <translation>Give a vault command: init, verify or change-secret.</translation>
    </message>
    <message>
        <source>Onbekende vault-opdracht: %1</source>
        <translation>Unknown vault command: %1</translation>
    </message>
    <message>
        <source>Geef een demo-opdracht: seed.</source>
        <translation>Give a demo command: seed.</translation>
    </message>
    <message>
        <source>Geef een observation-opdracht: add.</source>
        <translation>Give an observation command: add.</translation>
    </message>
    <message>
        <source>observation add verwacht --visit ID.</source>
        <translation>observation add expects --visit ID.</translation>
    </message>
    <message>
        <source>observation add verwacht --text TEKST.</source>
        <translation>observation add expects --text TEXT.</translation>
    </message>
    <message>
        <source>Er is geen bezoek met id %1 op dit apparaat.</source>
        <translation>There is no visit with id %1 on this device.</translation>
    </message>
    <message>
        <source>export verwacht --out BESTAND.</source>
        <translation>export expects --out FILE.</translation>
    </message>
    <message>
        <source>Er is geen gezin met id %1 op dit apparaat.</source>
        <translation>There is no family with id %1 on this device.</translation>
    </message>
    <message>
        <source>Het auditspoor kon niet worden bijgewerkt; er is niets geëxporteerd.</source>
        <translation>The audit trail could not be updated; nothing was exported.</translation>
    </message>
    <message>
        <source>Export geschreven naar %1. Dit bestand is niet versleuteld: bewaar en verstuur het zorgvuldig.</source>
        <translation>Export written to %1. This file is not encrypted: keep and send it with care.</translation>
    </message>
    <message>
        <source>%1 verwacht een waarde.</source>
        <translation>%1 expects a value.</translation>
    </message>
    <message>
        <source>Integriteit: niet in orde.</source>
        <translation>Integrity: not sound.</translation>
    </message>
    <message>
        <source>Auditspoor: in orde (%1 gebeurtenissen, keten en MAC gecontroleerd)</source>
        <translation>Audit trail: sound (%1 events, chain and MAC checked)</translation>
    </message>
    <message>
        <source>Gebruik: veldwerk-cli [--data-dir MAP] &lt;opdracht&gt;

Opdrachten:
  vault init [--cost interactive|moderate|sensitive] [--max-failures N]
      Maakt een nieuwe kluis. Leest het nieuwe wachtwoord twee keer van standaardinvoer.
  vault verify
      Leest het wachtwoord, opent de kluis en controleert de database.
  vault change-secret [--cost interactive|moderate|sensitive]
      Leest het oude wachtwoord en twee keer het nieuwe; versleutelt niets opnieuw.
  demo seed
      Laadt een fictieve demo-caseload in een lege kluis.
  observation add --visit ID --text TEKST [--about ID] [--tag LABEL]...
      Voegt een observatie toe aan een bezoek; drukt het nieuwe id af zodra het is opgeslagen.
  export --out BESTAND [--family ID]
      Schrijft alles (of één gezin) als JSON, voor een inzageverzoek (AVG).
  questionnaire validate BESTAND
      Controleert een FHIR R4 Questionnaire; drukt elke fout en waarschuwing af met haar JSON-pad.
  questionnaire evaluate QUESTIONNAIRE.json RESPONSE.json
      Evalueert een QuestionnaireResponse: zichtbare items, meldingen, berekende waarden (JSON).

Wachtwoorden komen van standaardinvoer, één per regel, nooit uit argumenten.
--data-dir kiest de kluismap (standaard die van de app).
Afsluitcode: 0 gelukt, 1 mislukt (melding op stderr), 2 verkeerd gebruik.</source>
        <translation>Usage: veldwerk-cli [--data-dir DIR] &lt;command&gt;

Commands:
  vault init [--cost interactive|moderate|sensitive] [--max-failures N]
      Creates a new vault. Reads the new passphrase twice from standard input.
  vault verify
      Reads the passphrase, opens the vault and checks the database.
  vault change-secret [--cost interactive|moderate|sensitive]
      Reads the old passphrase and the new one twice; re-encrypts nothing.
  demo seed
      Loads a fictional demo caseload into an empty vault.
  observation add --visit ID --text TEXT [--about ID] [--tag TAG]...
      Adds an observation to a visit; prints the new id once it is saved.
  export --out FILE [--family ID]
      Writes everything (or one family) as JSON, for a subject access request (GDPR).
  questionnaire validate FILE
      Checks a FHIR R4 Questionnaire; prints every error and warning with its JSON path.
  questionnaire evaluate QUESTIONNAIRE.json RESPONSE.json
      Evaluates a QuestionnaireResponse: enabled items, messages, calculated values (JSON).

Passphrases come from standard input, one per line, never from arguments.
--data-dir chooses the vault directory (default: the app's own).
Exit code: 0 success, 1 failure (message on stderr), 2 usage error.</translation>
    </message>
    <message>
        <source>%1 is een map, geen bestand.</source>
        <translation>%1 is a directory, not a file.</translation>
    </message>
    <message>
        <source>Kan %1 niet lezen: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Het bestand is groter dan %1 MB.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <source>waarschuwing</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>%1 (linkId %2)</source>
        <translation>%1 (linkId %2)</translation>
    </message>
    <message>
        <source>questionnaire validate verwacht precies één BESTAND.</source>
        <translation>questionnaire validate expects exactly one FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Ongeldig: %n fout(en)</source>
        <translation>
            <numerusform>Invalid: %n error</numerusform>
            <numerusform>Invalid: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waarschuwing(en).</source>
        <translation>
            <numerusform>, %n warning.</numerusform>
            <numerusform>, %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Geldig: %1 (%2), %n item(s)</source>
        <translation>
            <numerusform>Valid: %1 (%2), %n item</numerusform>
            <numerusform>Valid: %1 (%2), %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>questionnaire evaluate verwacht QUESTIONNAIRE.json en RESPONSE.json.</source>
        <translation>questionnaire evaluate expects QUESTIONNAIRE.json and RESPONSE.json.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Geef een questionnaire-opdracht: validate of evaluate.</source>
        <translation>Give a questionnaire command: validate or evaluate.</translation>
    </message>
    <message>
        <source>Onbekende questionnaire-opdracht: %1</source>
        <translation>Unknown questionnaire command: %1</translation>
    </message>
    <message>
        <source>Demo-caseload geladen: %1 gezinnen, %2 kinderen, %3 ouders/verzorgers, %4 trajecten, %5 bezoeken, %6 observaties, %7 weekevaluaties, %8 toestemmingen, %9 ingevulde formulieren. Alle namen zijn verzonnen.</source>
        <translation>Demo caseload loaded: %1 families, %2 children, %3 parents/carers, %4 trajectories, %5 visits, %6 observations, %7 weekly evaluations, %8 consents, %9 filled-in forms. All names are invented.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Doorgaan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Iemand anders…</source>
        <translation>Someone else…</translation>
    </message>
    <message>
        <source>Waarvoor</source>
        <translation>For what</translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: huisarts dr. Visser</source>
        <translation>For example: GP Dr Visser</translation>
    </message>
    <message>
        <source>Gegeven door</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Naam en rol</source>
        <translation>Name and role</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: jeugdige (14 jaar)</source>
        <translation>For example: young person (14 years)</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>DateInputField</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Deze kluis bevat al gezinnen. Demogegevens worden alleen in een lege kluis geladen, zodat ze nooit door echte dossiers heen komen te staan.</source>
        <translation>This vault already holds families. Demo data is only loaded into an empty vault, so that it never mixes with real records.</translation>
    </message>
</context>
<context>
    <name>ErasedPage</name>
    <message>
        <source>De kluis is gewist</source>
        <translation>The vault has been erased</translation>
    </message>
    <message>
        <source>Er is te vaak een onjuist wachtwoord ingevoerd. Om de gegevens van gezinnen te beschermen, zijn de sleutels van deze kluis vernietigd: wat op dit apparaat stond, is niet meer te lezen.</source>
        <translation>A wrong passphrase was entered too often. To protect the families' data, the keys of this vault were destroyed: what was on this device can no longer be read.</translation>
    </message>
    <message>
        <source>Wat al gesynchroniseerd was, staat nog op de server van uw organisatie. Neem contact op met functioneel beheer om dit apparaat opnieuw aan te melden.</source>
        <translation>What was already synchronised is still on your organisation's server. Contact your application administrator to enrol this device again.</translation>
    </message>
    <message>
        <source>Opnieuw beginnen met een lege kluis</source>
        <translation>Start again with an empty vault</translation>
    </message>
    <message>
        <source>Opnieuw beginnen?</source>
        <translation>Start again?</translation>
    </message>
    <message>
        <source>De onleesbare gegevens worden verwijderd en u kiest een nieuw wachtwoord.</source>
        <translation>The unreadable data is removed and you choose a new passphrase.</translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation>Start again</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <source>Gegevens van het gezin</source>
        <translation>Family's details</translation>
    </message>
    <message>
        <source>Nieuw gezin</source>
        <translation>New family</translation>
    </message>
    <message>
        <source>Naam van het gezin</source>
        <translation>Name of the family</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Gezin Bakker</source>
        <translation>For example: Bakker family</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Wijk of plaats</source>
        <translation>Neighbourhood or town</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Gegevens wijzigen</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Kind toevoegen</source>
        <translation>Add child</translation>
    </message>
    <message>
        <source>Nog geen kinderen vastgelegd.</source>
        <translation>No children recorded yet.</translation>
    </message>
    <message>
        <source>Ouders en verzorgers</source>
        <translation>Parents and carers</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Nog geen ouders of verzorgers vastgelegd.</source>
        <translation>No parents or carers recorded yet.</translation>
    </message>
    <message>
        <source>Trajecten</source>
        <translation>Trajectories</translation>
    </message>
    <message>
        <source>Nieuw traject</source>
        <translation>New trajectory</translation>
    </message>
    <message>
        <source>Nog geen traject. Een traject (bijvoorbeeld VIPP-SD of 45A48) draagt de bezoeken.</source>
        <translation>No trajectory yet. A trajectory (for example VIPP-SD or 45A48) holds the visits.</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Filmen is toegestaan.</source>
        <translation>Filming is allowed.</translation>
    </message>
    <message>
        <source>Er is geen toestemming om te filmen.</source>
        <translation>There is no consent to film.</translation>
    </message>
    <message>
        <source>Gegeven door %1 op %2</source>
        <translation>Given by %1 on %2</translation>
    </message>
    <message>
        <source>Gegeven door %1 op %2, ingetrokken op %3</source>
        <translation>Given by %1 on %2, withdrawn on %3</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Nog geen bezoeken.</source>
        <translation>No visits yet.</translation>
    </message>
    <message>
        <source>1 notitie</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>%1 notities</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <source>Praktische notities</source>
        <translation>Practical notes</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: bel vooraf aan, hond in de tuin.</source>
        <translation>For example: call ahead, dog in the garden.</translation>
    </message>
    <message>
        <source>Inzagelog</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Wie dit dossier op dit apparaat aanmaakte, wijzigde of inzag (de laatste 50 gebeurtenissen).</source>
        <translation>Who created, changed or viewed this file on this device (the last 50 events).</translation>
    </message>
    <message>
        <source>Toestemming intrekken?</source>
        <translation>Withdraw consent?</translation>
    </message>
    <message>
        <source>De toestemming geldt vanaf vandaag niet meer. Wat ervoor is vastgelegd, blijft in het dossier zichtbaar.</source>
        <translation>From today the consent no longer applies. What was recorded before stays visible in the file.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welkom bij Veldwerk</source>
        <translation>Welcome to Veldwerk</translation>
    </message>
    <message>
        <source>Alles wat u in Veldwerk vastlegt, wordt op dit apparaat versleuteld bewaard. Kies eerst het wachtwoord waarmee u de app opent.</source>
        <translation>Everything you record in Veldwerk is stored encrypted on this device. First choose the passphrase that opens the app.</translation>
    </message>
    <message>
        <source>Nieuwe pincode</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Precies 6 cijfers.</source>
        <translation>Exactly 6 digits.</translation>
    </message>
    <message>
        <source>Minstens %1 tekens. Een zin die u kunt onthouden werkt goed, bijvoorbeeld vier losse woorden.</source>
        <translation>At least %1 characters. A sentence you can remember works well, for example four separate words.</translation>
    </message>
    <message>
        <source>Herhaal de pincode</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Kluis wordt aangemaakt…</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <source>Kluis aanmaken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>Vergeet dit wachtwoord niet. Zonder wachtwoord zijn de gegevens op dit apparaat niet te openen; wat al is gesynchroniseerd, blijft op de server bewaard.</source>
        <translation>Do not forget this passphrase. Without it the data on this device cannot be opened; what has been synchronised stays on the server.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormItemDelegate</name>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nog een toevoegen</source>
        <translation>Add another</translation>
    </message>
    <message>
        <source>verplicht</source>
        <translation>required</translation>
    </message>
    <message>
        <source>nog niet te berekenen</source>
        <translation>cannot be calculated yet</translation>
    </message>
    <message>
        <source>berekend</source>
        <translation>calculated</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>nog niet gekozen</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>dd-mm-jjjj uu:mm</source>
        <translation>dd-mm-yyyy hh:mm</translation>
    </message>
    <message>
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Eén antwoord per regel</source>
        <translation>One answer per line</translation>
    </message>
    <message>
        <source>Dit soort vraag kan in Veldwerk nog niet worden ingevuld.</source>
        <translation>This kind of question cannot be answered in Veldwerk yet.</translation>
    </message>
    <message>
        <source>Anders, namelijk…</source>
        <translation>Other, namely…</translation>
    </message>
    <message>
        <source>anders</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Alle verplichte vragen zijn beantwoord.</source>
        <translation>All required questions have been answered.</translation>
    </message>
    <message>
        <source>Naar eerste open vraag</source>
        <translation>Go to first open question</translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Het formulier is afgerond.</source>
        <translation>The form has been completed.</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Veldwerk</source>
        <translation>Veldwerk</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Demo: alle gezinnen en namen zijn verzonnen</source>
        <translation>Demo: all families and names are invented</translation>
    </message>
    <message>
        <source>Nieuw gezin</source>
        <translation>New family</translation>
    </message>
    <message>
        <source>1 notitie</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>%1 notities</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <source>Vandaag staan er geen bezoeken gepland.</source>
        <translation>No visits are planned today.</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Zoek op gezin, kind, ouder of wijk</source>
        <translation>Search by family, child, parent or neighbourhood</translation>
    </message>
    <message>
        <source>Zoeken in de caseload</source>
        <translation>Search the caseload</translation>
    </message>
    <message>
        <source>Geen gezin gevonden voor '%1'.</source>
        <translation>No family found for '%1'.</translation>
    </message>
    <message>
        <source>Er staan nog geen gezinnen op dit apparaat. Begin met 'Nieuw gezin'.</source>
        <translation>There are no families on this device yet. Start with 'New family'.</translation>
    </message>
</context>
<context>
    <name>InstrumentImportPage</name>
    <message>
        <source>Instrument importeren</source>
        <translation>Import instrument</translation>
    </message>
    <message>
        <source>Een eigen vragenlijst van uw organisatie (FHIR R4 Questionnaire, JSON)</source>
        <translation>Your organisation's own questionnaire (FHIR R4 Questionnaire, JSON)</translation>
    </message>
    <message>
        <source>Bestand kiezen</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>JSON-bestanden in Downloads en Documenten:</source>
        <translation>JSON files in Downloads and Documents:</translation>
    </message>
    <message>
        <source>Er staan geen JSON-bestanden in Downloads of Documenten. Zet het bestand daar neer, of typ hieronder het pad.</source>
        <translation>There are no JSON files in Downloads or Documents. Put the file there, or type its path below.</translation>
    </message>
    <message>
        <source>Of het pad van het bestand</source>
        <translation>Or the path of the file</translation>
    </message>
    <message>
        <source>/pad/naar/vragenlijst.json</source>
        <translation>/path/to/questionnaire.json</translation>
    </message>
    <message>
        <source>Controleren en importeren</source>
        <translation>Check and import</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message numerus="yes">
        <source>%n fouten</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waarschuwingen</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>de eerste %1 staan hieronder</source>
        <translation>the first %1 are listed below</translation>
    </message>
    <message>
        <source>Instrumenten op dit apparaat</source>
        <translation>Instruments on this device</translation>
    </message>
    <message>
        <source>meegeleverd</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>geïmporteerd</source>
        <translation>imported</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>Het instrument voldoet niet meer aan de controle van deze versie van Veldwerk.</source>
        <translation>The instrument no longer passes the checks of this version of Veldwerk.</translation>
    </message>
    <message>
        <source>Het instrument %1 (versie %2) staat niet op dit apparaat.</source>
        <translation>The instrument %1 (version %2) is not on this device.</translation>
    </message>
    <message>
        <source>zonder versie</source>
        <translation>without version</translation>
    </message>
    <message>
        <source>Dit bestand is geen bruikbaar FHIR R4 Questionnaire; er is niets opgeslagen.</source>
        <translation>This file is not a usable FHIR R4 Questionnaire; nothing was stored.</translation>
    </message>
    <message>
        <source>Een instrument heeft een url nodig: een ingevuld formulier legt vast tegen welk instrument het is ingevuld.</source>
        <translation>An instrument needs a url: a filled form records which instrument it was filled against.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden opgeslagen; er is niets veranderd.</source>
        <translation>This file cannot be stored; nothing has changed.</translation>
    </message>
    <message>
        <source>Dit instrument (url en versie) wordt al met Veldwerk meegeleverd en kan niet worden vervangen.</source>
        <translation>This instrument (url and version) is bundled with Veldwerk and cannot be replaced.</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld; er is niets opgeslagen.</source>
        <translation>The vault is locked; nothing was stored.</translation>
    </message>
    <message>
        <source>Het instrument kon niet worden opgeslagen; er is niets veranderd.</source>
        <translation>The instrument could not be stored; nothing has changed.</translation>
    </message>
    <message>
        <source>Dit instrument stond al op dit apparaat; er is niets veranderd.</source>
        <translation>This instrument was already on this device; nothing has changed.</translation>
    </message>
    <message>
        <source>Het instrument is toegevoegd en kan nu bij een bezoek worden gekozen.</source>
        <translation>The instrument has been added and can now be chosen on a visit.</translation>
    </message>
    <message>
        <source>Het instrument is toegevoegd. Lees hieronder wat nog niet werkt zoals het in het bestand staat.</source>
        <translation>The instrument has been added. Read below what does not yet work as written in the file.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Veldwerk</source>
        <translation>Veldwerk</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>Veldwerk kan de kluis niet openen</source>
        <translation>Veldwerk cannot open the vault</translation>
    </message>
    <message>
        <source>Neem contact op met functioneel beheer. Wat al gesynchroniseerd was, staat nog op de server.</source>
        <translation>Contact your application administrator. What was already synchronised is still on the server.</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Oude bestanden apart zetten en opnieuw beginnen</source>
        <translation>Set the old files aside and start again</translation>
    </message>
    <message>
        <source>Oude bestanden apart zetten?</source>
        <translation>Set the old files aside?</translation>
    </message>
    <message>
        <source>De huidige bestanden gaan naar een map 'apart-gezet' in de gegevensmap; er wordt niets verwijderd. Daarna kiest u een nieuw wachtwoord voor een lege kluis.</source>
        <translation>The current files move to an 'apart-gezet' folder in the data directory; nothing is deleted. Then you choose a new passphrase for an empty vault.</translation>
    </message>
    <message>
        <source>Apart zetten</source>
        <translation>Set aside</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Verberg</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Toon</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Taal van het systeem</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Automatisch vergrendelen</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <source>Na deze tijd zonder gebruik vergrendelt Veldwerk zich. Wat u hebt vastgelegd, is dan al bewaard.</source>
        <translation>After this time without use Veldwerk locks itself. What you recorded has already been saved by then.</translation>
    </message>
    <message>
        <source>1 minuut</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minuten</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Zo staat u in het inzagelog van deze tablet, en als verantwoordelijke bij een nieuw traject.</source>
        <translation>How you appear in this tablet's access log, and as the responsible professional of a new trajectory.</translation>
    </message>
    <message>
        <source>Instrumenten</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Een vragenlijst van uw eigen organisatie toevoegen. Het bestand wordt eerst gecontroleerd.</source>
        <translation>Add a questionnaire of your own organisation. The file is checked first.</translation>
    </message>
    <message>
        <source>Instrument importeren</source>
        <translation>Import instrument</translation>
    </message>
</context>
<context>
    <name>StoredForms</name>
    <message>
        <source>De antwoorden konden niet worden gelezen.</source>
        <translation>The answers could not be read.</translation>
    </message>
    <message>
        <source>Dit formulier bestaat niet (meer).</source>
        <translation>This form does not exist (any more).</translation>
    </message>
    <message>
        <source>Het formulier kon niet worden gelezen.</source>
        <translation>The form could not be read.</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Afgerond, daarna gewijzigd</source>
        <translation>Completed, changed afterwards</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>TrajectoryDialog</name>
    <message>
        <source>Nieuw traject</source>
        <translation>New trajectory</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Welk product?</source>
        <translation>Which product?</translation>
    </message>
    <message>
        <source>Kader</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Geplande einddatum</source>
        <translation>Planned end date</translation>
    </message>
    <message>
        <source>Ouderschapsdiagnostiek: drie tot maximaal zes maanden.</source>
        <translation>Parenting assessment: three to at most six months.</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Verantwoordelijke professional</source>
        <translation>Responsible professional</translation>
    </message>
</context>
<context>
    <name>TrajectoryEditDialog</name>
    <message>
        <source>Traject wijzigen</source>
        <translation>Edit trajectory</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kader</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Geplande einddatum</source>
        <translation>Planned end date</translation>
    </message>
    <message>
        <source>Verantwoordelijke professional</source>
        <translation>Responsible professional</translation>
    </message>
</context>
<context>
    <name>TrajectoryPage</name>
    <message>
        <source>Bezoek plannen</source>
        <translation>Plan visit</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>Kader</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Verantwoordelijk</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Nog geen bezoeken. Plan het eerste bezoek met 'Bezoek plannen'.</source>
        <translation>No visits yet. Plan the first visit with 'Plan visit'.</translation>
    </message>
    <message>
        <source>1 notitie</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>%1 notities</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <source>Wekelijkse evaluaties</source>
        <translation>Weekly evaluations</translation>
    </message>
    <message>
        <source>Nieuwe week</source>
        <translation>New week</translation>
    </message>
    <message>
        <source>Ouderschapsdiagnostiek werkt met heldere doelen en wekelijkse evaluaties. Begin met 'Nieuwe week'.</source>
        <translation>Parenting assessment works with clear goals and weekly evaluations. Start with 'New week'.</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Bijstellingen</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Afgesproken vervolgstappen</source>
        <translation>Agreed next steps</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Veldwerk is vergrendeld</source>
        <translation>Veldwerk is locked</translation>
    </message>
    <message>
        <source>Voer uw pincode in om verder te werken.</source>
        <translation>Enter your PIN to continue working.</translation>
    </message>
    <message>
        <source>Voer uw wachtwoord in om verder te werken.</source>
        <translation>Enter your passphrase to continue working.</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>U kunt het over 1 seconde opnieuw proberen.</source>
        <translation>You can try again in 1 second.</translation>
    </message>
    <message>
        <source>U kunt het over %1 seconden opnieuw proberen.</source>
        <translation>You can try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Er zijn %1 mislukte pogingen geweest. Na nog %2 mislukte pogingen worden de gegevens op dit apparaat onleesbaar gemaakt.</source>
        <translation>There have been %1 failed attempts. After %2 more failed attempts the data on this device will be made unreadable.</translation>
    </message>
    <message>
        <source>Kluis wordt geopend…</source>
        <translation>Opening the vault…</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Deze tekst is te lang (maximaal %1 tekens).</source>
        <translation>This text is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Kies een van de mogelijkheden.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>Geef het gezin een naam.</source>
        <translation>Give the family a name.</translation>
    </message>
    <message>
        <source>Vul de naam van het kind in.</source>
        <translation>Enter the child's name.</translation>
    </message>
    <message>
        <source>Vul de geboortedatum in, of voor een ongeboren kind de verwachte geboortedatum.</source>
        <translation>Enter the date of birth, or for an unborn child the expected date of birth.</translation>
    </message>
    <message>
        <source>Deze geboortedatum ligt in de toekomst. Is het kind nog niet geboren? Vul dan de verwachte geboortedatum in.</source>
        <translation>This date of birth lies in the future. Is the child not born yet? Then enter the expected date of birth.</translation>
    </message>
    <message>
        <source>Deze geboortedatum ligt meer dan 23 jaar terug.</source>
        <translation>This date of birth is more than 23 years ago.</translation>
    </message>
    <message>
        <source>De verwachte geboortedatum is al voorbij. Vul de geboortedatum in.</source>
        <translation>The expected date of birth has passed. Enter the date of birth.</translation>
    </message>
    <message>
        <source>De verwachte geboortedatum ligt meer dan negen maanden vooruit.</source>
        <translation>The expected date of birth is more than nine months ahead.</translation>
    </message>
    <message>
        <source>Vul de naam van de ouder of verzorger in.</source>
        <translation>Enter the parent's or carer's name.</translation>
    </message>
    <message>
        <source>Beschrijf de rol, bijvoorbeeld 'oma'.</source>
        <translation>Describe the role, for example 'grandmother'.</translation>
    </message>
    <message>
        <source>Beschrijf het product.</source>
        <translation>Describe the product.</translation>
    </message>
    <message>
        <source>Vul de verantwoordelijke professional in.</source>
        <translation>Enter the responsible professional.</translation>
    </message>
    <message>
        <source>Vul de startdatum in.</source>
        <translation>Enter the start date.</translation>
    </message>
    <message>
        <source>De geplande einddatum ligt voor de startdatum.</source>
        <translation>The planned end date is before the start date.</translation>
    </message>
    <message>
        <source>Ouderschapsdiagnostiek duurt drie tot maximaal zes maanden.</source>
        <translation>Parenting assessment takes three to at most six months.</translation>
    </message>
    <message>
        <source>Vul de week in.</source>
        <translation>Enter the week.</translation>
    </message>
    <message>
        <source>Vul de geplande datum en tijd in.</source>
        <translation>Enter the planned date and time.</translation>
    </message>
    <message>
        <source>Het bezoek eindigt voordat het begint.</source>
        <translation>The visit ends before it starts.</translation>
    </message>
    <message>
        <source>Een notitie zonder tekst wordt niet bewaard.</source>
        <translation>A note without text is not saved.</translation>
    </message>
    <message>
        <source>Een label is leeg of te lang.</source>
        <translation>A tag is empty or too long.</translation>
    </message>
    <message>
        <source>Met wie mogen de gegevens worden gedeeld?</source>
        <translation>With whom may the data be shared?</translation>
    </message>
    <message>
        <source>Wie gaf de toestemming?</source>
        <translation>Who gave the consent?</translation>
    </message>
    <message>
        <source>Vul de datum van de toestemming in.</source>
        <translation>Enter the date of the consent.</translation>
    </message>
    <message>
        <source>Een toestemming kan niet in de toekomst gegeven zijn.</source>
        <translation>A consent cannot have been given in the future.</translation>
    </message>
    <message>
        <source>De intrekking ligt voor de toestemming.</source>
        <translation>The withdrawal is before the consent.</translation>
    </message>
    <message>
        <source>Een intrekking kan niet in de toekomst liggen.</source>
        <translation>A withdrawal cannot lie in the future.</translation>
    </message>
    <message>
        <source>Toestemming wordt gegeven door een lid van dit gezin.</source>
        <translation>Consent is given by a member of this family.</translation>
    </message>
    <message>
        <source>Dit gezin bestaat niet (meer).</source>
        <translation>This family does not exist (any more).</translation>
    </message>
    <message>
        <source>Een notitie gaat over een lid van dit gezin.</source>
        <translation>A note is about a member of this family.</translation>
    </message>
    <message>
        <source>Alleen gezinsleden kunnen als aanwezig worden aangevinkt.</source>
        <translation>Only family members can be marked as present.</translation>
    </message>
    <message>
        <source>Een formulier heeft een instrument (url) nodig.</source>
        <translation>A form needs an instrument (url).</translation>
    </message>
    <message>
        <source>Onbekende status van een formulier.</source>
        <translation>Unknown form status.</translation>
    </message>
    <message>
        <source>Een instrument zonder url kan niet worden bewaard: een ingevuld formulier moet kunnen zeggen tegen welk instrument het is ingevuld.</source>
        <translation>An instrument without a url cannot be stored: a filled form must be able to say which instrument it was filled against.</translation>
    </message>
    <message>
        <source>Er is al een ander instrument met deze url en versie (%1). Geef het nieuwe bestand een eigen versie; wat al is ingevuld, blijft bij de oude.</source>
        <translation>There already is another instrument with this url and version (%1). Give the new file its own version; what has been filled stays with the old one.</translation>
    </message>
    <message>
        <source>zonder versie</source>
        <translation>without version</translation>
    </message>
</context>
<context>
    <name>Veldwerk</name>
    <message>
        <source>Vul uw pincode in.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <source>Vul een wachtwoord in.</source>
        <translation>Enter a passphrase.</translation>
    </message>
    <message>
        <source>Het wachtwoord moet minstens %1 tekens lang zijn. Een zin die u kunt onthouden werkt goed.</source>
        <translation>The passphrase must be at least %1 characters long. A sentence you can remember works well.</translation>
    </message>
    <message>
        <source>Het wachtwoord is te lang (maximaal %1 bytes).</source>
        <translation>The passphrase is too long (at most %1 bytes).</translation>
    </message>
    <message>
        <source>Het wachtwoord bevat ongeldige tekens.</source>
        <translation>The passphrase contains invalid characters.</translation>
    </message>
    <message>
        <source>Het wachtwoord bevat een onzichtbaar teken, zoals een tab of een regeleinde.</source>
        <translation>The passphrase contains an invisible character, such as a tab or a line break.</translation>
    </message>
    <message>
        <source>De pincode bestaat uit precies %1 cijfers.</source>
        <translation>The PIN consists of exactly %1 digits.</translation>
    </message>
    <message>
        <source>De opslag van dit apparaat is vol. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The storage of this device is full. Free up space and try again.</translation>
    </message>
    <message>
        <source>In de gegevensmap kan niet worden geschreven: %1</source>
        <translation>The data directory cannot be written: %1</translation>
    </message>
    <message>
        <source>De gegevensmap is geen map: %1</source>
        <translation>The data directory is not a directory: %1</translation>
    </message>
    <message>
        <source>Lezen of schrijven van %1 is mislukt: %2</source>
        <translation>Reading or writing %1 failed: %2</translation>
    </message>
    <message>
        <source>Onjuiste pincode.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Onjuist wachtwoord.</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <source>Nog 1 poging; daarna worden de gegevens op dit apparaat onleesbaar gemaakt.</source>
        <translation>1 attempt left; after that the data on this device will be made unreadable.</translation>
    </message>
    <message>
        <source>Nog %1 pogingen voordat de gegevens op dit apparaat onleesbaar worden gemaakt.</source>
        <translation>%1 attempts left before the data on this device is made unreadable.</translation>
    </message>
    <message>
        <source>Na te veel mislukte pogingen zijn de sleutels van deze kluis vernietigd. De gegevens op dit apparaat zijn niet meer te lezen; wat gesynchroniseerd was, staat nog op de server.</source>
        <translation>After too many failed attempts the keys of this vault were destroyed. The data on this device can no longer be read; what was synchronised is still on the server.</translation>
    </message>
    <message>
        <source>Er is nog geen kluis in deze gegevensmap.</source>
        <translation>There is no vault in this data directory yet.</translation>
    </message>
    <message>
        <source>Er staat al een kluis in deze gegevensmap.</source>
        <translation>There already is a vault in this data directory.</translation>
    </message>
    <message>
        <source>Het sleutelbestand van de kluis is beschadigd (%1). Zonder dit bestand kunnen de gegevens niet worden geopend.</source>
        <translation>The vault's key file is damaged (%1). Without this file the data cannot be opened.</translation>
    </message>
    <message>
        <source>Onvoldoende werkgeheugen om de kluis te openen. Sluit andere apps en probeer het opnieuw.</source>
        <translation>Not enough memory to open the vault. Close other apps and try again.</translation>
    </message>
    <message>
        <source>De beveiligde sleutelopslag van dit apparaat is niet beschikbaar.</source>
        <translation>This device's secure key storage is not available.</translation>
    </message>
    <message>
        <source>Interne fout in de versleuteling (%1).</source>
        <translation>Internal encryption error (%1).</translation>
    </message>
    <message>
        <source>Deze installatie heeft geen versleutelde database (SQLCipher ontbreekt). Veldwerk werkt niet zonder versleuteling.</source>
        <translation>This installation has no encrypted database (SQLCipher is missing). Veldwerk does not work without encryption.</translation>
    </message>
    <message>
        <source>De database kan niet worden gelezen: het bestand is beschadigd of hoort niet bij deze kluis.</source>
        <translation>The database cannot be read: the file is damaged or does not belong to this vault.</translation>
    </message>
    <message>
        <source>De database is beschadigd. Neem contact op met functioneel beheer; wat gesynchroniseerd was, staat nog op de server.</source>
        <translation>The database is damaged. Contact your application administrator; what was synchronised is still on the server.</translation>
    </message>
    <message>
        <source>De database is in gebruik door een ander programma. Probeer het zo opnieuw.</source>
        <translation>The database is in use by another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>In de database kan niet worden geschreven (alleen-lezen).</source>
        <translation>The database cannot be written (read-only).</translation>
    </message>
    <message>
        <source>De database kan niet worden geopend of aangemaakt.</source>
        <translation>The database cannot be opened or created.</translation>
    </message>
    <message>
        <source>Deze gegevens zijn gemaakt door een nieuwere versie van Veldwerk. Werk de app bij.</source>
        <translation>This data was made by a newer version of Veldwerk. Update the app.</translation>
    </message>
    <message>
        <source>Databasefout: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs do not match.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>De database ontbreekt in de gegevensmap %1. De sleutels zijn er nog, de gegevens niet.</source>
        <translation>The database is missing from the data directory %1. The keys are still there, the data is not.</translation>
    </message>
    <message>
        <source>Er is nog geen kluis in de gegevensmap %1.</source>
        <translation>There is no vault in the data directory %1 yet.</translation>
    </message>
    <message>
        <source>De gegevensmap %1 kan niet worden gebruikt.</source>
        <translation>The data directory %1 cannot be used.</translation>
    </message>
    <message>
        <source>Wacht even: probeer het over 1 seconde opnieuw.</source>
        <translation>Please wait: try again in 1 second.</translation>
    </message>
    <message>
        <source>Wacht even: probeer het over %1 seconden opnieuw.</source>
        <translation>Please wait: try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Lezen of schrijven van de database is mislukt. Is de opslag van dit apparaat vol? Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>Reading or writing the database failed. Is the storage of this device full? Free up space and try again.</translation>
    </message>
    <message>
        <source>De gegevensmap %1 kan niet worden gebruikt: een deel van het pad is een bestand, geen map.</source>
        <translation>The data directory %1 cannot be used: part of the path is a file, not a directory.</translation>
    </message>
    <message>
        <source>De gegevensmap %1 kan niet worden gebruikt: geen toegang.</source>
        <translation>The data directory %1 cannot be used: access denied.</translation>
    </message>
    <message>
        <source>Probeer het opnieuw.</source>
        <translation>Please try again.</translation>
    </message>
    <message>
        <source>De map voor %1 bestaat niet.</source>
        <translation>The folder for %1 does not exist.</translation>
    </message>
    <message>
        <source>Dit gegeven bestaat niet (meer) op dit apparaat.</source>
        <translation>This record does not exist (any more) on this device.</translation>
    </message>
    <message>
        <source>geen geldige FHIRPath (%1)</source>
        <translation>not valid FHIRPath (%1)</translation>
    </message>
    <message>
        <source>te diep genest</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <source>te lang</source>
        <translation>too long</translation>
    </message>
    <message>
        <source>de functie %1() wordt niet ondersteund</source>
        <translation>the function %1() is not supported</translation>
    </message>
    <message>
        <source>het type %1 is onbekend</source>
        <translation>the type %1 is unknown</translation>
    </message>
    <message>
        <source>een functie krijgt het verkeerde aantal argumenten (%1)</source>
        <translation>a function is given the wrong number of arguments (%1)</translation>
    </message>
    <message>
        <source>%1 wordt niet ondersteund</source>
        <translation>%1 is not supported</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> bij teken %1</source>
        <translation> at character %1</translation>
    </message>
    <message>
        <source>Deze expressie kan niet worden berekend: %1%2.</source>
        <translation>This expression cannot be calculated: %1%2.</translation>
    </message>
    <message>
        <source>Ongeldige expressie: %1%2.</source>
        <translation>Invalid expression: %1%2.</translation>
    </message>
    <message>
        <source>De variabele %%1 is niet gedefinieerd (launchContext en andere bronnen worden niet ondersteund); deze expressie kan niet worden berekend.</source>
        <translation>The variable %%1 is not defined (launchContext and other sources are not supported); this expression cannot be calculated.</translation>
    </message>
    <message>
        <source>De variabele %%1 hangt van zichzelf af.</source>
        <translation>The variable %%1 depends on itself.</translation>
    </message>
    <message>
        <source>De variabele %%1 is hier twee keer gedefinieerd.</source>
        <translation>The variable %%1 is defined twice here.</translation>
    </message>
    <message>
        <source>Deze extensie heeft een value[x] nodig van het type %1.</source>
        <translation>This extension needs a value[x] of type %1.</translation>
    </message>
    <message>
        <source>%1 past niet bij deze extensie (verwacht: %2).</source>
        <translation>%1 does not fit this extension (expected: %2).</translation>
    </message>
    <message>
        <source>moet een geheel getal van 0 tot 1000000 zijn.</source>
        <translation>must be a whole number from 0 to 1000000.</translation>
    </message>
    <message>
        <source>Deze extensie heeft een valueExpression nodig.</source>
        <translation>This extension needs a valueExpression.</translation>
    </message>
    <message>
        <source>"%1" is geen element van Expression.</source>
        <translation>"%1" is not an element of Expression.</translation>
    </message>
    <message>
        <source>moet een tekst zijn.</source>
        <translation>must be text.</translation>
    </message>
    <message>
        <source>valueExpression.language ontbreekt (verplicht; voor FHIRPath: text/fhirpath).</source>
        <translation>valueExpression.language is missing (required; for FHIRPath: text/fhirpath).</translation>
    </message>
    <message>
        <source>Deze expressie heeft geen tekst (alleen een verwijzing) en kan niet worden berekend.</source>
        <translation>This expression has no text (only a reference) and cannot be calculated.</translation>
    </message>
    <message>
        <source>Een variable heeft een naam nodig (letters, cijfers en _, beginnend met een letter).</source>
        <translation>A variable needs a name (letters, digits and _, starting with a letter).</translation>
    </message>
    <message>
        <source>Expressies in %1 worden niet ondersteund (alleen text/fhirpath); deze kan niet worden berekend.</source>
        <translation>Expressions in %1 are not supported (only text/fhirpath); this one cannot be calculated.</translation>
    </message>
    <message>
        <source>itemControl heeft een valueCodeableConcept nodig met een code uit %1.</source>
        <translation>itemControl needs a valueCodeableConcept with a code from %1.</translation>
    </message>
    <message>
        <source>itemControl "%1" wordt getoond als keuzelijst.</source>
        <translation>itemControl "%1" is shown as a drop-down list.</translation>
    </message>
    <message>
        <source>itemControl "%1" wordt niet ondersteund bij een item van het type %2; de gewone weergave wordt gebruikt.</source>
        <translation>itemControl "%1" is not supported for an item of type %2; the normal display is used.</translation>
    </message>
    <message>
        <source>%1 heeft geen betekenis bij een item van het type %2.</source>
        <translation>%1 has no meaning for an item of type %2.</translation>
    </message>
    <message>
        <source>Extensie %1 heeft op deze plek geen betekenis en wordt niet toegepast.</source>
        <translation>Extension %1 has no meaning here and is not applied.</translation>
    </message>
    <message>
        <source>Modifier-extensie %1 wordt niet begrepen; dit element kan niet veilig worden gebruikt.</source>
        <translation>Modifier extension %1 is not understood; this element cannot be used safely.</translation>
    </message>
    <message>
        <source>De stapgrootte moet groter dan 0 zijn.</source>
        <translation>The step size must be greater than 0.</translation>
    </message>
    <message>
        <source>De reguliere expressie is ongeldig: %1.</source>
        <translation>The regular expression is invalid: %1.</translation>
    </message>
    <message>
        <source>Deze extensie komt twee keer voor bij hetzelfde item.</source>
        <translation>This extension occurs twice on the same item.</translation>
    </message>
    <message>
        <source>Extensie %1 wordt niet ondersteund en niet toegepast.</source>
        <translation>Extension %1 is not supported and is not applied.</translation>
    </message>
    <message>
        <source>Een extensie heeft een url nodig.</source>
        <translation>An extension needs a url.</translation>
    </message>
    <message>
        <source>"%1" is geen element van Extension.</source>
        <translation>"%1" is not an element of Extension.</translation>
    </message>
    <message>
        <source>Een extensie heeft hoogstens één value[x].</source>
        <translation>An extension has at most one value[x].</translation>
    </message>
    <message>
        <source>ext-1: een extensie heeft een waarde of onderliggende extensies, niet allebei.</source>
        <translation>ext-1: an extension has a value or child extensions, not both.</translation>
    </message>
    <message>
        <source>ext-1: een extensie heeft een waarde of onderliggende extensies nodig.</source>
        <translation>ext-1: an extension needs a value or child extensions.</translation>
    </message>
    <message>
        <source>Een extensie moet een object zijn.</source>
        <translation>An extension must be an object.</translation>
    </message>
    <message>
        <source>regel %1, kolom %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>Het bestand is te diep genest (meer dan %1 niveaus).</source>
        <translation>The file is nested too deeply (more than %1 levels).</translation>
    </message>
    <message>
        <source>De eigenschap "%1" staat twee keer in hetzelfde object.</source>
        <translation>The property "%1" occurs twice in the same object.</translation>
    </message>
    <message>
        <source>Het bestand is te groot (%1 MB; maximaal %2 MB).</source>
        <translation>The file is too large (%1 MB; at most %2 MB).</translation>
    </message>
    <message>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>ongeldige UTF-8-tekens</source>
        <translation>invalid UTF-8 characters</translation>
    </message>
    <message>
        <source>een tekst zonder afsluitend aanhalingsteken</source>
        <translation>a string without a closing quotation mark</translation>
    </message>
    <message>
        <source>het bestand houdt halverwege op</source>
        <translation>the file ends partway through</translation>
    </message>
    <message>
        <source>te groot</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>geen geldige JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>Het bestand is geen geldige JSON: %1 (%2).</source>
        <translation>The file is not valid JSON: %1 (%2).</translation>
    </message>
    <message>
        <source>Het bestand moet één JSON-object bevatten.</source>
        <translation>The file must contain one JSON object.</translation>
    </message>
    <message>
        <source>moet een id zijn (letters, cijfers, - en ., max. 64)</source>
        <translation>must be an id (letters, digits, - and ., max. 64)</translation>
    </message>
    <message>
        <source>moet een code zijn</source>
        <translation>must be a code</translation>
    </message>
    <message>
        <source>moet een niet-leeg object zijn</source>
        <translation>must be a non-empty object</translation>
    </message>
    <message>
        <source>moet een resource zijn (een object met resourceType)</source>
        <translation>must be a resource (an object with resourceType)</translation>
    </message>
    <message>
        <source>"%1" is geen element van FHIR R4 op deze plek.</source>
        <translation>"%1" is not a FHIR R4 element in this position.</translation>
    </message>
    <message>
        <source>"%1" wordt niet ondersteund en niet toegepast.</source>
        <translation>"%1" is not supported and is not applied.</translation>
    </message>
    <message>
        <source>moet een lijst zijn.</source>
        <translation>must be a list.</translation>
    </message>
    <message>
        <source>Een lege lijst is in FHIR JSON niet toegestaan; laat het element weg.</source>
        <translation>An empty list is not allowed in FHIR JSON; leave the element out.</translation>
    </message>
    <message>
        <source>mag maar één keer voorkomen (geen lijst).</source>
        <translation>may occur only once (not a list).</translation>
    </message>
    <message>
        <source>moet een object met id en extension zijn.</source>
        <translation>must be an object with id and extension.</translation>
    </message>
    <message>
        <source>Een ingesloten %1 wordt niet gebruikt.</source>
        <translation>A contained %1 is not used.</translation>
    </message>
    <message>
        <source>Een ingesloten ValueSet heeft een id nodig.</source>
        <translation>A contained ValueSet needs an id.</translation>
    </message>
    <message>
        <source>Er zijn twee ingesloten resources met id "%1".</source>
        <translation>There are two contained resources with id "%1".</translation>
    </message>
    <message>
        <source>Het bestand heeft geen resourceType; verwacht is "Questionnaire".</source>
        <translation>The file has no resourceType; "Questionnaire" is expected.</translation>
    </message>
    <message>
        <source>Dit is geen Questionnaire maar "%1".</source>
        <translation>This is not a Questionnaire but "%1".</translation>
    </message>
    <message>
        <source>status ontbreekt (verplicht: draft, active, retired of unknown).</source>
        <translation>status is missing (required: draft, active, retired or unknown).</translation>
    </message>
    <message>
        <source>status "%1" bestaat niet (draft, active, retired of unknown).</source>
        <translation>status "%1" does not exist (draft, active, retired or unknown).</translation>
    </message>
    <message>
        <source>que-0: name hoort met een hoofdletter te beginnen en alleen letters, cijfers en _ te bevatten.</source>
        <translation>que-0: name should start with a capital letter and contain only letters, digits and _.</translation>
    </message>
    <message>
        <source>Een item moet een niet-leeg object zijn.</source>
        <translation>An item must be a non-empty object.</translation>
    </message>
    <message>
        <source>Meer dan %1 items: te groot voor een formulier op een tablet.</source>
        <translation>More than %1 items: too large for a form on a tablet.</translation>
    </message>
    <message>
        <source>Items zijn dieper dan %1 niveaus genest.</source>
        <translation>Items are nested more than %1 levels deep.</translation>
    </message>
    <message>
        <source>linkId ontbreekt (verplicht).</source>
        <translation>linkId is missing (required).</translation>
    </message>
    <message>
        <source>linkId is langer dan 255 tekens.</source>
        <translation>linkId is longer than 255 characters.</translation>
    </message>
    <message>
        <source>que-2: linkId "%1" komt al voor bij %2.</source>
        <translation>que-2: linkId "%1" already occurs at %2.</translation>
    </message>
    <message>
        <source>type ontbreekt (verplicht).</source>
        <translation>type is missing (required).</translation>
    </message>
    <message>
        <source>type "question" is abstract in R4; kies een concreet type (string, choice, …).</source>
        <translation>type "question" is abstract in R4; choose a concrete type (string, choice, …).</translation>
    </message>
    <message>
        <source>type "%1" bestaat niet in FHIR R4.</source>
        <translation>type "%1" does not exist in FHIR R4.</translation>
    </message>
    <message>
        <source>maxLength moet tussen 1 en 1000000 liggen.</source>
        <translation>maxLength must be between 1 and 1000000.</translation>
    </message>
    <message>
        <source>enableBehavior moet "all" of "any" zijn.</source>
        <translation>enableBehavior must be "all" or "any".</translation>
    </message>
    <message>
        <source>Vragen van het type %1 worden nog niet ondersteund; deze vraag kan niet worden ingevuld.</source>
        <translation>Questions of type %1 are not supported yet; this question cannot be answered.</translation>
    </message>
    <message>
        <source>que-1: een groep moet onderliggende items hebben.</source>
        <translation>que-1: a group must have child items.</translation>
    </message>
    <message>
        <source>que-1: een display-item kan geen onderliggende items hebben.</source>
        <translation>que-1: a display item cannot have child items.</translation>
    </message>
    <message>
        <source>Een answerOption moet een object zijn.</source>
        <translation>An answerOption must be an object.</translation>
    </message>
    <message>
        <source>answerOption heeft geen value[x] (valueCoding, valueString, valueInteger, …).</source>
        <translation>answerOption has no value[x] (valueCoding, valueString, valueInteger, …).</translation>
    </message>
    <message>
        <source>answerOption.value[x] mag alleen integer, date, time, string, Coding of Reference zijn.</source>
        <translation>answerOption.value[x] may only be integer, date, time, string, Coding or Reference.</translation>
    </message>
    <message>
        <source>answerOption heeft meer dan één value[x].</source>
        <translation>answerOption has more than one value[x].</translation>
    </message>
    <message>
        <source>Een antwoordoptie %1 past niet bij een vraag van het type %2.</source>
        <translation>An answer option %1 does not fit a question of type %2.</translation>
    </message>
    <message>
        <source>Antwoordoptie "%1" komt twee keer voor.</source>
        <translation>Answer option "%1" occurs twice.</translation>
    </message>
    <message>
        <source>De waardenlijst %1 kan offline niet worden opgehaald; alleen vrije tekst is mogelijk.</source>
        <translation>The value set %1 cannot be fetched offline; only free text is possible.</translation>
    </message>
    <message>
        <source>De waardenlijst %1 kan offline niet worden opgehaald; deze vraag kan niet worden ingevuld. Neem de waarden op als answerOption of als ingesloten ValueSet.</source>
        <translation>The value set %1 cannot be fetched offline; this question cannot be answered. Include the values as answerOption or as a contained ValueSet.</translation>
    </message>
    <message>
        <source>Er is geen ingesloten ValueSet met id "%1".</source>
        <translation>There is no contained ValueSet with id "%1".</translation>
    </message>
    <message>
        <source>Een waarde in de ValueSet heeft geen code.</source>
        <translation>A value in the ValueSet has no code.</translation>
    </message>
    <message>
        <source>Deze ValueSet noemt zijn waarden niet (alleen een codesysteem of filter); die kunnen offline niet worden bepaald.</source>
        <translation>This ValueSet does not list its values (only a code system or filter); they cannot be determined offline.</translation>
    </message>
    <message>
        <source>Een initial moet een object zijn.</source>
        <translation>An initial must be an object.</translation>
    </message>
    <message>
        <source>initial moet precies één value[x] hebben van een type dat R4 toestaat.</source>
        <translation>initial must have exactly one value[x] of a type that R4 allows.</translation>
    </message>
    <message>
        <source>Een beginwaarde %1 past niet bij een vraag van het type %2.</source>
        <translation>An initial value %1 does not fit a question of type %2.</translation>
    </message>
    <message>
        <source>Een enableWhen moet een object zijn.</source>
        <translation>An enableWhen must be an object.</translation>
    </message>
    <message>
        <source>question ontbreekt (verplicht).</source>
        <translation>question is missing (required).</translation>
    </message>
    <message>
        <source>operator ontbreekt (verplicht: exists, =, !=, &gt;, &lt;, &gt;= of &lt;=).</source>
        <translation>operator is missing (required: exists, =, !=, &gt;, &lt;, &gt;= or &lt;=).</translation>
    </message>
    <message>
        <source>operator "%1" bestaat niet (exists, =, !=, &gt;, &lt;, &gt;= of &lt;=).</source>
        <translation>operator "%1" does not exist (exists, =, !=, &gt;, &lt;, &gt;= or &lt;=).</translation>
    </message>
    <message>
        <source>enableWhen heeft geen answer[x] (verplicht).</source>
        <translation>enableWhen has no answer[x] (required).</translation>
    </message>
    <message>
        <source>enableWhen heeft meer dan één answer[x].</source>
        <translation>enableWhen has more than one answer[x].</translation>
    </message>
    <message>
        <source>Dit type is in R4 niet toegestaan als enableWhen.answer[x].</source>
        <translation>This type is not allowed in R4 as enableWhen.answer[x].</translation>
    </message>
    <message>
        <source>que-7: bij operator exists moet het antwoord answerBoolean zijn.</source>
        <translation>que-7: with operator exists the answer must be answerBoolean.</translation>
    </message>
    <message>
        <source>que-3: een display-item kan geen code hebben.</source>
        <translation>que-3: a display item cannot have a code.</translation>
    </message>
    <message>
        <source>que-4: een vraag kan niet zowel answerOption als answerValueSet hebben.</source>
        <translation>que-4: a question cannot have both answerOption and answerValueSet.</translation>
    </message>
    <message>
        <source>que-5: answerOption en answerValueSet passen niet bij een item van het type %1.</source>
        <translation>que-5: answerOption and answerValueSet do not fit an item of type %1.</translation>
    </message>
    <message>
        <source>que-6: een display-item kan niet required of repeats zijn.</source>
        <translation>que-6: a display item cannot be required or repeats.</translation>
    </message>
    <message>
        <source>que-8: een groep of display-item kan geen beginwaarde hebben.</source>
        <translation>que-8: a group or display item cannot have an initial value.</translation>
    </message>
    <message>
        <source>que-9: een display-item kan niet readOnly zijn.</source>
        <translation>que-9: a display item cannot be readOnly.</translation>
    </message>
    <message>
        <source>que-10: maxLength kan niet bij een item van het type %1.</source>
        <translation>que-10: maxLength is not possible for an item of type %1.</translation>
    </message>
    <message>
        <source>que-11: met answerOption hoort de beginwaarde als answerOption.initialSelected te staan, niet als initial.</source>
        <translation>que-11: with answerOption the initial value belongs in answerOption.initialSelected, not in initial.</translation>
    </message>
    <message>
        <source>que-12: bij meer dan één enableWhen is enableBehavior (all of any) verplicht.</source>
        <translation>que-12: with more than one enableWhen, enableBehavior (all or any) is required.</translation>
    </message>
    <message>
        <source>que-12: bij twee enableWhen-voorwaarden hoort enableBehavior; gebruikt wordt "all".</source>
        <translation>que-12: two enableWhen conditions need enableBehavior; "all" is used.</translation>
    </message>
    <message>
        <source>que-13: alleen een herhalende vraag kan meer dan één beginwaarde hebben.</source>
        <translation>que-13: only a repeating question can have more than one initial value.</translation>
    </message>
    <message>
        <source>Een niet-herhalende vraag kan maar één vooraf gekozen antwoordoptie hebben.</source>
        <translation>A non-repeating question can have only one preselected answer option.</translation>
    </message>
    <message>
        <source>minValue is groter dan maxValue.</source>
        <translation>minValue is greater than maxValue.</translation>
    </message>
    <message>
        <source>minLength is groter dan maxLength.</source>
        <translation>minLength is greater than maxLength.</translation>
    </message>
    <message>
        <source>Een answer%1 past niet bij de vraag "%2" van het type %3.</source>
        <translation>An answer%1 does not fit question "%2" of type %3.</translation>
    </message>
    <message>
        <source>Antwoorden van het type %1 hebben geen volgorde; gebruik = of !=.</source>
        <translation>Answers of type %1 have no order; use = or !=.</translation>
    </message>
    <message>
        <source>enableWhen verwijst naar "%1", maar zo'n linkId bestaat niet.</source>
        <translation>enableWhen refers to "%1", but no such linkId exists.</translation>
    </message>
    <message>
        <source>enableWhen verwijst naar "%1", een %2-item zonder antwoord; alleen vragen kunnen.</source>
        <translation>enableWhen refers to "%1", a %2 item without an answer; only questions can be used.</translation>
    </message>
    <message>
        <source>enableWhen vormt een kring: "%1" hangt via zijn voorwaarden van zichzelf af.</source>
        <translation>enableWhen forms a cycle: "%1" depends on itself through its conditions.</translation>
    </message>
    <message>
        <source>De berekende waarde (een %1) past niet bij een vraag van het type %2.</source>
        <translation>The calculated value (a %1) does not fit a question of type %2.</translation>
    </message>
    <message>
        <source>De berekende waarde "%1" past niet bij een vraag van het type %2.</source>
        <translation>The calculated value "%1" does not fit a question of type %2.</translation>
    </message>
    <message>
        <source>De berekening gaf %1 waarden voor een vraag die er één heeft.</source>
        <translation>The calculation gave %1 values for a question that takes one.</translation>
    </message>
    <message>
        <source>de variabele %%1 is niet bekend</source>
        <translation>the variable %%1 is not known</translation>
    </message>
    <message>
        <source>de berekening is te groot</source>
        <translation>the calculation is too large</translation>
    </message>
    <message>
        <source>er kwam meer dan één waarde waar één nodig is</source>
        <translation>more than one value came out where one is needed</translation>
    </message>
    <message>
        <source>waarden van verschillende soort worden gecombineerd (%1)</source>
        <translation>values of different kinds are combined (%1)</translation>
    </message>
    <message>
        <source>De beginwaarde kan niet worden berekend: %1.</source>
        <translation>The initial value cannot be calculated: %1.</translation>
    </message>
    <message>
        <source>Kan niet worden berekend: %1.</source>
        <translation>Cannot be calculated: %1.</translation>
    </message>
    <message>
        <source>De berekeningen van dit formulier komen niet tot rust (ze beïnvloeden elkaar in een kring); niet alles is bijgewerkt.</source>
        <translation>The calculations in this form do not settle (they affect each other in a cycle); not everything has been updated.</translation>
    </message>
    <message>
        <source>Dit antwoord past niet bij deze vraag (verwacht: %1).</source>
        <translation>This answer does not fit this question (expected: %1).</translation>
    </message>
    <message>
        <source>Het antwoord %1.</source>
        <translation>The answer %1.</translation>
    </message>
    <message>
        <source>Vul minstens %1 in.</source>
        <translation>Enter at least %1.</translation>
    </message>
    <message>
        <source>Vul hoogstens %1 in.</source>
        <translation>Enter at most %1.</translation>
    </message>
    <message>
        <source>Maximaal %1 tekens (nu %2).</source>
        <translation>At most %1 characters (now %2).</translation>
    </message>
    <message>
        <source>Minstens %1 tekens (nu %2).</source>
        <translation>At least %1 characters (now %2).</translation>
    </message>
    <message>
        <source>Dit heeft niet de verwachte vorm.</source>
        <translation>This is not in the expected format.</translation>
    </message>
    <message>
        <source>Dit heeft niet de verwachte vorm (%1).</source>
        <translation>This is not in the expected format (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Hoogstens %n decimaal/decimalen.</source>
        <translation>
            <numerusform>At most %n decimal place.</numerusform>
            <numerusform>At most %n decimal places.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kies een van de antwoordmogelijkheden.</source>
        <translation>Choose one of the answer options.</translation>
    </message>
    <message>
        <source>Deze vraag bestaat niet (meer).</source>
        <translation>This question does not exist (any more).</translation>
    </message>
    <message>
        <source>Dit onderdeel heeft geen antwoord.</source>
        <translation>This section has no answer.</translation>
    </message>
    <message>
        <source>Deze vraag kan in Veldwerk niet worden ingevuld.</source>
        <translation>This question cannot be answered in Veldwerk.</translation>
    </message>
    <message>
        <source>Deze waarde wordt berekend.</source>
        <translation>This value is calculated.</translation>
    </message>
    <message>
        <source>Deze vraag is alleen-lezen.</source>
        <translation>This question is read-only.</translation>
    </message>
    <message>
        <source>Deze vraag is nu niet van toepassing.</source>
        <translation>This question does not apply at the moment.</translation>
    </message>
    <message>
        <source>Deze vraag heeft één antwoord.</source>
        <translation>This question takes one answer.</translation>
    </message>
    <message>
        <source>Vul minstens één vraag in dit onderdeel in.</source>
        <translation>Answer at least one question in this section.</translation>
    </message>
    <message>
        <source>Deze vraag is verplicht.</source>
        <translation>This question is required.</translation>
    </message>
    <message>
        <source>Dit is geen QuestionnaireResponse.</source>
        <translation>This is not a QuestionnaireResponse.</translation>
    </message>
    <message>
        <source>"%1" is geen element van een FHIR R4 QuestionnaireResponse.</source>
        <translation>"%1" is not an element of a FHIR R4 QuestionnaireResponse.</translation>
    </message>
    <message>
        <source>status ontbreekt of bestaat niet (in-progress, completed, amended, entered-in-error, stopped).</source>
        <translation>status is missing or does not exist (in-progress, completed, amended, entered-in-error, stopped).</translation>
    </message>
    <message>
        <source>Dit antwoord hoort bij %1, niet bij %2.</source>
        <translation>This answer belongs to %1, not to %2.</translation>
    </message>
    <message>
        <source>Een item heeft een linkId nodig.</source>
        <translation>An item needs a linkId.</translation>
    </message>
    <message>
        <source>"%1" is geen element van QuestionnaireResponse.item.</source>
        <translation>"%1" is not an element of QuestionnaireResponse.item.</translation>
    </message>
    <message>
        <source>De vragenlijst heeft geen item "%1".</source>
        <translation>The questionnaire has no item "%1".</translation>
    </message>
    <message>
        <source>Item "%1" staat hier niet op zijn plaats in de vragenlijst.</source>
        <translation>Item "%1" is out of place here in the questionnaire.</translation>
    </message>
    <message>
        <source>Item "%1" komt twee keer voor maar herhaalt niet.</source>
        <translation>Item "%1" occurs twice but does not repeat.</translation>
    </message>
    <message>
        <source>Een %1-item heeft geen antwoord.</source>
        <translation>A %1 item has no answer.</translation>
    </message>
    <message>
        <source>Een antwoord heeft precies één value[x] nodig.</source>
        <translation>An answer needs exactly one value[x].</translation>
    </message>
    <message>
        <source>Een %1 past niet bij een vraag van het type %2.</source>
        <translation>A %1 does not fit a question of type %2.</translation>
    </message>
    <message>
        <source>Deze vraag heeft één antwoord, niet %1.</source>
        <translation>This question takes one answer, not %1.</translation>
    </message>
    <message>
        <source>Dit antwoord hoort bij een vraag die deze versie van het formulier niet (meer) heeft.</source>
        <translation>This answer belongs to a question that this version of the form does not have (any more).</translation>
    </message>
    <message>
        <source>Een bewaard antwoord past niet meer bij deze vraag.</source>
        <translation>A saved answer no longer fits this question.</translation>
    </message>
    <message>
        <source>moet een object zijn</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>is leeg</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>heeft een onbekende eigenschap "%1"</source>
        <translation>has an unknown property "%1"</translation>
    </message>
    <message>
        <source>heeft een ongeldige waarde bij "%1"</source>
        <translation>has an invalid value at "%1"</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>moet true of false zijn</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>moet een getal zijn</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>moet een geheel getal zijn</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>moet een datum zijn (JJJJ-MM-DD)</source>
        <translation>must be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>moet een datum met tijd zijn (JJJJ-MM-DDTuu:mm:ss+01:00)</source>
        <translation>must be a date with time (YYYY-MM-DDThh:mm:ss+01:00)</translation>
    </message>
    <message>
        <source>moet een tijd zijn (uu:mm:ss)</source>
        <translation>must be a time (hh:mm:ss)</translation>
    </message>
    <message>
        <source>moet een niet-lege tekst zijn</source>
        <translation>must be non-empty text</translation>
    </message>
    <message>
        <source>moet een URI zijn</source>
        <translation>must be a URI</translation>
    </message>
    <message>
        <source>choiceOrientation heeft valueCode horizontal of vertical nodig.</source>
        <translation>choiceOrientation needs valueCode horizontal or vertical.</translation>
    </message>
    <message>
        <source>Beantwoord eerst de vraag hierboven.</source>
        <translation>Answer the question above first.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Bezoek plannen</source>
        <translation>Plan visit</translation>
    </message>
    <message>
        <source>Plannen</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>thuis</source>
        <translation>at home</translation>
    </message>
    <message>
        <source>Soort bezoek</source>
        <translation>Kind of visit</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Duur in minuten</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Bezoek starten</source>
        <translation>Start visit</translation>
    </message>
    <message>
        <source>Bezoek afronden</source>
        <translation>Finish visit</translation>
    </message>
    <message>
        <source>Aanwezig:</source>
        <translation>Present:</translation>
    </message>
    <message>
        <source>Filmen toegestaan</source>
        <translation>Filming allowed</translation>
    </message>
    <message>
        <source>Geen toestemming om te filmen</source>
        <translation>No consent to film</translation>
    </message>
    <message>
        <source>Notitie van %1</source>
        <translation>Note of %1</translation>
    </message>
    <message>
        <source>Nog geen notities. Typ hieronder wat u ziet; elke notitie krijgt de tijd van nu.</source>
        <translation>No notes yet. Type below what you see; each note gets the time of now.</translation>
    </message>
    <message>
        <source>Wat ziet u? (Ctrl+Enter bewaart)</source>
        <translation>What do you see? (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <source>Nieuwe notitie</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Notitie bewaren</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Notitie verwijderen?</source>
        <translation>Delete note?</translation>
    </message>
    <message>
        <source>De notitie verdwijnt uit dit bezoek. Dat het gebeurde, blijft in het inzagelog staan.</source>
        <translation>The note disappears from this visit. That it happened stays in the access log.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Formulier toevoegen</source>
        <translation>Add form</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>meegeleverd</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>geïmporteerd</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>versie %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Formulieren:</source>
        <translation>Forms:</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Biologische ouder</source>
        <translation>Biological parent</translation>
    </message>
    <message>
        <source>Adoptieouder</source>
        <translation>Adoptive parent</translation>
    </message>
    <message>
        <source>Pleegouder</source>
        <translation>Foster parent</translation>
    </message>
    <message>
        <source>Netwerkpleegouder</source>
        <translation>Kinship foster parent</translation>
    </message>
    <message>
        <source>Stiefouder</source>
        <translation>Step-parent</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>45A48 Ouderschapsdiagnostiek ambulant</source>
        <translation>45A48 Parenting assessment (outpatient)</translation>
    </message>
    <message>
        <source>43A08 Ouderschapsdiagnostiek met opname</source>
        <translation>43A08 Parenting assessment (residential)</translation>
    </message>
    <message>
        <source>VIPP-SD</source>
        <translation>VIPP-SD</translation>
    </message>
    <message>
        <source>K-VHT (kortdurende video-hometraining)</source>
        <translation>K-VHT (short video home training)</translation>
    </message>
    <message>
        <source>VIB (video-interactiebegeleiding)</source>
        <translation>VIB (video interaction guidance)</translation>
    </message>
    <message>
        <source>Stevig Ouderschap</source>
        <translation>Stevig Ouderschap</translation>
    </message>
    <message>
        <source>VoorZorg</source>
        <translation>VoorZorg</translation>
    </message>
    <message>
        <source>Vrijwillig kader</source>
        <translation>Voluntary framework</translation>
    </message>
    <message>
        <source>Gedwongen kader</source>
        <translation>Compulsory framework</translation>
    </message>
    <message>
        <source>Aangemeld</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Overgedragen</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Video-opname</source>
        <translation>Video recording</translation>
    </message>
    <message>
        <source>Video-feedback</source>
        <translation>Video feedback</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Geannuleerd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Filmen</source>
        <translation>Filming</translation>
    </message>
    <message>
        <source>Beelden gebruiken in supervisie en intervisie</source>
        <translation>Use images in supervision and peer review</translation>
    </message>
    <message>
        <source>Gegevens delen met een genoemde partij</source>
        <translation>Share data with a named party</translation>
    </message>
    <message>
        <source>Beelden bewaren in het dossier</source>
        <translation>Keep images in the case file</translation>
    </message>
    <message>
        <source>Sensitiviteit</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Grenzen stellen</source>
        <translation>Setting limits</translation>
    </message>
    <message>
        <source>Positief moment</source>
        <translation>Positive moment</translation>
    </message>
    <message>
        <source>Spel</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Huilen</source>
        <translation>Crying</translation>
    </message>
    <message>
        <source>Eten</source>
        <translation>Eating</translation>
    </message>
    <message>
        <source>Slapen</source>
        <translation>Sleeping</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Draagkracht</source>
        <translation>Coping capacity</translation>
    </message>
    <message>
        <source>Draaglast</source>
        <translation>Burden</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
</context>
<context>
    <name>veldwerk::ui::CaseloadModel</name>
    <message>
        <source>1 kind</source>
        <translation>1 child</translation>
    </message>
    <message>
        <source>%1 kinderen</source>
        <translation>%1 children</translation>
    </message>
    <message>
        <source>vandaag %1</source>
        <translation>today %1</translation>
    </message>
</context>
<context>
    <name>veldwerk::ui::FamilyController</name>
    <message>
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>ingezien</source>
        <translation>viewed</translation>
    </message>
    <message>
        <source>geëxporteerd</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>gezin</source>
        <translation>family</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <source>ouder/verzorger</source>
        <translation>parent/carer</translation>
    </message>
    <message>
        <source>traject</source>
        <translation>trajectory</translation>
    </message>
    <message>
        <source>weekevaluatie</source>
        <translation>weekly evaluation</translation>
    </message>
    <message>
        <source>bezoek</source>
        <translation>visit</translation>
    </message>
    <message>
        <source>observatie</source>
        <translation>observation</translation>
    </message>
    <message>
        <source>toestemming</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>Schrijf de datum als dag-maand-jaar, bijvoorbeeld 25-11-2026.</source>
        <translation>Write the date as day-month-year, for example 25-11-2026.</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld; de notitie is niet opgeslagen.</source>
        <translation>The vault is locked; the note was not saved.</translation>
    </message>
</context>
<context>
    <name>veldwerk::ui::FormController</name>
    <message>
        <source>Vul een heel getal in, zoals 12.</source>
        <translation>Enter a whole number, such as 12.</translation>
    </message>
    <message>
        <source>Vul een getal in, zoals 3,5.</source>
        <translation>Enter a number, such as 3.5.</translation>
    </message>
    <message>
        <source>Vul een datum in als dd-mm-jjjj, bijvoorbeeld 25-11-2026.</source>
        <translation>Enter a date as dd-mm-yyyy, for example 25-11-2026.</translation>
    </message>
    <message>
        <source>Vul een datum en tijd in als dd-mm-jjjj uu:mm, bijvoorbeeld 25-11-2026 14:30.</source>
        <translation>Enter a date and time as dd-mm-yyyy hh:mm, for example 25-11-2026 14:30.</translation>
    </message>
    <message>
        <source>Vul een tijd in als uu:mm, bijvoorbeeld 14:30.</source>
        <translation>Enter a time as hh:mm, for example 14:30.</translation>
    </message>
    <message>
        <source>versie %1</source>
        <translation>version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n van %1 vragen beantwoord</source>
        <translation>
            <numerusform>%n of %1 questions answered</numerusform>
            <numerusform>%n of %1 questions answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nog %n verplicht</source>
        <translation>
            <numerusform>%n required still open</numerusform>
            <numerusform>%n required still open</numerusform>
        </translation>
    </message>
    <message>
        <source>Dit formulier bestaat niet (meer).</source>
        <translation>This form does not exist (any more).</translation>
    </message>
    <message numerus="yes">
        <source>%n bewaarde antwoorden passen niet bij deze versie van het instrument en worden niet getoond.</source>
        <translation>
            <numerusform>%n stored answer does not fit this version of the instrument and is not shown.</numerusform>
            <numerusform>%n stored answers do not fit this version of the instrument and are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Vul minstens één vraag in dit onderdeel in.</source>
        <translation>Answer at least one question in this section.</translation>
    </message>
    <message>
        <source>Deze vraag is verplicht.</source>
        <translation>This question is required.</translation>
    </message>
    <message>
        <source>%1 van %2 beantwoord</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source>Dit formulier is niet geopend.</source>
        <translation>This form is not open.</translation>
    </message>
    <message>
        <source>Dit formulier is afgerond. Kies 'Wijzigen' om het aan te passen.</source>
        <translation>This form has been completed. Choose 'Change' to edit it.</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld; het antwoord is niet bewaard.</source>
        <translation>The vault is locked; the answer was not stored.</translation>
    </message>
    <message>
        <source>Het antwoord kon niet worden bewaard.</source>
        <translation>The answer could not be stored.</translation>
    </message>
    <message>
        <source>Het verwijderen kon niet worden bewaard.</source>
        <translation>The removal could not be stored.</translation>
    </message>
    <message>
        <source>Het formulier kon niet worden heropend.</source>
        <translation>The form could not be reopened.</translation>
    </message>
    <message>
        <source>Deze keuze bestaat niet.</source>
        <translation>This choice does not exist.</translation>
    </message>
    <message numerus="yes">
        <source>Nog niet af: %n verplichte vragen zijn open of een antwoord klopt niet.</source>
        <translation>
            <numerusform>Not finished: %n required question is open or an answer is not right.</numerusform>
            <numerusform>Not finished: %n required questions are open or an answer is not right.</numerusform>
        </translation>
    </message>
    <message>
        <source>De kluis is vergrendeld.</source>
        <translation>The vault is locked.</translation>
    </message>
</context>
<context>
    <name>veldwerk::ui::Formats</name>
    <message>
        <source>verwacht %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <source>verwacht %1 (over %2 weken)</source>
        <translation>expected %1 (in %2 weeks)</translation>
    </message>
    <message>
        <source>verwacht %1 (over %2 maanden)</source>
        <translation>expected %1 (in %2 months)</translation>
    </message>
    <message>
        <source>%1 jaar</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>%1 maanden</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message>
        <source>%1 weken</source>
        <translation>%1 weeks</translation>
    </message>
    <message>
        <source>Schrijf de datum als dag-maand-jaar, bijvoorbeeld 25-11-2026.</source>
        <translation>Write the date as day-month-year, for example 25-11-2026.</translation>
    </message>
    <message>
        <source>Schrijf de tijd als uu:mm, bijvoorbeeld 10:30.</source>
        <translation>Write the time as hh:mm, for example 10:30.</translation>
    </message>
</context>
<context>
    <name>veldwerk::ui::InstrumentImportController</name>
    <message>
        <source>zonder versie</source>
        <translation>without version</translation>
    </message>
    <message>
        <source>versie %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Dit bestand bestaat niet of is geen bestand.</source>
        <translation>This file does not exist or is not a file.</translation>
    </message>
    <message>
        <source>Dit bestand is groter dan 16 MB; een instrument is nooit zo groot. Er is niets opgeslagen.</source>
        <translation>This file is larger than 16 MB; an instrument is never that large. Nothing was stored.</translation>
    </message>
    <message>
        <source>Dit bestand kan niet worden gelezen.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <source>Fout</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>veldwerk::ui::TrajectoryController</name>
    <message>
        <source>Week van %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld; de tekst is niet opgeslagen.</source>
        <translation>The vault is locked; the text was not saved.</translation>
    </message>
    <message>
        <source>Schrijf de tijd als uu:mm, bijvoorbeeld 10:30.</source>
        <translation>Write the time as hh:mm, for example 10:30.</translation>
    </message>
    <message>
        <source>Vul de datum van het bezoek in.</source>
        <translation>Enter the date of the visit.</translation>
    </message>
    <message>
        <source>Een bezoek duurt tussen 1 minuut en 12 uur.</source>
        <translation>A visit lasts between 1 minute and 12 hours.</translation>
    </message>
</context>
<context>
    <name>veldwerk::ui::VaultController</name>
    <message>
        <source>In de gegevensmap staat een database, maar het sleutelbestand ontbreekt. Zonder sleutelbestand kunnen deze gegevens niet worden geopend.</source>
        <translation>The data directory holds a database, but the key file is missing. Without the key file this data cannot be opened.</translation>
    </message>
</context>
<context>
    <name>veldwerk::ui::VisitController</name>
    <message>
        <source>Begonnen om %1</source>
        <translation>Started at %1</translation>
    </message>
    <message>
        <source>Gehouden van %1 tot %2</source>
        <translation>Held from %1 to %2</translation>
    </message>
    <message>
        <source>Nieuwe notitie ongedaan maken</source>
        <translation>Undo new note</translation>
    </message>
    <message>
        <source>Laatste wijziging ongedaan maken</source>
        <translation>Undo last change</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld; de tekst is niet opgeslagen.</source>
        <translation>The vault is locked; the text was not saved.</translation>
    </message>
    <message>
        <source>De kluis is vergrendeld; de notitie is niet opgeslagen.</source>
        <translation>The vault is locked; the note was not saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n antwoorden</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>De kluis is vergrendeld.</source>
        <translation>The vault is locked.</translation>
    </message>
</context>
</TS>