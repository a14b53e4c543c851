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
        <source>Demo-caseload geladen: %1 gezinnen, %2 kinderen, %3 ouders/verzorgers, %4 trajecten, %5 bezoeken, %6 observaties, %7 weekevaluaties, %8 toestemmingen. Alle namen zijn verzonnen.</source>
        <translation>Demo caseload loaded: %1 families, %2 children, %3 parents/carers, %4 trajectories, %5 visits, %6 observations, %7 weekly evaluations, %8 consents. All names are invented.</translation>
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

Passphrases come from standard input, one per line, never from arguments.
--data-dir chooses the vault directory (default: the app's own).
Exit code: 0 success, 1 failure (message on stderr), 2 usage error.</translation>
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
</context>
</TS>